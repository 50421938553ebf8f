/** @module /api/sources/{id}: one source version with its text, the text every evidence offset points into. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Source } from "../../../domain/store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { sourceRefSchema, toSourceRef } from "./incident-detail.js";
import { errorSchema } from "./schemas.js";

export const sourceSchema = sourceRefSchema
  .extend({
    status: z.enum(["ok", "failed", "skipped"]),
    error: z.string().nullable(),
    contentHash: z.string().openapi({ description: "sha256 of the text, hex" }),
    length: z.number().int().openapi({ description: "length of text in UTF-16 code units (the unit of offsets)" }),
    text: z.string(),
  })
  .openapi("Source");

export type SourceBody = z.infer<typeof sourceSchema>;

export function toSourceBody(s: Source): SourceBody {
  return {
    ...toSourceRef(s),
    status: s.status,
    error: s.error,
    contentHash: s.contentHash,
    length: s.text.length,
    text: s.text,
  };
}

const getSourceRoute = createRoute({
  method: "get",
  path: "/sources/{id}",
  tags: ["sources"],
  summary: "One source version: metadata and the text evidence offsets point into",
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^\d{1,15}$/, "expected a numeric source id")
        .openapi({ param: { name: "id", in: "path" }, example: "3" }),
    }),
  },
  responses: {
    200: { description: "The source", content: { "application/json": { schema: sourceSchema } } },
    400: { description: "Invalid id", content: { "application/json": { schema: errorSchema } } },
    404: { description: "No such source", content: { "application/json": { schema: errorSchema } } },
  },
});

export function mountSources(api: OpenAPIHono, ctx: ServerContext): void {
  api.openapi(getSourceRoute, async (c) => {
    const { id } = c.req.valid("param");
    const source = await ctx.store.getSource(Number(id));
    if (source === null) throw new HttpError("not_found", `no source ${id}`);
    return c.json(toSourceBody(source), 200);
  });
}
