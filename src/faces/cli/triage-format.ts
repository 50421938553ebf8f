/** @module A triage result as text for a privacy officer: Japanese first, one block per regime, then the estimate. */
import type { Estimate } from "../../analysis/estimate/index.js";
import type { RegimeResult, Reportable, TriageResult } from "../../analysis/legal/index.js";

const yen = (n: number): string => `${n.toLocaleString("en-US")}円`;

const VERDICT: Record<string, string> = {
  true: "報告対象（報告義務あり）",
  false: "報告義務なし",
  review: "要確認（事実関係により報告対象）",
};

const verdict = (r: Reportable): string => VERDICT[String(r)] ?? String(r);

const STATUS = { fired: "該当", review: "要確認", not: "非該当" } as const;

const ORG = { private: "民間事業者", national_government: "行政機関等（国）", local_government: "地方公共団体の機関" };

function header(r: TriageResult): string[] {
  return [
    `${r.organization}${r.id === null ? "" : `（#${r.id}）`} — 漏えい等報告の判定 / breach-reporting triage`,
    `  組織の種別: ${ORG[r.organization_type.value]}（${r.organization_type.basis}）`,
    `  基準日: ${r.rule_date.date ?? "不明"}（${r.rule_date.basis}）${r.rule_date.note === null ? "" : ` ※${r.rule_date.note}`}`,
    `  特定個人情報: ${r.mynumber_involved.value ? "あり" : "なし"}（${r.mynumber_involved.reason}）`,
    `  総合判定: ${verdict(r.report_to_ppc)}`,
  ];
}

function regime(r: RegimeResult): string[] {
  const lines = [`■ ${r.name}${r.applies ? "" : "（参考・この組織には適用外）"}: ${verdict(r.reportable)}`];
  if (r.rule !== null) lines.push(`  規則: ${r.rule.title}`);
  for (const t of r.details) {
    lines.push(`  ${t.item} ${t.title}: ${STATUS[t.status]} — ${t.reason}`);
    if (t.status !== "not" && t.evidence !== null) lines.push(`      根拠（${t.field ?? "入力"}）: 「${t.evidence}」`);
  }
  if (r.reportable !== false) {
    lines.push(
      `  本人への通知: ${r.notify_individuals ? `必要（通知事項: ${r.notify_items.join("・")}号）` : "報告対象となれば必要"}`,
    );
    lines.push(...deadlines(r));
  }
  for (const n of r.notes) if (n !== "") lines.push(`  ※ ${n}`);
  return lines;
}

function deadlines(r: RegimeResult): string[] {
  const d = r.deadlines;
  if (d === null) return [];
  const lines = [`  起算日: ${d.start ?? "不明"} — ${d.note}`];
  if (d.preliminary !== null)
    lines.push(`  速報: ${d.preliminary.from}〜${d.preliminary.to}（目安。${d.preliminary.basis}）`);
  if (d.final !== null)
    lines.push(
      `  確報: ${d.final.due}まで（${d.final.days}日。初日算入なら${d.final.conservative_due}。${d.final.basis}）`,
    );
  return lines;
}

function draft(r: RegimeResult): string[] {
  if (r.draft_report === null || !r.applies) return [];
  const lines = [`□ 報告書の下書き（${r.name}）`];
  for (const item of r.draft_report) lines.push(`  ${item.no}. ${item.label}: ${item.value ?? "【未記載・要記入】"}`);
  return lines;
}

function estimate(e: Estimate): string[] {
  const lines = [
    `■ 想定損害賠償額（${e.model}）— 参考値であり判決額の予測ではない`,
    `  1人あたり ${yen(e.per_person_yen)} = ${e.formula}`,
    `  合計 ${e.total_yen === null ? "計算できない" : yen(e.total_yen)}${e.people === null ? "" : `（${e.people.toLocaleString("en-US")}人）`} — ${e.people_note}`,
    `  精神的苦痛 x=${e.x}、経済的損失 y=${e.y}（項目ごとの最大値）、本人特定容易度 ${e.identifiability.value}（${e.identifiability.reason}）`,
    `  社会的責任度 ${e.social_responsibility.value}（${e.social_responsibility.reason}）、事後対応評価 ${e.response.value}（${e.response.reason}）`,
  ];
  for (const f of e.flags) lines.push(`  ※ ${f}`);
  lines.push(`  ${e.caution}`);
  lines.push(`  参考（裁判例等）: ${e.court_awards.map((a) => `${a.case} ${yen(a.yen_per_person)}/人`).join("、")}`);
  return lines;
}

function foreign(r: TriageResult): string[] {
  const f = r.foreign;
  if (f === null) return [];
  const lines: string[] = [];
  if (f.california !== null)
    lines.push(
      `■ California Civ. Code §1798.82: 住民${f.california.residents}人 — 本人通知 ${f.california.notify_individuals ? "必要" : "不要"}、司法長官へのサンプル通知 ${f.california.attorney_general_sample ? "必要（500人超）" : "不要"}`,
    );
  if (f.gdpr !== null)
    lines.push(
      `■ GDPR 33・34条: EU居住者${f.gdpr.residents}人 — 監督機関へ ${String(f.gdpr.report_to_authority)}（期限 ${f.gdpr.authority_due ?? "不明"}、72時間）、本人通知 ${String(f.gdpr.notify_individuals)}: ${f.gdpr.reason}`,
    );
  return lines;
}

/** The whole result as text. */
export function formatTriageText(r: TriageResult): string {
  const regimes = [r.public, r.appi, r.mynumber].filter((x): x is RegimeResult => x !== null);
  const blocks = [
    header(r),
    ...regimes.map(regime),
    ...(r.mynumber === null ? [["■ 番号法: 特定個人情報なし（対象外）"]] : []),
    foreign(r),
    estimate(r.estimate),
    ...regimes.map(draft),
  ].filter((b) => b.length > 0);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}
