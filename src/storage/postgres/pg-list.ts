/**
 * @module ListPlan → PostgreSQL SQL: one GIN containment for text grams and facet tokens, an exact substring recheck
 * for runs of 3+ characters, range filters on columns, an ORDER BY each sort index serves.
 */
import { isRowFilter, type ListPlan } from "../incident-plan.js";
import { toFacetToken, toFilterToken } from "../search-facets.js";
import { toBigrams } from "../search-grams.js";

export type PgQuery = { readonly sql: string; readonly params: readonly unknown[] };

/**
 * What the GIN index must contain for the runs (a 1-character run itself, else its bigrams), and the runs of 3+
 * characters that need a substring recheck (containing every bigram does not make them adjacent).
 *
 * With `freq` (a bigram's share of incidents from the statistics, undefined when it is not among the most common
 * elements), a rechecked run keeps only the bigrams worth reading: every rare one (unlisted, so its posting list is
 * short), else its rarest listed one. The recheck finds the whole run, so it implies the others; and the bigrams of a
 * word occur together (住宅ローン: 住宅, 宅ロ, ロー and ーン each in the same 21.6 % of incidents), so each common one
 * would cost a posting list as long as the rarest's while removing almost no candidates. This is the rule the hit
 * estimate already follows (a run counts as its rarest gram).
 */
export function toGramPredicate(
  runs: readonly string[],
  freq?: (gram: string) => number | undefined,
): { grams: string[]; recheck: string[] } {
  const grams = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1) grams.add(run);
    else if (chars.length === 2 || freq === undefined) for (const bigram of toBigrams(run)) grams.add(bigram);
    else for (const bigram of toReadBigrams(toBigrams(run), freq)) grams.add(bigram);
  }
  return { grams: [...grams], recheck: runs.filter((r) => [...r].length >= 3) };
}

/** The bigrams of a rechecked run that the GIN index reads: the unlisted (rare) ones, else the rarest listed one. */
function toReadBigrams(bigrams: readonly string[], freq: (gram: string) => number | undefined): string[] {
  const rare = bigrams.filter((b) => freq(b) === undefined);
  if (rare.length > 0) return rare;
  let rarest = bigrams[0]!;
  for (const b of bigrams) if (freq(b)! < freq(rarest)!) rarest = b;
  return [rarest];
}

/** The WHERE clause over `incidents i` and its parameters (`freq`: see toGramPredicate). */
export function toWhere(plan: ListPlan, freq?: (gram: string) => number | undefined): PgQuery {
  const conds: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { grams, recheck } = toGramPredicate(plan.runs, freq);
  for (const f of plan.filters) {
    if (isRowFilter(f)) conds.push(`i.${f.column} ${f.op} ${p(f.value)}`);
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
 * The page by walking the sort index: each row in index order is tested on its columns and its normalized text
 * (`strpos` on incident_search: a run of letters and numbers occurs in the text exactly when it occurs in one of its
 * gram runs), never on its gram array (detoasting that costs ~0.2 ms a row). Cheap when many rows match.
 */
export function toWalkQuery(plan: ListPlan): PgQuery {
  const conds: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const f of plan.filters) conds.push(`i.${f.column} ${f.op} ${p(f.value)}`);
  if (plan.dataItem !== null) {
    conds.push(
      `EXISTS (SELECT 1 FROM incident_data_items d WHERE d.item = ${p(plan.dataItem)} AND d.incident_id = i.id)`,
    );
  }
  if (plan.runs.length > 0) {
    const exact = plan.runs.map((r) => `strpos(s.body, ${p(r)}) > 0`).join(" AND ");
    conds.push(`EXISTS (SELECT 1 FROM incident_search s WHERE s.incident_id = i.id AND ${exact})`);
  }
  const where = conds.length > 0 ? `WHERE ${conds.join(" AND ")}` : "";
  const n = params.length;
  return {
    sql: `SELECT i.id FROM incidents i ${where}
      ORDER BY ${toOrderBy(plan, `i.${plan.sortColumn}`, "i.id")} LIMIT $${n + 1} OFFSET $${n + 2}`,
    params: [...params, plan.limit, plan.offset],
  };
}

/**
 * ORDER BY the sort column (unknown values last), then id. The id sort (`recent`) has no NULLS clause: `id DESC NULLS
 * LAST` would not match the primary key index read backwards.
 */
function toOrderBy(plan: ListPlan, column: string, id: string): string {
  const dir = plan.order === "asc" ? "ASC" : "DESC";
  return plan.sortColumn === "id" ? `${id} ${dir}` : `${column} ${dir} NULLS LAST, ${id} ${dir}`;
}

/** The ids of every match (for facets), with the gram index and the rechecks. */
export function toMatchIdsQuery(plan: ListPlan, freq?: (gram: string) => number | undefined): PgQuery {
  const where = toWhere(plan, freq);
  return { sql: `SELECT i.id FROM incidents i ${where.sql}`, params: where.params };
}

/** True when the plan searches text or equality filters (what the gram index answers). */
export function usesGrams(plan: ListPlan): boolean {
  return plan.runs.length > 0 || plan.dataItem !== null || plan.filters.some((f) => !isRowFilter(f));
}

/** The page query over the matches (few of them): collects them with the gram index and sorts them. */
export function toPageQuery(plan: ListPlan): PgQuery {
  const where = toWhere(plan);
  const n = where.params.length;
  return {
    sql: `WITH hits AS MATERIALIZED (SELECT i.id, i.${plan.sortColumn} AS sort FROM incidents i ${where.sql})
      SELECT id FROM hits ORDER BY ${toOrderBy(plan, "sort", "id")} LIMIT $${n + 1} OFFSET $${n + 2}`,
    params: [...where.params, plan.limit, plan.offset],
  };
}

/**
 * Total and page in one pass over the matches, for plans with a substring recheck or few matches: the gram index and
 * the recheck (the costly parts) run once instead of once for the count and again for the page. `freq` (the gram
 * statistics) trims the bigrams of rechecked runs (see toGramPredicate).
 */
export function toTotalAndPageQuery(plan: ListPlan, freq?: (gram: string) => number | undefined): PgQuery {
  const where = toWhere(plan, freq);
  const n = where.params.length;
  return {
    sql: `WITH hits AS MATERIALIZED (SELECT i.id, i.${plan.sortColumn} AS sort FROM incidents i ${where.sql})
      SELECT (SELECT count(*) FROM hits) AS total,
        ARRAY(SELECT id FROM hits ORDER BY ${toOrderBy(plan, "sort", "id")} LIMIT $${n + 1} OFFSET $${n + 2}) AS ids`,
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
