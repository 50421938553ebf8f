/** @module Date mention + context (published date, previous date) → calendar date → contract string. */
import { addDays, addMonths, isValidMonthDay, type YearMonthDay } from "./japanese-date-calendar.js";
import type { DateMention, DatePart, DateRelative } from "./japanese-date-find.js";

/** A date with any part unknown. */
export type PartialDate = { readonly year: number | null; readonly month: number | null; readonly day: number | null };

/** A resolved date; `yearCertain` is false when the year is a guess (published year with past bias) or unknown. */
export type ResolvedDate = PartialDate & { readonly yearCertain: boolean };

export type ResolveContext = {
  /** Publication date, `YYYY-MM-DD` (a longer ISO string is cut to its date). */
  readonly published: string | null;
  /** The previous resolved date in the text, for 同日, 同月, 翌日 and day-only mentions. */
  readonly previous?: PartialDate | undefined;
};

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})/;
/** First day of each part of a month, used to compare a 旬 with the published date. */
const PART_FIRST_DAY: Readonly<Record<DatePart, number>> = { early: 1, mid: 11, late: 21, end: 21 };

/**
 * Resolves a mention against the published date and the previous date. Relative words use the published date
 * (昨年, 先月, 昨日) or the previous date (同日, 同月, 翌6日); a day-only mention takes the previous date's month,
 * else the published month; a year-less month takes the published year, minus one if that would put it after the
 * published date. Without a published date those years stay null. Null when nothing is known or the day does not
 * exist in the resolved month.
 * @example resolveDate(findDates("3月13日")[0], { published: "2024-02-01" }) // { year: 2023, month: 3, day: 13, yearCertain: false }
 */
export function resolveDate(m: DateMention, ctx: ResolveContext): ResolvedDate | null {
  const published = parsePublished(ctx.published);
  const previous = ctx.previous ?? null;
  const resolved =
    m.relative === undefined
      ? resolveAbsolute(m, published, previous)
      : resolveRelative(m, m.relative, published, previous);
  if (resolved.year === null && resolved.month === null && resolved.day === null) return null;
  return isValidMonthDay(resolved.year, resolved.month, resolved.day) ? resolved : null;
}

/** The published date, read once for the run of mentions of an article that all resolve against it. */
function parsePublished(published: string | null): YearMonthDay | null {
  if (published !== lastPublished.text) lastPublished = { text: published, date: readPublished(published) };
  return lastPublished.date;
}

let lastPublished: { readonly text: string | null; readonly date: YearMonthDay | null } = { text: null, date: null };

function readPublished(published: string | null): YearMonthDay | null {
  const m = published === null ? null : PUBLISHED.exec(published);
  if (m === null) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidMonthDay(date.year, date.month, date.day) ? date : null;
}

function resolveAbsolute(m: DateMention, published: YearMonthDay | null, previous: PartialDate | null): ResolvedDate {
  if (m.year !== null) return { year: m.year, month: m.month, day: m.day, yearCertain: true };
  if (m.month !== null) {
    const year = published === null ? null : pastBiasedYear(published, m.month, m.day ?? firstDayOf(m.part));
    return { year, month: m.month, day: m.day, yearCertain: false };
  }
  if (m.day === null) return unknown();
  if (previous?.month != null) {
    return { year: previous.year, month: previous.month, day: m.day, yearCertain: previous.year !== null };
  }
  if (published === null) return { year: null, month: null, day: m.day, yearCertain: false };
  const back = m.day > published.day ? -1 : 0;
  const { year, month } = addMonths(published.year, published.month, back);
  return { year, month, day: m.day, yearCertain: false };
}

/** The published year, or the one before when month/day would fall after the published date (news reports the past). */
function pastBiasedYear(published: YearMonthDay, month: number, day: number): number {
  const later = month > published.month || (month === published.month && day > published.day);
  return later ? published.year - 1 : published.year;
}

function firstDayOf(part: DatePart | undefined): number {
  return part === undefined ? 1 : PART_FIRST_DAY[part];
}

function resolveRelative(
  m: DateMention,
  relative: DateRelative,
  published: YearMonthDay | null,
  previous: PartialDate | null,
): ResolvedDate {
  switch (relative) {
    case "this_year":
      return shiftPublishedYear(m, published, 0);
    case "last_year":
      return shiftPublishedYear(m, published, -1);
    case "year_before_last":
      return shiftPublishedYear(m, published, -2);
    case "next_year":
      return shiftPublishedYear(m, published, 1);
    case "this_month":
      return shiftPublishedMonth(m, published, 0);
    case "last_month":
      return shiftPublishedMonth(m, published, -1);
    case "next_month":
      return shiftPublishedMonth(m, published, 1);
    case "today":
      return published === null ? unknown() : certain(published);
    case "yesterday":
      return published === null ? unknown() : certain(addDays(published, -1));
    case "same_year":
      return shiftPreviousYear(m, previous, 0);
    case "following_year":
      return shiftPreviousYear(m, previous, 1);
    case "previous_year":
      return shiftPreviousYear(m, previous, -1);
    case "same_month":
      return shiftPreviousMonth(m, previous, 0);
    case "following_month":
      return shiftPreviousMonth(m, previous, 1);
    case "same_day":
      return previous === null ? unknown() : { ...previous, yearCertain: previous.year !== null };
    case "next_day":
      return m.day === null ? shiftPreviousDay(previous, 1) : nextNumberedDay(m.day, previous);
    case "previous_day":
      return shiftPreviousDay(previous, -1);
    default:
      return assertNever(relative);
  }
}

function shiftPublishedYear(m: DateMention, published: YearMonthDay | null, years: number): ResolvedDate {
  const year = published === null ? null : published.year + years;
  return { year, month: m.month, day: m.day, yearCertain: year !== null };
}

function shiftPublishedMonth(m: DateMention, published: YearMonthDay | null, months: number): ResolvedDate {
  if (published === null) return { year: null, month: null, day: m.day, yearCertain: false };
  const { year, month } = addMonths(published.year, published.month, months);
  return { year, month, day: m.day, yearCertain: true };
}

function shiftPreviousYear(m: DateMention, previous: PartialDate | null, years: number): ResolvedDate {
  const year = previous?.year == null ? null : previous.year + years;
  return { year, month: m.month, day: m.day, yearCertain: year !== null };
}

function shiftPreviousMonth(m: DateMention, previous: PartialDate | null, months: number): ResolvedDate {
  if (previous?.month == null) return { year: null, month: null, day: m.day, yearCertain: false };
  if (previous.year === null) {
    return { year: null, month: ((previous.month - 1 + months) % 12) + 1, day: m.day, yearCertain: false };
  }
  const { year, month } = addMonths(previous.year, previous.month, months);
  return { year, month, day: m.day, yearCertain: true };
}

function shiftPreviousDay(previous: PartialDate | null, days: number): ResolvedDate {
  if (previous?.year == null || previous.month === null || previous.day === null) return unknown();
  return certain(addDays({ year: previous.year, month: previous.month, day: previous.day }, days));
}

/** 翌6日: the previous date's month, or the next month when the day number went down. */
function nextNumberedDay(day: number, previous: PartialDate | null): ResolvedDate {
  if (previous?.month == null) return { year: null, month: null, day, yearCertain: false };
  const rolls = previous.day !== null && day < previous.day ? 1 : 0;
  if (previous.year === null)
    return { year: null, month: ((previous.month - 1 + rolls) % 12) + 1, day, yearCertain: false };
  const { year, month } = addMonths(previous.year, previous.month, rolls);
  return { year, month, day, yearCertain: true };
}

function certain(date: YearMonthDay): ResolvedDate {
  return { ...date, yearCertain: true };
}

function unknown(): ResolvedDate {
  return { year: null, month: null, day: null, yearCertain: false };
}

/**
 * The contract form of a date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` (no year) or `--MM` (month only); null when
 * nothing usable is known (day only, nothing at all) or the date is not a real calendar date.
 * @example toContractDate({ year: null, month: 3, day: 13 }) // "--03-13"
 */
export function toContractDate(d: PartialDate | null): string | null {
  if (d === null || !isValidMonthDay(d.year, d.month, d.day)) return null;
  const mm = d.month === null ? null : pad(d.month, 2);
  const dd = d.day === null ? null : pad(d.day, 2);
  if (d.year !== null) {
    if (!Number.isInteger(d.year) || d.year < 1000 || d.year > 9999) return null;
    if (mm === null) return String(d.year);
    return dd === null ? `${d.year}-${mm}` : `${d.year}-${mm}-${dd}`;
  }
  if (mm === null) return null;
  return dd === null ? `--${mm}` : `--${mm}-${dd}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function assertNever(value: never): never {
  throw new Error(`unexpected relative date: ${String(value)}`);
}
