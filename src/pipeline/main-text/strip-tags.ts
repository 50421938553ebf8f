/** @module HTML string → plain text without a DOM: the path for markup too deep or too broken to parse safely. */

import { isSelfClosing, scanTags } from "./tag-scan.js";
import { BLOCK_BREAK } from "./tidy-text.js";

/** Elements whose whole content is dropped: code, styling, and page furniture around the article. */
export const DROPPED_ELEMENTS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "head",
  "title",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "dialog",
]);

/** Code and styling only: dropped even when keeping everything else (for pages whose furniture never closes). */
export const CODE_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg", "head", "title"]);

/** Elements that start a new line. */
export const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Cells are separated by a space so a table row reads as one line. */
const CELL_ELEMENTS = new Set(["td", "th"]);

/**
 * Removes tags, keeping block boundaries as BLOCK_BREAK and dropping the content of DROPPED_ELEMENTS
 * (entities are left for the caller to decode).
 */
export function stripTags(html: string, dropped: ReadonlySet<string> = DROPPED_ELEMENTS): string {
  const parts: string[] = [];
  let at = 0;
  let dropping: { name: string; depth: number } | null = null;
  scanTags(html, (tag) => {
    if (dropping === null) parts.push(html.slice(at, tag.start));
    at = tag.end;
    if (dropping !== null) {
      if (tag.name === dropping.name) dropping.depth += tag.closing ? -1 : 1;
      if (dropping.depth === 0) dropping = null;
      return true;
    }
    if (!tag.closing && dropped.has(tag.name) && !isSelfClosing(html, tag)) {
      dropping = { name: tag.name, depth: 1 };
      return true;
    }
    if (BLOCK_ELEMENTS.has(tag.name)) parts.push(BLOCK_BREAK);
    else if (CELL_ELEMENTS.has(tag.name)) parts.push(" ");
    return true;
  });
  if (dropping === null) parts.push(html.slice(at));
  return parts.join("");
}
