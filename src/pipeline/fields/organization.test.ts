import { describe, expect, it } from "vitest";
import { findOrganizations } from "./organization.js";

const names = (text: string) => findOrganizations(text).map((m) => m.name);

describe("findOrganizations", () => {
  it.each([
    ["株式会社青葉マートは7月16日、発表した。", ["株式会社青葉マート"]],
    ["国立大学法人北浜大学は", ["国立大学法人北浜大学"]],
    ["茨城県北浜市では交付した。", ["茨城県北浜市"]],
    ["北谷県教育委員会は発表した。", ["北谷県教育委員会"]],
    ["みなと信用金庫は3月2日", ["みなと信用金庫"]],
    ["東和あんしん生命保険は", ["東和あんしん生命保険"]],
    ["国交省サイトへ不正アクセス", ["国交省"]],
    ["丸山記念病院でUSBメモリー紛失", ["丸山記念病院"]],
    ["星空トラベル株式会社は", ["星空トラベル株式会社"]],
    ["3月17日ニッポン放送は", ["ニッポン放送"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["同社は発表した。"],
    ["楽天市場で買い物をした。"],
    ["都市銀行からの案内"],
    ["クレジットカード情報が流出"],
    ["高村の考え"],
    ["鉄道会社へ連絡しました。"],
    ["コールセンターを設置した。"],
    ["南信地区の高校"],
  ])("no organization in %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});
