import { describe, expect, it } from "vitest";
import type { DataItem } from "../../domain/incident.js";
import { type EstimateInput, estimateDamage, toIdentifiability, toSensitivity } from "./index.js";

function estimateInput(items: readonly DataItem[], extra: Partial<EstimateInput> = {}): EstimateInput {
  return {
    data_items: items,
    affected: { value: 1, qualifier: "exact", unit: "people" },
    itemText: "",
    cardPartial: false,
    encrypted: false,
    publicBody: false,
    ...extra,
  };
}

describe("JO model: the worked examples of legal-rules.md §5.3", () => {
  it.each([
    ["氏名・住所・電話", estimateInput(["name", "address", "phone"]), {}, [1, 1, 6], 6_000],
    ["氏名・メール", estimateInput(["name", "email"]), {}, [1, 1, 3], 3_000],
    [
      "氏名・住所＋カード番号＋有効期限",
      estimateInput(["name", "address", "credit_card_number", "card_expiry"]),
      {},
      [1, 3, 6],
      78_000,
    ],
    ["氏名＋病歴", estimateInput(["name", "medical"], { itemText: "病歴" }), {}, [2, 1, 3], 16_500],
    ["氏名＋平文のID/パスワード", estimateInput(["name", "login_id", "password"]), {}, [1, 2, 3], 9_000],
    [
      "氏名・住所＋宗教、社会的責任度の高い組織",
      estimateInput(["name", "address"], { itemText: "宗教" }),
      { socialResponsibility: 2 as const },
      [3, 1, 6],
      606_000,
    ],
    [
      "最悪の場合（犯罪歴など）",
      estimateInput(["name", "address"], { itemText: "前科前歴" }),
      { socialResponsibility: 2 as const, response: "inappropriate" as const },
      [3, 3, 6],
      1_500_000,
    ],
    ["最小", estimateInput(["email"]), {}, [1, 1, 1], 1_000],
  ])("%s → ¥%#", (_, input, options, [x, y, identifiability], perPerson) => {
    const e = estimateDamage(input, options);
    expect([e.x, e.y, e.identifiability.value]).toEqual([x, y, identifiability]);
    expect(e.per_person_yen).toBe(perPerson);
  });
});

describe("JO model: parts", () => {
  it.each([
    [1, 1, 2],
    [1, 2, 6],
    [1, 3, 26],
    [2, 1, 11],
    [2, 2, 15],
    [2, 3, 35],
    [3, 1, 101],
    [3, 2, 105],
    [3, 3, 125],
  ])("sensitivity x=%i y=%i → %i (精神的苦痛 base 10, 経済的損失 base 5)", (x, y, factor) => {
    expect(toSensitivity(x, y)).toBe(factor);
  });

  it.each([
    [["name", "address"], 6],
    [["kana_name", "address", "phone"], 6],
    [["name"], 3],
    [["address", "mobile_phone"], 3],
    [["address"], 1],
    [["email", "phone"], 1],
  ] as const)("identifiability %j → %i (6 checked before 3)", (items, value) => {
    expect(toIdentifiability(items).value).toBe(value);
  });

  it("card number alone is y=2, with expiry y=3, last 4 digits y=1", () => {
    expect(estimateDamage(estimateInput(["credit_card_number"])).y).toBe(2);
    expect(estimateDamage(estimateInput(["credit_card_number", "card_security_code"])).y).toBe(3);
    expect(estimateDamage(estimateInput(["credit_card_number", "card_expiry"], { cardPartial: true })).y).toBe(1);
  });

  it("account number alone is y=2, with a PIN y=3", () => {
    expect(estimateDamage(estimateInput(["bank_account"])).y).toBe(2);
    expect(estimateDamage(estimateInput(["bank_account"], { itemText: "口座番号と暗証番号" })).y).toBe(3);
  });

  it("public bodies default to 社会的責任度 2; an explicit value wins", () => {
    expect(estimateDamage(estimateInput(["name"], { publicBody: true })).social_responsibility.value).toBe(2);
    expect(
      estimateDamage(estimateInput(["name"], { publicBody: true }), { socialResponsibility: 1 }).per_person_yen,
    ).toBe(3_000);
  });

  it("a level override changes the mapping (e.g. another view of My Number)", () => {
    const e = estimateDamage(estimateInput(["name", "mynumber"]), { levels: { mynumber: { x: 2, y: 2 } } });
    expect(e.per_person_yen).toBe(500 * 15 * 3);
  });

  it("total is per person × people; unknown count gives no total and says so; records are flagged", () => {
    const many = estimateDamage(
      estimateInput(["name"], { affected: { value: 1234, qualifier: "max", unit: "people" } }),
    );
    expect(many.total_yen).toBe(3_000 * 1234);
    const unknown = estimateDamage(estimateInput(["name"], { affected: { value: null, qualifier: null, unit: null } }));
    expect(unknown.total_yen).toBeNull();
    expect(unknown.people_note).toContain("人数不明");
    const records = estimateDamage(
      estimateInput(["name"], { affected: { value: 10, qualifier: null, unit: "records" } }),
    );
    expect(records.people_note).toContain("件数");
  });

  it("encryption: the figure is computed but flagged as not meaningful", () => {
    const e = estimateDamage(estimateInput(["name", "address", "medical"], { encrypted: true }));
    expect(e.per_person_yen).toBe(33_000);
    expect(e.flags[0]).toContain("暗号化");
  });

  it("the range is ¥1,000 to ¥1,500,000 per person", () => {
    const min = estimateDamage(estimateInput([]));
    expect(min.per_person_yen).toBe(1_000);
  });
});
