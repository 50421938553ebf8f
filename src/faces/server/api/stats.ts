/** @module /api/stats (JSON) and /api/stats.csv: the statistics report of `roei stats` over a period, from the cache. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { ServerContext } from "../context.js";
import { snapshotsOf } from "../snapshot.js";
import { statsCsv, statsCsvName, statsFor, statsQuerySchema } from "../stats-view.js";
import { errorSchema } from "./schemas.js";

const countTotalSchema = z.object({
  sum: z.number(),
  qualifiers: z.record(z.string(), z.number()).openapi({ description: "how many summed figures had each qualifier" }),
});

const groupSchema = z.object({ group: z.string(), label: z.string() });

export const statsReportSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    incidents: z.number().int(),
    people: countTotalSchema,
    records: countTotalSchema,
    unknown: z.number().int().openapi({ description: "incidents whose count is not known" }),
    method: z.array(z.string()).openapi({ description: "how the figures were counted (Japanese)" }),
    tables: z.array(
      z.object({
        by: z.string(),
        title: z.string(),
        multiValued: z.boolean(),
        rows: z.array(
          groupSchema.extend({
            incidents: z.number().int(),
            share: z.number(),
            people: countTotalSchema,
            records: countTotalSchema,
            unknown: z.number().int(),
          }),
        ),
      }),
    ),
    lag: z.object({
      measured: z.number().int(),
      medianDays: z.number().nullable(),
      buckets: z.array(z.object({ label: z.string(), incidents: z.number().int() })),
    }),
    top: z.array(z.object({}).passthrough()),
    repeated: z.array(z.object({ organization: z.string(), incidents: z.number().int(), keys: z.array(z.string()) })),
    cross: z
      .object({
        rowsBy: z.string(),
        columnsBy: z.string(),
        rows: z.array(groupSchema),
        columns: z.array(groupSchema),
        counts: z.array(z.array(z.number().int())),
      })
      .nullable()
      .openapi({ description: "with `per`: incidents counted per `per` (rows) and `by` (columns)" }),
  })
  .openapi("StatsReport");

const statsRoute = createRoute({
  method: "get",
  path: "/stats",
  tags: ["stats"],
  summary: "Statistics over a period: incidents and people per year, month, cause, organization type, data item…",
  request: { query: statsQuerySchema },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: statsReportSchema } } },
    400: { description: "Invalid parameter", content: { "application/json": { schema: errorSchema } } },
  },
});

const csvRoute = createRoute({
  method: "get",
  path: "/stats.csv",
  tags: ["stats"],
  summary: "The same report as CSV (UTF-8 with a BOM, for Excel), as `roei stats --format csv`",
  request: { query: statsQuerySchema },
  responses: {
    200: { description: "CSV", content: { "text/csv": { schema: z.string() } } },
    400: { description: "Invalid parameter", content: { "application/json": { schema: errorSchema } } },
  },
});

export function mountStats(api: OpenAPIHono, ctx: ServerContext): void {
  api.openapi(statsRoute, async (c) => {
    const q = c.req.valid("query");
    const answer = statsFor(await snapshotsOf(ctx.store).get(), q);
    return c.json(answer as unknown as z.infer<typeof statsReportSchema>, 200);
  });

  api.openapi(csvRoute, async (c) => {
    const q = c.req.valid("query");
    const answer = statsFor(await snapshotsOf(ctx.store).get(), q);
    return c.body(statsCsv(answer), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${statsCsvName(q)}"`,
    });
  });
}
