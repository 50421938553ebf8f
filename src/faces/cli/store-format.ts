/** @module Stored incidents → text, JSON lines and Excel-friendly CSV (pure). */
import type { IncidentClassification } from "../../analysis/classify/incident.js";
import { DATA_ITEM_JA, ORGANIZATION_TYPE_JA } from "../../analysis/classify/labels.js";
import { ROUTE_JA } from "../../analysis/classify/route.js";
import type { AuditEntry, Source, StoredIncident } from "../../domain/store.js";

/** One line per incident for `roei list`/`search`. */
export function formatIncidentLine(i: StoredIncident): string {
  const count =
    i.affected.value === null
      ? "件数不明"
      : `${QUAL_JA[i.affected.qualifier ?? "exact"]}${i.affected.value.toLocaleString("en-US")}${i.affected.unit === "people" ? "人" : "件"}`;
  const imported = i.key.startsWith("veris:") ? "  (imported: VERIS)" : "";
  return `${String(i.id).padStart(5)}  ${i.announced ?? "----------"}  ${i.organization}  ${count}  ${i.cause}  [${i.data_items.join(",")}]${imported}`;
}

const QUAL_JA: Readonly<Record<string, string>> = {
  exact: "",
  max: "最大",
  approx: "約",
  cumulative: "延べ",
  at_least: "≥",
};

/** `roei show`: the incident with its timeline, each field with its evidence sentence and source, and its history. */
export function formatIncidentDetail(
  i: StoredIncident,
  sources: ReadonlyMap<number, Source>,
  audit: readonly AuditEntry[],
): string {
  const out: string[] = [];
  const sourceName = (id: number) => sources.get(id)?.key ?? `source ${id}`;
  // A span's offsets refer to its own source's text; incidents stored before spanSources was kept have none.
  const spanSource = (id: number | undefined) => (id === undefined ? "" : ` (${sourceName(id)})`);
  out.push(`# ${i.organization}  (id ${i.id}, key ${i.key})`);
  if (i.also.length > 0) out.push(`also: ${i.also.join(", ")}`);
  if (i.key.startsWith("veris:")) out.push(`imported from VERIS (incident_id ${i.key.slice("veris:".length)})`);
  out.push(`organization type: ${i.organizationType}`);
  const fields: readonly (readonly [string, string])[] = [
    ["announced", i.announced ?? "不明"],
    [
      "affected",
      i.affected.value === null ? "不明" : `${i.affected.value} (${i.affected.qualifier}, ${i.affected.unit})`,
    ],
    ["data_items", i.data_items.join(", ") || "-"],
    ["cause", i.cause],
    ["cves", i.cves.join(", ") || "-"],
    ["certainty", i.certainty],
  ];
  for (const [field, value] of fields) {
    const corrected = i.corrected.includes(field as never) ? "  (corrected)" : "";
    out.push(`${field}: ${value}${corrected}`);
    for (const c of i.candidates.filter((x) => x.field === field)) {
      out.push(
        `  ${c.chosen ? "*" : "-"} ${JSON.stringify(c.value)} — 「${c.text.trim()}」 (${sourceName(c.sourceId)})`,
      );
    }
  }
  if (i.timeline.length > 0) {
    out.push("timeline:");
    for (const [n, e] of i.timeline.entries()) {
      out.push(
        `  ${e.date}  ${e.kind}  「${e.evidence.text.trim().slice(0, 80)}」${spanSource(i.spanSources?.timeline[n])}`,
      );
    }
  }
  for (const field of ["secondary_damage", "response"] as const) {
    if (i[field].length === 0) continue;
    out.push(`${field}:`);
    for (const [n, span] of i[field].entries()) {
      out.push(`  「${span.text.trim().slice(0, 80)}」${spanSource(i.spanSources?.[field][n])}`);
    }
  }
  out.push(`sources: ${i.sourceIds.map(sourceName).join(", ")}`);
  if (i.related.length > 0) out.push(`related incidents: ${i.related.join(", ")}`);
  if (audit.length > 0) {
    out.push("history:");
    for (const a of audit) {
      out.push(
        `  ${a.at}  ${a.who}  ${a.field}: ${JSON.stringify(a.oldValue)} → ${JSON.stringify(a.newValue)}  (${a.why})`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}

/** `roei show`: how roei classifies the incident (分類) and what an analyst should check (要確認). */
export function formatClassification(c: IncidentClassification): string {
  const items = (list: readonly string[]) => list.map((d) => DATA_ITEM_JA[d as never] ?? d).join("、");
  const s = c.sensitivity;
  const sensitivity = [
    ...(s.specialCare.length > 0 ? [`要配慮個人情報（${items(s.specialCare)}）`] : []),
    ...(s.propertyDamage !== "no" ? [`財産的被害のおそれ${s.propertyDamage === "review" ? "（要確認）" : ""}`] : []),
    ...(s.numbers.length > 0 ? [`番号（${items(s.numbers)}）`] : []),
  ];
  const action = c.veris_action;
  const out = [
    "分類 / classification:",
    `  組織種別: ${ORGANIZATION_TYPE_JA[c.organization_type]}  業種: ${c.industry}`,
    `  原因分類: JNSA「${c.jnsa_cause}」 東京商工リサーチ「${c.tsr_cause}」 VERIS ${action.category}${action.variety === null ? "" : ` / ${action.variety}`}`,
    `  媒体・経路: ${c.routes_mentioned.map((r) => ROUTE_JA[r]).join("、")}`,
    `  漏えい項目の性質: ${sensitivity.length === 0 ? "特記なし" : sensitivity.join("、")}`,
  ];
  if (c.review_flags.length > 0) {
    out.push("要確認 / review:");
    for (const f of c.review_flags) out.push(`  [${f.code}] ${f.message}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * CSV columns (one row per incident), documented in the README: id, key, organization, organization_type, also,
 * announced, affected_value, affected_qualifier, affected_unit, data_items, cause, cves, certainty, source_count,
 * evidence. Lists are joined with "; ".
 */
export const CSV_COLUMNS = [
  "id",
  "key",
  "organization",
  "organization_type",
  "also",
  "announced",
  "affected_value",
  "affected_qualifier",
  "affected_unit",
  "data_items",
  "cause",
  "cves",
  "certainty",
  "source_count",
  "evidence",
] as const;

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const CSV_BOM = "\uFEFF";

export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(",")}\r\n`;
}

export function csvRow(i: StoredIncident): string {
  const cells: readonly (string | number | null)[] = [
    i.id,
    i.key,
    i.organization,
    i.organizationType,
    i.also.join("; "),
    i.announced,
    i.affected.value,
    i.affected.qualifier,
    i.affected.unit,
    i.data_items.join("; "),
    i.cause,
    i.cves.join("; "),
    i.certainty,
    i.sourceIds.length,
    i.evidence,
  ];
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted and its quotes doubled. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
