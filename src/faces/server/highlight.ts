/**
 * @module Evidence ranges in a source text: parse `?hl=START-END`, clamp it to the text, widen a span to its sentence,
 * and cut the text into before / highlighted / after without ever splitting a surrogate pair. Pure; offsets are UTF-16
 * code units of Source.text (the unit of every Span, src/domain/incident.ts).
 */

export type Range = { readonly start: number; readonly end: number };

export type HlParse =
  | { readonly ok: true; readonly range: Range | null }
  | { readonly ok: false; readonly error: string };

/** Offsets are at most 9 digits: a source text is far below a billion code units, and it keeps numbers exact. */
const HL = /^(\d{1,9})-(\d{1,9})$/;

/**
 * `?hl=` as given: absent or empty → no highlight; `START-END` (decimal) → that range, reversed ends swapped; anything
 * else is an error for a 400. Out-of-range numbers are accepted here and clamped by {@link clampRange}.
 * @example parseHl("10-4") → { ok: true, range: { start: 4, end: 10 } }
 */
export function parseHl(value: string | undefined): HlParse {
  if (value === undefined || value === "") return { ok: true, range: null };
  const m = HL.exec(value);
  if (m === null) return { ok: false, error: `hl: expected START-END with whole numbers, got "${value.slice(0, 40)}"` };
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { ok: true, range: { start: Math.min(a, b), end: Math.max(a, b) } };
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `i` falls between the two halves of a surrogate pair. */
function insidePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/**
 * The range kept inside [0, text.length], with ends moved outward off the middle of a surrogate pair (so the
 * highlighted character is whole); null when nothing is left to highlight (empty, or wholly outside the text).
 */
export function clampRange(text: string, range: Range): Range | null {
  const limit = (n: number) => Math.min(Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0)), text.length);
  let start = limit(Math.min(range.start, range.end));
  let end = limit(Math.max(range.start, range.end));
  if (end <= start) return null;
  if (insidePair(text, start)) start--;
  if (insidePair(text, end)) end++;
  return end > start ? { start, end } : null;
}

/** The text cut at a range: the parts join back to the whole text. */
export type Cut = { readonly before: string; readonly mark: string; readonly after: string };

/** Cuts `text` at `range` (clamped first); with no usable range everything is `before`. */
export function cutText(text: string, range: Range | null): Cut {
  const r = range === null ? null : clampRange(text, range);
  if (r === null) return { before: text, mark: "", after: "" };
  return { before: text.slice(0, r.start), mark: text.slice(r.start, r.end), after: text.slice(r.end) };
}

/** Ends of a Japanese or English sentence. */
const TERMINATORS = new Set(["。", "！", "？", "!", "?", "\n"]);
const CLOSERS = new Set(["」", "』", "）", ")", "”"]);

/**
 * The sentence around a span: from after the previous terminator (。！？ or a line break) to the next one, closing
 * brackets included; a span that already holds whole sentences stays as it is. Empty spans stay empty (null).
 * @example sentenceAround("A社は1日発表した。約3万件が流出した。", {start: 10, end: 14}) → the second sentence
 */
export function sentenceAround(text: string, range: Range): Range | null {
  const r = clampRange(text, range);
  if (r === null) return null;
  let start = r.start;
  while (start > 0 && !TERMINATORS.has(text[start - 1]!)) start--;
  while (start < r.start && /\s/.test(text[start]!)) start++;
  let end = r.end;
  const last = text[end - 1];
  if (last === undefined || !TERMINATORS.has(last) || last === "\n") {
    while (end < text.length && !TERMINATORS.has(text[end]!)) end++;
    if (end < text.length && text[end] !== "\n") end++;
  }
  while (end < text.length && CLOSERS.has(text[end]!)) end++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return clampRange(text, { start, end });
}
