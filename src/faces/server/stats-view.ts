/**
 * @module Statistics as the server serves them: the query (period, dimension, cross dimension) validated with zod,
 * reports computed from the cached snapshot (one per query, memoized), the cross table as CSV. Pure but for the cache.
 */
import { z } from "@hono/zod-openapi";
import {
  STATS_DIMENSIONS,
  type StatsCrossTable,
  type StatsDimension,
  type StatsReport,
  toStatsCrossTable,
  toStatsReport,
} from "../../analysis/stats.js";
import { formatStatsCsv } from "../../analysis/stats-format.js";
import { listQuerySchema } from "./api/query.js";
import { memoize, type StoreSnapshot } from "./snapshot.js";

/** The tables the 統計 page draws, in page order (cause per year comes as a cross table). */
export const PAGE_DIMENSIONS: readonly StatsDimension[] = ["year", "month", "org_type", "data_item", "size", "lag"];

export const statsQuerySchema = z
  .object({
    from: listQuerySchema.shape.from.openapi({
      description: "announced from (YYYY, YYYY-MM or YYYY-MM-DD), inclusive",
    }),
    to: listQuerySchema.shape.to.openapi({ description: "announced to, inclusive (2024-03 takes in all of March)" }),
    by: z.enum(STATS_DIMENSIONS).optional().openapi({ description: "one table (default: the JNSA/TSR views)" }),
    per: z
      .enum(STATS_DIMENSIONS)
      .optional()
      .openapi({ description: "with `by`: also a cross table, `by` counted per `per` (by=cause&per=year)" }),
  })
  .strict()
  .refine((q) => !(q.from && q.to && q.from > q.to && !q.from.startsWith(q.to)), {
    message: "from must not be after to",
    path: ["from"],
  })
  .refine((q) => q.per === undefined || (q.by !== undefined && q.by !== q.per), {
    message: "per needs a different by (by=cause&per=year)",
    path: ["per"],
  });

export type StatsQuery = z.infer<typeof statsQuerySchema>;

export type StatsAnswer = StatsReport & { readonly cross: StatsCrossTable | null };

function period(q: Pick<StatsQuery, "from" | "to">): { from?: string; to?: string } {
  return { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
}

/** The report for a query (tables: `by`, or `dimensions`, or the default views), memoized on the snapshot. */
export function statsFor(snapshot: StoreSnapshot, q: StatsQuery, dimensions?: readonly StatsDimension[]): StatsAnswer {
  const key = JSON.stringify(["stats", q.from ?? null, q.to ?? null, q.by ?? null, q.per ?? null, dimensions ?? null]);
  return memoize(snapshot, key, () => {
    const options = {
      ...period(q),
      ...(dimensions ? { dimensions } : q.by ? { by: q.by } : {}),
    };
    const report = toStatsReport(snapshot.entries, options);
    const cross = q.by && q.per ? toStatsCrossTable(snapshot.entries, q.per, q.by, period(q)) : null;
    return { ...report, cross };
  });
}

/** The page's data: its tables and the cause-per-year cross table. */
export function statsPageFor(snapshot: StoreSnapshot, q: Pick<StatsQuery, "from" | "to">): StatsAnswer {
  return statsFor(snapshot, { ...period(q), by: "cause", per: "year" }, PAGE_DIMENSIONS);
}

const CSV_BOM = "\uFEFF";

function cell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** A cross table as CSV (UTF-8 BOM, CRLF, as `roei stats --format csv`): one row per row group, a total column. */
export function formatCrossCsv(cross: StatsCrossTable): string {
  const head = [cross.rowsBy, ...cross.columns.map((c) => c.label), "合計"];
  const lines = [head.map(cell).join(",")];
  cross.rows.forEach((r, i) => {
    const counts = cross.counts[i] ?? [];
    lines.push([r.label, ...counts, counts.reduce((a, b) => a + b, 0)].map(cell).join(","));
  });
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** The CSV of a query: the cross table when `per` is given, else the tables as `roei stats --format csv` prints them. */
export function statsCsv(answer: StatsAnswer): string {
  return answer.cross ? formatCrossCsv(answer.cross) : formatStatsCsv(answer);
}

/** A download name: roei-stats-cause-per-year-2023-2024.csv. */
export function statsCsvName(q: StatsQuery): string {
  const parts = [
    "roei-stats",
    q.by ?? "default",
    ...(q.per ? ["per", q.per] : []),
    q.from ?? "",
    q.to ? `to-${q.to}` : "",
  ];
  return `${parts.filter((p) => p !== "").join("-")}.csv`;
}
