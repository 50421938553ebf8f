/** @module Japanese labels for roei's contract values (causes, data items, qualifiers, organization types): pure data. */
import type { Cause, DataItem, Qualifier, Unit } from "../../domain/incident.js";
import type { OrganizationType } from "../../domain/store.js";

/** 原因: the wording follows ../shared/eval/SCHEMA.md's glosses for each cause key. */
export const CAUSE_JA: Readonly<Record<Cause, string>> = {
  unauthorized_access: "不正アクセス",
  credential_theft: "ID・パスワードの窃取（リスト型攻撃など）",
  vulnerability: "脆弱性を突いた攻撃",
  sql_injection: "SQLインジェクション",
  misconfiguration: "設定ミス・設定不備",
  malware: "ウイルス感染・ランサムウェア",
  targeted_email: "標的型メール",
  phishing: "フィッシング",
  insider: "内部不正・不正持ち出し",
  loss: "紛失・置き忘れ",
  theft: "盗難",
  misdelivery: "誤送付・誤送信・誤配信",
  mispublication: "誤掲載・誤表示・公開設定の誤り",
  mis_operation: "操作ミス・誤交付・誤記載",
  system_failure: "システム障害・バグ",
  unknown: "不明",
};

/** 漏えいした項目: Japanese names for the SCHEMA data-item keys. */
export const DATA_ITEM_JA: Readonly<Record<DataItem, string>> = {
  name: "氏名",
  kana_name: "氏名（カナ）",
  address: "住所",
  postal_code: "郵便番号",
  birthdate: "生年月日",
  age: "年齢",
  gender: "性別",
  phone: "電話番号",
  mobile_phone: "携帯電話番号",
  email: "メールアドレス",
  nationality: "国籍",
  employer: "勤務先",
  occupation: "職業",
  income: "収入",
  bank_account: "銀行口座",
  credit_card_number: "クレジットカード番号",
  card_expiry: "カード有効期限",
  card_security_code: "セキュリティコード",
  card_holder: "カード名義",
  payment_history: "決済履歴",
  login_id: "ログインID",
  password: "パスワード",
  nickname: "ニックネーム",
  mynumber: "マイナンバー（個人番号）",
  pension_number: "基礎年金番号",
  insurance_number: "保険証番号",
  customer_number: "顧客番号",
  contract_number: "契約番号",
  passport_number: "旅券番号",
  driver_license: "運転免許証番号",
  medical: "病歴・診療情報",
  health_insurance: "健康保険の情報",
  family: "家族情報",
  photo: "写真",
  property: "資産情報",
  loan: "借入情報",
  mortgage: "住宅ローン情報",
  financial_plan: "資金計画",
  purchase_history: "購入履歴",
  ip_address: "IPアドレス",
  other: "その他",
};

/** 最大 / 約 / 延べ / 以上 as written before a figure (../shared/docs/legal-rules.md §6). */
export const QUALIFIER_JA: Readonly<Record<Qualifier, string>> = {
  exact: "",
  max: "最大",
  approx: "約",
  cumulative: "延べ",
  at_least: "",
};

/** 組織種別, in the groups JNSA and the PPC use. */
export const ORGANIZATION_TYPE_JA: Readonly<Record<OrganizationType, string>> = {
  local_government: "地方公共団体",
  national_government: "国の機関・独立行政法人",
  police: "警察",
  medical: "医療機関",
  education: "教育機関",
  company: "企業",
  association: "団体",
  unknown: "不明",
};

/** A count as Japanese text: 最大194,834件, 約2万3000人 → 約23,000人, 1,000人以上; null → 不明. */
export function toCountJa(affected: {
  readonly value: number | null;
  readonly qualifier: Qualifier | null;
  readonly unit: Unit | null;
}): string {
  if (affected.value === null) return "不明";
  const unit = affected.unit === "people" ? "人" : affected.unit === "records" ? "件" : "（単位不明）";
  const figure = `${QUALIFIER_JA[affected.qualifier ?? "exact"]}${affected.value.toLocaleString("en-US")}${unit}`;
  return affected.qualifier === "at_least" ? `${figure}以上` : figure;
}
