/** @module Analyst corrections: applied over a merged incident, and carried to new keys when a re-merge renames one. */
import { z } from "zod";
import { CAUSES, DATA_ITEMS, QUALIFIERS, UNITS } from "../../domain/incident.js";
import { type CorrectableField, type Correction, ORGANIZATION_TYPES } from "../../domain/store.js";
import type { NewIncident } from "../../storage/store.js";
import { toKey } from "../extract/aliases.js";
import { CANDIDATE_FIELDS } from "./candidates.js";
import { compareText } from "./report-input.js";

/** What a correction's value must look like, per field; a value that does not fit is ignored. */
const VALUE_SCHEMAS = {
  organization: z.string().min(1),
  organization_type: z.enum(ORGANIZATION_TYPES),
  announced: z
    .string()
    .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$/)
    .nullable(),
  affected: z.object({
    value: z.number().int().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS).nullable(),
    unit: z.enum(UNITS).nullable(),
  }),
  cause: z.enum(CAUSES),
  data_items: z.array(z.enum(DATA_ITEMS)),
  cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/)),
  certainty: z.enum(["confirmed", "possible"]),
} satisfies Record<CorrectableField, z.ZodType>;

/** Oldest first, so the latest correction of a field wins; ties broken by content for a fixed order. */
function compareCorrections(a: Correction, b: Correction): number {
  return (
    compareText(a.at, b.at) ||
    compareText(a.who, b.who) ||
    compareText(a.reason, b.reason) ||
    compareText(JSON.stringify(a.value) ?? "", JSON.stringify(b.value) ?? "")
  );
}

/** One field set to an analyst's value; the candidates stay, none of them marked chosen for that field. */
function withField(incident: NewIncident, field: CorrectableField, value: unknown): NewIncident | null {
  const parsed = VALUE_SCHEMAS[field].safeParse(value);
  if (!parsed.success) return null;
  const candidates = incident.candidates.map((c) => (c.field === field ? { ...c, chosen: false } : c));
  const base = { ...incident, candidates };
  switch (field) {
    case "organization": {
      const name = VALUE_SCHEMAS.organization.parse(value);
      return { ...base, organization: name, organization_key: toKey(name) };
    }
    case "organization_type":
      return { ...base, organizationType: VALUE_SCHEMAS.organization_type.parse(value) };
    case "announced":
      return { ...base, announced: VALUE_SCHEMAS.announced.parse(value) };
    case "affected":
      return { ...base, affected: VALUE_SCHEMAS.affected.parse(value) };
    case "cause":
      return { ...base, cause: VALUE_SCHEMAS.cause.parse(value) };
    case "data_items":
      return { ...base, data_items: VALUE_SCHEMAS.data_items.parse(value) };
    case "cves":
      return { ...base, cves: VALUE_SCHEMAS.cves.parse(value) };
    case "certainty":
      return { ...base, certainty: VALUE_SCHEMAS.certainty.parse(value) };
  }
}

/**
 * The incident with every correction keyed to it applied (the latest per field wins) and the fields listed in
 * `corrected`. A correction whose value does not fit its field is ignored.
 */
export function applyCorrections(incident: NewIncident, corrections: readonly Correction[]): NewIncident {
  const mine = corrections.filter((c) => c.incidentKey === incident.key).sort(compareCorrections);
  let out = incident;
  const fields = new Set<CorrectableField>(incident.corrected);
  for (const c of mine) {
    const next = withField(out, c.field, c.value);
    if (next === null) continue;
    out = next;
    fields.add(c.field);
  }
  return { ...out, corrected: CANDIDATE_FIELDS.filter((f) => fields.has(f)) };
}

/** An incident as it was before a re-merge: its key and the reports it held. */
export type PreviousIncident = { readonly key: string; readonly reportIds: readonly number[] };

/**
 * Corrections re-keyed to the new incident that holds most of the old incident's reports (ties: the same key, then
 * the smaller key), so a re-merge never loses an analyst's correction. A correction whose old incident is unknown or
 * whose reports are all gone keeps its key.
 */
export function carryCorrections(
  oldIncidents: readonly PreviousIncident[],
  newIncidents: readonly Pick<NewIncident, "key" | "reportIds">[],
  corrections: readonly Correction[],
): Correction[] {
  const target = new Map(oldIncidents.map((old) => [old.key, successorOf(old, newIncidents)] as const));
  return corrections.map((c) => {
    const key = target.get(c.incidentKey);
    return key == null || key === c.incidentKey ? c : { ...c, incidentKey: key };
  });
}

function successorOf(
  old: PreviousIncident,
  candidates: readonly Pick<NewIncident, "key" | "reportIds">[],
): string | null {
  const held = new Set(old.reportIds);
  let best: { key: string; count: number } | null = null;
  for (const c of candidates) {
    const count = c.reportIds.filter((id) => held.has(id)).length;
    if (count === 0) continue;
    const better =
      best === null ||
      count > best.count ||
      (count === best.count && best.key !== old.key && (c.key === old.key || compareText(c.key, best.key) < 0));
    if (better) best = { key: c.key, count };
  }
  return best?.key ?? null;
}
