import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../decode/index.js";
import { isHtmlText, toArticleText } from "./index.js";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));
const html = (text: string): string => toArticleText(text, { isHtml: true }).text;

describe("toArticleText: a Shift_JIS news page with navigation, related links, an ad and share buttons", () => {
  const decoded = decodeBytes({ name: "sjis-leak-page.html", bytes: fixture("sjis-leak-page.html") });
  if (!decoded.ok) throw new Error(decoded.error.message);
  const article = toArticleText(decoded.value.text, { isHtml: true });

  it("decodes as Shift_JIS from the meta tag", () => {
    expect(decoded.value.charset).toBe("shift_jis");
  });

  it("finds title and publication date", () => {
    expect(article.title).toBe("架空ネット通販で会員情報流出、最大1万2千件");
    expect(article.published).toBe("2024-03-08");
  });

  it.each([
    "株式会社ミドリ雑貨店（本社・架空市）は8日、同社の通販サイトが外部から不正アクセスを受け、",
    "最大1万2千件の個人情報が流出した可能性があると発表した。",
    "攻撃者がウェブアプリケーションの脆弱性を悪用した痕跡が見つかったという。",
    "クレジットカード番号は決済代行会社が管理しており、流出の対象ではないとしている。",
    "問い合わせ窓口は0120-000-000（平日午前10時～午後5時）。",
  ])("keeps the article sentence %s", (sentence) => {
    expect(article.text).toContain(sentence);
  });

  it("keeps list items and headings on lines of their own", () => {
    expect(article.text).toContain(
      "\nクレジットカード情報は対象外\n流出した可能性がある項目は次の通り。\n氏名・住所・電話番号\nメールアドレス\n購入履歴\n",
    );
  });

  it.each([
    "スポーツ",
    "IT・テクノロジー",
    "トップ",
    "シェア",
    "ツイート",
    "LINEで送る",
    "今だけ送料無料",
    "関連記事",
    "別の通販サイトでもカード情報漏えいか",
    "個人情報保護委員会が注意喚起",
    "アクセスランキング",
    "人気レストランの予約サイト",
    "転職するなら今",
    "Copyright",
    "プライバシーポリシー",
    "dataLayer",
    "color: red",
  ])("drops the boilerplate %s", (boilerplate) => {
    expect(article.text).not.toContain(boilerplate);
  });
});

describe("toArticleText: block boundaries", () => {
  it.each([
    ["paragraphs", "<p>第一段落。</p><p>第二段落。</p>", "第一段落。\n第二段落。"],
    ["heading and paragraph", "<h2>見出し</h2><p>本文です。</p>", "見出し\n本文です。"],
    ["list items without end tags", "<p>項目：</p><ul><li>氏名<li>住所</ul>", "項目：\n氏名\n住所"],
    ["<br>", "<p>一行目<br>二行目</p>", "一行目\n二行目"],
    ["a source line break between Japanese words", "<p>個人情報が\n    流出した。</p>", "個人情報が流出した。"],
    ["a source line break between English words", "<p>data\n    leaked</p>", "data leaked"],
    [
      "table rows and cells",
      "<table><tr><th>区分</th><td>35,738名</td></tr><tr><th>完済</th><td>1,509名</td></tr></table>",
      "区分 35,738名\n完済 1,509名",
    ],
    ["entities", "<p>A&amp;B社 &lt;速報&gt; &#x6F0F;&#27945;</p>", "A&B社 <速報> 漏洩"],
  ])("%s", (_label, body, expected) => {
    expect(html(`<!doctype html><html><body><article>${body}</article></body></html>`)).toBe(expected);
  });

  it.each([
    ["a fragment without html/body", "<p>架空商事は顧客情報が流出したと発表した。</p>"],
    ["text before any tag", "架空商事は顧客情報が流出したと発表した。<br>"],
    ["a head without <body>", "<title>速報</title><p>架空商事は顧客情報が流出したと発表した。</p>"],
  ])("parses %s", (_label, page) => {
    expect(html(page)).toContain("架空商事は顧客情報が流出したと発表した。");
  });
});

describe("toArticleText: metadata", () => {
  it.each([
    ["og:title wins", '<meta property="og:title" content="流出の記事"><title>別の題</title>', "流出の記事"],
    ["h1 next", "<title>別の題</title></head><body><h1>見出しの題</h1>", "見出しの題"],
    ["<title> drops the site name", "<title>会員情報流出のお知らせ｜架空新聞</title>", "会員情報流出のお知らせ"],
    ["a short title keeps its bar", "<title>速報 | 架空新聞</title>", "速報 | 架空新聞"],
  ])("title: %s", (_label, head, title) => {
    expect(toArticleText(`<html><head>${head}<p>本文。</p></html>`, { isHtml: true }).title).toBe(title);
  });

  it.each([
    [
      "article:published_time",
      '<meta property="article:published_time" content="2023-11-02T09:00:00+09:00">',
      "2023-11-02",
    ],
    [
      "JSON-LD datePublished",
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-05T10:00:00Z"}</script>',
      "2022-01-05",
    ],
    ["itemprop", '<meta itemprop="datePublished" content="2021/7/9">', "2021-07-09"],
    ["<time datetime>", '</head><body><article><time datetime="2020-12-31">12月31日</time>', "2020-12-31"],
    ["an impossible date is ignored", '<meta property="article:published_time" content="2023-02-30">', null],
    ["none", "<title>題</title>", null],
  ])("published: %s", (_label, head, published) => {
    expect(toArticleText(`<html><head>${head}<p>本文。</p></html>`, { isHtml: true }).published).toBe(published);
  });
});

describe("toArticleText: robustness", () => {
  it("plain text passes through unchanged", () => {
    const text = "一行目\n\n  二行目 <b>太字</b>\n";
    expect(toArticleText(text, { isHtml: false })).toEqual({ text, title: null, published: null });
  });

  it("10,000 nested <div>s: text kept, no crash, under 5 s", () => {
    const depth = 10_000;
    const page = `<html><head><title>深い入れ子</title></head><body>${"<div>".repeat(depth)}<p>架空商事で情報流出。</p>${"</div>".repeat(depth)}<nav>メニュー</nav></body></html>`;
    const started = performance.now();
    const article = toArticleText(page, { isHtml: true });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(article).toEqual({ text: "架空商事で情報流出。", title: "深い入れ子", published: null });
  });

  it("unclosed page furniture does not swallow the text", () => {
    const page = `<html><body>${"<div>".repeat(500)}<header>見出し<p>架空商事で情報流出。</p></body></html>`;
    expect(html(page)).toContain("架空商事で情報流出。");
  });
});

describe("isHtmlText", () => {
  it.each([
    ["<!DOCTYPE html><html>", {}, true],
    ["  <!-- saved --> <html lang=ja>", {}, true],
    ["<p>段落</p>", { name: "page.htm" }, true],
    ["<p>段落</p>", { contentType: "text/html; charset=utf-8" }, true],
    ["見出し\n<body>\n本文", {}, true],
    ["# source: https://example.com/\n\n本文です。<br>も書ける", {}, false],
    ["本文のみ", { name: "article.txt" }, false],
  ])("%j %j → %s", (text, hints, expected) => {
    expect(isHtmlText(text, hints)).toBe(expected);
  });
});
