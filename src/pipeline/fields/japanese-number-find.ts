/** @module Text → numerals with their spans, in one linear pass over a half-width copy of the text. */
import { guidedMatches } from "./first-units.js";
import { LEXICAL_NUMERAL_WORDS, SINGLE_KANJI_FOLLOWERS, VAGUE_MARKERS } from "./japanese-number-lexicon.js";
import { BIG_UNITS, KANJI_DIGITS, parseHalfWidthNumber, SMALL_UNITS } from "./japanese-number-parse.js";
import { isAsciiDigit, toHalfWidth } from "./japanese-number-width.js";

/** How a numeral is written: digits only, 漢数字 only, or both (12万, 2万9千). */
export type NumeralKind = "arabic" | "kanji" | "mixed";

/** A numeral found in text; `start`/`end` are UTF-16 offsets into the original string. */
export type Numeral = {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly text: string;
  readonly kind: NumeralKind;
  /** Set when 第 comes right before (第1報, 第三者): an ordinal, not an amount. */
  readonly ordinal?: true;
};

const LEXICAL_PATTERN = new RegExp([...LEXICAL_NUMERAL_WORDS].sort((a, b) => b.length - a.length).join("|"), "g");

/**
 * Every numeral in the text, in order and non-overlapping. Kanji numerals inside lexical words (一部, 統一, 十分,
 * 千葉… see LEXICAL_NUMERAL_WORDS) are skipped, a lone kanji digit needs a counter after it (一人, 三件), numerals
 * next to 数/何/幾 are vague and skipped, and 第 marks an ordinal. A run that does not parse as a whole (2.3.1,
 * 1,2,3) is split at its commas/periods.
 * @example findNumerals("約2万9千件") // [{ start: 1, end: 5, value: 29000, text: "2万9千", kind: "mixed" }]
 */
export function findNumerals(text: string): Numeral[] {
  return findNumeralsIn(text, toHalfWidth(text));
}

/**
 * findNumerals over `text` whose half-width copy `norm` (toHalfWidth) the caller already made. With `wantsEnd`, a run
 * of numeral characters is read only when `wantsEnd(norm, runEnd)` holds: only a numeral ending there can be followed by
 * anything but `,`/`.` (the others end at a separator inside the run).
 */
export function findNumeralsIn(
  text: string,
  norm: string,
  wantsEnd?: (norm: string, end: number) => boolean,
): Numeral[] {
  // Lexical words only block kanji numerals, and are looked for once a run that is read holds one (see rawRunEnd).
  let blocked: Uint8Array | undefined;
  const found: Numeral[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    if (!isNumeralCode(norm.charCodeAt(i))) {
      i++;
      continue;
    }
    const rawEnd = rawRunEnd(norm, i);
    if (wantsEnd !== undefined && !wantsEnd(norm, rawEnd)) {
      i = rawEnd;
      continue;
    }
    if (!hasKanjiNumeral(norm, i, rawEnd)) {
      readRun(text, norm, i, rawEnd, found);
      i = rawEnd;
      continue;
    }
    blocked ??= blockLexicalWords(norm);
    // The run again with lexical words cut out: each piece is read as a run of its own.
    const stop = rawEnd;
    while (i < stop) {
      if (!isRunChar(norm, i, blocked)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < stop && (isRunChar(norm, end, blocked) || isInnerSeparator(norm, end))) end++;
      if (wantsEnd === undefined || wantsEnd(norm, end)) readRun(text, norm, i, end, found);
      i = end;
    }
  }
  return found;
}

/**
 * The end of the run of numeral characters (and separators inside it) from `i`, lexical words not cut out. A lexical
 * word only splits such a run into shorter ones, each ending at a blocked kanji numeral or at the run's end; no
 * counter starts with a numeral of a lexical word (万円 is the only counter starting with a numeral, and no lexical
 * word has 円 after its 万), so only a run whose own end takes a counter can hold a count.
 */
function rawRunEnd(norm: string, i: number): number {
  let end = i;
  while (end < norm.length && (isNumeralCode(norm.charCodeAt(end)) || isInnerSeparator(norm, end))) end++;
  return end;
}

/** Does norm[start, end) hold a kanji numeral (which a lexical word may block)? */
function hasKanjiNumeral(norm: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (NUMERAL_UNITS[norm.charCodeAt(k)] === 1) return true;
  return false;
}

function isNumeralCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || NUMERAL_UNITS[c] === 1;
}

/** The code units of VAGUE_MARKERS (数何幾), tested on each side of every numeral read. */
const VAGUE_CODES: ReadonlySet<number> = new Set([...VAGUE_MARKERS].map((c) => c.charCodeAt(0)));

/** LEXICAL_PATTERN's matches, tried only where a lexical word can start (most of a text is no numeral). */
const lexicalMatches = guidedMatches(LEXICAL_PATTERN);

/** Marks the characters of lexical words found in the text (one regex pass). */
function blockLexicalWords(norm: string): Uint8Array {
  // One scratch buffer, cleared for each text: a fresh typed array per text costs more than the scan (see toHalfWidth).
  if (blockBuffer.length < norm.length) blockBuffer = new Uint8Array(Math.max(norm.length, 2 * blockBuffer.length));
  const blocked = blockBuffer;
  blocked.fill(0, 0, norm.length);
  for (const match of lexicalMatches(norm)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isLexicalAt(norm, match[0], start, end)) continue;
    blocked.fill(1, start, end);
  }
  return blocked;
}

let blockBuffer = new Uint8Array(1024);

/** A word starting (ending) with a numeral is lexical only when no numeral glues onto it from outside. */
function isLexicalAt(norm: string, word: string, start: number, end: number): boolean {
  const first = word.charAt(0);
  const last = word.charAt(word.length - 1);
  const before = norm.charAt(start - 1);
  if (isKanjiNumeral(first) && (isKanjiNumeral(before) || (isAsciiDigit(before) && isUnit(first)))) return false;
  if (isKanjiNumeral(last) && isKanjiNumeral(norm.charAt(end))) return false;
  return true;
}

/**
 * Appends the numerals of the run norm[from, end) to `found`: the whole run, or when it does not parse as a whole,
 * each part between its commas/periods. Spans are passed as offsets, not objects: this runs for every numeral.
 */
function readRun(text: string, norm: string, from: number, end: number, found: Numeral[]): void {
  let start = from;
  while (start < end && isBigUnit(norm.charAt(start))) start++;
  if (start === end) return;
  const whole = readNumeral(text, norm, start, end);
  if (whole !== "unparsed") {
    if (whole !== null) found.push(whole);
    return;
  }
  let part = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isSeparatorCode(norm.charCodeAt(i))) continue;
    const numeral = i > part ? readNumeral(text, norm, part, i) : null;
    if (numeral !== "unparsed" && numeral !== null) found.push(numeral);
    part = i + 1;
  }
}

/** The numeral in a span; null when it parses but is not a number here (vague, lone digit), "unparsed" otherwise. */
function readNumeral(text: string, norm: string, start: number, end: number): Numeral | null | "unparsed" {
  const value = parseHalfWidthNumber(norm.slice(start, end));
  if (value === null) return "unparsed";
  const before = norm.charAt(start - 1);
  if (VAGUE_CODES.has(norm.charCodeAt(start - 1)) || VAGUE_CODES.has(norm.charCodeAt(end))) return null;
  const ordinal = before === "第";
  const lone = end - start === 1 && isKanjiNumeral(norm.charAt(start));
  if (lone && !ordinal && !SINGLE_KANJI_FOLLOWERS.some((w) => norm.startsWith(w, end))) return null;
  const numeral: Numeral = { start, end, value, text: text.slice(start, end), kind: kindOf(norm, start, end) };
  return ordinal ? { ...numeral, ordinal: true } : numeral;
}

function isSeparatorCode(c: number): boolean {
  return c === 0x2c || c === 0x2e;
}

function kindOf(norm: string, start: number, end: number): NumeralKind {
  let arabic = false;
  let kanji = false;
  // Code units, not one-character strings: this runs for every numeral read.
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (isDigitCode(c)) arabic = true;
    else if (NUMERAL_UNITS[c] === 1) kanji = true;
  }
  if (arabic && kanji) return "mixed";
  return kanji ? "kanji" : "arabic";
}

function isRunChar(norm: string, i: number, blocked: Uint8Array): boolean {
  return blocked[i] !== 1 && isNumeralCode(norm.charCodeAt(i));
}

/** `,` or `.` between two ASCII digits (37,247 / 3.7万). */
function isInnerSeparator(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  return isSeparatorCode(c) && isDigitCode(norm.charCodeAt(i - 1)) && isDigitCode(norm.charCodeAt(i + 1));
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Kanji numeral characters by code unit: digit 〇零一…九, unit 十百千, big unit 万億兆. */
const KANJI_NUMERAL_CLASS: ReadonlyMap<number, "digit" | "unit" | "big"> = new Map([
  ...Object.keys(KANJI_DIGITS).map((c) => [c.charCodeAt(0), "digit"] as const),
  ...Object.keys(SMALL_UNITS).map((c) => [c.charCodeAt(0), "unit"] as const),
  ...Object.keys(BIG_UNITS).map((c) => [c.charCodeAt(0), "big"] as const),
]);

/** 1 at the code unit of every kanji numeral character, for the scan loop. */
const NUMERAL_UNITS = new Uint8Array(0x10000);
for (const code of KANJI_NUMERAL_CLASS.keys()) NUMERAL_UNITS[code] = 1;

function isKanjiNumeral(c: string): boolean {
  return c !== "" && KANJI_NUMERAL_CLASS.has(c.charCodeAt(0));
}

function isUnit(c: string): boolean {
  const cls = c === "" ? undefined : KANJI_NUMERAL_CLASS.get(c.charCodeAt(0));
  return cls === "unit" || cls === "big";
}

function isBigUnit(c: string): boolean {
  return c !== "" && KANJI_NUMERAL_CLASS.get(c.charCodeAt(0)) === "big";
}
