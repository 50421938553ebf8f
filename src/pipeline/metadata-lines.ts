/** @module Text file → its leading `# source:` / `# published:` lines and the text after them. */
import { toIsoDate } from "./main-text/metadata.js";

export type MetadataLines = {
  readonly source: string | null;
  /** YYYY-MM-DD; null when absent, `unknown` or not a date. */
  readonly published: string | null;
  /** The text after the metadata lines and the blank line that follows them. */
  readonly body: string;
};

/** `# key: value` with an ASCII key; `# 見出し` (a Markdown heading) is not metadata. */
const METADATA_LINE = /^#[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Splits off the metadata lines at the top of a text file, and one blank line after them.
 * @example parseMetadataLines("# source: https://example.jp/a\n# published: 2024-03-08\n\n本文") // { source: "https://example.jp/a", published: "2024-03-08", body: "本文" }
 */
export function parseMetadataLines(text: string): MetadataLines {
  const fields = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    const m = METADATA_LINE.exec(text.slice(at, end).trimEnd());
    if (m === null) break;
    const key = m[1]!.toLowerCase();
    if (!fields.has(key)) fields.set(key, m[2]!.trim());
    at = newline < 0 ? text.length : newline + 1;
  }
  if (at > 0) at = skipBlankLine(text, at);
  return {
    source: toSource(fields.get("source")),
    published: toPublished(fields.get("published")),
    body: text.slice(at),
  };
}

function skipBlankLine(text: string, at: number): number {
  const m = /^[ \t\u3000]*(?:\n|$)/.exec(text.slice(at, at + 256));
  return m === null ? at : at + m[0].length;
}

function toSource(value: string | undefined): string | null {
  return value === undefined || value === "" || value.toLowerCase() === "unknown" ? null : value;
}

function toPublished(value: string | undefined): string | null {
  return value === undefined ? null : toIsoDate(value);
}
