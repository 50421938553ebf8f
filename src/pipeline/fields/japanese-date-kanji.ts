/** @module Kanji numerals in dates (二十二日, 平成三十年, 三月十五日) → an Arabic copy with a map back to the original. */

/** A run of kanji digits right before 年, 月 or 日: the cheap test before the copy is made. */
export const KANJI_DATE_HINT = /[〇一二三四五六七八九十][年月日]/u;

/** The copy and, for each of its UTF-16 offsets (and its end), the offset in the original text. */
export type ArabicCopy = { readonly text: string; readonly map: readonly number[] };

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Rewrites each kanji numeral that stands before 年, 月 or 日 as Arabic digits when it starts a date: after a
 * non-kanji character, an era name (平成三十年) or 年/月 (三月十五日). 一日 alone stays (一日も早く).
 * @example withArabicNumerals("病院は二十二日、").text // "病院は22日、"
 */
export function withArabicNumerals(text: string): ArabicCopy {
  let out = "";
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const run = numeralRunAt(text, i);
    if (run > 0) {
      const value = kanjiValue(text.slice(i, i + run));
      if (value !== null && startsDate(text, i, run)) {
        const digits = String(value);
        for (let k = 0; k < digits.length; k++) map.push(k === 0 ? i : i + run - 1);
        out += digits;
        i += run;
        continue;
      }
      out += text.slice(i, i + run);
      for (let k = 0; k < run; k++) map.push(i + k);
      i += run;
      continue;
    }
    out += text[i];
    map.push(i);
    i++;
  }
  map.push(text.length);
  return { text: out, map };
}

/** Length of the kanji-numeral run at `i` that a 年, 月 or 日 follows (at most five characters), else 0. */
function numeralRunAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 5 && (DIGITS[text[j]!] !== undefined || text[j] === "十")) j++;
  return j > i && "年月日".includes(text[j] ?? "") ? j - i : 0;
}

/** 二十二 → 22, 十 → 10, 三十 → 30, 二〇二四 → 2024; null for what is no such numeral. */
function kanjiValue(run: string): number | null {
  const ten = run.indexOf("十");
  if (ten < 0) return Number([...run].map((c) => DIGITS[c]).join(""));
  if (run.indexOf("十", ten + 1) >= 0 || ten > 1 || run.length - ten > 2) return null;
  const tens = ten === 0 ? 1 : DIGITS[run[0]!]!;
  const ones = ten === run.length - 1 ? 0 : DIGITS[run[ten + 1]!]!;
  return tens * 10 + ones;
}

function startsDate(text: string, i: number, run: number): boolean {
  const before = text.slice(Math.max(0, i - 2), i);
  const prev = before.slice(-1);
  if (prev === "年" || prev === "月" || /(?:令和|平成|昭和|大正|明治)$/u.test(before)) return true;
  if (run === 1 && text[i] === "一" && text[i + 1] === "日") return false;
  return prev === "" || !/[\p{Script=Han}々〆]/u.test(prev);
}
