import { describe, expect, it } from "vitest";
import { compareFullness, toAliases, toOrganizationType, toParentKey } from "./names.js";

describe("toOrganizationType", () => {
  it.each([
    ["港北市", "local_government"],
    ["南原町教育委員会", "local_government"],
    ["みなと中央病院", "medical"],
    ["医療法人社団さくら会", "medical"],
    ["北浜大学", "education"],
    ["学校法人ひまわり学園", "education"],
    ["国土保全省", "national_government"],
    ["水産資源庁", "national_government"],
    ["大川県警", "police"],
    ["北浜商工会議所", "association"],
    ["株式会社かもめ通販", "company"],
    ["（株）かもめ通販", "company"],
    ["かもめ通販", "company"],
  ])("%s → %s", (name, type) => {
    expect(toOrganizationType(name)).toBe(type);
  });
});

describe("names", () => {
  it("orders names fullest first: written-out entity form, abbreviated form, then length", () => {
    const names = ["かもめ通販", "（株）かもめ通販", "株式会社かもめ通販", "かもめ"];
    expect([...names].sort(compareFullness)).toEqual([
      "株式会社かもめ通販",
      "（株）かもめ通販",
      "かもめ通販",
      "かもめ",
    ]);
  });

  it("finds the nearest parent an `also` name points to", () => {
    expect(toParentKey("港北市南区", ["港北市", "港北市南区役所"])).toBe("港北市");
    expect(toParentKey("かもめ通販サービス", ["かもめホールディングス"])).toBe("かもめホールディングス");
    expect(toParentKey("株式会社かもめ通販", ["かもめ通販"])).toBeNull();
  });

  it("keeps only the names of the same organization as aliases", () => {
    expect(toAliases("北浜商工会議所", ["北商", "大川県", "北浜商工会議所"])).toEqual(["北商"]);
  });
});
