/**
 * @module Browsing routes: /api/organizations (list, one with its incidents over time), /api/campaigns (computed from
 * every incident, shared with the detail: campaign-cache.ts), /api/sources (paginated, without texts).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ORGANIZATION_TYPES } from "../../../domain/store.js";
import type { Store } from "../../../storage/store.js";
import { type LinkedCampaign, storeCampaigns } from "../campaign-cache.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import {
  campaignListSchema,
  campaignSchema,
  organizationDetailSchema,
  organizationPageSchema,
  sourcePageSchema,
} from "./browse-schemas.js";
import { decodeCursor, encodeCursor } from "./query.js";
import { errorSchema, toIncidentSummary } from "./schemas.js";

const MAX_PAGE = 200;
/** Incidents an organization page lists (the yearly counts cover all of them). */
export const ORGANIZATION_INCIDENTS = 1000;

const count = z
  .string()
  .regex(/^\d{1,12}$/, "must be a whole number ≥ 0")
  .transform(Number);
const limitSchema = count.pipe(z.number().int().min(1).max(MAX_PAGE)).optional();
const cursorSchema = z.string().max(200).optional().openapi({ description: "`next` of the previous page" });
const bad = { description: "Invalid parameter", content: { "application/json": { schema: errorSchema } } };
const missing = { description: "Not found", content: { "application/json": { schema: errorSchema } } };

export const organizationsQuerySchema = z
  .object({
    q: z.string().max(200).optional().openapi({ description: "part of the name, an alias or the key" }),
    type: z.enum(ORGANIZATION_TYPES).optional(),
    sort: z.enum(["incidents", "name", "latest"]).optional(),
    limit: limitSchema,
    cursor: cursorSchema,
  })
  .strict();

const organizationsRoute = createRoute({
  method: "get",
  path: "/organizations",
  tags: ["organizations"],
  summary: "Organizations with incidents: counts, summed figures, latest announcement",
  request: { query: organizationsQuerySchema },
  responses: {
    200: {
      description: "A page of organizations",
      content: { "application/json": { schema: organizationPageSchema } },
    },
    400: bad,
  },
});

const idParam = z.object({
  id: z
    .string()
    .regex(/^\d{1,12}$/, "must be a numeric id")
    .openapi({ param: { name: "id", in: "path" }, description: "organization id" }),
});

const organizationRoute = createRoute({
  method: "get",
  path: "/organizations/{id}",
  tags: ["organizations"],
  summary: "One organization with its incidents over time",
  request: { params: idParam },
  responses: {
    200: { description: "The organization", content: { "application/json": { schema: organizationDetailSchema } } },
    400: bad,
    404: missing,
  },
});

const campaignsRoute = createRoute({
  method: "get",
  path: "/campaigns",
  tags: ["campaigns"],
  summary: "Campaigns: incidents of several organizations sharing a CVE, a product or a vendor",
  request: {
    query: z.object({ kind: z.enum(["cve", "product", "vendor"]).optional() }).strict(),
  },
  responses: {
    200: { description: "Every campaign", content: { "application/json": { schema: campaignListSchema } } },
    400: bad,
  },
});

const campaignRoute = createRoute({
  method: "get",
  path: "/campaigns/{key}",
  tags: ["campaigns"],
  summary: "One campaign by key (cve:…, product:…, vendor:…)",
  request: {
    params: z.object({
      key: z
        .string()
        .min(1)
        .max(300)
        .openapi({ param: { name: "key", in: "path" }, description: "campaign key" }),
    }),
  },
  responses: {
    200: { description: "The campaign", content: { "application/json": { schema: campaignSchema } } },
    404: missing,
  },
});

export const sourcesQuerySchema = z
  .object({ status: z.enum(["ok", "failed", "skipped"]).optional(), limit: limitSchema, cursor: cursorSchema })
  .strict();

const sourcesRoute = createRoute({
  method: "get",
  path: "/sources",
  tags: ["sources"],
  summary: "Sources read, newest first, without their text",
  request: { query: sourcesQuerySchema },
  responses: {
    200: { description: "A page of sources", content: { "application/json": { schema: sourcePageSchema } } },
    400: bad,
  },
});

/** A campaign with the ids of its members' incidents (for links). */
export type CampaignView = LinkedCampaign;

/**
 * Campaigns over every stored incident, fresh: the one computation shared with the detail (campaign-cache.ts), so the
 * keys and members are the same everywhere.
 */
export function campaignsOf(ctx: ServerContext): () => Promise<readonly CampaignView[]> {
  return async () => (await storeCampaigns(ctx.store, { waitMs: Number.POSITIVE_INFINITY })).campaigns;
}

function nextCursor(offset: number, shown: number, total: number): string | null {
  return shown > 0 && offset + shown < total ? encodeCursor(offset + shown) : null;
}

/** An organization with its totals, yearly counts and incidents (newest first), or null. */
export async function readOrganizationDetail(store: Store, id: number) {
  const organization = await store.getOrganization(id);
  if (organization === null) return null;
  const [facets, page] = await Promise.all([
    store.incidentFacets({ organizationId: id }),
    store.listIncidents({ organizationId: id, limit: ORGANIZATION_INCIDENTS }),
  ]);
  let people = 0;
  let records = 0;
  let latest: string | null = null;
  for (const i of page.items) {
    if (i.affected.value !== null && i.affected.unit === "people") people += i.affected.value;
    if (i.affected.value !== null && i.affected.unit === "records") records += i.affected.value;
    if (i.announced !== null && /^\d{4}/.test(i.announced) && (latest === null || i.announced > latest)) {
      latest = i.announced;
    }
  }
  return {
    organization: { ...organization, incidents: facets.total, people, records, latestAnnounced: latest },
    years: facets.year,
    incidents: page.items,
  };
}

export function mountBrowse(api: OpenAPIHono, ctx: ServerContext): void {
  const campaigns = campaignsOf(ctx);

  api.openapi(organizationsRoute, async (c) => {
    const q = c.req.valid("query");
    const offset = q.cursor ? decodeCursor(q.cursor) : 0;
    const page = await ctx.store.listOrganizations({
      ...(q.q?.trim() ? { text: q.q.trim() } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.sort ? { sort: q.sort } : {}),
      limit: q.limit ?? 50,
      offset,
    });
    const items = page.items.map((o) => ({ ...o, aliases: [...o.aliases] }));
    return c.json({ total: page.total, items, next: nextCursor(offset, items.length, page.total) }, 200);
  });

  api.openapi(organizationRoute, async (c) => {
    const { id } = c.req.valid("param");
    const detail = await readOrganizationDetail(ctx.store, Number(id));
    if (detail === null) throw new HttpError("not_found", `no organization ${id}`);
    return c.json(
      {
        organization: { ...detail.organization, aliases: [...detail.organization.aliases] },
        years: [...detail.years],
        incidents: detail.incidents.map(toIncidentSummary),
      },
      200,
    );
  });

  api.openapi(campaignsRoute, async (c) => {
    const { kind } = c.req.valid("query");
    const all = await campaigns();
    const items = kind === undefined ? all : all.filter((x) => x.kind === kind);
    return c.json({ total: items.length, items } as never, 200);
  });

  api.openapi(campaignRoute, async (c) => {
    const { key } = c.req.valid("param");
    const found = (await campaigns()).find((x) => x.key === key);
    if (!found) throw new HttpError("not_found", `no campaign ${JSON.stringify(key.slice(0, 80))}`);
    return c.json(found as never, 200);
  });

  api.openapi(sourcesRoute, async (c) => {
    const q = c.req.valid("query");
    const offset = q.cursor ? decodeCursor(q.cursor) : 0;
    const page = await ctx.store.listSources({
      ...(q.status ? { status: q.status } : {}),
      limit: q.limit ?? 50,
      offset,
    });
    return c.json(
      { total: page.total, items: [...page.items], next: nextCursor(offset, page.items.length, page.total) },
      200,
    );
  });
}
