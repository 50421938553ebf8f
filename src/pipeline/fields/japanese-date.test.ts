import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type DateMention, eraToYear, findDates, resolveDate, toContractDate } from "./japanese-date.js";

/** The fields a row checks; optional fields are compared only when the row names them. */
type Expected = Partial<Omit<DateMention, "start" | "end">>;

const NONE = { year: null, month: null, day: null };

describe("findDates", () => {
  it.each<[string, Expected[]]>([
    ["2017年4月7日", [{ text: "2017年4月7日", year: 2017, month: 4, day: 7, yearSource: "explicit" }]],
    ["2017/4/7", [{ text: "2017/4/7", year: 2017, month: 4, day: 7 }]],
    ["2017-04-07", [{ text: "2017-04-07", year: 2017, month: 4, day: 7 }]],
    ["2017.4.7", [{ text: "2017.4.7", year: 2017, month: 4, day: 7 }]],
    ["２０２４年１２月３日に", [{ text: "２０２４年１２月３日", year: 2024, month: 12, day: 3 }]],
    ["令和5年3月30日", [{ year: 2023, month: 3, day: 30, yearSource: "era" }]],
    ["令和元年", [{ year: 2019, month: null, day: null, yearSource: "era" }]],
    // A paper's short year before its month (同社は21年6月、…); an era's year stays the era's.
    ["同社は21年6月、公表していた", [{ text: "21年6月", year: 2021, month: 6, day: null, yearSource: "explicit" }]],
    ["平成21年6月に", [{ text: "平成21年6月", year: 2009, month: 6 }]],
    ["令和1年", [{ year: 2019 }]],
    ["平成1年", [{ year: 1989 }]],
    ["昭和64年", [{ year: 1989 }]],
    ["平成27年6月1日", [{ year: 2015, month: 6, day: 1, yearSource: "era" }]],
    ["平成23年度", [{ text: "平成23年度", year: 2011, month: null, fiscal: true }]],
    ["2023年度の", [{ year: 2023, fiscal: true }]],
    ["R5.3.30", [{ year: 2023, month: 3, day: 30, yearSource: "era" }]],
    ["H27.6.1", [{ year: 2015, month: 6, day: 1, yearSource: "era" }]],
    ["3月13日", [{ ...NONE, month: 3, day: 13, yearSource: "none" }]],
    // A fiscal period named by its closing month dates no event.
    ["2027年3月期の業績予想", []],
    ["3月期決算", []],
    ["3/27", [{ month: 3, day: 27, year: null }]],
    [
      "3/27、3/28",
      [
        { text: "3/27", month: 3, day: 27 },
        { text: "3/28", month: 3, day: 28 },
      ],
    ],
    [
      "9/10-9/30",
      [
        { text: "9/10", month: 9, day: 10, rangeStart: true },
        { text: "9/30", month: 9, day: 30, rangeEnd: true },
      ],
    ],
    [
      "9/10～9/30",
      [
        { month: 9, day: 10, rangeStart: true },
        { month: 9, day: 30, rangeEnd: true },
      ],
    ],
    [
      "9月10日から9月30日まで",
      [
        { text: "9月10日", rangeStart: true },
        { text: "9月30日", month: 9, day: 30, rangeEnd: true },
      ],
    ],
    [
      "2020年から24年にかけて",
      [
        { text: "2020年", year: 2020, rangeStart: true },
        { text: "24年", year: 2024, month: null, rangeEnd: true },
      ],
    ],
    [
      "2015年から2018年",
      [
        { year: 2015, rangeStart: true },
        { year: 2018, rangeEnd: true },
      ],
    ],
    [
      "2017年4月7日から6月2日まで",
      [
        { year: 2017, month: 4, day: 7, rangeStart: true },
        { text: "6月2日", year: 2017, month: 6, day: 2, rangeEnd: true },
      ],
    ],
    [
      "2023年12月20日～1月5日",
      [
        { year: 2023, rangeStart: true },
        { year: 2024, month: 1, day: 5, rangeEnd: true },
      ],
    ],
    [
      "9月10日～30日",
      [
        { month: 9, day: 10, rangeStart: true },
        { text: "30日", month: 9, day: 30, rangeEnd: true },
      ],
    ],
    ["2024年5月", [{ year: 2024, month: 5, day: null }]],
    ["2025年", [{ year: 2025, month: null, day: null, yearSource: "explicit" }]],
    ["5月に発覚", [{ text: "5月", ...NONE, month: 5 }]],
    ["5月から", [{ month: 5 }]],
    ["4月末", [{ month: 4, part: "end" }]],
    ["5月病", []],
    ["23日夜", [{ text: "23日夜", ...NONE, day: 23, time: "夜" }]],
    ["同月25日", [{ ...NONE, day: 25, relative: "same_month", yearSource: "relative" }]],
    ["同25日", [{ day: 25, relative: "same_month" }]],
    ["16日午前8時50分ごろ", [{ day: 16, month: null, time: "午前8時50分ごろ" }]],
    ["翌6日", [{ ...NONE, day: 6, relative: "next_day" }]],
    ["同日午後", [{ ...NONE, relative: "same_day", time: "午後" }]],
    ["昨年11月下旬ごろ", [{ text: "昨年11月下旬ごろ", year: null, month: 11, relative: "last_year", part: "late" }]],
    ["昨年3月", [{ month: 3, relative: "last_year", yearSource: "relative" }]],
    ["去年(平成29年)1月10日", [{ year: 2017, month: 1, day: 10, yearSource: "era" }]],
    ["昨年（2023年）12月", [{ year: 2023, month: 12, yearSource: "explicit" }]],
    ["一昨年春", [{ ...NONE, relative: "year_before_last" }]],
    ["先月24日", [{ ...NONE, day: 24, relative: "last_month" }]],
    ["今月18日", [{ day: 18, relative: "this_month" }]],
    ["今年1月", [{ month: 1, relative: "this_year" }]],
    ["本年", [{ ...NONE, relative: "this_year" }]],
    ["昨日", [{ ...NONE, relative: "yesterday" }]],
    ["1/22付け", [{ text: "1/22付け", month: 1, day: 22 }]],
    ["8月20日付", [{ text: "8月20日付", month: 8, day: 20 }]],
    ["3日のプレスリリース", [{ text: "3日", ...NONE, day: 3 }]],
    ["5月5日午前9時30分頃から午前10時15分まで", [{ month: 5, day: 5, time: "午前9時30分頃" }]],
    ["3月5日21時半ころ", [{ month: 3, day: 5, time: "21時半ころ" }]],
    ["3月13日(月)午前10時", [{ text: "3月13日(月)午前10時", time: "午前10時" }]],
    ["2024年2月29日", [{ year: 2024, month: 2, day: 29 }]],
    ["1/3の", []],
    ["2/3以上", []],
    ["2.3.1", []],
    ["v2.3.1", []],
    ["0120-369-577", []],
    ["03-1234-5678", []],
    ["2,000件", []],
    ["CVE-2017-5638", []],
    ["24時間", []],
    ["10:15", []],
    ["3日間", []],
    ["約10日", []],
    ["2000年前", []],
    ["13月", []],
    ["2月30日", []],
    ["2023年2月29日", []],
    ["平成40年", []],
    ["日本年金機構", []],
    ["前年比", []],
    ["2020年代", []],
    ["毎月10日", []],
    ["M5.3.1", []],
  ])("%s", (text, expected) => {
    const found = findDates(text);
    expect(found).toHaveLength(expected.length);
    found.forEach((m, i) => {
      expect(m).toMatchObject(expected[i] ?? {});
    });
  });

  it.each<[string, Expected[]]>([
    ["市は十七日、発表した", [{ text: "十七日", ...NONE, day: 17 }]],
    ["平成二十九年十月三日", [{ text: "平成二十九年十月三日", year: 2017, month: 10, day: 3, yearSource: "era" }]],
    ["二〇二三年四月", [{ text: "二〇二三年四月", year: 2023, month: 4, day: null }]],
    ["八月十日に", [{ text: "八月十日", ...NONE, month: 8, day: 10 }]],
    ["一日も早く", []],
    ["四千五百人", []],
    ["第三日", []],
  ])("kanji numerals: %s", (text, expected) => {
    const got = findDates(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(got[i]).toMatchObject(e);
    });
  });

  it("maps a kanji date's span onto the original text", () => {
    const [m] = findDates("県は二十二日、", 100);
    expect(m).toMatchObject({ start: 102, end: 106, text: "二十二日" });
  });

  it("gives spans in the original string", () => {
    const text = "同社は２０２４年１２月３日、昨年11月下旬ごろに";
    for (const m of findDates(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findDates(text).map((m) => m.start)).toEqual([3, 14]);
  });

  it("lets an explicit year in parentheses replace the relative word", () => {
    expect(findDates("去年(平成29年)1月10日")[0]).not.toHaveProperty("relative");
  });

  test.prop([fc.string()])("never throws; spans are in range and ordered", (text) => {
    let last = 0;
    for (const m of findDates(text)) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      last = m.end;
    }
  });
  test.prop([fc.string({ unit: fc.constantFrom(..."0123456789/-.年月日同翌昨令和元平成から～ ") })])(
    "date-like text: spans ordered, months and days valid",
    (text) => {
      let last = 0;
      for (const m of findDates(text)) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        if (m.month !== null) expect(m.month).toBeGreaterThanOrEqual(1);
        if (m.month !== null) expect(m.month).toBeLessThanOrEqual(12);
        if (m.day !== null) expect(m.day).toBeLessThanOrEqual(31);
        last = m.end;
      }
    },
  );

  it.each([
    ["digits", "1".repeat(100_000)],
    ["年月日", "年月日".repeat(34_000)],
    ["digits and slashes", "1/".repeat(50_000)],
    ["digit-年 pairs", "1年".repeat(50_000)],
  ])("100 KB of %s completes", (_name, text) => {
    expect(Array.isArray(findDates(text))).toBe(true);
  });
});

describe("eraToYear", () => {
  it.each([
    ["令和", 1, 2019],
    ["令和", 5, 2023],
    ["平成", 1, 1989],
    ["平成", 31, 2019],
    ["昭和", 64, 1989],
    ["昭和", 1, 1926],
    ["大正", 15, 1926],
  ])("%s%d = %d", (era, n, year) => {
    expect(eraToYear(era, n)).toBe(year);
  });
});

describe("resolveDate", () => {
  const published = "2024-05-10";
  const previous = { year: 2024, month: 4, day: 2 };
  const resolve = (text: string, ctx: Parameters<typeof resolveDate>[1] = { published, previous }) => {
    const [m] = findDates(text);
    if (m === undefined) throw new Error(`no date in ${text}`);
    return toContractDate(resolveDate(m, ctx));
  };

  it.each([
    ["2017年4月7日", "2017-04-07"],
    ["3月13日", "2024-03-13"],
    ["8月20日付", "2023-08-20"],
    ["5月10日", "2024-05-10"],
    ["5月11日", "2023-05-11"],
    ["昨年11月下旬ごろ", "2023-11"],
    ["一昨年春", "2022"],
    ["今年1月", "2024-01"],
    ["本年", "2024"],
    ["先月24日", "2024-04-24"],
    ["今月18日", "2024-05-18"],
    ["昨日", "2024-05-09"],
    ["同日", "2024-04-02"],
    ["同月25日", "2024-04-25"],
    ["翌日", "2024-04-03"],
    ["翌6日", "2024-04-06"],
    ["23日", "2024-04-23"],
    ["平成23年度", "2011"],
    ["去年(平成29年)1月10日", "2017-01-10"],
  ])("%s → %s", (text, expected) => {
    expect(resolve(text)).toBe(expected);
  });

  it("takes the published month for a day-only date without a previous date, with past bias", () => {
    expect(resolve("23日", { published })).toBe("2024-04-23");
    expect(resolve("3日", { published })).toBe("2024-05-03");
  });

  it("keeps the year null without a published date", () => {
    expect(resolve("3月13日", { published: null })).toBe("--03-13");
    expect(resolve("5月に", { published: null })).toBe("--05");
    expect(resolve("昨年3月", { published: null })).toBe("--03");
    const [m] = findDates("昨日");
    expect(m && resolveDate(m, { published: null })).toBeNull();
  });

  it("rolls 翌6日 into the next month when the day goes down", () => {
    expect(resolve("翌6日", { published, previous: { year: 2023, month: 12, day: 28 } })).toBe("2024-01-06");
  });

  it("marks guessed years as uncertain", () => {
    const [m] = findDates("3月13日");
    expect(m && resolveDate(m, { published })).toEqual({ year: 2024, month: 3, day: 13, yearCertain: false });
  });

  it("returns null when the day does not exist in the resolved month", () => {
    const [m] = findDates("同月31日");
    expect(m && resolveDate(m, { published, previous: { year: 2024, month: 4, day: 1 } })).toBeNull();
  });
});

describe("toContractDate", () => {
  it.each([
    [{ year: 2024, month: 3, day: 5 }, "2024-03-05"],
    [{ year: 2024, month: 3, day: null }, "2024-03"],
    [{ year: 2024, month: null, day: null }, "2024"],
    [{ year: null, month: 3, day: 5 }, "--03-05"],
    [{ year: null, month: 12, day: null }, "--12"],
    [{ year: null, month: null, day: 5 }, null],
    [{ year: null, month: null, day: null }, null],
    [{ year: 2023, month: 2, day: 29 }, null],
    [{ year: null, month: 2, day: 29 }, "--02-29"],
    [{ year: 2024, month: 13, day: null }, null],
  ])("%o → %s", (date, expected) => {
    expect(toContractDate(date)).toBe(expected);
  });

  const CONTRACT = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/;
  const validDate = fc
    .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
    .map(({ year, month, day }) => ({ year, month, day: 1 + (day % new Date(Date.UTC(2000, month, 0)).getUTCDate()) }))
    .filter(({ year, month, day }) => new Date(`${year}-${pad(month)}-${pad(day)}T00:00:00Z`).getUTCDate() === day);
  const shapes = fc.constantFrom("full", "month", "year", "no-year", "month-only");

  test.prop([validDate, shapes])("valid dates round-trip through the contract form", (date, shape) => {
    const input = {
      year: shape === "no-year" || shape === "month-only" ? null : date.year,
      month: shape === "year" ? null : date.month,
      day: shape === "full" || shape === "no-year" ? date.day : null,
    };
    const out = toContractDate(input);
    expect(out).not.toBeNull();
    expect(out).toMatch(CONTRACT);
    const [, y, m, d] = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(out ?? "") ?? [];
    expect({ year: y === "-" ? null : Number(y), month: m ? Number(m) : null, day: d ? Number(d) : null }).toEqual(
      input,
    );
    // a real calendar date: Date.UTC does not roll it over (a missing year is checked as leap year 2000)
    const utc = new Date(Date.UTC(input.year ?? 2000, (input.month ?? 1) - 1, input.day ?? 1));
    expect(utc.getUTCMonth() + 1).toBe(input.month ?? 1);
    expect(utc.getUTCDate()).toBe(input.day ?? 1);
  });
});

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
