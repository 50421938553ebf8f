/** @module Foreign regimes for affected residents abroad: GDPR Art. 33/34 and California Civ. Code §1798.82. */
import { addDays } from "./dates.js";
import type { Facts } from "./facts.js";

export type CaliforniaResult = {
  readonly residents: number;
  /** Notice to residents whose unencrypted personal information was (or is believed to have been) acquired. */
  readonly notify_individuals: boolean;
  /** One sample notice to the Attorney General when more than 500 residents are notified (§1798.82(f)). */
  readonly attorney_general_sample: boolean;
  readonly deadline: string;
  /** JO per person × these residents. */
  readonly estimate_total_yen: number;
  readonly source: string;
};

export type GdprResult = {
  readonly residents: number;
  /** Art. 33: report unless the breach is unlikely to result in a risk. */
  readonly report_to_authority: boolean | "review";
  /** Art. 34: notify data subjects when the risk is high (not when the data was made unintelligible). */
  readonly notify_individuals: boolean | "review";
  /** 72 hours after becoming aware, where feasible. */
  readonly authority_due: string | null;
  readonly reason: string;
  /** JO per person × these residents. */
  readonly estimate_total_yen: number;
  readonly source: string;
};

export type ForeignResult = { readonly california: CaliforniaResult | null; readonly gdpr: GdprResult | null };

function california(facts: Facts, residents: number, perPerson: number): CaliforniaResult {
  const encrypted = facts.encrypted.status === "yes";
  return {
    residents,
    notify_individuals: !encrypted,
    attorney_general_sample: !encrypted && residents > 500, // §1798.82(f): "more than 500"
    deadline: "most expedient time possible and without unreasonable delay",
    estimate_total_yen: perPerson * residents,
    source: "Cal. Civ. Code §1798.82 (oag.ca.gov/ecrime/databreach/reporting)",
  };
}

function gdpr(facts: Facts, residents: number, perPerson: number): GdprResult {
  const encrypted = facts.encrypted.status === "yes";
  const highRisk = facts.financial.status === "yes" || facts.sensitive.status === "yes";
  const someRisk = highRisk || facts.wrongful.status === "yes" || facts.input.data_items.length > 0;
  const start = facts.discovered.range?.first ?? facts.ruleDate.range?.first ?? null;
  return {
    residents,
    report_to_authority: encrypted ? "review" : someRisk ? true : "review",
    notify_individuals: encrypted ? false : highRisk ? true : "review", // Art. 34(3)(a): unintelligible data
    authority_due: start === null ? null : addDays(start, 3),
    reason: encrypted
      ? "暗号化済み: リスクが低ければ監督機関への報告不要、本人通知は不要（34条3項a）"
      : highRisk
        ? "決済情報・要配慮情報: 高リスク、本人通知も必要"
        : "リスクの程度を評価（報告は72時間以内が原則）",
    estimate_total_yen: perPerson * residents,
    source: "GDPR Art. 33, 34 (gdprlearninghub.com/article-33-gdpr)",
  };
}

/** Foreign regimes for the residents the officer names; null when none are given. */
export function evaluateForeign(facts: Facts, perPersonYen: number): ForeignResult | null {
  const r = facts.input.residents;
  if (r === undefined) return null;
  return {
    california: r.california === undefined || r.california === 0 ? null : california(facts, r.california, perPersonYen),
    gdpr: r.eu === undefined || r.eu === 0 ? null : gdpr(facts, r.eu, perPersonYen),
  };
}
