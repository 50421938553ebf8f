/** @module Damage estimate: the JNSA JO model over an incident's data items and count. */
export { type Award, COURT_AWARDS } from "./court-awards.js";
export {
  BASE_VALUE,
  type Estimate,
  type EstimateInput,
  type EstimateOptions,
  estimateDamage,
  type ResponseQuality,
  toIdentifiability,
  toItemLevels,
  toSensitivity,
} from "./jo-model.js";
export { ITEM_LEVELS, type Level, TERM_LEVELS } from "./levels.js";
