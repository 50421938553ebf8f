import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVerisValidator, storedIncidentOf, verisSchemaPresent } from "../export/test-fixtures.js";
import { toVerisIncident } from "../export/veris.js";
import {
  applyCorrections,
  toImportedIncident,
  toOrganizationTypeFromVeris,
  toVerisSourceText,
} from "./veris-incident.js";
import { parseVerisRecord, toRecordJson, type VerisRecord } from "./veris-record.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "veris");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURES, path), "utf8"));

function recordOf(value: unknown): VerisRecord {
  const parsed = parseVerisRecord(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function importOf(value: unknown) {
  const record = recordOf(value);
  return toImportedIncident(record, toVerisSourceText(record), 7, [], "2025-02-01T00:00:00.000Z").incident;
}

describe("parseVerisRecord", () => {
  it.each([
    [[], "not a VERIS incident (a JSON object was expected)"],
    [{ victim: { victim_id: "x" } }, "no incident_id"],
    [
      { incident_id: "a1", timeline: { incident: { year: 2020 } } },
      "no victim.victim_id (roei needs the organization)",
    ],
    [
      { incident_id: "a1", victim: { victim_id: "x" }, timeline: { incident: { year: "2020" } } },
      "no valid timeline.incident.year",
    ],
    [{ incident_id: "a/../b", victim: { victim_id: "x" } }, 'incident_id "a/../b" is not an id'],
  ])("refuses %j: %s", (value, error) => {
    expect(parseVerisRecord(value)).toEqual({ ok: false, error });
  });
});

describe("a VERIS record in roei's model", () => {
  it("maps victim, dates, count, data, cause and CVEs; keys carry the veris: tag", () => {
    const i = importOf(readJson("good/sqli-webshop.json"));
    expect(i).toMatchObject({
      key: "veris:6A1F0C22-3B4D-4E5F-8A9B-0C1D2E3F4A51",
      organization: "Kestrel Outfitters Ltd.",
      organization_key: "veris:kestreloutfittersltd.",
      organizationType: "company",
      announced: "2022-01-17",
      affected: { value: 4210, qualifier: "exact", unit: "records" },
      data_items: ["credit_card_number"],
      cause: "sql_injection",
      cves: ["CVE-2021-99991"],
      certainty: "confirmed",
      sourceIds: [7],
      reportIds: [],
    });
    expect(i.timeline.map((e) => [e.date, e.kind])).toEqual([
      ["2021-11", "occurred"],
      ["2022-01-17", "announced"],
    ]);
    expect(i.evidence).toMatch(/^An online shop/);
    expect(i.response.map((r) => r.text)).toEqual(["The shop was taken offline and the query code rewritten."]);
  });

  it("points every evidence span into the stored source text", () => {
    const record = recordOf(readJson("good/sqli-webshop.json"));
    const source = toVerisSourceText(record);
    const i = toImportedIncident(record, source, 1, [], "2025-01-01T00:00:00.000Z").incident;
    const spans = [...Object.values(i.sources), ...i.timeline.map((e) => e.evidence), ...i.response];
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(source.text.slice(s!.start, s!.end)).toBe(s!.text);
    expect(JSON.parse(toRecordJson(source.text)!)).toEqual(readJson("good/sqli-webshop.json"));
  });

  it("reads a loss with medical and bank data, and the first of an attack over an error", () => {
    const loss = importOf(readJson("good/nested/lost-laptop-clinic.json"));
    expect(loss).toMatchObject({
      cause: "loss",
      organizationType: "medical",
      announced: "2020-03-09",
      data_items: ["bank_account", "medical"],
      certainty: "possible",
      affected: { value: null, qualifier: null, unit: null },
    });
    const [council, agency] = readJson("good/two-councils.json") as unknown[];
    expect(importOf(council)).toMatchObject({ cause: "misdelivery", organizationType: "local_government" });
    expect(importOf(agency)).toMatchObject({
      cause: "credential_theft",
      organizationType: "national_government",
      data_items: ["login_id", "password", "other"],
    });
  });

  it.each([
    ["921140", ["Local"], "local_government"],
    ["92", ["Federal"], "national_government"],
    ["922120", ["Regional"], "police"],
    ["611310", ["NA"], "education"],
    ["000", ["NA"], "unknown"],
    ["524114", ["NA"], "company"],
  ])("industry %s %j is %s", (industry, government, type) => {
    expect(toOrganizationTypeFromVeris(industry, government)).toBe(type);
  });

  it("takes roei's own values back from plus.roei (an export round trip)", () => {
    const original = storedIncidentOf({
      key: "veris:ROUND-1",
      affected: { value: 38000, qualifier: "approx", unit: "people" },
      data_items: ["name", "mynumber"],
      cause: "targeted_email",
      announced: "2024-06",
      organizationType: "local_government",
      organization: "鳥羽島市",
    });
    const back = importOf(toVerisIncident(original));
    expect(back).toMatchObject({
      key: "veris:ROUND-1",
      organization: "鳥羽島市",
      affected: original.affected,
      data_items: original.data_items,
      cause: "targeted_email",
      announced: "2024-06",
      organizationType: "local_government",
      certainty: original.certainty,
    });
  });

  it("applies an analyst's corrections over the record", () => {
    const i = importOf(readJson("good/nested/lost-laptop-clinic.json"));
    const corrected = applyCorrections(i, [
      { incidentKey: i.key, field: "cause", value: "theft", reason: "stolen, not lost", who: "a", at: "t" },
      { incidentKey: "veris:other", field: "cause", value: "malware", reason: "-", who: "a", at: "t" },
    ]);
    expect(corrected.cause).toBe("theft");
    expect(corrected.corrected).toEqual(["cause"]);
  });
});

describe.skipIf(!verisSchemaPresent)("the fixtures are valid VERIS 1.4", () => {
  it.each(["good/sqli-webshop.json", "good/nested/lost-laptop-clinic.json", "good/two-councils.json"])("%s", (f) => {
    const validate = loadVerisValidator();
    const value = readJson(f);
    for (const r of Array.isArray(value) ? value : [value]) expect(validate(r)).toEqual([]);
  });
});
