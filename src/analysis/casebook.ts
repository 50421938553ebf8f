/**
 * @module Incidents → a casebook (事例集) for training, in Japanese: one section per incident with 概要, 原因, 被害, 対応 and
 * 教訓 (lessons from the table in casebook-lessons.ts), as Markdown or as a standalone HTML page. Pure.
 */
import type { Incident, TimelineKind } from "../domain/incident.js";
import type { OrganizationType } from "../domain/store.js";
import { classifyOrganization } from "../pipeline/fields/organization-type.js";
import { type Lesson, toLessons, VENDOR_WORDS } from "./casebook-lessons.js";
import { toJnsaCause, toTsrCause } from "./classify/cause-category.js";
import { toReviewFlags } from "./classify/consistency.js";
import { CAUSE_JA, DATA_ITEM_JA, ORGANIZATION_TYPE_JA, toCountJa } from "./classify/labels.js";
import { toProducts } from "./classify/product.js";
import { ROUTE_JA, toRoute } from "./classify/route.js";
import { SENSITIVITY_JA, toSensitivity } from "./classify/sensitivity.js";
import { toIncidentText } from "./classify/text.js";

/** What the casebook reads: an incident, with the store's key, organization type and links when it has them. */
export type CasebookIncident = Incident & {
  readonly key?: string;
  readonly organizationType?: OrganizationType;
  readonly related?: readonly string[];
};

/** One case: each section a list of plain-text paragraphs or items (formatting escapes them). */
export type CasebookEntry = {
  readonly key: string | null;
  readonly title: string;
  readonly summary: readonly string[];
  readonly cause: readonly string[];
  readonly damage: readonly string[];
  readonly response: readonly string[];
  readonly lessons: readonly Lesson[];
  /** Points a trainer should check before using the case (review flags). */
  readonly caveats: readonly string[];
};

const TIMELINE_JA: Readonly<Record<TimelineKind, string>> = {
  exposure_start: "漏えい期間の開始",
  exposure_end: "漏えい期間の終了",
  exposure: "漏えい期間",
  occurred: "発生",
  discovered: "発覚",
  extortion: "脅迫・金銭要求",
  reported_police: "警察へ届出",
  reported_ppc: "個人情報保護委員会へ報告",
  announced: "公表",
  notified: "本人への通知",
  reissued: "再発行",
  service_stopped: "サービス停止",
  service_resumed: "サービス再開",
  follow_up: "続報",
  other: "その他",
};

/** The case for one incident. */
export function toCasebookEntry(incident: CasebookIncident): CasebookEntry {
  const type = incident.organizationType ?? classifyOrganization(incident.organization).type;
  const route = toRoute(incident).route;
  const products = toProducts(incident);
  const text = toIncidentText(incident);
  const leaked = incident.certainty === "possible" ? "漏えいした可能性がある" : "漏えいした";
  const when = incident.announced === null ? "" : `${toJaDate(incident.announced)}、`;
  return {
    key: incident.key ?? null,
    title: `${incident.organization}：${CAUSE_JA[incident.cause]}による個人情報の漏えい`,
    summary: [
      `${incident.organization}（${ORGANIZATION_TYPE_JA[type]}）は${when}${CAUSE_JA[incident.cause]}により${countPhrase(incident)}の個人情報が${leaked}と公表した。`,
      ...(incident.evidence ? [`記事の記述：「${incident.evidence}」`] : []),
    ],
    cause: causeLines(incident, route, products),
    damage: damageLines(incident),
    response: responseLines(incident),
    lessons: toLessons({
      cause: incident.cause,
      route,
      products,
      cves: incident.cves,
      dataItems: incident.data_items,
      text,
      viaVendor: (incident.related?.length ?? 0) > 0 || VENDOR_WORDS.test(text),
    }),
    caveats: toReviewFlags(incident).map((f) => f.message),
  };
}

function countPhrase(incident: Incident): string {
  return incident.affected.value === null ? "件数不明" : toCountJa(incident.affected);
}

function toJaDate(date: string): string {
  const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const md = /^--(\d{2})(?:-(\d{2}))?$/.exec(date);
  const part = (m: string | undefined, unit: string) => (m === undefined ? "" : `${Number(m)}${unit}`);
  if (full) return `${full[1]}年${part(full[2], "月")}${part(full[3], "日")}`;
  if (md) return `${part(md[1], "月")}${part(md[2], "日")}`;
  return date;
}

function causeLines(incident: Incident, route: keyof typeof ROUTE_JA, products: readonly string[]): string[] {
  const lines = [
    `原因：${CAUSE_JA[incident.cause]}（JNSA分類：${toJnsaCause(incident)}／東京商工リサーチ分類：${toTsrCause(incident)}）`,
    `漏えい媒体・経路：${ROUTE_JA[route]}`,
  ];
  if (products.length > 0) lines.push(`悪用された製品：${products.join("、")}`);
  if (incident.cves.length > 0) lines.push(`脆弱性：${incident.cves.join("、")}`);
  const said = incident.sources.cause?.text.trim();
  if (said) lines.push(`記事の記述：「${said}」`);
  return lines;
}

function damageLines(incident: Incident): string[] {
  const items = incident.data_items.map((d) => DATA_ITEM_JA[d]);
  const lines = [`件数：${countPhrase(incident)}${incident.certainty === "possible" ? "（漏えいの可能性）" : ""}`];
  lines.push(`漏えいした項目：${items.length > 0 ? items.join("、") : "記載なし"}`);
  const s = toSensitivity(incident.data_items);
  if (s.specialCare.length > 0) lines.push(`${SENSITIVITY_JA.special_care}を含む（報告対象：規則7条1号）`);
  if (s.propertyDamage !== "no") {
    lines.push(`${SENSITIVITY_JA.property_damage}：${s.propertyReasons.join("、")}`);
  }
  if (s.numbers.length > 0) lines.push(`${SENSITIVITY_JA.number}：${s.numbers.map((d) => DATA_ITEM_JA[d]).join("、")}`);
  for (const d of incident.secondary_damage) lines.push(`二次被害：「${d.text.trim()}」`);
  return lines;
}

function responseLines(incident: Incident): string[] {
  const events = incident.timeline.map((e) => `${toJaDate(e.date)} ${TIMELINE_JA[e.kind]}`);
  const measures = [...new Set(incident.response.map((r) => r.text.trim()))].slice(0, 5).map((t) => `「${t}」`);
  const lines = [...events, ...measures];
  return lines.length > 0 ? lines : ["対応の記載なし"];
}

/** Text made safe for HTML (and for Markdown, whose renderers pass HTML through). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`);
}

const SECTIONS = [
  ["概要", "summary"],
  ["原因", "cause"],
  ["被害", "damage"],
  ["対応", "response"],
] as const;

/** The casebook as Markdown: a title, then one `##` section per case. */
export function formatCasebookMarkdown(entries: readonly CasebookEntry[], title = "個人情報漏えい事例集"): string {
  const out = [
    `# ${escapeHtml(title)}`,
    "",
    `${entries.length}件の事例。各事例は公表内容の要約、原因、被害、対応、教訓の順。`,
  ];
  entries.forEach((e, n) => {
    out.push("", `## 事例${n + 1}　${escapeHtml(e.title)}`);
    for (const [heading, field] of SECTIONS) {
      out.push("", `### ${heading}`, "", ...e[field].map((line) => `- ${escapeHtml(line)}`));
    }
    out.push("", "### 教訓");
    for (const lesson of e.lessons) {
      out.push("", `**${escapeHtml(lesson.title)}**`, "", ...lesson.points.map((p) => `- ${escapeHtml(p)}`));
    }
    if (e.caveats.length > 0) out.push("", "### 確認事項", "", ...e.caveats.map((c) => `- ${escapeHtml(c)}`));
    if (e.key !== null) out.push("", `<small>roei: ${escapeHtml(e.key)}</small>`);
  });
  return `${out.join("\n")}\n`;
}

const STYLE = `body{font-family:"Hiragino Sans","Noto Sans JP",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.7}
section{border-top:1px solid #ccc;margin-top:2rem;padding-top:1rem;page-break-before:always}
h3{font-size:1rem;margin-bottom:.25rem}.lesson{background:#f5f7fa;padding:.5rem 1rem;margin:.5rem 0}
.caveat{color:#8a4b00}.key{color:#777;font-size:.8rem}`;

const list = (lines: readonly string[], cls = ""): string =>
  `<ul${cls ? ` class="${cls}"` : ""}>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;

/** The casebook as one standalone HTML page (inline style, no script), every text escaped. */
export function formatCasebookHtml(entries: readonly CasebookEntry[], title = "個人情報漏えい事例集"): string {
  const sections = entries.map((e, n) => {
    const parts = [`<h2>事例${n + 1}　${escapeHtml(e.title)}</h2>`];
    for (const [heading, field] of SECTIONS) parts.push(`<h3>${heading}</h3>`, list(e[field]));
    parts.push("<h3>教訓</h3>");
    for (const lesson of e.lessons) {
      parts.push(`<div class="lesson"><strong>${escapeHtml(lesson.title)}</strong>${list(lesson.points)}</div>`);
    }
    if (e.caveats.length > 0) parts.push("<h3>確認事項</h3>", list(e.caveats, "caveat"));
    if (e.key !== null) parts.push(`<p class="key">roei: ${escapeHtml(e.key)}</p>`);
    return `<section>\n${parts.join("\n")}\n</section>`;
  });
  return [
    "<!DOCTYPE html>",
    '<html lang="ja">',
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head>`,
    "<body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${entries.length}件の事例。各事例は公表内容の要約、原因、被害、対応、教訓の順。</p>`,
    ...sections,
    "</body></html>",
    "",
  ].join("\n");
}
