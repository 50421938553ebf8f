import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type AtomFeed, escapeXml, toAtomXml } from "./atom.js";

const feed: AtomFeed = {
  id: "tag:roei,2026:feed",
  title: "roei: 新しい漏えいインシデント",
  updated: "2026-01-02T03:04:05.000Z",
  self: "http://localhost/feed.atom?q=a&cause=loss",
  alternate: "http://localhost/?q=a&cause=loss",
  author: "roei",
  lang: "ja",
  entries: [
    {
      id: "tag:roei,2026:incident:k1",
      title: `<script>alert(1)</script> & "Quotes" 'too': 約1,200人`,
      link: "http://localhost/incidents/1",
      updated: "2026-01-02T03:04:05.000Z",
      published: "2025-12-24T00:00:00+09:00",
      categories: ["loss"],
      summary: "原因: 紛失\u0000\u0007\u001F\u007F\u0085\uFFFE 根拠: ]]> <b>bold</b>\tok\n",
    },
  ],
};

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });

  it("drops characters XML 1.0 forbids and keeps tab, newline, CR and astral characters", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg")).toBe("abcdefg");
    expect(escapeXml("x\uD800y\uDC00z")).toBe("xyz");
    expect(escapeXml("\t\n\r𠮷")).toBe("\t\n\r𠮷");
  });
});

describe("toAtomXml", () => {
  it("writes a well-formed Atom 1.0 feed whose text reads back as given", () => {
    const xml = toAtomXml(feed);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).not.toContain("<script>");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const { document } = parseHTML(xml, "text/xml");
    expect(document.querySelector("parsererror")).toBeNull();
    const entry = document.querySelector("entry")!;
    expect(entry.querySelector("title")!.textContent).toBe(feed.entries[0]!.title);
    expect(entry.querySelector("summary")!.textContent).toBe("原因: 紛失 根拠: ]]> <b>bold</b>\tok\n");
    expect(entry.querySelector("link")!.getAttribute("href")).toBe("http://localhost/incidents/1");
    expect(entry.querySelector("published")!.textContent).toBe("2025-12-24T00:00:00+09:00");
    const links = [...document.querySelectorAll("feed > link")].map((l) => [
      l.getAttribute("rel"),
      l.getAttribute("href"),
    ]);
    expect(links).toEqual([
      ["self", "http://localhost/feed.atom?q=a&cause=loss"],
      ["alternate", "http://localhost/?q=a&cause=loss"],
    ]);
    expect(xml).toContain('href="http://localhost/feed.atom?q=a&amp;cause=loss"');
  });

  it("writes a feed with no entries", () => {
    const xml = toAtomXml({ ...feed, entries: [] });
    expect(xml).not.toContain("<entry>");
    expect(xml).toContain("<updated>2026-01-02T03:04:05.000Z</updated>");
  });
});
