import { describe, expect, it } from "vitest";
import { formatSeconds, parseContentType, toRedirectUrl } from "./http-headers.js";

describe("parseContentType", () => {
  it.each([
    ["text/html; charset=Shift_JIS", { mediaType: "text/html", charset: "Shift_JIS" }],
    ['Text/HTML;charset="EUC-JP"', { mediaType: "text/html", charset: "EUC-JP" }],
    ["application/rss+xml; foo=bar; charset = utf-8", { mediaType: "application/rss+xml", charset: "utf-8" }],
    ["text/plain", { mediaType: "text/plain" }],
    ["", {}],
    [undefined, {}],
  ])("%s", (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});

describe("toRedirectUrl", () => {
  const base = new URL("https://news.example/a/b.html?x=1");
  it.each([
    ["c.html", "https://news.example/a/c.html"],
    ["/root#frag", "https://news.example/root"],
    ["//other.example/p", "https://other.example/p"],
    ["http://10.0.0.1/", "http://10.0.0.1/"],
  ])("%s → %s", (location, expected) => {
    expect(toRedirectUrl(location, base)?.href).toBe(expected);
  });

  it("returns null for something that is not a URL", () => {
    expect(toRedirectUrl("http://[bad", base)).toBeNull();
  });
});

describe("formatSeconds", () => {
  it.each([
    [15_000, "15 s"],
    [200, "0.2 s"],
    [1500, "1.5 s"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});
