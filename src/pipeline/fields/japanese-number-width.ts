/** @module Full-width → half-width copy of a text, one UTF-16 unit for one, so offsets into the copy are offsets into the original. */

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;

/**
 * Maps full-width ASCII (`！`–`～`: digits, letters, `，．／－：（）`) to ASCII and the ideographic space to a space.
 * Every other code unit is kept, so `toHalfWidth(s).length === s.length` and offsets carry over unchanged.
 * @example toHalfWidth("１２，１３９人") // "12,139人"
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(IDEOGRAPHIC_SPACE, " ");
}

/** ASCII digit 0-9 (after toHalfWidth). */
export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** A CJK unified ideograph (漢字), the class of characters that glue into words. */
export function isIdeograph(c: string | undefined): boolean {
  return c !== undefined && ((c >= "\u4e00" && c <= "\u9fff") || (c >= "\u3400" && c <= "\u4dbf") || c === "々");
}
