import { describe, expect, it } from "vitest";
import type { Incident, TimelineEvent } from "../../domain/incident.js";
import type { Candidate } from "../../domain/store.js";
import { anIncident } from "../../storage/store.contract.js";
import { type CheckedIncident, toReviewFlags } from "./consistency.js";

const span = { start: 0, end: 1, text: "x" };
const event = (date: string, kind: TimelineEvent["kind"]): TimelineEvent => ({ date, kind, evidence: span });
const codes = (i: CheckedIncident) => toReviewFlags(i).map((f) => f.code);

function candidate(sourceId: number, field: Candidate["field"], value: unknown): Candidate {
  return { field, value, sourceId, reportId: sourceId, start: 0, end: 1, text: "x", chosen: sourceId === 1 };
}

describe("review flags", () => {
  it("gives none for a plain incident", () => {
    expect(toReviewFlags(anIncident())).toEqual([]);
  });

  it.each<[string, Partial<Incident>, string[]]>([
    [
      "a breakdown that does not add up",
      {
        affected: { value: 100, qualifier: "exact", unit: "people" },
        breakdown: [
          { label: "会員", value: 60, unit: "people", evidence: span },
          { label: "非会員", value: 30, unit: "people", evidence: span },
        ],
      },
      ["breakdown_mismatch"],
    ],
    [
      "a breakdown that adds up",
      {
        affected: { value: 90, qualifier: "exact", unit: "people" },
        breakdown: [
          { label: "会員", value: 60, unit: "people", evidence: span },
          { label: "非会員", value: 30, unit: "people", evidence: span },
        ],
      },
      [],
    ],
    ["a count without a unit", { affected: { value: 120, qualifier: "exact", unit: null } }, ["count_without_unit"]],
    ["最大 without a figure", { affected: { value: null, qualifier: "max", unit: null } }, ["qualifier_without_count"]],
    ["延べ people", { affected: { value: 5000, qualifier: "cumulative", unit: "people" } }, ["cumulative_people"]],
    [
      "discovered after announced",
      { announced: "2024-05-01", timeline: [event("2024-05-10", "discovered")] },
      ["discovered_after_announced"],
    ],
    ["discovered before announced", { announced: "2024-05-01", timeline: [event("2024-04-20", "discovered")] }, []],
    [
      "yearless discovery after a yearless announcement",
      { announced: "--10-04", timeline: [event("--10-09", "discovered")] },
      ["discovered_after_announced"],
    ],
    [
      "occurred after discovered",
      { timeline: [event("2024-04-20", "discovered"), event("2024-04-25", "occurred")] },
      ["occurred_after_discovered"],
    ],
    [
      "exposure ending before it starts",
      { timeline: [event("2024-03-10", "exposure_start"), event("2024-02-01", "exposure_end")] },
      ["exposure_end_before_start"],
    ],
    [
      "two exposure windows",
      {
        timeline: [
          event("2012-09-03", "exposure_start"),
          event("2012-10-18", "exposure_start"),
          event("2017-03-01", "exposure_end"),
        ],
      },
      [],
    ],
  ])("%s", (_label, fields, expected) => {
    expect(codes(anIncident(fields))).toEqual(expected);
  });

  it("flags unit, qualifier and cause conflicts between sources, not within one source", () => {
    const conflicting: CheckedIncident = {
      ...anIncident(),
      candidates: [
        candidate(1, "affected", { value: 1000, qualifier: "max", unit: "people" }),
        candidate(2, "affected", { value: 1000, qualifier: "exact", unit: "records" }),
        candidate(1, "cause", "loss"),
        candidate(2, "cause", "theft"),
      ],
    };
    expect(codes(conflicting)).toEqual(["unit_conflict", "qualifier_conflict", "cause_conflict"]);
    const flags = toReviewFlags(conflicting);
    expect(flags[0]).toEqual({
      code: "unit_conflict",
      message: "情報源によって単位が異なります（人・件）：人数と件数の取り違えの可能性",
      fields: ["affected", "candidates"],
    });
    expect(flags[1]!.message).toContain("最大1,000");
    const oneSource: CheckedIncident = {
      ...anIncident(),
      candidates: [
        candidate(1, "affected", { value: 1000, qualifier: "max", unit: "people" }),
        candidate(1, "affected", { value: 20, qualifier: "exact", unit: "records" }),
      ],
    };
    expect(codes(oneSource)).toEqual([]);
  });

  const affected = (value: number, qualifier: string, unit = "people") => ({ value, qualifier, unit });
  it.each([
    ["最大 first, a smaller confirmed figure later", [affected(35000, "max"), affected(29870, "exact")], []],
    ["最大 first, the same figure confirmed", [affected(800, "max"), affected(800, "exact")], []],
    ["以上 first, a larger confirmed figure later", [affected(1200, "at_least"), affected(1350, "exact")], []],
    [
      "a later figure over the earlier maximum",
      [affected(35000, "max"), affected(41000, "exact")],
      ["qualifier_conflict"],
    ],
    [
      "a later figure under the earlier 以上",
      [affected(1200, "at_least"), affected(900, "exact")],
      ["qualifier_conflict"],
    ],
    ["confirmed first, 最大 later", [affected(29870, "exact"), affected(35000, "max")], ["qualifier_conflict"]],
    [
      "units differ",
      [affected(35000, "max"), affected(29870, "exact", "records")],
      ["unit_conflict", "qualifier_conflict"],
    ],
  ])("qualifiers across reports: %s", (_label, figures, expected) => {
    const incident: CheckedIncident = {
      ...anIncident(),
      candidates: figures.map((f, k) => candidate(k + 1, "affected", f)),
    };
    expect(codes(incident)).toEqual(expected);
  });
});
