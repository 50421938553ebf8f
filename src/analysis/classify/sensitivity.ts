/**
 * @module Data items → sensitivity: 要配慮個人情報 (APPI 2条3項), 財産的被害のおそれ (施行規則7条2号) and 番号 (identifier
 * numbers, マイナンバー under the 番号法). Pure, table-driven; each row cites ../shared/docs/legal-rules.md §1.2–1.3.
 */
import type { DataItem } from "../../domain/incident.js";

export type SensitivityKind = "special_care" | "property_damage" | "number";

/** Japanese names of the three kinds. */
export const SENSITIVITY_JA: Readonly<Record<SensitivityKind, string>> = {
  special_care: "要配慮個人情報",
  property_damage: "財産的被害のおそれ",
  number: "番号",
};

/**
 * 要配慮個人情報 (法2条3項 and 施行令2条, legal-rules.md §1.2): 病歴 and anything from 診療・調剤 (PPC Q&A 1-28: even the
 * fact of a hospital visit). Of roei's keys only `medical` says so; 保険証 data (health_insurance) is an identifier, not
 * a record of treatment, so it is listed under 番号.
 */
const SPECIAL_CARE: ReadonlySet<DataItem> = new Set(["medical"]);

/**
 * 番号: identifiers that single a person out across services. 個人番号 (マイナンバー) is 特定個人情報 under the 番号法
 * (legal-rules.md §3); 基礎年金番号, 旅券番号, 運転免許証番号 and 保険者番号・被保険者記号番号 are 個人識別符号
 * (施行令1条).
 */
const NUMBERS: ReadonlySet<DataItem> = new Set([
  "mynumber",
  "pension_number",
  "passport_number",
  "driver_license",
  "insurance_number",
  "health_insurance",
]);

/**
 * 財産的被害のおそれ (規則7条2号; legal-rules.md §1.3): each rule is a set of items that together allow someone to
 * dispose of the person's property. A card number alone is enough (FAQ Q6-12); the security code goes with a card;
 * a login ID with its password counts when the service can pay or send money (guideline 事例2), which the item list
 * cannot tell, so it is marked for review; a bank account with its password or PIN counts, the account number alone
 * does not (FAQ Q14-8), nor last digits with the expiry date (Q6-12).
 */
const PROPERTY_RULES: readonly {
  readonly items: readonly DataItem[];
  readonly certain: boolean;
  readonly why: string;
}[] = [
  { items: ["credit_card_number"], certain: true, why: "クレジットカード番号（単独でも2号、PPC FAQ Q6-12）" },
  { items: ["card_security_code"], certain: true, why: "カードのセキュリティコード（カード番号の不正利用に使える）" },
  { items: ["bank_account", "password"], certain: true, why: "口座番号と暗証番号・パスワードの組み合わせ" },
  {
    items: ["login_id", "password"],
    certain: false,
    why: "ログインIDとパスワード（送金・決済できるサービスなら2号、ガイドライン事例2）：要確認",
  },
];

export type Sensitivity = {
  /** 要配慮個人情報 among the items (APPI 規則7条1号: reportable whatever the count). */
  readonly specialCare: readonly DataItem[];
  /** "yes" when a rule surely fires, "review" when it depends on the service, "no" otherwise. */
  readonly propertyDamage: "yes" | "review" | "no";
  /** The rules that fired, in Japanese. */
  readonly propertyReasons: readonly string[];
  /** Identifier numbers among the items. */
  readonly numbers: readonly DataItem[];
  /** True when マイナンバー is among them (特定個人情報: the 番号法's reporting rules apply too). */
  readonly specificPersonalInformation: boolean;
};

/** The sensitivity of a set of leaked data items. */
export function toSensitivity(items: readonly DataItem[]): Sensitivity {
  const have = new Set(items);
  const fired = PROPERTY_RULES.filter((rule) => rule.items.every((item) => have.has(item)));
  const propertyDamage = fired.some((r) => r.certain) ? "yes" : fired.length > 0 ? "review" : "no";
  return {
    specialCare: items.filter((i) => SPECIAL_CARE.has(i)),
    propertyDamage,
    propertyReasons: fired.map((r) => r.why),
    numbers: items.filter((i) => NUMBERS.has(i)),
    specificPersonalInformation: have.has("mynumber"),
  };
}

/** The sensitivity kinds that apply to one data item on its own. */
export function toItemSensitivity(item: DataItem): readonly SensitivityKind[] {
  const s = toSensitivity([item]);
  const kinds: SensitivityKind[] = [];
  if (s.specialCare.length > 0) kinds.push("special_care");
  if (s.propertyDamage === "yes") kinds.push("property_damage");
  if (s.numbers.length > 0) kinds.push("number");
  return kinds;
}
