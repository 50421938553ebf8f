/** @module A draft of the report's nine items (規則8条1項1–9号; 規則44条; 番号法規則3条) filled from the incident. */
import type { Affected } from "../../domain/incident.js";
import { formatCount } from "./dates.js";
import type { Facts } from "./facts.js";
import { toText } from "./input.js";
import { CAUSE_LABELS, DATA_ITEM_LABELS } from "./labels.js";
import type { DraftItem } from "./result.js";

/** What the regime calls the data: 個人データ (民間), 保有個人情報 (行政機関等), 特定個人情報 (番号法). */
const NOUNS = { appi: "個人データ", public: "保有個人情報", mynumber: "特定個人情報" } as const;

/** The nine items' labels, in the rule's wording with the regime's noun. */
export function toDraftLabels(regime: keyof typeof NOUNS): readonly string[] {
  const noun = NOUNS[regime];
  return [
    "概要",
    `漏えい等が発生し、又は発生したおそれがある${noun}の項目`,
    `漏えい等が発生し、又は発生したおそれがある${noun}に係る本人の数`,
    "原因",
    "二次被害又はそのおそれの有無及びその内容",
    "本人への対応の実施状況",
    "公表の実施状況",
    "再発防止のための措置",
    "その他参考となる事項",
  ];
}

const fmt = formatCount;

/** An announced count as a report writes it: 最大2,500人, 約1万件 → 約10,000件. */
export function toCountText(affected: Affected): string | null {
  if (affected.value === null) return null;
  const unit = affected.unit === "records" ? "件" : "人";
  const n = `${fmt(affected.value)}${unit}`;
  switch (affected.qualifier) {
    case "max":
      return `最大${n}`;
    case "approx":
      return `約${n}`;
    case "cumulative":
      return `延べ${n}`;
    case "at_least":
      return `${n}以上`;
    case "exact":
    case null:
      return n;
  }
}

const RECURRENCE = /(再発防止|対策|強化|見直|徹底|導入|教育|研修)/;

type Filler = (facts: Facts, acquiring: boolean) => { value: string | null; from: readonly string[] };

const FILLERS: readonly Filler[] = [
  (f) => ({ value: toSummary(f), from: ["organization", "cause", "data_items", "affected", "certainty"] }),
  (f, acquiring) => {
    const items = [...f.input.data_items.map((i) => DATA_ITEM_LABELS[i]), ...(f.input.extra_items ?? [])];
    const suffix = acquiring ? "（取得しようとしていた個人情報を含む。規則8条1項2号括弧書）" : "";
    return { value: items.length === 0 ? null : `${items.join("、")}${suffix}`, from: ["data_items"] };
  },
  (f) => {
    const n = toCountText(f.input.affected);
    const note = f.input.affected.unit === "records" ? "（公表は件数。本人の数は要確認）" : "";
    return { value: n === null ? null : `${n}${note}`, from: ["affected"] };
  },
  (f) => ({ value: toCause(f), from: ["cause", "vector", "cves"] }),
  (f) => ({ value: joinTexts(f.input.secondary_damage.map(toText)), from: ["secondary_damage"] }),
  (f) => ({ value: toIndividualResponse(f), from: ["response", "timeline"] }),
  (f) => ({ value: f.input.announced === null ? null : `${f.input.announced}に公表`, from: ["announced"] }),
  (f) => ({ value: joinTexts(f.input.response.map(toText).filter((t) => RECURRENCE.test(t))), from: ["response"] }),
  (f) => ({ value: toOther(f), from: ["certainty", "timeline", "cves"] }),
];

function joinTexts(texts: readonly string[]): string | null {
  const kept = [...new Set(texts.map((t) => t.trim()).filter((t) => t !== ""))];
  return kept.length === 0 ? null : kept.join(" / ");
}

function toSummary(f: Facts): string {
  const i = f.input;
  const items = i.data_items.length === 0 ? "個人情報" : `${i.data_items.map((d) => DATA_ITEM_LABELS[d]).join("、")}等`;
  const count = toCountText(i.affected);
  const cause = i.cause === "unknown" ? "" : `${CAUSE_LABELS[i.cause]}により、`;
  const what = i.certainty === "possible" ? "漏えい等が発生したおそれがある" : "漏えい等が発生した";
  const quote = i.evidence === "" ? "" : `（「${i.evidence}」）`;
  return `${i.organization}において、${cause}${items}${count === null ? "" : `（${count}）`}の${what}${quote}。`;
}

function toCause(f: Facts): string | null {
  const i = f.input;
  const parts = [
    i.cause === "unknown" ? null : CAUSE_LABELS[i.cause],
    i.vector.length > 0 ? `経路・製品: ${i.vector.join("、")}` : null,
    i.cves.length > 0 ? `脆弱性: ${i.cves.join("、")}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join("。");
}

function toIndividualResponse(f: Facts): string | null {
  const notified = f.input.timeline.filter((e) => e.kind === "notified").map((e) => `${e.date} 本人へ通知`);
  const said = f.input.response.map(toText).filter((t) => /(通知|連絡|お詫び|謝罪|案内|窓口|再発行|変更)/.test(t));
  return joinTexts([...notified, ...said]);
}

function toOther(f: Facts): string | null {
  const i = f.input;
  const events = i.timeline
    .filter((e) => e.kind === "reported_police" || e.kind === "reported_ppc")
    .map((e) => `${e.date} ${e.kind === "reported_police" ? "警察へ相談・届出" : "個人情報保護委員会へ報告"}`);
  return joinTexts([
    i.certainty === "possible" ? "漏えいは確定しておらず、おそれの段階" : "",
    ...events,
    i.cves.length > 0 ? `CVE: ${i.cves.join(", ")}` : "",
  ]);
}

/** The nine items, each filled from the incident or marked missing. */
export function toDraftReport(facts: Facts, regime: keyof typeof NOUNS, acquiring: boolean): readonly DraftItem[] {
  const labels = toDraftLabels(regime);
  return FILLERS.map((fill, index) => {
    const { value, from } = fill(facts, acquiring);
    return { no: index + 1, label: labels[index] ?? "", value, status: value === null ? "missing" : "filled", from };
  });
}
