import { describe, expect, it } from "vitest";
import { extractIncidents } from "./index.js";

const itemsOf = (text: string) =>
  [
    ...(extractIncidents({ name: "t.txt", text, published: "2024-05-20", source: null, title: null })[0]?.data_items ??
      []),
  ].sort();

describe("extractIncidents: sentences that describe the leaked data", () => {
  it("a follow-on sentence that lists items with their count, without a leak word, adds them", () => {
    const text =
      "北浜ラジオ株式会社は3日、配信サイトが不正アクセスを受け、個人情報が流出したと発表した。" +
      "流出したのは、通販フォームの氏名・住所1,200件。" +
      "ほかに、ファンクラブ会員のメールアドレス・ニックネーム・生年月日8,400件とされている。\n";
    expect(itemsOf(text)).toEqual(["address", "birthdate", "email", "name", "nickname"]);
  });
});
