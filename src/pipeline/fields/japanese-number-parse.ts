/** @module Whole numeral strings ↔ numbers: arabic, comma-grouped, full-width, 万/億/兆 sections, 漢数字. */
import { toHalfWidth } from "./japanese-number-width.js";

/** 漢数字 digits (〇 and 零 are both zero). */
export const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Small units inside a 4-digit section: 十 10, 百 100, 千 1000 (value = power of ten). */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };
/** Big units between sections: 万 10^4, 億 10^8, 兆 10^12. */
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 億: 8, 兆: 12 };

/** The longest numeral we try to read; the longest safe integer in any style is about 25 characters. */
const MAX_NUMERAL_LENGTH = 64;

type Token =
  | { readonly kind: "arabic"; readonly digits: string; readonly fraction: string | null }
  | { readonly kind: "digit"; readonly value: number }
  | { readonly kind: "small"; readonly exponent: number }
  | { readonly kind: "big"; readonly exponent: number };

/** Arabic literal: either well-formed thousands groups or a plain digit run, then an optional decimal part. */
const ARABIC = /(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,]))(?:\.(\d+))?/y;

/**
 * The value of a whole numeral string, or null when it is not one (vague 数十, stray characters, bad comma groups,
 * unsafe integers). Integral inputs give exact safe integers; a decimal needs a following 万/億/兆 unless it is the
 * whole string.
 * @example parseJapaneseNumber("1億7800万") // 178000000
 * @example parseJapaneseNumber("３．７万") // 37000
 * @example parseJapaneseNumber("千二百三十四") // 1234
 */
export function parseJapaneseNumber(s: string): number | null {
  return parseHalfWidthNumber(toHalfWidth(s));
}

/** parseJapaneseNumber for text already passed through toHalfWidth (findNumerals normalizes once). */
export function parseHalfWidthNumber(s: string): number | null {
  if (s.length === 0 || s.length > MAX_NUMERAL_LENGTH) return null;
  const arabic = parseArabicSections(s);
  if (arabic !== undefined) return arabic;
  const tokens = tokenize(s);
  if (tokens === null) return null;
  return evaluateDecimal(tokens) ?? toSafeNumber(evaluateInteger(tokens));
}

/**
 * The common shapes (4322, 9,443, 640万, 9万5389, 1億7800万) read without tokens or BigInts: digit runs, comma-grouped
 * or not, between 万/億/兆. The value is the one tokenize + evaluateInteger give. Undefined when the string has
 * another character (a decimal point, a kanji digit or unit) or a digit run longer than 15 (not always a safe integer).
 */
function parseArabicSections(s: string): number | null | undefined {
  let total = 0;
  let lastBig = Number.POSITIVE_INFINITY;
  let section: number | null = null;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      const literal = readArabicLiteral(s, i);
      if (literal === undefined) return undefined;
      if (literal === null) return null;
      section = literal.value;
      i = literal.end;
      continue;
    }
    const exponent = BIG_UNIT_EXPONENTS.get(c);
    if (exponent === undefined) return undefined;
    // As evaluateInteger: units strictly falling, each after a section, only the leading section past 9999.
    if (exponent >= lastBig || section === null) return null;
    if (lastBig !== Number.POSITIVE_INFINITY && section >= 10_000) return null;
    total += section * 10 ** exponent;
    lastBig = exponent;
    section = null;
    i++;
  }
  if (section === null) return lastBig === Number.POSITIVE_INFINITY ? null : safeOrNull(total);
  if (lastBig !== Number.POSITIVE_INFINITY && section >= 10_000) return null;
  return safeOrNull(total + section);
}

/**
 * The digit run at `i` as ARABIC reads it, without a decimal part: a plain run not followed by a comma, or 1-3
 * digits and groups of exactly three. Null when ARABIC does not match there (the whole string then parses as null);
 * undefined for a decimal point or a run too long to be read exactly as a Number.
 */
function readArabicLiteral(s: string, i: number): { readonly value: number; readonly end: number } | null | undefined {
  // The value is summed digit by digit (no substring, no Number()): exact up to 15 digits, the most read here.
  let end = i;
  let value = 0;
  for (let c = codeAt(s, end); isDigitCode(c); c = codeAt(s, ++end)) value = value * 10 + (c - 0x30);
  let length = end - i;
  if (codeAt(s, end) === COMMA) {
    if (end - i > 3) return null;
    while (codeAt(s, end) === COMMA) {
      if (!isThousandsGroup(s, end)) return null;
      for (let k = end + 1; k < end + 4; k++) value = value * 10 + (s.charCodeAt(k) - 0x30);
      length += 3;
      end += 4;
    }
  }
  if (codeAt(s, end) === POINT || length > 15) return undefined;
  return { value, end };
}

/** `,` and exactly three digits at `at`. */
function isThousandsGroup(s: string, at: number): boolean {
  let k = at + 1;
  while (isDigitCode(codeAt(s, k))) k++;
  return k === at + 4;
}

/** The code unit at `i`, or -1 past the end (reading past it would make the optimized code bail out). */
function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

const COMMA = 0x2c;
const POINT = 0x2e;
const BIG_UNIT_EXPONENTS: ReadonlyMap<number, number> = new Map(
  Object.entries(BIG_UNITS).map(([c, exponent]) => [c.charCodeAt(0), exponent]),
);

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Numbers above MAX_SAFE_INTEGER are not read (toSafeNumber). */
function safeOrNull(n: number): number | null {
  return n > Number.MAX_SAFE_INTEGER ? null : n;
}

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    ARABIC.lastIndex = i;
    const m = ARABIC.exec(s);
    if (m !== null) {
      tokens.push({ kind: "arabic", digits: (m[1] ?? "").replaceAll(",", ""), fraction: m[2] ?? null });
      i = ARABIC.lastIndex;
      continue;
    }
    const token = kanjiToken(c);
    if (token === null) return null;
    tokens.push(token);
    i++;
  }
  return tokens;
}

function kanjiToken(c: string): Token | null {
  const digit = KANJI_DIGITS[c];
  if (digit !== undefined) return { kind: "digit", value: digit };
  const small = SMALL_UNITS[c];
  if (small !== undefined) return { kind: "small", exponent: small };
  const big = BIG_UNITS[c];
  if (big !== undefined) return { kind: "big", exponent: big };
  return null;
}

/** `3.7`, `3.7万`, `1.5億`: the only shapes where a decimal part is allowed. Null means "not a decimal shape". */
function evaluateDecimal(tokens: readonly Token[]): number | null {
  const [first, second] = tokens;
  if (first?.kind !== "arabic" || first.fraction === null) return null;
  if (tokens.length === 1) return Number(`${first.digits}.${first.fraction}`);
  if (tokens.length !== 2 || second?.kind !== "big") return null;
  const scaled = BigInt(first.digits + first.fraction) * 10n ** BigInt(second.exponent);
  const divisor = 10n ** BigInt(first.fraction.length);
  if (scaled % divisor === 0n) return toSafeNumber(scaled / divisor);
  return Number(scaled) / Number(divisor);
}

/** Sums 万/億/兆 sections in strictly falling order; only the leading section may reach 10^4. */
function evaluateInteger(tokens: readonly Token[]): bigint | null {
  if (tokens.some((t) => t.kind === "arabic" && t.fraction !== null)) return null;
  let total = 0n;
  let lastBig = Number.POSITIVE_INFINITY;
  let section: Token[] = [];
  for (const token of tokens) {
    if (token.kind !== "big") {
      section.push(token);
      continue;
    }
    if (token.exponent >= lastBig) return null;
    const value = sectionValue(section, lastBig === Number.POSITIVE_INFINITY);
    if (value === null) return null;
    total += value * 10n ** BigInt(token.exponent);
    lastBig = token.exponent;
    section = [];
  }
  if (section.length === 0) return lastBig === Number.POSITIVE_INFINITY ? null : total;
  const rest = sectionValue(section, lastBig === Number.POSITIVE_INFINITY);
  return rest === null ? null : total + rest;
}

function sectionValue(section: readonly Token[], leading: boolean): bigint | null {
  const value = rawSectionValue(section);
  if (value === null || (!leading && value >= 10_000n)) return null;
  return value;
}

function rawSectionValue(section: readonly Token[]): bigint | null {
  const [first] = section;
  if (first === undefined) return null;
  if (section.length === 1 && first.kind === "arabic") return BigInt(first.digits);
  if (section.every((t) => t.kind === "digit")) return BigInt(section.map((t) => t.value).join(""));
  return positionalValue(section);
}

/** 千二百三十四, 2千, 三千六百: (multiplier? unit)* ones?, units strictly falling; multipliers are 1-9. */
function positionalValue(section: readonly Token[]): bigint | null {
  let value = 0n;
  let lastExponent = 4;
  let i = 0;
  while (i < section.length) {
    const token = section[i];
    const next = section[i + 1];
    if (token === undefined) return null;
    if (token.kind === "small") {
      if (token.exponent >= lastExponent) return null;
      value += 10n ** BigInt(token.exponent);
      lastExponent = token.exponent;
      i += 1;
      continue;
    }
    const digit = singleDigit(token);
    if (digit === null || digit === 0) return null;
    if (next === undefined) return lastExponent === 4 ? null : value + BigInt(digit);
    if (next.kind !== "small" || next.exponent >= lastExponent) return null;
    value += BigInt(digit) * 10n ** BigInt(next.exponent);
    lastExponent = next.exponent;
    i += 2;
  }
  return value;
}

function singleDigit(token: Token): number | null {
  if (token.kind === "digit") return token.value;
  if (token.kind === "arabic" && token.digits.length === 1) return Number(token.digits);
  return null;
}

function toSafeNumber(value: bigint | null): number | null {
  if (value === null || value > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(value);
}

/** Output styles: `arabic` 164650, `comma` 164,650, `fullwidth` １６４，６５０, `man` 16万4650, `kanji` 十六万四千六百五十. */
export type NumberStyle = "arabic" | "comma" | "fullwidth" | "man" | "kanji";

const KANJI_BY_DIGIT = "〇一二三四五六七八九";
const BIG_UNIT_NAMES = ["", "万", "億", "兆"] as const;
const SMALL_UNIT_NAMES = ["", "十", "百", "千"] as const;

/**
 * Writes a safe non-negative integer in one style; `parseJapaneseNumber` reads every style back.
 * Throws a RangeError for negative, fractional or unsafe numbers (a caller bug).
 * @example formatJapaneseNumber(178000000, "man") // "1億7800万"
 * @example formatJapaneseNumber(12139, "kanji") // "一万二千百三十九"
 */
export function formatJapaneseNumber(n: number, style: NumberStyle): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`formatJapaneseNumber: expected a safe non-negative integer, got ${String(n)}`);
  }
  switch (style) {
    case "arabic":
      return String(n);
    case "comma":
      return groupThousands(String(n));
    case "fullwidth":
      return toFullWidth(groupThousands(String(n)));
    case "man":
      return formatSections(n, String, "0");
    case "kanji":
      return formatSections(n, kanjiSection, "〇");
    default:
      return assertNever(style);
  }
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Splits into 4-digit sections from the right and writes each non-zero one with its 万/億/兆 unit. */
function formatSections(n: number, writeSection: (section: number) => string, zero: string): string {
  if (n === 0) return zero;
  const digits = String(n);
  let out = "";
  for (let unit = BIG_UNIT_NAMES.length - 1; unit >= 0; unit--) {
    const end = digits.length - unit * 4;
    if (end <= 0) continue;
    const section = Number(digits.slice(Math.max(0, end - 4), end));
    if (section > 0) out += writeSection(section) + BIG_UNIT_NAMES[unit];
  }
  return out;
}

/** 2139 → 二千百三十九 (no 一 before 十百千; a bare 1 stays 一). */
function kanjiSection(section: number): string {
  let out = "";
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(section / 10 ** place) % 10;
    if (digit === 0) continue;
    const name = SMALL_UNIT_NAMES[place] ?? "";
    out += (digit === 1 && place > 0 ? "" : KANJI_BY_DIGIT.charAt(digit)) + name;
  }
  return out;
}

function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
