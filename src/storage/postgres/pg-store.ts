/**
 * @module The Store on PostgreSQL (node-postgres): roei's tables in their own schema of the given database.
 *
 * Writers are serialized by a transaction-scoped advisory lock: `transaction()` is BEGIN (READ COMMITTED),
 * `pg_advisory_xact_lock(roei)`, the callback, COMMIT (or ROLLBACK when it throws). A second writer, in this process or
 * another, waits at the lock, so the callback runs exactly once and never needs a retry; readers are never blocked.
 */
import pg from "pg";
import type { Incident } from "../../domain/incident.js";
import type { AuditEntry, Correction, Report, Source, StoredIncident } from "../../domain/store.js";
import {
  buildFacetIndex,
  cachedByGeneration,
  countFacets,
  type FacetIndex,
  toOrganizationPage,
  toOrganizationTotals,
  toPositions,
} from "../facets.js";
import { type IncidentBody, type ListPlan, toIncidentBody, toIncidentColumns, toListPlan } from "../incident-plan.js";
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
import { type SearchSource, toIncidentSearchText } from "../search-document.js";
import { toFacetTokens } from "../search-facets.js";
import { toGramSet, toSearchText } from "../search-grams.js";
import type {
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
import { type ColumnStats, type GramStats, NO_STATS, toGramStats, toHitEstimate } from "./pg-estimate.js";
import {
  hasRecheck,
  toCountQuery,
  toMatchIdsQuery,
  toPageQuery,
  toTotalAndPageQuery,
  toWalkQuery,
  usesGrams,
} from "./pg-list.js";
import { PG_MIGRATIONS } from "./pg-migrations.js";
import { pgServerMethods } from "./pg-server.js";

export type PgStoreOptions = {
  /** The schema roei's tables live in (default `roei`); created by `migrate()`. */
  readonly schema?: string;
  /** How report names are keyed for `reportsNamedLike`; pass the pipeline's `toKey` (the default repeats its rule). */
  readonly nameKey?: NameKey;
  /** Connections in the pool (default 10). */
  readonly max?: number;
  /**
   * Searches expected to match at least this many incidents (and 2 % of them) get an estimated total (default 2,000;
   * see IncidentPage). Tests lower it.
   */
  readonly estimateTotalsFrom?: number;
};

/** Something that runs a query: the pool, or the client holding a transaction. */
type Queryable = { query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>> };

const PAGE = 500;
const INT8_OID = 20;

/** Opens a pool on `url` (postgres://…). Call `migrate()` before use. */
export async function openPostgresStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? "roei";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`roei store: bad schema name ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
    types: toTypes(),
  });
  pool.on("error", () => undefined); // an idle client's connection dropped: the pool replaces it
  const client = await pool.connect(); // fail now, not at the first query, when the server cannot be reached
  client.release();
  return createPgStore(pool, schema, options.nameKey ?? toDefaultNameKey, options.estimateTotalsFrom ?? EXACT_HITS);
}

/** Ids and counts are bigint (int8); they stay far below 2^53, so they are read as numbers. */
function toTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, Number);
  return types;
}

function createPgStore(pool: pg.Pool, schema: string, nameKey: NameKey, exactHits: number): Store {
  const lockKey = `roei:${schema}`;
  let stats: { readonly at: number; readonly stats: GramStats } | null = null;
  const gramStats = async (db: Queryable): Promise<GramStats> => {
    if (stats === null || Date.now() - stats.at > STATS_TTL_MS) stats = { at: Date.now(), stats: await readStats(db) };
    return stats.stats;
  };
  const locked = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [lockKey]);
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const changeToken = async () => String((await rows<{ n: number }>(pool, "SELECT n FROM change_counter"))[0]?.n ?? 0);
  const facetIndex = cachedByGeneration(changeToken, () => readFacetIndex(pool));
  const organizations = cachedByGeneration(changeToken, async () =>
    (await rows<OrganizationRow>(pool, "SELECT * FROM organizations ORDER BY id")).map(toOrganization),
  );
  return {
    engine: "postgres",
    // ---- Browsing (facets.ts) ----
    incidentFacets: async (query) => {
      const index = await facetIndex();
      const plan = toListPlan(query);
      if (plan.runs.length === 0) return countFacets(index, query, null);
      const stats = await gramStats(pool);
      const ids = await readMatchIds(
        pool,
        toMatchIdsQuery(plan, (gram) => stats.freqs.get(gram)),
      );
      return countFacets(index, query, toPositions(index, ids));
    },
    listOrganizations: async (query) =>
      toOrganizationPage(await organizations(), toOrganizationTotals(await facetIndex()), query),
    listSources: (query) => listSources(pool, query),
    migrate: () =>
      locked(async (client) => {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await migratePg(client);
      }),
    close: () => pool.end(),
    transaction: <T>(fn: (tx: StoreTx) => Promise<T>) =>
      locked(async (client) => {
        const state = { open: true };
        try {
          const result = await fn(createTx(client, nameKey, () => state.open));
          await client.query("UPDATE change_counter SET n = n + 1");
          return result;
        } finally {
          state.open = false;
        }
      }),
    changeToken,
    getIncident: (idOrKey) => incidentBy(pool, idOrKey),
    listIncidents: (query) => listIncidents(pool, gramStats, exactHits, query),
    allIncidents: () => pages((after) => incidentPage(pool, after)),
    getSource: async (id) => first(await rows<SourceRow>(pool, "SELECT * FROM sources WHERE id = $1", [id]), toSource),
    allSources: () => pages((after) => sourcePage(pool, after)),
    sourceCount: async (status) => {
      const r =
        status === undefined
          ? await rows<{ n: number }>(pool, "SELECT count(*) AS n FROM sources")
          : await rows<{ n: number }>(pool, "SELECT count(*) AS n FROM sources WHERE status = $1", [status]);
      return r[0]?.n ?? 0;
    },
    getOrganization: async (id) =>
      first(await rows<OrganizationRow>(pool, "SELECT * FROM organizations WHERE id = $1", [id]), toOrganization),
    audit: async (incidentKey) =>
      (await rows<AuditRow>(pool, "SELECT * FROM audit_log WHERE incident_key = $1 ORDER BY id", [incidentKey])).map(
        toAuditEntry,
      ),
    addFeed: async (url) => {
      await pool.query("INSERT INTO feeds (url) VALUES ($1) ON CONFLICT DO NOTHING", [url]);
    },
    feeds: async () => (await rows<FeedRow>(pool, "SELECT * FROM feeds ORDER BY url")).map(toFeedState),
    updateFeed: async (s) => {
      await pool.query(
        `INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_error) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           last_polled_at = excluded.last_polled_at, last_error = excluded.last_error`,
        [s.url, s.etag, s.lastModified, s.lastPolledAt, s.lastError],
      );
    },
    seenFeedItems: async (url, ids) => {
      const sql = "SELECT item_id FROM feed_items WHERE feed_url = $1 AND item_id = ANY($2::text[])";
      return new Set((await rows<{ item_id: string }>(pool, sql, [url, ids])).map((r) => r.item_id));
    },
    markFeedItems: async (url, ids) => {
      await pool.query(
        "INSERT INTO feed_items (feed_url, item_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING",
        [url, [...new Set(ids)]],
      );
    },
    ...pgServerMethods(pool),
  };
}

async function rows<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

function first<R, T>(found: readonly R[], map: (row: R) => T): T | null {
  const row = found[0];
  return row === undefined ? null : map(row);
}

async function migratePg(client: pg.PoolClient): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set(
    (await rows<{ version: number }>(client, "SELECT version FROM schema_migrations")).map((r) => r.version),
  );
  const pending = toPendingMigrations(PG_MIGRATIONS, applied);
  for (const m of pending) {
    await client.query(m.sql);
    await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
  }
  if (pending.some((m) => m.reindex)) await reindexAll(client);
}

/** Rebuilds the grams and search text of every incident (after a migration that changed them). */
async function reindexAll(db: Queryable): Promise<void> {
  const found = await rows<IncidentRow>(db, "SELECT id, organization_id, body FROM incidents ORDER BY id");
  const bodies = found.map((r) => ({ id: r.id, body: JSON.parse(r.body) as IncidentBody }));
  const texts = await sourceTexts(
    db,
    bodies.map((b) => b.body),
  );
  for (const { id, body } of bodies) {
    const search = toSearchRow(body, texts);
    await db.query("UPDATE incidents SET grams = $2 WHERE id = $1", [id, search.grams]);
    await writeSearchText(db, id, search.text);
  }
}

/** Rows in id order, one page per query. */
async function* pages<T extends { readonly id: number }>(page: (after: number) => Promise<T[]>): AsyncIterable<T> {
  let after = 0;
  for (;;) {
    const found = await page(after);
    yield* found;
    const last = found.at(-1);
    if (last === undefined || found.length < PAGE) return;
    after = last.id;
  }
}

async function incidentPage(db: Queryable, after: number): Promise<StoredIncident[]> {
  const sql = "SELECT id, organization_id, body FROM incidents WHERE id > $1 ORDER BY id LIMIT $2";
  return (await rows<IncidentRow>(db, sql, [after, PAGE])).map(toIncident);
}

async function sourcePage(db: Queryable, after: number): Promise<Source[]> {
  return (await rows<SourceRow>(db, "SELECT * FROM sources WHERE id > $1 ORDER BY id LIMIT $2", [after, PAGE])).map(
    toSource,
  );
}

async function incidentBy(db: Queryable, idOrKey: number | string): Promise<StoredIncident | null> {
  // PostgreSQL text cannot hold NUL, so no key contains one (and a parameter with one is an error, not a miss).
  if (typeof idOrKey === "string" && idOrKey.includes("\u0000")) return null;
  const column = typeof idOrKey === "number" ? "id" : "key";
  const sql = `SELECT id, organization_id, body FROM incidents WHERE ${column} = $1`;
  return first(await rows<IncidentRow>(db, sql, [idOrKey]), toIncident);
}

async function selectTotalAndPage(
  client: pg.PoolClient,
  plan: ListPlan,
  stats: GramStats,
): Promise<{ total: number; ids: number[] }> {
  if (hasRecheck(plan)) return selectOnePass(client, plan, stats);
  const count = toCountQuery(plan);
  const total = (await rows<{ n: number }>(client, count.sql, [...count.params]))[0]?.n ?? 0;
  return { total, ids: plan.limit === 0 || plan.offset >= total ? [] : await selectPage(client, plan, total) };
}

/**
 * Total and page from one pass over the matches (the costly part, the gram index and the rechecks, runs once). The
 * statistics trim the bigrams the index reads for rechecked runs (toGramPredicate).
 */
async function selectOnePass(
  client: pg.PoolClient,
  plan: ListPlan,
  stats: GramStats,
): Promise<{ total: number; ids: number[] }> {
  const q = toTotalAndPageQuery(plan, (gram) => stats.freqs.get(gram));
  // A bigint[] arrives as strings.
  const row = (await rows<{ total: number; ids: string[] }>(client, q.sql, [...q.params]))[0];
  return { total: row?.total ?? 0, ids: (row?.ids ?? []).map(Number) };
}

/** Above this share of all incidents, walking the sort index beats sorting the matches. */
const WALK_SHARE = 0.1;
/** Searches expected to match fewer incidents than this are counted exactly; above it the total is an estimate. */
const EXACT_HITS = 2000;
/** …and only when at least this share of the rows a walk reads match (else the walk would read too many rows). */
const ESTIMATE_MIN_SHARE = 0.02;
/** How long the gram statistics are reused (they change only when the table is analyzed). */
const STATS_TTL_MS = 60_000;

/**
 * The ids of one page. The planner cannot tell the two plans apart, so the share of matches chooses: walk the sort
 * index with bitmap scans off (testing columns and text, see toWalkQuery), or sort the matches.
 */
async function selectPage(client: pg.PoolClient, plan: ListPlan, total: number): Promise<number[]> {
  const all = (await rows<{ n: number | null }>(client, "SELECT max(id) AS n FROM incidents"))[0]?.n ?? 1;
  return total >= WALK_SHARE * all ? selectWalk(client, plan) : selectSorted(client, plan);
}

async function selectSorted(client: pg.PoolClient, plan: ListPlan): Promise<number[]> {
  const page = toPageQuery(plan);
  return (await rows<{ id: number }>(client, page.sql, [...page.params])).map((r) => r.id);
}

async function selectWalk(client: pg.PoolClient, plan: ListPlan): Promise<number[]> {
  await client.query("SET LOCAL enable_bitmapscan = off");
  const page = toWalkQuery(plan);
  const ids = (await rows<{ id: number }>(client, page.sql, [...page.params])).map((r) => r.id);
  await client.query("SET LOCAL enable_bitmapscan = on");
  return ids;
}

type TotalAndPage = { total: number; ids: number[]; estimated: boolean };

/**
 * A search expected (from the gram statistics) to match many incidents: an exact count would read every match
 * (12–60 ms at 30,000–100,000 matches), so the page comes from a walk of the sort index, which stops after the page, and
 * the total is the estimate, unless the walk ran out of rows (then it is exact).
 */
async function selectSearch(
  client: pg.PoolClient,
  plan: ListPlan,
  stats: GramStats,
  exactHits: number,
): Promise<TotalAndPage> {
  const expected = toHitEstimate(plan, stats);
  if (expected < exactHits) return { ...(await selectOnePass(client, plan, stats)), estimated: false };
  if (expected < ESTIMATE_MIN_SHARE * stats.rows)
    return { ...(await selectTotalAndPage(client, plan, stats)), estimated: false };
  const ids = await selectWalk(client, plan);
  const seen = plan.offset + ids.length;
  if (ids.length < plan.limit && (ids.length > 0 || plan.offset === 0)) return { total: seen, ids, estimated: false };
  return { total: Math.max(seen, Math.round(expected)), ids, estimated: true };
}

/** The planner statistics of incidents.grams, announced and affected_value (none before the first ANALYZE). */
async function readStats(db: Queryable): Promise<GramStats> {
  type Row = {
    attname: string;
    null_frac: number;
    elems: string[] | null;
    elem_freqs: number[] | null;
    vals: string[] | null;
    freqs: number[] | null;
    hist: string[] | null;
  };
  const tuples =
    (await rows<{ n: number }>(db, "SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'incidents'::regclass"))[0]
      ?.n ?? 0;
  if (tuples <= 0) return NO_STATS;
  const found = await rows<Row>(
    db,
    `SELECT attname, null_frac::float8, most_common_elems::text::text[] AS elems,
       most_common_elem_freqs::float8[] AS elem_freqs, most_common_vals::text::text[] AS vals,
       most_common_freqs::float8[] AS freqs, histogram_bounds::text::text[] AS hist
     FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'incidents'
       AND attname IN ('grams', 'announced', 'affected_value')`,
  );
  const grams = found.find((r) => r.attname === "grams");
  const column = (name: string): ColumnStats | undefined => {
    const r = found.find((x) => x.attname === name);
    if (r === undefined) return undefined;
    const vals = r.vals ?? [];
    return { nullFrac: r.null_frac, mcv: vals.map((v, i) => [v, r.freqs?.[i] ?? 0] as const), histogram: r.hist ?? [] };
  };
  return {
    ...toGramStats(tuples, grams?.elems ?? null, grams?.elem_freqs ?? null),
    ranges: { announced: column("announced"), affected_value: column("affected_value") },
  };
}

/**
 * Count and page in one read-only snapshot. Sequential scans are off: the planner prices `grams @>` on a sequential scan
 * without the detoasting of every gram array, which makes it 100× slower than the GIN index it passes over.
 */
async function listIncidents(
  pool: pg.Pool,
  gramStats: (db: Queryable) => Promise<GramStats>,
  exactHits: number,
  query: IncidentQuery,
): Promise<IncidentPage> {
  const plan = toListPlan(query);
  const client = await pool.connect();
  try {
    const stats = usesGrams(plan) ? await gramStats(client) : NO_STATS;
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL enable_seqscan = off");
    const { total, ids, estimated } = usesGrams(plan)
      ? await selectSearch(client, plan, stats, exactHits)
      : { ...(await selectTotalAndPage(client, plan, stats)), estimated: false };
    const sql = "SELECT id, organization_id, body FROM incidents WHERE id = ANY($1::bigint[])";
    const byId = new Map((await rows<IncidentRow>(client, sql, [ids])).map((r) => [r.id, r] as const));
    await client.query("COMMIT");
    const items = ids.flatMap((id) => byId.get(id) ?? []).map(toIncident);
    return estimated ? { total, estimated: true, items } : { total, items };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// ---- Browsing ----

/** The facet index: the filter columns of every incident and their data items. */
async function readFacetIndex(pool: pg.Pool): Promise<FacetIndex> {
  type Row = [number, number, string | null, number | null, string | null, string | null, string, string, string];
  const incidents = await pool.query<Row>({
    text: `SELECT id, organization_id, announced, affected_value, affected_qualifier, affected_unit, cause,
      organization_type, certainty FROM incidents ORDER BY id`,
    rowMode: "array",
  });
  const items = await pool.query<[number, string]>({
    text: "SELECT incident_id, item FROM incident_data_items",
    rowMode: "array",
  });
  const facetRows = incidents.rows.map((r) => ({
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
  return buildFacetIndex(facetRows, items.rows);
}

/** Every id a match query returns, in a read-only transaction with sequential scans off (as listIncidents). */
async function readMatchIds(pool: pg.Pool, q: { sql: string; params: readonly unknown[] }): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY; SET LOCAL enable_seqscan = off");
    const found = await client.query<[number]>({ text: q.sql, values: [...q.params], rowMode: "array" });
    await client.query("COMMIT");
    return found.rows.map((r) => r[0]);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function listSources(db: Queryable, query: SourceQuery): Promise<SourcePage> {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (query.status !== undefined) {
    params.push(query.status);
    conds.push(`status = $${params.length}`);
  }
  if (query.keyPrefix !== undefined) {
    // left(), not LIKE: the prefix is data, never a pattern.
    params.push(query.keyPrefix);
    conds.push(`left(key, char_length($${params.length})) = $${params.length}`);
  }
  const where = conds.length > 0 ? `WHERE ${conds.join(" AND ")}` : "";
  const total = (await rows<{ n: number }>(db, `SELECT count(*) AS n FROM sources ${where}`, params))[0]?.n ?? 0;
  const { limit, offset } = toPageBounds(query);
  const found = await rows<Omit<SourceRow, "text" | "content_hash">>(
    db,
    `SELECT id, key, version, fetched_at, published, title, status, error FROM sources ${where}
     ORDER BY id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { total, items: found.map(toSourceSummary) };
}

/** The transaction's view: every method checks that the transaction is still open. */
function createTx(client: pg.PoolClient, nameKey: NameKey, isOpen: () => boolean): StoreTx {
  const live = <T>(fn: () => Promise<T>): Promise<T> =>
    isOpen() ? fn() : Promise.reject(new Error("roei store: tx used after its transaction ended"));
  return {
    findSourceByHash: (hash) =>
      live(async () =>
        first(await rows<SourceRow>(client, "SELECT * FROM sources WHERE content_hash = $1", [hash]), toSource),
      ),
    latestSource: (key) =>
      live(async () =>
        first(
          await rows<SourceRow>(client, "SELECT * FROM sources WHERE key = $1 ORDER BY version DESC LIMIT 1", [key]),
          toSource,
        ),
      ),
    insertSource: (source) => live(() => insertSource(client, source)),
    insertReports: (sourceId, incidents) => live(() => insertReports(client, nameKey, sourceId, incidents)),
    deleteReports: (sourceId) =>
      live(async () => {
        await client.query("DELETE FROM reports WHERE source_id = $1", [sourceId]);
      }),
    reportsOfSource: (sourceId) =>
      live(async () =>
        (await rows<ReportRow>(client, "SELECT * FROM reports WHERE source_id = $1 ORDER BY idx", [sourceId])).map(
          toReport,
        ),
      ),
    sourcesByIds: (ids) =>
      live(async () =>
        (await rows<SourceRow>(client, "SELECT * FROM sources WHERE id = ANY($1::bigint[]) ORDER BY id", [ids])).map(
          toSource,
        ),
      ),
    reportsNamedLike: (keys) => live(() => reportsNamedLike(client, keys)),
    incidentKeysOfReports: (reportIds) =>
      live(async () => {
        const sql = `SELECT i.key FROM incidents i JOIN incident_reports l ON l.incident_id = i.id
          WHERE l.report_id = ANY($1::bigint[]) GROUP BY i.key ORDER BY i.key COLLATE "C"`;
        return (await rows<{ key: string }>(client, sql, [reportIds])).map((r) => r.key);
      }),
    corrections: (keys) =>
      live(async () => {
        const sql = `SELECT * FROM corrections WHERE incident_key = ANY($1::text[])
          ORDER BY incident_key COLLATE "C", at COLLATE "C", field COLLATE "C"`;
        return (await rows<CorrectionRow>(client, sql, [keys])).map(toCorrection);
      }),
    incidentByKey: (key) => live(() => incidentBy(client, key)),
    replaceIncidents: (removeKeys, incidents, organizations) =>
      live(() => replaceIncidents(client, removeKeys, incidents, organizations)),
    addCorrection: (correction) => live(() => addCorrection(client, correction)),
    appendAudit: (entry) => live(() => appendAudit(client, entry)),
  };
}

async function insertSource(db: Queryable, s: NewSource): Promise<Source> {
  const found = await rows<{ id: number }>(
    db,
    `INSERT INTO sources (key, version, fetched_at, published, content_hash, title, text, status, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [s.key, s.version, s.fetchedAt, s.published, s.contentHash, s.title, s.text, s.status, s.error],
  );
  return { ...s, id: found[0]!.id };
}

async function insertReports(
  db: Queryable,
  nameKey: NameKey,
  sourceId: number,
  incidents: readonly Incident[],
): Promise<Report[]> {
  const reports: Report[] = [];
  for (const [index, incident] of incidents.entries()) {
    const sql = "INSERT INTO reports (source_id, idx, incident) VALUES ($1, $2, $3) RETURNING id";
    const id = (await rows<{ id: number }>(db, sql, [sourceId, index, JSON.stringify(incident)]))[0]!.id;
    const keys = toReportNameKeys(incident, nameKey);
    await db.query(
      "INSERT INTO report_names (report_id, name_key, head) SELECT $1, k, h FROM unnest($2::text[], $3::text[]) AS t(k, h)",
      [id, keys, keys.map(toKeyHead)],
    );
    const grams = keys.flatMap((k) => toKeyBigrams(k).map((g) => [g, k] as const));
    await db.query(
      "INSERT INTO report_name_grams (gram, name_key, report_id) SELECT g, k, $1 FROM unnest($2::text[], $3::text[]) AS t(g, k)",
      [id, grams.map((x) => x[0]), grams.map((x) => x[1])],
    );
    reports.push({ id, sourceId, index, incident });
  }
  return reports;
}

async function reportsNamedLike(db: Queryable, keys: readonly string[]): Promise<Report[]> {
  const lookup = toNameLookup(keys);
  if (lookup.heads.length === 0) return [];
  const sql = `SELECT r.* FROM reports r JOIN sources s ON s.id = r.source_id
    WHERE r.id IN (
      SELECT report_id FROM report_names WHERE name_key = ANY($1::text[])
      UNION SELECT report_id FROM report_names WHERE head = ANY($2::text[]) AND char_length(name_key) <= ${SHORT}
      UNION SELECT n.report_id FROM report_names n, unnest($4::text[]) AS p(pat)
        WHERE n.head = left(p.pat, 1) AND n.name_key LIKE p.pat ESCAPE '\\'
      UNION SELECT g.report_id FROM unnest($3::text[]) AS k(key) JOIN report_name_grams g
        ON g.gram = left(k.key, 2) AND strpos(g.name_key, k.key) > 0)
    AND s.version = (SELECT max(version) FROM sources l WHERE l.key = s.key)
    ORDER BY r.id`;
  return (await rows<ReportRow>(db, sql, [lookup.exact, lookup.heads, lookup.contained, lookup.shortPatterns])).map(
    toReport,
  );
}

async function addCorrection(db: Queryable, c: Correction): Promise<void> {
  await db.query(
    `INSERT INTO corrections (incident_key, field, value, reason, who, at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (incident_key, field) DO UPDATE SET value = excluded.value, reason = excluded.reason,
       who = excluded.who, at = excluded.at`,
    [c.incidentKey, c.field, toJson(c.value), c.reason, c.who, c.at],
  );
}

async function appendAudit(db: Queryable, e: Omit<AuditEntry, "id">): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (at, who, incident_key, field, old_value, new_value, why)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.at, e.who, e.incidentKey, e.field, toJson(e.oldValue), toJson(e.newValue), e.why],
  );
}

async function replaceIncidents(
  db: Queryable,
  removeKeys: readonly string[],
  incidents: readonly NewIncident[],
  organizations: readonly NewOrganization[],
): Promise<void> {
  const orgIds = await upsertOrganizations(db, organizations);
  const kept = new Set(incidents.map((i) => i.key));
  const removed = removeKeys.filter((k) => !kept.has(k));
  if (removed.length > 0) await db.query("DELETE FROM incidents WHERE key = ANY($1::text[])", [removed]);
  const texts = await sourceTexts(db, incidents);
  for (const incident of incidents) {
    const organizationId = await organizationIdFor(db, orgIds, incident);
    await writeIncident(db, incident, organizationId, texts);
  }
}

async function upsertOrganizations(
  db: Queryable,
  organizations: readonly NewOrganization[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const o of organizations) {
    const found = await rows<{ id: number }>(
      db,
      `INSERT INTO organizations (key, name, aliases, type) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, type = excluded.type
       RETURNING id`,
      [o.key, o.name, toJson(o.aliases), o.type],
    );
    ids.set(o.key, found[0]!.id);
  }
  for (const o of organizations) {
    await db.query(
      "UPDATE organizations SET parent_id = (SELECT id FROM organizations WHERE key = $1) WHERE key = $2",
      [o.parentKey, o.key],
    );
  }
  return ids;
}

async function organizationIdFor(
  db: Queryable,
  ids: ReadonlyMap<string, number>,
  incident: NewIncident,
): Promise<number> {
  const known = ids.get(incident.organization_key);
  if (known !== undefined) return known;
  const found = await rows<{ id: number }>(
    db,
    `WITH added AS (
       INSERT INTO organizations (key, name, aliases, type) VALUES ($1, $2, '[]', $3) ON CONFLICT (key) DO NOTHING RETURNING id)
     SELECT id FROM added UNION ALL SELECT id FROM organizations WHERE key = $1`,
    [incident.organization_key, incident.organization, incident.organizationType],
  );
  return found[0]!.id;
}

/** The searchable part of every source the incidents cite, by id. */
async function sourceTexts(db: Queryable, incidents: readonly IncidentBody[]): Promise<Map<number, SearchSource>> {
  const ids = [...new Set(incidents.flatMap((i) => i.sourceIds))];
  const sql = "SELECT id, title, text FROM sources WHERE id = ANY($1::bigint[])";
  const found = await rows<{ id: number; title: string | null; text: string }>(db, sql, [ids]);
  return new Map(found.map((r) => [r.id, { title: r.title, text: r.text }] as const));
}

async function writeIncident(
  db: Queryable,
  incident: NewIncident,
  organizationId: number,
  texts: ReadonlyMap<number, SearchSource>,
): Promise<void> {
  const c = toIncidentColumns(incident);
  const search = toSearchRow(incident, texts);
  const found = await rows<{ id: number }>(
    db,
    `INSERT INTO incidents (key, organization_id, organization, organization_type, announced, affected_value,
       affected_qualifier, affected_unit, cause, certainty, updated_at, body, grams)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (key) DO UPDATE SET organization_id = excluded.organization_id,
       organization = excluded.organization, organization_type = excluded.organization_type,
       announced = excluded.announced, affected_value = excluded.affected_value,
       affected_qualifier = excluded.affected_qualifier, affected_unit = excluded.affected_unit,
       cause = excluded.cause, certainty = excluded.certainty, updated_at = excluded.updated_at, body = excluded.body,
       grams = excluded.grams
     RETURNING id`,
    [
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
      search.grams,
    ],
  );
  const id = found[0]!.id;
  await db.query(
    `WITH a AS (DELETE FROM incident_data_items WHERE incident_id = $1),
          b AS (DELETE FROM incident_sources WHERE incident_id = $1),
          c AS (DELETE FROM incident_reports WHERE incident_id = $1)
     DELETE FROM candidates WHERE incident_id = $1`,
    [id],
  );
  await writeIncidentLinks(db, id, incident);
  await writeSearchText(db, id, search.text);
}

/** An incident's normalized search text, and its grams with its facet tokens (what the GIN index holds). */
function toSearchRow(incident: IncidentBody, texts: ReadonlyMap<number, SearchSource>) {
  const sources = incident.sourceIds.flatMap((s) => texts.get(s) ?? []);
  const text = toSearchText(toIncidentSearchText(incident, sources));
  const facets = toFacetTokens({
    cause: incident.cause,
    organizationType: incident.organizationType,
    qualifier: incident.affected.qualifier,
    certainty: incident.certainty,
    dataItems: incident.data_items,
  });
  return { text, grams: [...toGramSet(text), ...facets] };
}

async function writeSearchText(db: Queryable, id: number, text: string): Promise<void> {
  await db.query(
    `INSERT INTO incident_search (incident_id, body) VALUES ($1, $2)
     ON CONFLICT (incident_id) DO UPDATE SET body = excluded.body`,
    [id, text],
  );
}

async function writeIncidentLinks(db: Queryable, id: number, incident: NewIncident): Promise<void> {
  const k = incident.candidates;
  await db.query(
    `WITH a AS (INSERT INTO incident_data_items (item, incident_id) SELECT DISTINCT unnest($2::text[]), $1::bigint),
          b AS (INSERT INTO incident_sources (incident_id, source_id) SELECT DISTINCT $1::bigint, unnest($3::bigint[])),
          c AS (INSERT INTO incident_reports (incident_id, report_id) SELECT DISTINCT $1::bigint, unnest($4::bigint[]))
     INSERT INTO candidates (incident_id, field, value, source_id, report_id, start, "end", text, chosen)
     SELECT $1::bigint, * FROM unnest($5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::int[], $10::int[], $11::text[],
       $12::boolean[])`,
    [
      id,
      incident.data_items,
      incident.sourceIds,
      incident.reportIds,
      k.map((x) => x.field),
      k.map((x) => toJson(x.value)),
      k.map((x) => x.sourceId),
      k.map((x) => x.reportId),
      k.map((x) => x.start),
      k.map((x) => x.end),
      k.map((x) => x.text),
      k.map((x) => x.chosen),
    ],
  );
}
