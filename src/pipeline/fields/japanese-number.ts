/** @module Japanese numerals and counts: parse / format whole numerals, find numerals and counts in running text. */
export { type Count, findCounts } from "./japanese-number-counts.js";
export { findNumerals, type Numeral, type NumeralKind } from "./japanese-number-find.js";
export type { CountUnit } from "./japanese-number-lexicon.js";
export { formatJapaneseNumber, type NumberStyle, parseJapaneseNumber } from "./japanese-number-parse.js";
export { toHalfWidth } from "./japanese-number-width.js";
