/**
 * @module A parsed VERIS record → the source text roei stores and the incident it writes (pure). The digest at the top of
 * the text is what the incident's evidence spans point into; the record follows it whole.
 */
import {
  type Affected,
  CAUSES,
  type Cause,
  type Certainty,
  DATA_ITEMS,
  type DataItem,
  QUALIFIERS,
  type Span,
  type TimelineEvent,
  UNITS,
} from "../../domain/incident.js";
import { type Correction, ORGANIZATION_TYPES, type OrganizationType } from "../../domain/store.js";
import type { NewIncident, NewOrganization } from "../../storage/store.js";
import { toCauseFromVerisActions } from "../classify/veris-action.js";
import { toDataItemsFromVeris } from "../export/veris-data.js";
import { RECORD_MARKER, toImportedKey, type VerisRecord } from "./veris-record.js";

type DigestField =
  | "organization"
  | "began"
  | "announced"
  | "affected"
  | "cause"
  | "data_items"
  | "cves"
  | "summary"
  | "response";

/** The text stored as the record's source: one line per fact, then the record. */
export type VerisSourceText = {
  readonly text: string;
  readonly title: string;
  readonly spans: Readonly<Partial<Record<DigestField, Span>>>;
};

export function toVerisSourceText(record: VerisRecord): VerisSourceText {
  let text = "";
  const spans: Partial<Record<DigestField, Span>> = {};
  const line = (label: string, value: string, field?: DigestField) => {
    text += `${label}: `;
    if (field) spans[field] = { start: text.length, end: text.length + value.length, text: value };
    text += `${value}\n`;
  };
  const title = `VERIS ${record.incident_id}: ${record.victim_id}`;
  text += `${title}\n`;
  line("victim", record.victim_id, "organization");
  line("incident began", record.began, "began");
  if (record.notified) line("notified", record.notified, "announced");
  if (record.dataTotal !== null) line("data_total", String(record.dataTotal), "affected");
  const actions = record.actions.map((a) => `${a.category} (${a.varieties.join(", ") || "-"})`).join("; ");
  line("action", actions || "unknown", "cause");
  if (record.dataVarieties.length > 0) line("data", record.dataVarieties.join(", "), "data_items");
  if (record.cves.length > 0) line("cve", record.cves.join(", "), "cves");
  if (record.summary) line("summary", record.summary, "summary");
  if (record.correctiveAction) line("corrective_action", record.correctiveAction, "response");
  return { text: `${text}${RECORD_MARKER}${record.json}`, title, spans };
}

/** roei's values kept in `plus.roei` by its own export, each taken only when it is one roei knows. */
function fromRoei(record: VerisRecord) {
  const r = record.roei ?? {};
  const a = (typeof r.affected === "object" && r.affected !== null ? r.affected : {}) as Record<string, unknown>;
  const affected: Affected | null =
    Number.isSafeInteger(a.value) && QUALIFIERS.includes(a.qualifier as never) && UNITS.includes(a.unit as never)
      ? (a as Affected)
      : null;
  const items = Array.isArray(r.data_items) && r.data_items.every((i) => DATA_ITEMS.includes(i)) ? r.data_items : null;
  return {
    affected,
    dataItems: items as readonly DataItem[] | null,
    cause: CAUSES.includes(r.cause as never) ? (r.cause as Cause) : null,
    certainty: r.certainty === "confirmed" || r.certainty === "possible" ? (r.certainty as Certainty) : null,
    announced: typeof r.announced === "string" ? r.announced : null,
    organizationType: ORGANIZATION_TYPES.includes(r.organization_type as never)
      ? (r.organization_type as OrganizationType)
      : null,
  };
}

/** Organization type from the NAICS code and government level: 92 public administration, 61 education, 62 health. */
export function toOrganizationTypeFromVeris(industry: string | null, government: readonly string[]): OrganizationType {
  if (industry === null) return "unknown";
  if (industry.startsWith("92212")) return "police";
  if (industry.startsWith("92")) {
    if (government.includes("Federal")) return "national_government";
    if (government.includes("Local") || government.includes("Regional")) return "local_government";
    return "unknown";
  }
  if (industry.startsWith("61")) return "education";
  if (industry.startsWith("62")) return "medical";
  if (industry.startsWith("813")) return "association";
  return /^0+$/.test(industry) ? "unknown" : "company";
}

/** The organization key of an imported victim: tagged, so it never shares a row with a news organization. */
export function toImportedOrganizationKey(victimId: string): string {
  return toImportedKey(victimId.normalize("NFKC").replace(/\s+/g, "").toLowerCase());
}

export type ImportedIncident = { readonly incident: NewIncident; readonly organization: NewOrganization };

/** The incident for a record stored as source `sourceId`, with the standing corrections of its key applied. */
export function toImportedIncident(
  record: VerisRecord,
  source: VerisSourceText,
  sourceId: number,
  corrections: readonly Correction[],
  now: string,
): ImportedIncident {
  const roei = fromRoei(record);
  const s = source.spans;
  const event = (date: string, kind: TimelineEvent["kind"], span: Span | undefined): TimelineEvent[] =>
    span ? [{ date, kind, evidence: span }] : [];
  const base: NewIncident = {
    key: toImportedKey(record.incident_id),
    organization: record.victim_id,
    organization_key: toImportedOrganizationKey(record.victim_id),
    organizationType: roei.organizationType ?? toOrganizationTypeFromVeris(record.industry, record.government),
    also: [],
    announced: roei.announced ?? record.notified ?? record.began,
    affected:
      roei.affected ??
      (record.dataTotal === null
        ? { value: null, qualifier: null, unit: null }
        : { value: record.dataTotal, qualifier: "exact", unit: "records" }),
    data_items: roei.dataItems ?? toDataItemsFromVeris(record.dataVarieties),
    cause: roei.cause ?? toCauseFromVerisActions(record.actions),
    cves: record.cves,
    evidence: record.summary,
    certainty: roei.certainty ?? (record.dataDisclosure === "Yes" ? "confirmed" : "possible"),
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [
      ...event(record.began, "occurred", s.began),
      ...(record.notified ? event(record.notified, "announced", s.announced) : []),
    ],
    vector: [],
    secondary_damage: [],
    response: s.response ? [s.response] : [],
    sources: {
      ...(s.organization ? { organization: s.organization } : {}),
      ...((s.announced ?? s.began) ? { announced: (s.announced ?? s.began)! } : {}),
      ...(s.affected ? { affected: s.affected } : {}),
      ...(s.cause ? { cause: s.cause } : {}),
      ...(s.data_items ? { data_items: s.data_items } : {}),
      ...(s.cves ? { cves: s.cves } : {}),
    },
    sourceIds: [sourceId],
    reportIds: [],
    candidates: [],
    related: [],
    corrected: [],
    updatedAt: now,
  };
  const incident = applyCorrections(base, corrections);
  return {
    incident,
    organization: {
      key: incident.organization_key,
      name: incident.organization,
      aliases: [],
      type: incident.organizationType,
      parentKey: null,
    },
  };
}

/** An analyst's standing corrections win over the record's values, as they do over extracted ones. */
export function applyCorrections(incident: NewIncident, corrections: readonly Correction[]): NewIncident {
  let out: NewIncident = incident;
  for (const c of corrections) {
    if (c.incidentKey !== incident.key) continue;
    const field = c.field === "organization_type" ? "organizationType" : c.field;
    out = { ...out, [field]: c.value, corrected: [...new Set([...out.corrected, c.field])] };
  }
  return out;
}
