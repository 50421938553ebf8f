/** @module Japanese and English labels of the contract's vocabularies (causes, data items, qualifiers, types). */
import type { Cause, DataItem, Qualifier } from "../../../domain/incident.js";
import type { OrganizationType } from "../../../domain/store.js";
import type { Lang } from "./i18n.js";

type Labels<K extends string> = Readonly<Record<K, readonly [ja: string, en: string]>>;

export const CAUSE_LABELS: Labels<Cause> = {
  unauthorized_access: ["不正アクセス", "Unauthorized access"],
  credential_theft: ["ID・パスワード窃取", "Credential theft"],
  vulnerability: ["脆弱性", "Vulnerability"],
  sql_injection: ["SQLインジェクション", "SQL injection"],
  misconfiguration: ["設定ミス", "Misconfiguration"],
  malware: ["マルウェア・ランサムウェア", "Malware / ransomware"],
  targeted_email: ["標的型メール", "Targeted email"],
  phishing: ["フィッシング", "Phishing"],
  insider: ["内部不正", "Insider"],
  loss: ["紛失・置き忘れ", "Loss"],
  theft: ["盗難", "Theft"],
  misdelivery: ["誤送付・誤送信", "Misdelivery"],
  mispublication: ["誤公開・誤掲載", "Published by mistake"],
  mis_operation: ["誤操作・作業ミス", "Operational error"],
  system_failure: ["システム障害", "System failure"],
  unknown: ["不明", "Unknown"],
};

export const QUALIFIER_LABELS: Labels<Qualifier> = {
  exact: ["", ""],
  max: ["最大", "up to"],
  approx: ["約", "about"],
  cumulative: ["延べ", "cumulative"],
  at_least: ["以上", "at least"],
};

export const ORGANIZATION_TYPE_LABELS: Labels<OrganizationType> = {
  local_government: ["自治体", "Local government"],
  national_government: ["官公庁", "National government"],
  police: ["警察", "Police"],
  medical: ["医療機関", "Medical"],
  education: ["教育機関", "Education"],
  company: ["企業", "Company"],
  association: ["団体", "Association"],
  unknown: ["不明", "Unknown"],
};

export const DATA_ITEM_LABELS: Labels<DataItem> = {
  name: ["氏名", "Name"],
  kana_name: ["フリガナ", "Kana name"],
  address: ["住所", "Address"],
  postal_code: ["郵便番号", "Postal code"],
  birthdate: ["生年月日", "Birth date"],
  age: ["年齢", "Age"],
  gender: ["性別", "Gender"],
  phone: ["電話番号", "Phone"],
  mobile_phone: ["携帯電話番号", "Mobile phone"],
  email: ["メールアドレス", "Email"],
  nationality: ["国籍", "Nationality"],
  employer: ["勤務先", "Employer"],
  occupation: ["職業", "Occupation"],
  income: ["収入", "Income"],
  bank_account: ["口座情報", "Bank account"],
  credit_card_number: ["カード番号", "Card number"],
  card_expiry: ["有効期限", "Card expiry"],
  card_security_code: ["セキュリティコード", "Card security code"],
  card_holder: ["カード名義", "Card holder"],
  payment_history: ["支払履歴", "Payment history"],
  login_id: ["ログインID", "Login ID"],
  password: ["パスワード", "Password"],
  nickname: ["ニックネーム", "Nickname"],
  mynumber: ["マイナンバー", "My Number"],
  pension_number: ["基礎年金番号", "Pension number"],
  insurance_number: ["保険証番号", "Insurance number"],
  customer_number: ["顧客番号", "Customer number"],
  contract_number: ["契約番号", "Contract number"],
  passport_number: ["旅券番号", "Passport number"],
  driver_license: ["運転免許証", "Driver's license"],
  medical: ["病歴・診療情報", "Medical"],
  health_insurance: ["健康保険", "Health insurance"],
  family: ["家族情報", "Family"],
  photo: ["写真", "Photo"],
  property: ["資産", "Property"],
  loan: ["借入", "Loan"],
  mortgage: ["住宅ローン", "Mortgage"],
  financial_plan: ["資金計画", "Financial plan"],
  purchase_history: ["購入履歴", "Purchase history"],
  ip_address: ["IPアドレス", "IP address"],
  other: ["その他", "Other"],
};

export function label<K extends string>(labels: Labels<K>, key: K, lang: Lang): string {
  const pair = labels[key];
  return pair ? pair[lang === "ja" ? 0 : 1] : key;
}
