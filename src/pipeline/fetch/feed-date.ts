/** @module Feed date strings (RFC 822 with JST, ISO 8601 / W3CDTF) → ISO 8601 that keeps the source's offset. */

/** Offsets of the zone names RFC 822 allows, plus JST, which Japanese feeds use and Date.parse rejects. */
const ZONE_MINUTES: Readonly<Record<string, number>> = {
  JST: 9 * 60,
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5 * 60,
  EDT: -4 * 60,
  CST: -6 * 60,
  CDT: -5 * 60,
  MST: -7 * 60,
  MDT: -6 * 60,
  PST: -8 * 60,
  PDT: -7 * 60,
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Japanese feeds that give no zone mean Japan time. */
export const JST_MINUTES = 9 * 60;

type DateParts = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Absent for a date-only value. */
  readonly time?: { readonly hour: number; readonly minute: number; readonly second: number };
  /** Minutes east of UTC; absent when the value names no zone. */
  readonly offset?: number;
};

// 2020-11-17, 2020-11-17T09:00:00.5+09:00, 2020-11-17 09:00, 2020/11/17 09:00:00 JST
const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{1,4})?)?$/i;
// Tue, 17 Nov 2020 09:00:00 JST; 17 November 2020 9:00 +0900
const RFC_822 =
  /^(?:[A-Za-z]+,?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{1,4})?$/i;

/**
 * Normalises a feed date. A value with a time gives `YYYY-MM-DDTHH:mm:ss±HH:MM` (or `Z`) in the zone it names,
 * `defaultOffset` minutes (Japan time) when it names none; a date-only value gives `YYYY-MM-DD`; null when unreadable.
 * @example parseFeedDate("Tue, 17 Nov 2020 09:00:00 JST") // "2020-11-17T09:00:00+09:00"
 */
export function parseFeedDate(raw: string, defaultOffset: number = JST_MINUTES): string | null {
  const parts = readParts(raw.trim());
  if (parts === null || !isRealDate(parts)) return null;
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.time === undefined) return date;
  const { hour, minute, second } = parts.time;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(parts.offset ?? defaultOffset)}`;
}

function readParts(text: string): DateParts | null {
  const iso = ISO_LIKE.exec(text);
  if (iso !== null) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return withTime({ year: Number(y), month: Number(mo), day: Number(d) }, h, mi, s, zone);
  }
  const rfc = RFC_822.exec(text);
  if (rfc === null) return null;
  const [, d, mon, y, h, mi, s, zone] = rfc;
  const month = MONTHS.indexOf((mon ?? "").toLowerCase()) + 1;
  if (month === 0) return null;
  return withTime({ year: fullYear(Number(y), y?.length ?? 4), month, day: Number(d) }, h, mi, s, zone);
}

function withTime(
  date: Pick<DateParts, "year" | "month" | "day">,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): DateParts | null {
  if (hour === undefined || minute === undefined) return date;
  const offset = zone === undefined ? undefined : toOffset(zone);
  if (offset === null) return null;
  const time = { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
  return { ...date, time, ...(offset === undefined ? {} : { offset }) };
}

/** Minutes east of UTC for `+0900`, `+09:00`, `JST`, `GMT`…; null for an unknown zone name. */
function toOffset(zone: string): number | null {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric === null) return ZONE_MINUTES[zone.toUpperCase()] ?? null;
  const [, sign, hh, mm] = numeric;
  const minutes = Number(hh) * 60 + Number(mm);
  return sign === "-" ? -minutes : minutes;
}

/** RFC 822 two-digit years: 00–49 → 20xx, 50–99 → 19xx (as RFC 5322 §4.3 suggests). */
function fullYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function isRealDate(parts: DateParts): boolean {
  const { year, month, day, time } = parts;
  const probe = new Date(Date.UTC(year, month - 1, day));
  probe.setUTCFullYear(year);
  const dateOk = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  const timeOk = time === undefined || (time.hour < 24 && time.minute < 60 && time.second < 60);
  const offsetOk = parts.offset === undefined || Math.abs(parts.offset) <= 14 * 60;
  return dateOk && timeOk && offsetOk;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}
