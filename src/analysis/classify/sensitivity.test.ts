import { describe, expect, it } from "vitest";
import type { DataItem } from "../../domain/incident.js";
import { toItemSensitivity, toSensitivity } from "./sensitivity.js";

describe("sensitivity of data items (legal-rules.md §1.2–1.3)", () => {
  it.each<[DataItem[], "yes" | "review" | "no"]>([
    [["credit_card_number"], "yes"],
    [["name", "card_expiry"], "no"],
    [["card_security_code"], "yes"],
    [["bank_account"], "no"],
    [["bank_account", "password"], "yes"],
    [["login_id", "password"], "review"],
    [["login_id"], "no"],
    [["name", "address", "phone", "email"], "no"],
  ])("財産的被害のおそれ: %j → %s", (items, expected) => {
    expect(toSensitivity(items).propertyDamage).toBe(expected);
  });

  it("finds 要配慮個人情報 and 番号", () => {
    const s = toSensitivity(["name", "medical", "mynumber", "pension_number", "driver_license"]);
    expect(s.specialCare).toEqual(["medical"]);
    expect(s.numbers).toEqual(["mynumber", "pension_number", "driver_license"]);
    expect(s.specificPersonalInformation).toBe(true);
    expect(toSensitivity(["passport_number"]).specificPersonalInformation).toBe(false);
  });

  it.each<[DataItem, string[]]>([
    ["medical", ["special_care"]],
    ["credit_card_number", ["property_damage"]],
    ["mynumber", ["number"]],
    ["insurance_number", ["number"]],
    ["name", []],
  ])("per item: %s → %j", (item, kinds) => {
    expect(toItemSensitivity(item)).toEqual(kinds);
  });
});
