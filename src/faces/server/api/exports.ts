/**
 * @module GET /api/exports: the incidents a list query matches, as a download in the CLI's formats (`roei export`):
 * CSV (UTF-8 with BOM, CRLF), JSON, JSON lines, VERIS 1.4 lines, MISP event lines, one STIX 2.1 bundle.
 *
 * Every format but STIX is streamed a page at a time, up to EXPORT_MAX incidents; a STIX bundle is built in memory, so
 * a query matching more than STIX_MAX incidents is refused with a 400 (narrow the filters).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { toMispEvent } from "../../../analysis/export/misp.js";
import { type StixInput, toStixBundle } from "../../../analysis/export/stix.js";
import { toVerisIncident } from "../../../analysis/export/veris.js";
import type { StoredIncident } from "../../../domain/store.js";
import type { IncidentQuery, Store } from "../../../storage/store.js";
import { matching, sourceReader } from "../../cli/export-standard.js";
import { csvHeader, csvRow } from "../../cli/store-format.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { listQuerySchema, toIncidentQuery } from "./query.js";
import { errorSchema } from "./schemas.js";

export const EXPORT_FORMATS = ["csv", "json", "jsonl", "veris", "stix", "misp"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Most incidents one streamed export holds. */
export const EXPORT_MAX = 100_000;
/** Most incidents one STIX bundle holds (it is built in memory). */
export const STIX_MAX = 5_000;

export const exportQuerySchema = listQuerySchema
  .omit({ cursor: true, limit: true })
  .extend({ format: z.enum(EXPORT_FORMATS).openapi({ description: "csv, json, jsonl, veris, stix or misp" }) });

const exportRoute = createRoute({
  method: "get",
  path: "/exports",
  tags: ["exports"],
  summary: "Download the incidents a list query matches (same filters as /incidents)",
  request: { query: exportQuerySchema },
  responses: {
    200: {
      description: `The export, as an attachment (streamed; at most ${EXPORT_MAX} incidents, STIX at most ${STIX_MAX})`,
      content: {
        "text/csv": { schema: z.string() },
        "application/json": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    400: { description: "Invalid parameter", content: { "application/json": { schema: errorSchema } } },
  },
});

const TYPES: Record<ExportFormat, [contentType: string, file: string]> = {
  csv: ["text/csv; charset=utf-8", "roei-incidents.csv"],
  json: ["application/json; charset=utf-8", "roei-incidents.json"],
  jsonl: ["application/x-ndjson; charset=utf-8", "roei-incidents.jsonl"],
  veris: ["application/x-ndjson; charset=utf-8", "roei-veris.jsonl"],
  misp: ["application/x-ndjson; charset=utf-8", "roei-misp.jsonl"],
  stix: ["application/json; charset=utf-8", "roei-stix.json"],
};

/** The text chunks of a streamed export, in order. */
async function* exportChunks(store: Store, query: IncidentQuery, format: ExportFormat): AsyncIterable<string> {
  const sourcesOf = sourceReader(store);
  if (format === "csv") yield csvHeader();
  if (format === "json") yield "[\n";
  let n = 0;
  for await (const incident of matching(store, query)) {
    if (n >= EXPORT_MAX) break;
    yield await toLine(incident, format, n === 0, sourcesOf);
    n++;
  }
  if (format === "json") yield n === 0 ? "]\n" : "\n]\n";
}

async function toLine(
  incident: StoredIncident,
  format: ExportFormat,
  first: boolean,
  sourcesOf: ReturnType<typeof sourceReader>,
): Promise<string> {
  if (format === "csv") return csvRow(incident);
  if (format === "json") return `${first ? "" : ",\n"}${JSON.stringify(incident)}`;
  if (format === "jsonl") return `${JSON.stringify(incident)}\n`;
  const sources = await sourcesOf(incident);
  const record = format === "veris" ? toVerisIncident(incident, { sources }) : toMispEvent(incident, sources);
  return `${JSON.stringify(record)}\n`;
}

function toStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`roei serve: export: ${error instanceof Error ? error.message : String(error)}`);
        controller.error(error);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}

export function mountExports(api: OpenAPIHono, ctx: ServerContext): void {
  api.openapi(exportRoute, async (c) => {
    const { format, ...filters } = c.req.valid("query");
    const { limit: _limit, offset: _offset, ...query } = toIncidentQuery(filters);
    const [contentType, file] = TYPES[format];
    const headers = {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "no-store",
    };
    if (format === "stix") {
      const { total } = await ctx.store.listIncidents({ ...query, limit: 0 });
      if (total > STIX_MAX) {
        throw new HttpError("bad_request", `${total} incidents match; a STIX bundle holds at most ${STIX_MAX}`);
      }
      const sourcesOf = sourceReader(ctx.store);
      const inputs: StixInput[] = [];
      for await (const incident of matching(ctx.store, query)) {
        inputs.push({ incident, sources: await sourcesOf(incident) });
      }
      return c.body(`${JSON.stringify(toStixBundle(inputs), null, 2)}\n`, 200, headers) as never;
    }
    return c.body(toStream(exportChunks(ctx.store, query, format)), 200, headers) as never;
  });
}
