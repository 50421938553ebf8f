/** @module Contract dates (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, --MM) → day intervals, for comparing announcements. */

/** Days since 1970-01-01, both ends inclusive. */
export type DayInterval = { readonly start: number; readonly end: number };

const FULL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const YEARLESS = /^--(\d{2})(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;

function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function monthEnd(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - 1;
}

function intervalOf(year: number, month: number | null, day: number | null): DayInterval {
  if (month === null) return { start: dayOf(year, 1, 1), end: dayOf(year, 12, 31) };
  if (day === null) return { start: dayOf(year, month, 1), end: monthEnd(year, month) };
  const d = dayOf(year, month, day);
  return { start: d, end: d };
}

function partOf(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

/** The interval a year-bearing date covers (also reads the date part of an ISO timestamp), or null. */
export function toInterval(date: string | null): DayInterval | null {
  const m = date === null ? null : FULL.exec(date);
  if (!m) return null;
  return intervalOf(Number(m[1]), partOf(m[2]), partOf(m[3]));
}

/**
 * The interval of a date, taking the year of a year-less date (--MM-DD) from the publication date: the latest such
 * day on or before it. Null when the date has no year and none can be inferred.
 * @example toResolvedInterval("--12-20", "2019-01-10") // the interval of 2018-12-20
 */
export function toResolvedInterval(date: string | null, published: string | null): DayInterval | null {
  const direct = toInterval(date);
  if (direct !== null || date === null) return direct;
  const m = YEARLESS.exec(date);
  const pub = toInterval(published);
  if (!m || pub === null) return null;
  const year = new Date(pub.end * DAY_MS).getUTCFullYear();
  const month = Number(m[1]);
  const day = partOf(m[2]);
  const same = intervalOf(year, month, day);
  return same.start <= pub.end ? same : intervalOf(year - 1, month, day);
}

/** Days between the nearest points of two intervals (0 when they overlap). */
export function toGapDays(a: DayInterval, b: DayInterval): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** Days between the farthest points of two intervals. */
export function toSpanDays(a: DayInterval, b: DayInterval): number {
  return Math.max(a.end - b.start, b.end - a.start);
}

/** --MM-DD (or --MM) part of any contract date, for matching a year-less mention against a dated one. */
export function toMonthDay(date: string): string | null {
  const full = FULL.exec(date);
  if (full) return full[2] === undefined ? null : `--${full[2]}${full[3] === undefined ? "" : `-${full[3]}`}`;
  return YEARLESS.test(date) ? date : null;
}
