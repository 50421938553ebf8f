/** @module The text an incident carries (vector, evidence, sourced sentences), for word-table classifiers: pure. */
import type { Incident } from "../../domain/incident.js";

/** The parts of an incident that hold its words; all optional, so a hand-written contract incident works too. */
export type IncidentWords = Partial<
  Pick<Incident, "vector" | "evidence" | "sources" | "response" | "secondary_damage" | "timeline">
>;

/** The incident's own words (NFKC): vector entries, evidence, the sentences its fields came from, response spans. */
export function toIncidentText(incident: IncidentWords): string {
  const parts = [
    ...(incident.vector ?? []),
    incident.evidence ?? "",
    ...Object.values(incident.sources ?? {}).map((span) => span?.text ?? ""),
    ...(incident.response ?? []).map((span) => span.text),
    ...(incident.secondary_damage ?? []).map((span) => span.text),
  ];
  return parts.join("\n").normalize("NFKC");
}
