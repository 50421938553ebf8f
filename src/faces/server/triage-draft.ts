/**
 * @module The report draft as a Markdown file a privacy officer downloads: per regime that applies, the triggers, the
 * deadlines and the nine report items of 規則8条1項1–9号 (規則44条 and 番号法規則3条 have the same nine), as filled by
 * src/analysis/legal/draft.ts. Pure. Text that came from articles is escaped so a Markdown viewer shows it as text.
 */
import type { Deadlines } from "../../analysis/legal/deadlines.js";
import type { RegimeResult, Reportable, TriageResult } from "../../analysis/legal/index.js";

const VERDICT: Readonly<Record<string, string>> = {
  true: "報告対象（報告義務あり）",
  false: "報告義務なし",
  review: "要確認（事実関係により報告対象）",
};
const STATUS = { fired: "該当", review: "要確認", not: "非該当" } as const;

const ORG_TYPE = {
  private: "民間事業者",
  national_government: "行政機関等（国）",
  local_government: "地方公共団体の機関",
} as const;

/** Where each regime sets the report items and the notice to individuals (src/analysis/legal/result.ts). */
const ARTICLES = {
  appi: { items: "規則8条1項1〜9号", notice: "規則10条" },
  public: { items: "規則44条", notice: "規則45条" },
  mynumber: { items: "番号法規則3条", notice: "番号法規則5条" },
} as const;

const verdict = (r: Reportable): string => VERDICT[String(r)] ?? String(r);

/**
 * Text from sources as inert Markdown: one line, with the characters that start markup (HTML tags, links, emphasis,
 * code, tables, headings) backslash-escaped (CommonMark §2.4 allows escaping any ASCII punctuation).
 */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_[\]<>|#!~&]/g, (ch) => `\\${ch}`)
    .trim();
}

function deadlineLines(d: Deadlines | null): string[] {
  if (d === null) return [];
  const lines = [`- 起算日: ${d.start ?? "不明"} — ${mdText(d.note)}`];
  if (d.preliminary !== null)
    lines.push(`- 速報: ${d.preliminary.from}〜${d.preliminary.to}（目安。${d.preliminary.basis}）`);
  if (d.final !== null)
    lines.push(
      `- 確報: ${d.final.due}まで（${d.final.days}日。初日算入なら${d.final.conservative_due}。${d.final.basis}）`,
    );
  return lines;
}

function regimeBlock(r: RegimeResult): string[] {
  const lines = [`## ${r.name}: ${verdict(r.reportable)}`, ""];
  if (r.rule !== null) lines.push(`規則: ${r.rule.title}`, "");
  lines.push("### 報告対象となる事態");
  for (const t of r.details) lines.push(`- ${t.item} ${t.title}: **${STATUS[t.status]}** — ${mdText(t.reason)}`);
  lines.push("");
  if (r.reportable !== false) {
    lines.push("### 期限", ...deadlineLines(r.deadlines), "");
    lines.push(
      "### 本人への通知",
      r.notify_individuals
        ? `必要（通知する事項: ${r.notify_items.join("・")}号。${ARTICLES[r.regime].notice}）`
        : `報告対象となれば必要（${ARTICLES[r.regime].notice}）`,
      "",
    );
  }
  if (r.draft_report !== null) {
    lines.push(`### 報告事項（${ARTICLES[r.regime].items}）`);
    for (const item of r.draft_report)
      lines.push(`${item.no}. **${item.label}**: ${item.value === null ? "【未記載・要記入】" : mdText(item.value)}`);
    lines.push("");
  }
  for (const n of r.notes) if (n !== "") lines.push(`> ※ ${mdText(n)}`);
  return lines;
}

/** The whole draft as Markdown. `url` is where the incident can be seen (printed in the header). */
export function formatTriageDraft(r: TriageResult, url: string | null, generatedAt: string): string {
  const regimes = [r.public, r.appi, r.mynumber].filter((x): x is RegimeResult => x?.applies === true);
  const head = [
    `# 漏えい等報告 下書き — ${mdText(r.organization)}`,
    "",
    "> roei が報道・公表資料から自動で作成した下書きです。事実関係（発覚日、暗号化の有無、本人の数など）を確認し、",
    "> 【未記載・要記入】の項目を補ってから提出してください。法的助言ではありません。",
    "",
    `- インシデント: ${r.id === null ? "" : `#${r.id} `}${r.key === null ? "" : `(${r.key})`}${url === null ? "" : ` ${url}`}`,
    `- 作成日時: ${generatedAt}`,
    `- 組織の種別: ${ORG_TYPE[r.organization_type.value]}（${mdText(r.organization_type.basis)}）`,
    `- 基準日: ${r.rule_date.date ?? "不明"}（${r.rule_date.basis}）`,
    `- 発覚日: ${r.discovered.date ?? "不明"}${r.discovered.basis === null ? "" : `（${r.discovered.basis}）`}`,
    `- 特定個人情報（マイナンバー）: ${r.mynumber_involved.value ? "あり" : "なし"}（${mdText(r.mynumber_involved.reason)}）`,
    `- 総合判定: **${verdict(r.report_to_ppc)}**`,
    "",
  ];
  const body = regimes.length > 0 ? regimes.flatMap(regimeBlock) : ["この組織に適用される報告制度はありません。", ""];
  return `${[...head, ...body].join("\n").trimEnd()}\n`;
}

/** A file name for the draft: ASCII only, so every browser keeps it. */
export function draftFileName(r: TriageResult): string {
  const id = r.id === null ? (r.key ?? "incident").replace(/[^A-Za-z0-9_-]/g, "") : String(r.id);
  return `roei-report-draft-${id}.md`;
}
