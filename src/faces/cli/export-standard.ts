/**
 * @module `roei export --format veris|stix|misp`: reads the matching incidents and their sources from the store and
 * writes VERIS JSON lines (or one file each), one STIX bundle, or MISP event lines (or one file each).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toMispEvent } from "../../analysis/export/misp.js";
import { type StixInput, type StixSource, toStixBundle } from "../../analysis/export/stix.js";
import { toVerisIncident } from "../../analysis/export/veris.js";
import type { StoredIncident } from "../../domain/store.js";
import type { IncidentQuery, Store } from "../../storage/store.js";
import type { CliIO } from "./main.js";

export type StandardFormat = "veris" | "stix" | "misp";

const PAGE = 500;

/** Every incident the query matches, a page at a time. */
export async function* matching(store: Store, query: IncidentQuery): AsyncIterable<StoredIncident> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listIncidents({ ...query, limit: PAGE, offset });
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

/** Looks up sources once each: incidents of one article share them. */
export function sourceReader(store: Store): (incident: StoredIncident) => Promise<readonly StixSource[]> {
  const cache = new Map<number, StixSource | null>();
  return async (incident) => {
    const out: StixSource[] = [];
    for (const id of incident.sourceIds) {
      if (!cache.has(id)) {
        const s = await store.getSource(id);
        cache.set(id, s ? { key: s.key, published: s.published, title: s.title } : null);
      }
      const s = cache.get(id);
      if (s) out.push(s);
    }
    return out;
  };
}

/** A file name for an incident key (`veris:<id>` → `veris_<id>.json`). */
export function toExportFileName(key: string): string {
  return `${key.replace(/[^A-Za-z0-9._-]/g, "_")}.json`;
}

/** Runs the export; returns the exit status. */
export async function exportStandard(
  format: StandardFormat,
  query: IncidentQuery,
  out: string | undefined,
  store: Store,
  io: CliIO,
): Promise<number> {
  const sourcesOf = sourceReader(store);
  if (format === "stix") {
    const inputs: StixInput[] = [];
    for await (const incident of matching(store, query)) inputs.push({ incident, sources: await sourcesOf(incident) });
    await io.stdout(`${JSON.stringify(toStixBundle(inputs), null, 2)}\n`);
    return 0;
  }
  if (out !== undefined) await mkdir(out, { recursive: true });
  let n = 0;
  for await (const incident of matching(store, query)) {
    const sources = await sourcesOf(incident);
    const record = format === "veris" ? toVerisIncident(incident, { sources }) : toMispEvent(incident, sources);
    if (out === undefined) await io.stdout(`${JSON.stringify(record)}\n`);
    else await writeFile(join(out, toExportFileName(incident.key)), `${JSON.stringify(record, null, 2)}\n`);
    n++;
  }
  if (out !== undefined) io.stderr(`roei: ${n} incident${n === 1 ? "" : "s"} written to ${out}\n`);
  return 0;
}
