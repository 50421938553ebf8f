/** @module HTML string → the same document with explicit html/head/body (linkedom builds no implied elements). */
import { scanTags } from "./tag-scan.js";

/** Elements that belong in <head>; the first other element (or text) starts the body. */
const HEAD_ELEMENTS = new Set([
  "html",
  "head",
  "title",
  "meta",
  "link",
  "style",
  "script",
  "base",
  "noscript",
  "template",
]);
const RAW_OPENERS = new Set(["title", "style", "script"]);

/**
 * Wraps the document in `<html><head>…</head><body>…</body></html>`, splitting it where the body starts.
 * @example toParseableHtml("<title>t</title><p>本文") // "<!DOCTYPE html><html><head><title>t</title></head><body><p>本文</body></html>"
 */
export function toParseableHtml(html: string): string {
  const bodyStart = findBodyStart(html);
  const head = html.slice(0, bodyStart).replace(/<\/?(?:html|head)\b[^<>]*>|<!doctype[^<>]*>/gi, "");
  const body = html.slice(bodyStart).replace(/<\/?(?:html|body)\b[^<>]*>/gi, "");
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

/** Index of the <body> tag, else of the first body element or text outside head elements. */
function findBodyStart(html: string): number {
  let start = html.length;
  let textFrom = 0;
  let inRaw = false;
  scanTags(html, (tag) => {
    const text = inRaw ? "" : withoutSpecials(html.slice(textFrom, tag.start));
    if (text.trim() !== "") {
      start = textFrom + html.slice(textFrom, tag.start).search(/[^\s]/);
      return false;
    }
    if (tag.name === "body" || (!tag.closing && !HEAD_ELEMENTS.has(tag.name))) {
      start = tag.start;
      return false;
    }
    inRaw = !tag.closing && RAW_OPENERS.has(tag.name);
    textFrom = tag.end;
    return true;
  });
  return start === html.length && withoutSpecials(html.slice(textFrom)).trim() !== "" ? textFrom : start;
}

/** Text with `<!-- … -->` and `<!…>` removed, in linear time (an unclosed one runs to the end). */
function withoutSpecials(text: string): string {
  let out = "";
  let at = 0;
  for (let open = text.indexOf("<!", at); open >= 0; open = text.indexOf("<!", at)) {
    out += text.slice(at, open);
    const comment = text.startsWith("<!--", open);
    const close = comment ? text.indexOf("-->", open + 4) : text.indexOf(">", open + 2);
    if (close < 0) return out;
    at = close + (comment ? 3 : 1);
  }
  return out + text.slice(at);
}
