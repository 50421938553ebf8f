/** @module ListPlan → SQLite SQL: FTS5 bigram phrases and character tokens, column filters, order, page. */
import type { ListPlan } from "../incident-plan.js";
import { toBigrams } from "../search-grams.js";

export type SqlQuery = { readonly sql: string; readonly params: readonly (string | number)[] };

/**
 * FTS5 MATCH expressions for the runs: bigram phrases ANDed for runs of 2+ characters, characters ANDed for 1-character
 * runs. Runs hold letters and numbers only, so quoting them needs no escaping.
 * @example toMatchExpressions(["県", "不正アクセス"]) → { grams: '"不正 正ア アク クセ セス"', chars: '"県"' }
 */
export function toMatchExpressions(runs: readonly string[]): { grams: string | null; chars: string | null } {
  const phrases = runs.filter((r) => [...r].length >= 2).map((r) => `"${toBigrams(r).join(" ")}"`);
  const chars = runs.filter((r) => [...r].length === 1).map((r) => `"${r}"`);
  return {
    grams: phrases.length > 0 ? phrases.join(" AND ") : null,
    chars: chars.length > 0 ? chars.join(" AND ") : null,
  };
}

/** The WHERE clause over `incidents i` and its parameters. */
export function toWhere(plan: ListPlan): SqlQuery {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  const match = toMatchExpressions(plan.runs);
  if (match.grams !== null) {
    conds.push("i.id IN (SELECT rowid FROM incident_grams WHERE incident_grams MATCH ?)");
    params.push(match.grams);
  }
  if (match.chars !== null) {
    conds.push("i.id IN (SELECT rowid FROM incident_chars WHERE incident_chars MATCH ?)");
    params.push(match.chars);
  }
  for (const f of plan.filters) {
    conds.push(`i.${f.column} ${f.op} ?`);
    params.push(f.value);
  }
  if (plan.dataItem !== null) {
    conds.push("i.id IN (SELECT incident_id FROM incident_data_items WHERE item = ?)");
    params.push(plan.dataItem);
  }
  return { sql: conds.length > 0 ? `WHERE ${conds.join(" AND ")}` : "", params };
}

/** The page query: ids and bodies in the plan's order (nulls last, then id), limit and offset. */
export function toPageQuery(plan: ListPlan): SqlQuery {
  const where = toWhere(plan);
  const dir = plan.order === "asc" ? "ASC" : "DESC";
  return {
    sql: `SELECT i.id, i.organization_id, i.body FROM incidents i ${where.sql}
      ORDER BY i.${plan.sortColumn} ${dir} NULLS LAST, i.id ${dir} LIMIT ? OFFSET ?`,
    params: [...where.params, plan.limit, plan.offset],
  };
}

/** The total query: how many incidents match. */
export function toCountQuery(plan: ListPlan): SqlQuery {
  const where = toWhere(plan);
  return { sql: `SELECT count(*) AS n FROM incidents i ${where.sql}`, params: where.params };
}
