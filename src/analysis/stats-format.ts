/** @module A statistics report → text (aligned tables, in Japanese) and CSV (UTF-8 with a BOM, for Excel): pure. */
import type { CountTotal } from "./campaigns.js";
import { toCountJa } from "./classify/labels.js";
import type { StatsReport, StatsRow, StatsTable } from "./stats.js";

const n = (x: number): string => x.toLocaleString("en-US");

/** 最大2件・約1件 …: how many of the summed figures carried each qualifier. */
function qualifierNote(total: CountTotal): string {
  const names: Readonly<Record<string, string>> = { max: "最大", approx: "約", cumulative: "延べ", at_least: "以上" };
  const parts = Object.entries(total.qualifiers)
    .filter(([q]) => q !== "exact")
    .map(([q, count]) => `${names[q]}${count}`);
  return parts.length === 0 ? "" : `（うち${parts.join("・")}）`;
}

/** Terminal columns of a text: East Asian characters take two. */
function columnsOf(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u1100-\uFFDC]/u.test(ch) ? 2 : 1), 0);
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - columnsOf(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - columnsOf(text))) + text;
}

type Cells = readonly [
  label: string,
  incidents: string,
  share: string,
  people: string,
  records: string,
  unknown: string,
];

function tableLine([label, incidents, share, people, records, unknown]: Cells): string {
  const right = [padStart(incidents, 10), padStart(share, 8), padStart(people, 16), padStart(records, 16)];
  return `  ${padEnd(label, 36)}${right.join("")}  ${unknown}`;
}

function formatTable(table: StatsTable, report: StatsReport): string[] {
  const out = [`■ ${table.title}`, tableLine(["区分", "事故件数", "割合", "人数", "件数", "人数・件数不明"])];
  const cells = (label: string, r: Pick<StatsRow, "incidents" | "people" | "records" | "unknown">, share: string) =>
    tableLine([label, n(r.incidents), share, n(r.people.sum), n(r.records.sum), n(r.unknown)]);
  for (const row of table.rows) out.push(cells(row.label, row, `${row.share.toFixed(1)}%`));
  if (!table.multiValued) out.push(cells("合計", report, "100.0%"));
  return out;
}

/** The report as readable text: totals, the counting method, each table, lag, largest incidents, repeat organizations. */
export function formatStatsText(report: StatsReport): string {
  const period = report.from === null && report.to === null ? "全期間" : `${report.from ?? "…"} 〜 ${report.to ?? "…"}`;
  const out = [
    `対象期間: ${period}`,
    `事故件数: ${n(report.incidents)}件（人数・件数不明 ${n(report.unknown)}件）`,
    `漏えい人数（最大値の合算）: ${n(report.people.sum)}人${qualifierNote(report.people)}`,
    `漏えい件数（単位「件」、人数とは別）: ${n(report.records.sum)}件${qualifierNote(report.records)}`,
    "",
    ...report.method.map((m) => `※ ${m}`),
  ];
  for (const table of report.tables) out.push("", ...formatTable(table, report));
  const median = report.lag.medianDays === null ? "不明" : `${report.lag.medianDays}日`;
  out.push("", `■ 発覚から公表まで: 中央値 ${median}（発覚日と公表日の分かる ${report.lag.measured}件）`);
  if (report.top.length > 0) {
    out.push("", "■ 規模の大きい事故");
    for (const t of report.top)
      out.push(`  ${t.announced ?? "----------"}  ${t.organization}  ${toCountJa(t.affected)}`);
  }
  if (report.repeated.length > 0) {
    out.push("", "■ 複数回の事故がある組織");
    for (const r of report.repeated) out.push(`  ${r.organization}  ${r.incidents}件`);
  }
  return `${out.join("\n")}\n`;
}

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
const CSV_BOM = "\uFEFF";

export const STATS_CSV_COLUMNS = [
  "by",
  "group",
  "label",
  "incidents",
  "share_percent",
  "people",
  "people_max",
  "records",
  "unknown_count",
] as const;

function cell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** One CSV row per table row, then a `total` row per single-valued table; CRLF line ends, BOM first. */
export function formatStatsCsv(report: StatsReport): string {
  const lines = [STATS_CSV_COLUMNS.join(",")];
  for (const table of report.tables) {
    const rows: (readonly (string | number)[])[] = table.rows.map((r) => [
      table.by,
      r.group,
      r.label,
      r.incidents,
      r.share,
      r.people.sum,
      r.people.qualifiers.max ?? 0,
      r.records.sum,
      r.unknown,
    ]);
    if (!table.multiValued) {
      rows.push([
        table.by,
        "total",
        "合計",
        report.incidents,
        100,
        report.people.sum,
        report.people.qualifiers.max ?? 0,
        report.records.sum,
        report.unknown,
      ]);
    }
    for (const row of rows) lines.push(row.map(cell).join(","));
  }
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
