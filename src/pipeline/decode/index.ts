/** @module RawDocument bytes → text: charset detection (BOM, transport, markup, escapes, validity, scoring). */
import type { RawDocument } from "../../domain/article.js";
import { fail, type Issue, ok, type Result } from "../../domain/issue.js";
import { findBinarySign } from "./binary.js";
import { findFirstInvalidOffset } from "./first-invalid.js";
import { scoreJapanese } from "./score-japanese.js";
import { isIso2022Jp, isMarkupStart, sniffBom, sniffMarkupCharset } from "./sniff.js";

export type DecodedText = {
  /** The decoded text with CRLF and CR turned into LF; no other normalization. */
  readonly text: string;
  /** WHATWG name of the charset used: utf-8, shift_jis, euc-jp, iso-2022-jp, utf-16le, … */
  readonly charset: string;
};

/** Legacy names TextDecoder does not know, mapped to the WHATWG name that decodes them. */
const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  cp932: "shift_jis",
  "x-cp932": "shift_jis",
  sjis_open: "shift_jis",
  eucjp: "euc-jp",
  "euc-jp-ms": "euc-jp",
  "x-euc-jp-ms": "euc-jp",
  cp51932: "euc-jp",
  utf8: "utf-8",
};

/** A mostly-UTF-8 text with at most this share of bad characters is reported as broken UTF-8, not re-guessed. */
const UTF8_ERROR_SHARE = 0.01;

/**
 * Decodes bytes to text. Order: byte-order mark; transport charset; `<meta charset>` or XML declaration (markup
 * only); ISO-2022-JP escapes; valid UTF-8; the better-scoring of Shift_JIS (as CP932) and EUC-JP.
 */
export function decodeBytes(raw: RawDocument): Result<DecodedText> {
  const bytes = raw.bytes;
  const bom = sniffBom(bytes);
  if (bom !== null) return decodeWith(bytes, bom.charset, "byte-order mark");
  const binary = findBinarySign(bytes);
  if (binary !== null) return fail(binary);
  for (const label of declaredCharsets(raw)) {
    const text = tryDecode(bytes, label);
    if (text !== null) return ok(text);
  }
  if (isIso2022Jp(bytes)) {
    const text = tryDecode(bytes, "iso-2022-jp");
    if (text !== null) return ok(text);
  }
  return detectCharset(bytes);
}

/** Charsets the transport and (for markup) the document itself declare, in that order. */
function declaredCharsets(raw: RawDocument): readonly string[] {
  const labels: string[] = [];
  if (raw.declaredCharset !== undefined) labels.push(raw.declaredCharset);
  if (isMarkup(raw)) {
    const inDocument = sniffMarkupCharset(raw.bytes);
    // HTML: a UTF-16 label without a BOM means UTF-8 (WHATWG encoding sniffing).
    if (inDocument !== null) labels.push(/^utf-?16/i.test(inDocument) ? "utf-8" : inDocument);
  }
  return labels;
}

function isMarkup(raw: RawDocument): boolean {
  const type = raw.contentType?.toLowerCase() ?? "";
  return type.includes("html") || type.includes("xml") || isMarkupStart(raw.bytes);
}

/** No usable declaration: UTF-8 if valid, else the likelier of Shift_JIS and EUC-JP, else an error. */
function detectCharset(bytes: Uint8Array): Result<DecodedText> {
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return ok(utf8);
  const lossyUtf8 = new TextDecoder("utf-8").decode(bytes);
  const candidates = ["shift_jis", "euc-jp"]
    .map((charset) => tryDecode(bytes, charset))
    .filter((decoded): decoded is DecodedText => decoded !== null)
    .map((decoded) => ({ decoded, score: scoreJapanese(decoded.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best !== undefined && best.score > 0 && !isBrokenUtf8(lossyUtf8, best.score)) return ok(best.decoded);
  return fail(undecodable(bytes));
}

/** True when the lossy UTF-8 reading has few errors and reads more like Japanese than the best legacy reading. */
function isBrokenUtf8(lossy: string, legacyScore: number): boolean {
  let bad = 0;
  for (const ch of lossy) if (ch === "\uFFFD") bad++;
  return (
    bad <= Math.max(1, lossy.length * UTF8_ERROR_SHARE) && scoreJapanese(lossy.replaceAll("\uFFFD", "")) > legacyScore
  );
}

function decodeWith(bytes: Uint8Array, charset: string, why: string): Result<DecodedText> {
  const text = tryDecode(bytes, charset);
  if (text !== null) return ok(text);
  const offset = findFirstInvalidOffset(bytes, charset) ?? 0;
  return fail({
    code: "undecodable",
    message: `invalid ${charset} (declared by the ${why}) at byte offset ${offset}`,
    range: [offset, offset + 1],
  });
}

function undecodable(bytes: Uint8Array): Issue {
  const offset = findFirstInvalidOffset(bytes, "utf-8") ?? 0;
  return {
    code: "undecodable",
    message: `not valid UTF-8 (first bad byte sequence at byte offset ${offset}), nor Shift_JIS, EUC-JP or ISO-2022-JP`,
    range: [offset, offset + 1],
  };
}

/** Decodes strictly; null when the label is unknown or the bytes are invalid in it. */
function tryDecode(bytes: Uint8Array, label: string): DecodedText | null {
  const name = CHARSET_ALIASES[label.trim().toLowerCase()] ?? label.trim();
  try {
    const decoder = new TextDecoder(name, { fatal: true });
    return { text: toLf(decoder.decode(bytes)), charset: decoder.encoding };
  } catch {
    return null;
  }
}

/** CRLF and lone CR → LF. */
export function toLf(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
