import { describe, expect, it } from "vitest";
import { isSurelyAfter, toDayRange, toDaysBetween, toMonth, toYear } from "./dates.js";

describe("contract dates", () => {
  it.each<[string, string, number | null]>([
    ["2024-03-01", "2024-03-05", 4],
    ["--12-28", "2025-01-10", 13],
    ["--03-01", "2024-03-05", 4],
    ["2024-03", "2024-03-05", null],
    ["2024-03-01", "--03-05", null],
  ])("days from %s to %s: %s", (from, to, days) => {
    expect(toDaysBetween(from, to)).toBe(days);
  });

  it.each<[string, string, boolean]>([
    ["2024-03-06", "2024-03-05", true],
    ["2024-03", "2024-03-05", false],
    ["2024-04", "2024-03-31", true],
    ["--10-05", "--10-04", true],
    ["--10-05", "2023-10-04", true],
    ["2024-03-05", "2024-03-05", false],
  ])("%s surely after %s: %s", (a, b, after) => {
    expect(isSurelyAfter(a, b)).toBe(after);
  });

  it("reads years, months and ranges", () => {
    expect(toYear("2024-03-05")).toBe("2024");
    expect(toYear("--03-05")).toBeNull();
    expect(toMonth("2024-03-05")).toBe("2024-03");
    expect(toMonth("2024")).toBeNull();
    const feb = toDayRange("2024-02");
    expect(feb!.last - feb!.first).toBe(28);
  });
});
