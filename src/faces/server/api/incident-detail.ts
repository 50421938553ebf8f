/**
 * @module One incident as the detail API and page show it: the stored record plus, per field, the evidence spans and
 * candidates with the source they point into; the timeline in date order; the sources (with the sample flag); the
 * classification, legal triage and JO estimate; campaigns; the edit history. `toIncidentDetail` is pure;
 * `loadIncidentDetail` does the reading.
 */
import { z } from "@hono/zod-openapi";
import type { Campaign } from "../../../analysis/campaigns.js";
import { classifyIncident, type IncidentClassification } from "../../../analysis/classify/incident.js";
import type { Estimate } from "../../../analysis/estimate/index.js";
import { fromStoredIncident, type TriageResult, triageIncident } from "../../../analysis/legal/index.js";
import { CAUSES, DATA_ITEMS, type Span, type TimelineKind, UNITS } from "../../../domain/incident.js";
import {
  type AuditEntry,
  type CorrectableField,
  ORGANIZATION_TYPES,
  type Organization,
  type Source,
  type StoredIncident,
} from "../../../domain/store.js";
import { toOrganizationType } from "../../../pipeline/merge/names.js";
import type { Store } from "../../../storage/store.js";
import { type CampaignState, campaignsOfIncident, storeCampaigns } from "../campaign-cache.js";
import { type Range, sentenceAround } from "../highlight.js";
import { isSampleKey } from "../sample.js";
import { affectedSchema } from "./schemas.js";

// ---------------------------------------------------------------------------------------------------------------
// Schemas (OpenAPI 3.1): every top-level field is typed; triage, estimate and classification type the parts a client
// reads and let the rest through.

const rangeSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const evidenceRefSchema = z
  .object({
    source_id: z.number().int().nullable().openapi({ description: "the source whose text the offsets point into" }),
    start: z.number().int().openapi({ description: "UTF-16 offset into the source text" }),
    end: z.number().int(),
    text: z.string(),
    sentence: rangeSchema.nullable().openapi({ description: "the whole sentence around the span, for highlighting" }),
    sentence_text: z.string().nullable().openapi({ description: "the text of that sentence" }),
  })
  .openapi("EvidenceRef");

const candidateSchema = z.object({
  value: z.unknown(),
  chosen: z.boolean(),
  evidence: evidenceRefSchema,
});

const FIELDS = [
  "organization",
  "organization_type",
  "announced",
  "affected",
  "data_items",
  "cause",
  "cves",
  "certainty",
] as const satisfies readonly CorrectableField[];

export const fieldEvidenceSchema = z
  .object({
    field: z.enum(FIELDS),
    value: z.unknown(),
    corrected: z.boolean().openapi({ description: "an analyst's correction sets the value (see history)" }),
    evidence: z.array(evidenceRefSchema).openapi({ description: "spans of the chosen value" }),
    candidates: z.array(candidateSchema).openapi({ description: "every value a source gave" }),
  })
  .openapi("FieldEvidence");

const TIMELINE_KINDS = [
  "exposure_start",
  "exposure_end",
  "exposure",
  "occurred",
  "discovered",
  "extortion",
  "reported_police",
  "reported_ppc",
  "announced",
  "notified",
  "reissued",
  "service_stopped",
  "service_resumed",
  "follow_up",
  "other",
] as const satisfies readonly TimelineKind[];

export const timelineEntrySchema = z
  .object({ date: z.string(), kind: z.enum(TIMELINE_KINDS), evidence: evidenceRefSchema })
  .openapi("TimelineEntry");

export const sourceRefSchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    version: z.number().int(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    fetchedAt: z.string(),
    sample: z.boolean().openapi({ description: "a bundled sample article about a fictional organization" }),
  })
  .openapi("SourceRef");

const campaignRefSchema = z
  .object({
    key: z.string(),
    kind: z.enum(["cve", "product", "vendor"]),
    label: z.string(),
    members: z.number().int(),
  })
  .openapi("CampaignRef");

const auditSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    who: z.string(),
    field: z.string(),
    old_value: z.unknown(),
    new_value: z.unknown(),
    why: z.string(),
  })
  .openapi("AuditEntry");

const organizationSchema = z
  .object({ id: z.number().int(), name: z.string(), type: z.enum(ORGANIZATION_TYPES), aliases: z.array(z.string()) })
  .openapi("Organization");

const classificationSchema = z
  .looseObject({
    organization_type: z.enum(ORGANIZATION_TYPES),
    industry: z.string(),
    jnsa_cause: z.string(),
    tsr_cause: z.string(),
    route: z.string(),
    sensitivity: z.object({
      specialCare: z.array(z.enum(DATA_ITEMS)).openapi({ description: "要配慮個人情報" }),
      propertyDamage: z.enum(["yes", "review", "no"]).openapi({ description: "財産的被害のおそれ" }),
      propertyReasons: z.array(z.string()),
      numbers: z.array(z.enum(DATA_ITEMS)),
      specificPersonalInformation: z.boolean().openapi({ description: "マイナンバー (特定個人情報)" }),
    }),
    review_flags: z.array(z.object({ code: z.string(), message: z.string(), fields: z.array(z.string()) })),
  })
  .openapi("Classification");

const reportableSchema = z.union([z.boolean(), z.literal("review")]);

const regimeSchema = z
  .looseObject({
    regime: z.enum(["appi", "public", "mynumber"]),
    name: z.string(),
    applies: z.boolean(),
    reportable: reportableSchema,
    triggers: z.array(z.string()),
    review: z.array(z.string()),
    details: z.array(
      z.looseObject({
        item: z.string(),
        title: z.string(),
        status: z.enum(["fired", "review", "not"]),
        reason: z.string(),
        source: z.string(),
      }),
    ),
    notify_individuals: z.boolean(),
    notify_items: z.array(z.number().int()),
    final_report_days: z.number().int().nullable(),
    deadlines: z.looseObject({ start: z.string().nullable(), note: z.string() }).nullable(),
    notes: z.array(z.string()),
  })
  .openapi("TriageRegime");

const triageSchema = z
  .looseObject({
    organization_type: z.object({ value: z.string(), basis: z.string() }),
    rule_date: z.object({ date: z.string().nullable(), basis: z.string(), note: z.string().nullable() }),
    discovered: z.object({ date: z.string().nullable(), basis: z.string().nullable() }),
    mynumber_involved: z.object({ value: z.boolean(), reason: z.string() }),
    report_to_ppc: reportableSchema,
    appi: regimeSchema,
    public: regimeSchema.nullable(),
    mynumber: regimeSchema.nullable(),
  })
  .openapi("Triage", { description: "src/analysis/legal/triage.ts TriageResult without its estimate" });

const factorSchema = z.object({ value: z.number(), reason: z.string() });

const estimateSchema = z
  .looseObject({
    model: z.string(),
    formula: z.string(),
    per_person_yen: z.number(),
    total_yen: z.number().nullable(),
    people: z.number().nullable(),
    people_note: z.string(),
    x: z.number(),
    y: z.number(),
    identifiability: factorSchema,
    social_responsibility: factorSchema,
    response: factorSchema,
    items: z.array(
      z.object({ item: z.string(), x: z.number(), y: z.number(), basis: z.string(), assumption: z.boolean() }),
    ),
    flags: z.array(z.string()),
    caution: z.string(),
  })
  .openapi("Estimate", { description: "the JNSA JO model (src/analysis/estimate/jo-model.ts)" });

export const incidentDetailSchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    organization: z.string(),
    organizationType: z.enum(ORGANIZATION_TYPES),
    organizationId: z.number().int(),
    also: z.array(z.string()),
    announced: z.string().nullable(),
    affected: affectedSchema,
    data_items: z.array(z.enum(DATA_ITEMS)),
    cause: z.enum(CAUSES),
    cves: z.array(z.string()),
    vector: z.array(z.string()),
    certainty: z.enum(["confirmed", "possible"]),
    evidence: z.string().openapi({ description: "the contract's evidence sentence" }),
    breakdown: z.array(
      z.object({
        label: z.string(),
        value: z.number(),
        unit: z.enum(UNITS).nullable(),
        evidence: evidenceRefSchema,
      }),
    ),
    breakdown_mismatch: z.boolean(),
    timeline: z.array(timelineEntrySchema).openapi({ description: "in date order (dates without a year last)" }),
    secondary_damage: z.array(evidenceRefSchema),
    response: z.array(evidenceRefSchema),
    field_evidence: z.array(fieldEvidenceSchema),
    sourceIds: z.array(z.number().int()),
    source_documents: z.array(sourceRefSchema),
    related: z.array(z.string()),
    corrected: z.array(z.string()),
    updatedAt: z.string(),
    organization_record: organizationSchema.nullable(),
    classification: classificationSchema,
    triage: triageSchema,
    estimate: estimateSchema,
    campaigns: z.array(campaignRefSchema),
    campaigns_state: z.enum(["fresh", "stale", "pending"]).openapi({
      description:
        "campaigns are computed over the whole store in the background: fresh, stale (from before the latest change) or pending (not computed yet; try again shortly)",
    }),
    history: z.array(auditSchema),
  })
  .openapi("IncidentDetail");

export type IncidentDetail = z.infer<typeof incidentDetailSchema>;
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;
export type FieldEvidence = z.infer<typeof fieldEvidenceSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Building

export type DetailInput = {
  readonly incident: StoredIncident;
  /** The incident's sources that still exist (texts included: sentences are found in them). */
  readonly sources: readonly Source[];
  readonly organization: Organization | null;
  readonly audit: readonly AuditEntry[];
  /** The campaigns the incident belongs to. */
  readonly campaigns: readonly Campaign[];
  readonly campaignsState: CampaignState;
};

/** An evidence reference: the span, the source it points into, and the sentence around it in that source. */
function toRef(texts: ReadonlyMap<number, string>, sourceId: number | null, span: Range & { text: string }) {
  const text = sourceId === null ? undefined : texts.get(sourceId);
  const empty = span.end <= span.start;
  const sentence = text === undefined || empty ? null : sentenceAround(text, span);
  return {
    source_id: sourceId,
    start: span.start,
    end: span.end,
    text: span.text,
    sentence,
    sentence_text: sentence === null || text === undefined ? null : text.slice(sentence.start, sentence.end),
  } satisfies EvidenceRef;
}

/** The source a span of the merged lists came from: recorded per item, else the only source there is. */
function sourceOfItem(incident: StoredIncident, list: readonly number[] | undefined, index: number): number | null {
  const recorded = list?.[index];
  if (recorded !== undefined) return recorded;
  return incident.sourceIds.length === 1 ? incident.sourceIds[0]! : null;
}

/** Contract dates in order: full and partial dates by their text, dates without a year (--MM-DD) after them. */
function compareDates(a: string, b: string): number {
  const ay = a.startsWith("--");
  const by = b.startsWith("--");
  if (ay !== by) return ay ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function fieldValue(i: StoredIncident, field: CorrectableField): unknown {
  return field === "organization_type" ? i.organizationType : i[field];
}

function toFieldEvidence(i: StoredIncident, texts: ReadonlyMap<number, string>): FieldEvidence[] {
  return FIELDS.map((field) => {
    const candidates = i.candidates
      .filter((c) => c.field === field)
      .map((c) => ({
        value: c.value,
        chosen: c.chosen,
        evidence: toRef(texts, c.sourceId, { start: c.start, end: c.end, text: c.text }),
      }));
    const chosen = candidates.filter((c) => c.chosen && c.evidence.end > c.evidence.start).map((c) => c.evidence);
    const span = (i.sources as Partial<Record<string, Span>>)[field];
    const fallback =
      chosen.length === 0 && span !== undefined && span.end > span.start && i.sourceIds.length === 1
        ? [toRef(texts, i.sourceIds[0]!, span)]
        : [];
    return {
      field,
      value: fieldValue(i, field),
      corrected: i.corrected.includes(field),
      evidence: chosen.length > 0 ? chosen : fallback,
      candidates,
    };
  });
}

function toTriage(i: StoredIncident): TriageResult {
  return triageIncident(fromStoredIncident(i), { organizationTypeOf: toOrganizationType });
}

/** The detail record (pure). */
export function toIncidentDetail(input: DetailInput): IncidentDetail {
  const i = input.incident;
  const texts = new Map(input.sources.map((s) => [s.id, s.text]));
  const spans = i.spanSources;
  const timeline = i.timeline
    .map((e, index) => ({
      date: e.date,
      kind: e.kind,
      evidence: toRef(texts, sourceOfItem(i, spans?.timeline, index), e.evidence),
    }))
    .sort((a, b) => compareDates(a.date, b.date));
  const { estimate, ...triage }: TriageResult = toTriage(i);
  const classification: IncidentClassification = classifyIncident(i);
  const org = input.organization;
  return {
    id: i.id,
    key: i.key,
    organization: i.organization,
    organizationType: i.organizationType,
    organizationId: i.organizationId,
    also: [...i.also],
    announced: i.announced,
    affected: { ...i.affected },
    data_items: [...i.data_items],
    cause: i.cause,
    cves: [...i.cves],
    vector: [...i.vector],
    certainty: i.certainty,
    evidence: i.evidence,
    breakdown: i.breakdown.map((b) => ({
      label: b.label,
      value: b.value,
      unit: b.unit,
      evidence: toRef(texts, sourceOfItem(i, undefined, 0), b.evidence),
    })),
    breakdown_mismatch: i.breakdown_mismatch,
    timeline,
    secondary_damage: i.secondary_damage.map((s, n) => toRef(texts, sourceOfItem(i, spans?.secondary_damage, n), s)),
    response: i.response.map((s, n) => toRef(texts, sourceOfItem(i, spans?.response, n), s)),
    field_evidence: toFieldEvidence(i, texts),
    sourceIds: [...i.sourceIds],
    source_documents: input.sources.map(toSourceRef),
    related: [...i.related],
    corrected: [...i.corrected],
    updatedAt: i.updatedAt,
    organization_record:
      org === null ? null : { id: org.id, name: org.name, type: org.type, aliases: [...org.aliases] },
    classification: classification as unknown as IncidentDetail["classification"],
    triage: triage as unknown as IncidentDetail["triage"],
    estimate: estimate satisfies Estimate as unknown as IncidentDetail["estimate"],
    campaigns: input.campaigns.map((c) => ({ key: c.key, kind: c.kind, label: c.label, members: c.members.length })),
    campaigns_state: input.campaignsState,
    history: input.audit.map((a) => ({
      id: a.id,
      at: a.at,
      who: a.who,
      field: a.field,
      old_value: a.oldValue,
      new_value: a.newValue,
      why: a.why,
    })),
  };
}

export function toSourceRef(s: Source): SourceRef {
  return {
    id: s.id,
    key: s.key,
    version: s.version,
    title: s.title,
    published: s.published,
    fetchedAt: s.fetchedAt,
    sample: isSampleKey(s.key),
  };
}

/** An id from a path: digits are the numeric id, anything else the incident key. */
export function toIdOrKey(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

/** Reads everything the detail needs; null when there is no such incident. */
export async function loadIncidentDetail(store: Store, id: string): Promise<IncidentDetail | null> {
  const incident = await store.getIncident(toIdOrKey(id));
  if (incident === null) return null;
  const [sources, organization, audit, view] = await Promise.all([
    Promise.all(incident.sourceIds.map((sid) => store.getSource(sid))),
    store.getOrganization(incident.organizationId),
    store.audit(incident.key),
    storeCampaigns(store),
  ]);
  return toIncidentDetail({
    incident,
    sources: sources.filter((s): s is Source => s !== null),
    organization,
    audit,
    campaigns: campaignsOfIncident(view.campaigns, incident.key),
    campaignsState: view.state,
  });
}

/** The triage of a stored incident, for the report draft. */
export async function loadTriage(store: Store, id: string): Promise<TriageResult | null> {
  const incident = await store.getIncident(toIdOrKey(id));
  return incident === null ? null : toTriage(incident);
}
