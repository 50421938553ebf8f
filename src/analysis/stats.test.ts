import { describe, expect, it } from "vitest";
import type { Incident } from "../domain/incident.js";
import { anIncident } from "../storage/store.contract.js";
import {
  isInPeriod,
  STATS_DIMENSIONS,
  type StatsIncident,
  toLagDays,
  toStats,
  toStatsCrossTable,
  toStatsEntry,
  toStatsReport,
} from "./stats.js";
import { formatStatsCsv, formatStatsText } from "./stats-format.js";

const span = { start: 0, end: 1, text: "x" };

function incident(key: string, fields: Partial<Incident>): StatsIncident {
  return { ...anIncident(fields), key };
}

const incidents: StatsIncident[] = [
  incident("a", {
    organization: "株式会社かもめ通販",
    announced: "2023-04-10",
    cause: "unauthorized_access",
    affected: { value: 120000, qualifier: "max", unit: "people" },
    data_items: ["name", "credit_card_number"],
    timeline: [{ date: "2023-03-01", kind: "discovered", evidence: span }],
  }),
  incident("b", {
    organization: "港北市",
    announced: "2023-11-02",
    cause: "loss",
    vector: ["USBメモリ"],
    affected: { value: 35, qualifier: "exact", unit: "people" },
    timeline: [{ date: "2023-10-30", kind: "discovered", evidence: span }],
  }),
  incident("c", {
    organization: "かもめ通販",
    announced: "2024-01-15",
    cause: "misdelivery",
    evidence: "メールを誤送信",
    affected: { value: 800, qualifier: "approx", unit: "records" },
  }),
  incident("d", {
    organization: "みなと中央病院",
    announced: "2024-02-01",
    cause: "theft",
    affected: { value: null, qualifier: null, unit: null },
    data_items: ["medical"],
  }),
  incident("e", {
    organization: "北浜大学",
    announced: null,
    cause: "misconfiguration",
    affected: { value: 4000, qualifier: "exact", unit: "people" },
  }),
];

describe("stats", () => {
  it("counts incidents, people (最大 figures summed as given) and records apart", () => {
    const s = toStats(incidents);
    expect(s.incidents).toBe(5);
    expect(s.people).toEqual({ sum: 124035, qualifiers: { max: 1, exact: 2 } });
    expect(s.records).toEqual({ sum: 800, qualifiers: { approx: 1 } });
    expect(s.unknown).toBe(1);
    expect(s.method.join("")).toContain("東京商工リサーチ");
  });

  it.each(STATS_DIMENSIONS.filter((d) => d !== "data_item"))("rows by %s add up to the totals", (by) => {
    const s = toStats(incidents, { by });
    const [table] = s.tables;
    expect(table!.rows.reduce((t, r) => t + r.incidents, 0)).toBe(s.incidents);
    expect(table!.rows.reduce((t, r) => t + r.people.sum, 0)).toBe(s.people.sum);
    expect(table!.rows.reduce((t, r) => t + r.records.sum, 0)).toBe(s.records.sum);
    expect(table!.rows.reduce((t, r) => t + r.unknown, 0)).toBe(s.unknown);
  });

  it("groups by year in time order with 不明 last, and by the JNSA and TSR categories", () => {
    const years = toStats(incidents, { by: "year" }).tables[0]!.rows;
    expect(years.map((r) => [r.group, r.incidents, r.people.sum])).toEqual([
      ["2023", 2, 120035],
      ["2024", 2, 0],
      ["不明", 1, 4000],
    ]);
    const jnsa = toStats(incidents, { by: "jnsa_cause" }).tables[0]!.rows.map((r) => r.group);
    expect(jnsa).toEqual(["紛失・置忘れ", "誤操作", "不正アクセス", "盗難", "設定ミス"]);
    const tsr = toStats(incidents, { by: "tsr_cause" }).tables[0]!.rows.map((r) => [r.group, r.incidents]);
    expect(tsr).toEqual([
      ["ウイルス感染・不正アクセス", 1],
      ["誤表示・誤送信", 2],
      ["紛失・誤廃棄", 1],
      ["不正持ち出し・盗難", 1],
    ]);
    const media = toStats(incidents, { by: "media" }).tables[0]!.rows.map((r) => r.group);
    expect(media).toEqual(["portable_media", "email", "server", "other"]);
  });

  it("counts an incident in each of its data items", () => {
    const table = toStats(incidents, { by: "data_item" }).tables[0]!;
    expect(table.multiValued).toBe(true);
    expect(table.rows.find((r) => r.group === "name")!.incidents).toBe(4);
    expect(table.rows.find((r) => r.group === "medical")!.incidents).toBe(1);
  });

  it("filters by announced period as the store does", () => {
    const s = toStats(incidents, { from: "2023-06", to: "2024-01" });
    expect(s.incidents).toBe(2);
    expect(isInPeriod("2024-01-31", undefined, "2024-01")).toBe(true);
    expect(isInPeriod("--01-31", "2023", undefined)).toBe(false);
    expect(isInPeriod(null)).toBe(true);
  });

  it("measures the disclosure lag: median and bands", () => {
    expect(toLagDays(incidents[0]!)).toBe(40);
    const s = toStats(incidents);
    expect(s.lag.measured).toBe(2);
    expect(s.lag.medianDays).toBe(21.5);
    expect(s.lag.buckets).toEqual([
      { label: "1〜3日", incidents: 1 },
      { label: "31〜90日", incidents: 1 },
      { label: "不明（発覚日・公表日なし）", incidents: 3 },
    ]);
  });

  it("lists the largest incidents and organizations with repeated incidents", () => {
    const s = toStats(incidents, { top: 2 });
    expect(s.top.map((t) => t.key)).toEqual(["a", "e"]);
    expect(s.repeated).toEqual([{ organization: "株式会社かもめ通販", incidents: 2, keys: ["a", "c"] }]);
  });

  it("builds the same report from entries made once, for any period and several tables", () => {
    const entries = incidents.map((i) => toStatsEntry(i));
    for (const options of [{}, { from: "2023-06", to: "2024-01" }, { by: "cause" as const }, { top: 1 }]) {
      expect(toStatsReport(entries, options)).toEqual(toStats(incidents, options));
    }
    const two = toStatsReport(entries, { dimensions: ["size", "year"] });
    expect(two.tables.map((t) => t.by)).toEqual(["size", "year"]);
    const yearOnly = incidents.map((i) => toStatsEntry(i, ["year"]));
    expect(() => toStatsReport(yearOnly, { by: "cause" })).toThrow(/without the cause dimension/);
  });

  it("cross-tabulates cause per year, in table order", () => {
    const entries = incidents.map((i) => toStatsEntry(i));
    const x = toStatsCrossTable(entries, "year", "cause");
    expect(x.rows.map((r) => r.group)).toEqual(["2023", "2024", "不明"]);
    expect(x.columns.map((c) => c.label)).toEqual([
      "不正アクセス",
      "設定ミス・設定不備",
      "紛失・置き忘れ",
      "盗難",
      "誤送付・誤送信・誤配信",
    ]);
    expect(x.counts).toEqual([
      [1, 0, 1, 0, 0],
      [0, 0, 0, 1, 1],
      [0, 1, 0, 0, 0],
    ]);
    const y = toStatsCrossTable(entries, "year", "cause", { from: "2024" });
    expect(y.rows.map((r) => r.group)).toEqual(["2024"]);
    expect(y.counts).toEqual([[1, 1]]);
  });

  it("prints text with the method and totals, and CSV with a BOM whose totals rows match", () => {
    const report = toStats(incidents, { by: "cause" });
    const text = formatStatsText(report);
    expect(text).toContain("漏えい人数（最大値の合算）: 124,035人（うち最大1）");
    expect(text).toContain("東京商工リサーチ");
    const csv = formatStatsCsv(report);
    expect(csv.startsWith("\uFEFFby,group,label,incidents")).toBe(true);
    expect(csv).toContain("cause,total,合計,5,100,124035,1,800,1\r\n");
  });
});
