/** @module Parsed page → the same page without navigation, related-article lists, ads, share buttons and forms. */
import type { DomDocument, DomElement } from "./dom.js";

/** Page furniture by element or role; removed wherever it is. */
const FURNITURE = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "embed",
  "canvas",
  "form",
  "button",
  "select",
  "textarea",
  "dialog",
  "nav",
  "aside",
  "ins",
  "[role=navigation]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=complementary]",
  "[role=search]",
  "[aria-hidden=true]",
  "[hidden]",
].join(",");

/** Elements that hold the article: never removed, nor anything containing them. */
const ARTICLE = "article,main,[role=main],[itemprop=articleBody]";

/** class/id words that mark boilerplate even inside an article container (related-articles, article-share). */
const ALWAYS_BOILERPLATE = new Set([
  "related",
  "relation",
  "recommend",
  "recommended",
  "recommendation",
  "ranking",
  "popular",
  "share",
  "sharing",
  "sns",
  "social",
  "breadcrumb",
  "breadcrumbs",
  "topicpath",
  "pankuzu",
  "ad",
  "ads",
  "adsbygoogle",
  "advert",
  "advertisement",
  "banner",
  "sponsor",
  "sponsored",
  "promo",
  "promotion",
  "comment",
  "comments",
]);
/** class/id words that mark boilerplate unless the same element also says it is content (article-header). */
const USUALLY_BOILERPLATE = new Set([
  "header",
  "footer",
  "sidebar",
  "side",
  "menu",
  "gnav",
  "widget",
  "tags",
  "taglist",
  "pagination",
  "pager",
  "pagenation",
  "popup",
  "modal",
  "cookie",
  "newsletter",
  "subscribe",
  "follow",
  "rank",
  "pickup",
  "backnumber",
]);
const CONTENT_WORDS = new Set(["article", "body", "content", "main", "entry", "post", "story", "text", "honbun"]);

/** Short blocks labelled as advertising. */
const AD_LABEL = /^\s*(?:【PR】|\[PR\]|PR[:：\s]|広告[:：\s]|Sponsored|スポンサー)/i;

/** Removes boilerplate in place from a freshly parsed document (read metadata first). */
export function removeBoilerplate(document: DomDocument): void {
  removeAll(document.querySelectorAll(FURNITURE));
  removeAll(filter(document.querySelectorAll("header,footer"), (el) => el.closest(ARTICLE) === null));
  removeAll(filter(document.querySelectorAll("[class],[id]"), isMarkedBoilerplate));
  removeAll(filter(document.querySelectorAll("ul,ol,dl,table,div,section,p,li"), isLinkBlockOrAd));
}

function isMarkedBoilerplate(el: DomElement): boolean {
  if (["html", "body", "article", "main"].includes(el.localName)) return false;
  const words = wordsOf(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`);
  const always = words.some((w) => ALWAYS_BOILERPLATE.has(w));
  const usually = words.some((w) => USUALLY_BOILERPLATE.has(w)) && !words.some((w) => CONTENT_WORDS.has(w));
  return (always || usually) && el.querySelector(ARTICLE) === null;
}

/** A list or box that is mostly links (related articles, rankings, tag clouds), or a short block labelled as an ad. */
function isLinkBlockOrAd(el: DomElement): boolean {
  if (el.querySelector(ARTICLE) !== null) return false;
  const text = squash(el.textContent ?? "");
  if (text === "") return false;
  if (text.length < 200 && AD_LABEL.test(text)) return true;
  let links = 0;
  let linkChars = 0;
  for (const a of el.querySelectorAll("a")) {
    links++;
    linkChars += squash(a.textContent ?? "").length;
  }
  const density = linkChars / text.length;
  return (links >= 3 && density >= 0.6) || (links >= 1 && text.length < 80 && density >= 0.9);
}

/** Splits class/id values into lower-case words: "relatedArticles side_box" → related, articles, side, box. */
export function wordsOf(value: string): readonly string[] {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

function* filter(elements: Iterable<DomElement>, keep: (el: DomElement) => boolean): Iterable<DomElement> {
  for (const el of elements) if (keep(el)) yield el;
}

function removeAll(elements: Iterable<DomElement>): void {
  for (const el of [...elements]) el.remove();
}
