/** @module Article text → sentences: spans that cover the text exactly, in order, without overlap. */

export type Sentence = {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The sentence text, trailing whitespace included (so sentences join back to the article). */
  readonly text: string;
  /** Index of the line (paragraph) the sentence belongs to. */
  readonly line: number;
  /** True when the sentence is a whole line with no sentence-final punctuation: a heading, list item or table row. */
  readonly bare: boolean;
  /**
   * A slot for later stages to keep what they compute about this sentence (sentence signals), so they need no side
   * table; part of the object from the start so every sentence has one shape.
   */
  memo: unknown;
};

const MAX_SENTENCE = 400;
/** Bits of UNIT_KIND: what a code unit is to the splitter (a table, not Sets of strings: read at every bracket). */
const INTERESTING = 1;
const TERMINATOR = 2;
const CLOSER = 4;
const OPENER = 8;
/** Characters the splitter acts on: line breaks, terminators, brackets (and や before 、, tested apart). */
const UNIT_KIND = new Uint8Array(0x10000);
UNIT_KIND[0x0a] = INTERESTING;
for (const c of "。！？!?．") UNIT_KIND[c.charCodeAt(0)] = INTERESTING | TERMINATOR;
for (const c of "」』）)】〕”’") UNIT_KIND[c.charCodeAt(0)] = INTERESTING | CLOSER;
for (const c of "「『（(【〔") UNIT_KIND[c.charCodeAt(0)] = INTERESTING | OPENER;

function isKind(text: string, i: number, kind: number): boolean {
  return (UNIT_KIND[text.charCodeAt(i)]! & kind) !== 0;
}
const YA = "や".charCodeAt(0);
const TOUTEN = "、".charCodeAt(0);

/** The next index from `from` holding an interesting character or や followed by 、, or -1. */
function nextInteresting(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (UNIT_KIND[c] !== 0 || (c === YA && text.charCodeAt(k + 1) === TOUTEN)) return k;
  }
  return -1;
}

/** Splits text at sentence-final punctuation and line breaks; long runs are cut so no sentence exceeds a bound. */
export function splitSentences(text: string): readonly Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let line = 0;
  let lineStart = 0;
  const push = (end: number, endsLine: boolean): void => {
    if (end <= start) return;
    const raw = text.slice(start, end);
    const whole = start === lineStart && endsLine;
    let k = end - 1;
    while (k >= start && isSpace(text.charCodeAt(k))) k--;
    const last = k >= start ? text[k] : "";
    out.push({
      index: out.length,
      start,
      end,
      text: raw,
      line,
      bare: whole && last !== "。" && last !== "．",
      memo: undefined,
    });
    start = end;
  };
  let i = 0;
  let depth = 0;
  while (i < text.length) {
    // Jump to the next character that can matter; a run without one is cut once it grows past the bound.
    const hit = nextInteresting(text, i);
    const next = hit >= 0 ? hit : text.length;
    if (next - start > MAX_SENTENCE) {
      // A long run: cut at the first 、 or space past the bound, else at twice the bound.
      const comma = firstBreakAfter(text, start + MAX_SENTENCE, Math.min(next, start + MAX_SENTENCE * 2));
      push(comma ?? start + MAX_SENTENCE * 2, false);
      i = start;
      depth = 0;
      continue;
    }
    if (hit < 0) break;
    i = text.charCodeAt(next) === YA ? next + 1 : next;
    const ch = text[i]!;
    if (ch === "\n") {
      let j = i + 1;
      while (j < text.length && (text[j] === "\n" || text[j] === " " || text[j] === "\t" || text[j] === "\u3000")) j++;
      push(j, true);
      depth = 0;
      line++;
      lineStart = j;
      i = j;
      continue;
    }
    if (isKind(text, i, OPENER)) depth++;
    else if (isKind(text, i, CLOSER) && depth > 0) depth--;
    if (
      isKind(text, i, TERMINATOR) &&
      !isDecimalPoint(text, i) &&
      !isListNumber(text, i, lineStart) &&
      !isInLatinName(text, i) &&
      (depth === 0 || i - start >= MAX_SENTENCE)
    ) {
      let j = i + 1;
      while (j < text.length && isKind(text, j, CLOSER | TERMINATOR)) j++;
      let k = j;
      while (k < text.length && (text[k] === " " || text[k] === "\u3000" || text[k] === "\t")) k++;
      const endsLine = k >= text.length || text[k] === "\n";
      if (endsLine) {
        while (k < text.length && isSpace(text.charCodeAt(k))) k++;
        push(k, true);
        line++;
        lineStart = k;
      } else push(k, false);
      depth = 0;
      i = k;
      continue;
    }
    if (
      ch === "、" &&
      text[i - 1] === "や" &&
      /(?:問題|事件|事案|ケース)や$/u.test(text.slice(Math.max(start, i - 4), i))
    ) {
      push(i + 1, false);
      i++;
      continue;
    }
    i++;
  }
  push(text.length, true);
  return out;
}

/** Space, tab, line breaks and the ideographic space (what trimEnd would drop, for the characters that occur here). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 12 || c === 11 || c === 0xa0;
}

function firstBreakAfter(text: string, from: number, to: number): number | null {
  for (let k = from; k < to; k++) if (text[k] === "、" || text[k] === " ") return k + 1;
  return null;
}

function isDecimalPoint(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "．" && ch !== ".") return false;
  return /[0-9０-９]/.test(text[i - 1] ?? "") && /[0-9０-９]/.test(text[i + 1] ?? "");
}

/** 2．流出した情報 / 3. 対応: the period of a number that opens a line numbers a heading or list item. */
/** Yahoo! JAPAN, Yahoo!ニュース: an ASCII ! or ? right after a Latin letter and before a word goes on with a name. */
function isInLatinName(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x21 && c !== 0x3f) return false;
  return (
    /[A-Za-z]/.test(text.charAt(i - 1)) &&
    /^ ?[A-Za-z\p{Script=Katakana}\p{Script=Han}]/u.test(text.slice(i + 1, i + 3))
  );
}

function isListNumber(text: string, i: number, lineStart: number): boolean {
  const ch = text[i];
  if ((ch !== "．" && ch !== ".") || i - lineStart > 4) return false;
  return /^[\s\u3000]*[0-9０-９]{1,2}$/u.test(text.slice(lineStart, i));
}

/** The sentence holding an offset, by binary search over the ordered sentences. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
