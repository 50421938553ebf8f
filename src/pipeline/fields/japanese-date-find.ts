/** @module Text → date mentions (日付表現) with spans, in one linear pass over a half-width copy of the text. */

import { firstUnits } from "./first-units.js";
import { ERA_INITIALS, eraToYear, isValidMonthDay } from "./japanese-date-calendar.js";
import { KANJI_DATE_HINT, withArabicNumerals } from "./japanese-date-kanji.js";
import { isAsciiDigit, isIdeograph, toHalfWidth } from "./japanese-number-width.js";

/**
 * What a relative date is relative to.
 * Against the published date: today (本日/今日), yesterday (昨日), this_year (今年/本年), last_year (昨年/去年),
 * year_before_last (一昨年), next_year (来年), this_month (今月/本月), last_month (先月), next_month (来月).
 * Against the previous date in the text: same_day (同日/当日), next_day (翌日, 翌6日), previous_day (前日),
 * same_month (同月, 同25日), following_month (翌月), same_year (同年), following_year (翌年), previous_year (前年).
 */
export type DateRelative =
  | "today"
  | "yesterday"
  | "this_year"
  | "last_year"
  | "year_before_last"
  | "next_year"
  | "this_month"
  | "last_month"
  | "next_month"
  | "same_day"
  | "next_day"
  | "previous_day"
  | "same_month"
  | "following_month"
  | "same_year"
  | "following_year"
  | "previous_year";

/** 上旬/初旬/初め early, 中旬 mid, 下旬 late, 末 end (of the month). */
export type DatePart = "early" | "mid" | "late" | "end";

/** Where the year came from: written digits, a 元号 (era), a relative word, or nowhere. */
export type YearSource = "explicit" | "era" | "relative" | "none";

/** A date expression found in text; `start`/`end` are UTF-16 offsets into the original string. */
export type DateMention = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly yearSource: YearSource;
  readonly relative?: DateRelative;
  readonly part?: DatePart;
  /** First date of a range (9/10-9/30, 2020年から24年にかけて). */
  readonly rangeStart?: boolean;
  /** Last date of a range; it inherits missing year (and month) from the start. */
  readonly rangeEnd?: boolean;
  /** 年度: a fiscal year (April to March), year only. */
  readonly fiscal?: boolean;
  /** Time of day as written after the date (午前9時30分頃, 21時半ころ, 夜). */
  readonly time?: string;
};

type Draft = {
  year: number | null;
  month: number | null;
  day: number | null;
  yearSource: YearSource;
  relative?: DateRelative;
  part?: DatePart;
  fiscal?: boolean;
  time?: string;
  /** A 2-digit year at a range end (24年), completed from the range start. */
  shortYear?: boolean;
  invalid?: boolean;
};

/** A syntactic match: `draft` is null when it matched but is not a valid date (2月30日), so the scan skips it. */
type Hit = { readonly end: number; readonly draft: Draft | null };

const EXPLICIT_YEAR_MIN = 1868;
const EXPLICIT_YEAR_MAX = 2100;

const DATE_START_CHARS = "0123456789RHS令平昭大明一昨去今本来同前翌先当";
const THOUSANDS_GROUP = /^\d{3}(?!\d)/;

/**
 * The two-character heads a date word can start with (令和, 昨年, 同日, 同6日…): a kanji start whose next character
 * makes none of them reads as no date, so the scan skips it without trying each pattern. Keep in step with ERA_YEAR,
 * RELATIVE_YEAR, RELATIVE_MONTH, RELATIVE_NUMBERED_DAY and RELATIVE_DAY.
 */
const DATE_WORD_HEADS: ReadonlySet<number> = new Set(
  [
    ...["令和", "平成", "昭和", "大正", "明治"],
    ...["一昨", "昨年", "去年", "今年", "本年", "来年", "同年", "前年", "翌年"],
    ...["先月", "今月", "本月", "来月", "同月", "翌月"],
    ...[..."0123456789"].flatMap((d) => [`同${d}`, `翌${d}`]),
    ...["同日", "当日", "昨日", "本日", "今日", "翌日", "前日"],
  ].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)),
);
const DATE_START_UNITS: ReadonlySet<number> = new Set([...DATE_START_CHARS].map((c) => c.charCodeAt(0)));
/** Per code unit: can a date start there (NONE), and is it an ASCII digit (DIGIT) or another start (OTHER). */
const NONE = 0;
const DIGIT = 1;
const OTHER = 2;
const START_KIND = new Uint8Array(0x10000);
for (const code of DATE_START_UNITS) START_KIND[code] = code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;

/** The end of the run of ASCII digits at `i` (`i` itself when there is none). */
function digitRunEnd(norm: string, i: number): number {
  let j = i;
  for (let c = norm.charCodeAt(j); c >= 0x30 && c <= 0x39; c = norm.charCodeAt(j)) j++;
  return j;
}

/**
 * Every numeric or word date that starts with digits has at most four of them followed by / . - 年 月 or 日 (YMD,
 * YEAR_MONTH_SLASH, MONTH_DAY_SLASH, WESTERN_YEAR, MONTH, DAY): a run that is not can be skipped.
 */
function mayBeNumericDate(norm: string, start: number, end: number): boolean {
  return end - start <= 4 && DIGIT_DATE_FOLLOWERS.has(norm.charCodeAt(end));
}

const DIGIT_DATE_FOLLOWERS: ReadonlySet<number> = new Set([..."/.-年月日"].map((c) => c.charCodeAt(0)));

/** Can a date start at `i`: a digit or era initial, or a kanji that opens a date word with the next character. */
function mayStartDate(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || c === 0x52 || c === 0x48 || c === 0x53; // 0-9 R H S
  return DATE_START_UNITS.has(c) && DATE_WORD_HEADS.has(c * 0x10000 + norm.charCodeAt(i + 1));
}

/**
 * A sticky regex and the code units its matches can start with (a bit in FIRST_UNITS; 0 when any can): most positions
 * the scanner tries start no match of most patterns, and a char-code test is much cheaper than the regex.
 */
type Sticky = { readonly re: RegExp; readonly first: number };

/** For each code unit, the bits of the Sticky patterns whose matches can start with it. */
const FIRST_UNITS = new Uint32Array(0x10000);
const FIRST_BITS = new Map<string, number>();

/**
 * `re` (sticky) guarded by the code units its matches can start with, read from its source (firstUnits); tried at every
 * position when they cannot be bounded or it can match the empty string (then also at the end of the text).
 */
function sticky(re: RegExp): Sticky {
  const starts = firstUnits(re);
  if (starts === null || starts.atStart) return { re, first: 0 };
  const units: number[] = [];
  for (let c = 0; c < starts.units.length; c++) if (starts.units[c] === 1) units.push(c);
  const key = units.join(",");
  let bit = FIRST_BITS.get(key);
  if (bit === undefined) {
    if (FIRST_BITS.size === 32) throw new Error("japanese-date-find: more than 32 start sets for one Uint32Array");
    bit = 2 ** FIRST_BITS.size;
    FIRST_BITS.set(key, bit);
    for (const c of units) FIRST_UNITS[c]! |= bit;
  }
  return { re, first: bit };
}

const YMD = sticky(/(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d|[/.-]\d)/y);
const ERA_YMD = sticky(/([RHS])(\d{1,2})([/.])(\d{1,2})\3(\d{1,2})(?!\d|[/.-]\d)/y);
const YEAR_MONTH_SLASH = sticky(/(\d{4})\/(\d{1,2})(?![\d/]|\.\d)/y);
const MONTH_DAY_SLASH = sticky(/(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/y);
/** After m/d, words that show a fraction (1/3の, 2/3以上); only checked for proper fractions with a small denominator. */
const FRACTION_FOLLOWERS = sticky(/(?:の|以上|以下|未満|程度|ほど|近く|強|弱|超|を|が|%)/y);

const ERA_YEAR = sticky(/(令和|平成|昭和|大正|明治)(元|\d{1,2})年(度)?/y);
const WESTERN_YEAR = sticky(/(\d{4})年(度)?/y);
const SHORT_YEAR = sticky(/(\d{2})年(度)?/y);
/** 21年6月: a two-digit year right before a month (the month is read after it). */
const SHORT_YEAR_MONTH = sticky(/(\d{2})年(?=\d{1,2}月)/y);
const RELATIVE_YEAR = sticky(/(一昨年|昨年|去年|今年|本年|来年|同年|前年|翌年)(度)?(?!比|同期|同月比)/y);
const PAREN_YEAR = sticky(/\((?:(令和|平成|昭和|大正|明治)(元|\d{1,2})|(\d{4}))年(?:度)?\)/y);
const MONTH = sticky(/(\d{1,2})月/y);
const RELATIVE_MONTH = sticky(/(先月|今月|本月|来月|同月|翌月)/y);
const DAY = sticky(/(\d{1,2})日/y);
const RELATIVE_NUMBERED_DAY = sticky(/(同|翌)(\d{1,2})日/y);
const RELATIVE_DAY = sticky(/(同日|当日|昨日|本日|今日|翌日|前日)/y);
const PART = sticky(/(上旬|初旬|初め|初頭|中旬|下旬|末)/y);
const SEASON = sticky(/[春夏秋冬](?=頃|[^\u3400-\u9fff々]|$)/y);

/** A bare month (5月) is a date only before these (5月に, 5月の, 5月、); not 5月病. */
const MONTH_ONLY_FOLLOWERS = sticky(
  /(?:に|の|から|まで|中|頃|ごろ|ころ|以降|以来|以前|時点|[、。,. )」』:]|は|も|を|と|や|~|〜|-|ー|分|$)/y,
);
/** A bare day (23日) preceded by these is an amount or ordinal, not a date (約10日, 第3日, 毎月10日). */
const DAY_ONLY_BLOCKING_PREFIXES = [
  "約",
  "第",
  "数",
  "毎",
  "毎月",
  "各",
  "計",
  "連",
  "最大",
  "最長",
  "最短",
  "過去",
  "直近",
];
/** …or followed by these (3日間, 10日以内, 1日あたり, 5日後). */
const DAY_ONLY_BLOCKING_FOLLOWERS = sticky(
  /(?:間|以内|以上|以下|未満|超|程度|ほど|あたり|当たり|後|前|連続|ぶり|目|余|分|弱|強|平均|付近|おき)/y,
);
/** A bare year (2000年) followed by these is a span of years or a decade (2000年前, 1000年以上, 2020年代). */
const YEAR_ONLY_BLOCKING_FOLLOWERS = sticky(/(?:間|前(?!半|後)|後(?!半)|ぶり|以上|以内|余|超|ほど|程度|近く|代)/y);

const WEEKDAY = sticky(/\([月火水木金土日](?:曜日?)?(?:[・･,、](?:祝|祭|休|[月火水木金土日]))?\)/y);
const TIME_WORD = sticky(/(?:午前|午後|早朝|未明|深夜|夕方|夜間|正午|朝方|朝|昼|夜)(?=\d|頃|[^\u3400-\u9fff々]|$)/y);
const TIME_CLOCK = sticky(/(\d{1,2})時(?:(\d{1,2})分|半)?(?!間)|(\d{1,2}):(\d{2})(?!\d)/y);
const ABOUT = sticky(/(?:頃|ごろ|ころ)/y);
const DATED = sticky(/付け?(?!近)/y);
const RANGE_CONNECTOR = sticky(/ ?(?:から|~|〜|-|‐|−|–|—|ー) ?/y);

const YEAR_RELATIVES: Readonly<Record<string, DateRelative>> = {
  一昨年: "year_before_last",
  昨年: "last_year",
  去年: "last_year",
  今年: "this_year",
  本年: "this_year",
  来年: "next_year",
  同年: "same_year",
  前年: "previous_year",
  翌年: "following_year",
};
const MONTH_RELATIVES: Readonly<Record<string, DateRelative>> = {
  先月: "last_month",
  今月: "this_month",
  本月: "this_month",
  来月: "next_month",
  同月: "same_month",
  翌月: "following_month",
};
const DAY_RELATIVES: Readonly<Record<string, DateRelative>> = {
  同日: "same_day",
  当日: "same_day",
  昨日: "yesterday",
  本日: "today",
  今日: "today",
  翌日: "next_day",
  前日: "previous_day",
};
const PARTS: Readonly<Record<string, DatePart>> = {
  上旬: "early",
  初旬: "early",
  初め: "early",
  初頭: "early",
  中旬: "mid",
  下旬: "late",
  末: "end",
};
const MONTH_KIND_RELATIVES: ReadonlySet<DateRelative> = new Set(Object.values(MONTH_RELATIVES));
const DAY_KIND_RELATIVES: ReadonlySet<DateRelative> = new Set([
  "same_day",
  "today",
  "yesterday",
  "next_day",
  "previous_day",
]);

/**
 * Every date expression in the text, in order and non-overlapping. Day-only (23日, 翌6日) and month-only (5月に)
 * mentions keep the missing parts null for resolveDate; a range end inherits the start's missing year (2-digit
 * years take the start's century) and, for a bare day, its month. Rejects invalid calendar dates, fractions (1/3の),
 * versions, phone numbers, counts, CVE ids and durations (24時間, 3日間).
 * @example findDates("昨年11月下旬ごろ") // [{ year: null, month: 11, relative: "last_year", part: "late", … }]
 */
export function findDates(text: string, offset = 0): DateMention[] {
  if (!KANJI_DATE_HINT.test(text)) return scanDates(text, offset);
  // 二十二日, 平成三十年: scan an Arabic copy, then map each mention back onto the original text.
  const copy = withArabicNumerals(text);
  return scanDates(copy.text, 0).map((m) => {
    const start = copy.map[m.start]!;
    const end = copy.map[m.end]!;
    return { ...m, start: start + offset, end: end + offset, text: text.slice(start, end) };
  });
}

function scanDates(text: string, offset: number): DateMention[] {
  const norm = toHalfWidth(text);
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < norm.length) {
    const kind = START_KIND[norm.charCodeAt(i)];
    if (kind === DIGIT) {
      const digits = digitRunEnd(norm, i);
      if (!mayBeNumericDate(norm, i, digits)) {
        i = digits; // no date starts in this run (its later digits are no boundary either)
        continue;
      }
    }
    const hit = kind !== NONE && mayStartDate(norm, i) ? scanDateAt(norm, i, false) : null;
    if (hit === null) {
      i++;
      continue;
    }
    const first = hit.draft;
    const start = i;
    i = hit.end;
    if (first === null) continue;
    const range = readRangeEnd(norm, i, first);
    if (range === null) {
      mentions.push(toMention(text, offset, start, hit.end, first, {}));
      continue;
    }
    mentions.push(toMention(text, offset, start, hit.end, first, { rangeStart: true }));
    mentions.push(toMention(text, offset, range.start, range.end, range.draft, { rangeEnd: true }));
    i = range.end;
  }
  return mentions;
}

function readRangeEnd(norm: string, at: number, first: Draft): { start: number; end: number; draft: Draft } | null {
  const connector = stickyMatch(RANGE_CONNECTOR, norm, at);
  if (connector === null) return null;
  const start = at + connector[0].length;
  const hit = scanDateAt(norm, start, true);
  if (hit?.draft == null) return null;
  return { start, end: hit.end, draft: inheritFromStart(hit.draft, first) };
}

function scanDateAt(norm: string, i: number, inRange: boolean): Hit | null {
  if (!inRange && !isDateBoundary(norm, i)) return null;
  const c = norm.charAt(i);
  const numeric = isAsciiDigit(c) || ERA_INITIALS[c] !== undefined ? readNumericDate(norm, i) : null;
  const hit = numeric ?? readWordDate(norm, i, inRange);
  if (hit?.draft == null) return hit;
  // 2026年3月期, 3月期決算: a fiscal period named by the month it closes, no date of an event.
  if (hit.draft.day === null && hit.draft.month !== null && norm.charAt(hit.end) === "期")
    return { end: hit.end, draft: null };
  return readSuffixes(norm, hit.end, hit.draft);
}

/** Digits must not continue a number, code or URL (CVE-2017-5638, 0120-369-577); words must not end another word. */
function isDateBoundary(norm: string, i: number): boolean {
  const c = norm.charAt(i);
  const before = norm.charAt(i - 1);
  if (before === "") return true;
  if (isAsciiDigit(c)) return isDigitBoundary(norm, i, before);
  if (ERA_INITIALS[c] !== undefined) return !/[0-9A-Za-z]/.test(before);
  if ("令平昭大明".includes(c)) return true;
  return !isIdeograph(before);
}

/** 2,000 / 0120-369 / CVE-2017 / v2.3: digits that continue a number or code are not a date start. */
function isDigitBoundary(norm: string, i: number, before: string): boolean {
  if (/[0-9A-Za-z_+#]/.test(before)) return false;
  const beforeThat = norm.charAt(i - 2);
  if (before === ",") return !(isAsciiDigit(beforeThat) && THOUSANDS_GROUP.test(norm.slice(i, i + 4)));
  if (/[.:/-]/.test(before)) return !/[0-9A-Za-z]/.test(beforeThat);
  return true;
}

function readNumericDate(norm: string, i: number): Hit | null {
  const ymd = stickyMatch(YMD, norm, i);
  if (ymd !== null) return numericHit(i, ymd[0], explicitYear(ymd[1]), ymd[3], ymd[4], "explicit");
  const era = stickyMatch(ERA_YMD, norm, i);
  if (era !== null) {
    const year = eraToYear(ERA_INITIALS[era[1] ?? ""] ?? "", Number(era[2]));
    return numericHit(i, era[0], year, era[4], era[5], "era");
  }
  const ym = stickyMatch(YEAR_MONTH_SLASH, norm, i);
  if (ym !== null) return numericHit(i, ym[0], explicitYear(ym[1]), ym[2], undefined, "explicit");
  const md = stickyMatch(MONTH_DAY_SLASH, norm, i);
  if (md === null) return null;
  const end = i + md[0].length;
  if (isFraction(Number(md[1]), Number(md[2]), norm, end)) return { end, draft: null };
  return numericHit(i, md[0], undefined, md[1], md[2], "none");
}

/** 1/3の, 2/3以上: a proper fraction with a small denominator followed by a word that quantifies. */
function isFraction(numerator: number, denominator: number, norm: string, end: number): boolean {
  return numerator < denominator && denominator <= 10 && stickyMatch(FRACTION_FOLLOWERS, norm, end) !== null;
}

function numericHit(
  i: number,
  matched: string,
  year: number | null | undefined,
  month: string | undefined,
  day: string | undefined,
  yearSource: YearSource,
): Hit {
  const end = i + matched.length;
  if (year === null) return { end, draft: null };
  const draft: Draft = {
    year: year ?? null,
    month: Number(month),
    day: day === undefined ? null : Number(day),
    yearSource: year === undefined ? "none" : yearSource,
  };
  return { end, draft: isValidMonthDay(draft.year, draft.month, draft.day) ? draft : null };
}

function explicitYear(digits: string | undefined): number | null {
  const year = Number(digits);
  return year >= EXPLICIT_YEAR_MIN && year <= EXPLICIT_YEAR_MAX ? year : null;
}

/** 年/月/日 dates, eras and relative words: year part, then month part, then day part, then 旬/末 or season. */
function readWordDate(norm: string, i: number, inRange: boolean): Hit | null {
  const draft: Draft = { year: null, month: null, day: null, yearSource: "none" };
  let at = readYearPart(norm, i, draft, inRange);
  const hadYear = at > i;
  if (draft.fiscal !== true) at = readMonthPart(norm, at, draft, hadYear);
  at = readDayPart(norm, at, draft, at === i);
  at = readPartOrSeason(norm, at, draft, hadYear);
  if (at === i) return null;
  if (
    draft.invalid === true ||
    !isValidMonthDay(draft.yearSource === "none" ? null : draft.year, draft.month, draft.day)
  ) {
    return { end: at, draft: null };
  }
  return isStandalone(norm, i, at, draft, hadYear, inRange) ? { end: at, draft } : null;
}

function readYearPart(norm: string, at: number, draft: Draft, inRange: boolean): number {
  const era = stickyMatch(ERA_YEAR, norm, at);
  const western = era === null ? stickyMatch(WESTERN_YEAR, norm, at) : null;
  const short = era === null && western === null && inRange ? stickyMatch(SHORT_YEAR, norm, at) : null;
  // 21年6月 (a paper's short year written with its month, outside a range): the year of this century.
  const abbreviated =
    era === null && western === null && short === null ? stickyMatch(SHORT_YEAR_MONTH, norm, at) : null;
  const matched = era ?? western ?? short ?? abbreviated ?? stickyMatch(RELATIVE_YEAR, norm, at);
  if (matched === null) return at;
  if (era !== null) setYear(draft, eraToYear(era[1] ?? "", eraYearNumber(era[2])), "era");
  else if (western !== null) setYear(draft, explicitYear(western[1]), "explicit");
  else if (short !== null) Object.assign(draft, { year: Number(short[1]), yearSource: "explicit", shortYear: true });
  else if (abbreviated !== null) setYear(draft, 2000 + Number(abbreviated[1]), "explicit");
  else Object.assign(draft, { yearSource: "relative", relative: YEAR_RELATIVES[matched[1] ?? ""] });
  if (matched[0].endsWith("度")) draft.fiscal = true;
  return readParenYear(norm, at + matched[0].length, draft);
}

/** 去年(平成29年), 2019年(令和元年): a year in parentheses wins over a relative word. */
function readParenYear(norm: string, at: number, draft: Draft): number {
  const paren = stickyMatch(PAREN_YEAR, norm, at);
  if (paren === null) return at;
  if (draft.yearSource === "relative") {
    const year = paren[3] !== undefined ? explicitYear(paren[3]) : eraToYear(paren[1] ?? "", eraYearNumber(paren[2]));
    if (year !== null) {
      delete draft.relative;
      Object.assign(draft, { year, yearSource: paren[3] !== undefined ? "explicit" : "era" });
    }
  }
  return at + paren[0].length;
}

function setYear(draft: Draft, year: number | null, source: YearSource): void {
  draft.yearSource = source;
  draft.year = year;
  if (year === null) draft.invalid = true;
}

function eraYearNumber(text: string | undefined): number {
  return text === "元" ? 1 : Number(text);
}

function readMonthPart(norm: string, at: number, draft: Draft, hadYear: boolean): number {
  const month = stickyMatch(MONTH, norm, at);
  if (month !== null) {
    draft.month = Number(month[1]);
    return at + month[0].length;
  }
  const relative = hadYear ? null : stickyMatch(RELATIVE_MONTH, norm, at);
  if (relative === null) return at;
  Object.assign(draft, { yearSource: "relative", relative: MONTH_RELATIVES[relative[1] ?? ""] });
  return at + relative[0].length;
}

function readDayPart(norm: string, at: number, draft: Draft, nothingYet: boolean): number {
  const day = stickyMatch(DAY, norm, at);
  if (day !== null) {
    draft.day = Number(day[1]);
    return at + day[0].length;
  }
  if (!nothingYet) return at;
  const numbered = stickyMatch(RELATIVE_NUMBERED_DAY, norm, at);
  if (numbered !== null) {
    const relative: DateRelative = numbered[1] === "同" ? "same_month" : "next_day";
    Object.assign(draft, { day: Number(numbered[2]), yearSource: "relative", relative });
    return at + numbered[0].length;
  }
  const word = stickyMatch(RELATIVE_DAY, norm, at);
  if (word === null) return at;
  Object.assign(draft, { yearSource: "relative", relative: DAY_RELATIVES[word[1] ?? ""] });
  return at + word[0].length;
}

function readPartOrSeason(norm: string, at: number, draft: Draft, hadYear: boolean): number {
  const monthKnown = draft.month !== null || (draft.relative !== undefined && MONTH_KIND_RELATIVES.has(draft.relative));
  if (monthKnown && draft.day === null) {
    const part = stickyMatch(PART, norm, at);
    if (part === null) return at;
    draft.part = PARTS[part[1] ?? ""] ?? "end";
    return at + part[0].length;
  }
  if (!hadYear || draft.month !== null || draft.day !== null) return at;
  const season = stickyMatch(SEASON, norm, at);
  return season === null ? at : at + season[0].length;
}

/** Bare months, days and years need context to be dates (5月に, not 5月病; 23日夜, not 3日間; 2000年前 is a span). */
function isStandalone(norm: string, i: number, at: number, draft: Draft, hadYear: boolean, inRange: boolean): boolean {
  if (hadYear && draft.month === null && draft.yearSource !== "relative") {
    return stickyMatch(YEAR_ONLY_BLOCKING_FOLLOWERS, norm, at) === null && !endsWithAny(norm, i, ["約", "数"]);
  }
  if (hadYear || draft.relative !== undefined || draft.part !== undefined) return true;
  if (draft.day === null) return inRange || stickyMatch(MONTH_ONLY_FOLLOWERS, norm, at) !== null;
  if (draft.month !== null) return true;
  const blocked = endsWithAny(norm, i, DAY_ONLY_BLOCKING_PREFIXES) && !inRange;
  return !blocked && stickyMatch(DAY_ONLY_BLOCKING_FOLLOWERS, norm, at) === null;
}

/** Weekday in parentheses, time of day, 頃/ごろ, 付/付け: kept in the span, the time also in `time`. */
function readSuffixes(norm: string, start: number, draft: Draft): Hit {
  let at = start;
  const weekday = stickyMatch(WEEKDAY, norm, at);
  if (weekday !== null) at += weekday[0].length;
  if (draft.day !== null || (draft.relative !== undefined && DAY_KIND_RELATIVES.has(draft.relative))) {
    const timeEnd = readTime(norm, at);
    if (timeEnd > at) {
      draft.time = norm.slice(norm.charAt(at) === " " ? at + 1 : at, timeEnd);
      at = timeEnd;
    }
  }
  const about = stickyMatch(ABOUT, norm, at);
  if (about !== null) at += about[0].length;
  const dated = stickyMatch(DATED, norm, at);
  if (dated !== null) at += dated[0].length;
  return { end: at, draft };
}

/** 午前9時30分頃, 21時半ころ, 10:15, 夜: the end of the time expression at `at`, or `at` when there is none. */
function readTime(norm: string, start: number): number {
  let at = norm.charAt(start) === " " ? start + 1 : start;
  const word = stickyMatch(TIME_WORD, norm, at);
  if (word !== null) at += word[0].length;
  const clock = stickyMatch(TIME_CLOCK, norm, at);
  if (clock !== null && isClock(Number(clock[1] ?? clock[3]), Number(clock[2] ?? clock[4] ?? 0))) {
    at += clock[0].length;
  } else if (word === null) {
    return start;
  }
  const about = stickyMatch(ABOUT, norm, at);
  return about === null ? at : at + about[0].length;
}

function isClock(hour: number, minute: number): boolean {
  return hour <= 24 && minute <= 59;
}

/** Range end: a missing year comes from the start (+1 when the end would fall before it), a bare day takes its month. */
function inheritFromStart(end: Draft, start: Draft): Draft {
  const out: Draft = { ...end };
  if (out.shortYear === true) {
    delete out.shortYear;
    out.year = completeShortYear(out.year ?? 0, start.year);
  }
  if (out.month === null && out.day !== null && out.relative === undefined && start.month !== null) {
    out.month = start.month;
    if (start.day !== null && out.day < start.day) out.month = (start.month % 12) + 1;
  }
  if (out.yearSource !== "none" || start.yearSource === "none") return out;
  out.yearSource = start.yearSource;
  out.year = start.year;
  if (start.relative !== undefined && YEAR_RELATIVES_SET.has(start.relative)) out.relative = start.relative;
  if (out.year !== null && endsBeforeStart(out, start)) out.year += 1;
  return isValidMonthDay(out.year, out.month, out.day) ? out : end;
}

const YEAR_RELATIVES_SET: ReadonlySet<DateRelative> = new Set(Object.values(YEAR_RELATIVES));

function completeShortYear(short: number, startYear: number | null): number {
  if (startYear === null) return 2000 + short;
  const year = startYear - (startYear % 100) + short;
  return year < startYear ? year + 100 : year;
}

function endsBeforeStart(end: Draft, start: Draft): boolean {
  const key = (d: Draft) => (d.month ?? 0) * 100 + (d.day ?? 0);
  return end.month !== null && start.month !== null && key(end) < key(start);
}

/** The mention for `text.slice(start, end)`, its offsets moved by `offset` (the text's place in a longer one). */
function toMention(
  text: string,
  offset: number,
  start: number,
  end: number,
  draft: Draft,
  flags: { rangeStart?: true; rangeEnd?: true },
): DateMention {
  const m: { -readonly [K in keyof DateMention]: DateMention[K] } = {
    start: start + offset,
    end: end + offset,
    text: text.slice(start, end),
    year: draft.year,
    month: draft.month,
    day: draft.day,
    yearSource: draft.yearSource,
  };
  // The draft's optional fields when set (shortYear and invalid are the scanner's own), then the range flag.
  if (draft.relative !== undefined) m.relative = draft.relative;
  if (draft.part !== undefined) m.part = draft.part;
  if (draft.fiscal !== undefined) m.fiscal = draft.fiscal;
  if (draft.time !== undefined) m.time = draft.time;
  if (flags.rangeStart) m.rangeStart = true;
  if (flags.rangeEnd) m.rangeEnd = true;
  return m;
}

function stickyMatch(pattern: Sticky, norm: string, at: number): RegExpExecArray | null {
  if (pattern.first !== 0 && (at >= norm.length || (FIRST_UNITS[norm.charCodeAt(at)]! & pattern.first) === 0))
    return null;
  pattern.re.lastIndex = at;
  return pattern.re.exec(norm);
}

function endsWithAny(norm: string, end: number, words: readonly string[]): boolean {
  return words.some((w) => end >= w.length && norm.startsWith(w, end - w.length));
}
