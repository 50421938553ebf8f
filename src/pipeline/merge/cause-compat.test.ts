import { describe, expect, it } from "vitest";
import type { Cause } from "../../domain/incident.js";
import { compareSpecificity, isCauseCompatible } from "./cause-compat.js";

describe("causes", () => {
  it.each<[Cause, Cause, boolean]>([
    ["unknown", "loss", true],
    ["unauthorized_access", "malware", true],
    ["vulnerability", "sql_injection", true],
    ["loss", "theft", true],
    ["mis_operation", "misdelivery", true],
    ["misdelivery", "mispublication", false],
    ["loss", "malware", false],
    ["unauthorized_access", "misdelivery", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(isCauseCompatible(a, b)).toBe(expected);
    expect(isCauseCompatible(b, a)).toBe(expected);
  });

  it("orders the most specific first", () => {
    const causes: Cause[] = ["unknown", "unauthorized_access", "vulnerability", "sql_injection"];
    expect([...causes].sort(compareSpecificity)).toEqual([
      "sql_injection",
      "vulnerability",
      "unauthorized_access",
      "unknown",
    ]);
  });
});
