/** @module Legal reporting triage: an incident (contract shape + officer facts) → per-regime verdicts and deadlines. */
export { addDays, formatCount, toDayRange } from "./dates.js";
export { toOfficerOrgType } from "./facts.js";
export {
  fromStoredIncident,
  OFFICER_ORG_TYPES,
  type OfficerOrgType,
  parseTriageInput,
  RESPONSE_QUALITIES,
  type TriageInput,
  triageInputSchema,
} from "./input.js";
export type { DraftItem, RegimeResult, Reportable, Trigger } from "./result.js";
export { APPI_RULES, MYNUMBER_RULES, PUBLIC_RULES } from "./rules.js";
export { type TriageOptions, type TriageResult, triageIncident } from "./triage.js";
