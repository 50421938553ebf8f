/** @module One organization's reports → its incidents, merged, corrected, with the organizations they belong to. */
import type { Correction } from "../../domain/store.js";
import type { NewIncident, NewOrganization } from "../../storage/store.js";
import { buildIncident } from "./build-incident.js";
import { clusterReports } from "./cluster.js";
import { applyCorrections } from "./corrections.js";
import { toOrganizations } from "./organizations.js";
import { linkRelated } from "./related.js";
import type { ReportInput } from "./report-input.js";
import { splitIncidents } from "./split.js";

export type MergeResult = { readonly incidents: NewIncident[]; readonly organizations: NewOrganization[] };

/**
 * Splits one cluster (reports naming one organization, from clusterReports) into incidents and merges each: fields
 * resolved with every candidate kept, analyst corrections applied on top. `now` becomes each incident's updatedAt.
 */
export function mergeCluster(
  cluster: readonly ReportInput[],
  corrections: readonly Correction[],
  now: string,
): MergeResult {
  const incidents = splitIncidents(cluster)
    .map((reports) => buildIncident(reports, now))
    .map((incident) => applyCorrections(incident, corrections));
  return { incidents, organizations: toOrganizations(incidents) };
}

/**
 * A whole batch: clusters, merges each cluster, links the victims of one vendor incident. Incidents come in cluster
 * order (canonical order of their first report); organizations once per key, in key order.
 */
export function mergeReports(
  reports: readonly ReportInput[],
  corrections: readonly Correction[],
  now: string,
): MergeResult {
  const incidents = clusterReports(reports).flatMap((cluster) => mergeCluster(cluster, corrections, now).incidents);
  return { incidents: linkRelated(incidents), organizations: toOrganizations(incidents) };
}
