/**
 * @module roei's cause (原因) ↔ a VERIS 1.4 action (category, variety, vector) and actor: one documented table, read
 * both ways (export: cause → action; import: action → cause).
 */
import type { Cause } from "../../domain/incident.js";

/** VERIS action categories roei's causes map into (`environmental` has no roei cause). */
export type VerisActionCategory = "hacking" | "malware" | "social" | "misuse" | "error" | "physical" | "unknown";

/** Who VERIS says acted: outsiders for attacks, the victim's own people for errors and misuse. */
export type VerisActorKind = "external" | "internal" | "unknown";

export type VerisActionMapping = {
  readonly category: VerisActionCategory;
  /** A value of `action.<category>.variety` in verisc-merged.json (null for `unknown`). */
  readonly variety: string | null;
  /** A value of `action.<category>.vector` (null for `unknown`). */
  readonly vector: string | null;
  /** `action.social.target`, for social actions only. */
  readonly target?: string;
  readonly actor: VerisActorKind;
};

/**
 * The table. Choices where VERIS offers more than one reading:
 * - misconfiguration (設定ミス, 設定不備) is the victim's error (error/Misconfiguration), as VCDB codes exposed cloud
 *   storage, not an attacker's "Exploit misconfig";
 * - insider (内部不正, 不正持ち出し) is misuse/Privilege abuse: staff using access they were given;
 * - mis_operation (操作ミス, 誤交付, 誤記載) covers several VERIS errors, so it is error/Other (the notes say which);
 * - system_failure (システム障害, 不具合, バグ) is error/Programming error: a defect that showed data to others;
 * - targeted_email (標的型メール) is social/Phishing by email aimed at staff; phishing's channel is not known.
 */
export const VERIS_ACTION_BY_CAUSE: Readonly<Record<Cause, VerisActionMapping>> = {
  unauthorized_access: { category: "hacking", variety: "Unknown", vector: "Unknown", actor: "external" },
  credential_theft: { category: "hacking", variety: "Use of stolen creds", vector: "Unknown", actor: "external" },
  vulnerability: { category: "hacking", variety: "Exploit vuln", vector: "Unknown", actor: "external" },
  sql_injection: { category: "hacking", variety: "SQLi", vector: "Web application", actor: "external" },
  misconfiguration: { category: "error", variety: "Misconfiguration", vector: "Carelessness", actor: "internal" },
  malware: { category: "malware", variety: "Unknown", vector: "Unknown", actor: "external" },
  targeted_email: {
    category: "social",
    variety: "Phishing",
    vector: "Email",
    target: "End-user or employee",
    actor: "external",
  },
  phishing: { category: "social", variety: "Phishing", vector: "Unknown", target: "Unknown", actor: "external" },
  insider: { category: "misuse", variety: "Privilege abuse", vector: "Unknown", actor: "internal" },
  loss: { category: "error", variety: "Loss", vector: "Carelessness", actor: "internal" },
  theft: { category: "physical", variety: "Theft", vector: "Unknown", actor: "external" },
  misdelivery: { category: "error", variety: "Misdelivery", vector: "Carelessness", actor: "internal" },
  mispublication: { category: "error", variety: "Publishing error", vector: "Carelessness", actor: "internal" },
  mis_operation: { category: "error", variety: "Other", vector: "Carelessness", actor: "internal" },
  system_failure: { category: "error", variety: "Programming error", vector: "Unknown", actor: "internal" },
  unknown: { category: "unknown", variety: null, vector: null, actor: "unknown" },
};

/** The VERIS action and actor for a roei cause. */
export function toVerisAction(cause: Cause): VerisActionMapping {
  return VERIS_ACTION_BY_CAUSE[cause];
}

/** One action of a VERIS record: its category and the varieties it lists. */
export type VerisActionSeen = { readonly category: string; readonly varieties: readonly string[] };

/** Varieties outside the table that still name a roei cause when importing (`category/variety`). */
const EXTRA_CAUSE_BY_VARIETY: Readonly<Record<string, Cause>> = {
  "hacking/Brute force": "credential_theft",
  "hacking/Exploit misconfig": "misconfiguration",
  "malware/Ransomware": "malware",
  "error/Disposal error": "loss",
  "error/Malfunction": "system_failure",
  "error/Data entry error": "mis_operation",
  "error/Gaffe": "mis_operation",
  "misuse/Data mishandling": "insider",
  "social/Phishing": "phishing",
  "social/Pretexting": "phishing",
};

/** What a category means when none of its varieties is in the table. */
const CAUSE_BY_CATEGORY: Readonly<Record<string, Cause>> = {
  hacking: "unauthorized_access",
  malware: "malware",
  social: "phishing",
  misuse: "insider",
  error: "mis_operation",
  physical: "theft",
};

/** Attacks before mistakes: a record listing hacking and error is about the attack. */
const CATEGORY_ORDER: readonly string[] = ["hacking", "malware", "social", "misuse", "physical", "error"];

/**
 * The roei cause for the actions of a VERIS record: the first category in attack-first order decides, by the first of
 * its varieties the table (or its extra rows) knows, else by the category alone; no known category → unknown.
 */
export function toCauseFromVerisActions(actions: readonly VerisActionSeen[]): Cause {
  const ordered = [...actions]
    .filter((a) => CATEGORY_ORDER.includes(a.category))
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  const first = ordered[0];
  if (first === undefined) return "unknown";
  for (const variety of first.varieties) {
    const cause = causeOfVariety(first.category, variety);
    if (cause !== null) return cause;
  }
  return CAUSE_BY_CATEGORY[first.category] ?? "unknown";
}

function causeOfVariety(category: string, variety: string): Cause | null {
  const extra = EXTRA_CAUSE_BY_VARIETY[`${category}/${variety}`];
  if (extra !== undefined) return extra;
  if (variety === "Unknown" || variety === "Other") return null;
  const hit = (Object.entries(VERIS_ACTION_BY_CAUSE) as [Cause, VerisActionMapping][]).find(
    ([, m]) => m.category === category && m.variety === variety,
  );
  return hit?.[0] ?? null;
}
