/** @module Triage input: an incident in the contract shape plus what a privacy officer knows, validated with zod. */
import { z } from "zod";
import type { Span } from "../../domain/incident.js";
import { CAUSES, DATA_ITEMS, QUALIFIERS, UNITS } from "../../domain/incident.js";
import type { Result } from "../../domain/issue.js";
import { ORGANIZATION_TYPES, type StoredIncident } from "../../domain/store.js";

const CONTRACT_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/;
const contractDate = z.string().regex(CONTRACT_DATE, "expected YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM");

/** A text span as roei stores it; hand-written input may give only `text`, or a bare string. */
const spanText = z.union([z.string(), z.looseObject({ text: z.string() })]);

const timelineEvent = z.looseObject({
  date: contractDate,
  kind: z.string(),
  evidence: spanText.optional(),
});

/** The organization types a privacy officer states: 民間事業者, 行政機関等 (national), 地方公共団体の機関. */
export const OFFICER_ORG_TYPES = ["private", "national_government", "local_government"] as const;
export type OfficerOrgType = (typeof OFFICER_ORG_TYPES)[number];

export const RESPONSE_QUALITIES = ["appropriate", "inappropriate", "unknown"] as const;
export type ResponseQuality = (typeof RESPONSE_QUALITIES)[number];

/** Facts only the officer can know; each is optional and, when absent, triage derives it or says it is unknown. */
const officerFields = {
  /** 発覚日 (the day the organization learned of the event): starts the deadlines. */
  discovered: contractDate.optional(),
  /** High-level encryption with the key kept safe (規則7条1号括弧書, FAQ 5 Q17-14). */
  encrypted: z.boolean().optional(),
  organization_type: z.enum(OFFICER_ORG_TYPES).optional(),
  /** 特定個人情報 involved. */
  mynumber: z.boolean().optional(),
  /** 3号: the act against the organization may have had a wrongful purpose. */
  wrongful_purpose: z.boolean().optional(),
  /** The information was being acquired (form input sent to an attacker, e.g. web skimming), not yet 個人データ. */
  acquiring: z.boolean().optional(),
  /** 2号: the leaked login ID and password are for a service that can send money or pay. */
  payment_capable_login: z.boolean().optional(),
  /** Only part of the card number (e.g. the last 4 digits) leaked (FAQ Q6-12). */
  card_partial: z.boolean().optional(),
  /** Phishing (FAQ Q6-7): through the organization's own site or mail, or entirely outside it. */
  phishing_route: z.enum(["own_channel", "external"]).optional(),
  /** 1号 (要配慮個人情報) stated by the officer. */
  sensitive: z.boolean().optional(),
  /** 規則43条5号: 条例要配慮個人情報 of a local body's ordinance. */
  ordinance_sensitive: z.boolean().optional(),
  /** My Number 3号: viewable by 不特定多数 by electronic means. */
  public_exposure: z.boolean().optional(),
  /** Whether exposed data was actually viewed (access logs). */
  viewed: z.boolean().optional(),
  /** My Number 1号: イ 情報提供ネットワークシステム, ロ 個人番号利用事務の system, ハ public bodies' 関係事務 system. */
  mynumber_system: z.enum(["network", "utilization", "public_related", "none"]).optional(),
  /** All the data was recovered before any third party viewed it: not a 漏えい (通則編 3-5-1-1, FAQ Q6-1). */
  recovered_before_viewed: z.boolean().optional(),
  /** Items roei's data_items keys do not name, as written in the JNSA levels table (宗教, 前科前歴, カルテ …). */
  extra_items: z.array(z.string().min(1)).optional(),
  /** JNSA 社会的責任度: 2 higher than usual, 1 usual. */
  social_responsibility: z.union([z.literal(1), z.literal(2)]).optional(),
  /** JNSA 事後対応評価. */
  response_quality: z.enum(RESPONSE_QUALITIES).optional(),
  /** Affected residents of other jurisdictions, for the foreign regimes. */
  residents: z
    .strictObject({ california: z.number().int().nonnegative(), eu: z.number().int().nonnegative() })
    .partial()
    .optional(),
};

/** Fields of a stored incident (`roei show --format json`) that triage reads or tolerates. */
const storedFields = {
  id: z.number().optional(),
  key: z.string().optional(),
  organizationType: z.enum(ORGANIZATION_TYPES).optional(),
  organizationId: z.unknown().optional(),
  sourceIds: z.unknown().optional(),
  reportIds: z.unknown().optional(),
  candidates: z.unknown().optional(),
  related: z.unknown().optional(),
  corrected: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
  history: z.unknown().optional(),
  breakdown: z.unknown().optional(),
  breakdown_mismatch: z.unknown().optional(),
};

export const triageInputSchema = z.strictObject({
  organization: z.string().min(1),
  also: z.array(z.string()).default([]),
  announced: contractDate.nullable().default(null),
  affected: z
    .object({
      value: z.number().int().nonnegative().nullable(),
      qualifier: z.enum(QUALIFIERS).nullable().default(null),
      unit: z.enum(UNITS).nullable().default(null),
    })
    .default({ value: null, qualifier: null, unit: null }),
  data_items: z.array(z.enum(DATA_ITEMS)).default([]),
  cause: z.enum(CAUSES).default("unknown"),
  cves: z.array(z.string()).default([]),
  evidence: z.string().default(""),
  certainty: z.enum(["confirmed", "possible"]).default("confirmed"),
  timeline: z.array(timelineEvent).default([]),
  vector: z.array(z.string()).default([]),
  secondary_damage: z.array(spanText).default([]),
  response: z.array(spanText).default([]),
  sources: z.record(z.string(), spanText).default({}),
  ...storedFields,
  ...officerFields,
});

export type TriageInput = z.infer<typeof triageInputSchema>;

/** The text of a span-like value. */
export function toText(span: z.infer<typeof spanText> | undefined): string {
  if (span === undefined) return "";
  return typeof span === "string" ? span : span.text;
}

/**
 * Validates parsed JSON as a triage input; the error names the first bad field.
 * @example parseTriageInput({ organization: "X", affected: { value: "a" } }) → error "affected.value: …"
 */
export function parseTriageInput(json: unknown): Result<TriageInput, string> {
  const parsed = triageInputSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue === undefined) return { ok: false, error: "invalid input" };
  const path = issue.path.map(String).join(".");
  const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
  return { ok: false, error: `${path === "" ? "input" : path}: ${issue.message}${keys}` };
}

/**
 * A stored incident as triage input without re-validating it: the store's rows are typed already, and a whole-store
 * run (the bench, batch triage) should not pay for zod on each of them. Officer facts are added by the caller.
 */
export function fromStoredIncident(i: StoredIncident): TriageInput {
  // Triage never mutates its input, so the stored arrays are shared rather than copied (a whole store is 100,000 rows).
  const shared = <T>(xs: readonly T[]): T[] => xs as T[];
  return {
    organization: i.organization,
    also: shared(i.also),
    announced: i.announced,
    affected: i.affected,
    data_items: shared(i.data_items),
    cause: i.cause,
    cves: shared(i.cves),
    evidence: i.evidence,
    certainty: i.certainty,
    timeline: shared(i.timeline),
    vector: shared(i.vector),
    secondary_damage: shared(i.secondary_damage),
    response: shared(i.response),
    sources: i.sources as Record<string, Span>,
    id: i.id,
    key: i.key,
    organizationType: i.organizationType,
  };
}
