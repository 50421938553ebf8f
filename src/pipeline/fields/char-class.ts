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

/**
 * Every match of a global regex in `text`, as `[...text.matchAll(re)]` gives them, without the copy of the regex that
 * matchAll makes on each call. Resets `re.lastIndex`; all matches are collected before the caller sees any, so the
 * caller may use `re` again.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The index after the character at `i` (a whole surrogate pair under the u/v flags), as matchAll steps past an empty match. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}
