/** @module Atom 1.0 (RFC 4287) as text: a small pure builder, every value escaped, characters XML 1.0 forbids removed. */

export type AtomEntry = {
  /** A permanent, unique IRI (a tag: URI). */
  readonly id: string;
  readonly title: string;
  /** Absolute URL of the entry's page. */
  readonly link: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  readonly published?: string | null;
  /** Plain text. */
  readonly summary: string;
  readonly categories?: readonly string[];
};

export type AtomFeed = {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly updated: string;
  /** Absolute URL of this feed (rel="self"). */
  readonly self: string;
  /** Absolute URL of the page the feed follows (rel="alternate"). */
  readonly alternate: string;
  readonly author: string;
  readonly lang: string;
  readonly entries: readonly AtomEntry[];
};

/**
 * Characters XML 1.0 does not allow (§2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]): other C0 controls, lone surrogates, U+FFFE and U+FFFF. DEL and the C1 controls are allowed but
 * "discouraged" (§2.2), and mean nothing in a title or summary: they go too.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text safe as XML character data or an attribute value (either quote). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

function element(name: string, text: string, attrs = ""): string {
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

function toEntryXml(e: AtomEntry): string {
  return [
    "  <entry>",
    `    ${element("id", e.id)}`,
    `    ${element("title", e.title, ' type="text"')}`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    ${element("updated", e.updated)}`,
    ...(e.published ? [`    ${element("published", e.published)}`] : []),
    ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
    `    ${element("summary", e.summary, ' type="text"')}`,
    "  </entry>",
  ].join("\n");
}

export function toAtomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle, ' type="text"')}`] : []),
    `  ${element("updated", feed.updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author>${element("name", feed.author)}</author>`,
    "  <generator>roei</generator>",
    ...feed.entries.map(toEntryXml),
    "</feed>",
    "",
  ].join("\n");
}
