import { describe, expect, it } from "vitest";
import { toListPlan } from "./incident-plan.js";
import { toWhere as toPgWhere } from "./postgres/pg-list.js";
import { toMatchExpressions, toWhere as toSqliteWhere } from "./sqlite/sqlite-list.js";

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
  it("SQLite: a bigram phrase per run of 2+ characters, characters for 1-character runs", () => {
    expect(toMatchExpressions(plan.runs)).toEqual({ grams: '"不正 正ア アク クセ セス"', chars: '"県"' });
    expect(toSqliteWhere(plan).params).toEqual(['"不正 正ア アク クセ セス"', '"県"', "loss", "name"]);
  });
  it("PostgreSQL: all grams in one containment, runs of 3+ characters rechecked as substrings", () => {
    expect(toPgWhere(plan).params).toEqual([
      ["県", "不正", "正ア", "アク", "クセ", "セス"],
      ["不正アクセス"],
      "loss",
      "name",
    ]);
  });
});
