/** @module Calendar facts for Japanese dates: month lengths, 元号 (era) years, day and month arithmetic. */

/** Japanese eras (元号): first Gregorian year and the last era year in use. */
export const ERAS: Readonly<Record<string, { readonly first: number; readonly last: number }>> = {
  令和: { first: 2019, last: 99 },
  平成: { first: 1989, last: 31 },
  昭和: { first: 1926, last: 64 },
  大正: { first: 1912, last: 15 },
  明治: { first: 1868, last: 45 },
};

/** Era initials used in R5.3.30-style dates (T/M for 大正/明治 are left out: too many model numbers look alike). */
export const ERA_INITIALS: Readonly<Record<string, string>> = { R: "令和", H: "平成", S: "昭和" };

/** The Gregorian year of an era year (令和1 = 2019, 平成1 = 1989, 昭和64 = 1989), or null when out of range. */
export function eraToYear(era: string, eraYear: number): number | null {
  const info = ERAS[era];
  if (info === undefined || eraYear < 1 || eraYear > info.last) return null;
  return info.first + eraYear - 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; with no year, February has 29 (the year might be a leap year). */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Month 1–12 and, when given, a day that exists in that month (and year, when known). */
export function isValidMonthDay(year: number | null, month: number | null, day: number | null): boolean {
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) return false;
  if (day === null) return true;
  if (!Number.isInteger(day) || day < 1) return false;
  return day <= (month === null ? 31 : daysInMonth(year, month));
}

export type YearMonthDay = { readonly year: number; readonly month: number; readonly day: number };

/** The date `days` days after (or before) the given one. */
export function addDays(date: YearMonthDay, days: number): YearMonthDay {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + days); // unlike Date.UTC, keeps years 0-99 as given
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The year and month `months` months after (or before) the given one. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
