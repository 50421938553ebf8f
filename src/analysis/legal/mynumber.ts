/** @module My Number Act report duty (番号法29条の4): the 2022 rule (規則2–5条) and the 2016 重大な事態 rule. */
import type { Cause } from "../../domain/incident.js";
import { exceedsThreshold } from "./count.js";
import { toDeadlines } from "./deadlines.js";
import { toDraftReport } from "./draft.js";
import type { Facts, Finding } from "./facts.js";
import { toText } from "./input.js";
import { type RegimeResult, type Reportable, type Trigger, type TriggerStatus, toReportable } from "./result.js";
import type { MyNumberRule } from "./rules.js";

const toStatus = (f: Finding): TriggerStatus =>
  f.status === "yes" ? "fired" : f.status === "unknown" ? "review" : "not";

const SYSTEM_CAUSES: ReadonlySet<Cause> = new Set([
  "unauthorized_access",
  "credential_theft",
  "vulnerability",
  "sql_injection",
  "misconfiguration",
  "malware",
  "targeted_email",
  "system_failure",
]);

const SYSTEMS = {
  network: "イ 情報提供ネットワークシステム等",
  utilization: "ロ 個人番号利用事務で使う情報システム",
  public_related: "ハ 行政機関等が個人番号関係事務で使う情報システム",
};

/** 規則2条1号: 特定個人情報 in the systems イ/ロ/ハ; a private employer's payroll system is none of them. */
function toSystem(facts: Facts): Finding {
  const source = "特定個人情報漏えい等報告規則2条1号イ・ロ・ハ";
  const stated = facts.input.mynumber_system;
  if (stated !== undefined)
    return stated === "none"
      ? {
          status: "no",
          reason: "イ・ロ・ハの情報システムではない（担当者入力）",
          field: "mynumber_system",
          evidence: null,
          source,
        }
      : { status: "yes", reason: `${SYSTEMS[stated]}（担当者入力）`, field: "mynumber_system", evidence: null, source };
  if (facts.org.value === "private")
    return {
      status: "no",
      reason:
        "民間事業者（個人番号関係事務実施者）の給与システム等はイ・ロ・ハに当たらない（行政機関等の委託先なら要確認）",
      field: null,
      evidence: null,
      source,
    };
  if (SYSTEM_CAUSES.has(facts.input.cause))
    return {
      status: "unknown",
      reason: "行政機関等の情報システムからの漏えい: イ・ロ・ハのシステムか確認",
      field: "cause",
      evidence: null,
      source,
    };
  return { status: "no", reason: "情報システムからの漏えいではない", field: "cause", evidence: null, source };
}

function trigger(item: string, title: string, f: Finding, source: string): Trigger {
  return { item, title, status: toStatus(f), reason: f.reason, field: f.field, evidence: f.evidence, source };
}

function countEvidence(facts: Facts): string | null {
  const span = facts.input.sources.affected;
  const text = span === undefined ? "" : toText(span);
  return text !== "" ? text : facts.input.evidence === "" ? null : facts.input.evidence;
}

function overHundred(facts: Facts, rule: MyNumberRule): Finding {
  return exceedsThreshold(facts.input.affected, rule.threshold, facts.input.certainty, countEvidence(facts), "");
}

function currentTriggers(facts: Facts, rule: MyNumberRule): Trigger[] {
  return [
    trigger("1号", "情報システム（イ・ロ・ハ）の特定個人情報", toSystem(facts), "規則2条1号"),
    trigger("2号", "不正の目的をもって行われたおそれ（漏えい・利用・提供）", facts.wrongful, "規則2条2号イ・ロ・ハ"),
    trigger("3号", "電磁的方法により不特定多数に閲覧される（おそれ）", facts.exposure, "規則2条3号; PPC FAQ 5 Q17-10"),
    trigger(
      "4号",
      "本人の数が100人を超える（漏えい・法9条違反の利用・法19条違反の提供）",
      overHundred(facts, rule),
      "規則2条4号イ・ロ・ハ",
    ),
  ];
}

/** 2016 rule: exposure counted only when someone actually viewed it. */
function viewedExposure(facts: Facts): Finding {
  const exposure = facts.exposure;
  if (exposure.status !== "yes") return exposure;
  const viewed = facts.input.viewed;
  if (viewed === true) return { ...exposure, reason: `${exposure.reason}、実際に閲覧された` };
  if (viewed === false)
    return { ...exposure, status: "no", reason: `${exposure.reason}が、閲覧の事実なし（旧規則は実際の閲覧が要件）` };
  return { ...exposure, status: "unknown", reason: `${exposure.reason}: 実際に閲覧されたか確認（旧規則は閲覧が要件）` };
}

/** 2016 rule item 4: someone used or provided the data for a wrongful purpose (an insider's take-out is the example). */
function wrongfulUse(facts: Facts): Finding {
  const w = facts.wrongful;
  if (w.status !== "yes" || facts.input.cause === "insider" || facts.input.wrongful_purpose === true) return w;
  return { ...w, status: "unknown", reason: `${w.reason}: 不正の目的で利用・提供した者がいるか確認` };
}

function seriousEventTriggers(facts: Facts, rule: MyNumberRule): Trigger[] {
  const src = "旧重大事態報告規則（takarazuka-cci 25772; 旧様式 expydoc）";
  return [
    trigger("重大事態1", "情報提供ネットワークシステム等の情報システムからの漏えい等", toSystem(facts), src),
    trigger("重大事態2", "本人の数が100人を超える（101人以上）", overHundred(facts, rule), src),
    trigger("重大事態3", "電磁的方法で不特定多数に閲覧された", viewedExposure(facts), src),
    trigger("重大事態4", "不正の目的で利用・提供した者がいる", wrongfulUse(facts), src),
  ];
}

function excluded(facts: Facts, triggers: Trigger[], notes: string[]): Trigger[] {
  const why =
    facts.notALeak.status === "yes"
      ? facts.notALeak.reason
      : facts.encrypted.status === "yes"
        ? "高度な暗号化により対象外（規則2条柱書括弧書、FAQ 5 Q17-14）"
        : null;
  if (why !== null) return triggers.map((t) => ({ ...t, status: "not", reason: `${why}（本来: ${t.reason}）` }));
  if (facts.encrypted.status === "unknown") {
    notes.push(facts.encrypted.reason);
    return triggers.map((t) => (t.status === "fired" ? { ...t, status: "review" } : t));
  }
  return triggers;
}

const NAME = "番号法（特定個人情報: 法29条の4）";

/** Evaluates the My Number rule in force; null when no 特定個人情報 is involved. */
export function evaluateMyNumber(facts: Facts, rule: MyNumberRule | null): RegimeResult | null {
  if (facts.mynumber.status !== "yes") return null;
  const base = {
    regime: "mynumber" as const,
    name: NAME,
    applies: true,
    review: [] as string[],
    notify_items: [] as number[],
  };
  if (rule === null)
    return {
      ...base,
      rule: null,
      reportable: false,
      triggers: [],
      details: [],
      notify_individuals: false,
      final_report_days: null,
      deadlines: null,
      notes: ["2016-01-01前: 特定個人情報の報告の定めなし"],
      draft_report: null,
    };
  const notes: string[] = [];
  const current = rule.version === "report_2022";
  const details = excluded(facts, current ? currentTriggers(facts, rule) : seriousEventTriggers(facts, rule), notes);
  let reportable: Reportable = toReportable(details);
  if (!rule.possibleCounts && reportable === true && facts.input.certainty === "possible") {
    reportable = "review";
    notes.push("旧規則: 法的な確報義務は実際に発生した重大事態のみ（おそれは第一報が努力義務）");
  }
  const wrongful = details.find((t) => t.item === "2号")?.status === "fired";
  const days = reportable === false ? null : wrongful ? rule.finalDaysWrongful : rule.finalDays;
  if (!current)
    notes.push(
      "旧規則（重大事態）: 第一報は速やかに（努力義務）、確報は法的義務だが日数の定めなし。本人通知の定めなし",
    );
  if (current && reportable !== false)
    notes.push("マイナンバーを含む事案は個人情報保護委員会の専用様式で報告（委任なし）");
  return {
    ...base,
    rule: { id: rule.id, title: rule.title, from: rule.from, to: rule.to, source: rule.source },
    reportable,
    triggers: details.filter((t) => t.status === "fired").map((t) => t.item),
    review: details.filter((t) => t.status === "review").map((t) => t.item),
    details,
    notify_individuals: rule.notifyIndividuals && reportable === true,
    notify_items: rule.notifyIndividuals && reportable !== false ? [1, 2, 4, 5, 9] : [], // 規則5条
    final_report_days: days === 30 || days === 60 ? days : null,
    deadlines:
      reportable === false ? null : toDeadlines(facts, rule.preliminaryDays, days, `規則3条: ${days ?? "—"}日以内`),
    notes,
    draft_report: toDraftReport(facts, "mynumber", false),
  };
}
