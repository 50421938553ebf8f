import { describe, expect, it } from "vitest";
import { toListPlan } from "./incident-plan.js";
import { toWhere as toPgWhere } from "./postgres/pg-list.js";
import { ID_BITS, toAnnouncedKey, toAnnouncedUpperKey, toFtsPlan } from "./sqlite/sqlite-search.js";

describe("toListPlan", () => {
  it("defaults to the newest first, 50 a page", () => {
    expect(toListPlan({})).toEqual({
      runs: [],
      filters: [],
      dataItem: null,
      sortColumn: "announced",
      order: "desc",
      limit: 50,
      offset: 0,
    });
  });
  it("clamps limit and offset and lets announcedTo take in its whole period", () => {
    const plan = toListPlan({ limit: 5000, offset: -3, announcedTo: "2024-03", sort: "affected", order: "asc" });
    expect(plan).toMatchObject({ limit: 1000, offset: 0, sortColumn: "affected_value", order: "asc" });
    expect(plan.filters).toEqual([{ column: "announced", op: "<=", value: "2024-03~" }]);
  });
});

describe("engine SQL", () => {
  const plan = toListPlan({ text: "県 不正アクセス", cause: "loss", dataItem: "name" });
  it("SQLite: bigram phrases, character tokens and facet tokens in one MATCH", () => {
    expect(toFtsPlan(plan)).toEqual({
      match: '"県" AND "不正 正ア アク クセ セス" AND xcloss AND xdname',
      rowidMin: 0,
      rowidMax: Number.MAX_SAFE_INTEGER,
      rowFilters: [],
    });
  });
  it("SQLite: an announced range is a rowid range that leaves out unknown dates; affected stays a row filter", () => {
    const ranged = toFtsPlan(toListPlan({ text: "流出", announcedTo: "2024-03", minAffected: 10 }));
    expect(ranged.rowidMin).toBe(ID_BITS);
    expect(ranged.rowidMax).toBe((20240399 + 1) * ID_BITS - 1);
    expect(ranged.rowFilters).toEqual([{ column: "affected_value", op: ">=", value: 10 }]);
    expect(toFtsPlan(toListPlan({ announcedFrom: "2024" })).match).toBeNull();
  });
  it.each([
    ["2024-03-05", 20240305, 20240305],
    ["2024-03", 20240300, 20240399],
    ["2024", 20240000, 20249999],
  ])("announced key of %s", (date, key, upper) => {
    expect(toAnnouncedKey(date)).toBe(key);
    expect(toAnnouncedUpperKey(date)).toBe(upper);
  });
  it("announced key 0 without a year", () => {
    expect(toAnnouncedKey("--05-01")).toBe(0);
    expect(toAnnouncedKey(null)).toBe(0);
  });
  it("PostgreSQL: text grams and facet tokens in one containment, runs of 3+ characters rechecked as substrings", () => {
    expect(toPgWhere(plan).params).toEqual([
      ["県", "不正", "正ア", "アク", "クセ", "セス", "xcloss", "xdname"],
      "不正アクセス",
    ]);
  });
});
