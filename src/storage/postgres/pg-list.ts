/**
 * @module ListPlan → PostgreSQL SQL: one GIN containment for text grams and facet tokens, an exact substring recheck
 * for runs of 3+ characters, range filters on columns, an ORDER BY each sort index serves.
 */
import type { ListPlan } from "../incident-plan.js";
import { toFacetToken, toFilterToken } from "../search-facets.js";
import { toBigrams } from "../search-grams.js";

export type PgQuery = { readonly sql: string; readonly params: readonly unknown[] };

/**
 * What the GIN index must contain for the runs (a 1-character run itself, else its bigrams), and the runs of 3+
 * characters that need a substring recheck (containing every bigram does not make them adjacent).
 */
export function toGramPredicate(runs: readonly string[]): { grams: string[]; recheck: string[] } {
  const grams = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1) grams.add(run);
    else for (const bigram of toBigrams(run)) grams.add(bigram);
  }
  return { grams: [...grams], recheck: runs.filter((r) => [...r].length >= 3) };
}

/** The WHERE clause over `incidents i` and its parameters. */
export function toWhere(plan: ListPlan): PgQuery {
  const conds: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { grams, recheck } = toGramPredicate(plan.runs);
  for (const f of plan.filters) {
    if (f.column === "announced" || f.column === "affected_value") conds.push(`i.${f.column} ${f.op} ${p(f.value)}`);
    else grams.push(toFilterToken(f));
  }
  if (plan.dataItem !== null) grams.push(toFacetToken("d", plan.dataItem));
  if (grams.length > 0) conds.unshift(`i.grams @> ${p(grams)}::text[]`);
  if (recheck.length > 0) {
    const exact = recheck.map((r) => `strpos(s.body, ${p(r)}) > 0`).join(" AND ");
    conds.push(`EXISTS (SELECT 1 FROM incident_search s WHERE s.incident_id = i.id AND ${exact})`);
  }
  return { sql: conds.length > 0 ? `WHERE ${conds.join(" AND ")}` : "", params };
}

/**
 * The page query: ids in the plan's order (unknown values last, then id), limit and offset. `walk` follows the sort
 * index and tests each row (cheap when many rows match); `sort` collects the matches and sorts them (when few do).
 */
export function toPageQuery(plan: ListPlan, strategy: "walk" | "sort"): PgQuery {
  const where = toWhere(plan);
  const dir = plan.order === "asc" ? "ASC" : "DESC";
  const n = where.params.length;
  const order = (t: string) =>
    `ORDER BY ${t}${plan.sortColumn} ${dir} NULLS LAST, ${t}id ${dir} LIMIT $${n + 1} OFFSET $${n + 2}`;
  const sql =
    strategy === "walk"
      ? `SELECT i.id FROM incidents i ${where.sql} ${order("i.")}`
      : `WITH hits AS MATERIALIZED (SELECT i.id, i.${plan.sortColumn} FROM incidents i ${where.sql})
         SELECT id FROM hits ${order("")}`;
  return { sql, params: [...where.params, plan.limit, plan.offset] };
}

/**
 * Total and page in one pass over the matches, for plans with a substring recheck: the recheck (the costly part) runs
 * once instead of once for the count and again for the page.
 */
export function toTotalAndPageQuery(plan: ListPlan): PgQuery {
  const where = toWhere(plan);
  const dir = plan.order === "asc" ? "ASC" : "DESC";
  const n = where.params.length;
  return {
    sql: `WITH hits AS MATERIALIZED (SELECT i.id, i.${plan.sortColumn} AS sort FROM incidents i ${where.sql})
      SELECT (SELECT count(*) FROM hits) AS total,
        ARRAY(SELECT id FROM hits ORDER BY sort ${dir} NULLS LAST, id ${dir} LIMIT $${n + 1} OFFSET $${n + 2}) AS ids`,
    params: [...where.params, plan.limit, plan.offset],
  };
}

/** True when a plan rechecks substrings (runs of 3+ characters). */
export function hasRecheck(plan: ListPlan): boolean {
  return toGramPredicate(plan.runs).recheck.length > 0;
}

/** The total query: how many incidents match. */
export function toCountQuery(plan: ListPlan): PgQuery {
  const where = toWhere(plan);
  return { sql: `SELECT count(*) AS n FROM incidents i ${where.sql}`, params: where.params };
}
