import { describe, expect, it } from "vitest";
import type { OrganizationType } from "../../domain/store.js";
import { toIndustry } from "./industry.js";

describe("業種 (JSIC division)", () => {
  it.each<[string, OrganizationType, string]>([
    ["港北市", "local_government", "公務"],
    ["北浜大学", "education", "教育・学習支援業"],
    ["みなと中央病院", "medical", "医療・福祉"],
    ["みなと銀行", "company", "金融業・保険業"],
    ["かもめ生命保険", "company", "金融業・保険業"],
    ["かもめ電力", "company", "電気・ガス・熱供給・水道業"],
    ["かもめ放送", "company", "情報通信業"],
    ["かもめ郵便", "company", "運輸業・郵便業"],
    ["かもめ通販", "company", "卸売業・小売業"],
    ["かもめ製薬", "company", "製造業"],
    ["かもめ", "company", "不明"],
  ])("%s (%s) → %s", (name, type, industry) => {
    expect(toIndustry(name, type)).toBe(industry);
  });
});
