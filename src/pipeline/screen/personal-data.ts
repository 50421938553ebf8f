/** @module Text → whether it looks like leaked personal data itself (a list of contacts) rather than an article. */
import { fail, type Issue, ok, type Result } from "../../domain/issue.js";

/** How many of each kind of personal identifier a text holds. */
export type PersonalDataCounts = {
  readonly emails: number;
  readonly phones: number;
  /** 12-digit numbers, the shape of a My Number (個人番号). */
  readonly myNumbers: number;
  /** UTF-8 size of the text. */
  readonly bytes: number;
};

/** At least this many identifiers in all… */
const MIN_COUNT = 30;
/**
 * …and at least this many per KB: an article names a call centre or two (a notice listing twenty offices has
 * about 4 per KB of Japanese text), while a contact list has one or more per line (10–40 per KB).
 */
const MIN_PER_KB = 5;

// Each pattern starts only where the previous character cannot continue it, so long runs are scanned once.
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;
const DIGIT = "[0-9０-９]";
const DASH = "[-‐－―−ー]";
const PHONE = new RegExp(
  `(?<![0-9０-９])(?:[0０]${DIGIT}{1,4}${DASH}${DIGIT}{1,4}${DASH}${DIGIT}{3,4}|[0０]${DIGIT}{9,10})(?![0-9０-９])`,
  "g",
);
const MY_NUMBER = new RegExp(
  `(?<![0-9０-９])(?:${DIGIT}{12}|${DIGIT}{4} ?${DASH}? ?${DIGIT}{4} ?${DASH}? ?${DIGIT}{4})(?![0-9０-９])`,
  "g",
);

/** Counts e-mail addresses, phone numbers and 12-digit numbers in a text. */
export function countPersonalData(text: string): PersonalDataCounts {
  return {
    emails: countMatches(text, EMAIL),
    phones: countMatches(text, PHONE),
    myNumbers: countMatches(text, MY_NUMBER),
    bytes: Buffer.byteLength(text, "utf8"),
  };
}

/**
 * Refuses a text that holds many personal identifiers per KB: roei stores articles about leaks, never leaked data.
 * @example screenPersonalData("氏名,メール\n山田,yamada@example.jp\n…") // { ok: false, error: { code: "personal_data_dump", … } }
 */
export function screenPersonalData(text: string): Result<PersonalDataCounts> {
  const counts = countPersonalData(text);
  const found = describeDump(counts);
  return found === null ? ok(counts) : fail(found);
}

function describeDump(counts: PersonalDataCounts): Issue | null {
  const kb = Math.max(1, counts.bytes / 1024);
  const kinds: readonly [number, string][] = [
    [counts.emails, "e-mail addresses"],
    [counts.phones, "phone numbers"],
    [counts.myNumbers, "12-digit numbers like My Number"],
  ];
  const total = counts.emails + counts.phones + counts.myNumbers;
  if (total < MIN_COUNT || total / kb < MIN_PER_KB) return null;
  const what = kinds
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(", ");
  return {
    code: "personal_data_dump",
    message: `looks like a dump of personal data (${what} in ${formatKb(counts.bytes)}); roei stores articles about leaks, not leaked data`,
  };
}

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

function formatKb(bytes: number): string {
  const kb = bytes / 1024;
  return `${kb < 10 ? Math.max(0.1, Math.round(kb * 10) / 10) : Math.round(kb)} KB`;
}
