import { describe, expect, it } from "vitest";
import { encodeLegacy } from "../../../test/support/encode-legacy.js";
import type { RawDocument } from "../../domain/article.js";
import { decodeBytes } from "./index.js";

const JAPANESE =
  "株式会社架空商事は、顧客情報①約1,200件が外部から閲覧できる状態にあったと発表した。㈱髙橋システムへの委託先で設定に誤りがあったという。";
const PLAIN = "架空商事は本日、会員の氏名とメールアドレスが流出した可能性があると発表しました。";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const doc = (bytes: Uint8Array, extra: Partial<RawDocument> = {}): RawDocument => ({ name: "a.txt", bytes, ...extra });
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const ascii = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("decodeBytes: charsets", () => {
  it.each([
    ["UTF-8", JAPANESE, "utf-8"],
    ["Shift_JIS with CP932 vendor characters ①㈱髙", JAPANESE, "shift_jis"],
    ["EUC-JP", PLAIN, "euc-jp"],
    ["ISO-2022-JP", PLAIN, "iso-2022-jp"],
    ["Shift_JIS, short", "個人情報の流出", "shift_jis"],
    ["EUC-JP, short", "個人情報の流出", "euc-jp"],
    ["Shift_JIS, mostly ASCII", "Press release: 架空商事 leak", "shift_jis"],
  ] as const)("%s", (_label, text, charset) => {
    const bytes = charset === "utf-8" ? utf8(text) : encodeLegacy(text, charset);
    expect(decodeBytes(doc(bytes))).toEqual({ ok: true, value: { text, charset } });
  });

  it("decodes CP932 vendor characters from known bytes (① 87 40, ㈱ 87 8A, 髙 FB FC)", () => {
    const bytes = concat(encodeLegacy("株式会社", "shift_jis"), Uint8Array.from([0x87, 0x40, 0x87, 0x8a, 0xfb, 0xfc]));
    expect(decodeBytes(doc(bytes))).toEqual({ ok: true, value: { text: "株式会社①㈱髙", charset: "shift_jis" } });
  });

  it("plain ASCII is UTF-8", () => {
    expect(decodeBytes(doc(ascii("hello\n")))).toEqual({ ok: true, value: { text: "hello\n", charset: "utf-8" } });
  });
});

describe("decodeBytes: byte-order marks", () => {
  it.each([
    ["UTF-8 BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(PLAIN)]), "utf-8"],
    ["UTF-16LE BOM", Uint8Array.from([0xff, 0xfe, ...utf16(PLAIN, true)]), "utf-16le"],
    ["UTF-16BE BOM", Uint8Array.from([0xfe, 0xff, ...utf16(PLAIN, false)]), "utf-16be"],
  ])("%s", (_label, bytes, charset) => {
    expect(decodeBytes(doc(bytes))).toEqual({ ok: true, value: { text: PLAIN, charset } });
  });
});

describe("decodeBytes: declared charsets", () => {
  const page = (head: string): Uint8Array =>
    concat(
      ascii(`<!doctype html><html><head>${head}</head><body><p>`),
      encodeLegacy(PLAIN, "shift_jis"),
      ascii("</p>"),
    );

  it.each([
    ["<meta charset>", '<meta charset="Shift_JIS">'],
    ["<meta http-equiv>", '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'],
    ["unquoted, other case", "<META CHARSET=SJIS>"],
    ["legacy name CP932", '<meta charset="cp932">'],
  ])("HTML %s", (_label, head) => {
    const result = decodeBytes(doc(page(head), { contentType: "text/html" }));
    expect(result.ok && result.value.charset).toBe("shift_jis");
    expect(result.ok && result.value.text).toContain(PLAIN);
  });

  it("XML declaration", () => {
    const bytes = concat(ascii('<?xml version="1.0" encoding="EUC-JP"?><rss><title>'), encodeLegacy(PLAIN, "euc-jp"));
    const result = decodeBytes(doc(bytes));
    expect(result.ok && result.value).toEqual({
      text: `<?xml version="1.0" encoding="EUC-JP"?><rss><title>${PLAIN}`,
      charset: "euc-jp",
    });
  });

  it("the transport charset wins over a meta tag", () => {
    const bytes = concat(ascii('<meta charset="utf-8"><p>'), encodeLegacy(PLAIN, "euc-jp"));
    const result = decodeBytes(doc(bytes, { declaredCharset: "EUC-JP" }));
    expect(result.ok && result.value.charset).toBe("euc-jp");
  });

  it("a wrong declaration is ignored when the bytes are invalid in it", () => {
    const bytes = concat(ascii('<meta charset="Shift_JIS"><p>'), utf8(PLAIN));
    const result = decodeBytes(doc(bytes, { contentType: "text/html" }));
    expect(result.ok && result.value.charset).toBe("utf-8");
  });

  it("a meta tag in plain text is not a declaration", () => {
    const bytes = utf8(`記事の本文。<meta charset="Shift_JIS"> の書き方について。`);
    expect(decodeBytes(doc(bytes)).ok && decodeBytes(doc(bytes))).toMatchObject({ value: { charset: "utf-8" } });
  });
});

describe("decodeBytes: failures", () => {
  it.each([
    ["a NUL byte", Uint8Array.from([...utf8("本文"), 0, 1, 2]), /binary.*NUL byte at offset 6/],
    [
      "many control bytes",
      Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
      /binary.*control bytes/,
    ],
    ["a PNG header", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary/],
  ])("%s is binary", (_label, bytes, message) => {
    const result = decodeBytes(doc(bytes));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("binary");
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it.each([
    ["a 0xFF byte", concat(utf8("漏えいの記事"), Uint8Array.from([0xff]), utf8("です")), 18],
    ["a cut UTF-8 character", concat(utf8("漏えいの記事です。"), utf8("テスト").subarray(0, 8)), 33],
    ["a bad lead byte at the start", Uint8Array.from([0xfd, 0x41, 0x42]), 0],
  ])("%s is undecodable, naming the offset", (_label, bytes, offset) => {
    const result = decodeBytes(doc(bytes));
    expect(!result.ok && result.error).toMatchObject({ code: "undecodable", range: [offset, offset + 1] });
    expect(!result.ok && result.error.message).toContain(`byte offset ${offset}`);
  });

  it("a UTF-8 BOM followed by invalid bytes names the BOM", () => {
    const result = decodeBytes(doc(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff])));
    expect(!result.ok && result.error.message).toBe("invalid utf-8 (declared by the byte-order mark) at byte offset 4");
  });
});

describe("decodeBytes: newlines", () => {
  it.each([
    ["CRLF", "一行目\r\n二行目\r\n", "一行目\n二行目\n"],
    ["CR", "一行目\r二行目\r", "一行目\n二行目\n"],
    ["mixed", "a\r\nb\rc\nd", "a\nb\nc\nd"],
    ["no NFKC: full-width digits stay", "１２３件", "１２３件"],
  ])("%s", (_label, input, expected) => {
    expect(decodeBytes(doc(utf8(input)))).toEqual({ ok: true, value: { text: expected, charset: "utf-8" } });
  });

  it("normalizes newlines in Shift_JIS too", () => {
    const result = decodeBytes(doc(encodeLegacy("発表\r\n流出\r\n", "shift_jis")));
    expect(result.ok && result.value.text).toBe("発表\n流出\n");
  });
});

function utf16(text: string, littleEndian: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out.push(...(littleEndian ? [lo, hi] : [hi, lo]));
  }
  return out;
}
