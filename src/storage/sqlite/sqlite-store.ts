/**
 * @module The Store on SQLite (better-sqlite3): one file, WAL, one writer at a time across processes.
 *
 * better-sqlite3 is synchronous and one connection serves everything, so a promise queue (serial-lock.ts) keeps each
 * transaction's statements together: a read through the Store waits while a transaction is open rather than slipping
 * into it. A transaction is `BEGIN IMMEDIATE` … `COMMIT` (or `ROLLBACK` when the callback throws); another process
 * that wants to write waits up to `busyTimeoutMs` for it.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Incident } from "../../domain/incident.js";
import type { AuditEntry, Correction, Report, Source, SourceStatus, StoredIncident } from "../../domain/store.js";
import {
  buildFacetIndex,
  cachedByGeneration,
  countFacets,
  type FacetIndex,
  toOrganizationPage,
  toOrganizationTotals,
  toPositions,
} from "../facets.js";
import { type IncidentBody, toIncidentBody, toIncidentColumns, toListPlan } from "../incident-plan.js";
import { toPendingMigrations } from "../migration.js";
import {
  type NameKey,
  SHORT,
  toDefaultNameKey,
  toKeyBigrams,
  toKeyHead,
  toNameLookup,
  toReportNameKeys,
} from "../name-keys.js";
import { toIncidentSearchText } from "../search-document.js";
import { toFacetDocument } from "../search-facets.js";
import { toBigramDocument, toUnigramDocument } from "../search-grams.js";
import { createSerialLock } from "../serial-lock.js";
import type {
  FeedState,
  IncidentPage,
  IncidentQuery,
  NewIncident,
  NewOrganization,
  NewSource,
  SourcePage,
  SourceQuery,
  Store,
  StoreTx,
} from "../store.js";
import {
  type AuditRow,
  type CorrectionRow,
  type FeedRow,
  type IncidentRow,
  type OrganizationRow,
  type ReportRow,
  type SourceRow,
  toAuditEntry,
  toCorrection,
  toFeedState,
  toIncident,
  toJson,
  toOrganization,
  toPageBounds,
  toReport,
  toSource,
  toSourceSummary,
} from "../store-rows.js";
import { selectIncidentIds, selectMatchIds } from "./sqlite-list.js";
import { SQLITE_MIGRATIONS } from "./sqlite-migrations.js";
import { toFtsRowid } from "./sqlite-search.js";
import { sqliteServerMethods } from "./sqlite-server.js";

export const DEFAULT_SQLITE_PATH = "./data/roei.db";

export type SqliteStoreOptions = {
  /** How report names are keyed for `reportsNamedLike`; pass the pipeline's `toKey` (the default repeats its rule). */
  readonly nameKey?: NameKey;
  /** How long a writer waits for another process's transaction, in ms (default 10 s). */
  readonly busyTimeoutMs?: number;
};

type Param = string | number | null;

/** The connection with a statement cache. */
export type Conn = {
  all<R>(sql: string, ...params: Param[]): R[];
  get<R>(sql: string, ...params: Param[]): R | undefined;
  run(sql: string, ...params: Param[]): { lastInsertRowid: number | bigint; changes: number };
  /** The first column of every row, as an array (no row objects). */
  column<R>(sql: string, ...params: Param[]): R[];
  /** Every row as an array of its columns. */
  raw<R extends unknown[]>(sql: string, ...params: Param[]): R[];
  exec(sql: string): void;
  inTransaction(): boolean;
};

const PAGE = 500;

/** Opens (creating the file and its directory) a SQLite store. Call `migrate()` before use. */
export async function openSqliteStore(
  path: string = DEFAULT_SQLITE_PATH,
  options: SqliteStoreOptions = {},
): Promise<Store> {
  if (path !== ":memory:" && path !== "") mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 10_000))}`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  return createSqliteStore(toConn(db), () => db.close(), options.nameKey ?? toDefaultNameKey);
}

function toConn(db: Database.Database): Conn {
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (s === undefined) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const plucked = new Map<string, Database.Statement>();
  const rawStatements = new Map<string, Database.Statement>();
  const special = (map: Map<string, Database.Statement>, sql: string, set: (s: Database.Statement) => void) => {
    let s = map.get(sql);
    if (s === undefined) {
      s = db.prepare(sql);
      set(s);
      map.set(sql, s);
    }
    return s;
  };
  return {
    all: <R>(sql: string, ...params: Param[]) => stmt(sql).all(...params) as R[],
    column: <R>(sql: string, ...params: Param[]) => special(plucked, sql, (s) => s.pluck(true)).all(...params) as R[],
    raw: <R extends unknown[]>(sql: string, ...params: Param[]) =>
      special(rawStatements, sql, (s) => s.raw(true)).all(...params) as R[],
    get: <R>(sql: string, ...params: Param[]) => stmt(sql).get(...params) as R | undefined,
    run: (sql, ...params) => stmt(sql).run(...params),
    exec: (sql) => db.exec(sql),
    inTransaction: () => db.inTransaction,
  };
}

function createSqliteStore(conn: Conn, close: () => void, nameKey: NameKey): Store {
  const lock = createSerialLock();
  /** Runs a read (or a one-statement write) between transactions. */
  const outside = <T>(fn: () => T): Promise<T> => {
    if (lock.held()) return Promise.reject(new Error("roei store: use the transaction's tx inside transaction()"));
    return lock.run(async () => fn());
  };
  let commits = 0;
  const atomically = async <T>(fn: () => Promise<T>): Promise<T> => {
    conn.exec("BEGIN IMMEDIATE");
    try {
      const result = await fn();
      conn.exec("COMMIT");
      commits++;
      return result;
    } catch (error) {
      if (conn.inTransaction()) conn.exec("ROLLBACK");
      throw error;
    }
  };
  // PRAGMA data_version changes when another connection (another process) commits; `commits` counts this one's
  // transactions. Bookkeeping writes outside transaction() (a token's last use, feed and watchlist state) do not move
  // it: every whole-store view is keyed by this token, and a token used every minute must not rebuild them.
  const changeToken = () =>
    outside(() => `${conn.get<{ data_version: number }>("PRAGMA data_version")?.data_version ?? 0}.${commits}`);
  const facetIndex = cachedByGeneration(changeToken, () => outside(() => readFacetIndex(conn)));
  const organizations = cachedByGeneration(changeToken, () =>
    outside(() => conn.all<OrganizationRow>("SELECT * FROM organizations ORDER BY id").map(toOrganization)),
  );
  return {
    engine: "sqlite",
    // ---- Browsing (facets.ts) ----
    incidentFacets: async (query) => {
      const index = await facetIndex();
      const plan = toListPlan(query);
      // Without text the index answers every filter; with text, FTS5 gives the matches (facet tokens and the
      // announced range narrowing them) and the index filters and counts them.
      const ids = plan.runs.length === 0 ? null : await outside(() => selectMatchIds(conn, plan));
      return countFacets(index, query, ids === null ? null : toPositions(index, ids));
    },
    listOrganizations: async (query) =>
      toOrganizationPage(await organizations(), toOrganizationTotals(await facetIndex()), query),
    listSources: (query) => outside(() => listSources(conn, query)),
    migrate: () => {
      if (lock.held()) return Promise.reject(new Error("roei store: migrate() inside a transaction"));
      return lock.run(() => atomically(async () => migrateSqlite(conn)));
    },
    close: () => lock.run(async () => close()),
    transaction: <T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> => {
      if (lock.held()) return Promise.reject(new Error("roei store: transaction() inside a transaction"));
      return lock.run(() =>
        atomically(async () => {
          const state = { open: true };
          try {
            return await fn(createTx(conn, nameKey, () => state.open));
          } finally {
            state.open = false;
          }
        }),
      );
    },
    changeToken,
    getIncident: (idOrKey) => outside(() => incidentBy(conn, idOrKey)),
    listIncidents: (query) => outside(() => listIncidents(conn, query)),
    allIncidents: () => pages(outside, (after) => incidentPage(conn, after)),
    getSource: (id) => outside(() => sourceById(conn, id)),
    allSources: () => pages(outside, (after) => sourcePage(conn, after)),
    sourceCount: (status) => outside(() => sourceCount(conn, status)),
    getOrganization: (id) =>
      outside(() => {
        const row = conn.get<OrganizationRow>("SELECT * FROM organizations WHERE id = ?", id);
        return row ? toOrganization(row) : null;
      }),
    audit: (incidentKey) =>
      outside(() =>
        conn.all<AuditRow>("SELECT * FROM audit_log WHERE incident_key = ? ORDER BY id", incidentKey).map(toAuditEntry),
      ),
    addFeed: (url) => outside(() => void conn.run("INSERT INTO feeds (url) VALUES (?) ON CONFLICT DO NOTHING", url)),
    feeds: () => outside(() => conn.all<FeedRow>("SELECT * FROM feeds ORDER BY url").map(toFeedState)),
    updateFeed: (state) => outside(() => updateFeed(conn, state)),
    seenFeedItems: (url, ids) => outside(() => seenFeedItems(conn, url, ids)),
    markFeedItems: (url, ids) =>
      outside(() => {
        for (const id of ids) {
          conn.run("INSERT INTO feed_items (feed_url, item_id) VALUES (?, ?) ON CONFLICT DO NOTHING", url, id);
        }
      }),
    ...sqliteServerMethods(conn, outside),
  };
}

function migrateSqlite(conn: Conn): void {
  conn.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (datetime('now')))`);
  const applied = new Set(conn.all<{ version: number }>("SELECT version FROM schema_migrations").map((r) => r.version));
  const pending = toPendingMigrations(SQLITE_MIGRATIONS, applied);
  for (const m of pending) {
    conn.exec(m.sql);
    conn.run("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", m.version, m.name);
  }
  if (pending.some((m) => m.reindex)) reindexAll(conn);
}

/** Rebuilds the search row of every incident (after a migration that changed the search table). */
function reindexAll(conn: Conn): void {
  for (const row of conn.all<IncidentRow>("SELECT id, organization_id, body FROM incidents")) {
    const body = JSON.parse(row.body) as IncidentBody;
    writeSearchIndex(conn, row.id, body, null);
  }
}

/** Reads rows in id order, one page per turn of the lock, so no statement stays open across an await. */
async function* pages<T extends { readonly id: number }>(
  outside: <R>(fn: () => R) => Promise<R>,
  page: (after: number) => T[],
): AsyncIterable<T> {
  let after = 0;
  for (;;) {
    const rows = await outside(() => page(after));
    yield* rows;
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE) return;
    after = last.id;
  }
}

function incidentPage(conn: Conn, after: number): StoredIncident[] {
  const sql = "SELECT id, organization_id, body FROM incidents WHERE id > ? ORDER BY id LIMIT ?";
  return conn.all<IncidentRow>(sql, after, PAGE).map(toIncident);
}

function sourcePage(conn: Conn, after: number): Source[] {
  return conn.all<SourceRow>("SELECT * FROM sources WHERE id > ? ORDER BY id LIMIT ?", after, PAGE).map(toSource);
}

function incidentBy(conn: Conn, idOrKey: number | string): StoredIncident | null {
  const column = typeof idOrKey === "number" ? "id" : "key";
  const row = conn.get<IncidentRow>(`SELECT id, organization_id, body FROM incidents WHERE ${column} = ?`, idOrKey);
  return row ? toIncident(row) : null;
}

function listIncidents(conn: Conn, query: IncidentQuery): IncidentPage {
  const { total, ids } = selectIncidentIds(conn, toListPlan(query));
  if (ids.length === 0) return { total, items: [] };
  const sql = "SELECT id, organization_id, body FROM incidents WHERE id IN (SELECT value FROM json_each(?))";
  const byId = new Map(conn.all<IncidentRow>(sql, toJson(ids)).map((r) => [r.id, r] as const));
  return { total, items: ids.flatMap((id) => byId.get(id) ?? []).map(toIncident) };
}

/** The facet index: the filter columns of every incident and their data items. */
function readFacetIndex(conn: Conn): FacetIndex {
  type Row = [number, number, string | null, number | null, string | null, string | null, string, string, string];
  const rows = conn
    .raw<Row>(
      `SELECT id, organization_id, announced, affected_value, affected_qualifier, affected_unit, cause,
         organization_type, certainty FROM incidents ORDER BY id`,
    )
    .map((r) => ({
      id: r[0],
      organizationId: r[1],
      announced: r[2],
      affectedValue: r[3],
      qualifier: r[4],
      unit: r[5],
      cause: r[6],
      organizationType: r[7],
      certainty: r[8],
    }));
  return buildFacetIndex(rows, conn.raw<[number, string]>("SELECT incident_id, item FROM incident_data_items"));
}

function listSources(conn: Conn, query: SourceQuery): SourcePage {
  const conds: string[] = [];
  const params: Param[] = [];
  if (query.status !== undefined) {
    conds.push("status = ?");
    params.push(query.status);
  }
  if (query.keyPrefix !== undefined) {
    // substr, not LIKE: the prefix is data, never a pattern.
    conds.push("substr(key, 1, length(?)) = ?");
    params.push(query.keyPrefix, query.keyPrefix);
  }
  const where = conds.length > 0 ? `WHERE ${conds.join(" AND ")}` : "";
  const total = conn.get<{ n: number }>(`SELECT count(*) AS n FROM sources ${where}`, ...params)?.n ?? 0;
  const { limit, offset } = toPageBounds(query);
  const items = conn.all<Omit<SourceRow, "text" | "content_hash">>(
    `SELECT id, key, version, fetched_at, published, title, status, error FROM sources ${where}
     ORDER BY id DESC LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  return { total, items: items.map(toSourceSummary) };
}

function sourceById(conn: Conn, id: number): Source | null {
  const row = conn.get<SourceRow>("SELECT * FROM sources WHERE id = ?", id);
  return row ? toSource(row) : null;
}

function sourceCount(conn: Conn, status: SourceStatus | undefined): number {
  const row =
    status === undefined
      ? conn.get<{ n: number }>("SELECT count(*) AS n FROM sources")
      : conn.get<{ n: number }>("SELECT count(*) AS n FROM sources WHERE status = ?", status);
  return row?.n ?? 0;
}

function updateFeed(conn: Conn, s: FeedState): void {
  conn.run(
    `INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_error) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       last_polled_at = excluded.last_polled_at, last_error = excluded.last_error`,
    s.url,
    s.etag,
    s.lastModified,
    s.lastPolledAt,
    s.lastError,
  );
}

function seenFeedItems(conn: Conn, url: string, ids: readonly string[]): ReadonlySet<string> {
  const sql = "SELECT item_id FROM feed_items WHERE feed_url = ? AND item_id IN (SELECT value FROM json_each(?))";
  return new Set(conn.all<{ item_id: string }>(sql, url, JSON.stringify(ids)).map((r) => r.item_id));
}

/** The transaction's view: every method checks that the transaction is still open. */
function createTx(conn: Conn, nameKey: NameKey, isOpen: () => boolean): StoreTx {
  const live = <T>(fn: () => T): Promise<T> => {
    if (!isOpen()) return Promise.reject(new Error("roei store: tx used after its transaction ended"));
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    findSourceByHash: (hash) =>
      live(() => {
        const row = conn.get<SourceRow>("SELECT * FROM sources WHERE content_hash = ?", hash);
        return row ? toSource(row) : null;
      }),
    latestSource: (key) =>
      live(() => {
        const row = conn.get<SourceRow>("SELECT * FROM sources WHERE key = ? ORDER BY version DESC LIMIT 1", key);
        return row ? toSource(row) : null;
      }),
    insertSource: (source) => live(() => insertSource(conn, source)),
    insertReports: (sourceId, incidents) => live(() => insertReports(conn, nameKey, sourceId, incidents)),
    deleteReports: (sourceId) => live(() => void conn.run("DELETE FROM reports WHERE source_id = ?", sourceId)),
    reportsOfSource: (sourceId) =>
      live(() => conn.all<ReportRow>("SELECT * FROM reports WHERE source_id = ? ORDER BY idx", sourceId).map(toReport)),
    sourcesByIds: (ids) =>
      live(() =>
        conn
          .all<SourceRow>("SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", toJson(ids))
          .map(toSource),
      ),
    reportsNamedLike: (keys) => live(() => reportsNamedLike(conn, keys)),
    incidentKeysOfReports: (reportIds) => live(() => incidentKeysOfReports(conn, reportIds)),
    corrections: (keys) => live(() => corrections(conn, keys)),
    incidentByKey: (key) => live(() => incidentBy(conn, key)),
    replaceIncidents: (removeKeys, incidents, organizations) =>
      live(() => replaceIncidents(conn, removeKeys, incidents, organizations)),
    addCorrection: (correction) => live(() => addCorrection(conn, correction)),
    appendAudit: (entry) => live(() => appendAudit(conn, entry)),
  };
}

function insertSource(conn: Conn, s: NewSource): Source {
  const result = conn.run(
    `INSERT INTO sources (key, version, fetched_at, published, content_hash, title, text, status, error)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    s.key,
    s.version,
    s.fetchedAt,
    s.published,
    s.contentHash,
    s.title,
    s.text,
    s.status,
    s.error,
  );
  return { ...s, id: Number(result.lastInsertRowid) };
}

function insertReports(conn: Conn, nameKey: NameKey, sourceId: number, incidents: readonly Incident[]): Report[] {
  return incidents.map((incident, index) => {
    const result = conn.run(
      "INSERT INTO reports (source_id, idx, incident) VALUES (?, ?, ?)",
      sourceId,
      index,
      JSON.stringify(incident),
    );
    const id = Number(result.lastInsertRowid);
    for (const key of toReportNameKeys(incident, nameKey)) {
      conn.run("INSERT INTO report_names (report_id, name_key, head) VALUES (?, ?, ?)", id, key, toKeyHead(key));
      for (const gram of toKeyBigrams(key)) {
        conn.run("INSERT INTO report_name_grams (gram, name_key, report_id) VALUES (?, ?, ?)", gram, key, id);
      }
    }
    return { id, sourceId, index, incident };
  });
}

function reportsNamedLike(conn: Conn, keys: readonly string[]): Report[] {
  const lookup = toNameLookup(keys);
  if (lookup.heads.length === 0) return [];
  const sql = `SELECT r.* FROM reports r JOIN sources s ON s.id = r.source_id
    WHERE r.id IN (
      SELECT report_id FROM report_names WHERE name_key IN (SELECT value FROM json_each(?))
      UNION SELECT report_id FROM report_names WHERE head IN (SELECT value FROM json_each(?)) AND length(name_key) <= ${SHORT}
      UNION SELECT n.report_id FROM report_names n, json_each(?) p
        WHERE n.head = substr(p.value, 1, 1) AND n.name_key LIKE p.value ESCAPE '\\'
      UNION SELECT g.report_id FROM json_each(?) k JOIN report_name_grams g
        ON g.gram = substr(k.value, 1, 2) AND instr(g.name_key, k.value) > 0)
    AND s.version = (SELECT max(version) FROM sources l WHERE l.key = s.key)
    ORDER BY r.id`;
  return conn
    .all<ReportRow>(
      sql,
      toJson(lookup.exact),
      toJson(lookup.heads),
      toJson(lookup.shortPatterns),
      toJson(lookup.contained),
    )
    .map(toReport);
}

function incidentKeysOfReports(conn: Conn, reportIds: readonly number[]): string[] {
  const sql = `SELECT DISTINCT i.key FROM incidents i JOIN incident_reports l ON l.incident_id = i.id
    WHERE l.report_id IN (SELECT value FROM json_each(?)) ORDER BY i.key`;
  return conn.all<{ key: string }>(sql, toJson(reportIds)).map((r) => r.key);
}

function corrections(conn: Conn, keys: readonly string[]): Correction[] {
  const sql = `SELECT * FROM corrections WHERE incident_key IN (SELECT value FROM json_each(?))
    ORDER BY incident_key, at, field`;
  return conn.all<CorrectionRow>(sql, toJson(keys)).map(toCorrection);
}

function addCorrection(conn: Conn, c: Correction): void {
  conn.run(
    `INSERT INTO corrections (incident_key, field, value, reason, who, at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (incident_key, field) DO UPDATE SET value = excluded.value, reason = excluded.reason,
       who = excluded.who, at = excluded.at`,
    c.incidentKey,
    c.field,
    toJson(c.value),
    c.reason,
    c.who,
    c.at,
  );
}

function appendAudit(conn: Conn, e: Omit<AuditEntry, "id">): void {
  conn.run(
    `INSERT INTO audit_log (at, who, incident_key, field, old_value, new_value, why) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    e.at,
    e.who,
    e.incidentKey,
    e.field,
    toJson(e.oldValue),
    toJson(e.newValue),
    e.why,
  );
}

function replaceIncidents(
  conn: Conn,
  removeKeys: readonly string[],
  incidents: readonly NewIncident[],
  organizations: readonly NewOrganization[],
): void {
  const orgIds = upsertOrganizations(conn, organizations);
  const kept = new Set(incidents.map((i) => i.key));
  for (const key of removeKeys) if (!kept.has(key)) deleteIncident(conn, key);
  for (const incident of incidents) writeIncident(conn, incident, organizationIdFor(conn, orgIds, incident));
}

function upsertOrganizations(conn: Conn, organizations: readonly NewOrganization[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const o of organizations) {
    const row = conn.get<{ id: number }>(
      `INSERT INTO organizations (key, name, aliases, type) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, type = excluded.type
       RETURNING id`,
      o.key,
      o.name,
      toJson(o.aliases),
      o.type,
    );
    if (row) ids.set(o.key, row.id);
  }
  for (const o of organizations) {
    const parent = o.parentKey === null ? undefined : conn.get<{ id: number }>(ORG_ID, o.parentKey);
    conn.run("UPDATE organizations SET parent_id = ? WHERE key = ?", parent?.id ?? null, o.key);
  }
  return ids;
}

const ORG_ID = "SELECT id FROM organizations WHERE key = ?";

/** The organization row of an incident: from this batch, else stored, else a new one from the incident's own name. */
function organizationIdFor(conn: Conn, ids: ReadonlyMap<string, number>, incident: NewIncident): number {
  const known = ids.get(incident.organization_key) ?? conn.get<{ id: number }>(ORG_ID, incident.organization_key)?.id;
  if (known !== undefined) return known;
  const result = conn.run(
    "INSERT INTO organizations (key, name, aliases, type) VALUES (?, ?, '[]', ?)",
    incident.organization_key,
    incident.organization,
    incident.organizationType,
  );
  return Number(result.lastInsertRowid);
}

function deleteIncident(conn: Conn, key: string): void {
  const row = conn.get<{ id: number; fts_rowid: number | null }>(
    "SELECT id, fts_rowid FROM incidents WHERE key = ?",
    key,
  );
  if (!row) return;
  if (row.fts_rowid !== null) conn.run("DELETE FROM incident_fts WHERE rowid = ?", row.fts_rowid);
  conn.run("DELETE FROM incidents WHERE id = ?", row.id);
}

function writeIncident(conn: Conn, incident: NewIncident, organizationId: number): void {
  const c = toIncidentColumns(incident);
  const old = conn.get<{ fts_rowid: number | null }>("SELECT fts_rowid FROM incidents WHERE key = ?", c.key);
  const row = conn.get<{ id: number }>(
    `INSERT INTO incidents (key, organization_id, organization, organization_type, announced, affected_value,
       affected_qualifier, affected_unit, cause, certainty, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET organization_id = excluded.organization_id,
       organization = excluded.organization, organization_type = excluded.organization_type,
       announced = excluded.announced, affected_value = excluded.affected_value,
       affected_qualifier = excluded.affected_qualifier, affected_unit = excluded.affected_unit,
       cause = excluded.cause, certainty = excluded.certainty, updated_at = excluded.updated_at, body = excluded.body
     RETURNING id`,
    c.key,
    organizationId,
    c.organization,
    c.organization_type,
    c.announced,
    c.affected_value,
    c.affected_qualifier,
    c.affected_unit,
    c.cause,
    c.certainty,
    c.updated_at,
    JSON.stringify(toIncidentBody(incident)),
  );
  if (!row) throw new Error(`roei store: incident ${incident.key} was not written`);
  writeIncidentLinks(conn, row.id, incident);
  writeSearchIndex(conn, row.id, incident, old?.fts_rowid ?? null);
}

function writeIncidentLinks(conn: Conn, id: number, incident: NewIncident): void {
  for (const table of ["incident_data_items", "incident_sources", "incident_reports", "candidates"]) {
    conn.run(`DELETE FROM ${table} WHERE incident_id = ?`, id);
  }
  for (const item of new Set(incident.data_items)) {
    conn.run("INSERT INTO incident_data_items (item, incident_id) VALUES (?, ?)", item, id);
  }
  for (const sourceId of new Set(incident.sourceIds)) {
    conn.run("INSERT INTO incident_sources (incident_id, source_id) VALUES (?, ?)", id, sourceId);
  }
  for (const reportId of new Set(incident.reportIds)) {
    conn.run("INSERT INTO incident_reports (incident_id, report_id) VALUES (?, ?)", id, reportId);
  }
  for (const k of incident.candidates) {
    conn.run(
      `INSERT INTO candidates (incident_id, field, value, source_id, report_id, start, "end", text, chosen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      k.field,
      toJson(k.value),
      k.sourceId,
      k.reportId,
      k.start,
      k.end,
      k.text,
      k.chosen ? 1 : 0,
    );
  }
}

function writeSearchIndex(conn: Conn, id: number, incident: IncidentBody, oldRowid: number | null): void {
  const sources = conn.all<{ title: string | null; text: string }>(
    "SELECT title, text FROM sources WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
    toJson(incident.sourceIds),
  );
  const text = toIncidentSearchText(incident, sources);
  const facets = toFacetDocument({
    cause: incident.cause,
    organizationType: incident.organizationType,
    qualifier: incident.affected.qualifier,
    certainty: incident.certainty,
    dataItems: incident.data_items,
  });
  const rowid = toFtsRowid(id, toIncidentColumns({ ...incident, organization_key: "" }).announced);
  if (oldRowid !== null) conn.run("DELETE FROM incident_fts WHERE rowid = ?", oldRowid);
  conn.run(
    "INSERT INTO incident_fts (rowid, grams, chars, facets) VALUES (?, ?, ?, ?)",
    rowid,
    toBigramDocument(text),
    toUnigramDocument(text),
    facets,
  );
  conn.run("UPDATE incidents SET fts_rowid = ? WHERE id = ?", rowid, id);
}
