/** @module Database rows (both engines) → domain objects (JSON columns parsed, snake_case → camelCase). */
import type { Incident } from "../domain/incident.js";
import type {
  AuditEntry,
  CorrectableField,
  Correction,
  Organization,
  OrganizationType,
  Report,
  Source,
  SourceStatus,
} from "../domain/store.js";
import { type IncidentBody, toStoredIncident } from "./incident-plan.js";
import type { FeedState, SourceSummary } from "./store.js";

export type SourceRow = {
  readonly id: number;
  readonly key: string;
  readonly version: number;
  readonly fetched_at: string;
  readonly published: string | null;
  readonly content_hash: string;
  readonly title: string | null;
  readonly text: string;
  readonly status: string;
  readonly error: string | null;
};

export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    fetchedAt: row.fetched_at,
    published: row.published,
    contentHash: row.content_hash,
    title: row.title,
    text: row.text,
    status: row.status as SourceStatus,
    error: row.error,
  };
}

export type ReportRow = {
  readonly id: number;
  readonly source_id: number;
  readonly idx: number;
  readonly incident: string;
};

export function toReport(row: ReportRow): Report {
  return { id: row.id, sourceId: row.source_id, index: row.idx, incident: JSON.parse(row.incident) as Incident };
}

export type IncidentRow = { readonly id: number; readonly organization_id: number; readonly body: string };

export function toIncident(row: IncidentRow) {
  return toStoredIncident(JSON.parse(row.body) as IncidentBody, row.id, row.organization_id);
}

export type OrganizationRow = {
  readonly id: number;
  readonly key: string;
  readonly name: string;
  readonly aliases: string;
  readonly type: string;
  readonly parent_id: number | null;
};

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    type: row.type as OrganizationType,
    parentId: row.parent_id,
  };
}

export type CorrectionRow = {
  readonly incident_key: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
  readonly who: string;
  readonly at: string;
};

export function toCorrection(row: CorrectionRow): Correction {
  return {
    incidentKey: row.incident_key,
    field: row.field as CorrectableField,
    value: JSON.parse(row.value) as unknown,
    reason: row.reason,
    who: row.who,
    at: row.at,
  };
}

export type AuditRow = {
  readonly id: number;
  readonly at: string;
  readonly who: string;
  readonly incident_key: string;
  readonly field: string;
  readonly old_value: string;
  readonly new_value: string;
  readonly why: string;
};

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    who: row.who,
    incidentKey: row.incident_key,
    field: row.field,
    oldValue: JSON.parse(row.old_value) as unknown,
    newValue: JSON.parse(row.new_value) as unknown,
    why: row.why,
  };
}

export type FeedRow = {
  readonly url: string;
  readonly etag: string | null;
  readonly last_modified: string | null;
  readonly last_polled_at: string | null;
  readonly last_error: string | null;
};

export function toFeedState(row: FeedRow): FeedState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    lastError: row.last_error,
  };
}

/** JSON for a value column; `undefined` (not JSON) is stored as null. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** A source row without its text → SourceSummary. */
export function toSourceSummary(row: Omit<SourceRow, "text" | "content_hash">): SourceSummary {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    fetchedAt: row.fetched_at,
    published: row.published,
    title: row.title,
    status: row.status as SourceStatus,
    error: row.error,
  };
}

/** limit (default 50, at most 1000) and offset (≥ 0) of a page query. */
export function toPageBounds(query: { readonly limit?: number; readonly offset?: number }): {
  limit: number;
  offset: number;
} {
  const clamp = (n: number, min: number, max: number) =>
    Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : min;
  return { limit: clamp(query.limit ?? 50, 0, 1000), offset: clamp(query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER) };
}
