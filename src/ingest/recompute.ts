/** @module Inside one transaction: recompute the incidents a set of reports belongs to, keeping every correction. */
import type { Report, Source } from "../domain/store.js";
import { toKey } from "../pipeline/extract/aliases.js";
import {
  carryCorrections,
  clusterReports,
  linkRelated,
  mergeCluster,
  type ReportInput,
} from "../pipeline/merge/index.js";
import type { NewIncident, NewOrganization, StoreTx } from "../storage/store.js";

/** Names a report is known by: its organization and the other names it gives. */
export function namesOf(report: Report): string[] {
  return [report.incident.organization, ...report.incident.also].filter((n) => n.length > 0);
}

const MAX_ROUNDS = 4;

/**
 * Recomputes every incident that `touched` reports (new ones, or ones just removed) belong to: gathers the reports of
 * the same organizations (alias-aware, to a fixed point), clusters and merges them, carries corrections over to the
 * new incident keys, and replaces the old incidents. Returns the keys written.
 */
export async function recomputeIncidents(
  tx: StoreTx,
  touched: readonly Report[],
  removedReportIds: readonly number[],
  now: string,
): Promise<readonly string[]> {
  const pool = await gatherReports(tx, touched);
  for (const id of removedReportIds) pool.delete(id);
  // Every report of the organizations concerned is merged again: the result depends only on which reports exist.
  const clusters = clusterReports(await toInputs(tx, [...pool.values()]));
  const clusteredIds = [...pool.keys()];
  const oldKeys = await tx.incidentKeysOfReports([...clusteredIds, ...removedReportIds]);
  const incidents: NewIncident[] = [];
  const organizations: NewOrganization[] = [];
  for (const cluster of clusters) {
    const merged = mergeCluster(cluster, [], now);
    incidents.push(...merged.incidents);
    organizations.push(...merged.organizations);
  }
  // Corrections of the incidents being replaced and of those about to be written (a re-extracted source keeps its
  // incident keys while its old reports, and their links, are already gone).
  const corrections = await tx.corrections([...new Set([...oldKeys, ...incidents.map((i) => i.key)])]);
  const old = await oldIncidentReports(tx, oldKeys);
  const carried = carryCorrections(old, incidents, corrections);
  // A correction whose incident got a new key is stored again under that key, so later re-merges still find it.
  for (let k = 0; k < carried.length; k++) {
    if (carried[k]!.incidentKey !== corrections[k]?.incidentKey) await tx.addCorrection(carried[k]!);
  }
  const final = carried.length > 0 ? remerge(clusters, carried, now) : { incidents, organizations };
  await tx.replaceIncidents(oldKeys, linkRelated(final.incidents), final.organizations);
  return final.incidents.map((i) => i.key);
}

function remerge(
  clusters: readonly (readonly ReportInput[])[],
  corrections: Parameters<typeof mergeCluster>[1],
  now: string,
) {
  const incidents: NewIncident[] = [];
  const organizations: NewOrganization[] = [];
  for (const cluster of clusters) {
    const merged = mergeCluster(cluster, corrections, now);
    incidents.push(...merged.incidents);
    organizations.push(...merged.organizations);
  }
  return { incidents, organizations };
}

/** Reports of the same organizations as `seed`, following aliases to a fixed point (bounded rounds). */
async function gatherReports(tx: StoreTx, seed: readonly Report[]): Promise<Map<number, Report>> {
  const pool = new Map(seed.map((r) => [r.id, r] as const));
  let keys = new Set(seed.flatMap(namesOf).map(toKey));
  for (let round = 0; round < MAX_ROUNDS && keys.size > 0; round++) {
    const found = await tx.reportsNamedLike([...keys]);
    const next = new Set<string>();
    for (const r of found) {
      if (pool.has(r.id)) continue;
      pool.set(r.id, r);
      for (const k of namesOf(r).map(toKey)) if (!keys.has(k)) next.add(k);
    }
    keys = next;
  }
  return pool;
}

async function toInputs(tx: StoreTx, reports: readonly Report[]): Promise<ReportInput[]> {
  const sources = new Map<number, Source>(
    (await tx.sourcesByIds([...new Set(reports.map((r) => r.sourceId))])).map((s) => [s.id, s] as const),
  );
  return reports.flatMap((report) => {
    const s = sources.get(report.sourceId);
    return s
      ? [
          {
            report,
            source: {
              id: s.id,
              key: s.key,
              contentHash: s.contentHash,
              published: s.published,
              fetchedAt: s.fetchedAt,
            },
          },
        ]
      : [];
  });
}

async function oldIncidentReports(tx: StoreTx, keys: readonly string[]) {
  return (await Promise.all(keys.map((k) => tx.incidentByKey(k)))).flatMap((i) =>
    i ? [{ key: i.key, reportIds: i.reportIds }] : [],
  );
}
