/**
 * @module Incident → review flags: figures and dates that contradict each other, inside one incident or between the
 * values its sources gave (StoredIncident.candidates). Each flag has a code, a Japanese message and the fields it is
 * about. Pure; the checks are a list of small functions run in order.
 */
import type { Affected, Incident, Qualifier, TimelineEvent, Unit } from "../../domain/incident.js";
import type { Candidate } from "../../domain/store.js";
import { isSurelyAfter } from "./dates.js";
import { QUALIFIER_JA } from "./labels.js";

export type ReviewFlagCode =
  | "breakdown_mismatch"
  | "discovered_after_announced"
  | "occurred_after_discovered"
  | "exposure_end_before_start"
  | "unit_conflict"
  | "qualifier_conflict"
  | "cause_conflict"
  | "count_without_unit"
  | "qualifier_without_count"
  | "cumulative_people";

export type ReviewFlag = {
  readonly code: ReviewFlagCode;
  /** Japanese, for the analyst who reviews the incident. */
  readonly message: string;
  /** Incident fields involved (affected, breakdown, announced, timeline, cause, candidates). */
  readonly fields: readonly string[];
};

/** What the checks read: an incident, with the per-source candidates when it comes from the store. */
export type CheckedIncident = Incident & { readonly candidates?: readonly Candidate[] };

type Check = (incident: CheckedIncident) => readonly ReviewFlag[];

const UNIT_JA: Readonly<Record<Unit, string>> = { people: "人", records: "件" };

/** The checks, in the order their flags are listed. */
const CHECKS: readonly Check[] = [
  checkBreakdown,
  checkCountShape,
  checkCumulativePeople,
  checkDiscoveredAfterAnnounced,
  checkOccurredAfterDiscovered,
  checkExposureWindow,
  checkSourceUnits,
  checkSourceQualifiers,
  checkSourceCauses,
];

/** Every review flag for an incident, in a fixed order. */
export function toReviewFlags(incident: CheckedIncident): readonly ReviewFlag[] {
  return CHECKS.flatMap((check) => check(incident));
}

/** The 内訳 adds up to something else than the total (the extractor's flag, or the sum recomputed per unit). */
function checkBreakdown(i: CheckedIncident): readonly ReviewFlag[] {
  if (i.breakdown.length === 0 || i.affected.value === null) return [];
  const same = i.breakdown.filter((b) => b.unit === null || b.unit === i.affected.unit);
  const sum = same.reduce((total, b) => total + b.value, 0);
  if (!i.breakdown_mismatch && (same.length < 2 || sum === i.affected.value)) return [];
  const shown = same.length >= 2 ? `内訳の合計 ${sum.toLocaleString("en-US")}` : "内訳の合計";
  return [
    flag(
      "breakdown_mismatch",
      `${shown}が総数 ${i.affected.value.toLocaleString("en-US")} と一致しません`,
      "affected",
      "breakdown",
    ),
  ];
}

/** A figure without 人/件, or 最大/約 or a unit without a figure. */
function checkCountShape(i: CheckedIncident): readonly ReviewFlag[] {
  const a = i.affected;
  if (a.value !== null && a.unit === null) {
    return [
      flag("count_without_unit", `件数 ${a.value.toLocaleString("en-US")} に単位（人・件）がありません`, "affected"),
    ];
  }
  if (a.value === null && (a.unit !== null || (a.qualifier !== null && a.qualifier !== "exact"))) {
    return [
      flag("qualifier_without_count", "数値のない件数に単位または修飾語（最大・約など）が付いています", "affected"),
    ];
  }
  return [];
}

/** 延べ counts may hold one person several times (legal-rules.md §6): not a head count for the 1,000-person rule. */
function checkCumulativePeople(i: CheckedIncident): readonly ReviewFlag[] {
  if (i.affected.qualifier !== "cumulative" || i.affected.unit !== "people") return [];
  return [
    flag(
      "cumulative_people",
      "延べ人数は同じ人を重複して数えている可能性があります（本人の数の確認が必要）",
      "affected",
    ),
  ];
}

function eventsOf(i: Incident, kind: TimelineEvent["kind"]): readonly TimelineEvent[] {
  return i.timeline.filter((e) => e.kind === kind);
}

function checkDiscoveredAfterAnnounced(i: CheckedIncident): readonly ReviewFlag[] {
  const announced = i.announced;
  if (announced === null) return [];
  const late = eventsOf(i, "discovered").find((e) => isSurelyAfter(e.date, announced));
  if (!late) return [];
  return [
    flag(
      "discovered_after_announced",
      `発覚日（${late.date}）が公表日（${announced}）より後です`,
      "timeline",
      "announced",
    ),
  ];
}

function checkOccurredAfterDiscovered(i: CheckedIncident): readonly ReviewFlag[] {
  for (const found of eventsOf(i, "discovered")) {
    const late = eventsOf(i, "occurred").find((e) => isSurelyAfter(e.date, found.date));
    if (late) {
      return [
        flag("occurred_after_discovered", `発生日（${late.date}）が発覚日（${found.date}）より後です`, "timeline"),
      ];
    }
  }
  return [];
}

/** The exposure window ends before it starts: every end is before every start. */
function checkExposureWindow(i: CheckedIncident): readonly ReviewFlag[] {
  const starts = eventsOf(i, "exposure_start");
  const ends = eventsOf(i, "exposure_end");
  if (starts.length === 0 || ends.length === 0) return [];
  const bad = ends.every((end) => starts.every((start) => isSurelyAfter(start.date, end.date)));
  if (!bad) return [];
  return [
    flag(
      "exposure_end_before_start",
      `漏えい期間の終わり（${ends.map((e) => e.date).join("、")}）が始まり（${starts.map((e) => e.date).join("、")}）より前です`,
      "timeline",
    ),
  ];
}

/** The candidates of one field, one value per source (the first each source gave). */
function perSource<T>(i: CheckedIncident, field: Candidate["field"], read: (v: unknown) => T | null): Map<number, T> {
  const out = new Map<number, T>();
  for (const c of i.candidates ?? []) {
    if (c.field !== field || out.has(c.sourceId)) continue;
    const value = read(c.value);
    if (value !== null) out.set(c.sourceId, value);
  }
  return out;
}

function readAffected(v: unknown): Affected | null {
  if (typeof v !== "object" || v === null || !("value" in v)) return null;
  const a = v as Affected;
  return a.value === null ? null : a;
}

function checkSourceUnits(i: CheckedIncident): readonly ReviewFlag[] {
  const units = [...new Set([...perSource(i, "affected", readAffected).values()].map((a) => a.unit))];
  const known = units.filter((u): u is Unit => u !== null);
  if (known.length < 2) return [];
  return [
    flag(
      "unit_conflict",
      `情報源によって単位が異なります（${known.map((u) => UNIT_JA[u]).join("・")}）：人数と件数の取り違えの可能性`,
      "affected",
      "candidates",
    ),
  ];
}

/**
 * Sources (oldest first, the order candidates keep) that qualify the figure differently, unless each later figure is
 * one the earlier bound allows: 最大35,000 then 29,870 confirmed is the usual 第2報, not a conflict.
 */
function checkSourceQualifiers(i: CheckedIncident): readonly ReviewFlag[] {
  const given = [...perSource(i, "affected", readAffected).values()];
  const qualifiers = [...new Set(given.map((a) => a.qualifier ?? "exact"))] as Qualifier[];
  if (qualifiers.length < 2) return [];
  if (given.every((later, k) => given.slice(0, k).every((earlier) => refines(earlier, later)))) return [];
  const shown = given.map((a) => `${QUALIFIER_JA[a.qualifier ?? "exact"]}${a.value!.toLocaleString("en-US")}`);
  return [
    flag(
      "qualifier_conflict",
      `情報源によって件数の修飾が異なります（${[...new Set(shown)].join("、")}）：確定値か最大値かの確認が必要`,
      "affected",
      "candidates",
    ),
  ];
}

/** Does a later figure stay within what an earlier one said (same unit, under its 最大, over its 以上)? */
function refines(earlier: Affected, later: Affected): boolean {
  if (earlier.unit !== later.unit || earlier.value === null || later.value === null) return false;
  const q = earlier.qualifier ?? "exact";
  if (q === (later.qualifier ?? "exact")) return true;
  if (q === "max") return later.value <= earlier.value;
  if (q === "at_least") return later.value >= earlier.value;
  return false;
}

function checkSourceCauses(i: CheckedIncident): readonly ReviewFlag[] {
  const causes = [...new Set(perSource(i, "cause", (v) => (typeof v === "string" ? v : null)).values())];
  if (causes.length < 2) return [];
  return [flag("cause_conflict", `情報源によって原因が異なります（${causes.join("、")}）`, "cause", "candidates")];
}

function flag(code: ReviewFlagCode, message: string, ...fields: string[]): ReviewFlag {
  return { code, message, fields };
}
