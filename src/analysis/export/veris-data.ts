/** @module roei's data items (漏えいした項目) ↔ VERIS 1.4 `attribute.confidentiality.data` varieties (pure). */
import { DATA_ITEMS, type DataItem } from "../../domain/incident.js";

/** VERIS data varieties roei's items fall into (a subset of the schema's 19). */
export type VerisDataVariety =
  | "Personal"
  | "Sensitive Personal"
  | "Medical"
  | "Bank"
  | "Payment"
  | "Credentials"
  | "Other";

/**
 * Each item's variety. National and official ids (マイナンバー, 基礎年金番号, 旅券番号, 運転免許証, 健康保険証) are
 * "Sensitive Personal" (VERIS: "SSNs or other National ID"); card data is "Payment", 口座 is "Bank"; financial
 * circumstances (収入, 資産, 借入) stay "Personal", the variety VERIS gives credit scores.
 */
export const VERIS_DATA_BY_ITEM: Readonly<Record<DataItem, VerisDataVariety>> = {
  name: "Personal",
  kana_name: "Personal",
  address: "Personal",
  postal_code: "Personal",
  birthdate: "Personal",
  age: "Personal",
  gender: "Personal",
  phone: "Personal",
  mobile_phone: "Personal",
  email: "Personal",
  nationality: "Personal",
  employer: "Personal",
  occupation: "Personal",
  income: "Personal",
  bank_account: "Bank",
  credit_card_number: "Payment",
  card_expiry: "Payment",
  card_security_code: "Payment",
  card_holder: "Payment",
  payment_history: "Personal",
  login_id: "Credentials",
  password: "Credentials",
  nickname: "Personal",
  mynumber: "Sensitive Personal",
  pension_number: "Sensitive Personal",
  insurance_number: "Personal",
  customer_number: "Personal",
  contract_number: "Personal",
  passport_number: "Sensitive Personal",
  driver_license: "Sensitive Personal",
  medical: "Medical",
  health_insurance: "Sensitive Personal",
  family: "Personal",
  photo: "Personal",
  property: "Personal",
  loan: "Personal",
  mortgage: "Personal",
  financial_plan: "Personal",
  purchase_history: "Personal",
  ip_address: "Personal",
  other: "Other",
};

/** VERIS 1.4.1 hierarchy: these varieties imply Personal. */
const IMPLIES_PERSONAL: ReadonlySet<VerisDataVariety> = new Set(["Sensitive Personal", "Medical", "Bank", "Payment"]);

const VARIETY_ORDER: readonly VerisDataVariety[] = [
  "Personal",
  "Sensitive Personal",
  "Medical",
  "Bank",
  "Payment",
  "Credentials",
  "Other",
];

/** The distinct varieties of a list of items, with Personal added where the hierarchy implies it, in a fixed order. */
export function toVerisDataVarieties(items: readonly DataItem[]): readonly VerisDataVariety[] {
  const found = new Set(items.map((i) => VERIS_DATA_BY_ITEM[i]));
  if ([...found].some((v) => IMPLIES_PERSONAL.has(v))) found.add("Personal");
  return VARIETY_ORDER.filter((v) => found.has(v));
}

/**
 * roei items for VERIS varieties (import): Bank, Payment, Credentials and Medical name items; Personal, Sensitive
 * Personal and every other variety only say "some personal data", which is roei's `other`. Unknown gives nothing.
 */
const ITEMS_BY_VARIETY: Readonly<Record<string, readonly DataItem[]>> = {
  Bank: ["bank_account"],
  Payment: ["credit_card_number"],
  Credentials: ["login_id", "password"],
  Medical: ["medical"],
  Unknown: [],
};

/** roei data items for VERIS data varieties, in the contract's order. */
export function toDataItemsFromVeris(varieties: readonly string[]): readonly DataItem[] {
  // Personal beside a variety that implies it (the 1.4.1 hierarchy) adds nothing of its own.
  const implied = varieties.some((v) => IMPLIES_PERSONAL.has(v as VerisDataVariety));
  const kept = implied ? varieties.filter((v) => v !== "Personal") : varieties;
  const items = new Set(kept.flatMap((v) => ITEMS_BY_VARIETY[v] ?? ["other" as const]));
  return DATA_ITEMS.filter((i) => items.has(i));
}
