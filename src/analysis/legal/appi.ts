/** @module APPI report duty: private sector (法26条, 規則7条) and public sector (法68条, 規則43条), one rule version. */
import { exceedsThreshold } from "./count.js";
import { formatCount } from "./dates.js";
import { toDeadlines } from "./deadlines.js";
import { toDraftReport } from "./draft.js";
import type { Facts, Finding } from "./facts.js";
import { toText } from "./input.js";
import {
  type RegimeResult,
  type Reportable,
  type RuleRef,
  type Trigger,
  type TriggerStatus,
  toReportable,
} from "./result.js";
import type { AppiRule } from "./rules.js";

const NOTIFY_ITEMS = [1, 2, 4, 5, 9] as const; // 規則10条, 45条: 概要, 項目, 原因, 二次被害, その他

const toStatus = (f: Finding): TriggerStatus =>
  f.status === "yes" ? "fired" : f.status === "unknown" ? "review" : "not";

function trigger(item: string, title: string, f: Finding, source: string): Trigger {
  return { item, title, status: toStatus(f), reason: f.reason, field: f.field, evidence: f.evidence, source };
}

function countEvidence(facts: Facts): string | null {
  const span = facts.input.sources.affected;
  const text = span === undefined ? "" : toText(span);
  return text !== "" ? text : facts.input.evidence === "" ? null : facts.input.evidence;
}

function baseTriggers(facts: Facts, rule: AppiRule): Trigger[] {
  const art = rule.article;
  const triggers = [
    trigger("1号", "要配慮個人情報", facts.sensitive, `${art}1号; ${facts.sensitive.source ?? ""}`),
    trigger("2号", "財産的被害が生じるおそれ", facts.financial, `${art}2号; ${facts.financial.source ?? ""}`),
    trigger("3号", "不正の目的をもって行われたおそれ", facts.wrongful, `${art}3号; ${facts.wrongful.source ?? ""}`),
    trigger(
      "4号",
      `本人の数が${formatCount(rule.threshold)}人を超える`,
      exceedsThreshold(facts.input.affected, rule.threshold, facts.input.certainty, countEvidence(facts), ""),
      `${art}4号（${rule.regime === "appi" ? "千人を超える" : "百人を超える"}）; 通則編3-5-3-1（件数不明は最大数で判定、要確認）`,
    ),
  ];
  if (rule.ordinanceItem && facts.org.value === "local_government") triggers.push(ordinanceTrigger(facts));
  return triggers;
}

function ordinanceTrigger(facts: Facts): Trigger {
  const known = facts.input.ordinance_sensitive;
  return {
    item: "5号",
    title: "条例要配慮個人情報",
    status: known === true ? "fired" : "not",
    reason:
      known === undefined
        ? "条例で定める要配慮個人情報に当たるかは条例を確認（未入力のため該当なしとした）"
        : known
          ? "条例要配慮個人情報を含む（担当者入力）"
          : "条例要配慮個人情報を含まない（担当者入力）",
    field: known === undefined ? null : "ordinance_sensitive",
    evidence: null,
    source: "規則43条5号",
  };
}

const setAll = (triggers: readonly Trigger[], status: TriggerStatus, reason: string): Trigger[] =>
  triggers.map((t) => ({ ...t, status, reason: `${reason}（本来: ${t.reason}）` }));

/** Information being acquired is in scope only through 3号's 2024 extension, and only when 3号 itself applies. */
function scopeAcquiring(triggers: Trigger[], facts: Facts, rule: AppiRule, notes: string[]): Trigger[] {
  if (facts.acquiring.status !== "yes") return triggers;
  if (!rule.acquiringCovered) {
    notes.push(
      "取得しようとしている情報（例: 決済画面で入力途中のカード情報）は2024-04-01前は個人データでなく、報告義務の対象外（任意の報告は可）。同じ情報が事業者のDB等にも保存されていた場合は2・3・4号に該当しうるため法務確認を",
    );
    return setAll(triggers, "not", "取得前の情報で個人データではない（2024-04-01前）");
  }
  const wrongful = triggers.find((t) => t.item === "3号")?.status;
  notes.push("取得しようとしている情報の漏えい: 3号の括弧書（2024-04-01施行）により対象。報告項目に当該情報を含める");
  if (wrongful === "fired") return triggers;
  if (wrongful === "review")
    return triggers.map((t) =>
      t.status === "fired" ? { ...t, status: "review", reason: `${t.reason}（3号に該当する場合に限る）` } : t,
    );
  return setAll(triggers, "not", "不正の目的によらない取得前の情報は対象外");
}

function applyExclusions(triggers: Trigger[], facts: Facts, notes: string[]): Trigger[] {
  if (facts.notALeak.status === "yes") return setAll(triggers, "not", facts.notALeak.reason);
  if (facts.encrypted.status === "yes") {
    notes.push(`高度な暗号化の除外（${facts.encrypted.source}）: 報告・本人通知とも不要`);
    return setAll(triggers, "not", "高度な暗号化により対象外");
  }
  if (facts.encrypted.status === "unknown") {
    notes.push(`${facts.encrypted.reason}（${facts.encrypted.source}）`);
    return triggers.map((t) =>
      t.status === "fired" ? { ...t, status: "review", reason: `${t.reason}（暗号化の確認次第）` } : t,
    );
  }
  return triggers;
}

function toRuleRef(rule: AppiRule): RuleRef {
  return { id: rule.id, title: rule.title, from: rule.from, to: rule.to, source: rule.source };
}

const NAMES = {
  appi: "個人情報保護法（民間事業者: 法26条、規則7条）",
  public: "個人情報保護法（行政機関等: 法68条、規則43条）",
};

/** No rule in force for this organization on the day. */
function noRule(regime: "appi" | "public", applies: boolean, note: string): RegimeResult {
  return {
    regime,
    name: NAMES[regime],
    applies,
    rule: null,
    reportable: false,
    triggers: [],
    review: [],
    details: [],
    notify_individuals: false,
    notify_items: [],
    final_report_days: null,
    deadlines: null,
    notes: [note],
    draft_report: null,
  };
}

/** Evaluates one APPI rule version against the facts. */
export function evaluateAppi(
  facts: Facts,
  rule: AppiRule | null,
  regime: "appi" | "public",
  applies: boolean,
): RegimeResult {
  if (rule === null)
    return noRule(
      regime,
      applies,
      regime === "appi"
        ? "この日付には個人情報保護委員会への報告の定めがない"
        : "この日付には行政機関等の報告義務の定めがない（地方公共団体は2023-04-01前は各条例による。要確認）",
    );
  const notes: string[] = [];
  const details = applyExclusions(scopeAcquiring(baseTriggers(facts, rule), facts, rule, notes), facts, notes);
  const verdict = toReportable(details);
  const wrongful = details.find((t) => t.item === "3号")?.status;
  if (!rule.mandatory) return bestEffort(regime, applies, rule, details, verdict, notes);
  const reportable: Reportable = verdict;
  const days = reportable === false ? null : wrongful === "fired" ? rule.finalDaysWrongful : rule.finalDays;
  if (reportable !== false && wrongful === "review") notes.push("3号に該当すれば確報は60日（規則8条2項）");
  if (facts.input.certainty === "possible")
    notes.push("漏えいの「おそれ」でも報告対象（規則7条各号「発生したおそれがある事態」）");
  return {
    regime,
    name: NAMES[regime],
    applies,
    rule: toRuleRef(rule),
    reportable,
    triggers: details.filter((t) => t.status === "fired").map((t) => t.item),
    review: details.filter((t) => t.status === "review").map((t) => t.item),
    details,
    notify_individuals: reportable === true,
    notify_items: reportable === false ? [] : [...NOTIFY_ITEMS],
    final_report_days: days === 30 || days === 60 ? days : null,
    deadlines:
      reportable === false
        ? null
        : toDeadlines(
            facts,
            rule.preliminaryDays,
            days,
            `${regime === "appi" ? "規則8条2項" : "規則44条"}: ${days}日以内`,
          ),
    notes,
    draft_report: applies ? toDraftReport(facts, regime, facts.acquiring.status === "yes") : null,
  };
}

/** The 告示 era (before 2022-04-01): reporting was a best-effort duty, so nothing is legally reportable. */
function bestEffort(
  regime: "appi" | "public",
  applies: boolean,
  rule: AppiRule,
  details: readonly Trigger[],
  verdict: Reportable,
  notes: string[],
): RegimeResult {
  const would = details.filter((t) => t.status === "fired").map((t) => t.item);
  notes.push(
    `2022-04-01前: 報告は告示による努力義務で法的義務なし${verdict === false ? "" : `（参考: 2022年以降の規則なら${would.join("・") || "要確認"}）`}`,
  );
  return { ...noRule(regime, applies, ""), rule: toRuleRef(rule), details, notes };
}
