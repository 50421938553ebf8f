/** @module The text an incident is found by: its names, evidence, CVEs, vectors and the text of its sources. */
import type { Incident } from "../domain/incident.js";

/** A source's searchable part. */
export type SearchSource = { readonly title: string | null; readonly text: string };

/** The searchable text of an incident, one part per line (a line break also breaks a gram run). */
export function toIncidentSearchText(incident: Incident, sources: readonly SearchSource[]): string {
  const parts = [
    incident.organization,
    ...incident.also,
    incident.evidence,
    ...incident.cves,
    ...incident.vector,
    ...sources.flatMap((s) => [s.title ?? "", s.text]),
  ];
  return parts.filter((p) => p.length > 0).join("\n");
}
