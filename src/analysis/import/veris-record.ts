/**
 * @module A VERIS/VCDB incident (parsed JSON) → roei's model (pure): the source text roei stores for it (a readable
 * digest its evidence spans point into, then the record itself) and the incident, kept apart from news incidents by
 * the `veris:` prefix of its key, source key and organization key.
 */
import { VERIS_KEY_PREFIX } from "../export/veris.js";

/** The fields of a VERIS record roei reads (everything else is kept in the stored source text). */
export type VerisRecord = {
  readonly incident_id: string;
  readonly victim_id: string;
  readonly summary: string;
  /** timeline.incident as a contract date (YYYY, YYYY-MM, YYYY-MM-DD). */
  readonly began: string;
  /** plus.timeline.notification (VCDB's disclosure date), as a contract date. */
  readonly notified: string | null;
  readonly industry: string | null;
  readonly government: readonly string[];
  readonly dataTotal: number | null;
  readonly dataDisclosure: string | null;
  readonly dataVarieties: readonly string[];
  readonly actions: readonly { readonly category: string; readonly varieties: readonly string[] }[];
  readonly cves: readonly string[];
  readonly correctiveAction: string | null;
  /** `plus.roei` of a record roei exported: its own values, taken back as they were. */
  readonly roei: Readonly<Record<string, unknown>> | null;
  /** The record as JSON (2-space indent): stored, hashed, and parsed again on a refresh. */
  readonly json: string;
};

export type VerisParse =
  | { readonly ok: true; readonly value: VerisRecord }
  | { readonly ok: false; readonly error: string };

type Obj = Readonly<Record<string, unknown>>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const obj = (x: unknown): Obj => (isObj(x) ? x : {});
const str = (x: unknown): string | null => (typeof x === "string" && x.trim() !== "" ? x.trim() : null);
const strings = (x: unknown): readonly string[] => (Array.isArray(x) ? x.filter((s) => typeof s === "string") : []);

/** Reads one VERIS incident; says why when it cannot (no incident_id, no victim_id, no timeline.incident.year). */
export function parseVerisRecord(value: unknown): VerisParse {
  if (!isObj(value)) return { ok: false, error: "not a VERIS incident (a JSON object was expected)" };
  const id = str(value.incident_id);
  if (id === null) return { ok: false, error: "no incident_id" };
  if (!/^[\w.:-]{1,128}$/.test(id))
    return { ok: false, error: `incident_id ${JSON.stringify(id.slice(0, 40))} is not an id` };
  const victim = obj(value.victim);
  const victimId = str(victim.victim_id);
  if (victimId === null) return { ok: false, error: "no victim.victim_id (roei needs the organization)" };
  const began = toContractDate(obj(obj(value.timeline).incident));
  if (began === null) return { ok: false, error: "no valid timeline.incident.year" };
  const plus = obj(value.plus);
  const confidentiality = obj(obj(value.attribute).confidentiality);
  const total = confidentiality.data_total;
  return {
    ok: true,
    value: {
      incident_id: id,
      victim_id: victimId,
      summary: str(value.summary) ?? "",
      began,
      notified: toContractDate(obj(obj(plus.timeline).notification)),
      industry: str(victim.industry),
      government: strings(victim.government),
      dataTotal: Number.isSafeInteger(total) && (total as number) >= 0 ? (total as number) : null,
      dataDisclosure: str(confidentiality.data_disclosure),
      dataVarieties: (Array.isArray(confidentiality.data) ? confidentiality.data : []).flatMap((d) =>
        typeof obj(d).variety === "string" ? [obj(d).variety as string] : [],
      ),
      actions: Object.entries(obj(value.action)).map(([category, a]) => ({
        category,
        varieties: strings(obj(a).variety),
      })),
      cves: toCves(Object.values(obj(value.action)).map((a) => obj(a).cve)),
      correctiveAction: str(value.corrective_action),
      roei: isObj(plus.roei) ? plus.roei : null,
      json: JSON.stringify(value, null, 2),
    },
  };
}

function toContractDate(d: Obj): string | null {
  const { year, month, day } = d;
  if (!Number.isInteger(year) || (year as number) < 1900 || (year as number) > 2100) return null;
  const y = String(year);
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) return y;
  const m = `${y}-${String(month).padStart(2, "0")}`;
  if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 31) return m;
  return `${m}-${String(day).padStart(2, "0")}`;
}

function toCves(values: readonly unknown[]): readonly string[] {
  const found = values.flatMap((v) =>
    typeof v === "string" ? (v.toUpperCase().match(/CVE-\d{4}-\d{4,}/g) ?? []) : [],
  );
  return [...new Set(found)];
}

/** The source key, and the incident key, of an imported record. */
export function toImportedKey(incidentId: string): string {
  return `${VERIS_KEY_PREFIX}${incidentId}`;
}

export function isImportedKey(key: string): boolean {
  return key.startsWith(VERIS_KEY_PREFIX);
}

/** Separates the digest from the record in the stored source text. */
export const RECORD_MARKER = "\n--- VERIS record ---\n";

/** The record's JSON back from a stored source text (for a refresh after a correction). */
export function toRecordJson(sourceText: string): string | null {
  const at = sourceText.indexOf(RECORD_MARKER);
  return at < 0 ? null : sourceText.slice(at + RECORD_MARKER.length);
}
