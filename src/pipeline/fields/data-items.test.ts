import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { DataItem } from "../../domain/incident.js";
import { addDataItems, extractDataItems } from "./data-items.js";

const items = (text: string) => [...extractDataItems([{ text }])].sort();

describe("extractDataItems", () => {
  it.each([
    ["氏名、住所、電話番号、メールアドレスが流出", ["address", "email", "name", "phone"]],
    // Session 12: a public servants' mutual-aid card (組合員証), its 記号・番号 (番号 alone is no other field), the
    // insurer's number on a card, an allergy, a passport's image; an account-opening form holds no account yet; the
    // address an access came from is no leaked data.
    ["組合員の氏名や生年月日、組合員証の記号・番号など", ["birthdate", "health_insurance", "name"]],
    ["患者2名分の氏名、保険者番号、処方内容が記載されていた", ["health_insurance", "medical", "name"]],
    ["招待客の氏名、住所と、料理のアレルギーの情報も含まれていた", ["address", "medical", "name"]],
    ["保存されていたのはパスポートの顔写真ページの画像など", ["passport_number", "photo"]],
    ["氏名、住所が書かれた口座開設申込書", ["address", "name"]],
    ["社外のIPアドレスから少なくとも3件のアクセスがあった", []],
    // Session 12, from holdout38: the credentials or number an attacker used, the attacker's account, a password's
    // expiry in a fake mail; 保有資格 and …履歴のほか are fields of their own.
    ["他社から流出したIDとパスワードによる不正ログインで、氏名と住所が閲覧された", ["address", "name"]],
    ["流出したとみられるパスワードが使われており、多要素認証は設定していなかった", []],
    ["取引先が偽の請求書に基づいて攻撃者の口座に振り込んだ", []],
    ["「パスワードの有効期限が切れます」と書かれたメール", []],
    ["作業員の氏名、生年月日、保有資格が対象になった", ["birthdate", "name", "other"]],
    ["氏名、住所、予約履歴のほか、鍵の保管番号も含まれていた", ["address", "name", "other"]],
    ["利用者番号を書き換えると、別の利用者の氏名が表示された", ["name"]],
    ["会員IDを指定するだけで、誰でも会員の氏名を取得できた", ["name"]],
    ["氏名、住所、受診した診療科や入院の有無などが含まれていた", ["address", "medical", "name"]],
    // A call (電話があり) and relatives as people (家族から連絡) are no data items; 電話 in a list of items is one.
    ["翌朝、利用者の家族から町に電話があり、誤りが分かった", []],
    ["※クレジットカード情報は決済代行会社が管理しており、当社サーバーには保存されておりません", []],
    ["入場券には氏名と住所、性別が印刷されている", ["address", "gender", "name"]],
    ["名簿には氏名、電話、家族構成が書かれていた", ["family", "name", "phone"]],
    ["携帯電話番号と生年月日", ["birthdate", "mobile_phone"]],
    [
      "カード番号、有効期限、セキュリティコード、カード名義人名",
      ["card_expiry", "card_holder", "card_security_code", "credit_card_number"],
    ],
    ["基礎年金番号と氏名", ["name", "pension_number"]],
    // A field of a list that names known items, none of the SCHEMA's keys itself, is other.
    ["患者9名の氏名、病室番号、病名、検査予定", ["medical", "name", "other"]],
    ["児童の氏名、学年、生年月日、世帯の状況", ["birthdate", "family", "other"]],
    ["氏名、住所、電話番号、同社は警察に相談", ["address", "name", "phone"]],
    ["マイナンバーが記載された", ["mynumber"]],
    ["カナ氏名、性別、年齢", ["age", "gender", "kana_name", "name"]],
    ["契約者の氏名、保険証券番号", ["contract_number", "name"]],
    ["参加者の氏名、所属、メールアドレス", ["email", "employer", "name"]],
    ["担当者の氏名と事業所名", ["employer", "name"]],
    ["保護者の氏名、住所、お子様の氏名", ["address", "family", "name"]],
    ["利用者の氏名、要介護度、処方された薬剤名", ["medical", "name"]],
    ["会員の氏名、住所、注文した商品", ["address", "name", "purchase_history"]],
    ["顧客の氏名と預金残高", ["name", "other"]],
    ["事業者の担当者名とメールアドレス", ["email", "name"]],
    ["受給者の氏名と手当の月額", ["name", "other"]],
    ["会員の氏名と保有ポイント数", ["name", "other"]],
    ["利用者のIPアドレスと閲覧したページ", ["ip_address", "other"]],
    ["受診者の氏名と健診の結果", ["medical", "name"]],
    ["組合員の氏名と貸付金の残高", ["loan", "name"]],
    ["会員のニックネーム、保有ポイント、利用履歴", ["nickname", "other", "purchase_history"]],
    ["従業員の氏名、社員番号、所属部署", ["employer", "name", "other"]],
  ])("%s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ["USBメモリーにはパスワードを設定していなかった", []],
    ["別のサービスから漏れたIDとパスワードの組み合わせを使う攻撃", []],
    ["全会員のパスワードを初期化した", []],
    ["端末はパスワードで保護されていた", []],
    ["アクセスの記録は数件のIPアドレスからだった", []],
    ["よく使われるパスワードを多くのアカウントに試すパスワードスプレー攻撃とみられる", []],
    ["初期パスワードのまま使われていたアカウントが狙われた", []],
    ["家族にも共有しておきたい内容です", []],
    ["他社から漏れたIDとパスワードを使ったリスト型攻撃で、会員の氏名が閲覧された", ["name"]],
    ["職員が、宅配業者を装った偽のログイン画面にIDとパスワードを入力していた", []],
    ["写真撮影で不正に取得していた", []],
    ["証拠物件の提出者の名前", ["name"]],
    ["クレジットカードの番号や名義、有効期限", ["card_expiry", "card_holder", "credit_card_number"]],
    ["別人の住民票の写しを誤って交付した", ["address", "name", "other"]],
    ["住民票の写し2通を別の住民に誤って交付した", ["address", "name", "other"]],
    ["住民票にマイナンバーが記載されてしまう", ["mynumber"]],
    ["患者ID、病名、検査所見", ["customer_number", "medical"]],
  ])("context: %s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it("drops only the denied clause of a sentence", () => {
    expect(
      items("流出したのは氏名とメールアドレスとされており、パスワードやカード情報は含まれていないとのことです。"),
    ).toEqual(["email", "name"]);
  });

  it.each([
    ["当店ではカード情報をお預かりしておらず、氏名とメールアドレスのみが対象です", ["email", "name"]],
    ["氏名と住所が表示された。なお、電話番号は表示されない仕様です", ["address", "name"]],
    ["氏名と住所を渡していた。口座番号などの取引情報は渡していない", ["address", "name"]],
  ])("leaves out items that were never held, shown or handed over: %s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it("leaves out items the text says were not included", () => {
    expect(items("氏名が流出した。なお、住所、電話番号は含まれていない。")).toEqual(["name"]);
  });

  it.each([
    ["氏名と電話番号が流出した。決済情報は含まれていなかった。", ["name", "phone"]],
    ["会員の氏名が漏えいした。口座番号は同システムに保存しておらず、影響はない。", ["name"]],
    ["当店はカード情報を保有しておらず、漏えいはありません。", []],
    ["カード番号は別のサーバーで管理しており、含まれておりません。", []],
    ["メールアドレスが流出したが、パスワードの流出は確認されていない。", ["email"]],
    ["メールアドレスは表示されない仕様で、流出はないとしている。", []],
    ["口座情報は別のシステムで管理しており、今回の対象ではありません。", []],
    ["生年月日も閲覧できる状態であり、氏名とあわせて流出した。", ["birthdate", "name"]],
    ["流出したのは氏名、住所、契約番号で、口座番号や年収は含まれていない。", ["address", "contract_number", "name"]],
    ["会員の氏名と電話番号が対象のため、カード情報の流出はない。", ["name", "phone"]],
    // What was meant to be published is listed beside what leaked (a mispublication).
    ["誤って掲載したのは利用者の氏名と電話番号です。本来の公開内容は年代と性別、住居地です。", ["name", "phone"]],
    ["本来掲載すべき項目は受付番号と受付日だけだったが、氏名まで載っていた。", ["name"]],
    // Whom the organization tells, listed: not data.
    ["番号の変更に伴う勤務先や市区町村への連絡も機構が行う。", []],
    ["家族への説明を終えた。流出したのは氏名と住所。", ["address", "name"]],
    // The credentials an attacker logged in with are the means, also with the target in between.
    ["盗まれたとみられるIDとパスワードで会員サイトに不正ログインされ、氏名が閲覧された。", ["name"]],
    ["氏名や住所への影響は調査中だが、電話番号が流出した。", ["address", "name", "phone"]],
  ])("denied in many phrasings: %s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ["念のため、カードの利用明細をご確認ください。", []],
    ["同じパスワードをお使いの場合は変更をお願いいたします。", []],
    ["氏名と住所が流出したおそれがありますので、ご注意ください。", ["address", "name"]],
  ])("a request to the reader names no leaked item: %s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ["旅券番号、旅券の有効期限", ["other", "passport_number"]],
    ["口座の入出金の履歴", ["bank_account", "payment_history"]],
    ["保険証の記号・番号", ["insurance_number"]],
    ["保険証のコピー", ["health_insurance"]],
    ["患者ＩＤとログインＩＤ", ["customer_number", "login_id"]],
    ["氏名、部署名、役職", ["employer", "name", "occupation"]],
    ["受給者の氏名、支給額、振込先の口座番号", ["bank_account", "name", "other"]],
    ["学籍番号と就職内定先", ["employer", "other"]],
    ["受診した医療機関の名称と受診年月", ["medical"]],
    ["問い合わせ内容とメールアドレス", ["email", "other"]],
    ["世帯の状況を点数にした指数", ["family"]],
    ["役職員のメールアドレス", ["email"]],
  ])("term: %s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ["職員が名簿を私用のメールアドレスに送信し、外部に持ち出した", ["name"]],
    ["申込者30人のメールアドレスを宛先に入れて一斉送信した", ["email"]],
    ["職員は利用者と家族に説明し、謝罪した", []],
    ["氏名と家族構成が流出した", ["family", "name"]],
    ["利用者には利用明細を確認するよう求めている", []],
    ["流出したのはカード番号で、利用明細を確認するよう呼びかけている", ["credit_card_number"]],
    ["管理者アカウントが盗まれたIDとパスワードで不正にログインされた", []],
    ["顧客のIDとパスワードが盗まれた", ["password"]],
    ["偽サイトに会員がログインID、パスワード、口座番号を入力していた", ["bank_account", "login_id", "password"]],
    ["偽のログイン画面で利用者がIDとパスワードを入力した", ["password"]],
    ["原因は、職員が偽のログイン画面にパスワード等を入力したことによるものだった", []],
  ])("channel, addressee, advice, means and phishing input: %s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });
});

describe("addDataItems skips the clauses no hint starts in", () => {
  // Clauses that name items, deny them, ask the reader, end in conjunctive forms, or hold no item at all, in any order.
  const pieces = [
    "氏名と住所",
    "住所",
    "電話番号、",
    "カード番号や名義",
    "メールアドレスが流出した。",
    "は含まれていない。",
    "影響はない",
    "サーバーで管理しており、",
    "ですが、",
    "ため、",
    "所属、",
    "パスワードを設定",
    "をご確認ください。",
    "本来の公開内容は年代",
    "・メール・",
    "偽サイトでパスワードを入力",
    "他人の住民票を誤って交付",
    "職員が",
    "、",
    "。",
    "\n",
    "本件について",
  ];
  test.prop([fc.array(fc.constantFrom(...pieces), { maxLength: 12 })])(
    "finds what scanning every clause finds",
    (parts) => {
      const text = parts.join("");
      const skipped = new Set<DataItem>();
      const full = new Set<DataItem>();
      expect(addDataItems(text, skipped)).toBe(addDataItems(text, full, false));
      expect([...skipped].sort()).toEqual([...full].sort());
    },
  );
});
