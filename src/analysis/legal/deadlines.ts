/** @module Report deadlines counted from the day the organization learned of the event (規則8条, 通則編3-5-3-3/4). */
import { addDays } from "./dates.js";
import type { Facts } from "./facts.js";

export type Deadlines = {
  /** Day 0 of the count (YYYY-MM-DD), or null when no date is known. */
  readonly start: string | null;
  readonly start_basis: "officer" | "discovered" | "announced" | "timeline" | null;
  /** True when the start is not a known discovery day (a later date, or the first day of a month or year). */
  readonly start_assumed: boolean;
  readonly note: string;
  /** 速報: about 3–5 days (guidance, not statute). */
  readonly preliminary: { readonly from: string; readonly to: string; readonly basis: string } | null;
  /** 確報: due day, and the day before as the conservative reading if the day of learning counts as day 1. */
  readonly final: {
    readonly days: number;
    readonly due: string;
    readonly conservative_due: string;
    readonly basis: string;
  } | null;
};

const PRELIMINARY_BASIS = "速やかに（規則8条1項）。目安は概ね3〜5日以内（通則編3-5-3-3、PPC漏えい等報告ページ）";

function toStart(facts: Facts): Pick<Deadlines, "start" | "start_basis" | "start_assumed" | "note"> {
  const d = facts.discovered;
  if (d.range !== null) {
    const partial = d.range.first !== d.range.last;
    return {
      start: d.range.first,
      start_basis: d.basis,
      start_assumed: partial,
      note: partial
        ? `発覚日は${d.date}までしか分からないため、その初日を起算日とした（早めの期限）`
        : `発覚日 ${d.range.first} から起算`,
    };
  }
  const r = facts.ruleDate;
  if (r.range === null)
    return {
      start: null,
      start_basis: null,
      start_assumed: true,
      note: "発覚日・公表日とも不明のため期限を計算できない",
    };
  const what = r.basis === "announced" ? "公表日" : "経過の最初の日付";
  return {
    start: r.range.first,
    start_basis: r.basis,
    start_assumed: true,
    note: `発覚日が不明のため${what}（${r.date}）を起算日と仮定した。実際の発覚日はそれより前のことが多く、期限も早まる`,
  };
}

/** Deadlines for one regime: 速報 window (when the regime has one) and the 確報 due day. */
export function toDeadlines(
  facts: Facts,
  preliminaryDays: readonly [number, number] | null,
  finalDays: number | null,
  finalBasis: string,
): Deadlines {
  const start = toStart(facts);
  if (start.start === null) return { ...start, preliminary: null, final: null };
  const from = start.start;
  return {
    ...start,
    preliminary:
      preliminaryDays === null
        ? null
        : { from: addDays(from, preliminaryDays[0]), to: addDays(from, preliminaryDays[1]), basis: PRELIMINARY_BASIS },
    // Whether the day of learning is day 1 is unconfirmed (legal-rules.md §1.4): show day+N and day+N−1.
    final:
      finalDays === null
        ? null
        : {
            days: finalDays,
            due: addDays(from, finalDays),
            conservative_due: addDays(from, finalDays - 1),
            basis: finalBasis,
          },
  };
}
