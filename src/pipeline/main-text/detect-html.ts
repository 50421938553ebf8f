/** @module Decoded text + what is known of its source → whether it is an HTML page. */

export type HtmlHints = { readonly contentType?: string | undefined; readonly name?: string | undefined };

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const BODY_TAG = /<body[\s>]/i;

/** True for HTML: by media type, by file extension, or by the text itself (doctype, <html>, <body>). */
export function isHtmlText(text: string, hints: HtmlHints = {}): boolean {
  const type = hints.contentType?.toLowerCase() ?? "";
  if (type.includes("html")) return true;
  if (/\.x?html?$/i.test(hints.name ?? "")) return true;
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || BODY_TAG.test(text);
}
