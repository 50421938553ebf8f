/**
 * @module Where a regex match can start: the UTF-16 code units that can begin a match, read from the regex source, and
 * scanners that try patterns only at those positions.
 *
 * A big alternation of words with capture groups or the i flag (the data-item terms) costs V8's regex engine hundreds
 * of instructions at every position of the text, because every alternative is tried there; so do many separate
 * patterns run one after the other (the cause rules). Most positions hold a character that no alternative starts
 * with; looking that character up first and trying (sticky) only the alternatives that can start there finds the same
 * matches for a fraction of the work (measured 4× less for the data items). Patterns V8 already scans well (a few
 * alternatives, plain flags) got slower this way: use it where it was measured to help.
 */

/**
 * A set of code units as inclusive ranges (overlaps allowed), or null when the set cannot be bounded (a wildcard, a
 * negated class, \p{…}). Ranges, not a table, while parsing: a union is then a concatenation.
 */
type Units = readonly (readonly [number, number])[] | null;

/**
 * What a part of a regex can start with: code units, whether it can match the empty string (then what follows it
 * counts too), and whether it can match at the text's start whatever is there (^ without the m flag).
 */
type First = { readonly units: Units; readonly nullable: boolean; readonly start: boolean };

/** The first sets of a regex's parts (startsOf). */
const FIRST: Reading<First> = {
  empty: { units: [], nullable: true, start: false },
  start: { units: [], nullable: false, start: true },
  any: { units: null, nullable: false, start: false },
  backreference: { units: null, nullable: true, start: false },
  units: (ranges) => ({ units: ranges, nullable: false, start: false }),
  alternative: (a, b) => ({
    units: merge(a.units, b.units),
    nullable: a.nullable || b.nullable,
    start: a.start || b.start,
  }),
  // The first set of the first term that must consume, with those of the optional terms before it.
  followedBy: (a, b) =>
    a.nullable ? { units: merge(a.units, b.units), nullable: b.nullable, start: a.start || b.start } : a,
  repeat: (atom, min) => (min === 0 ? { ...atom, nullable: true } : atom),
};

/** Where matches of a regex can start: at a code unit marked 1 in `units`, or at offset 0 when `atStart`. */
export type Starts = { readonly units: Uint8Array; readonly atStart: boolean };

/**
 * The code units a match of `re` can start with, as a lookup table, and whether it can start at offset 0 whatever is
 * there; null when they cannot be bounded or the regex can match the empty string (then any position can).
 */
export function firstUnits(re: RegExp): Starts | null {
  const starts = startsOf(re);
  if (starts === null) return null;
  const table = new Uint8Array(0x10000);
  for (const u of starts.units) table[u] = 1;
  return { units: table, atStart: starts.atStart };
}

/**
 * `re.test` that tries the regex (sticky) only where a match can start (firstUnits): for a big alternation of words
 * whose first characters are rare (the leak verbs) it was measured 2× faster than the regex's own scan; where the
 * first characters are common words' (発表, 公表, お知らせ) it was slower. Falls back to `re.test` when the starts
 * cannot be bounded. `re` must have neither the g nor the y flag.
 */
export function guidedTest(re: RegExp): (text: string) => boolean {
  const starts = firstUnits(re);
  if (starts === null || /[gy]/.test(re.flags)) return (text) => re.test(text);
  const sticky = new RegExp(re.source, `${re.flags}y`);
  const { units, atStart } = starts;
  const unicode = re.unicode;
  const { slots, regexes } = stickyByUnit(re, sticky);
  // The unit after the first rules out most positions before any regex is tried there.
  const pairs = PairFilter.of([re]);
  return (text) => {
    if (atStart) {
      sticky.lastIndex = 0;
      if (sticky.test(text)) return true;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (units[c] !== 1 || (pairs !== null && !pairs.allows(c, text.charCodeAt(i + 1)))) continue;
      if (unicode && isInsidePair(text, i)) continue;
      const part = regexes[slots[c]!]!;
      part.lastIndex = i;
      if (part.test(text)) return true;
    }
    return false;
  };
}

/**
 * Every match of the global regex `re` in a text, as allMatches (char-class.ts) gives them, but tried (sticky) only at
 * the positions where a match can start (firstUnits, then the unit after: PairFilter): a long alternation of words
 * that most passages hold once or never (the legal-entity forms) is not tried at every position. Falls back to the
 * regex's own scan when the starts cannot be bounded.
 */
export function guidedMatches(re: RegExp): (text: string) => RegExpExecArray[] {
  const starts = firstUnits(re);
  const flags = re.flags.replace(/[gy]/g, "");
  if (starts === null || !re.global) throw new Error(`guidedMatches needs a global regex with bounded starts: ${re}`);
  const sticky = new RegExp(re.source, `${flags}y`);
  const { units, atStart } = starts;
  const unicode = re.unicode;
  const pairs = PairFilter.of([re]);
  return (text) => {
    const out: RegExpExecArray[] = [];
    // A match is never empty (firstUnits is null for a regex that can match the empty string).
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const possible =
        (i === 0 && atStart) ||
        (units[c] === 1 &&
          (pairs === null || pairs.allows(c, text.charCodeAt(i + 1))) &&
          !(unicode && isInsidePair(text, i)));
      if (possible) {
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        if (m !== null) {
          out.push(m);
          i = sticky.lastIndex;
          continue;
        }
      }
      i++;
    }
    return out;
  };
}

/**
 * Per code unit, a sticky regex of only the top-level alternatives of `re` that can start with it (trying all of
 * them at a position costs a check of each); `whole` (re, sticky) where the alternatives cannot be split (a
 * backreference would change its group). Only for tests: a match found by a subset is one of the whole's matches
 * there, but not always the one the whole would report.
 */
function stickyByUnit(re: RegExp, whole: RegExp): ByUnit {
  // Slots in a byte table, not a regex per unit: 64 KB stays in cache where 512 KB of pointers did not.
  const slots = new Uint8Array(0x10000);
  const regexes: RegExp[] = [whole];
  const alternatives = topAlternatives(re.source);
  if (alternatives === null || alternatives.length < 2) return { slots, regexes };
  const flags = re.flags.replace(/[gy]/g, "");
  const index = new StartIndex(alternatives.map((a) => new RegExp(a, flags)));
  const compiled = new Map<readonly number[], number>();
  for (let u = 0; u < 0x10000; u++) {
    const list = index.at(u);
    if (list === undefined || list.length === alternatives.length) continue;
    let slot = compiled.get(list);
    if (slot === undefined) {
      if (regexes.length > 0xff) continue;
      slot = regexes.length;
      regexes.push(new RegExp(list.map((k) => alternatives[k]).join("|"), `${flags}y`));
      compiled.set(list, slot);
    }
    slots[u] = slot;
  }
  return { slots, regexes };
}

/** Per code unit, the index in `regexes` of the sticky regex to try there (0: the whole regex). */
type ByUnit = { readonly slots: Uint8Array; readonly regexes: readonly RegExp[] };

/** The top-level alternatives of a regex source, or null when it holds a backreference (its groups would renumber). */
export function topAlternatives(source: string): string[] | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** firstUnits as a sorted list of code units (cheap to build: no table of every code unit). */
function startsOf(re: RegExp): { readonly units: readonly number[]; readonly atStart: boolean } | null {
  // The v flag's class syntax (set operations, nested classes) is not read.
  if (re.flags.includes("v")) return null;
  const first = readSource(re, FIRST);
  if (first === null || first.nullable || first.units === null) return null;
  const units = new Set<number>();
  for (const [lo, hi] of first.units) for (let u = lo; u <= hi; u++) units.add(u);
  if (re.ignoreCase) addCaseVariants(units);
  return { units: [...units].sort((x, y) => x - y), atStart: first.start };
}

/**
 * What a reading of a regex source computes for each part of it: the reader (SourceReader) walks the syntax once, and
 * the reading says what each construct gives, so the first sets (FIRST) and the first pairs (itemsReading) share one
 * reader.
 */
type Reading<T> = {
  /** What matches only the empty string: a lookaround, \b, $, ^ under the m flag. */
  readonly empty: T;
  /** ^ without the m flag: it holds only at offset 0. */
  readonly start: T;
  /** One character that cannot be bounded: ., a negated class, \D, \p{…}. */
  readonly any: T;
  /** \1, \k<name>: any text, the empty one included. */
  readonly backreference: T;
  /** One character whose first code unit is in the ranges. */
  units(ranges: readonly (readonly [number, number])[]): T;
  /** a|b. */
  alternative(a: T, b: T): T;
  /** a then b. */
  followedBy(a: T, b: T): T;
  /** An atom repeated min…max times (not both 1). */
  repeat(atom: T, min: number, max: number): T;
};

/** What a regex source gives under a reading (readSource), or null when it cannot be read (the v flag, newer syntax). */
function readSource<T>(re: RegExp, reading: Reading<T>): T | null {
  // The v flag's class syntax (set operations, nested classes) is not read.
  if (re.flags.includes("v")) return null;
  const reader = new SourceReader(re.source, re.unicode, re.multiline, reading);
  const value = reader.alternation();
  return reader.failed || reader.pos < re.source.length ? null : value;
}

/** A recursive-descent reader of a regex source that computes a reading of each part as it goes. */
class SourceReader<T> {
  pos = 0;
  failed = false;
  readonly src: string;
  readonly unicode: boolean;
  readonly multiline: boolean;
  readonly reading: Reading<T>;
  constructor(src: string, unicode: boolean, multiline: boolean, reading: Reading<T>) {
    this.src = src;
    this.unicode = unicode;
    this.multiline = multiline;
    this.reading = reading;
  }

  /** a|b|c. */
  alternation(): T {
    let acc = this.sequence();
    while (!this.failed && this.src[this.pos] === "|") {
      this.pos++;
      acc = this.reading.alternative(acc, this.sequence());
    }
    return acc;
  }

  /** abc. */
  sequence(): T {
    let acc = this.reading.empty;
    while (!this.failed && this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      acc = this.reading.followedBy(acc, this.term());
    }
    return acc;
  }

  /** An atom with its quantifier. */
  term(): T {
    const atom = this.atom();
    const { min, max } = this.quantifier();
    return min === 1 && max === 1 ? atom : this.reading.repeat(atom, min, max);
  }

  quantifier(): { readonly min: number; readonly max: number } {
    const c = this.src[this.pos];
    let q: { min: number; max: number };
    if (c === "?") q = { min: 0, max: 1 };
    else if (c === "*") q = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === "+") q = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return { min: 1, max: 1 };
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.pos += m[0].length - 1;
      q = { min, max };
    } else return { min: 1, max: 1 };
    this.pos++;
    if (this.src[this.pos] === "?") this.pos++; // lazy
    return q;
  }

  atom(): T {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$") {
      this.pos++;
      // Without the m flag, ^ holds only at offset 0: what follows it need not be bounded.
      return c === "^" && !this.multiline ? this.reading.start : this.reading.empty;
    }
    if (c === ".") {
      this.pos++;
      return this.reading.any;
    }
    if (c === "\\") return this.escape();
    return this.literal();
  }

  group(): T {
    const rest = this.src.slice(this.pos, this.pos + 4);
    const lookaround =
      rest.startsWith("(?=") || rest.startsWith("(?!") || rest.startsWith("(?<=") || rest.startsWith("(?<!");
    if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) this.pos += 4;
    else if (rest.startsWith("(?=") || rest.startsWith("(?!") || rest.startsWith("(?:")) this.pos += 3;
    else if (rest.startsWith("(?<")) {
      const close = this.src.indexOf(">", this.pos);
      if (close < 0) return this.fail();
      this.pos = close + 1;
    } else if (rest.startsWith("(?"))
      return this.fail(); // modifiers and anything newer: not read
    else this.pos += 1;
    const inner = this.alternation();
    if (this.src[this.pos] !== ")") return this.fail();
    this.pos++;
    // A lookaround consumes nothing: the match starts with what follows it.
    return lookaround ? this.reading.empty : inner;
  }

  charClass(): T {
    const src = this.src;
    this.pos++;
    const negated = src[this.pos] === "^";
    if (negated) this.pos++;
    const units: [number, number][] = [];
    let bounded = true;
    while (this.pos < src.length && src[this.pos] !== "]") {
      const lo = this.classAtom(units);
      if (lo === -2) bounded = false;
      if (src[this.pos] === "-" && src[this.pos + 1] !== "]" && lo >= 0) {
        this.pos++;
        const hi = this.classAtom(units);
        if (hi < 0) return this.fail();
        markRange(units, lo, hi);
      } else if (lo >= 0) markRange(units, lo, lo);
    }
    if (src[this.pos] !== "]") return this.fail();
    this.pos++;
    if (negated || !bounded) return this.reading.any;
    return this.reading.units(units);
  }

  /**
   * One member of a class: returns its code point (a range may follow), -1 for a set escape already marked in
   * `units` (\d, \s, \w), -2 for one that cannot be bounded (\D, \p{…}).
   */
  classAtom(units: [number, number][]): number {
    const src = this.src;
    if (src[this.pos] !== "\\") return this.codePointAt();
    const e = src[this.pos + 1]!;
    if (e === "d" || e === "s" || e === "w") {
      this.pos += 2;
      markSet(units, e);
      return -1;
    }
    if (e === "D" || e === "S" || e === "W" || (this.unicode && (e === "p" || e === "P"))) {
      this.pos += 2;
      if ((e === "p" || e === "P") && src[this.pos] === "{") this.pos = src.indexOf("}", this.pos) + 1;
      return -2;
    }
    if (e === "b") {
      this.pos += 2;
      return 0x08;
    }
    return this.escapedCodePoint();
  }

  escape(): T {
    const src = this.src;
    const e = src[this.pos + 1];
    if (e === undefined) return this.fail();
    if (e === "b" || e === "B") {
      this.pos += 2;
      return this.reading.empty;
    }
    if (e === "d" || e === "s" || e === "w") {
      this.pos += 2;
      const units: [number, number][] = [];
      markSet(units, e);
      return this.reading.units(units);
    }
    if (/[DSW1-9]/.test(e) || (this.unicode && /[pPk]/.test(e))) {
      // Negated sets, properties and backreferences: not bounded (a backreference can even be empty).
      this.pos += 2;
      if ((e === "p" || e === "P") && src[this.pos] === "{") this.pos = src.indexOf("}", this.pos) + 1;
      if (e === "k" && src[this.pos] === "<") this.pos = src.indexOf(">", this.pos) + 1;
      return /[1-9k]/.test(e) ? this.reading.backreference : this.reading.any;
    }
    const cp = this.escapedCodePoint();
    return cp < 0 ? this.fail() : this.reading.units(single(cp));
  }

  literal(): T {
    return this.reading.units(single(this.codePointAt()));
  }

  /** The literal character at pos (a whole surrogate pair under the u flag), advancing past it. */
  codePointAt(): number {
    const cp = this.unicode ? this.src.codePointAt(this.pos)! : this.src.charCodeAt(this.pos);
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** An escape that stands for one character (\n, \u3042, \u{1F600}, \x41, \cJ, \0, \/, \.), advancing past it. */
  escapedCodePoint(): number {
    const src = this.src;
    const e = src[this.pos + 1]!;
    const simple: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, "0": 0 };
    if (e in simple) {
      this.pos += 2;
      return simple[e]!;
    }
    const hex = (len: number) => {
      const h = src.slice(this.pos + 2, this.pos + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== len) return -1;
      this.pos += 2 + len;
      return Number.parseInt(h, 16);
    };
    if (e === "x") return hex(2);
    if (e === "u" && src[this.pos + 2] === "{") {
      const close = src.indexOf("}", this.pos);
      const cp = Number.parseInt(src.slice(this.pos + 3, close), 16);
      this.pos = close + 1;
      return Number.isFinite(cp) ? cp : -1;
    }
    if (e === "u") return hex(4);
    if (e === "c") {
      this.pos += 3;
      return src.charCodeAt(this.pos - 1) % 32;
    }
    this.pos += 1;
    return this.codePointAt();
  }

  fail(): T {
    this.failed = true;
    this.pos = this.src.length;
    return this.reading.any;
  }
}

/** The first code unit of one character, as ranges (a lead surrogate for a character beyond the BMP). */
function single(cp: number): readonly (readonly [number, number])[] {
  const unit = cp > 0xffff ? leadSurrogate(cp) : cp;
  return [[unit, unit]];
}

function leadSurrogate(cp: number): number {
  return 0xd800 + ((cp - 0x10000) >> 10);
}

function merge(a: Units, b: Units): Units {
  return a === null || b === null ? null : [...a, ...b];
}

/** Adds the code points lo…hi; those beyond the BMP as the lead surrogates they start with. */
function markRange(units: [number, number][], lo: number, hi: number): void {
  if (lo <= 0xffff) units.push([lo, Math.min(hi, 0xffff)]);
  if (hi > 0xffff) units.push([leadSurrogate(Math.max(lo, 0x10000)), leadSurrogate(hi)]);
}

/** \d, \s, \w (ECMAScript's definitions: \s is WhiteSpace and LineTerminator). */
function markSet(units: [number, number][], e: "d" | "s" | "w"): void {
  if (e === "d" || e === "w") markRange(units, 0x30, 0x39);
  if (e === "w") {
    markRange(units, 0x41, 0x5a);
    markRange(units, 0x61, 0x7a);
    // Under /iu, \w also matches the characters that case-fold to its letters (ſ, K).
    for (const c of [0x5f, 0x17f, 0x212a]) markRange(units, c, c);
  }
  if (e === "s") {
    for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
      markRange(units, c, c);
    markRange(units, 0x2000, 0x200a);
  }
}

/**
 * Adds to a set the code units that match its members case-insensitively: the other case of each letter, and the
 * characters that Unicode case folding maps onto ASCII letters (ſ for s, the Kelvin sign for k).
 */
function addCaseVariants(units: Set<number>): void {
  for (const c of [...units]) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if (v.length === 1) units.add(v.charCodeAt(0));
  }
  for (const [ascii, other] of FOLDS_ONTO_ASCII) {
    if (units.has(ascii) || units.has(ascii ^ 0x20) || units.has(other)) {
      units.add(ascii);
      units.add(ascii ^ 0x20);
      units.add(other);
    }
  }
}

/** Unicode simple case folding of non-ASCII characters onto ASCII letters (CaseFolding.txt: 017F → s, 212A → k). */
const FOLDS_ONTO_ASCII: readonly (readonly [number, number])[] = [
  [0x73, 0x17f],
  [0x6b, 0x212a],
];

/**
 * For a list of regexes, which of them can start a match at each code unit: the indices (in list order) under every
 * unit, shared between units with the same list. A regex whose start cannot be bounded is listed under every unit;
 * one that can match at offset 0 whatever is there (^) is also listed in `atStart`.
 */
export class StartIndex {
  /** Per code unit, its list's slot in `#lists` (a byte-pair table stays in cache where a pointer per unit did not). */
  readonly #slots = new Uint16Array(0x10000);
  /** Slot 0: the list of the units no regex starts with (those that cannot be bounded, or undefined). */
  readonly #lists: (readonly number[] | undefined)[];
  readonly atStart: readonly number[];

  constructor(res: readonly RegExp[]) {
    const starts = res.map(startsOf);
    const always = starts.flatMap((st, k) => (st === null ? [k] : []));
    const perUnit = new Map<number, number[]>();
    for (const [k, st] of starts.entries()) {
      for (const u of st?.units ?? []) {
        let list = perUnit.get(u);
        if (!list) {
          list = [...always];
          perUnit.set(u, list);
        }
        list.push(k);
      }
    }
    this.#lists = [always.length > 0 ? always : undefined];
    const slotOf = new Map<string, number>();
    for (const [u, list] of perUnit) {
      const sorted = [...list].sort((x, y) => x - y);
      const key = sorted.join(",");
      let slot = slotOf.get(key);
      if (slot === undefined) {
        slot = this.#lists.length;
        this.#lists.push(sorted);
        slotOf.set(key, slot);
      }
      this.#slots[u] = slot;
    }
    this.atStart = starts.flatMap((st, k) => (st === null || st.atStart ? [k] : []));
  }

  /** The regexes that can start a match at the code unit `unit`, or undefined when none can. */
  at(unit: number): readonly number[] | undefined {
    return this.#lists[this.#slots[unit]!];
  }

  /** The slot of the code unit's list: units with the same list share one (listAt reads it). */
  slotAt(unit: number): number {
    return this.#slots[unit]!;
  }

  /** The list in a slot (slotAt), as `at` gives it. */
  listAt(slot: number): readonly number[] | undefined {
    return this.#lists[slot];
  }
}

/** A match of one of an AlternativeScanner's alternatives. */
export type AlternativeMatch = { readonly start: number; readonly end: number; readonly alternative: number };

/**
 * Scans for a list of alternatives as the regex `(a0)|(a1)|…` with `flags` would, reporting which alternative matched,
 * but at each position tries only the alternatives that can start there (one sticky regex per distinct list, built on
 * first use). The alternatives' sources must hold no capturing group of their own.
 */
export class AlternativeScanner {
  readonly #sources: readonly string[];
  readonly #flags: string;
  readonly #index: StartIndex;
  readonly #compiled = new Map<readonly number[], RegExp>();
  readonly #atOffsetZero = new Map<readonly number[] | undefined, readonly number[]>();
  readonly #first: readonly number[] | undefined;
  readonly #unicode: boolean;
  /** The sticky regex of each list slot of the index (StartIndex.slotAt), built on first use. */
  readonly #bySlot: (RegExp | undefined)[] = [];
  /** The first two units a match can start with (null: not bounded). */
  readonly #pairs: PairFilter | null;

  constructor(sources: readonly string[], flags: string) {
    for (const source of sources) {
      if (new RegExp(`${source}|`, flags).exec("")!.length !== 1) throw new Error(`capturing group in ${source}`);
    }
    this.#sources = sources;
    this.#flags = flags.replace(/[gy]/g, "");
    this.#index = new StartIndex(sources.map((s) => new RegExp(s, this.#flags)));
    this.#first = this.#index.atStart.length > 0 ? this.#index.atStart : undefined;
    this.#unicode = /[uv]/.test(this.#flags);
    this.#pairs = PairFilter.of(sources.map((s) => new RegExp(s, this.#flags)));
  }

  /** The leftmost match starting at or after `from` (the first alternative in list order at that position), or null. */
  next(text: string, from = 0): AlternativeMatch | null {
    const index = this.#index;
    const pairs = this.#pairs;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let list: readonly number[] | undefined;
      let re: RegExp;
      if (i === 0 && this.#first !== undefined) {
        list = this.#withFirst(index.at(c));
        re = this.#regexFor(list);
      } else {
        const slot = index.slotAt(c);
        list = index.listAt(slot);
        if (list === undefined || (pairs !== null && !pairs.allows(c, text.charCodeAt(i + 1)))) continue;
        re = this.#bySlot[slot] ??= this.#regexFor(list);
      }
      // Under the u flag a match never starts inside a surrogate pair.
      if (this.#unicode && isInsidePair(text, i)) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null) continue;
      let g = 1;
      while (m[g] === undefined) g++;
      return { start: i, end: i + m[0].length, alternative: list[g - 1]! };
    }
    return null;
  }

  /** True when any alternative matches in `text`. */
  test(text: string): boolean {
    return this.next(text) !== null;
  }

  /** The alternatives that can match at offset 0: those that start with its unit and those anchored there. */
  #withFirst(list: readonly number[] | undefined): readonly number[] {
    let merged = this.#atOffsetZero.get(list);
    if (merged === undefined) {
      merged = [...new Set([...this.#first!, ...(list ?? [])])].sort((x, y) => x - y);
      this.#atOffsetZero.set(list, merged);
    }
    return merged;
  }

  #regexFor(list: readonly number[]): RegExp {
    let re = this.#compiled.get(list);
    if (re === undefined) {
      re = new RegExp(list.map((k) => `(${this.#sources[k]})`).join("|"), `${this.#flags}y`);
      this.#compiled.set(list, re);
    }
    return re;
  }
}

/** Is offset `i` the second half of a surrogate pair? */
function isInsidePair(text: string, i: number): boolean {
  return i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

/*
 * First pairs. firstUnits lets a scan skip the positions whose code unit starts no alternative; but common units start
 * some (を, が, 情, 人 start leak phrases), and each sticky try there costs a regex call (≈100–500 ns). The unit after
 * them rules most out (を only before な, 無, 失; 情 only before 報): a table lookup on the pair first keeps the regex
 * calls to the positions where a match can start. The filter is conservative: when a regex's pairs cannot be bounded
 * it allows every pair.
 */

/**
 * Up to two code-unit sets a match starts with, in order; null stands for any unit. An item shorter than two means
 * the match can end there (or its next unit is unbounded after a zero-width end).
 */
type Item = readonly (ReadonlySet<number> | null)[];

/** Past this many items a part's pairs are merged into first units followed by anything. */
const MAX_ITEMS = 512;
/** Past this many pairs of one item, its first units are allowed before any unit. */
const MAX_PAIRS = 4096;
const EMPTY_ITEM: Item = [];
const ANY_UNIT: readonly Item[] = [[null], [null, null]];

/**
 * For a list of regexes: may a match of one of them start with the code units `first` then `second` (NaN at the
 * text's end)? False only when none can; true whenever the pairs cannot be bounded.
 */
export class PairFilter {
  /** 1 for the first units whose second unit is not constrained. */
  readonly #anySecond = new Uint8Array(0x10000);
  /** 1 at hashOf(first, second) for the allowed pairs (collisions only let more pairs through). */
  readonly #pairs = new Uint8Array(0x10000);

  /** null when some regex's start cannot be bounded by pairs (then no filter applies). */
  static of(res: readonly RegExp[]): PairFilter | null {
    const filter = new PairFilter();
    for (const re of res) {
      const items = itemsOf(re);
      if (items === null) return null;
      for (const item of items) if (!filter.#add(item)) return null;
    }
    return filter;
  }

  /** May a match start with `first` followed by `second`? */
  allows(first: number, second: number): boolean {
    return this.#anySecond[first] === 1 || this.#pairs[hashOf(first, second)] === 1;
  }

  #add(item: Item): boolean {
    const first = item[0];
    if (first === undefined || first === null) return false;
    const second = item[1];
    if (second === undefined || second === null || first.size * second.size > MAX_PAIRS) {
      for (const u of first) this.#anySecond[u] = 1;
      return true;
    }
    for (const u of first) for (const v of second) this.#pairs[hashOf(u, v)] = 1;
    return true;
  }
}

/** A 16-bit hash of a pair of code units (NaN, past the text's end, hashes as 0). */
function hashOf(first: number, second: number): number {
  return (Math.imul(first, 0x9e37) ^ second) & 0xffff;
}

/** The items a match of `re` starts with, or null when they cannot be read (the v flag, syntax not read). */
function itemsOf(re: RegExp): readonly Item[] | null {
  return readSource(re, itemsReading(re.unicode, re.ignoreCase));
}

/** The first two units of a regex's parts (itemsOf), with their other cases under the i flag. */
function itemsReading(unicode: boolean, ignoreCase: boolean): Reading<readonly Item[]> {
  return {
    empty: [EMPTY_ITEM],
    // ^ holds only at offset 0, which the scanners try apart: what follows it starts the pairs.
    start: [EMPTY_ITEM],
    any: ANY_UNIT,
    backreference: [EMPTY_ITEM, ...ANY_UNIT],
    units: (ranges) => {
      const units = new Set<number>();
      for (const [lo, hi] of ranges) for (let u = lo; u <= hi; u++) units.add(u);
      if (ignoreCase) addCaseVariants(units);
      // Under the u flag one character may take two code units (a surrogate pair): then anything may come second.
      for (const u of units) if (unicode && u >= 0xd800 && u <= 0xdbff) return [[units], [units, null]];
      return [[units]];
    },
    alternative: (a, b) => capped([...a, ...b]),
    followedBy: concat,
    // The items of 0, 1 or 2 repetitions past the least count are all a prefix needs.
    repeat: (atom, min, max) => {
      let out: Item[] = [];
      let power: readonly Item[] = [EMPTY_ITEM];
      for (let k = 0; k <= Math.min(max, min + 2); k++) {
        if (k >= min) out = [...out, ...power];
        power = concat(power, atom);
      }
      return capped(out);
    },
  };
}

/** Each item of `a` followed by each of `b`, cut to two units. */
function concat(a: readonly Item[], b: readonly Item[]): readonly Item[] {
  const out: Item[] = [];
  for (const x of a) {
    if (x.length >= 2) out.push(x);
    else if (x.length === 0) out.push(...b);
    else for (const y of b) out.push(y.length === 0 ? x : [x[0]!, y[0]!]);
  }
  return capped(out);
}

/** Numbers for the unit sets (null: 0), so that items can be told apart by a key. */
const SET_IDS = new WeakMap<ReadonlySet<number>, number>();

function setId(set: ReadonlySet<number> | null): number {
  if (set === null) return 0;
  let id = SET_IDS.get(set);
  if (id === undefined) {
    id = SET_IDS_NEXT.value++;
    SET_IDS.set(set, id);
  }
  return id;
}

const SET_IDS_NEXT = { value: 1 };

/** The items without repeats (the same unit sets in the same order). */
function distinct(items: readonly Item[]): readonly Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const x of items) {
    const key = x.map(setId).join(",") + (x.length === 0 ? "e" : "");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
  return out;
}

/** Items past MAX_ITEMS merged: the two-unit ones into their first units before anything. */
function capped(all: readonly Item[]): readonly Item[] {
  if (all.length <= 32) return all;
  const items = distinct(all);
  if (items.length <= MAX_ITEMS) return items;
  const short = items.filter((x) => x.length < 2);
  let firsts: Set<number> | null = new Set<number>();
  for (const x of items) {
    if (x.length < 2) continue;
    const f = x[0]!;
    if (f === null) {
      firsts = null;
      break;
    }
    for (const u of f) firsts.add(u);
  }
  const merged: Item[] = firsts === null ? [[null, null]] : [[firsts, null]];
  return [...dedupeShort(short), ...merged];
}

/** The items shorter than two, merged by length (the empty one, and one of the union of the one-unit ones). */
function dedupeShort(items: readonly Item[]): readonly Item[] {
  const out: Item[] = [];
  if (items.some((x) => x.length === 0)) out.push(EMPTY_ITEM);
  const ones = items.filter((x) => x.length === 1);
  if (ones.length === 0) return out;
  if (ones.some((x) => x[0] === null)) return [...out, [null]];
  const units = new Set<number>();
  for (const x of ones) for (const u of x[0]!) units.add(u);
  return [...out, [units]];
}
