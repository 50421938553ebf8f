/**
 * @module Test helpers for the exports: hand-made stored incidents of fictional organizations, and the VERIS schema
 * validator (the schema is read from ../shared, never copied into the repository). Not used by the code.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import type { Span, TimelineEvent, TimelineKind } from "../../domain/incident.js";
import type { StoredIncident } from "../../domain/store.js";

/** ../shared beside the repository root. */
export const SHARED_DIR = join(import.meta.dirname, "..", "..", "..", "..", "shared");
export const VERIS_SCHEMA_PATH = join(SHARED_DIR, "data", "veris", "verisc-merged.json");
export const verisSchemaPresent = existsSync(VERIS_SCHEMA_PATH);

/** A validator for verisc-merged.json (JSON Schema draft-04): the list of problems, empty when the record is valid. */
export function loadVerisValidator(): (record: unknown) => readonly string[] {
  cached ??= compileVerisValidator();
  return cached;
}

let cached: ((record: unknown) => readonly string[]) | undefined;

function compileVerisValidator(): (record: unknown) => readonly string[] {
  const schema = JSON.parse(readFileSync(VERIS_SCHEMA_PATH, "utf8")) as object;
  // strict: false because the schema carries keywords of its own ("definition") that Ajv does not know.
  // The package is CommonJS: under NodeNext its default import is module.exports, whose `default` is the class.
  const validate = new ajvDraft04.default({ allErrors: true, strict: false }).compile(schema);
  return (record) =>
    validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

export function spanOf(text: string, start = 0): Span {
  return { start, end: start + text.length, text };
}

export function eventOf(date: string, kind: TimelineKind): TimelineEvent {
  return { date, kind, evidence: spanOf(`${date} ${kind}`) };
}

/** A stored incident with every field defaulted (株式会社みどり商事, 1,200 people, unauthorized access). */
export function storedIncidentOf(partial: Partial<StoredIncident> = {}): StoredIncident {
  return {
    id: 1,
    key: "inc_000000000000000000000001",
    organization: "株式会社みどり商事",
    organizationId: 1,
    organizationType: "company",
    also: [],
    announced: "2024-05-10",
    affected: { value: 1200, qualifier: "max", unit: "people" },
    data_items: ["name", "email"],
    cause: "unauthorized_access",
    cves: [],
    evidence: "最大1,200人分の個人情報が流出したおそれ",
    certainty: "possible",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
    sourceIds: [1],
    reportIds: [1],
    candidates: [],
    related: [],
    corrected: [],
    updatedAt: "2025-01-01T00:00:00.000Z",
    ...partial,
  };
}
