/**
 * @module What a person can do when an item of theirs may have leaked, by data item. The exposure page renders it for
 * everyone (no JavaScript needed to read it) and hands it to public/exposure.js, which picks the entries for the items
 * of the incidents that matched.
 *
 * Where the advice comes from:
 * - 個人情報保護委員会 (PPC), 「個人情報の漏えい等が起きたら」 and the APPI: a business must notify the people concerned
 *   of a reportable leak (個人情報保護法 第26条第2項) and a person may ask it to disclose the data it holds on them
 *   (同法 第33条).
 * - 番号法 第7条第2項: a My Number that has leaked and may be misused can be changed, on the person's request, by the
 *   municipality of residence.
 * - IPA (情報処理推進機構), 「パスワードの使い回しはやめましょう」 and its guidance for individuals: change a leaked
 *   password and every other service that used the same one; turn on multi-factor authentication.
 * - 日本クレジット協会 (J-Credit) and the card companies: check statements for charges you did not make and ask the
 *   issuer to stop and reissue the card (charges after a reported leak are usually covered).
 * - フィッシング対策協議会 (antiphishing.jp) and 警察庁 (特殊詐欺対策): leaked e-mail addresses and phone numbers draw
 *   phishing mail, SMS and calls that pretend to be the organization; use its official contact details, not the link.
 * - 国民生活センター: beware of "we will delete your leaked data" offers, a known follow-up scam.
 */
import type { DataItem } from "../../../domain/incident.js";
import type { Lang } from "./i18n.js";

export type Advice = {
  readonly id: string;
  /** The advice applies when any of these items may have leaked; empty: always. */
  readonly items: readonly DataItem[];
  readonly text: Readonly<Record<Lang, string>>;
  /** Who gives this advice (shown with it). */
  readonly source: Readonly<Record<Lang, string>>;
};

export const ADVICE: readonly Advice[] = [
  {
    id: "password",
    items: ["password", "login_id"],
    text: {
      ja: "そのサービスのパスワードを変更し、同じパスワードを使い回している他のサービスもすべて変更してください。二要素認証（多要素認証）があれば有効にしてください。",
      en: "Change the password of that service and of every other service where you reused it. Turn on two-factor authentication where offered.",
    },
    source: { ja: "IPA（情報処理推進機構）", en: "IPA" },
  },
  {
    id: "card",
    items: ["credit_card_number", "card_expiry", "card_security_code", "card_holder"],
    text: {
      ja: "カードの利用明細に身に覚えのない請求がないか確認し、カード会社に連絡してカードの停止・再発行を相談してください。",
      en: "Check your card statements for charges you did not make, and ask the card company to stop and reissue the card.",
    },
    source: { ja: "日本クレジット協会・各カード会社", en: "Japan Consumer Credit Association, card issuers" },
  },
  {
    id: "bank",
    items: ["bank_account", "payment_history", "loan", "mortgage"],
    text: {
      ja: "口座の入出金に覚えのない取引がないか確認し、不審な点があれば金融機関に連絡してください。口座番号だけで引き出されることはありませんが、暗証番号やネットバンキングのパスワードは聞かれても答えないでください。",
      en: "Check your account for transactions you did not make and tell your bank about anything odd. Never give your PIN or online-banking password to anyone who asks.",
    },
    source: { ja: "全国銀行協会・各金融機関", en: "Japanese Bankers Association, banks" },
  },
  {
    id: "contact",
    items: ["email", "phone", "mobile_phone", "address"],
    text: {
      ja: "その組織を名乗るメール・SMS・電話・郵便に注意してください。本文のリンクや記載の番号ではなく、公式サイトで確かめた連絡先に問い合わせてください。",
      en: "Beware of mail, SMS, calls and letters pretending to be the organization. Contact it through details you check on its official site, not those in the message.",
    },
    source: { ja: "フィッシング対策協議会・警察庁", en: "Council of Anti-Phishing Japan, National Police Agency" },
  },
  {
    id: "mynumber",
    items: ["mynumber"],
    text: {
      ja: "マイナンバーが漏えいし不正に使われるおそれがある場合は、住民票のある市区町村に番号の変更を請求できます（番号法第7条第2項）。マイナンバーカードの暗証番号は他人に教えないでください。",
      en: "If your My Number leaked and may be misused, you can ask your municipality to change it (My Number Act, art. 7(2)). Never tell anyone your card's PIN.",
    },
    source: { ja: "個人情報保護委員会・デジタル庁", en: "Personal Information Protection Commission, Digital Agency" },
  },
  {
    id: "identity",
    items: ["name", "birthdate", "driver_license", "passport_number", "insurance_number", "pension_number"],
    text: {
      ja: "氏名や生年月日、証明書の番号を知っている相手でも本人確認ができたとは限りません。「本人確認のため」と言って他の情報を聞き出す連絡に注意し、身に覚えのない契約の通知が届いたら発行元に確認してください。",
      en: "Someone who knows your name, birth date or a document number is not proven to be who they say. Beware of callers asking for more 'to verify you'; check any contract notice you do not recognize with its issuer.",
    },
    source: { ja: "警察庁・国民生活センター", en: "National Police Agency, National Consumer Affairs Center" },
  },
  {
    id: "medical",
    items: ["medical", "health_insurance"],
    text: {
      ja: "病歴などは要配慮個人情報です。病状に触れて連絡してくる相手に注意し、どの情報が漏れたかは組織に開示を求めることができます（個人情報保護法第33条）。",
      en: "Health data is sensitive personal information. Beware of contacts that mention your condition; you may ask the organization to disclose what it held on you (APPI art. 33).",
    },
    source: { ja: "個人情報保護委員会", en: "Personal Information Protection Commission" },
  },
  {
    id: "notice",
    items: [],
    text: {
      ja: "組織からのお知らせ（個人情報保護法第26条第2項による本人への通知）を確認し、わからないことは組織の公式窓口に問い合わせてください。「漏れた情報を削除します」という業者からの連絡は詐欺です。",
      en: "Read the organization's notice to the people affected (APPI art. 26(2)) and ask its official contact about anything unclear. Offers to 'delete your leaked data' are scams.",
    },
    source: {
      ja: "個人情報保護委員会・国民生活センター",
      en: "Personal Information Protection Commission, National Consumer Affairs Center",
    },
  },
];
