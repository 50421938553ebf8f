/** @module Article → incidents: the extraction engine's one verb. */
import type { Article } from "../../domain/article.js";
import type { ContractIncident, Incident } from "../../domain/incident.js";

/** Finds every incident the article reports. */
export function extractIncidents(_article: Article): readonly Incident[] {
  return [];
}

/** The contract fields of an incident (SCHEMA.md), in contract key order. */
export function toContract(incident: Incident): ContractIncident {
  return {
    organization: incident.organization,
    also: incident.also,
    announced: incident.announced,
    affected: incident.affected,
    data_items: incident.data_items,
    cause: incident.cause,
    cves: incident.cves,
    evidence: incident.evidence,
  };
}
