/** @module Full-width → half-width copy of a text, one UTF-16 unit for one, so offsets into the copy are offsets into the original. */

/**
 * Maps full-width ASCII (`！`–`～`: digits, letters, `，．／－：（）`) to ASCII and the ideographic space to a space.
 * Every other code unit is kept, so `toHalfWidth(s).length === s.length` and offsets carry over unchanged.
 * @example toHalfWidth("１２，１３９人") // "12,139人"
 */
export function toHalfWidth(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isWide(text.charCodeAt(i))) i++;
  if (i === n) return text;
  // Copy code units into a buffer, mapping the wide ones; strings are built from it in chunks (argument limits).
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, 2 * buffer.length));
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    buffer[k] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
  }
  let out = "";
  for (let k = 0; k < n; k += CHUNK) {
    out += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  }
  return out;
}

const CHUNK = 4096;
let buffer = new Uint16Array(1024);

function isWide(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000;
}

/** ASCII digit 0-9 (after toHalfWidth). */
export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** A CJK unified ideograph (漢字), the class of characters that glue into words. */
export function isIdeograph(c: string | undefined): boolean {
  return c !== undefined && ((c >= "\u4e00" && c <= "\u9fff") || (c >= "\u3400" && c <= "\u4dbf") || c === "々");
}
