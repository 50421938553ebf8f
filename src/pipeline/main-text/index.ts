/** @module Decoded text → the article's main text, title and publication date (HTML via Readability on linkedom). */
import { Readability } from "@mozilla/readability";
import { removeBoilerplate } from "./boilerplate.js";
import { decodeEntities } from "./decode-entities.js";
import { type DomDocument, type DomNode, parseDocument } from "./dom.js";
import { toBlockText } from "./dom-text.js";
import { readMetadata } from "./metadata.js";
import { toParseableHtml } from "./skeleton.js";
import { CODE_ELEMENTS, stripTags } from "./strip-tags.js";
import { measureMarkup, measureTagDepth } from "./tag-scan.js";
import { tidyText } from "./tidy-text.js";

export { isHtmlText } from "./detect-html.js";

export type ArticleText = {
  readonly text: string;
  readonly title: string | null;
  /** YYYY-MM-DD from the page's metadata, if it has one. */
  readonly published: string | null;
};

export type ArticleTextOptions = { readonly isHtml: boolean };

/** Above this nesting depth a page skips the DOM: linkedom and Readability slow down sharply (measured: 300 → 0.6 s). */
export const MAX_DOM_DEPTH = 120;
/**
 * Above this many nodes (start tags plus character references, each of which linkedom makes a text node of) a page
 * skips the DOM too: linkedom + Readability handle about 20,000 nodes a second (measured on 2 vCPU).
 */
export const MAX_DOM_NODES = 20_000;
/** Readability retries with looser rules below this many characters; Japanese text is dense, so lower than 500. */
const CHAR_THRESHOLD = 200;

/** The main text of a document: HTML goes through Readability with fallbacks; plain text passes through unchanged. */
export function toArticleText(text: string, opts: ArticleTextOptions): ArticleText {
  if (!opts.isHtml) return { text, title: null, published: null };
  const html = escapeStrayLessThan(text);
  const markup = measureMarkup(html);
  if (markup.depth > MAX_DOM_DEPTH || markup.startTags + countOf(html, "&") > MAX_DOM_NODES)
    return fromTagStripping(text);
  const document = parseDocument(toParseableHtml(html));
  const metadata = readMetadata(document);
  removeBoilerplate(document);
  // The cleaned body is the fallback; read it now, since Readability rearranges the document.
  const body = document.body === null ? "" : toBlockText(document.body);
  if (body === "") return { text: stripTagsText(text), ...metadata };
  return { text: readabilityText(document) || body, ...metadata };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** `<` that starts no tag becomes `&lt;`: the parser would make each one a text node of its own. */
function escapeStrayLessThan(html: string): string {
  return html.replace(/<(?![A-Za-z/!?])/g, "&lt;");
}

/** Readability's main content as block text; "" when it finds nothing or gives up. */
function readabilityText(document: DomDocument): string {
  try {
    const reader = new Readability<DomNode>(document, {
      charThreshold: CHAR_THRESHOLD,
      serializer: (node: DomNode) => node,
    });
    const content = reader.parse()?.content;
    return content ? toBlockText(content) : "";
  } catch {
    return "";
  }
}

/** Deeply nested markup: no DOM at all. Metadata comes from the <head> alone, when it is shallow. */
function fromTagStripping(html: string): ArticleText {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt > 0 ? html.slice(0, bodyAt) : "";
  const metadata =
    head !== "" && measureTagDepth(head) <= MAX_DOM_DEPTH
      ? readMetadata(parseDocument(toParseableHtml(head)))
      : { title: null, published: null };
  return { text: stripTagsText(html), ...metadata };
}

/** Tags stripped, furniture dropped; if that leaves nothing (furniture never closed), only code is dropped. */
function stripTagsText(html: string): string {
  return tidyText(decodeEntities(stripTags(html))) || tidyText(decodeEntities(stripTags(html, CODE_ELEMENTS)));
}
