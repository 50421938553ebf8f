/** @module Runs store commands: opens the store, calls the ingest and query verbs, formats, and closes. */

import { classifyIncident } from "../../analysis/classify/incident.js";
import { isImportedKey } from "../../analysis/import/veris-record.js";
import { CORRECTABLE_FIELDS, type CorrectableField, type Source, type StoredIncident } from "../../domain/store.js";
import { ingestDocument, reextractSource } from "../../ingest/ingest-source.js";
import { createProgress } from "../../ingest/progress.js";
import { walkPaths } from "../../ingest/walk.js";
import { readSource } from "../../pipeline/fetch/file.js";
import type { Store } from "../../storage/store.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";
import { parseStoreArgs, STORE_USAGE, type StoreCommand } from "./store-args.js";
import { csvHeader, csvRow, formatClassification, formatIncidentDetail, formatIncidentLine } from "./store-format.js";

/** Entry for `roei ingest|reextract|list|search|show|export|edit|feeds`; returns the exit code. */
export async function runStoreCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseStoreArgs(argv);
  if (!parsed.ok) {
    io.stderr(`roei: ${parsed.error.message}\n${STORE_USAGE}\n`);
    return 2;
  }
  const command = parsed.value;
  if (command.kind === "ingest" && command.queue) return enqueue(command, io);
  return withStore(command, (store) => dispatch(command, store, io));
}

const now = (): string => new Date().toISOString();

async function dispatch(command: StoreCommand, store: Store, io: CliIO): Promise<number> {
  switch (command.kind) {
    case "ingest":
      return ingest(command, store, io);
    case "reextract":
      return reextract(store, io);
    case "list":
      return list(command.query, command.format, store, io);
    case "show":
      return show(command.id, command.format, store, io);
    case "export":
      return exportIncidents(command, store, io);
    case "edit":
      return edit(command, store, io);
    case "feeds-add":
      await store.addFeed(command.url);
      io.stderr(`roei: feed added: ${command.url}\n`);
      return 0;
    case "feeds-list":
      for (const f of await store.feeds())
        await io.stdout(`${f.url}\t${f.lastPolledAt ?? "never polled"}\t${f.lastError ?? ""}\n`);
      return 0;
    case "worker":
      return worker(command, store, io);
    case "feeds-poll": {
      const { pollFeeds } = await import("../../ingest/feeds.js");
      return pollFeeds(store, { watchSeconds: command.watchSeconds, allowPrivate: command.allowPrivate, now }, io);
    }
  }
}

type IngestCommand = Extract<StoreCommand, { kind: "ingest" }>;

function queueUrl(command: { databaseUrl: string | undefined }): string | null {
  return command.databaseUrl ?? (process.env.DATABASE_URL || null);
}

/** `roei ingest --queue`: lists the files (absolute paths, as workers see them) and URLs, and enqueues one job each. */
async function enqueue(command: IngestCommand, io: CliIO): Promise<number> {
  const url = queueUrl(command);
  if (!url) {
    io.stderr("roei: --queue needs PostgreSQL: set DATABASE_URL or --database-url\n");
    return 2;
  }
  const { enqueueJobs } = await import("../../ingest/queue.js");
  const published = command.published ? { published: command.published } : {};
  const jobs: import("../../ingest/queue.js").IngestJob[] = [];
  for await (const entry of walkPaths(command.paths)) {
    if (entry.error === null) jobs.push({ kind: "file", target: entry.path, ...published });
    else io.stderr(`roei: ${entry.path}: ${entry.error}\n`);
  }
  for (const u of command.urls) jobs.push({ kind: "url", target: u, ...published });
  const n = await enqueueJobs(url, jobs);
  io.stderr(`roei: ${n} job${n === 1 ? "" : "s"} enqueued\n`);
  return 0;
}

async function worker(command: Extract<StoreCommand, { kind: "worker" }>, store: Store, io: CliIO): Promise<number> {
  const url = queueUrl(command);
  if (!url || store.engine !== "postgres") {
    io.stderr("roei: worker needs PostgreSQL: set DATABASE_URL or --database-url\n");
    return 2;
  }
  const { runWorker } = await import("../../ingest/queue.js");
  const { createRateLimiter } = await import("../../pipeline/fetch/rate-limit.js");
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const done = await runWorker(url, store, {
      maxBytes: command.maxBytes,
      now,
      exitWhenIdleMs: command.exitWhenIdleSeconds === null ? null : command.exitWhenIdleSeconds * 1000,
      log: (line) => io.stderr(`${line}\n`),
      rateLimiter: createRateLimiter(),
      signal: stop.signal,
    });
    io.stderr(`roei: worker done, ${done} job${done === 1 ? "" : "s"}\n`);
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

async function ingest(command: IngestCommand, store: Store, io: CliIO): Promise<number> {
  const progress = createProgress("ingest", null, { write: io.stderr, isTTY: io.stderrIsTTY ?? false });
  const deps = { store, now, ...(command.published ? { published: command.published } : {}) };
  let failed = 0;
  for await (const entry of walkPaths(command.paths)) {
    const raw = entry.error === null ? await readSource(entry.path, { maxBytes: command.maxBytes }) : null;
    const error = entry.error ?? (raw && !raw.ok ? raw.error.message : null);
    if (error !== null || !raw?.ok) {
      failed++;
      progress.tick(true);
      io.stderr(`${io.stderrIsTTY ? "\r\x1b[2K" : ""}roei: ${entry.path}: ${error}\n`);
      continue;
    }
    const outcome = await ingestDocument(raw.value, entry.path, deps);
    if (outcome.status === "failed") {
      failed++;
      io.stderr(`${io.stderrIsTTY ? "\r\x1b[2K" : ""}roei: ${entry.path}: ${outcome.error}\n`);
    }
    progress.tick(outcome.status === "failed");
  }
  if (command.urls.length > 0) failed += await ingestUrls(command, deps, io);
  progress.done();
  return failed > 0 ? 1 : 0;
}

async function ingestUrls(
  command: IngestCommand,
  deps: Parameters<typeof ingestDocument>[2],
  io: CliIO,
): Promise<number> {
  const { fetchUrl } = await import("../../pipeline/fetch/http.js");
  const { createRateLimiter } = await import("../../pipeline/fetch/rate-limit.js");
  const rateLimiter = createRateLimiter();
  let failed = 0;
  for (const url of command.urls) {
    const fetched = await fetchUrl(url, {
      maxBytes: command.maxBytes,
      allowPrivate: command.allowPrivate,
      rateLimiter,
    });
    if (!fetched.ok) {
      failed++;
      io.stderr(`roei: ${fetched.error.message}\n`);
      continue;
    }
    const outcome = await ingestDocument(fetched.value, url, deps);
    if (outcome.status === "failed") {
      failed++;
      io.stderr(`roei: ${url}: ${outcome.error}\n`);
    }
  }
  return failed;
}

async function reextract(store: Store, io: CliIO): Promise<number> {
  const ids: number[] = [];
  // Imported VERIS records are not articles: re-extracting their text would invent news incidents.
  for await (const s of store.allSources()) if (s.status === "ok" && !isImportedKey(s.key)) ids.push(s.id);
  const progress = createProgress("reextract", ids.length, { write: io.stderr, isTTY: io.stderrIsTTY ?? false });
  for (const id of ids) {
    await reextractSource(id, { store, now });
    progress.tick(false);
  }
  progress.done();
  return 0;
}

async function list(
  query: Parameters<Store["listIncidents"]>[0],
  format: "json" | "text" | null,
  store: Store,
  io: CliIO,
): Promise<number> {
  const page = await store.listIncidents({ limit: 50, ...query });
  if ((format ?? (io.stdoutIsTTY ? "text" : "json")) === "json") {
    const total = { total: page.total, ...(page.estimated ? { total_estimated: true } : {}) };
    await io.stdout(`${JSON.stringify({ ...total, items: page.items }, null, 2)}\n`);
  } else {
    for (const i of page.items) await io.stdout(`${formatIncidentLine(i)}\n`);
    // PostgreSQL estimates the total of a search matching many incidents (IncidentPage.estimated).
    await io.stdout(`(${page.items.length} of ${page.estimated ? "about " : ""}${page.total})\n`);
  }
  return 0;
}

async function show(id: string, format: "json" | "text" | null, store: Store, io: CliIO): Promise<number> {
  const incident = await findIncident(store, id);
  if (!incident) {
    io.stderr(`roei: no incident ${id}\n`);
    return 1;
  }
  const audit = await store.audit(incident.key);
  if ((format ?? (io.stdoutIsTTY ? "text" : "json")) === "json") {
    const classification = classifyIncident(incident);
    await io.stdout(`${JSON.stringify({ ...incident, classification, history: audit }, null, 2)}\n`);
    return 0;
  }
  const sources = new Map<number, Source>();
  for (const sid of incident.sourceIds) {
    const s = await store.getSource(sid);
    if (s) sources.set(sid, s);
  }
  await io.stdout(formatIncidentDetail(incident, sources, audit));
  await io.stdout(formatClassification(classifyIncident(incident)));
  return 0;
}

async function exportIncidents(
  command: Extract<StoreCommand, { kind: "export" }>,
  store: Store,
  io: CliIO,
): Promise<number> {
  if (command.format === "veris" || command.format === "stix" || command.format === "misp") {
    const { exportStandard } = await import("./export-standard.js");
    return exportStandard(command.format, command.query, command.out, store, io);
  }
  const pageSize = 500;
  if (command.format === "csv") await io.stdout(csvHeader());
  if (command.format === "json") await io.stdout("[\n");
  let first = true;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listIncidents({ ...command.query, limit: pageSize, offset });
    for (const i of page.items) {
      if (command.format === "csv") await io.stdout(csvRow(i));
      else if (command.format === "jsonl") await io.stdout(`${JSON.stringify(i)}\n`);
      else await io.stdout(`${first ? "" : ",\n"}${JSON.stringify(i)}`);
      first = false;
    }
    if (page.items.length < pageSize) break;
  }
  if (command.format === "json") await io.stdout("\n]\n");
  return 0;
}

const EDITABLE: readonly CorrectableField[] = CORRECTABLE_FIELDS;

async function edit(command: Extract<StoreCommand, { kind: "edit" }>, store: Store, io: CliIO): Promise<number> {
  const field = command.field as CorrectableField;
  if (!EDITABLE.includes(field)) {
    io.stderr(`roei: ${command.field} cannot be edited; fields: ${EDITABLE.join(", ")}\n`);
    return 2;
  }
  const incident = await findIncident(store, command.id);
  if (!incident) {
    io.stderr(`roei: no incident ${command.id}\n`);
    return 1;
  }
  const value = parseFieldValue(field, command.value);
  if (value === undefined) {
    io.stderr(`roei: ${command.value} is not a valid value for ${field}\n`);
    return 2;
  }
  const { applyCorrection } = await import("../../ingest/corrections.js");
  const at = now();
  // An imported incident has no reports to re-merge: it is rewritten from its record and corrections.
  const rewrite = isImportedKey(incident.key)
    ? (await import("../../analysis/import/import-veris.js")).refreshImportedIncidentIn
    : null;
  await applyCorrection(
    store,
    incident,
    { field, value, reason: command.reason, who: command.who, at },
    rewrite === null ? undefined : async (tx) => void (await rewrite(tx, incident.key, at)),
  );
  io.stderr(`roei: ${incident.key}: ${field} corrected\n`);
  return 0;
}

/** Values as an analyst types them: JSON when it parses (["name","email"], {"value":…}), else the plain string. */
function parseFieldValue(field: CorrectableField, text: string): unknown {
  if (field === "data_items" || field === "cves") {
    return text.startsWith("[")
      ? safeJson(text)
      : text
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
  }
  if (field === "affected") {
    const n = Number(text.replace(/,/g, ""));
    if (Number.isInteger(n)) return { value: n, qualifier: "exact", unit: "people" };
    return safeJson(text);
  }
  return text;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function findIncident(store: Store, id: string): Promise<StoredIncident | null> {
  return /^\d+$/.test(id) ? store.getIncident(Number(id)) : store.getIncident(id);
}
