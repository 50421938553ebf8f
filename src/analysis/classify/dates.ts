/** @module Contract dates (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, --MM) as day ranges, for ordering checks and lags: pure. */

/** A date as the inclusive range of days it may stand for (days since 1970-01-01, UTC). */
export type DayRange = { readonly first: number; readonly last: number };

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEARLESS = /^--(\d{2})(?:-(\d{2}))?$/;

/**
 * The day range of a contract date. A yearless date (--MM-DD) takes `yearOf`'s year when one is given, else null.
 * @example toDayRange("2024-03") // all of March 2024
 */
export function toDayRange(date: string | null, yearOf: string | null = null): DayRange | null {
  if (date === null) return null;
  const full = FULL.exec(date);
  if (full) return rangeOf(Number(full[1]), full[2], full[3]);
  const yearless = YEARLESS.exec(date);
  const year = yearOf === null ? null : FULL.exec(yearOf)?.[1];
  if (!yearless || year == null) return null;
  return rangeOf(Number(year), yearless[1], yearless[2]);
}

function rangeOf(year: number, month: string | undefined, day: string | undefined): DayRange {
  if (month === undefined) return { first: dayOf(year, 1, 1), last: dayOf(year + 1, 1, 1) - 1 };
  const m = Number(month);
  if (day === undefined) return { first: dayOf(year, m, 1), last: dayOf(year, m + 1, 1) - 1 };
  const d = dayOf(year, m, Number(day));
  return { first: d, last: d };
}

function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The year of a dated contract date (2024-03-01 → 2024), null for yearless or missing ones. */
export function toYear(date: string | null): string | null {
  return date === null ? null : (FULL.exec(date)?.[1] ?? null);
}

/** The month of a dated contract date (2024-03-01 → 2024-03), null when the date has no year or no month. */
export function toMonth(date: string | null): string | null {
  const m = date === null ? null : FULL.exec(date);
  return m?.[2] === undefined ? null : `${m[1]}-${m[2]}`;
}

/**
 * Whole days from `from` to `to` when both are single days (a yearless `from` takes `to`'s year, or the year before
 * when that would put it after `to`: 12月 discovery, 1月 announcement); null otherwise.
 */
export function toDaysBetween(from: string, to: string): number | null {
  const end = toDayRange(to);
  if (end === null || end.first !== end.last) return null;
  let start = toDayRange(from, to);
  if (start !== null && from.startsWith("--") && start.first > end.first) {
    start = toDayRange(from, String(Number(toYear(to)) - 1));
  }
  if (start === null || start.first !== start.last) return null;
  return end.first - start.first;
}

/** True when `a` is surely later than `b` (a's first possible day after b's last); yearless dates borrow the other's year. */
export function isSurelyAfter(a: string, b: string): boolean {
  // Two yearless dates are compared within one (leap) year.
  const year = toYear(a) ?? toYear(b) ?? "2000";
  const ra = toDayRange(a, year);
  const rb = toDayRange(b, year);
  if (ra === null || rb === null) return false;
  return ra.first > rb.last;
}
