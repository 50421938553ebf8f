/** @module What roei stores: sources, the incident reports extracted from them, merged incidents, corrections, audit. */
import type { Incident } from "./incident.js";

/** Organization type (組織種別), in the groups JNSA and the PPC use: 自治体, 官公庁, 医療機関, 教育機関, 企業, 団体, 警察. */
export const ORGANIZATION_TYPES = [
  "local_government",
  "national_government",
  "police",
  "medical",
  "education",
  "company",
  "association",
  "unknown",
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export type SourceStatus = "ok" | "failed" | "skipped";

/** One version of a document roei read: a file or a URL at one moment. */
export type Source = {
  readonly id: number;
  /** Where it came from: an absolute file path or a URL. Versions of one key share it. */
  readonly key: string;
  /** 1 for the first content seen at this key, then 2, 3… as the content changes. */
  readonly version: number;
  readonly fetchedAt: string;
  readonly published: string | null;
  /** sha256 of the decoded text, hex. */
  readonly contentHash: string;
  readonly title: string | null;
  readonly text: string;
  readonly status: SourceStatus;
  readonly error: string | null;
};

/** What one source says about one incident: the extractor's output for it, kept as it was. */
export type Report = {
  readonly id: number;
  readonly sourceId: number;
  /** Position of the incident in the source's extraction output. */
  readonly index: number;
  readonly incident: Incident;
};

/** One value a source gave for a field, with where it said so. */
export type Candidate = {
  readonly field: CorrectableField;
  readonly value: unknown;
  readonly sourceId: number;
  readonly reportId: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True for the value the merged incident shows. */
  readonly chosen: boolean;
};

/** The fields an analyst may correct (`roei edit`, PATCH /api/incidents/{id}, the edit form). */
export const CORRECTABLE_FIELDS = [
  "organization",
  "announced",
  "affected",
  "data_items",
  "cause",
  "cves",
  "certainty",
  "organization_type",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** An organization with every name the sources used for it. */
export type Organization = {
  readonly id: number;
  /** Normalized key: NFKC, legal-entity forms and spaces removed. */
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: OrganizationType;
  readonly parentId: number | null;
};

/** An incident as the database holds it: merged from its reports, with corrections applied on top. */
export type StoredIncident = Incident & {
  readonly id: number;
  /**
   * Stable identity: derived from the organization and the earliest report (by source key and hash), so the same set of
   * sources gives the same keys whatever the order they were ingested in.
   */
  readonly key: string;
  readonly organizationId: number;
  readonly organizationType: OrganizationType;
  readonly sourceIds: readonly number[];
  readonly reportIds: readonly number[];
  readonly candidates: readonly Candidate[];
  /** Incidents of other victims linked to this one (one vendor incident announced by many victims). */
  readonly related: readonly string[];
  readonly corrected: readonly CorrectableField[];
  readonly updatedAt: string;
  /**
   * The source each timeline event, secondary_damage and response span came from (same order as those lists): after a
   * merge their offsets refer to different source texts. Absent on incidents stored before it was kept.
   */
  readonly spanSources?: SpanSources;
};

/** Source ids parallel to an incident's timeline, secondary_damage and response. */
export type SpanSources = {
  readonly timeline: readonly number[];
  readonly secondary_damage: readonly number[];
  readonly response: readonly number[];
};

/** An analyst's correction: it survives re-extraction and re-merging. */
export type Correction = {
  readonly incidentKey: string;
  readonly field: CorrectableField;
  readonly value: unknown;
  readonly reason: string;
  readonly who: string;
  readonly at: string;
};

/** Every change to an incident: who, when, old → new, why. */
export type AuditEntry = {
  readonly id: number;
  readonly at: string;
  readonly who: string;
  readonly incidentKey: string;
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
  readonly why: string;
};
