/**
 * @module The incident list query as the API and the web pages take it (URL parameters), validated with zod; the same
 * schema generates the OpenAPI description. Cursors are opaque to clients.
 */
import { z } from "@hono/zod-openapi";
import { CAUSES, DATA_ITEMS, QUALIFIERS } from "../../../domain/incident.js";
import { ORGANIZATION_TYPES } from "../../../domain/store.js";
import type { IncidentQuery } from "../../../storage/store.js";

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_LIMIT = 200;

/** One whole number ≥ 0 given as a URL parameter. */
const count = z
  .string()
  .regex(/^\d{1,12}$/, "must be a whole number ≥ 0")
  .transform(Number);

export const listQuerySchema = z
  .object({
    q: z.string().max(200).optional().openapi({ description: "Japanese full text; 1-character terms work (県)" }),
    from: z.string().regex(PERIOD, "must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
    to: z.string().regex(PERIOD, "must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
    cause: z.enum(CAUSES).optional(),
    item: z.enum(DATA_ITEMS).optional(),
    org_type: z.enum(ORGANIZATION_TYPES).optional(),
    min: count.optional(),
    max: count.optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    certainty: z.enum(["confirmed", "possible"]).optional(),
    org: count.optional().openapi({ description: "only the incidents of this organization (id)" }),
    sort: z
      .enum(["announced", "affected", "recent"])
      .optional()
      .openapi({ description: "`recent`: the order incidents were stored in (newest first by default)" }),
    order: z.enum(["asc", "desc"]).optional(),
    limit: count.pipe(z.number().int().min(1).max(MAX_LIMIT)).optional(),
    cursor: z.string().max(200).optional().openapi({ description: "`next` of the previous page" }),
  })
  .strict();

export type ListQuery = z.infer<typeof listQuerySchema>;

export const DEFAULT_PAGE_SIZE = 50;

/** The store query of a validated list query (the cursor resolved to an offset). */
export function toIncidentQuery(q: ListQuery): IncidentQuery {
  const out: { -readonly [K in keyof IncidentQuery]: IncidentQuery[K] } = {};
  if (q.q?.trim()) out.text = q.q.trim();
  if (q.from) out.announcedFrom = q.from;
  if (q.to) out.announcedTo = q.to;
  if (q.cause) out.cause = q.cause;
  if (q.item) out.dataItem = q.item;
  if (q.org_type) out.organizationType = q.org_type;
  if (q.min !== undefined) out.minAffected = q.min;
  if (q.max !== undefined) out.maxAffected = q.max;
  if (q.qualifier) out.qualifier = q.qualifier;
  if (q.certainty) out.certainty = q.certainty;
  if (q.org !== undefined) out.organizationId = q.org;
  if (q.sort) out.sort = q.sort;
  if (q.order) out.order = q.order;
  out.limit = q.limit ?? DEFAULT_PAGE_SIZE;
  out.offset = q.cursor ? decodeCursor(q.cursor) : 0;
  return out;
}

/** An opaque cursor for the page starting at `offset`. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, "utf8").toString("base64url");
}

/** The offset in a cursor; a cursor roei did not make is a 400. */
export function decodeCursor(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m) throw new CursorError(cursor);
  return Number(m[1]);
}

export class CursorError extends Error {
  constructor(cursor: string) {
    super(`cursor ${JSON.stringify(cursor.slice(0, 40))} is not one roei gave`);
  }
}
