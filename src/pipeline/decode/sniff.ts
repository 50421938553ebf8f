/** @module Charset hints in the bytes themselves: byte-order marks, HTML/XML declarations, ISO-2022-JP escapes. */

/** What the bytes say about their own charset. */
export type BomSniff = { readonly charset: "utf-8" | "utf-16le" | "utf-16be"; readonly length: number };

/** The byte-order mark at the start, if any. */
export function sniffBom(bytes: Uint8Array): BomSniff | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { charset: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

const HEAD_BYTES = 2048;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.+-]+)["']/;

/**
 * The charset an HTML `<meta charset>` / `<meta http-equiv content="…charset=…">` or an XML declaration names in
 * the first 2 KB.
 * @example sniffMarkupCharset(bytesOf('<meta charset="Shift_JIS">')) // "Shift_JIS"
 */
export function sniffMarkupCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, HEAD_BYTES));
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}

/** True when the bytes start like markup (after optional whitespace): `<`. */
export function isMarkupStart(bytes: Uint8Array): boolean {
  for (const byte of bytes.subarray(0, HEAD_BYTES)) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c) continue;
    return byte === 0x3c;
  }
  return false;
}

/** True when the bytes hold ISO-2022-JP escapes (ESC $ B, ESC $ @, ESC ( B, ESC ( J) and are 7-bit. */
export function isIso2022Jp(bytes: Uint8Array): boolean {
  let escapes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80) return false;
    if (byte !== 0x1b) continue;
    const next = bytes[i + 1];
    const last = bytes[i + 2];
    if ((next === 0x24 && (last === 0x42 || last === 0x40)) || (next === 0x28 && (last === 0x42 || last === 0x4a)))
      escapes++;
  }
  return escapes > 0;
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}
