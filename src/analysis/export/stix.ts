/**
 * @module Stored incidents → one STIX 2.1 bundle (pure): roei and each victim as `identity`, each incident as
 * `incident`, each source as `report`, each CVE as `vulnerability`, joined by `relationship` objects. Ids are UUID v5 of
 * keys, and timestamps come from the data, so the same store always exports the same bundle.
 */
import type { OrganizationType, StoredIncident } from "../../domain/store.js";
import { toUuidV5 } from "./uuid.js";
import type { ExportSource } from "./veris.js";

/** A source as the STIX export needs it: key (URL or path), publication date and title. */
export type StixSource = ExportSource & { readonly title: string | null };

export type StixInput = { readonly incident: StoredIncident; readonly sources: readonly StixSource[] };

type StixObject = { readonly type: string; readonly id: string; readonly [key: string]: unknown };
export type StixBundle = { readonly type: "bundle"; readonly id: string; readonly objects: readonly StixObject[] };

/** roei's own identity: created_by_ref of every object it writes. */
export const ROEI_IDENTITY_ID = `identity--${toUuidV5("stix:identity:roei")}`;
/** A fixed creation time for roei's identity (the day the store format was fixed), so bundles stay stable. */
const ROEI_CREATED = "2024-01-01T00:00:00.000Z";

/** STIX industry-sector-ov by organization type (none for companies, associations and unknown). */
const SECTOR_BY_TYPE: Readonly<Partial<Record<OrganizationType, string>>> = {
  local_government: "government-local",
  national_government: "government-national",
  police: "government-emergency-services",
  education: "education",
  medical: "healthcare",
};

const idOf = (type: string, key: string) => `${type}--${toUuidV5(`stix:${type}:${key}`)}`;

/** A timestamp in STIX form (UTC, milliseconds); a bare date is taken as midnight UTC. */
export function toStixTimestamp(value: string): string {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? ROEI_CREATED : new Date(t).toISOString();
}

/** The bundle for a list of incidents with their sources. */
export function toStixBundle(inputs: readonly StixInput[]): StixBundle {
  const objects = new Map<string, StixObject>();
  const put = (o: StixObject) => {
    const seen = objects.get(o.id);
    // The same victim, CVE or source shared by several incidents: one object, created at the earliest time.
    if (!seen || String(o.created) < String(seen.created)) objects.set(o.id, seen ? mergeRefs(o, seen) : o);
    else objects.set(o.id, mergeRefs(seen, o));
  };
  put(roeiIdentity());
  for (const input of inputs) for (const o of toIncidentObjects(input)) put(o);
  const keys = inputs.map((i) => i.incident.key).sort();
  return {
    type: "bundle",
    id: `bundle--${toUuidV5(`stix:bundle:${keys.join("\n")}`)}`,
    objects: [...objects.values()].sort(compareObjects),
  };
}

/** A report cited by several incidents refers to all of them. */
function mergeRefs(keep: StixObject, other: StixObject): StixObject {
  if (!Array.isArray(keep.object_refs) || !Array.isArray(other.object_refs)) return keep;
  const refs = [...new Set([...(keep.object_refs as string[]), ...(other.object_refs as string[])])].sort();
  return { ...keep, object_refs: refs };
}

const TYPE_ORDER = ["identity", "vulnerability", "incident", "report", "relationship"];

function compareObjects(a: StixObject, b: StixObject): number {
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.id.localeCompare(b.id);
}

function common(type: string, id: string, created: string): StixObject {
  return { type, spec_version: "2.1", id, created, modified: created, created_by_ref: ROEI_IDENTITY_ID };
}

function roeiIdentity(): StixObject {
  return {
    type: "identity",
    spec_version: "2.1",
    id: ROEI_IDENTITY_ID,
    created: ROEI_CREATED,
    modified: ROEI_CREATED,
    name: "roei",
    identity_class: "system",
    description: "Incident records extracted from Japanese news about personal-information leaks.",
  };
}

function toIncidentObjects({ incident, sources }: StixInput): readonly StixObject[] {
  const at = toStixTimestamp(incident.updatedAt);
  const victim = toVictimIdentity(incident, at);
  const incidentId = idOf("incident", incident.key);
  const vulnerabilities = incident.cves.map((cve) => toVulnerability(cve, at));
  const relationships = [
    toRelationship(incidentId, "targets", victim.id, at),
    ...vulnerabilities.map((v) => toRelationship(incidentId, "related-to", v.id, at)),
  ];
  const refs = [incidentId, victim.id, ...vulnerabilities.map((v) => v.id), ...relationships.map((r) => r.id)];
  return [
    victim,
    ...vulnerabilities,
    toIncident(incident, incidentId, at),
    ...relationships,
    ...sources.map((s) => toReport(s, refs, at)),
  ];
}

function toVictimIdentity(incident: StoredIncident, at: string): StixObject {
  const sector = SECTOR_BY_TYPE[incident.organizationType];
  return {
    ...common("identity", idOf("identity", incident.organization.normalize("NFKC")), at),
    name: incident.organization,
    identity_class: "organization",
    ...(sector ? { sectors: [sector] } : {}),
    x_roei_organization_type: incident.organizationType,
  };
}

function toVulnerability(cve: string, at: string): StixObject {
  return {
    ...common("vulnerability", idOf("vulnerability", cve), at),
    name: cve,
    external_references: [{ source_name: "cve", external_id: cve }],
  };
}

function toIncident(incident: StoredIncident, id: string, at: string): StixObject {
  return {
    ...common("incident", id, at),
    name: `${incident.organization}: 個人情報漏えい (${incident.announced ?? "公表日不明"})`,
    description: incident.evidence || incident.cause,
    labels: [incident.cause],
    external_references: [{ source_name: "roei", external_id: incident.key }],
    x_roei_key: incident.key,
    x_roei_announced: incident.announced,
    x_roei_affected: incident.affected,
    x_roei_data_items: incident.data_items,
    x_roei_cause: incident.cause,
    x_roei_certainty: incident.certainty,
  };
}

function toRelationship(source: string, type: string, target: string, at: string): StixObject {
  return {
    ...common("relationship", idOf("relationship", `${source} ${type} ${target}`), at),
    relationship_type: type,
    source_ref: source,
    target_ref: target,
  };
}

/** One report per source (by key): a news article or file that states the incident. */
function toReport(source: StixSource, refs: readonly string[], at: string): StixObject {
  const url = /^https?:\/\//.test(source.key) ? { url: source.key } : { external_id: baseName(source.key) };
  const published = source.published ? toStixTimestamp(source.published) : at;
  return {
    ...common("report", idOf("report", source.key), published < at ? published : at),
    name: source.title ?? baseName(source.key),
    published,
    report_types: ["threat-report"],
    object_refs: [...refs].sort(),
    external_references: [{ source_name: "roei-source", ...url }],
  };
}

function baseName(key: string): string {
  return key.split(/[\\/]/).at(-1) ?? key;
}
