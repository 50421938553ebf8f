/** @module Text → counts (numeral + counter + qualifiers), built on findNumerals. */
import type { Qualifier } from "../../domain/incident.js";
import { findNumeralsIn, type Numeral } from "./japanese-number-find.js";
import {
  COUNTERS,
  type CounterRule,
  type CountUnit,
  PREFIX_QUALIFIERS,
  type QualifierRule,
  SUFFIX_QUALIFIERS,
  TOTAL_PREFIXES,
  YAKU_WORD_HEADS,
} from "./japanese-number-lexicon.js";
import { isIdeograph, toHalfWidth } from "./japanese-number-width.js";

/** A count of people, records or something else (件数・人数), with its qualifier. Offsets are UTF-16 into the text. */
export type Count = {
  /** Start of the qualifier / total prefix (約, 合計) if any, else of the numeral. */
  readonly start: number;
  /** End of the trailing qualifier (以上, 程度) if any, else of the counter. */
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly unit: CountUnit;
  /** The counter as written (人, 名分, 件, 円…); a trailing 超 is a qualifier, not part of it. */
  readonly counter: string;
  readonly qualifier: Qualifier;
  /** The words that decided the qualifier (約, 最大, 以上…); absent when exact. */
  readonly qualifierText?: string;
};

/** max > cumulative > at_least > approx > exact: a stated ceiling or total beats a hedge on the same number. */
const QUALIFIER_RANK: Readonly<Record<Qualifier, number>> = {
  exact: 0,
  approx: 1,
  at_least: 2,
  cumulative: 3,
  max: 4,
};

type Found = { readonly start: number; readonly end: number; readonly rule: QualifierRule };

/**
 * Every count in the text: an integral, non-ordinal numeral followed (after optional spaces) by a counter.
 * Qualifiers combine by precedence max > cumulative > at_least > approx (最大約12万人 → max, 少なくとも500件以上 →
 * at_least, 延べ約1万2千人分 → cumulative); 合計/総計/計 widen the span only, 累計 means cumulative.
 * @example findCounts("約2万9千件") // [{ value: 29000, unit: "records", counter: "件", qualifier: "approx", … }]
 */
export function findCounts(text: string): Count[] {
  const norm = toHalfWidth(text);
  const counts: Count[] = [];
  // A count needs a counter right after its numeral: runs with none after them are not parsed.
  for (const numeral of findNumeralsIn(text, norm, counterFollows)) {
    const count = readCount(text, norm, numeral);
    if (count !== null) counts.push(count);
  }
  return counts;
}

function readCount(text: string, norm: string, numeral: Numeral): Count | null {
  if (numeral.ordinal === true || !Number.isInteger(numeral.value)) return null;
  if (numeral.start > 0 && isAsciiLetter(norm.charCodeAt(numeral.start - 1))) return null;
  const counterStart = skipSpaces(norm, numeral.end);
  const counter = matchCounter(norm, counterStart);
  if (counter === null) return null;
  const counterEnd = counterStart + counter.text.length;
  const suffix = matchSuffix(norm, counterEnd);
  const prefix = matchPrefix(norm, numeral.start);
  const total = matchTotal(norm, prefix?.start ?? numeral.start);
  const start = total?.start ?? prefix?.start ?? numeral.start;
  const end = suffix?.end ?? counterEnd;
  // 少なくとも患者38人分: the qualifier before the word for whom the figure counts; the count's span stays its own.
  const far = total === null ? matchPrefixOverNoun(norm, start) : null;
  const decided = strongest([prefix, total, suffix, far]);
  const counterText = text.slice(counterStart, counterEnd);
  if (decided === null) {
    return {
      start,
      end,
      text: text.slice(start, end),
      value: numeral.value,
      unit: counter.unit,
      counter: counterText,
      qualifier: "exact",
    };
  }
  return {
    start,
    end,
    text: text.slice(start, end),
    value: numeral.value,
    unit: counter.unit,
    counter: counterText,
    qualifier: decided.rule.qualifier,
    qualifierText: text.slice(decided.start, decided.end),
  };
}

/** COUNTERS by the code unit they start with, each list in COUNTERS order (longest first). */
const COUNTERS_BY_FIRST = new Map<number, CounterRule[]>();
for (const rule of COUNTERS) {
  const first = rule.text.charCodeAt(0);
  COUNTERS_BY_FIRST.set(first, [...(COUNTERS_BY_FIRST.get(first) ?? []), rule]);
}

function counterFollows(norm: string, end: number): boolean {
  return matchCounter(norm, skipSpaces(norm, end)) !== null;
}

/** The index of the first character from `at` that is not a space or tab. */
function skipSpaces(norm: string, at: number): number {
  let i = at;
  while (isSpaceCode(norm.charCodeAt(i))) i++;
  return i;
}

/** A space or a tab: what may stand between a qualifier, the numeral and its counter. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function matchCounter(norm: string, at: number): CounterRule | null {
  const rules = COUNTERS_BY_FIRST.get(norm.charCodeAt(at));
  if (rules === undefined) return null;
  for (const rule of rules) {
    if (!norm.startsWith(rule.text, at)) continue;
    const next = norm.charAt(at + rule.text.length);
    if (next !== "" && rule.notBefore?.includes(next) === true) return null;
    return rule;
  }
  return null;
}

/** 以上, 程度, 超…; a one-kanji qualifier glued to another kanji starts a word instead (強制, 超過, 弱者). */
function matchSuffix(norm: string, at: number): Found | null {
  if (at >= norm.length || !SUFFIX_FIRST.has(norm.charCodeAt(at))) return null;
  const rule = SUFFIX_QUALIFIERS.find((r) => norm.startsWith(r.text, at));
  if (rule === undefined) return null;
  const end = at + rule.text.length;
  if (rule.text.length === 1 && isIdeograph(rule.text) && isIdeograph(norm.charAt(end))) return null;
  return { start: at, end, rule };
}

/** The qualifier ending right before the numeral (spaces allowed between), unless it is the tail of a word (契約). */
function matchPrefix(norm: string, numeralStart: number): Found | null {
  let end = numeralStart;
  while (end > 0 && isSpaceCode(norm.charCodeAt(end - 1))) end--;
  if (end === 0 || !PREFIX_LAST.has(norm.charCodeAt(end - 1))) return null;
  const rule = PREFIX_QUALIFIERS.find((r) => endsAt(norm, r.text, end));
  if (rule === undefined) return null;
  const start = end - rule.text.length;
  const before = norm.charAt(start - 1);
  if (rule.text.startsWith("約") && before !== "" && YAKU_WORD_HEADS.includes(before)) return null;
  if (rule.text === "延" && isIdeograph(before)) return null;
  return { start, end, rule };
}

/**
 * 少なくとも患者38人分, 最大で顧客1万2千人: a ceiling or floor said before the noun for the people or records counted
 * (only these words: a bare 約 before a noun is another word's part, 契約者, 予約者).
 */
function matchPrefixOverNoun(norm: string, at: number): Found | null {
  if (at < 4 || !COUNTED_NOUN_LAST.has(norm.charCodeAt(at - 1))) return null;
  const from = Math.max(0, at - 12);
  const m = QUALIFIER_OVER_NOUN.exec(norm.slice(from, at));
  if (m === null) return null;
  const rule = PREFIX_QUALIFIERS.find((r) => r.text === m[1]);
  return rule === undefined ? null : { start: from + m.index, end: from + m.index + m[1]!.length, rule };
}

const QUALIFIER_OVER_NOUN =
  /(少なくとも|最低でも|最大で|最大)(?:患者|顧客|会員|利用者|住民|市民|町民|村民|区民|県民|生徒|児童|学生|職員|従業員|社員|組合員|受講者|参加者|応募者|申込者|受験者|受験生|契約者|加入者|被保険者|ユーザー|お客様|お客さま|取引先)$/u;
const COUNTED_NOUN_LAST: ReadonlySet<number> = new Set([..."者客員民徒童生様ま先ー"].map((c) => c.charCodeAt(0)));

/** 合計/総計/累計/計 right before the qualifier or numeral; bare 計 only when no kanji glues onto it (会計, 統計). */
function matchTotal(norm: string, at: number): Found | null {
  if (at === 0 || !TOTAL_LAST.has(norm.charCodeAt(at - 1))) return null;
  const rule = TOTAL_PREFIXES.find((r) => endsAt(norm, r.text, at));
  if (rule === undefined) return null;
  const start = at - rule.text.length;
  if (rule.text.startsWith("計") && isIdeograph(norm.charAt(start - 1))) return null;
  return { start, end: at, rule };
}

/** The highest-ranked qualifier; ties go to the earlier one (prefix before total before suffix). */
function strongest(found: readonly (Found | null)[]): Found | null {
  let best: Found | null = null;
  for (const f of found) {
    if (f === null || f.rule.qualifier === "exact") continue;
    if (best === null || QUALIFIER_RANK[f.rule.qualifier] > QUALIFIER_RANK[best.rule.qualifier]) best = f;
  }
  return best;
}

/** The code units qualifier words start (SUFFIX_FIRST) or end with: a cheap test before trying each word. */
const SUFFIX_FIRST: ReadonlySet<number> = new Set(SUFFIX_QUALIFIERS.map((r) => r.text.charCodeAt(0)));
const PREFIX_LAST: ReadonlySet<number> = new Set(PREFIX_QUALIFIERS.map((r) => r.text.charCodeAt(r.text.length - 1)));
const TOTAL_LAST: ReadonlySet<number> = new Set(TOTAL_PREFIXES.map((r) => r.text.charCodeAt(r.text.length - 1)));

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function endsAt(norm: string, word: string, end: number): boolean {
  return end >= word.length && norm.startsWith(word, end - word.length);
}
