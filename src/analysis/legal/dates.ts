/** @module Contract dates (YYYY-MM-DD, YYYY-MM, YYYY) as day ranges, and calendar-day arithmetic for deadlines. */

/** The first and last calendar day a contract date can mean, as YYYY-MM-DD. */
export type DayRange = { readonly first: string; readonly last: string };

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const pad = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const m = FULL.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The days a contract date covers, or null when it has no year (--MM-DD, --MM) or is not a date.
 * @example toDayRange("2022-04") → { first: "2022-04-01", last: "2022-04-30" }
 */
export function toDayRange(date: string | null | undefined): DayRange | null {
  if (date === null || date === undefined) return null;
  if (isCalendarDate(date)) return { first: date, last: date };
  const month = MONTH.exec(date);
  if (month !== null) {
    const [y, mo] = [Number(month[1]), Number(month[2])];
    if (mo < 1 || mo > 12) return null;
    return { first: `${y}-${pad(mo)}-01`, last: `${y}-${pad(mo)}-${pad(daysInMonth(y, mo))}` };
  }
  const year = YEAR.exec(date);
  return year === null ? null : { first: `${year[1]}-01-01`, last: `${year[1]}-12-31` };
}

/** A YYYY-MM-DD date plus n calendar days (weekends and holidays count: 規則8条 does not exclude them). */
export function addDays(date: string, days: number): string {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days),
  );
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 1234567 → "1,234,567" (toLocaleString builds a formatter per call, too slow for a whole store). */
export function formatCount(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits[i - 1] !== "-") out += ",";
    out += digits[i];
  }
  return out;
}
