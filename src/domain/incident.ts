/** @module The incident record: the extraction contract (../shared/eval/SCHEMA.md) plus roei's richer fields. */
import { z } from "zod";

/** Keys of leaked data items (漏えいした項目), as listed in the extraction contract. */
export const DATA_ITEMS = [
  "name",
  "kana_name",
  "address",
  "postal_code",
  "birthdate",
  "age",
  "gender",
  "phone",
  "mobile_phone",
  "email",
  "nationality",
  "employer",
  "occupation",
  "income",
  "bank_account",
  "credit_card_number",
  "card_expiry",
  "card_security_code",
  "card_holder",
  "payment_history",
  "login_id",
  "password",
  "nickname",
  "mynumber",
  "pension_number",
  "insurance_number",
  "customer_number",
  "contract_number",
  "passport_number",
  "driver_license",
  "medical",
  "health_insurance",
  "family",
  "photo",
  "property",
  "loan",
  "mortgage",
  "financial_plan",
  "purchase_history",
  "ip_address",
  "other",
] as const;
export type DataItem = (typeof DATA_ITEMS)[number];

/** Causes (原因), most specific first within a family; see SCHEMA.md. */
export const CAUSES = [
  "unauthorized_access",
  "credential_theft",
  "vulnerability",
  "sql_injection",
  "misconfiguration",
  "malware",
  "targeted_email",
  "phishing",
  "insider",
  "loss",
  "theft",
  "misdelivery",
  "mispublication",
  "mis_operation",
  "system_failure",
  "unknown",
] as const;
export type Cause = (typeof CAUSES)[number];

/** 最大 → max, 約/およそ → approx, 延べ/のべ → cumulative, 以上/超 → at_least, none → exact. */
export const QUALIFIERS = ["exact", "max", "approx", "cumulative", "at_least"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** 人/名/人分 → people; 件/通/枚 → records. */
export const UNITS = ["people", "records"] as const;
export type Unit = (typeof UNITS)[number];

/** 確定 (stated as fact) or 可能性/おそれ (possible). */
export type Certainty = "confirmed" | "possible";

/** A span of the article text: [start, end) in UTF-16 code units of Article.text. */
export type Span = { readonly start: number; readonly end: number; readonly text: string };

/** Where a field's value came from: the sentence that carries it. */
export type Evidence = { readonly sentence: Span; readonly match: Span };

export type Affected = {
  readonly value: number | null;
  readonly qualifier: Qualifier | null;
  readonly unit: Unit | null;
};

/** One line of a per-category breakdown (内訳), e.g. 返済中の人 35,738名. */
export type BreakdownEntry = {
  readonly label: string;
  readonly value: number;
  readonly unit: Unit | null;
  readonly evidence: Span;
};

export type TimelineKind =
  | "exposure_start"
  | "exposure_end"
  | "exposure"
  | "occurred"
  | "discovered"
  | "extortion"
  | "reported_police"
  | "reported_ppc"
  | "announced"
  | "notified"
  | "reissued"
  | "service_stopped"
  | "service_resumed"
  | "follow_up"
  | "other";

export type TimelineEvent = {
  /** Contract date form: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM. */
  readonly date: string;
  readonly kind: TimelineKind;
  readonly evidence: Span;
};

/** The contract fields, exactly as SCHEMA.md spells them. */
export type ContractIncident = {
  readonly organization: string;
  readonly also: readonly string[];
  readonly announced: string | null;
  readonly affected: Affected;
  readonly data_items: readonly DataItem[];
  readonly cause: Cause;
  readonly cves: readonly string[];
  readonly evidence: string;
};

/** Contract fields plus the richer, sourced fields roei keeps beside them. */
export type Incident = ContractIncident & {
  readonly certainty: Certainty;
  readonly breakdown: readonly BreakdownEntry[];
  /** True when a breakdown is given and its sum differs from affected.value. */
  readonly breakdown_mismatch: boolean;
  readonly timeline: readonly TimelineEvent[];
  /** Product, service or channel named as the vector (Apache Struts2, a cloud service's settings, USBメモリ). */
  readonly vector: readonly string[];
  /** Secondary damage stated: fraud counts, suspicious calls, extortion. */
  readonly secondary_damage: readonly Span[];
  /** Response measures stated: service stop, password reset, notices, reissue. */
  readonly response: readonly Span[];
  /** Per field, the span it was taken from. */
  readonly sources: Readonly<
    Partial<Record<"organization" | "announced" | "affected" | "cause" | "data_items" | "cves", Span>>
  >;
};

/** Schema for a hand-written incident in the contract shape (used by triage and tests). */
export const contractIncidentSchema = z.object({
  organization: z.string().min(1),
  also: z.array(z.string()).default([]),
  announced: z.string().nullable(),
  affected: z.object({
    value: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS).nullable(),
    unit: z.enum(UNITS).nullable(),
  }),
  data_items: z.array(z.enum(DATA_ITEMS)),
  cause: z.enum(CAUSES),
  cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/)),
  evidence: z.string(),
});
