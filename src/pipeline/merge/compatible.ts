/** @module Whether two reports of one organization describe the same incident: dates, cause, counts, shared facts. */
import type { Affected } from "../../domain/incident.js";
import { toKey } from "../extract/aliases.js";
import { isCauseCompatible } from "./cause-compat.js";
import { toGapDays, toMonthDay, toResolvedInterval, toSpanDays } from "./dates.js";
import type { ReportFacts } from "./facts.js";
import { isOrganizationLinked } from "./links.js";

/** Announcements further apart than this are different incidents unless one refers back to the other. */
export const MAX_DAYS_APART = 120;

/** A later article repeating the first announcement's date (同社は5月9日に…と発表していた) names the same event. */
export function isReferringBack(a: ReportFacts, b: ReportFacts): boolean {
  return a.announcements.some((x) => b.announcements.some((y) => isSameDay(x, a, y, b)));
}

function isSameDay(x: string, a: ReportFacts, y: string, b: ReportFacts): boolean {
  const dx = toResolvedInterval(x, a.input.source.published);
  const dy = toResolvedInterval(y, b.input.source.published);
  if (dx && dy) return dx.start === dx.end && dy.start === dy.end && toGapDays(dx, dy) <= 1;
  const mx = toMonthDay(x);
  return mx !== null && mx.length === 7 && mx === toMonthDay(y);
}

function isFarApart(a: ReportFacts, b: ReportFacts): boolean {
  return a.anchor !== null && b.anchor !== null && toGapDays(a.anchor, b.anchor) > MAX_DAYS_APART;
}

function isClose(a: ReportFacts, b: ReportFacts): boolean {
  return a.anchor !== null && b.anchor !== null && toSpanDays(a.anchor, b.anchor) <= MAX_DAYS_APART;
}

/** Two confirmed exact counts in one unit that differ tenfold are two events, not a revision. */
function isCountConflict(x: Affected, y: Affected, confirmed: boolean): boolean {
  if (!confirmed || x.value === null || y.value === null || x.unit !== y.unit) return false;
  if (x.qualifier !== "exact" || y.qualifier !== "exact") return false;
  return Math.max(x.value, y.value) >= 10 * Math.max(1, Math.min(x.value, y.value));
}

/** Facts that rule out one incident: one article's separate incidents, other organizations, causes, far dates, counts. */
export function isConflicting(a: ReportFacts, b: ReportFacts): boolean {
  const x = a.input.report.incident;
  const y = b.input.report.incident;
  if (a.input.report.sourceId === b.input.report.sourceId) return true;
  if (!isOrganizationLinked(a.names, b.names)) return true;
  if (!isCauseCompatible(x.cause, y.cause)) return true;
  if (isFarApart(a, b) && !isReferringBack(a, b)) return true;
  return isCountConflict(x.affected, y.affected, x.certainty === "confirmed" && y.certainty === "confirmed");
}

function overlaps(xs: readonly string[], ys: readonly string[]): boolean {
  const keys = new Set(xs.map(toKey));
  return ys.some((y) => keys.has(toKey(y)));
}

/** Facts that tie two reports to one incident: close dates, a reference back, shared data items, vector or count. */
export function isSupporting(a: ReportFacts, b: ReportFacts): boolean {
  const x = a.input.report.incident;
  const y = b.input.report.incident;
  if (a.anchor === null || b.anchor === null) return true;
  if (isClose(a, b) || isReferringBack(a, b)) return true;
  if (x.data_items.some((d) => y.data_items.includes(d)) || overlaps(x.vector, y.vector)) return true;
  return x.affected.value !== null && x.affected.value === y.affected.value;
}

/** Same incident: no fact rules it out and some fact ties the two together (or the dates cannot tell them apart). */
export function isSameIncident(a: ReportFacts, b: ReportFacts): boolean {
  return !isConflicting(a, b) && isSupporting(a, b);
}
