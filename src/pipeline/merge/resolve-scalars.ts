/** @module Field resolution for one-valued fields: each picks one report's value among an incident's reports. */
import type { Affected, Cause, Certainty } from "../../domain/incident.js";
import { compareSpecificity } from "./cause-compat.js";
import { toMonthDay, toResolvedInterval } from "./dates.js";
import type { ReportFacts } from "./facts.js";
import { compareFullness } from "./names.js";
import { compareText } from "./report-input.js";

/** A resolved value and the report it was taken from. */
export type Choice<T> = { readonly value: T; readonly from: ReportFacts };

function firstOf<T>(reports: readonly ReportFacts[], pick: (f: ReportFacts) => T, value: T): Choice<T> {
  const from = reports.find((f) => pick(f) === value) ?? reports[0];
  if (from === undefined) throw new Error("merge: an incident has no reports");
  return { value, from };
}

/** The fullest organization name (株式会社X over （株）X over X, then the longest). Reports are oldest first. */
export function chooseOrganization(reports: readonly ReportFacts[]): Choice<string> {
  const names = reports.map((f) => f.input.report.incident.organization);
  const best = [...names].sort(compareFullness)[0] ?? "";
  return firstOf(reports, (f) => f.input.report.incident.organization, best);
}

type DatedValue = { readonly date: string; readonly end: number; readonly start: number };

/** Earliest first; within an interval, the more precise date first; dates with no knowable year last. */
function compareAnnouncements(a: DatedValue, b: DatedValue): number {
  return a.end - b.end || b.start - a.start || compareText(a.date, b.date);
}

/** The earliest announcement date stated (a precise day over the year or month that contains it), or null. */
export function chooseAnnounced(reports: readonly ReportFacts[]): Choice<string | null> {
  const dated: DatedValue[] = [];
  for (const f of reports) {
    const date = f.input.report.incident.announced;
    if (date === null) continue;
    const d = toResolvedInterval(date, f.input.source.published);
    if (d) dated.push({ date, end: d.end, start: d.start });
  }
  const best = dated.sort(compareAnnouncements)[0]?.date ?? chooseYearless(reports);
  return firstOf(reports, (f) => f.input.report.incident.announced, best);
}

function chooseYearless(reports: readonly ReportFacts[]): string | null {
  const dates = reports.map((f) => f.input.report.incident.announced).filter((d): d is string => d !== null);
  const byMonthDay = (d: string): string => toMonthDay(d) ?? d;
  return dates.sort((a, b) => compareText(byMonthDay(a), byMonthDay(b)) || compareText(a, b))[0] ?? null;
}

/**
 * The best-supported count: the latest report's new figure (a confirmed 9,120人 after 最大約1万5千人 replaces it). A
 * figure that only repeats one reported before (value and unit) is not news and leaves the choice as it was, except
 * that an exact figure confirms an estimate of the same value.
 */
export function chooseAffected(reports: readonly ReportFacts[]): Choice<Affected> {
  let best: Choice<Affected> | null = null;
  const seen = new Set<string>();
  for (const f of reports) {
    const affected = f.input.report.incident.affected;
    if (affected.value === null) continue;
    const id = `${affected.value}/${affected.unit}`;
    const upgrade = affected.qualifier === "exact" && best?.value.qualifier !== "exact";
    if (!seen.has(id) || (upgrade && best?.value.value === affected.value)) best = { value: affected, from: f };
    seen.add(id);
  }
  if (best) return best;
  const latest = reports.at(-1);
  if (latest === undefined) throw new Error("merge: an incident has no reports");
  return { value: latest.input.report.incident.affected, from: latest };
}

/** The most specific cause stated (sql_injection over vulnerability, any attack over unauthorized_access over unknown). */
export function chooseCause(reports: readonly ReportFacts[]): Choice<Cause> {
  const causes = reports.map((f) => f.input.report.incident.cause);
  const best = [...causes].sort(compareSpecificity)[0] ?? "unknown";
  return firstOf(reports, (f) => f.input.report.incident.cause, best);
}

/** Confirmed when any report states it as fact, taken from the latest report that does; else possible. */
export function chooseCertainty(reports: readonly ReportFacts[]): Choice<Certainty> {
  const confirming = reports.filter((f) => f.input.report.incident.certainty === "confirmed").at(-1);
  if (confirming) return { value: "confirmed", from: confirming };
  return firstOf(reports, (f) => f.input.report.incident.certainty, "possible");
}
