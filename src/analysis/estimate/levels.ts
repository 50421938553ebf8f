/**
 * @module The JNSA EP map (精神的苦痛 x, 経済的損失 y, each 1–3) for roei's data-item keys and for item names in text.
 * Levels are from legal-rules.md §5.2: the JNSA 2003 table (as summarised by harukiya) and the later Simple-EP map of
 * the 2017 report's 別紙 (per satob.hatenablog.com; [N4]); the JNSA PDFs themselves were not read. Where they differ
 * Simple-EP (newer) wins. Keys the table does not name are judgement calls, marked `assumption`.
 */
import type { DataItem } from "../../domain/incident.js";

export type Level = { readonly x: 1 | 2 | 3; readonly y: 1 | 2 | 3 };

export type LevelEntry = Level & { readonly basis: string; readonly assumption: boolean };

const T2003 = "JNSA 2003 table";
const SIMPLE_EP = "JNSA Simple-EP (2017 別紙)";

const at = (x: Level["x"], y: Level["y"], basis: string, assumption = false): LevelEntry => ({
  x,
  y,
  basis,
  assumption,
});

/** Each data-item key on its own; combinations (card number + expiry, account + PIN) are applied afterwards. */
export const ITEM_LEVELS: Readonly<Record<DataItem, LevelEntry>> = {
  name: at(1, 1, `${T2003}: 氏名`),
  kana_name: at(1, 1, `${T2003}: 氏名`),
  address: at(1, 1, `${T2003}: 住所`),
  postal_code: at(1, 1, "住所の一部として扱った", true),
  birthdate: at(1, 1, `${T2003}: 生年月日`),
  age: at(1, 1, "生年月日に準じた", true),
  gender: at(1, 1, `${T2003}: 性別`),
  phone: at(1, 1, `${T2003}: 電話番号`),
  mobile_phone: at(1, 1, `${T2003}: 電話番号`),
  email: at(1, 1, `${T2003}: メールアドレス`),
  nationality: at(2, 1, `${T2003}, ${SIMPLE_EP}: 国籍`),
  employer: at(1, 1, "社員番号等と同じ基本情報として扱った", true),
  occupation: at(1, 1, "社員番号等と同じ基本情報として扱った", true),
  income: at(2, 2, `${T2003}, ${SIMPLE_EP}: 年収・所得`),
  bank_account: at(1, 2, `${SIMPLE_EP}: 口座番号のみ`),
  credit_card_number: at(1, 2, `${SIMPLE_EP}: クレジットカード番号のみ`),
  card_expiry: at(1, 1, "有効期限のみ（カード番号なし）は番号の下4桁と同じく低いとした", true),
  card_security_code: at(1, 1, "セキュリティコードのみ（カード番号なし）は低いとした", true),
  card_holder: at(1, 1, "カード名義は氏名と同じとした", true),
  payment_history: at(1, 2, `${T2003}: 購入履歴に準じた`, true),
  login_id: at(1, 1, "ログインIDのみ（パスワードなし）は基本情報とした", true),
  password: at(1, 2, `${T2003}: プロバイダのアカウント/パスワード`),
  nickname: at(1, 1, "基本情報として扱った", true),
  // Not in any source found; like the other public ID numbers (住民票コード, 年金証書番号): legal-rules.md §5.2.
  mynumber: at(1, 1, "個人番号は他の公的番号（住民票コード等）と同じとした", true),
  pension_number: at(1, 1, `${T2003}: 年金証書番号`),
  insurance_number: at(1, 1, `${T2003}: 健康保険証番号`),
  customer_number: at(1, 1, "社員番号と同じとした", true),
  contract_number: at(1, 1, "社員番号と同じとした", true),
  passport_number: at(1, 2, `${T2003}: パスポート番号`),
  driver_license: at(1, 1, `${T2003}: 免許証番号`),
  // roei's `medical` covers 病歴 and 診療情報; カルテ, 病状 and the like in the text raise it to (3,1).
  medical: at(2, 1, `${T2003}: 病歴・健康診断書`),
  health_insurance: at(1, 1, `${T2003}: 健康保険証番号`),
  family: at(1, 1, "家族構成は基本情報として扱った", true),
  photo: at(2, 1, "2017 別紙: 顔画像（生体認証情報）", true),
  property: at(2, 2, `${T2003}, ${SIMPLE_EP}: 資産`),
  loan: at(2, 2, `${T2003}, ${SIMPLE_EP}: 借入`),
  mortgage: at(2, 2, `${T2003}, ${SIMPLE_EP}: 借入`),
  financial_plan: at(2, 2, "資産・年収に準じた", true),
  purchase_history: at(1, 2, `${T2003}: 購入履歴`),
  ip_address: at(1, 1, "基本情報として扱った", true),
  other: at(1, 1, "その他（内容不明）は基本情報とした", true),
};

/** Item names of the EP map as they appear in announcements; each found in the text adds its level. */
export const TERM_LEVELS: readonly (readonly [pattern: RegExp, label: string, entry: LevelEntry])[] = [
  [/(前科|前歴|犯罪歴|犯歴)/, "前科前歴・犯罪歴", at(3, 3, `${T2003}, ${SIMPLE_EP}`)],
  [/与信ブラックリスト/, "与信ブラックリスト", at(3, 3, T2003)],
  [/(宗教|信条|思想|政治的見解|支持政党|加盟政党)/, "宗教・信条・政治的見解", at(3, 1, T2003)],
  [/本籍/, "本籍", at(3, 1, T2003)],
  [/(病状|カルテ|診療録)/, "病状・カルテ", at(3, 1, `${T2003}, ${SIMPLE_EP}`)],
  [/(精神障害|精神疾患|精神障がい)/, "精神障害", at(3, 1, SIMPLE_EP)],
  [/(介護度|要介護)/, "介護度", at(3, 1, SIMPLE_EP)],
  [/感染症/, "感染症に関する情報", at(3, 1, "thinkit")],
  [/(性癖|性生活)/, "性生活", at(3, 1, T2003)],
  // Not in the table (satob); by analogy with 要配慮 items (legal-rules.md §5.2).
  [/犯罪被害/, "犯罪被害", at(3, 1, "表にない項目: 要配慮個人情報に準じた", true)],
  [/遺言/, "遺言書", at(2, 3, T2003)],
  [
    /(年収|資産|預金残高|残高|所得|給与額|給与明細|賞与|借入|借金)/,
    "年収・資産・借入",
    at(2, 2, `${T2003}, ${SIMPLE_EP}`),
  ],
  [/(病歴|健康診断|健診|妊娠|手術歴|検査記録|検査結果|看護記録)/, "病歴・健康診断・検査", at(2, 1, T2003)],
  [/(障害者手帳|身体障害|知的障害|障がい)/, "身体・知的障害", at(2, 1, SIMPLE_EP)],
  [/(指紋|静脈|虹彩|網膜|顔画像|声紋|生体認証)/, "生体認証情報", at(2, 1, "2017 別紙 (satob)")],
  [/(人種|国籍)/, "人種・国籍", at(2, 1, T2003)],
  [/(成績|試験の?(得点|結果)|学歴)/, "成績・学歴", at(2, 1, `${T2003}, ${SIMPLE_EP}`)],
  [/(パスポート|旅券)/, "パスポート番号", at(1, 2, T2003)],
  [/購入履歴/, "購入履歴", at(1, 2, T2003)],
];
