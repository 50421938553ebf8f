/** @module One incident's reports (oldest first) → the merged incident, every field resolved with its candidates. */
import type { Incident, Span } from "../../domain/incident.js";
import type { CorrectableField } from "../../domain/store.js";
import type { NewIncident } from "../../storage/store.js";
import { toKey } from "../extract/aliases.js";
import { type ChosenReports, toCandidates } from "./candidates.js";
import type { ReportFacts } from "./facts.js";
import { toIncidentKey } from "./incident-key.js";
import { toOrganizationType } from "./names.js";
import { mergeTimelineFrom, unionCves, unionDataItems, unionSpansFrom, unionStrings } from "./resolve-lists.js";
import {
  chooseAffected,
  chooseAnnounced,
  chooseCause,
  chooseCertainty,
  chooseOrganization,
} from "./resolve-scalars.js";

type SourcedField = keyof Incident["sources"];

function ids(reports: readonly ReportFacts[]): ReadonlySet<number> {
  return new Set(reports.map((f) => f.input.report.id));
}

function sourcesOf(from: Readonly<Record<SourcedField, ReportFacts | undefined>>): Incident["sources"] {
  const out: Partial<Record<SourcedField, Span>> = {};
  for (const field of Object.keys(from) as SourcedField[]) {
    const span = from[field]?.input.report.incident.sources[field];
    if (span) out[field] = span;
  }
  return out;
}

/** The merged incident (before corrections and related links) of reports given oldest first. */
export function buildIncident(reports: readonly ReportFacts[], now: string): NewIncident {
  const organization = chooseOrganization(reports);
  const announced = chooseAnnounced(reports);
  const affected = chooseAffected(reports);
  const cause = chooseCause(reports);
  const certainty = chooseCertainty(reports);
  const dataItems = unionDataItems(reports);
  const cves = unionCves(reports);
  const incidents = reports.map((f) => f.input.report.incident);
  const counted = affected.from.input.report.incident;
  const timeline = mergeTimelineFrom(reports);
  const spans = (field: "secondary_damage" | "response") =>
    unionSpansFrom(reports.map((f) => ({ sourceId: f.input.report.sourceId, spans: f.input.report.incident[field] })));
  const secondary = spans("secondary_damage");
  const response = spans("response");
  const chosen: ChosenReports = {
    organization: ids([organization.from]),
    organization_type: ids([organization.from]),
    announced: ids(announced.value === null ? [] : [announced.from]),
    affected: ids(affected.value.value === null ? [] : [affected.from]),
    cause: ids([cause.from]),
    data_items: ids(dataItems.from),
    cves: ids(cves.from),
    certainty: ids([certainty.from]),
  };
  return {
    key: toIncidentKey(
      organization.value,
      reports.map((f) => f.input),
    ),
    organization: organization.value,
    organization_key: toKey(organization.value),
    organizationType: toOrganizationType(organization.value),
    also: unionStrings(
      incidents.flatMap((i) => [[i.organization], i.also]),
      [organization.value],
    ),
    announced: announced.value,
    affected: affected.value,
    data_items: dataItems.value,
    cause: cause.value,
    cves: cves.value,
    evidence: counted.evidence,
    certainty: certainty.value,
    breakdown: counted.breakdown,
    breakdown_mismatch: counted.breakdown_mismatch,
    timeline: timeline.events,
    vector: unionStrings(incidents.map((i) => i.vector)),
    secondary_damage: secondary.spans,
    response: response.spans,
    sources: sourcesOf({
      organization: organization.from,
      announced: announced.from,
      affected: affected.from,
      cause: cause.from,
      data_items: dataItems.from[0],
      cves: cves.from[0],
    }),
    sourceIds: [...new Set(reports.map((f) => f.input.report.sourceId))].sort((a, b) => a - b),
    reportIds: reports.map((f) => f.input.report.id).sort((a, b) => a - b),
    candidates: toCandidates(reports, chosen),
    related: [],
    corrected: [] satisfies CorrectableField[],
    updatedAt: now,
    spanSources: { timeline: timeline.sourceIds, secondary_damage: secondary.sourceIds, response: response.sourceIds },
  };
}
