/** @module Organization name keys in storage: how a report's names are keyed, and which keys a lookup asks for. */
import type { Incident } from "../domain/incident.js";

/** Turns an organization name into its lookup key; the composition root passes the pipeline's own. */
export type NameKey = (name: string) => string;

const FORMS =
  /株式会社|有限会社|合同会社|（株）|\(株\)|一般社団法人|一般財団法人|公益社団法人|公益財団法人|独立行政法人|地方独立行政法人|国立研究開発法人|国立大学法人|公立大学法人|学校法人|医療法人|社会福祉法人/g;

/**
 * The default key, the same rule as the pipeline's `toKey` (src/pipeline/extract/aliases.ts): NFKC, legal-entity forms,
 * spaces and middle dots removed, lower case. Storage may not import the pipeline, so the rule is repeated here.
 */
export function toDefaultNameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(FORMS, "")
    .replace(/[\s・･]/g, "")
    .toLowerCase();
}

/** The distinct non-empty keys of a report's names: its organization and the other names it gives. */
export function toReportNameKeys(incident: Incident, nameKey: NameKey): string[] {
  const keys = [incident.organization, ...incident.also].map(nameKey).filter((k) => k.length > 0);
  return [...new Set(keys)];
}

/** The distinct bigrams (code points) of a key: what report_name_grams indexes it by. */
export function toKeyBigrams(key: string): string[] {
  const chars = [...key];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** The first character of a key (a code point). */
export function toKeyHead(key: string): string {
  return String.fromCodePoint(key.codePointAt(0) ?? 0);
}

/** What a lookup for some keys matches against stored keys. */
export type NameLookup = {
  /** Stored keys equal to one of these: the keys themselves and every substring of 2+ characters (stored ⊂ asked). */
  readonly exact: readonly string[];
  /** Stored keys starting with one of these characters (abbreviations such as 北交省 for 北谷交通省). */
  readonly heads: readonly string[];
  /** Stored keys containing one of these (asked ⊂ stored): the keys of 2+ characters. */
  readonly contained: readonly string[];
  /**
   * LIKE patterns for the short keys asked (≤ 4 characters): an abbreviation (国交省) stands for a longer name that
   * starts with its first character and holds its other characters in order (国%交%省%). For longer keys asked,
   * `heads` only needs to match short stored keys.
   */
  readonly shortPatterns: readonly string[];
};

/** Abbreviations (国交省, 東商, 産総研) are at most this long; the alias rule's subsequence match needs one side this short. */
export const SHORT = 4;

/** The lookup for `keys`: equal, same first character, or one containing the other (2+ characters). */
export function toNameLookup(keys: readonly string[]): NameLookup {
  const wanted = [...new Set(keys.filter((k) => k.length > 0))];
  const exact = new Set<string>();
  for (const key of wanted) for (const sub of toSubstrings(key)) exact.add(sub);
  for (const key of wanted) exact.add(key);
  return {
    exact: [...exact],
    heads: [...new Set(wanted.map(toKeyHead))],
    shortPatterns: [...new Set(wanted.filter((k) => [...k].length <= SHORT).map(toSubsequencePattern))],
    contained: wanted.filter((k) => [...k].length >= 2),
  };
}

/** 国交省 → 国%交%省%: the LIKE pattern of names holding these characters in this order, starting with the first. */
export function toSubsequencePattern(key: string): string {
  return `${[...key].map((c) => c.replace(/[%_\\]/g, (m) => `\\${m}`)).join("%")}%`;
}

/** Every substring of 2+ characters (code points). */
function toSubstrings(key: string): string[] {
  const chars = [...key];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= chars.length; j++) out.push(chars.slice(i, j).join(""));
  }
  return out;
}
