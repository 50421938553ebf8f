/** @module Writes an incident straight into a test store (with one source), for values the extractor would not produce. */
import type { Incident } from "../../src/domain/incident.js";
import type { OrganizationType, StoredIncident } from "../../src/domain/store.js";
import { anIncident, aSource, toNewIncident } from "../../src/storage/store.contract.js";
import type { Store } from "../../src/storage/store.js";

/** An organization name built to break out of HTML, XML, JSON-in-script and attribute contexts. */
export const HOSTILE_ORGANIZATION = `<script>alert(1)</script></script><img src=x onerror=alert(2)>"'&amp;株式会社`;

/** Stores `fields` as one incident under `key` with one new source; returns it as the store reads it back. */
export async function putIncident(
  store: Store,
  key: string,
  fields: Partial<Incident>,
  options: { organizationType?: OrganizationType; updatedAt?: string; text?: string } = {},
): Promise<StoredIncident> {
  const incident = anIncident(fields);
  await store.transaction(async (tx) => {
    const source = await tx.insertSource(aSource({ text: options.text ?? incident.evidence }));
    const [report] = await tx.insertReports(source.id, [incident]);
    const full = toNewIncident(key, incident, {
      sourceIds: [source.id],
      reportIds: [report!.id],
      organizationType: options.organizationType ?? "company",
    });
    // A key already stored is replaced in place (listed in both, as the merge step does), keeping its id.
    const existing = await tx.incidentByKey(key);
    await tx.replaceIncidents(existing ? [key] : [], [{ ...full, updatedAt: options.updatedAt ?? full.updatedAt }], []);
  });
  return (await store.getIncident(key))!;
}
