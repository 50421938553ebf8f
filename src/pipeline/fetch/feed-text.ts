/** @module Feed text fields → plain text: tags removed, HTML entities decoded, whitespace collapsed. */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  yen: "¥",
  copy: "©",
};

/**
 * Plain text of an HTML fragment as feeds carry it in titles and descriptions; null for nothing left.
 * @example toPlainText("<p>個人情報&amp;漏洩</p>\n<br>") // "個人情報&漏洩"
 */
export function toPlainText(html: string | undefined): string | null {
  if (html === undefined) return null;
  const text = collapseSpace(decodeEntities(stripTags(html)));
  return text === "" ? null : text;
}

/** Text that is already plain (Atom `type="text"`): only whitespace collapsed. */
export function toTrimmedText(text: string | undefined): string | null {
  if (text === undefined) return null;
  const collapsed = collapseSpace(text);
  return collapsed === "" ? null : collapsed;
}

function stripTags(html: string): string {
  return html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ");
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
