// Pathological inputs for the extractor: each must finish well within TARGET_MS (issue: "≤ 1 s per 100 KB").
// Shared by test/pathological.test.ts (generous bound, for noisy CI) and `npm run bench` (measured against 1 s).

/** Length of each case's blob in characters (UTF-16 code units); ≥ 100 KB in any encoding. */
export const CASE_LENGTH = 100_000;

/** The time each case should stay under on a developer machine. */
export const TARGET_MS = 1000;

/**
 * A leak report around the blob, so that the extractor's cheap "does it state a leak at all" check passes and every
 * stage (sentences, organizations, counts, dates, data items) runs over the blob.
 */
export const LEAD = "株式会社みなと商事は3月4日、顧客の個人情報が流出したと発表した。\n";
export const TAIL = "\n流出したのは氏名と住所で、同社が調査している。\n";

/** Repeats `unit` to CASE_LENGTH characters and wraps it in the leak report. */
function fill(unit) {
  return LEAD + unit.repeat(Math.ceil(CASE_LENGTH / unit.length)).slice(0, CASE_LENGTH) + TAIL;
}

const NO_PUNCTUATION =
  "株式会社みなと商事は顧客約2万3千人分の氏名と住所が不正アクセスにより流出した可能性があると発表した";
const DENSE = "株式会社みなと商事は3月4日、顧客約2万3千人分の氏名と住所が不正アクセスにより流出したと発表した。\n";

/** Each case: a short name, what it is, and the text; `extra` marks cases beyond the list. */
export const PATHOLOGICAL_CASES = [
  { name: "digits", description: "one 100 KB run of digits", make: () => fill("1234567890") },
  { name: "man", description: "100 KB of 万", make: () => fill("万") },
  { name: "one-kanji", description: "100 KB of 流", make: () => fill("流") },
  { name: "saidai-yaku", description: "「最大約」 repeated", make: () => fill("「最大約」") },
  { name: "maru-nin-bun", description: "〇〇人分 repeated", make: () => fill("〇〇人分") },
  { name: "no-punctuation", description: "a single 100 KB line with no punctuation", make: () => fill(NO_PUNCTUATION) },
  { name: "slash-fractions", description: "1/1 repeated", make: () => fill("1/1") },
  {
    name: "kanji-numerals",
    description: "一億二千三百四十五万六千七百八十九 repeated",
    make: () => fill("一億二千三百四十五万六千七百八十九"),
    extra: true,
  },
  {
    name: "dense-leak-sentences",
    description: "a short complete leak report, repeated line by line",
    make: () => fill(DENSE),
    extra: true,
  },
];
