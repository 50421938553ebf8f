/**
 * @module /api/exposure-index.json: every incident's organization names and what leaked, for the exposure check that
 * runs in the browser. The request carries nothing of the person (it takes no parameters); the answer is the same
 * for everyone, so it is cached (ETag from the store generation) and gzipped once per generation.
 */
import { gzipSync } from "node:zlib";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { ServerContext } from "../context.js";
import { EXPOSURE_COLUMNS, memoize, snapshotsOf } from "../snapshot.js";
import { errorSchema } from "./schemas.js";

export const EXPOSURE_INDEX_PATH = "/api/exposure-index.json";

const indexSchema = z
  .object({
    generation: z.string().openapi({ description: "changes when the incidents change" }),
    columns: z.array(z.enum(EXPOSURE_COLUMNS)),
    rows: z.array(z.array(z.unknown())).openapi({ description: "one array per incident, in `columns` order" }),
  })
  .openapi("ExposureIndex");

const indexRoute = createRoute({
  method: "get",
  path: "/exposure-index.json",
  tags: ["exposure"],
  summary: "Organizations, incident ids and leaked items of every incident, for the in-browser exposure check",
  request: { query: z.object({}).strict() },
  responses: {
    200: { description: "The index", content: { "application/json": { schema: indexSchema } } },
    304: { description: "Not modified (If-None-Match)" },
    400: {
      description: "Any parameter (the index takes none)",
      content: { "application/json": { schema: errorSchema } },
    },
  },
});

export function mountExposure(api: OpenAPIHono, ctx: ServerContext): void {
  api.openapi(indexRoute, async (c) => {
    const snapshot = await snapshotsOf(ctx.store).get();
    const etag = `"${snapshot.etag}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      "Cache-Control": "public, max-age=300",
      Vary: "Accept-Encoding",
    };
    if ((c.req.header("if-none-match") ?? "").split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
    const gzip = /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
    const body = gzip
      ? memoize(snapshot, "exposure-index.gz", () => new Uint8Array(gzipSync(snapshot.exposureIndex)))
      : snapshot.exposureIndex;
    return c.body(body as string, 200, {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    }) as never;
  });
}
