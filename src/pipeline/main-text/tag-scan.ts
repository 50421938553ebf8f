/** @module HTML string → its tags, in one linear pass without a DOM (for guards and the tag-stripping fallback). */

/** One start or end tag. `name` is lower-case; [start, end) is the tag's range in the HTML. */
export type Tag = { readonly name: string; readonly closing: boolean; readonly start: number; readonly end: number };

/** Elements whose content is text, not markup: the scanner jumps to their end tag. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "plaintext"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/y;

/**
 * Calls `visit` for every start and end tag in order, skipping comments, doctypes and the content of
 * script/style/title/textarea; stops early when `visit` returns false. Linear time: no regex runs past the next `<`.
 */
export function scanTags(html: string, visit: (tag: Tag) => boolean | undefined): void {
  const lower = html.toLowerCase();
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    const next = skipSpecial(html, i);
    if (next !== null) {
      i = html.indexOf("<", next);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (m === null) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const tag: Tag = { name: m[2]!.toLowerCase(), closing: m[1] === "/", start: i, end: TAG.lastIndex };
    if (visit(tag) === false) return;
    i = html.indexOf("<", !tag.closing && RAW_TEXT.has(tag.name) ? rawTextEnd(lower, tag) : tag.end);
  }
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

/** The deepest element nesting the tags show (approximate: optional-end and void elements are not counted). */
export function measureTagDepth(html: string): number {
  let depth = 0;
  let max = 0;
  scanTags(html, (tag) => {
    if (VOID_ELEMENTS.has(tag.name) || OPTIONAL_END.has(tag.name) || RAW_TEXT.has(tag.name)) return true;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (!isSelfClosing(html, tag)) depth++;
    max = Math.max(max, depth);
    return true;
  });
  return max;
}

/** True for `<div />`-style tags. */
export function isSelfClosing(html: string, tag: Tag): boolean {
  return html.startsWith("/>", tag.end - 2);
}
