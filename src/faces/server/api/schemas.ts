/** @module Response shapes of the API, as zod schemas: they document the API (OpenAPI 3.1) and type the handlers. */
import { z } from "@hono/zod-openapi";
import { CAUSES, DATA_ITEMS, QUALIFIERS, UNITS } from "../../../domain/incident.js";
import { ORGANIZATION_TYPES, type StoredIncident } from "../../../domain/store.js";

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi("Error", { example: { error: { code: "not_found", message: "no incident 42" } } });

export const affectedSchema = z.object({
  value: z.number().int().nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  unit: z.enum(UNITS).nullable(),
});

/** An incident in a list: the contract fields and what a list shows, without candidates and spans. */
export const incidentSummarySchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    organization: z.string(),
    organization_type: z.enum(ORGANIZATION_TYPES),
    also: z.array(z.string()),
    announced: z.string().nullable(),
    affected: affectedSchema,
    data_items: z.array(z.enum(DATA_ITEMS)),
    cause: z.enum(CAUSES),
    cves: z.array(z.string()),
    certainty: z.enum(["confirmed", "possible"]),
    evidence: z.string(),
    source_count: z.number().int(),
    updated_at: z.string(),
  })
  .openapi("IncidentSummary");

export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

export function toIncidentSummary(i: StoredIncident): IncidentSummary {
  return {
    id: i.id,
    key: i.key,
    organization: i.organization,
    organization_type: i.organizationType,
    also: [...i.also],
    announced: i.announced,
    affected: { ...i.affected },
    data_items: [...i.data_items],
    cause: i.cause,
    cves: [...i.cves],
    certainty: i.certainty,
    evidence: i.evidence,
    source_count: i.sourceIds.length,
    updated_at: i.updatedAt,
  };
}

export const incidentPageSchema = z
  .object({
    total: z.number().int(),
    estimated: z.boolean().openapi({ description: "true when total is an estimate (PostgreSQL, large results)" }),
    items: z.array(incidentSummarySchema),
    next: z.string().nullable().openapi({ description: "cursor of the next page, null on the last" }),
  })
  .openapi("IncidentPage");
