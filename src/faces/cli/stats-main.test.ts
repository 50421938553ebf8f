/** `roei stats` in process on a throw-away SQLite store holding hand-made incidents. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRoei, type SeedEntry, seedIncidents } from "../../../test/support/in-process.js";
import type { StatsReport } from "../../analysis/stats.js";

const root = mkdtempSync(join(tmpdir(), "roei-stats-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const incidents: SeedEntry[] = [
  [
    "k1",
    {
      organization: "かもめ電力",
      announced: "2017-03-15",
      affected: { value: 6000, qualifier: "max", unit: "people" },
    },
  ],
  [
    "k2",
    {
      organization: "港北市",
      announced: "2018-05-01",
      cause: "loss",
      affected: { value: 35, qualifier: "exact", unit: "people" },
    },
  ],
  [
    "k3",
    {
      organization: "かもめ電力",
      announced: "2018-07-01",
      cause: "misdelivery",
      affected: { value: 900, qualifier: "approx", unit: "records" },
    },
  ],
  [
    "k4",
    {
      organization: "みなと中央病院",
      announced: null,
      cause: "theft",
      affected: { value: null, qualifier: null, unit: null },
    },
  ],
];

beforeAll(() => seedIncidents(db, incidents));

const roei = (...argv: string[]) => runRoei(argv);

describe("roei stats", () => {
  it.each(["cause", "year"])("--by %s: rows sum to the totals", async (by) => {
    const r = await roei("stats", "--db", db, "--by", by, "--format", "json");
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as StatsReport;
    expect(report.incidents).toBe(4);
    expect(report.people.sum).toBe(6035);
    const rows = report.tables[0]!.rows;
    expect(rows.reduce((t, row) => t + row.incidents, 0)).toBe(report.incidents);
    expect(rows.reduce((t, row) => t + row.people.sum, 0)).toBe(report.people.sum);
    expect(rows.reduce((t, row) => t + row.records.sum, 0)).toBe(report.records.sum);
  });

  it("filters by period and prints text with the counting method", async () => {
    const r = await roei("stats", "--db", db, "--from", "2018", "--to", "2018-12", "--format", "text");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("事故件数: 2件");
    expect(r.out).toContain("東京商工リサーチ");
    expect(r.out).toContain("■ 原因別（JNSA分類）");
    expect(r.out).not.toContain("複数回の事故がある組織");
    const all = await roei("stats", "--db", db, "--format", "text");
    expect(all.out).toContain("■ 複数回の事故がある組織\n  かもめ電力  2件");
  });

  it("prints CSV with a BOM for Excel", async () => {
    const r = await roei("stats", "--db", db, "--by", "year", "--format", "csv");
    expect(r.out.startsWith("\uFEFFby,group,label,incidents")).toBe(true);
    expect(r.out).toContain("year,total,合計,4,100,6035,1,900,1\r\n");
  });

  it("rejects an unknown dimension with exit status 2", async () => {
    const r = await roei("stats", "--db", db, "--by", "weekday");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--by must be one of");
  });
});
