/** @module Every report's value for every correctable field, marked with the one the merged incident shows. */
import type { Span } from "../../domain/incident.js";
import type { Candidate, CorrectableField } from "../../domain/store.js";
import type { ReportFacts } from "./facts.js";
import { toOrganizationType } from "./names.js";

/** The correctable fields in the order candidates are listed. */
export const CANDIDATE_FIELDS: readonly CorrectableField[] = [
  "organization",
  "organization_type",
  "announced",
  "affected",
  "cause",
  "data_items",
  "cves",
  "certainty",
];

/** For each field, the reports whose value the merged incident shows. */
export type ChosenReports = Readonly<Record<CorrectableField, ReadonlySet<number>>>;

function fieldValue(f: ReportFacts, field: CorrectableField): unknown {
  const incident = f.input.report.incident;
  if (field === "organization_type") return toOrganizationType(incident.organization);
  return incident[field];
}

function spanOf(f: ReportFacts, field: CorrectableField): Span | undefined {
  const sources = f.input.report.incident.sources;
  if (field === "organization_type") return sources.organization;
  if (field === "certainty") return sources.affected;
  return sources[field];
}

/** One candidate per report per field, reports in the order given (oldest first). */
export function toCandidates(reports: readonly ReportFacts[], chosen: ChosenReports): Candidate[] {
  return CANDIDATE_FIELDS.flatMap((field) =>
    reports.map((f): Candidate => {
      const span = spanOf(f, field);
      return {
        field,
        value: fieldValue(f, field),
        sourceId: f.input.report.sourceId,
        reportId: f.input.report.id,
        start: span?.start ?? 0,
        end: span?.end ?? 0,
        text: span?.text ?? "",
        chosen: chosen[field].has(f.input.report.id),
      };
    }),
  );
}
