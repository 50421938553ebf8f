/**
 * @module Japanese full-text search without a tokenizer: text → character bigrams and unigrams, queries → runs.
 *
 * Text is normalized (NFKC, lower case) and cut into runs of letters and numbers; every other character breaks a run.
 * A run is indexed as its bigrams (in order, for phrase queries) and its characters (for 1-character queries). A query
 * term matches exactly the documents whose normalized text contains each of its runs.
 */

/** Between two runs in a bigram document: a token no query produces, so a phrase never spans a break (Private Use). */
export const GRAM_BREAK = "\uE000";

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The form both documents and queries are compared in: NFKC, lower case. */
export function toSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Maximal runs of letters and numbers of normalized text. */
export function toRuns(normalized: string): string[] {
  return normalized.split(NOT_WORD).filter((run) => run.length > 0);
}

/** Bigrams of one run, in order (code points, so a surrogate pair counts as one character). */
export function toBigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The bigram document of a text: its runs' bigrams space-joined, runs separated by GRAM_BREAK.
 * @example toBigramDocument("不正アクセス、流出") === "不正 正ア アク クセ セス \uE000 流出"
 */
export function toBigramDocument(text: string): string {
  return toRuns(toSearchText(text))
    .map((run) => toBigrams(run).join(" "))
    .filter((grams) => grams.length > 0)
    .join(` ${GRAM_BREAK} `);
}

/** The distinct characters of a text's runs, space-joined (1-character queries need no positions). */
export function toUnigramDocument(text: string): string {
  return [...toCharSet(toRuns(toSearchText(text)))].join(" ");
}

/** The distinct bigrams and characters of a text: the keys of an inverted index without positions. */
export function toGramSet(text: string): string[] {
  const runs = toRuns(toSearchText(text));
  const grams = toCharSet(runs);
  for (const run of runs) for (const bigram of toBigrams(run)) grams.add(bigram);
  return [...grams];
}

function toCharSet(runs: readonly string[]): Set<string> {
  const chars = new Set<string>();
  for (const run of runs) for (const c of run) chars.add(c);
  return chars;
}

/**
 * The runs a query asks for: space-separated terms, each cut at punctuation, all of them required (AND).
 * @example toQueryRuns("県 不正アクセス") → ["県", "不正アクセス"]
 */
export function toQueryRuns(query: string): string[] {
  return [...new Set(toRuns(toSearchText(query)))];
}
