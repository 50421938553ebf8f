import { describe, expect, it } from "vitest";
import { isAlias } from "./aliases.js";

describe("isAlias", () => {
  it.each([
    ["株式会社青葉マート", "青葉マート", true],
    ["青葉マート（株）", "青葉マート", true],
    ["国土交通省", "国交省", true],
    ["産業技術総合研究所", "産総研", true],
    ["日本年金機構", "年金機構", true],
    ["茨城県北浜市", "北浜市", true],
    ["神奈川・北浜市", "神奈川県北浜市", true],
    ["大阪・北浜市", "北浜市", true],
    ["神奈川・北浜市", "大阪府北浜市", false],
    ["北浜市上下水道局", "北浜市", true],
    ["北谷県立中央病院", "北谷県", false],
    ["北浜電機", "北浜銀行", false],
    ["丸山記念病院", "青葉マート", false],
    ["米ミドリ", "ミドリ株式会社", false],
    ["北浜UFJ銀行", "北浜UFJ信託銀行", false],
    ["東和海上日動火災保険", "東和海上日動あんしん生命保険", true],
    ["ひかり精工健康保険組合", "健保組合", true],
    ["ひかり精工健康保険組合", "ひかり精工健保", true],
    ["北浜市教育委員会", "北浜市教委", true],
    ["南川信用金庫", "南川信金", true],
    ["南川信用金庫", "北浜信金", false],
    ["みなみ台警察署", "みなみ台署", true],
    ["北浜警察署", "南川署", false],
    ["東浜農業協同組合", "JA", true],
    ["Japan Digital", "農業協同組合", false],
  ])("%s ~ %s = %s", (a, b, expected) => {
    expect(isAlias(a, b)).toBe(expected);
  });
});
