/**
 * @module A stored incident → one VERIS 1.4 incident (JSON object) that validates against verisc-merged.json (pure).
 * What VERIS has no field for (qualifier, unit, certainty, roei's ids) goes under `plus.roei`.
 */
import type { Incident, TimelineEvent } from "../../domain/incident.js";
import type { OrganizationType, StoredIncident } from "../../domain/store.js";
import { toVerisAction, type VerisActionMapping } from "../classify/veris-action.js";
import { toUuidV5 } from "./uuid.js";
import { toVerisAssets, toVerisCloud } from "./veris-asset.js";
import { toVerisDataVarieties } from "./veris-data.js";

/** A source of the incident, as the exporter needs it: its key (URL or path) and publication date. */
export type ExportSource = { readonly key: string; readonly published: string | null };

export type VerisExportOptions = {
  /** The incident's sources (for `reference` and, failing any date in the incident, the year it began). */
  readonly sources?: readonly ExportSource[];
};

/** Prefix of incidents imported from VERIS: `veris:<incident_id>` keeps their own id on the way back out. */
export const VERIS_KEY_PREFIX = "veris:";

export const VERIS_SCHEMA_VERSION = "1.4.0";

type VerisDate = { readonly year: number; readonly month?: number; readonly day?: number };
type Json = { readonly [key: string]: unknown };

/** The VERIS incident for a stored incident. */
export function toVerisIncident(incident: StoredIncident, options: VerisExportOptions = {}): Json {
  const sources = options.sources ?? [];
  const action = toVerisAction(incident.cause);
  const began = toIncidentBegan(incident, sources);
  const reference = toReference(sources);
  return {
    schema_version: VERIS_SCHEMA_VERSION,
    incident_id: toVerisIncidentId(incident.key),
    source_id: "roei",
    security_incident: "Confirmed",
    summary: toSummary(incident),
    ...(reference === "" ? {} : { reference }),
    timeline: { incident: began.date, ...toDiscoveryDuration(incident.timeline) },
    victim: toVictim(incident.organization, incident.organizationType),
    actor: toActor(action),
    action: toAction(incident, action),
    asset: toAsset(incident),
    attribute: toAttribute(incident),
    discovery_method: toDiscoveryMethod(incident.timeline),
    plus: toPlus(incident, began.from),
    ...(began.from === "stored" ? UNDATED : {}),
  };
}

/**
 * VERIS requires a year; when no source dates the incident, the year roei stored it is written (an upper bound) and
 * the record says so: low confidence and a note.
 */
const UNDATED = {
  confidence: "Low",
  notes:
    "timeline.incident.year is the year roei stored the incident (an upper bound): no source gives the year it happened.",
} as const;

/** incident_id: the original id of an imported incident, else a UUID (v5) of the incident key, stable across runs. */
export function toVerisIncidentId(key: string): string {
  return key.startsWith(VERIS_KEY_PREFIX) ? key.slice(VERIS_KEY_PREFIX.length) : toUuidV5(`veris:${key}`);
}

/** A contract date (YYYY, YYYY-MM, YYYY-MM-DD) as VERIS year/month/day; null without a year. */
export function toVerisDate(date: string | null): VerisDate | null {
  const m = date === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  // The schema's bounds: years 1950–2050, months 1–12, days 1–31.
  if (year < 1950 || year > 2050 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return {
    year,
    ...(m[2] === undefined ? {} : { month }),
    ...(m[3] === undefined ? {} : { day }),
  };
}

const BEGAN_KINDS: ReadonlySet<TimelineEvent["kind"]> = new Set([
  "occurred",
  "exposure_start",
  "exposure",
  "discovered",
]);

type Began = { readonly date: VerisDate; readonly from: "timeline" | "announced" | "published" | "stored" };

/**
 * When the incident began (VERIS `timeline.incident`): the earliest dated start, exposure, occurrence or discovery in
 * the timeline; else the announcement; else any dated event; else the earliest source's publication; else the year it
 * was stored.
 */
function toIncidentBegan(incident: StoredIncident, sources: readonly ExportSource[]): Began {
  const earliest = (dates: readonly (string | null)[]) =>
    dates
      .filter((d): d is string => d !== null && toVerisDate(d) !== null)
      .sort()
      .at(0) ?? null;
  const fromTimeline = earliest(incident.timeline.filter((e) => BEGAN_KINDS.has(e.kind)).map((e) => e.date));
  if (fromTimeline) return { date: toVerisDate(fromTimeline)!, from: "timeline" };
  const announced = toVerisDate(incident.announced);
  if (announced) return { date: announced, from: "announced" };
  const later = earliest(incident.timeline.map((e) => e.date));
  if (later) return { date: toVerisDate(later)!, from: "timeline" };
  const published = earliest(sources.map((s) => s.published?.slice(0, 10) ?? null));
  if (published) return { date: toVerisDate(published)!, from: "published" };
  return { date: { year: Number(incident.updatedAt.slice(0, 4)) }, from: "stored" };
}

/** Days from the start of the exposure to its discovery, when both are full dates in order. */
function toDiscoveryDuration(timeline: readonly TimelineEvent[]): Json {
  const first = (kinds: readonly string[]) =>
    timeline
      .filter((e) => kinds.includes(e.kind) && /^\d{4}-\d{2}-\d{2}$/.test(e.date))
      .map((e) => e.date)
      .sort()[0];
  const start = first(["exposure_start", "occurred", "exposure"]);
  const found = first(["discovered"]);
  if (start === undefined || found === undefined || found < start) return {};
  const days = Math.round((Date.parse(found) - Date.parse(start)) / 86_400_000);
  return { discovery: { unit: "Days", value: days } };
}

/** NAICS sector by organization type: public administration 92, education 61, health care 62, else unknown 000. */
const NAICS_BY_TYPE: Readonly<Record<OrganizationType, string>> = {
  local_government: "92",
  national_government: "92",
  police: "922120",
  education: "61",
  medical: "62",
  association: "813",
  company: "000",
  unknown: "000",
};

function toGovernment(organization: string, type: OrganizationType): readonly string[] {
  if (type === "national_government") return ["Federal"];
  // 都道府県 (and their police) are regional bodies; 市区町村 are local.
  if (type === "local_government") return /[都道府県]$/.test(organization) ? ["Regional"] : ["Local"];
  if (type === "police") return ["Regional"];
  return ["NA"];
}

export function toVictim(organization: string, type: OrganizationType): Json {
  return {
    victim_id: organization,
    industry: NAICS_BY_TYPE[type],
    government: toGovernment(organization, type),
    country: ["JP"],
    employee_count: "Unknown",
  };
}

function toActor(action: VerisActionMapping): Json {
  switch (action.actor) {
    case "external":
      return { external: { variety: ["Unknown"], motive: ["Unknown"] } };
    case "internal":
      // VCDB codes errors with motive NA (nobody meant it); misuse has a motive nobody stated.
      return { internal: { variety: ["Unknown"], motive: [action.category === "error" ? "NA" : "Unknown"] } };
    case "unknown":
      return { unknown: {} };
  }
}

const RANSOMWARE = /ランサム|ransom/i;

/** The words of an incident that name its vector and cause, for asset and variety refinements. */
function incidentWords(incident: Incident): readonly string[] {
  return [...incident.vector, incident.sources.cause?.text ?? "", incident.evidence];
}

function toAction(incident: StoredIncident, mapping: VerisActionMapping): Json {
  if (mapping.category === "unknown") return { unknown: {} };
  const cve = incident.cves.length > 0 ? { cve: incident.cves.join(", ") } : {};
  let variety = mapping.variety ?? "Unknown";
  // A stated CVE says how the attacker got in even when the text only says 不正アクセス.
  if (mapping.category === "hacking" && variety === "Unknown" && incident.cves.length > 0) variety = "Exploit vuln";
  if (mapping.category === "malware" && incidentWords(incident).some((t) => RANSOMWARE.test(t))) variety = "Ransomware";
  const body: Record<string, unknown> = { variety: [variety], vector: [mapping.vector ?? "Unknown"] };
  if (mapping.target !== undefined) body.target = [mapping.target];
  if (mapping.category === "hacking" || mapping.category === "malware") Object.assign(body, cve);
  return { [mapping.category]: body };
}

function toAsset(incident: StoredIncident): Json {
  const words = incidentWords(incident);
  return {
    assets: toVerisAssets(words, incident.cause).map((variety) => ({ variety })),
    cloud: toVerisCloud(words),
  };
}

function toAttribute(incident: StoredIncident): Json {
  const varieties = toVerisDataVarieties(incident.data_items);
  const confidentiality = {
    data_disclosure: incident.certainty === "confirmed" ? "Yes" : "Potentially",
    ...(incident.affected.value === null ? {} : { data_total: incident.affected.value }),
    data: (varieties.length > 0 ? varieties : ["Unknown"]).map((variety) => ({ variety })),
  };
  const { category, variety } = toVerisAction(incident.cause);
  // checkValidity.py's cross-field rules: malware installs software, social alters behaviour, a lost or stolen
  // medium is an availability loss.
  const integrity =
    category === "malware"
      ? { integrity: { variety: ["Software installation"] } }
      : category === "social"
        ? { integrity: { variety: ["Alter behavior"] } }
        : {};
  const availability = variety === "Loss" || variety === "Theft" ? { availability: { variety: ["Loss"] } } : {};
  return { confidentiality, ...integrity, ...availability };
}

/** Discovered because the attacker demanded money (脅迫) → Actor disclosure; otherwise the method is not known. */
function toDiscoveryMethod(timeline: readonly TimelineEvent[]): Json {
  return timeline.some((e) => e.kind === "extortion")
    ? { external: { variety: ["Actor disclosure"] } }
    : { unknown: true };
}

function toSummary(incident: StoredIncident): string {
  const when = incident.announced === null ? "公表日不明" : `${incident.announced} 公表`;
  const what = incident.evidence.trim() || incident.cause;
  return `${incident.organization}（${when}）: ${what}`;
}

/** URLs as they are, file paths by their base name (a local path means nothing elsewhere), joined with "; ". */
function toReference(sources: readonly ExportSource[]): string {
  const refs = sources.map((s) => (/^https?:\/\//.test(s.key) ? s.key : (s.key.split(/[\\/]/).at(-1) ?? s.key)));
  return [...new Set(refs)].join("; ");
}

function toPlus(incident: StoredIncident, began: Began["from"]): Json {
  const notification = toVerisDate(incident.announced);
  return {
    ...(notification ? { timeline: { notification } } : {}),
    ...(incident.secondary_damage.length > 0 ? { attribute: { confidentiality: { data_abuse: "Yes" } } } : {}),
    roei: {
      id: incident.id,
      key: incident.key,
      organization_type: incident.organizationType,
      also: incident.also,
      announced: incident.announced,
      affected: incident.affected,
      data_items: incident.data_items,
      cause: incident.cause,
      cves: incident.cves,
      certainty: incident.certainty,
      source_ids: incident.sourceIds,
      report_ids: incident.reportIds,
      timeline_incident_from: began,
    },
  };
}
