import { describe, expect, it } from "vitest";
import { countPersonalData, screenPersonalData } from "./personal-data.js";

const lines = (n: number, make: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => make(i)).join("\n");
const pad = (i: number, width: number): string => String(i).padStart(width, "0");

const ARTICLE = `架空商事は5日、顧客1万2千人分の氏名やメールアドレスが流出した可能性があると発表した。
同社は対象者にメールで連絡している。問い合わせは専用窓口0120-123-456（平日9時～17時）、
またはsupport@example.co.jpへ。詳細は https://example.co.jp/news/2024/0305.html を参照。
会員番号（12桁）や電話番号も含まれるという。`;

describe("countPersonalData", () => {
  it.each([
    ["an e-mail address", "連絡先 info@example.jp まで", { emails: 1, phones: 0, myNumbers: 0 }],
    ["hyphenated phone numbers", "03-1234-5678 と 090-1234-5678", { emails: 0, phones: 2, myNumbers: 0 }],
    ["a full-width phone number", "０１２０－１２３－４５６", { emails: 0, phones: 1, myNumbers: 0 }],
    ["a phone number without hyphens", "09012345678", { emails: 0, phones: 1, myNumbers: 0 }],
    ["a 12-digit number", "番号 123456789012 です", { emails: 0, phones: 0, myNumbers: 1 }],
    ["a 12-digit number in groups", "1234-5678-9012", { emails: 0, phones: 0, myNumbers: 1 }],
    ["not a 16-digit card number", "4111111111111111", { emails: 0, phones: 0, myNumbers: 0 }],
    ["not a count or a date", "37,247名 2024年3月5日 1億7800万件", { emails: 0, phones: 0, myNumbers: 0 }],
    ["not a URL", "https://example.com/a/b?c=1", { emails: 0, phones: 0, myNumbers: 0 }],
  ])("%s", (_label, text, expected) => {
    expect(countPersonalData(text)).toMatchObject(expected);
  });
});

describe("screenPersonalData", () => {
  it.each([
    ["a news article with a call centre, an address and a URL", ARTICLE],
    [
      "a long article naming twenty offices' phone numbers",
      `${ARTICLE.repeat(3)}\n${lines(20, (i) => `第${i + 1}区役所 市民課 03-5555-${pad(i, 4)}（平日のみ受け付け）`)}`,
    ],
    ["29 e-mail addresses (below the count)", lines(29, (i) => `user${i}@example.jp`)],
    ["the empty text", ""],
  ])("passes %s", (_label, text) => {
    expect(screenPersonalData(text).ok).toBe(true);
  });

  it.each([
    [
      "a CSV of 50 e-mail lines",
      lines(50, (i) => `${i},山田${i},yamada${i}@example.jp`),
      /\(50 e-mail addresses in 1\.\d KB\)/,
    ],
    [
      "a list of 50 phone lines",
      lines(50, (i) => `顧客${i} 090-0000-${pad(i, 4)}`),
      /\(50 phone numbers in 1\.\d KB\)/,
    ],
    ["50 My Number-like lines", lines(50, (i) => `${pad(i, 12)}`), /50 12-digit numbers like My Number/],
    [
      "a full customer record dump",
      lines(
        50,
        (i) => `架空 太郎${i},カクウ タロウ,東京都架空区1-2-${i},090-1111-${pad(i, 4)},taro${i}@example.jp,1980/01/01`,
      ),
      /\(50 e-mail addresses, 50 phone numbers in [\d.]+ KB\); roei stores articles about leaks, not leaked data$/,
    ],
  ])("refuses %s", (_label, text, message) => {
    const result = screenPersonalData(text);
    expect(!result.ok && result.error.code).toBe("personal_data_dump");
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it.each([
    ["digits", "1234567890"],
    ["letters", "a"],
    ["dots and at signs", ".@"],
    ["hyphenated digits", "0-"],
  ])("scans 100 KB of %s quickly", (_label, unit) => {
    const started = performance.now();
    screenPersonalData(unit.repeat(Math.ceil(100_000 / unit.length)));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
