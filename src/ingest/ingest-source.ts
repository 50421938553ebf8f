/** @module One source into the store, in one transaction: source row, its reports, and the incidents they change. */
import { createHash } from "node:crypto";
import type { Article, RawDocument } from "../domain/article.js";
import type { Incident } from "../domain/incident.js";
import type { Report } from "../domain/store.js";
import { extractIncidents } from "../pipeline/extract/index.js";
import { loadArticle } from "../pipeline/load.js";
import type { Store } from "../storage/store.js";
import { recomputeIncidents } from "./recompute.js";

export type IngestStatus = "added" | "new_version" | "unchanged" | "failed";

export type IngestOutcome = {
  readonly key: string;
  readonly status: IngestStatus;
  /** One line saying why, for failed sources. */
  readonly error: string | null;
  readonly incidentKeys: readonly string[];
};

export type IngestDeps = {
  readonly store: Store;
  /** ISO timestamp; passed in so runs are reproducible in tests. */
  readonly now: () => string;
  readonly published?: string;
  readonly extract?: (article: Article) => readonly Incident[];
};

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Decodes, extracts and stores one document. Extraction happens before the transaction; the transaction writes the
 * source, its reports and the recomputed incidents together, so a process killed at any moment leaves either all of it
 * or none of it. The same content again changes nothing; new content under a known key becomes its next version.
 */
export async function ingestDocument(raw: RawDocument, key: string, deps: IngestDeps): Promise<IngestOutcome> {
  const loaded = loadArticle(raw, deps.published ? { published: deps.published } : {});
  if (!loaded.ok) return recordFailure(raw, key, loaded.error.message, deps);
  const article = loaded.value;
  const hash = sha256(article.text);
  // Known content: nothing to do, and no need to extract it again (a resumed run skips what it already stored).
  if (await deps.store.transaction((tx) => tx.findSourceByHash(hash))) {
    return { key, status: "unchanged", error: null, incidentKeys: [] };
  }
  const incidents = (deps.extract ?? extractIncidents)(article);
  return deps.store.transaction(async (tx) => {
    if (await tx.findSourceByHash(hash)) return { key, status: "unchanged", error: null, incidentKeys: [] };
    const latest = await tx.latestSource(key);
    const source = await tx.insertSource({
      key,
      version: (latest?.version ?? 0) + 1,
      fetchedAt: deps.now(),
      published: article.published,
      contentHash: hash,
      title: article.title,
      text: article.text,
      status: "ok",
      error: null,
    });
    const reports = await tx.insertReports(source.id, incidents);
    // The previous version's reports no longer count: its incidents are recomputed without them.
    const superseded: readonly Report[] = latest ? await tx.reportsOfSource(latest.id) : [];
    const keys = await recomputeIncidents(
      tx,
      [...reports, ...superseded],
      superseded.map((r) => r.id),
      deps.now(),
    );
    return { key, status: latest ? "new_version" : "added", error: null, incidentKeys: keys };
  });
}

/** A document that cannot be read as an article is recorded as a failed source (once per content), and nothing else. */
async function recordFailure(raw: RawDocument, key: string, error: string, deps: IngestDeps): Promise<IngestOutcome> {
  const hash = sha256(raw.bytes);
  await deps.store.transaction(async (tx) => {
    if (await tx.findSourceByHash(hash)) return;
    const latest = await tx.latestSource(key);
    await tx.insertSource({
      key,
      version: (latest?.version ?? 0) + 1,
      fetchedAt: deps.now(),
      published: null,
      contentHash: hash,
      title: null,
      text: "",
      status: "failed",
      error,
    });
  });
  return { key, status: "failed", error, incidentKeys: [] };
}

/** Re-runs the current extractor over a stored source and recomputes what changed; corrections are kept. */
export async function reextractSource(sourceId: number, deps: IngestDeps): Promise<readonly string[]> {
  const source = await deps.store.getSource(sourceId);
  if (source?.status !== "ok") return [];
  const article: Article = {
    name: source.key,
    text: source.text,
    published: source.published,
    source: source.key,
    title: source.title,
  };
  const incidents = (deps.extract ?? extractIncidents)(article);
  return deps.store.transaction(async (tx) => {
    const before = await tx.reportsOfSource(sourceId);
    await tx.deleteReports(sourceId);
    const after = await tx.insertReports(sourceId, incidents);
    return recomputeIncidents(
      tx,
      [...after, ...before],
      before.map((r) => r.id),
      deps.now(),
    );
  });
}
