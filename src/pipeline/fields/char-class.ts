/** @module Character classes looked up by UTF-16 code unit: a scan loop reads char codes instead of one-char strings. */

/**
 * A membership test for one UTF-16 code unit, equal to `re.test(String.fromCharCode(code))` and decided on first use
 * per code unit (a lone surrogate matches what the regex says of it, i.e. nothing under the `u` flag).
 * `re` must be neither global nor sticky; `code` must be a code unit (0–0xFFFF), not NaN.
 */
export function codeUnitClass(re: RegExp): (code: number) => boolean {
  const memo = new Uint8Array(0x10000); // 0 undecided, 1 outside, 2 inside
  return (code) => {
    let v = memo[code]!;
    if (v === 0) {
      v = re.test(String.fromCharCode(code)) ? 2 : 1;
      memo[code] = v;
    }
    return v === 2;
  };
}

/** True for a high (lead) surrogate, the first unit of a code point outside the BMP. */
export function isHighSurrogate(code: number): boolean {
  return (code & 0xfc00) === 0xd800;
}

/** True for a low (trail) surrogate. */
export function isLowSurrogate(code: number): boolean {
  return (code & 0xfc00) === 0xdc00;
}
