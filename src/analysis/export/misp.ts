/**
 * @module A stored incident → one MISP event (MISP core JSON, `{ "Event": … }`) with attributes for the victim, the
 * count, the evidence, each CVE and each source URL, and tags from the databreach taxonomy plus roei's own (pure).
 */
import type { Cause, DataItem } from "../../domain/incident.js";
import type { StoredIncident } from "../../domain/store.js";
import { toUuidV5 } from "./uuid.js";
import { type ExportSource, VERIS_KEY_PREFIX } from "./veris.js";

export type MispAttribute = {
  readonly uuid: string;
  readonly type: string;
  readonly category: string;
  readonly value: string;
  readonly to_ids: boolean;
  /** "5": inherit the event's distribution. */
  readonly distribution: "5";
  readonly comment: string;
};

export type MispEvent = {
  readonly Event: {
    readonly uuid: string;
    readonly info: string;
    readonly date: string;
    /** 1 high, 2 medium, 3 low, 4 undefined. */
    readonly threat_level_id: "1" | "2" | "3" | "4";
    /** 0 initial, 1 ongoing, 2 completed. */
    readonly analysis: "0" | "1" | "2";
    /** 0: this organization only; the receiving analyst decides how far it goes. */
    readonly distribution: "0";
    readonly published: false;
    readonly timestamp: string;
    readonly Orgc: { readonly name: string; readonly uuid: string };
    readonly Attribute: readonly MispAttribute[];
    readonly Tag: readonly { readonly name: string }[];
  };
};

/**
 * databreach:breach-type (MISP taxonomy, see ../shared/docs/anchors.md §4) by cause; causes the taxonomy has no value for
 * (loss, misdelivery, system failure…) get none.
 */
const BREACH_TYPE_BY_CAUSE: Readonly<Partial<Record<Cause, string>>> = {
  unauthorized_access: "unauthorized-third-party",
  credential_theft: "unauthorized-third-party",
  vulnerability: "unauthorized-third-party",
  sql_injection: "unauthorized-third-party",
  misconfiguration: "misconfiguration",
  malware: "malware",
  targeted_email: "phishing-scam",
  phishing: "phishing-scam",
  insider: "insider",
};

/** Items whose leak alone makes an incident serious (番号, card data, 要配慮個人情報 such as medical records). */
const SEVERE_ITEMS: ReadonlySet<DataItem> = new Set([
  "mynumber",
  "credit_card_number",
  "card_security_code",
  "bank_account",
  "password",
  "medical",
  "passport_number",
]);

const ROEI_ORG_UUID = toUuidV5("misp:org:roei");

/** The MISP event for one incident and its sources. */
export function toMispEvent(incident: StoredIncident, sources: readonly ExportSource[] = []): MispEvent {
  return {
    Event: {
      uuid: toUuidV5(`misp:event:${incident.key}`),
      info: toInfo(incident),
      date: toEventDate(incident),
      threat_level_id: toThreatLevel(incident),
      analysis: incident.certainty === "confirmed" ? "2" : "1",
      distribution: "0",
      published: false,
      timestamp: String(Math.floor(Date.parse(incident.updatedAt) / 1000) || 0),
      Orgc: { name: "roei", uuid: ROEI_ORG_UUID },
      Attribute: toAttributes(incident, sources),
      Tag: toTags(incident).map((name) => ({ name })),
    },
  };
}

function toInfo(incident: StoredIncident): string {
  const a = incident.affected;
  const count = a.value === null ? "" : ` ${a.value.toLocaleString("en-US")}${a.unit === "records" ? "件" : "人"}`;
  return `${incident.organization}: 個人情報漏えい${count}`;
}

/** MISP wants YYYY-MM-DD: the announcement, with a missing month or day taken as the first, else the day stored. */
export function toEventDate(incident: StoredIncident): string {
  const m = incident.announced === null ? null : /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(incident.announced);
  if (!m) return incident.updatedAt.slice(0, 10);
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** High: 100,000 or more, or severe items; medium: 1,000 or more; low: fewer; undefined: no count and nothing severe. */
export function toThreatLevel(incident: StoredIncident): "1" | "2" | "3" | "4" {
  const n = incident.affected.value;
  if ((n !== null && n >= 100_000) || incident.data_items.some((i) => SEVERE_ITEMS.has(i))) return "1";
  if (n === null) return "4";
  return n >= 1000 ? "2" : "3";
}

function toAttributes(incident: StoredIncident, sources: readonly ExportSource[]): readonly MispAttribute[] {
  const attr = (type: string, category: string, value: string, comment: string): MispAttribute => ({
    uuid: toUuidV5(`misp:attribute:${incident.key}:${type}:${value}`),
    type,
    category,
    value,
    to_ids: false,
    distribution: "5",
    comment,
  });
  const a = incident.affected;
  const urls = [...new Set(sources.map((s) => s.key).filter((k) => /^https?:\/\//.test(k)))];
  return [
    attr("target-org", "Targeting data", incident.organization, "victim"),
    ...(a.value === null
      ? []
      : [attr("counter", "Other", String(a.value), `affected (${a.qualifier ?? "exact"}, ${a.unit ?? "people"})`)]),
    ...(incident.evidence ? [attr("text", "Other", incident.evidence, "evidence")] : []),
    ...(incident.data_items.length > 0 ? [attr("text", "Other", incident.data_items.join(", "), "data items")] : []),
    ...incident.cves.map((cve) => attr("vulnerability", "External analysis", cve, "CVE stated for the incident")),
    ...urls.map((url) => attr("link", "External analysis", url, "source")),
  ];
}

/** Tags: TLP (public news), the databreach breach type, and roei's cause, items, certainty and organization type. */
export function toTags(incident: StoredIncident): readonly string[] {
  const breach = BREACH_TYPE_BY_CAUSE[incident.cause];
  return [
    "tlp:clear",
    ...(breach ? [`databreach:breach-type="${breach}"`] : []),
    `roei:cause="${incident.cause}"`,
    `roei:certainty="${incident.certainty}"`,
    `roei:organization-type="${incident.organizationType}"`,
    ...incident.data_items.map((i) => `roei:data-item="${i}"`),
    ...(incident.key.startsWith(VERIS_KEY_PREFIX) ? ['roei:imported="veris"'] : []),
  ];
}
