import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Count,
  findCounts,
  findNumerals,
  formatJapaneseNumber,
  type NumberStyle,
  parseJapaneseNumber,
} from "./japanese-number.js";
import { COUNTERS, LEXICAL_NUMERAL_WORDS } from "./japanese-number-lexicon.js";

describe("parseJapaneseNumber", () => {
  it.each([
    ["37,247", 37247],
    ["１２，１３９", 12139],
    ["６，３４７", 6347],
    ["1992", 1992],
    ["3.7万", 37000],
    ["2.3万", 23000],
    ["３．７万", 37000],
    ["1.5億", 150000000],
    ["0.5万", 5000],
    ["二十八", 28],
    ["三千六百", 3600],
    ["百二十", 120],
    ["十", 10],
    ["一万二千", 12000],
    ["三万五千", 35000],
    ["十二万", 120000],
    ["〇", 0],
    ["零", 0],
    ["千二百三十四", 1234],
    ["二〇二三", 2023],
    ["1億7800万", 178000000],
    ["2万3千", 23000],
    ["16万4,650", 164650],
    ["9万2822", 92822],
    ["2万9千", 29000],
    ["148万", 1480000],
    ["1兆2億", 1000200000000],
    ["一億二千万", 120000000],
    ["千万", 10000000],
    ["3.7", 3.7],
  ])("%s → %d", (input, expected) => {
    expect(parseJapaneseNumber(input)).toBe(expected);
  });

  it.each([
    [""],
    ["約3万"],
    ["数十"],
    ["数百"],
    ["数千"],
    ["万"],
    ["億"],
    ["abc"],
    ["12,34"],
    ["1,2345"],
    ["2.3.1"],
    ["1万2万"],
    ["1万12345"],
    ["十十"],
    ["二三十"],
    ["1.5億3000万"],
    ["3人"],
    ["9007199254740993"],
    ["1".repeat(100)],
  ])("%s → null", (input) => {
    expect(parseJapaneseNumber(input)).toBeNull();
  });
});

describe("formatJapaneseNumber", () => {
  it.each<[number, NumberStyle, string]>([
    [164650, "arabic", "164650"],
    [164650, "comma", "164,650"],
    [12139, "fullwidth", "１２，１３９"],
    [164650, "man", "16万4650"],
    [178000000, "man", "1億7800万"],
    [100000001, "man", "1億1"],
    [0, "man", "0"],
    [12139, "kanji", "一万二千百三十九"],
    [10000000, "kanji", "千万"],
    [0, "kanji", "〇"],
  ])("%d as %s → %s", (n, style, expected) => {
    expect(formatJapaneseNumber(n, style)).toBe(expected);
  });

  it("throws on numbers it cannot write", () => {
    expect(() => formatJapaneseNumber(-1, "arabic")).toThrow(RangeError);
    expect(() => formatJapaneseNumber(1.5, "man")).toThrow(RangeError);
  });

  const styles: readonly NumberStyle[] = ["arabic", "comma", "fullwidth", "man", "kanji"];
  test.prop([fc.maxSafeNat(), fc.constantFrom(...styles)])("parse(format(n, style)) === n", (n, style) => {
    expect(parseJapaneseNumber(formatJapaneseNumber(n, style))).toBe(n);
  });
  test.prop([fc.stringMatching(/^[0-9]{1,15}$/)])("a digit run, leading zeros too, reads as Number() reads it", (d) => {
    expect(parseJapaneseNumber(d)).toBe(Number(d));
  });
  test.prop([fc.stringMatching(/^[0-9]{1,4}$/), fc.stringMatching(/^[0-9]{1,4}$/)])(
    "N万M reads as N × 10^4 + M",
    (n, m) => {
      expect(parseJapaneseNumber(`${n}万${m}`)).toBe(Number(n) * 10_000 + Number(m));
    },
  );
  test.prop([fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(...styles)])(
    "small numbers round-trip",
    (n, style) => {
      expect(parseJapaneseNumber(formatJapaneseNumber(n, style))).toBe(n);
    },
  );
});

describe("findNumerals", () => {
  const shape = (text: string) => findNumerals(text).map((n) => [n.text, n.value, n.kind, n.ordinal ?? false]);

  it.each([
    ["約2万9千件", [["2万9千", 29000, "mixed", false]]],
    ["二十八人分", [["二十八", 28, "kanji", false]]],
    ["１２，１３９人", [["１２，１３９", 12139, "arabic", false]]],
    ["第1報", [["1", 1, "arabic", true]]],
    ["第三者", [["三", 3, "kanji", true]]],
    ["第1四半期", [["1", 1, "arabic", true]]],
    ["一人が", [["一", 1, "kanji", false]]],
    ["十一時に", [["十一", 11, "kanji", false]]],
    ["三十分後", [["三十", 30, "kanji", false]]],
    ["二十一部", [["二十一", 21, "kanji", false]]],
    [
      "v2.3.1",
      [
        ["2", 2, "arabic", false],
        ["3", 3, "arabic", false],
        ["1", 1, "arabic", false],
      ],
    ],
    ["3.7万人", [["3.7万", 37000, "mixed", false]]],
    ["万人が", []],
    ["一部の顧客", []],
    ["一方で", []],
    ["一時停止", []],
    ["一度", []],
    ["一般の", []],
    ["一緒に", []],
    ["一斉に", []],
    ["一連の", []],
    ["一致した", []],
    ["一環として", []],
    ["一層", []],
    ["一切ない", []],
    ["一人ひとり", []],
    ["同一の", []],
    ["統一した", []],
    ["唯一の", []],
    ["万一の", []],
    ["万全の", []],
    ["千葉県", []],
    ["十分な", []],
    ["一日中", []],
    ["一番", []],
    ["数十人", []],
    ["数万件", []],
    ["十数人", []],
    ["一石二鳥", []],
    ["二次被害", []],
    ["八百屋", []],
  ])("%s", (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  test.prop([fc.string({ unit: fc.constantFrom(..."0123456789,.一二十百千万億約第数部人件 ,abc") })])(
    "spans are ordered, non-overlapping and match the text",
    (text) => {
      let last = 0;
      for (const n of findNumerals(text)) {
        expect(n.start).toBeGreaterThanOrEqual(last);
        expect(n.end).toBeGreaterThan(n.start);
        expect(text.slice(n.start, n.end)).toBe(n.text);
        last = n.end;
      }
    },
  );

  it.each([
    ["digits", "1".repeat(100_000)],
    ["万", "万".repeat(100_000)],
    ["一", "一".repeat(100_000)],
    ["digits and commas", "1,".repeat(50_000)],
    ["mixed", "1万一".repeat(33_000)],
  ])("100 KB of %s finishes quickly", (_name, text) => {
    const started = performance.now();
    findNumerals(text);
    findCounts(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("findCounts", () => {
  type Row = [text: string, value: number, unit: Count["unit"], qualifier: Count["qualifier"]];
  const shape = (input: string): Row[] => findCounts(input).map((c) => [c.text, c.value, c.unit, c.qualifier]);

  it.each<[string, Row[]]>([
    ["12万件が流出", [["12万件", 120000, "records", "exact"]]],
    ["3.7万人分の情報", [["3.7万人分", 37000, "people", "exact"]]],
    ["約2万9千件", [["約2万9千件", 29000, "records", "approx"]]],
    [
      "5件(11人分)",
      [
        ["5件", 5, "records", "exact"],
        ["11人分", 11, "people", "exact"],
      ],
    ],
    ["１２，１３９人", [["１２，１３９人", 12139, "people", "exact"]]],
    ["二十八人分", [["二十八人分", 28, "people", "exact"]]],
    ["四百人余り", [["四百人余り", 400, "people", "at_least"]]],
    ["のべ466名分", [["のべ466名分", 466, "people", "cumulative"]]],
    ["約9,500件", [["約9,500件", 9500, "records", "approx"]]],
    ["16万4,650人", [["16万4,650人", 164650, "people", "exact"]]],
    ["1億7800万人分", [["1億7800万人分", 178000000, "people", "exact"]]],
    ["合計37,247名分", [["合計37,247名分", 37247, "people", "exact"]]],
    ["37,247名分", [["37,247名分", 37247, "people", "exact"]]],
    ["（97名分）", [["97名分", 97, "people", "exact"]]],
    ["最大12万件", [["最大12万件", 120000, "records", "max"]]],
    ["最大で65万件", [["最大で65万件", 650000, "records", "max"]]],
    ["最大約12万人", [["最大約12万人", 120000, "people", "max"]]],
    ["延べ約1万2千人分", [["延べ約1万2千人分", 12000, "people", "cumulative"]]],
    ["少なくとも500件以上", [["少なくとも500件以上", 500, "records", "at_least"]]],
    ["約1万人以上", [["約1万人以上", 10000, "people", "at_least"]]],
    // 少なくとも, 最大で before the word for those counted: the count's span is its own, the qualifier theirs.
    ["少なくとも患者38人分", [["38人分", 38, "people", "at_least"]]],
    ["最大で顧客約1万2千人分", [["約1万2千人分", 12000, "people", "max"]]],
    ["最大手の顧客30人", [["30人", 30, "people", "exact"]]],
    ["連絡先約410件", [["約410件", 410, "records", "approx"]]],
    ["契約10件", [["10件", 10, "records", "exact"]]],
    ["累計約3万件", [["累計約3万件", 30000, "records", "cumulative"]]],
    ["合計約2万3千人分", [["合計約2万3千人分", 23000, "people", "approx"]]],
    ["およそ300人", [["およそ300人", 300, "people", "approx"]]],
    ["1万人超", [["1万人超", 10000, "people", "at_least"]]],
    ["1万件を超える", [["1万件を超える", 10000, "records", "at_least"]]],
    ["500人程度", [["500人程度", 500, "people", "approx"]]],
    ["1000件前後", [["1000件前後", 1000, "records", "approx"]]],
    ["2万人弱", [["2万人弱", 20000, "people", "approx"]]],
    ["1億円強", [["1億円強", 100000000, "other", "at_least"]]],
    ["最低でも30社", [["最低でも30社", 30, "other", "at_least"]]],
    ["顧客1,204名", [["1,204名", 1204, "people", "exact"]]],
    ["メール3,000通", [["3,000通", 3000, "records", "exact"]]],
    ["書類 25 枚", [["25 枚", 25, "records", "exact"]]],
    ["110万円相当", [["110万円", 1100000, "other", "exact"]]],
    ["6,347件", [["6,347件", 6347, "records", "exact"]]],
    ["約3,500万件", [["約3,500万件", 35000000, "records", "approx"]]],
    ["契約1,000件", [["1,000件", 1000, "records", "exact"]]],
    ["一人が", [["一人", 1, "people", "exact"]]],
    ["3件強制", [["3件", 3, "records", "exact"]]],
    ["統計1,000件", [["1,000件", 1000, "records", "exact"]]],
    ["計1,000件", [["計1,000件", 1000, "records", "exact"]]],
    ["一部の顧客", []],
    ["一時停止", []],
    ["一人ひとりに", []],
    ["第1報", []],
    ["第2回", []],
    ["2020年", []],
    ["0120-369-577", []],
    ["10:15", []],
    ["CVE-2017-5638", []],
    ["3月13日", []],
    ["数十人", []],
    ["3人目", []],
    ["名古屋市の3名古屋", []],
    ["人気", []],
    ["一個ずつ検討", []],
  ])("%s", (input, expected) => {
    expect(shape(input)).toEqual(expected);
  });

  it("keeps the counter and the qualifier words", () => {
    expect(findCounts("最大約12万人分")).toEqual([
      {
        start: 0,
        end: 8,
        text: "最大約12万人分",
        value: 120000,
        unit: "people",
        counter: "人分",
        qualifier: "max",
        qualifierText: "最大約",
      },
    ]);
    expect(findCounts("1万人超")[0]).toMatchObject({ counter: "人", qualifierText: "超" });
  });

  it("finds no counter starting at a numeral of a lexical word (runs ending there are skipped unread)", () => {
    const numerals = new Set([..."〇零一二三四五六七八九十百千万億兆"]);
    for (const word of LEXICAL_NUMERAL_WORDS) {
      for (let k = 0; k < word.length; k++) {
        if (!numerals.has(word.charAt(k))) continue;
        const tail = word.slice(k);
        const clash = COUNTERS.filter((r) => r.text.startsWith(tail) || tail.startsWith(r.text));
        expect(clash.map((r) => `${word}: ${r.text}`)).toEqual([]);
      }
    }
  });

  test.prop([fc.string()])("never throws and returns in-range spans", (text) => {
    for (const c of findCounts(text)) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(Number.isSafeInteger(c.value)).toBe(true);
    }
  });
  test.prop([fc.string({ unit: fc.constantFrom(..."0123456789,.約最大延べ合計人名件分以上超一二十百千万") })])(
    "counts on count-like text are in order",
    (text) => {
      let last = 0;
      for (const c of findCounts(text)) {
        expect(c.start).toBeGreaterThanOrEqual(last);
        last = c.start;
      }
    },
  );
});
