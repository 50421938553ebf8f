/**
 * @module The SQLite search row of an incident and the FTS5 query for a plan.
 *
 * One contentless FTS5 table holds, per incident, its bigram document (phrases), its characters (1-character terms)
 * and facet tokens (cause, organization type, qualifier, certainty, data items). Its rowid orders incidents by
 * announcement: `announcedKey * 2^24 + id`, so "newest first" and an announced range are rowid order and rowid bounds
 * inside FTS5, and a count is one FTS5 query.
 */
import type { ListPlan } from "../incident-plan.js";
import { toFacetToken, toFilterToken } from "../search-facets.js";
import { toBigrams } from "../search-grams.js";

/** Incident ids live in the low 24 bits of the FTS rowid. */
export const ID_BITS = 2 ** 24;

/**
 * A number that sorts like the contract date as text: YYYY-MM-DD → YYYYMMDD, a missing month or day counting as 00;
 * 0 for no date or one without a year.
 * @example toAnnouncedKey("2024-03") === 20240300
 */
export function toAnnouncedKey(announced: string | null): number {
  const m = announced === null ? null : /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(announced);
  if (!m) return 0;
  return Number(m[1]) * 10_000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

/** The largest key a bound's period takes in: "2024-03" → 20240399, "2024" → 20249999. */
export function toAnnouncedUpperKey(bound: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(bound);
  if (!m) return 0;
  return (
    Number(m[1]) * 10_000 + (m[2] === undefined ? 9999 : Number(m[2]) * 100 + (m[3] === undefined ? 99 : Number(m[3])))
  );
}

/** The FTS rowid of an incident. */
export function toFtsRowid(id: number, announced: string | null): number {
  return toAnnouncedKey(announced) * ID_BITS + id;
}

/** What FTS5 can answer for a plan: a MATCH expression and rowid bounds. */
export type FtsPlan = {
  /** Null when the plan has neither text nor facet filters: the incidents table answers it. */
  readonly match: string | null;
  readonly rowidMin: number;
  readonly rowidMax: number;
  /** Filters FTS5 cannot answer (affected range, organization), applied to incident rows. */
  readonly rowFilters: ListPlan["filters"];
};

/**
 * The FTS5 side of a plan: bigram phrases for runs of 2+ characters, character tokens for 1-character runs, facet
 * tokens for equality filters (all ANDed), announced bounds as rowid bounds.
 */
export function toFtsPlan(plan: ListPlan): FtsPlan {
  // No column filters: each kind of token lives in one column only (bigrams: two characters, in grams; characters: one,
  // in chars, grams holding only bigrams and the break token; facet tokens: x + letter + value, in facets), so a column
  // filter changes no result, while FTS5 must then read every position list to check the column (2× the time for a
  // common term).
  const terms: string[] = [];
  for (const run of plan.runs) terms.push([...run].length === 1 ? `"${run}"` : `"${toBigrams(run).join(" ")}"`);
  let minKey = 0;
  let maxKey = Number.MAX_SAFE_INTEGER;
  const rowFilters: ListPlan["filters"][number][] = [];
  for (const f of plan.filters) {
    if (f.column === "announced") {
      const bound = String(f.value).replace(/~$/, "");
      // A range never takes in an unknown date (key 0).
      if (f.op === ">=") minKey = Math.max(minKey, toAnnouncedKey(bound), 1);
      else maxKey = Math.min(maxKey, toAnnouncedUpperKey(bound));
    } else if (f.column === "affected_value" || f.column === "organization_id") rowFilters.push(f);
    else terms.push(toFilterToken(f));
  }
  if (plan.dataItem !== null) terms.push(toFacetToken("d", plan.dataItem));
  if (maxKey < Number.MAX_SAFE_INTEGER) minKey = Math.max(minKey, 1);
  return {
    match: terms.length > 0 ? terms.join(" AND ") : null,
    rowidMin: minKey * ID_BITS,
    rowidMax: maxKey === Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : (maxKey + 1) * ID_BITS - 1,
    rowFilters,
  };
}
