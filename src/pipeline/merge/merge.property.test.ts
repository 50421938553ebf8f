import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Cause, DataItem, Incident } from "../../domain/incident.js";
import type { NewIncident } from "../../storage/store.js";
import { clusterReports } from "./cluster.js";
import { mergeCluster, mergeReports } from "./merge-cluster.js";
import { linkRelated } from "./related.js";
import type { ReportInput } from "./report-input.js";
import { eventOf, incidentOf, inputOf } from "./test-fixtures.js";

const NOW = "2025-03-01T00:00:00.000Z";
const NAMES = [
  "株式会社かもめ通販",
  "（株）かもめ通販",
  "かもめ通販",
  "港北市",
  "北浜商工会議所",
  "北商",
  "みなと中央病院",
];
const DATES = [
  null,
  "2019-03-02",
  "2024-05-10",
  "2024-05-20",
  "2024-06-20",
  "2024-11-30",
  "--06-20",
  "2024",
  "2024-06",
];
const CAUSES: Cause[] = ["unknown", "unauthorized_access", "malware", "loss", "misdelivery", "sql_injection"];
const ITEMS: DataItem[] = ["name", "email", "phone", "address", "credit_card_number"];

const incidentArb: fc.Arbitrary<Incident> = fc
  .record({
    organization: fc.constantFrom(...NAMES),
    also: fc.subarray(["あおば印刷", "大川県", "北商"], { maxLength: 1 }),
    announced: fc.constantFrom(...DATES),
    value: fc.option(fc.constantFrom(15000, 9120, 40, 120000), { nil: null }),
    qualifier: fc.constantFrom("exact" as const, "max" as const, "approx" as const),
    unit: fc.constantFrom("people" as const, "records" as const),
    data_items: fc.subarray(ITEMS),
    cause: fc.constantFrom(...CAUSES),
    certainty: fc.constantFrom("confirmed" as const, "possible" as const),
    events: fc.subarray(["2024-05-10", "2024-06-20", "--05-10"]),
    vector: fc.subarray(["会員サイト", "あおば印刷"]),
  })
  .map((r) =>
    incidentOf({
      organization: r.organization,
      also: r.also,
      announced: r.announced,
      affected: { value: r.value, qualifier: r.value === null ? null : r.qualifier, unit: r.unit },
      data_items: r.data_items,
      cause: r.cause,
      certainty: r.certainty,
      timeline: r.events.map((d) => eventOf(d, "announced")),
      vector: r.vector,
    }),
  );

/** Reports with unique ids; some sources carry two reports, some share a key (versions) or a publication date. */
const reportsArb: fc.Arbitrary<ReportInput[]> = fc
  .array(
    fc.record({
      incident: incidentArb,
      keyNo: fc.nat({ max: 5 }),
      second: fc.boolean(),
      published: fc.constantFrom(null, "2024-05-10", "2024-06-21", "2019-03-02"),
      fetched: fc.nat({ max: 3 }),
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      inputOf(r.incident, {
        id: i + 1,
        sourceId: r.second && i > 0 ? i : i + 1,
        index: r.second && i > 0 ? 1 : 0,
        key: `https://news.example/${r.keyNo}`,
        hash: `h${r.second && i > 0 ? i : i + 1}`,
        published: r.published,
        fetchedAt: `2025-01-0${r.fetched + 1}T00:00:00.000Z`,
      }),
    ),
  );

const shuffledArb = reportsArb.chain((reports) =>
  fc.tuple(fc.constant(reports), fc.shuffledSubarray(reports, { minLength: reports.length })),
);

const merge = (reports: readonly ReportInput[]) => mergeReports(reports, [], NOW);

describe("merge properties", () => {
  test.prop([shuffledArb])("shuffling the reports changes nothing", ([reports, shuffled]) => {
    expect(merge(shuffled)).toEqual(merge(reports));
    expect(clusterReports(shuffled)).toEqual(clusterReports(reports));
  });

  test.prop([reportsArb])("merging an incident's reports again gives that incident", (reports) => {
    const byId = new Map(reports.map((r) => [r.report.id, r]));
    for (const incident of merge(reports).incidents) {
      const again = mergeCluster(
        incident.reportIds.map((id) => byId.get(id)!),
        [],
        NOW,
      ).incidents;
      expect(again).toEqual([{ ...incident, related: [] }]);
    }
    const all = merge(reports).incidents.flatMap((i) => i.reportIds.map((id) => byId.get(id)!));
    expect(merge(all)).toEqual(merge(reports));
  });

  test.prop([reportsArb])("every report is in one incident, and keys are unique", (reports) => {
    const incidents = merge(reports).incidents;
    const ids = incidents.flatMap((i) => i.reportIds).sort((a, b) => a - b);
    expect(ids).toEqual(reports.map((r) => r.report.id));
    expect(new Set(incidents.map((i) => i.key)).size).toBe(incidents.length);
  });

  test.prop([reportsArb])("every chosen value is a candidate's value", (reports) => {
    for (const incident of merge(reports).incidents) expectChosen(incident);
  });

  test.prop([reportsArb])("linking twice changes nothing", (reports) => {
    const incidents = merge(reports).incidents;
    expect(linkRelated(incidents)).toEqual(incidents);
  });

  test.prop([reportsArb])("related links are symmetric and point at other incidents of the batch", (reports) => {
    const incidents = merge(reports).incidents;
    const byKey = new Map(incidents.map((i) => [i.key, i]));
    for (const incident of incidents) {
      for (const key of incident.related) {
        expect(key).not.toBe(incident.key);
        expect(byKey.get(key)?.related).toContain(incident.key);
      }
    }
  });
});

function expectChosen(incident: NewIncident): void {
  const chosen = (field: string) => incident.candidates.filter((c) => c.field === field && c.chosen);
  for (const field of ["organization", "cause", "certainty"] as const) {
    expect(chosen(field).map((c) => c.value)).toEqual([incident[field]]);
  }
  expect(chosen("organization_type").map((c) => c.value)).toEqual([incident.organizationType]);
  expect(chosen("announced").map((c) => c.value)).toEqual(incident.announced === null ? [] : [incident.announced]);
  const affected = chosen("affected").map((c) => c.value);
  expect(affected).toEqual(incident.affected.value === null ? [] : [incident.affected]);
  for (const field of ["data_items", "cves"] as const) {
    const union = new Set(chosen(field).flatMap((c) => c.value as readonly string[]));
    expect([...union].sort()).toEqual([...incident[field]].sort());
  }
  for (const c of incident.candidates) expect(incident.reportIds).toContain(c.reportId);
}
