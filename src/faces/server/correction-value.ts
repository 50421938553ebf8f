/**
 * @module A correction's value, checked per field against the incident contract (SCHEMA.md shapes, as in
 * domain/incident.ts contractIncidentSchema): the API takes JSON values; the edit form takes text typed like
 * `roei edit` (comma lists, a plain number for a count).
 */
import { z } from "@hono/zod-openapi";
import { CAUSES, DATA_ITEMS, QUALIFIERS, UNITS } from "../../domain/incident.js";
import { CORRECTABLE_FIELDS, type CorrectableField, ORGANIZATION_TYPES } from "../../domain/store.js";

export const EDITABLE_FIELDS = CORRECTABLE_FIELDS;

/** Contract dates: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM. */
const CONTRACT_DATE =
  /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/;

const VALUE_SCHEMAS: Readonly<Record<CorrectableField, z.ZodType>> = {
  organization: z.string().trim().min(1).max(200),
  announced: z.string().regex(CONTRACT_DATE, "must be YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM").nullable(),
  affected: z
    .object({
      value: z.number().int().nonnegative().nullable(),
      qualifier: z.enum(QUALIFIERS).nullable(),
      unit: z.enum(UNITS).nullable(),
    })
    .strict(),
  data_items: z.array(z.enum(DATA_ITEMS)).max(DATA_ITEMS.length),
  cause: z.enum(CAUSES),
  cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/, "must be CVE-YYYY-NNNN")).max(100),
  certainty: z.enum(["confirmed", "possible"]),
  organization_type: z.enum(ORGANIZATION_TYPES),
};

/** The checked value, or a one-line reason. */
export function checkCorrectionValue(
  field: CorrectableField,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = VALUE_SCHEMAS[field].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `.${issue.path.join(".")}` : "";
  return { ok: false, message: `value${where} for ${field}: ${issue?.message ?? "invalid"}` };
}

/** A value as typed in the edit form → the JSON value (then checked by checkCorrectionValue). */
export function parseCorrectionText(field: CorrectableField, text: string): unknown {
  const t = text.trim();
  if (field === "data_items" || field === "cves") {
    if (t.startsWith("[")) return safeJson(t);
    return t
      .split(/[,、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (field === "affected") {
    const n = Number(t.replace(/[,，]/g, ""));
    if (t !== "" && Number.isInteger(n)) return { value: n, qualifier: "exact", unit: "people" };
    return safeJson(t);
  }
  if (field === "announced") return t === "" ? null : t;
  return t;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
