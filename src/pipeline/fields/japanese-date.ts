/** @module Japanese dates: find date mentions in text, resolve them against the article, write the contract form. */
export { ERAS, eraToYear } from "./japanese-date-calendar.js";
export {
  type DateMention,
  type DatePart,
  type DateRelative,
  findDates,
  type YearSource,
} from "./japanese-date-find.js";
export {
  type PartialDate,
  type ResolveContext,
  type ResolvedDate,
  resolveDate,
  toContractDate,
} from "./japanese-date-resolve.js";
