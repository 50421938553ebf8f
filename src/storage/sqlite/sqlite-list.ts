/**
 * @module listIncidents on SQLite: which incident ids a plan selects, in order, and how many.
 *
 * Text and facet filters go to FTS5 (sqlite-search.ts), whose rowid order is announcement order; other filters and
 * the affected sort read incident rows. For the affected sort of a search, the cheaper of two plans is taken from the
 * hit count: walk the affected index and probe FTS5 per row (many hits), or sort the hits (few).
 */
import type { ColumnFilter, ListPlan } from "../incident-plan.js";
import { type FtsPlan, ID_BITS, toFtsPlan } from "./sqlite-search.js";

type Param = string | number;

/** The reads listIncidents needs. */
export type ListConn = {
  all<R>(sql: string, ...params: Param[]): R[];
  get<R>(sql: string, ...params: Param[]): R | undefined;
};

/** Every incident id that matches the text and facet-token part of a plan (for facets); null when it has neither. */
export function selectMatchIds(conn: IdConn, plan: ListPlan): number[] | null {
  const fts = toFtsPlan(plan);
  if (fts.match === null) return null;
  return conn.column<number>(
    `SELECT incident_fts.rowid & ${MASK} FROM incident_fts WHERE ${HITS}`,
    fts.match,
    fts.rowidMin,
    fts.rowidMax,
  );
}

/** A connection that reads one column as an array of values. */
export type IdConn = { column<R>(sql: string, ...params: Param[]): R[] };

export type IdPage = { readonly total: number; readonly ids: readonly number[] };

const MASK = ID_BITS - 1;
/** Above this share of all incidents, walking the sort index beats sorting the hits. */
const WALK_SHARE = 0.1;

/** The total and the ids of one page, in the plan's order. */
export function selectIncidentIds(conn: ListConn, plan: ListPlan): IdPage {
  const fts = toFtsPlan(plan);
  if (fts.match === null) return selectPlain(conn, plan);
  const total = countHits(conn, fts);
  if (plan.limit === 0 || plan.offset >= total) return { total, ids: [] };
  if (plan.sortColumn !== "announced") return { total, ids: selectByColumn(conn, plan, fts, total) };
  if (plan.order === "desc") return { total, ids: selectHits(conn, fts, "DESC", plan.limit, plan.offset) };
  return { total, ids: selectAnnouncedAsc(conn, plan, fts) };
}

/** `i.col op ?` for row filters, with their parameters. */
function toRowWhere(filters: readonly ColumnFilter[]): { sql: string; params: Param[] } {
  return { sql: filters.map((f) => ` AND i.${f.column} ${f.op} ?`).join(""), params: filters.map((f) => f.value) };
}

/** ORDER BY for incident rows: unknown values last in both directions, then id (each backed by an index). */
function toOrderBy(plan: ListPlan): string {
  const c = `i.${plan.sortColumn}`;
  if (plan.sortColumn === "id") return `i.id ${plan.order === "desc" ? "DESC" : "ASC"}`;
  return plan.order === "desc" ? `${c} DESC, i.id DESC` : `${c} IS NULL, ${c}, i.id`;
}

function selectPlain(conn: ListConn, plan: ListPlan): IdPage {
  const where = toRowWhere(plan.filters);
  const item =
    plan.dataItem === null ? "" : " AND i.id IN (SELECT incident_id FROM incident_data_items WHERE item = ?)";
  const params = plan.dataItem === null ? where.params : [...where.params, plan.dataItem];
  const cond = `WHERE 1${where.sql}${item}`;
  const total = conn.get<{ n: number }>(`SELECT count(*) AS n FROM incidents i ${cond}`, ...params)?.n ?? 0;
  if (plan.limit === 0 || plan.offset >= total) return { total, ids: [] };
  const sql = `SELECT i.id FROM incidents i ${cond} ORDER BY ${toOrderBy(plan)} LIMIT ? OFFSET ?`;
  return { total, ids: conn.all<{ id: number }>(sql, ...params, plan.limit, plan.offset).map((r) => r.id) };
}

const HITS = "incident_fts MATCH ? AND incident_fts.rowid BETWEEN ? AND ?";

function countHits(conn: ListConn, fts: FtsPlan, rowidMin = fts.rowidMin, rowidMax = fts.rowidMax): number {
  const rows = toRowWhere(fts.rowFilters);
  const sql =
    fts.rowFilters.length === 0
      ? `SELECT count(*) AS n FROM incident_fts WHERE ${HITS}`
      : `SELECT count(*) AS n FROM incident_fts JOIN incidents i ON i.id = (incident_fts.rowid & ${MASK})
         WHERE ${HITS}${rows.sql}`;
  return conn.get<{ n: number }>(sql, fts.match ?? "", rowidMin, rowidMax, ...rows.params)?.n ?? 0;
}

/** Hits in FTS rowid order (announced, then id), without sorting anything. */
function selectHits(
  conn: ListConn,
  fts: FtsPlan,
  dir: "ASC" | "DESC",
  limit: number,
  offset: number,
  rowidMin = fts.rowidMin,
  rowidMax = fts.rowidMax,
): number[] {
  const rows = toRowWhere(fts.rowFilters);
  const join = fts.rowFilters.length === 0 ? "" : ` JOIN incidents i ON i.id = (incident_fts.rowid & ${MASK})`;
  const sql = `SELECT incident_fts.rowid & ${MASK} AS id FROM incident_fts${join} WHERE ${HITS}${rows.sql}
    ORDER BY incident_fts.rowid ${dir} LIMIT ? OFFSET ?`;
  return conn
    .all<{ id: number }>(sql, fts.match ?? "", rowidMin, rowidMax, ...rows.params, limit, offset)
    .map((r) => r.id);
}

/** Oldest first with unknown dates last: the dated hits, then the undated ones (rowids below 2^24). */
function selectAnnouncedAsc(conn: ListConn, plan: ListPlan, fts: FtsPlan): number[] {
  const datedMin = Math.max(fts.rowidMin, ID_BITS);
  const dated = countHits(conn, fts, datedMin, fts.rowidMax);
  const ids = plan.offset < dated ? selectHits(conn, fts, "ASC", plan.limit, plan.offset, datedMin, fts.rowidMax) : [];
  const rest = plan.limit - ids.length;
  if (rest <= 0 || fts.rowidMin >= ID_BITS) return ids;
  return [...ids, ...selectHits(conn, fts, "ASC", rest, Math.max(0, plan.offset - dated), fts.rowidMin, ID_BITS - 1)];
}

/** Hits in the order of a row column (affected, or id for `recent`). */
function selectByColumn(conn: ListConn, plan: ListPlan, fts: FtsPlan, total: number): number[] {
  const rows = toRowWhere(fts.rowFilters);
  const all = conn.get<{ n: number | null }>("SELECT max(id) AS n FROM incidents")?.n ?? 1;
  const params = [fts.match ?? "", fts.rowidMin, fts.rowidMax];
  const sql =
    total >= WALK_SHARE * all
      ? `SELECT i.id FROM incidents i WHERE EXISTS (SELECT 1 FROM incident_fts
           WHERE incident_fts.rowid = i.fts_rowid AND ${HITS})${rows.sql}`
      : `SELECT i.id FROM incident_fts JOIN incidents i ON i.id = (incident_fts.rowid & ${MASK}) WHERE ${HITS}${rows.sql}`;
  const page = `${sql} ORDER BY ${toOrderBy(plan)} LIMIT ? OFFSET ?`;
  return conn.all<{ id: number }>(page, ...params, ...rows.params, plan.limit, plan.offset).map((r) => r.id);
}
