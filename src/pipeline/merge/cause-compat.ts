/** @module Whether two stated causes can describe one incident, and which of them is more specific. */
import { CAUSES, type Cause } from "../../domain/incident.js";

/** Attack causes: one attack is often reported first as 不正アクセス, later as its vector (脆弱性, ランサムウェア…). */
const ATTACK: ReadonlySet<Cause> = new Set([
  "unauthorized_access",
  "credential_theft",
  "vulnerability",
  "sql_injection",
  "misconfiguration",
  "malware",
  "targeted_email",
  "phishing",
]);
/** Handling mistakes: 誤操作 is the general word, 誤送付 and 誤掲載 the specific ones. */
const MISTAKE: ReadonlySet<Cause> = new Set(["mis_operation", "misdelivery", "mispublication", "misconfiguration"]);
const PHYSICAL: ReadonlySet<Cause> = new Set(["loss", "theft"]);

/**
 * True when two causes can be one incident's: equal, either unknown, both attacks (unauthorized_access and the attack
 * it turned out to be), both 紛失/盗難, or a general 誤操作 and a specific mistake.
 */
export function isCauseCompatible(a: Cause, b: Cause): boolean {
  if (a === b || a === "unknown" || b === "unknown") return true;
  if (ATTACK.has(a) && ATTACK.has(b)) return true;
  if (PHYSICAL.has(a) && PHYSICAL.has(b)) return true;
  return MISTAKE.has(a) && MISTAKE.has(b) && (a === "mis_operation" || b === "mis_operation");
}

/** 0 unknown, 1 a general cause (不正アクセス, 誤操作), 3 SQL injection (a kind of vulnerability), 2 any other. */
export function toSpecificity(cause: Cause): number {
  if (cause === "unknown") return 0;
  if (cause === "unauthorized_access" || cause === "mis_operation") return 1;
  return cause === "sql_injection" ? 3 : 2;
}

/** Most specific first; equally specific causes keep the order of CAUSES in incident.ts. */
export function compareSpecificity(a: Cause, b: Cause): number {
  return toSpecificity(b) - toSpecificity(a) || CAUSES.indexOf(a) - CAUSES.indexOf(b);
}
