/**
 * @module Writes imported VERIS records into the store, each in one transaction: its source (key `veris:<id>`, next
 * version when the record changed) and its incident (key `veris:<id>`). No report is written, so the merge step never
 * sees an imported incident and news incidents never absorb one. The same content again changes nothing.
 */
import { createHash } from "node:crypto";
import type { Store, StoreTx } from "../../storage/store.js";
import { toImportedIncident, toVerisSourceText } from "./veris-incident.js";
import { parseVerisRecord, toImportedKey, toRecordJson, type VerisRecord } from "./veris-record.js";

export type ImportStatus = "added" | "new_version" | "unchanged";

/** Stores one record; returns what happened. */
export async function importVerisRecord(store: Store, record: VerisRecord, now: string): Promise<ImportStatus> {
  const source = toVerisSourceText(record);
  const hash = createHash("sha256").update(source.text).digest("hex");
  const key = toImportedKey(record.incident_id);
  return store.transaction(async (tx) => {
    if (await tx.findSourceByHash(hash)) return "unchanged";
    const latest = await tx.latestSource(key);
    const stored = await tx.insertSource({
      key,
      version: (latest?.version ?? 0) + 1,
      fetchedAt: now,
      published: record.notified !== null && /^\d{4}-\d{2}-\d{2}$/.test(record.notified) ? record.notified : null,
      contentHash: hash,
      title: source.title,
      text: source.text,
      status: "ok",
      error: null,
    });
    await writeIncident(tx, record, stored.id, now);
    return latest ? "new_version" : "added";
  });
}

async function writeIncident(tx: StoreTx, record: VerisRecord, sourceId: number, now: string): Promise<void> {
  const key = toImportedKey(record.incident_id);
  const { incident, organization } = toImportedIncident(
    record,
    toVerisSourceText(record),
    sourceId,
    await tx.corrections([key]),
    now,
  );
  await tx.replaceIncidents([], [incident], [organization]);
}

/**
 * Rewrites an imported incident from its latest stored record and its standing corrections (after `roei edit`: an
 * imported incident has no reports to re-merge). Returns false when the key is not an imported incident's.
 */
export async function refreshImportedIncident(store: Store, key: string, now: string): Promise<boolean> {
  return store.transaction((tx) => refreshImportedIncidentIn(tx, key, now));
}

/** The same, inside a transaction the caller holds (`roei edit` records the correction in it too). */
export async function refreshImportedIncidentIn(tx: StoreTx, key: string, now: string): Promise<boolean> {
  const source = await tx.latestSource(key);
  const json = source ? toRecordJson(source.text) : null;
  if (!source || json === null) return false;
  const parsed = parseVerisRecord(JSON.parse(json));
  if (!parsed.ok) return false;
  await writeIncident(tx, parsed.value, source.id, now);
  return true;
}
