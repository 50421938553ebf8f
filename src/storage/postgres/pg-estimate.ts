/**
 * @module How many incidents a search is likely to match, from the planner statistics of `incidents.grams`, before
 * touching any row: it picks the plan (count exactly and sort the hits, or walk the sort index and estimate the total).
 *
 * ANALYZE keeps the most common elements of the gram arrays with their frequencies (up to 1,000 of them, down to about
 * 1–2 % of the rows); a gram that is not among them is rarer than the least frequent one listed.
 */
import { isRowFilter, type ListPlan } from "../incident-plan.js";
import { toFacetToken, toFilterToken } from "../search-facets.js";
import { toBigrams } from "../search-grams.js";

/** The statistics of the gram column: element → share of incidents holding it, and the table's row count. */
export type GramStats = {
  readonly rows: number;
  readonly freqs: ReadonlyMap<string, number>;
  /** The smallest frequency listed: an upper bound for every gram not listed. */
  readonly minFreq: number;
  /** Range columns: the share of rows in a range, from their histograms (1 when unknown). */
  readonly ranges?: { readonly [C in "announced" | "affected_value"]?: ColumnStats | undefined };
};

/** pg_stats of a scalar column: null share, most common values with their shares, histogram bounds. */
export type ColumnStats = {
  readonly nullFrac: number;
  readonly mcv: readonly (readonly [string, number])[];
  readonly histogram: readonly string[];
};

/** No statistics (a table never analyzed): every gram counts as rare, so every search takes the exact plan. */
export const NO_STATS: GramStats = { rows: 0, freqs: new Map(), minFreq: 0 };

/** Statistics from pg_stats' most_common_elems / most_common_elem_freqs (freqs ends with min, max, null share). */
export function toGramStats(rows: number, elems: readonly string[] | null, freqs: readonly number[] | null): GramStats {
  if (elems === null || freqs === null || elems.length === 0) return { ...NO_STATS, rows };
  const map = new Map<string, number>();
  for (const [i, elem] of elems.entries()) map.set(elem, freqs[i] ?? 0);
  return { rows, freqs: map, minFreq: freqs[elems.length] ?? Math.min(...map.values()) };
}

/**
 * The expected number of matches of a plan's text runs and equality filters (ranges are ignored, so this is high for a
 * ranged query). A run's bigrams occur together, so a run counts as its rarest gram; runs and filters multiply.
 */
export function toHitEstimate(plan: ListPlan, stats: GramStats): number {
  const freq = (gram: string) => stats.freqs.get(gram) ?? stats.minFreq;
  let share = 1;
  for (const run of plan.runs) {
    const grams = [...run].length === 1 ? [run] : toBigrams(run);
    share *= Math.min(...grams.map(freq));
  }
  for (const f of plan.filters) if (!isRowFilter(f)) share *= freq(toFilterToken(f));
  // One organization's incidents are few: counted exactly, never by walking the sort index for them.
  if (plan.filters.some((f) => f.column === "organization_id")) return 0;
  if (plan.dataItem !== null) share *= freq(toFacetToken("d", plan.dataItem));
  for (const column of ["announced", "affected_value"] as const) {
    const columnStats = stats.ranges?.[column];
    const bounds = plan.filters.filter((f) => f.column === column);
    if (columnStats !== undefined && bounds.length > 0) share *= toRangeShare(columnStats, bounds, column);
  }
  return share * stats.rows;
}

/** The share of rows inside the range bounds: common values counted one by one, the rest from the histogram. */
export function toRangeShare(
  stats: ColumnStats,
  bounds: ListPlan["filters"],
  column: "announced" | "affected_value",
): number {
  const cmp = column === "announced" ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) : numeric;
  const inside = (v: string) =>
    bounds.every((b) => (b.op === ">=" ? cmp(v, String(b.value)) >= 0 : cmp(v, String(b.value)) <= 0));
  let mcvShare = 0;
  let mcvInside = 0;
  for (const [value, share] of stats.mcv) {
    mcvShare += share;
    if (inside(value)) mcvInside += share;
  }
  const h = stats.histogram;
  const buckets = h.length - 1;
  let histInside = 0;
  for (let i = 0; i < buckets; i++) if (inside(h[i]!) && inside(h[i + 1]!)) histInside++;
  // A bucket with one bound inside counts half.
  for (let i = 0; i < buckets; i++) if (inside(h[i]!) !== inside(h[i + 1]!)) histInside += 0.5;
  const histShare = buckets > 0 ? histInside / buckets : 1;
  return Math.min(1, mcvInside + histShare * Math.max(0, 1 - stats.nullFrac - mcvShare));
}

function numeric(a: string, b: string): number {
  return Number(a) - Number(b);
}
