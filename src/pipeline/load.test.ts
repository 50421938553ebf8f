import { describe, expect, it } from "vitest";
import { encodeLegacy } from "../../test/support/encode-legacy.js";
import type { RawDocument } from "../domain/article.js";
import { loadArticle, toArticleName } from "./load.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const raw = (text: string | Uint8Array, name = "dir/001.txt", contentType?: string): RawDocument => ({
  name,
  bytes: typeof text === "string" ? utf8(text) : text,
  ...(contentType === undefined ? {} : { contentType }),
});

const BODY = "架空商事は8日、会員約3,000人分の氏名と住所が流出したと発表した。\n原因は設定の誤りだという。\n";

describe("loadArticle", () => {
  it("a text file with metadata lines", () => {
    const result = loadArticle(raw(`# source: https://example.jp/n/1\r\n# published: 2024-03-08\r\n\r\n${BODY}`));
    expect(result).toEqual({
      ok: true,
      value: { name: "001.txt", text: BODY, published: "2024-03-08", source: "https://example.jp/n/1", title: null },
    });
  });

  it("--published overrides the metadata line", () => {
    const result = loadArticle(raw(`# published: 2024-03-08\n\n${BODY}`), { published: "2023-01-01" });
    expect(result.ok && result.value.published).toBe("2023-01-01");
  });

  it("a Shift_JIS HTML page: main text, title and date from the page", () => {
    const page = `<html><head><meta charset="Shift_JIS"><title>流出のお知らせ｜架空新聞</title>
<meta property="article:published_time" content="2022-06-01T09:00:00+09:00"></head>
<body><nav><a href="/">トップ</a></nav><article><p>${BODY}</p></article></body></html>`;
    const result = loadArticle(raw(encodeLegacy(page, "shift_jis"), "page.html", "text/html"));
    expect(result.ok && result.value).toMatchObject({
      name: "page.html",
      title: "流出のお知らせ",
      published: "2022-06-01",
    });
    expect(result.ok && result.value.text).toBe(BODY.replaceAll("\n", ""));
  });

  it("metadata lines above an HTML page", () => {
    const result = loadArticle(
      raw(`# source: https://example.jp/\n\n<!doctype html><html><body><p>${BODY}</p></body></html>`, "saved.txt"),
    );
    expect(result.ok && result.value).toMatchObject({ source: "https://example.jp/", text: BODY.replaceAll("\n", "") });
  });

  it.each([
    ["whitespace only", raw(" \n\u3000\n\t"), "empty", "file holds only whitespace"],
    [
      "metadata lines only",
      raw("# source: s\n# published: unknown\n\n"),
      "empty",
      "file holds metadata lines but no article text",
    ],
    [
      "an HTML page of scripts",
      raw("<html><body><script>var a;</script></body></html>", "x.html"),
      "no_main_text",
      /no text/,
    ],
    ["a binary file", raw(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), "binary", /binary/],
    ["invalid bytes", raw(Uint8Array.from([0xe6, 0xbc, 0x8f, 0xff, 0xfe, 0x41])), "undecodable", /byte offset 3/],
    [
      "a contact list",
      raw(Array.from({ length: 60 }, (_, i) => `会員${i},member${i}@example.jp`).join("\n")),
      "personal_data_dump",
      /60 e-mail addresses/,
    ],
  ])("refuses %s", (_label, doc, code, message) => {
    const result = loadArticle(doc);
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.message).toMatch(message);
  });

  const fill = (unit: string, length = 100_000): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  it.each([
    ["100 KB of digits", raw(fill("1234567890"))],
    ["100 KB of 万", raw(fill("万"))],
    ["100 KB of one kanji", raw(fill("流"))],
    ["100 KB of letters", raw(fill("a"))],
    ["100 KB of < signs", raw(fill("<"), "x.html")],
    ["100 KB of unclosed comments", raw(fill("<!--"), "x.html")],
    [
      "10,000-deep nested <div>",
      raw(`<html><body>${"<div>".repeat(10_000)}<p>${BODY}</p>${"</div>".repeat(10_000)}</body></html>`),
    ],
    ["100,000-deep nested <span>", raw(`<html><body>${"<span>".repeat(100_000)}本文。</body></html>`)],
    ["10,000 paragraphs", raw(`<html><body><article>${`<p>${BODY}</p>`.repeat(10_000)}</article></body></html>`)],
  ])("%s goes through in well under the bound", (_label, doc) => {
    const started = performance.now();
    const result = loadArticle(doc);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok || result.error.code).toBeTruthy();
  });
});

describe("toArticleName", () => {
  it.each([
    ["../shared/seeds/001_abc.txt", "001_abc.txt"],
    ["page.html", "page.html"],
    ["-", "stdin"],
  ])("%s → %s", (path, name) => {
    expect(toArticleName(path)).toBe(name);
  });
});
