import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  AlternativeScanner,
  firstUnits,
  guidedMatches,
  guidedTest,
  PairFilter,
  StartIndex,
  topAlternatives,
} from "./first-units.js";

const members = (re: RegExp): string[] | null => {
  const starts = firstUnits(re);
  if (starts === null) return null;
  const out: string[] = starts.atStart ? ["^"] : [];
  for (let c = 0; c < starts.units.length; c++) if (starts.units[c] === 1) out.push(String.fromCharCode(c));
  return out;
};

describe("firstUnits", () => {
  it.each<[RegExp, string[] | null]>([
    [/流出|漏え?い|紛失/, ["流", "漏", "紛"]],
    [/(?:不正)?アクセス/, ["不", "ア"]],
    [/(?<!コロナ)ウイルス/, ["ウ"]],
    [/(?=個人)情報|個人/, ["個", "情"]],
    [/[0-9０-２]件/, [..."0123456789０１２"]],
    [/\d+人/, [..."0123456789"]],
    [/^\s*[■●]/, ["^"]],
    // With the m flag ^ also holds after a line break: the match starts with what follows it.
    [
      /^\s*[■●]/m,
      [
        ..."\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff■●",
      ],
    ],
    [/^[^、。]{1,20}とは|ましょう/, ["^", "ま"]],
    [/(?:^|、)\s*[0-9]件目/, ["^", "、"]],
    [/^\s*漏|^$/m, null],
    [/\u3042|\x41/, ["A", "あ"]],
    [/e-?mail/i, ["E", "e"]],
    [/(?:ID|ＩＤ)番号/iu, ["I", "i", "Ｉ", "ｉ"]],
    [/s/iu, ["S", "s", "ſ"]],
    [/\p{Script=Han}+/u, null],
    [/[^。]{0,8}漏/, null],
    [/.漏/, null],
    [/漏?/, null],
    [/(?:漏|)/, null],
    [/(a)\1/, ["a"]],
    // A backreference (here, without a group, an octal escape in legacy syntax) is not bounded.
    [new RegExp(["\\", "1a"].join("")), null],
  ])("%s starts with %j", (re, expected) => {
    expect(members(re)?.sort() ?? null).toEqual(expected?.sort() ?? null);
  });
});

/** Every match of a global regex from lastIndex 0, as [index, text]. */
function globalMatches(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}g`);
  const out: [number, string][] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** Every match found by trying the regex (sticky) only where firstUnits says one can start, as [index, text]. */
function scannerMatches(re: RegExp, text: string): [number, string][] {
  const starts = firstUnits(re);
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}y`);
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const possible = starts === null || starts.units[text.charCodeAt(i)] === 1 || (i === 0 && starts.atStart);
    // Under the u flag a match never starts inside a surrogate pair.
    const inPair = re.unicode && i > 0 && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);
    if (!possible || inPair) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push([i, m[0]]);
    i += Math.max(1, m[0].length) - 1;
  }
  return out;
}

const PATTERNS: readonly RegExp[] = [
  /流出|漏え?い|漏洩|(?:不正)?アクセス|(?<!コロナ)ウイルス(?:に)?感染/,
  /[0-9０-９][0-9０-９,，.．]*\s*(?:[万億千]|人|名|件)|[一二三十百千万][人名件]/,
  /(氏名|名前)|(住所)|(電話番号|電話)|(メールアドレス|e-?mail)/giu,
  /パスワード(?!の(?:設定|変更))|(?:ID|ＩＤ)を/iu,
  /(?:^|、)\s*(?:[0-9０-９]+件目|もう[1１一]件)/,
  /^\s*[・●]\s*「[^」]{2,}」\s*$|ましょう|^[^、。]{1,6}とは/,
  /^漏|流出$/m,
  /😀漏|漏😀/u,
  /\bSQLi\b|ＳＱＬ/i,
];

describe("firstUnits as a scanner", () => {
  const alphabet = [
    ..."流出漏えい洩不正アクセスコロナウイルスに感染0１2,，.万人名件一二三十、もう氏名前住所電話番号メールアドレスemailEMAILパスワードの設定変更IDＩＤｉｄを SQLiＳＱＬx😀",
  ];
  const text = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 });

  test.prop([fc.constantFrom(...PATTERNS), text])("finds the matches the global regex finds, in order", (re, t) => {
    expect(scannerMatches(re, t)).toEqual(globalMatches(re, t));
  });

  test.prop([fc.constantFrom(...PATTERNS.filter((re) => firstUnits(re) !== null)), text])(
    "guidedMatches finds the matches (with their groups) the global regex finds",
    (re, t) => {
      const global = new RegExp(re.source, `${re.flags.replace(/[gy]/g, "")}g`);
      const found = guidedMatches(global)(t).map((m) => [m.index, ...m]);
      const expected = [...t.matchAll(global)].map((m) => [m.index, ...m]);
      expect(found).toEqual(expected);
    },
  );

  it("never starts a match inside a surrogate pair under the u flag", () => {
    // \uDE00 alone is the second half of 😀 (U+1F600): the global regex does not match it there, nor may the scanner.
    const re = /\uDE00/u;
    expect(scannerMatches(re, "a😀b")).toEqual(globalMatches(re, "a😀b"));
  });
});

describe("PairFilter", () => {
  const alphabet = [
    ..."流出漏えい洩不正アクセスコロナウイルスに感染0１2,，.万人名件一二三十、もう氏名前住所電話番号メールアドレスemailEMAILパスワードの設定変更IDＩＤｉｄを SQLiＳＱＬx😀",
  ];
  const text = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 });

  test.prop([fc.constantFrom(...PATTERNS), text])("allows the first two units of every match", (re, t) => {
    const pairs = PairFilter.of([re]);
    for (const [at] of globalMatches(re, t)) {
      if (pairs !== null) expect(pairs.allows(t.charCodeAt(at), t.charCodeAt(at + 1))).toBe(true);
    }
  });

  it("rules out the pairs no alternative starts with", () => {
    const pairs = PairFilter.of([/(?:を|が)(?:なくし|無くし)|情報|[人件]分?の/])!;
    expect(pairs.allows("を".charCodeAt(0), "な".charCodeAt(0))).toBe(true);
    expect(pairs.allows("件".charCodeAt(0), "の".charCodeAt(0))).toBe(true);
    expect(pairs.allows("件".charCodeAt(0), "分".charCodeAt(0))).toBe(true);
    expect(pairs.allows("情".charCodeAt(0), "報".charCodeAt(0))).toBe(true);
    expect(pairs.allows("を".charCodeAt(0), "し".charCodeAt(0))).toBe(false);
    expect(pairs.allows("情".charCodeAt(0), Number.NaN)).toBe(false);
  });

  it("allows anything after a unit a match can end with, and nothing bounds a wildcard", () => {
    expect(PairFilter.of([/漏$|流出/])!.allows("漏".charCodeAt(0), Number.NaN)).toBe(true);
    expect(PairFilter.of([/.漏/])).toBeNull();
  });
});

describe("topAlternatives", () => {
  it("splits at the top level only, and not a source with a backreference", () => {
    expect(topAlternatives("a|(?:b|c)|[|]|\\|")).toEqual(["a", "(?:b|c)", "[|]", "\\|"]);
    expect(topAlternatives("(a)\\1|b")).toBeNull();
  });
});

describe("StartIndex", () => {
  it("lists, per code unit, the regexes that can start there, in order", () => {
    const index = new StartIndex([/流出|漏/, /漏洩/, /^\s*■/, /[^。]件/]);
    expect(index.at("流".charCodeAt(0))).toEqual([0, 3]);
    expect(index.at("漏".charCodeAt(0))).toEqual([0, 1, 3]);
    expect(index.atStart).toEqual([2, 3]);
  });
});

describe("AlternativeScanner", () => {
  const ALTERNATIVES = [
    "氏名",
    "名前",
    "住所",
    "電話番号",
    "電話",
    "e-?mail",
    "(?:ID|ＩＤ)を",
    "^\\s*・",
    "パスワード(?!の(?:設定|変更))",
  ];
  const combined = new RegExp(ALTERNATIVES.map((a) => `(${a})`).join("|"), "giu");
  const scanner = new AlternativeScanner(ALTERNATIVES, "iu");
  const alphabet = [..."氏名前住所電話番号emailEMAILＩＤｉｄをパスワードの設定変更・ x"];

  test.prop([fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 })])(
    "finds what the combined regex finds, with the alternative that matched",
    (text) => {
      const expected: [number, number, number][] = [];
      combined.lastIndex = 0;
      for (let m = combined.exec(text); m !== null; m = combined.exec(text)) {
        expected.push([m.index, m.index + m[0].length, m.slice(1).findIndex((g) => g !== undefined)]);
      }
      const found: [number, number, number][] = [];
      for (let m = scanner.next(text); m !== null; m = scanner.next(text, Math.max(m.end, m.start + 1))) {
        found.push([m.start, m.end, m.alternative]);
      }
      expect(found).toEqual(expected);
    },
  );

  it("never starts a match inside a surrogate pair under the u flag", () => {
    const astral = new AlternativeScanner(["[^a]c", "😀"], "u");
    const found = [];
    for (let m = astral.next("x😀d😀c"); m !== null; m = astral.next("x😀d😀c", m.end)) found.push(m);
    expect(found).toEqual([
      { start: 1, end: 3, alternative: 1 },
      { start: 4, end: 7, alternative: 0 },
    ]);
  });

  it("refuses alternatives with capturing groups of their own", () => {
    expect(() => new AlternativeScanner(["(氏)名"], "u")).toThrow(/capturing group/);
  });
});

describe("guidedTest", () => {
  const PATTERNS = [
    /流出|漏え?い|紛失|誤って|(?:他人|別の[^。、]{0,4}?)の[^。]{0,6}(?:表示|送付)/,
    /^\s*・|パスワード(?!の変更)/u,
    /(?:抜かれ)(?<=(?:情報|データ)[^。]{0,6}抜かれ)/,
    /[^a]c|😀/u,
  ];
  const alphabet = [..."流出漏えい紛失誤って他人別のへ表示送付・パスワード変更抜かれ情報データ。、 ac😀"];
  test.prop([fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 30 })])(
    "answers as the regex's own test does",
    (text) => {
      for (const re of PATTERNS) expect(guidedTest(re)(text)).toBe(re.test(text));
    },
  );
});
