import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/sentences.js";
import { extractIncidents } from "./index.js";
import { isItemListLine } from "./item-list.js";

const line = (text: string) => isItemListLine(splitSentences(`${text}\n`)[0]!);

describe("isItemListLine", () => {
  it.each([
    ["an indented list of data kinds", "　　氏名、住所、メールアドレス、注文履歴", true],
    ["a headline with a verb and a count", "会員の氏名、住所など1200件が流出", false],
    ["a sentence with 。 is prose", "氏名、住所が含まれていました。", false],
    ["one term is no list", "　　氏名", false],
    ["terms that are not data kinds", "　　総務課、企画課、財政課", false],
  ])("%s", (_label, text, expected) => {
    expect(line(text)).toBe(expected);
  });

  it("data kinds listed under a group of people reach the incident", () => {
    const text =
      "会員情報の漏えいに関するお詫び\n\n2024年9月2日\n株式会社北浜スポーツ\n\n" +
      "当社の会員管理サーバーが不正アクセスを受け、会員の個人情報が漏えいしました。\n" +
      "（1）スクール会員の皆様　3120人\n　　氏名、住所、生年月日\n";
    const [incident] = extractIncidents({ name: "t.txt", text, published: null, source: null, title: null });
    expect(incident?.data_items).toEqual(expect.arrayContaining(["name", "address", "birthdate"]));
  });
});
