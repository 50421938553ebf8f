/** @module HTML string → its tags, in one linear pass without a DOM (for guards and the tag-stripping fallback). */

/** One start or end tag. `name` is lower-case; [start, end) is the tag's range in the HTML. */
export type Tag = { readonly name: string; readonly closing: boolean; readonly start: number; readonly end: number };

/** Elements whose content is text, not markup: the scanner jumps to their end tag. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "plaintext"]);
/**
 * Calls `visit` for every start and end tag in order, skipping comments, doctypes and the content of
 * script/style/title/textarea; stops early when `visit` returns false. Linear time, and no regex: a sticky regex
 * over a long string was measured to stall for seconds at random in V8.
 */
export function scanTags(html: string, visit: (tag: Tag) => boolean | undefined): void {
  let lower: string | null = null;
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    const next = skipSpecial(html, i);
    if (next !== null) {
      i = html.indexOf("<", next);
      continue;
    }
    const tag = readTag(html, i);
    if (tag === null) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    if (visit(tag) === false) return;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      lower ??= html.toLowerCase();
      i = html.indexOf("<", rawTextEnd(lower, tag));
    } else i = html.indexOf("<", tag.end);
  }
}

/** The tag starting at `<` html[i]: `<name …>` or `</name …>` with no `<` before its `>`; null if there is none. */
function readTag(html: string, i: number): Tag | null {
  const closing = html.charCodeAt(i + 1) === 0x2f;
  const nameStart = closing ? i + 2 : i + 1;
  if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
  let j = nameStart + 1;
  while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
  const name = html.slice(nameStart, j).toLowerCase();
  for (; j < html.length; j++) {
    const code = html.charCodeAt(j);
    if (code === 0x3e) return { name, closing, start: i, end: j + 1 };
    if (code === 0x3c) return null;
  }
  return null;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Letters, digits, `:` and `-`. */
function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x3a) || code === 0x2d;
}

/** For `<!-- -->`, `<!doctype>`, `<? ?>`: the index after it; null for anything else. */
function skipSpecial(html: string, i: number): number | null {
  if (html.startsWith("<!--", i)) {
    const close = html.indexOf("-->", i + 4);
    return close < 0 ? html.length : close + 3;
  }
  const second = html[i + 1];
  if (second === "!" || second === "?") {
    const close = html.indexOf(">", i + 2);
    return close < 0 ? html.length : close + 1;
  }
  return null;
}

/** Where the end tag of a raw-text element starts (or the end of the document if it never closes). */
function rawTextEnd(lower: string, tag: Tag): number {
  const close = lower.indexOf(`</${tag.name}`, tag.end);
  return close < 0 ? lower.length : close;
}

/** Elements that never have content. */
export const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/** Elements whose end tag may be left out: they do not nest inside themselves, so they are not counted as depth. */
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "rb",
  "rt",
  "rp",
  "colgroup",
]);

/** How much markup a page has: its deepest nesting and its number of start tags. */
export type MarkupSize = { readonly depth: number; readonly startTags: number };

/** The deepest element nesting the tags show (approximate: optional-end and void elements are not counted). */
export function measureTagDepth(html: string): number {
  return measureMarkup(html).depth;
}

/** Nesting depth and start-tag count in one pass (optional-end and void elements do not add depth). */
export function measureMarkup(html: string): MarkupSize {
  let depth = 0;
  let max = 0;
  let startTags = 0;
  scanTags(html, (tag) => {
    if (!tag.closing) startTags++;
    if (VOID_ELEMENTS.has(tag.name) || OPTIONAL_END.has(tag.name) || RAW_TEXT.has(tag.name)) return true;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (!isSelfClosing(html, tag)) depth++;
    max = Math.max(max, depth);
    return true;
  });
  return { depth: max, startTags };
}

/** True for `<div />`-style tags. */
export function isSelfClosing(html: string, tag: Tag): boolean {
  return html.startsWith("/>", tag.end - 2);
}
