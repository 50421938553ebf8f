import { describe, expect, it } from "vitest";
import type { OrganizationType } from "../../domain/store.js";
import { classifyOrganization } from "./organization-type.js";

describe("organization type from the name", () => {
  it.each<[string, OrganizationType]>([
    // prefectures and municipalities (the gazetteer of the 47 prefectures, 市/区/町/村 and their offices)
    ["北海道", "local_government"],
    ["東京都", "local_government"],
    ["大阪府", "local_government"],
    ["北海道庁", "local_government"],
    ["大川県庁", "local_government"],
    ["港北市", "local_government"],
    ["港北市南区", "local_government"],
    ["港北市南区役所", "local_government"],
    ["南原町役場", "local_government"],
    ["西山村", "local_government"],
    ["北浜市水道局", "local_government"],
    ["北浜市交通局", "local_government"],
    ["大川県港北市健康推進課", "local_government"],
    ["大川県健康福祉部", "local_government"],
    ["南原町教育委員会", "local_government"],
    ["北浜市選挙管理委員会", "local_government"],
    ["北浜市消防局", "local_government"],
    ["静岡県湖西市", "local_government"],
    // national bodies
    ["国土保全省", "national_government"],
    ["水産資源庁", "national_government"],
    ["年金記録機構", "national_government"],
    ["独立行政法人みなと研究所", "national_government"],
    // police (警察庁 ends in 庁 but is police)
    ["大川県警", "police"],
    ["大川県警察本部", "police"],
    ["港北警察署", "police"],
    ["警視庁", "police"],
    ["警察庁", "police"],
    // medical
    ["みなと中央病院", "medical"],
    ["港北市立病院", "medical"],
    ["大川県立循環器・呼吸器病センター", "medical"],
    ["さくら内科クリニック", "medical"],
    ["やまだ医院", "medical"],
    ["北浜医療センター", "medical"],
    ["医療法人社団さくら会", "medical"],
    ["みなと歯科", "medical"],
    // education
    ["北浜大学", "education"],
    ["大川県立北浜高校", "education"],
    ["港北市立南小学校", "education"],
    ["学校法人ひまわり学園", "education"],
    ["国立大学法人北浜大学", "education"],
    ["北浜医科大学", "education"],
    // associations
    ["北浜商工会議所", "association"],
    ["日本放射線技師協会", "association"],
    ["北浜農業協同組合", "association"],
    ["一般社団法人みなと会", "association"],
    ["港北市社会福祉協議会", "association"],
    // companies
    ["株式会社かもめ通販", "company"],
    ["（株）かもめ通販", "company"],
    ["かもめ通販", "company"],
    ["みなと信用金庫", "company"],
    ["北浜信用組合", "company"],
    ["GMOかもめ株式会社", "company"],
    ["かもめ電力", "company"],
  ])("%s → %s", (name, type) => {
    expect(classifyOrganization(name).type).toBe(type);
  });

  it("says how it decided and which prefecture the name starts with", () => {
    expect(classifyOrganization("大阪府北浜市")).toEqual({
      type: "local_government",
      by: "suffix",
      prefecture: "大阪府",
    });
    expect(classifyOrganization("かもめ")).toEqual({ type: "company", by: "default", prefecture: null });
    expect(classifyOrganization("株式会社かもめ").by).toBe("entity_form");
    expect(classifyOrganization("").type).toBe("unknown");
  });
});
