/** @module One organization's reports → the incidents they describe (a follow-up joins its incident; others stay apart). */
import { isConflicting, isSupporting } from "./compatible.js";
import { compareByTime, type ReportFacts, toFacts } from "./facts.js";
import type { ReportInput } from "./report-input.js";

/**
 * Splits reports into incidents, oldest report first: a report joins the first incident that some member supports and
 * no member conflicts with, else it starts a new incident. Each incident lists its reports oldest first.
 */
export function splitIncidents(reports: readonly ReportInput[]): ReportFacts[][] {
  const facts = reports.map(toFacts).sort(compareByTime);
  const incidents: ReportFacts[][] = [];
  for (const f of facts) {
    const home = incidents.find((members) => fitsIn(f, members));
    if (home) home.push(f);
    else incidents.push([f]);
  }
  return incidents;
}

function fitsIn(f: ReportFacts, members: readonly ReportFacts[]): boolean {
  return !members.some((m) => isConflicting(f, m)) && members.some((m) => isSupporting(f, m));
}
