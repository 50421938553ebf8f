/** @module The shape of a triage answer: per regime, the triggers, the verdict, deadlines and a draft report. */
import type { Deadlines } from "./deadlines.js";

/** true: must report; false: no duty; "review": depends on a fact the incident does not settle. */
export type Reportable = true | false | "review";

export type TriggerStatus = "fired" | "review" | "not";

/** One reportable situation (号) and whether it applies. */
export type Trigger = {
  /** "1号" … "5号" (My Number 2016: "重大事態1" …). */
  readonly item: string;
  readonly title: string;
  readonly status: TriggerStatus;
  readonly reason: string;
  readonly field: string | null;
  readonly evidence: string | null;
  readonly source: string;
};

/** One of the nine items of 規則8条1項 (番号法規則3条, 規則44条: the same nine). */
export type DraftItem = {
  readonly no: number;
  readonly label: string;
  readonly value: string | null;
  /** "missing": the incident does not say; the officer must fill it in. */
  readonly status: "filled" | "missing";
  readonly from: readonly string[];
};

export type RuleRef = {
  readonly id: string;
  readonly title: string;
  readonly from: string;
  readonly to: string | null;
  readonly source: string;
};

export type RegimeResult = {
  readonly regime: "appi" | "public" | "mynumber";
  readonly name: string;
  /** Whether this regime covers the organization (the private-sector rule is shown for public bodies as reference). */
  readonly applies: boolean;
  readonly rule: RuleRef | null;
  readonly reportable: Reportable;
  /** Items that fire, e.g. ["2号", "3号"]. */
  readonly triggers: readonly string[];
  /** Items that need a fact checked. */
  readonly review: readonly string[];
  readonly details: readonly Trigger[];
  readonly notify_individuals: boolean;
  /** Items of the report to tell individuals (規則10条, 45条; 番号法規則5条): 1, 2, 4, 5, 9. */
  readonly notify_items: readonly number[];
  readonly final_report_days: 30 | 60 | null;
  readonly deadlines: Deadlines | null;
  readonly notes: readonly string[];
  readonly draft_report: readonly DraftItem[] | null;
};

/** The combined verdict: any true, else any review, else false. */
export function combineReportable(values: readonly Reportable[]): Reportable {
  if (values.includes(true)) return true;
  return values.includes("review") ? "review" : false;
}

/** Verdict from triggers: fired → true, review → "review", else false. */
export function toReportable(details: readonly Trigger[]): Reportable {
  return combineReportable(
    details.map((t) => (t.status === "fired" ? true : t.status === "review" ? "review" : false)),
  );
}
