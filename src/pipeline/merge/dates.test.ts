import { describe, expect, it } from "vitest";
import { toGapDays, toInterval, toMonthDay, toResolvedInterval, toSpanDays } from "./dates.js";

const day = (iso: string) => toInterval(iso)!.start;

describe("dates", () => {
  it("reads every contract form with a year as an interval", () => {
    expect(toInterval("2024-05-10")).toEqual({ start: day("2024-05-10"), end: day("2024-05-10") });
    expect(toInterval("2024-02")).toEqual({ start: day("2024-02-01"), end: day("2024-02-29") });
    expect(toInterval("2024")).toEqual({ start: day("2024-01-01"), end: day("2024-12-31") });
    expect(toInterval("2024-05-10T09:00:00+09:00")).toEqual(toInterval("2024-05-10"));
    expect(toInterval("--05-10")).toBeNull();
    expect(toInterval(null)).toBeNull();
  });

  it("takes a year-less date's year from the publication date, never later than it", () => {
    expect(toResolvedInterval("--05-09", "2018-12-04")).toEqual(toInterval("2018-05-09"));
    expect(toResolvedInterval("--12-20", "2019-01-10")).toEqual(toInterval("2018-12-20"));
    expect(toResolvedInterval("--12-20", null)).toBeNull();
  });

  it("measures nearest and farthest distances", () => {
    const a = toInterval("2024-01")!;
    const b = toInterval("2024-03-01")!;
    expect(toGapDays(a, b)).toBe(30);
    expect(toSpanDays(a, b)).toBe(60);
    expect(toGapDays(toInterval("2024")!, b)).toBe(0);
  });

  it("gives the month and day of any date that has them", () => {
    expect(toMonthDay("2018-05-09")).toBe("--05-09");
    expect(toMonthDay("--05-09")).toBe("--05-09");
    expect(toMonthDay("2018")).toBeNull();
  });
});
