/** @module /api/incidents: list and search (filters, sort, cursor pagination), one incident, its report draft. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { draftFileName, formatTriageDraft } from "../triage-draft.js";
import { facetsSchema } from "./browse-schemas.js";
import { incidentDetailSchema, loadIncidentDetail, loadTriage } from "./incident-detail.js";
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

const idParams = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, description: "numeric id or key", example: "12" }),
});

const getRoute = createRoute({
  method: "get",
  path: "/incidents/{id}",
  tags: ["incidents"],
  summary: "One incident with its timeline, evidence, sources, classification, triage, estimate, campaigns, history",
  request: { params: idParams },
  responses: {
    200: { description: "The incident", content: { "application/json": { schema: incidentDetailSchema } } },
    404: { description: "No such incident", content: { "application/json": { schema: errorSchema } } },
  },
});

const draftRoute = createRoute({
  method: "get",
  path: "/incidents/{id}/triage/draft",
  tags: ["incidents"],
  summary: "The breach report draft (規則8条1項1–9号) as a Markdown download",
  request: { params: idParams },
  responses: {
    200: {
      description: "The draft (Content-Disposition: attachment)",
      content: { "text/markdown": { schema: z.string() } },
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
    const detail = await loadIncidentDetail(ctx.store, id);
    if (detail === null) throw new HttpError("not_found", `no incident ${id}`);
    return c.json(detail, 200);
  });

  api.openapi(draftRoute, async (c) => {
    const { id } = c.req.valid("param");
    const triage = await loadTriage(ctx.store, id);
    if (triage === null) throw new HttpError("not_found", `no incident ${id}`);
    const url = new URL(`/incidents/${triage.id ?? id}`, c.req.url).toString();
    return c.body(formatTriageDraft(triage, url, ctx.now()), 200, {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${draftFileName(triage)}"`,
      "Cache-Control": "no-store",
    });
  });
}
