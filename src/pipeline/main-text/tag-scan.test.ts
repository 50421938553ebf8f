import { describe, expect, it } from "vitest";
import { decodeEntities } from "./decode-entities.js";
import { toParseableHtml } from "./skeleton.js";
import { stripTags } from "./strip-tags.js";
import { measureTagDepth } from "./tag-scan.js";
import { tidyText } from "./tidy-text.js";

describe("measureTagDepth", () => {
  it.each([
    ["<div><div><span>x</span></div></div>", 3],
    ["<ul><li>a<li>b<li>c</ul>", 1],
    ["<div><br><img src=x><hr/></div>", 1],
    ["<div/><div/><div/>", 0],
    ['<script>if (a<b) { x = "<div><div><div>" }</script><p>', 0],
    ["<!-- <div><div> --><div>", 1],
    [`${"<div>".repeat(5000)}x${"</div>".repeat(5000)}`, 5000],
    ["a < b and c > d", 0],
  ])("%s → %i", (html, depth) => {
    expect(measureTagDepth(html)).toBe(depth);
  });
});

describe("stripTags + decodeEntities + tidyText", () => {
  it.each([
    ["<p>一。</p><p>二。</p>", "一。\n二。"],
    ["<nav><a>メニュー</a></nav><p>本文</p><footer>著作権</footer>", "本文"],
    ["<p>本文</p><script>var x = '<p>no</p>';</script>", "本文"],
    ["<div><aside><aside>内</aside>外</aside>残る</div>", "残る"],
    ["<p>&amp;&#12354;&unknown;</p>", "&あ&unknown;"],
  ])("%s", (html, text) => {
    expect(tidyText(decodeEntities(stripTags(html)))).toBe(text);
  });
});

describe("decodeEntities", () => {
  it.each([
    ["&lt;p&gt; &#x6F0F;&#27945;", "<p> 漏洩"],
    ["&nbsp;", "\u00a0"],
    ["&#0; &#xD800;", "\uFFFD \uFFFD"],
    ["no references", "no references"],
  ])("%s", (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe("tidyText", () => {
  it.each([
    ["個人情報が\n  流出\u2029\u2029 次の段落 ", "個人情報が流出\n次の段落"],
    ["  a \t b  ", "a b"],
    ["\u3000全角字下げ", "全角字下げ"],
    ["本文\u2029シェア\u2029ツイート\u2029続き", "本文\n続き"],
  ])("%j", (marked, text) => {
    expect(tidyText(marked)).toBe(text);
  });
});

describe("toParseableHtml", () => {
  it.each([
    ["<title>t</title><p>本文", "<!DOCTYPE html><html><head><title>t</title></head><body><p>本文</body></html>"],
    ["本文だけ", "<!DOCTYPE html><html><head></head><body>本文だけ</body></html>"],
    [
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body class="x"><p>a</p></body></html>',
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>a</p></body></html>',
    ],
    [
      "<meta charset=utf-8><!-- note --><div>a</div>",
      "<!DOCTYPE html><html><head><meta charset=utf-8><!-- note --></head><body><div>a</div></body></html>",
    ],
  ])("%s", (html, parseable) => {
    expect(toParseableHtml(html)).toBe(parseable);
  });
});
