/** @module Reads every stored incident for an analysis that needs them all at once, without what it does not use. */
import type { StoredIncident } from "../../domain/store.js";
import type { Store } from "../../storage/store.js";

/** A stored incident without its candidate lists and id lists: the bulk of a row, and unused by whole-store views. */
export type SlimIncident = Omit<StoredIncident, "candidates" | "sourceIds" | "reportIds">;

export function toSlimIncident(incident: StoredIncident): SlimIncident {
  const { candidates: _candidates, sourceIds: _sourceIds, reportIds: _reportIds, ...slim } = incident;
  return slim;
}

/** Every incident, slimmed as it is read, so memory grows with what the analysis keeps and not with the candidates. */
export async function readSlimIncidents(store: Store): Promise<SlimIncident[]> {
  const incidents: SlimIncident[] = [];
  for await (const incident of store.allIncidents()) incidents.push(toSlimIncident(incident));
  return incidents;
}
