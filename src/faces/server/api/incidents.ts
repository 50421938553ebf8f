/** @module /api/incidents: list and search (filters, sort, cursor pagination) and one incident. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { facetsSchema } from "./browse-schemas.js";
import { encodeCursor, listQuerySchema, toIncidentQuery } from "./query.js";
import { errorSchema, incidentPageSchema, toIncidentSummary } from "./schemas.js";

const listRoute = createRoute({
  method: "get",
  path: "/incidents",
  tags: ["incidents"],
  summary: "List and search incidents",
  request: {
    query: listQuerySchema.extend({
      facets: z.enum(["0", "1"]).optional().openapi({
        description: "1: add `facets`, counts over every match (year, cause, type, item, size, certainty)",
      }),
    }),
  },
  responses: {
    200: {
      description: "A page of incidents",
      content: { "application/json": { schema: incidentPageSchema.extend({ facets: facetsSchema.optional() }) } },
    },
    400: { description: "Invalid parameter", content: { "application/json": { schema: errorSchema } } },
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/incidents/{id}",
  tags: ["incidents"],
  summary: "One incident with its timeline, evidence, candidates and sources",
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ description: "numeric id or key" }) }) },
  responses: {
    200: {
      description: "The incident",
      content: { "application/json": { schema: z.object({}).passthrough().openapi("Incident") } },
    },
    404: { description: "No such incident", content: { "application/json": { schema: errorSchema } } },
  },
});

export function mountIncidents(api: OpenAPIHono, ctx: ServerContext): void {
  api.openapi(listRoute, async (c) => {
    const { facets, ...list } = c.req.valid("query");
    const query = toIncidentQuery(list);
    const [page, counts] = await Promise.all([
      ctx.store.listIncidents(query),
      facets === "1" ? ctx.store.incidentFacets(query) : undefined,
    ]);
    const offset = query.offset ?? 0;
    const nextOffset = offset + page.items.length;
    return c.json(
      {
        total: page.total,
        estimated: page.estimated === true,
        items: page.items.map(toIncidentSummary),
        next: page.items.length > 0 && nextOffset < page.total ? encodeCursor(nextOffset) : null,
        ...(counts === undefined ? {} : { facets: counts as z.infer<typeof facetsSchema> }),
      },
      200,
    );
  });

  api.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const incident = await ctx.store.getIncident(/^\d{1,15}$/.test(id) ? Number(id) : id);
    if (!incident) throw new HttpError("not_found", `no incident ${id}`);
    return c.json(incident as unknown as Record<string, unknown>, 200);
  });
}
