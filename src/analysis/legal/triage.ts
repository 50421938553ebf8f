/** @module Triage of one incident: facts → the rule versions in force on its date → each regime's verdict + JO estimate. */
import { type Estimate, type EstimateOptions, estimateDamage } from "../estimate/index.js";
import { evaluateAppi } from "./appi.js";
import type { DayRange } from "./dates.js";
import { type FactOptions, type Facts, toFacts } from "./facts.js";
import { evaluateForeign, type ForeignResult } from "./foreign.js";
import type { OfficerOrgType, TriageInput } from "./input.js";
import { evaluateMyNumber } from "./mynumber.js";
import { combineReportable, type RegimeResult, type Reportable } from "./result.js";
import { APPI_RULES, PUBLIC_RULES, toAppiRule, toMyNumberRule } from "./rules.js";

export type TriageOptions = FactOptions & { readonly estimate?: EstimateOptions };

export type TriageResult = {
  readonly organization: string;
  readonly id: number | null;
  readonly key: string | null;
  readonly organization_type: { readonly value: OfficerOrgType; readonly basis: string };
  /** The date the rule versions were chosen by. */
  readonly rule_date: { readonly date: string | null; readonly basis: string; readonly note: string | null };
  readonly discovered: { readonly date: string | null; readonly basis: string | null };
  readonly mynumber_involved: { readonly value: boolean; readonly reason: string };
  /** Combined verdict over the regimes that apply to the organization. */
  readonly report_to_ppc: Reportable;
  readonly appi: RegimeResult;
  readonly public: RegimeResult | null;
  readonly mynumber: RegimeResult | null;
  readonly foreign: ForeignResult | null;
  readonly estimate: Estimate;
};

/** With no usable date, the current rules apply. */
const LATEST_DAY = "9999-12-31";

const BASIS = {
  officer: "発覚日（担当者入力）",
  discovered: "発覚日（経過の記載）",
  announced: "公表日（発覚日不明）",
  timeline: "経過の最初の日付（発覚日・公表日不明）",
};

/**
 * Runs `evaluate` on the first and last day the date can mean; when those fall under rule versions that disagree,
 * the later one is kept with its verdict turned into "review".
 */
function acrossRange(range: DayRange | null, evaluate: (day: string) => RegimeResult): RegimeResult {
  if (range === null) {
    const r = evaluate(LATEST_DAY);
    return { ...r, notes: [...r.notes, "日付が不明のため現行の規則で判定"] };
  }
  const late = evaluate(range.last);
  if (range.first === range.last) return late;
  const early = evaluate(range.first);
  if (early.rule?.id === late.rule?.id || early.reportable === late.reportable) return late;
  return {
    ...late,
    reportable: "review",
    notes: [
      ...late.notes,
      `日付（${range.first}〜${range.last}）が規則の改正をまたぐ: ${early.rule?.title ?? "規則なし"}なら${String(early.reportable)}、${late.rule?.title ?? "規則なし"}なら${String(late.reportable)}。発覚日を確認`,
    ],
  };
}

function regimes(facts: Facts): Pick<TriageResult, "appi" | "public" | "mynumber"> {
  const org = facts.org.value;
  const range = facts.ruleDate.range;
  const appi = acrossRange(range, (day) =>
    evaluateAppi(facts, toAppiRule(APPI_RULES, day, "private"), "appi", org === "private"),
  );
  const pub =
    org === "private"
      ? null
      : acrossRange(range, (day) => evaluateAppi(facts, toAppiRule(PUBLIC_RULES, day, org), "public", true));
  const mine = facts.mynumber.status === "yes" ? acrossMyNumber(facts, range) : null;
  if (!appi.applies && pub !== null)
    return {
      appi: { ...appi, notes: [...appi.notes, "参考: 民間事業者だった場合の判定（この組織には適用されない）"] },
      public: pub,
      mynumber: mine,
    };
  return { appi, public: pub, mynumber: mine };
}

function acrossMyNumber(facts: Facts, range: DayRange | null): RegimeResult {
  return acrossRange(range, (day) => evaluateMyNumber(facts, toMyNumberRule(day)) as RegimeResult);
}

function toEstimate(facts: Facts, options: TriageOptions): Estimate {
  const i = facts.input;
  const fromInput: EstimateOptions = {
    ...(i.social_responsibility === undefined ? {} : { socialResponsibility: i.social_responsibility }),
    ...(i.response_quality === undefined ? {} : { response: i.response_quality }),
  };
  return estimateDamage(
    {
      data_items: i.data_items,
      affected: i.affected,
      itemText: facts.itemText,
      cardPartial: facts.cardPartial,
      encrypted: facts.encrypted.status === "yes",
      publicBody: facts.org.value !== "private",
    },
    { ...fromInput, ...options.estimate },
  );
}

/** Triage of one incident under every regime, with the JO estimate. */
export function triageIncident(input: TriageInput, options: TriageOptions = {}): TriageResult {
  const facts = toFacts(input, options);
  const { appi, public: pub, mynumber } = regimes(facts);
  const applicable = [appi.applies ? appi : null, pub, mynumber].filter((r): r is RegimeResult => r !== null);
  const basis = facts.ruleDate.basis;
  const estimate = toEstimate(facts, options);
  return {
    organization: input.organization,
    id: input.id ?? null,
    key: input.key ?? null,
    organization_type: facts.org,
    rule_date: {
      date: facts.ruleDate.date,
      basis: basis === null ? "日付不明" : BASIS[basis],
      note:
        basis === "announced" || basis === "timeline"
          ? "発覚日が分かれば --discovered（または discovered）で指定"
          : null,
    },
    discovered: {
      date: facts.discovered.date,
      basis: facts.discovered.basis === null ? null : BASIS[facts.discovered.basis],
    },
    mynumber_involved: { value: facts.mynumber.status === "yes", reason: facts.mynumber.reason },
    report_to_ppc: combineReportable(applicable.map((r) => r.reportable)),
    appi,
    public: pub,
    mynumber,
    foreign: evaluateForeign(facts, estimate.per_person_yen),
    estimate,
  };
}
