/** @module Response shapes of the browsing routes (facets, organizations, campaigns, sources), as zod schemas. */
import { z } from "@hono/zod-openapi";
import { QUALIFIERS } from "../../../domain/incident.js";
import { ORGANIZATION_TYPES } from "../../../domain/store.js";
import { affectedSchema, incidentSummarySchema } from "./schemas.js";

const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });

export const facetsSchema = z
  .object({
    total: z.number().int(),
    year: z.array(facetCountSchema).openapi({ description: "year of announced, newest first, then `unknown`" }),
    cause: z.array(facetCountSchema),
    organizationType: z.array(facetCountSchema),
    dataItem: z.array(facetCountSchema).openapi({ description: "an incident counts once per item it lists" }),
    size: z.array(facetCountSchema).openapi({
      description:
        "affected figure in bands 1-99 (and 0), 100-999, 1000-9999, 10000-99999, 100000-999999, 1000000-, unknown",
    }),
    certainty: z.array(facetCountSchema),
  })
  .openapi("Facets");

export const organizationSummarySchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    type: z.enum(ORGANIZATION_TYPES),
    parentId: z.number().int().nullable(),
    incidents: z.number().int(),
    people: z.number().openapi({ description: "sum of the known figures in people (最大/約 as given)" }),
    records: z.number().openapi({ description: "sum of the known figures in records" }),
    latestAnnounced: z.string().nullable(),
  })
  .openapi("OrganizationSummary");

export const organizationPageSchema = z
  .object({
    total: z.number().int(),
    items: z.array(organizationSummarySchema),
    next: z.string().nullable(),
  })
  .openapi("OrganizationPage");

export const organizationDetailSchema = z
  .object({
    organization: organizationSummarySchema,
    years: z.array(facetCountSchema).openapi({ description: "incidents per year of announcement" }),
    incidents: z.array(incidentSummarySchema).openapi({ description: "newest announcement first (up to 1000)" }),
  })
  .openapi("OrganizationDetail");

export const sourceSummarySchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    version: z.number().int(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    fetchedAt: z.string(),
    status: z.enum(["ok", "failed", "skipped"]),
    error: z.string().nullable(),
  })
  .openapi("SourceSummary");

export const sourcePageSchema = z
  .object({ total: z.number().int(), items: z.array(sourceSummarySchema), next: z.string().nullable() })
  .openapi("SourcePage");

const countTotalSchema = z.object({
  sum: z.number(),
  qualifiers: z.record(z.enum(QUALIFIERS), z.number().int()),
});

export const campaignSchema = z
  .object({
    key: z.string(),
    kind: z.enum(["cve", "product", "vendor"]),
    label: z.string(),
    cves: z.array(z.string()),
    products: z.array(z.string()),
    vendor: z.string().nullable(),
    members: z.array(
      z.object({
        id: z.number().int().nullable().openapi({ description: "incident id (null if it is gone)" }),
        key: z.string(),
        organization: z.string(),
        announced: z.string().nullable(),
        affected: affectedSchema,
        cves: z.array(z.string()),
        role: z.enum(["victim", "vendor"]),
      }),
    ),
    timeline: z.array(z.object({ date: z.string(), kind: z.string(), incident: z.string(), organization: z.string() })),
    totals: z.object({
      incidents: z.number().int(),
      organizations: z.number().int(),
      people: countTotalSchema,
      records: countTotalSchema,
      unknown: z.number().int(),
    }),
  })
  .openapi("Campaign");

export const campaignListSchema = z
  .object({ total: z.number().int(), items: z.array(campaignSchema) })
  .openapi("CampaignList");
