/** @module Incident passage → leaked data items (SCHEMA.md key list), with negated mentions left out. */
import { DATA_ITEMS, type DataItem } from "../../domain/incident.js";
import { AlternativeScanner } from "./first-units.js";

/**
 * Terms for each data item. Order matters only for overlapping terms: longer, more specific terms come first and
 * the text they cover is not matched again (携帯電話番号 is mobile_phone, not phone).
 */
const TERMS: readonly (readonly [DataItem, RegExp])[] = [
  ["card_holder", /カード(?:の)?名義(?:人)?(?:名)?|名義人名/],
  ["credit_card_number", /クレジットカード(?:の)?(?:番号|情報)|カード(?:の)?番号|クレカ情報|カード情報/],
  // パスワードの有効期限 is no card's.
  ["card_expiry", /(?<!パスワードの|パスワード)有効期限/],
  ["card_security_code", /セキュリティー?コード/],
  ["mobile_phone", /携帯電話番号|携帯番号|携帯(?:電話)?の(?:電話)?番号/],
  // 電話があり, 電話で謝罪: a call, not a number (電話番号, or 電話 in a list of items).
  ["phone", /電話番号|連絡先電話|電話(?!が|を|で|に|し|連絡|相談|応対|口|機)/],
  ["email", /メールアドレス|連絡先メール|e-?mail|メアド/i],
  ["kana_name", /カナ|フリガナ|ふりがな/],
  ["family", /(?:児童|子ども|子供|お子様|お子さん|配偶者|扶養親族)の(?:氏名|名前)/],
  [
    "name",
    /氏名|名前|姓名|氏のみ|名字|(?:患者|顧客|利用者|会員|使用者|受講者|参加者|担当者|申請者|契約者|保護者|応募者|申込者|寄附者|寄付者|組合員|児童|生徒|学生)名|法人名|個人名|名簿/,
  ],
  ["postal_code", /郵便番号/],
  ["address", /住所|所在地|住居地/],
  ["birthdate", /生年月日|生年月|誕生日/],
  ["age", /年齢|年代/],
  ["gender", /性別/],
  ["nationality", /国籍/],
  [
    "employer",
    /勤務先|会社名|学校名|施設名|事業所名|所属(?:先|機関|部署|企業|会社|団体)(?:名)?|所属(?=[、・，,]|など|等)|部署名|内定先|就職先/,
  ],
  ["occupation", /職業|職種|役職(?!員)|肩書/],
  ["income", /年収|収入|所得|給与(?:額|明細|の額|支給額)|賞与(?:額|の額)|給料/],
  ["bank_account", /口座(?:番号|情報)?(?!開設|に(?:振り込|振込|送金|入金|変更))|金融機関(?:名|情報)|返済口座/],
  ["payment_history", /引き落とし金額|支払(?:い)?履歴|決済履歴|利用明細|取引履歴|入出金(?:の)?(?:履歴|明細|記録)/],
  ["customer_number", /会員番号|顧客番号|患者(?:ID|ＩＤ)|診察券番号|利用者番号|お客様番号|会員(?:ID|ＩＤ)/],
  ["login_id", /ログイン(?:ID|ＩＤ)|ユーザー?(?:ID|ＩＤ)|アカウント(?:名|ID|ＩＤ)/],
  [
    "password",
    /(?<!初期)パスワード(?!スプレー|リスト|の有効期限|(?:等)?(?:の)?(?:アカウント情報)?(?:を|が|は|で)?(?:設定|かけ|掛け|入力|変更|付|保護|ロック|リセット|初期化)|の(?:組み合わせ|リスト)(?:を|で|による)|を(?:使っ|使用し|悪用し|用い)た[^。、]{0,8}(?:攻撃|ログイン|アクセス)|を[^。、]{0,12}?試)/,
  ],
  ["nickname", /ニックネーム|ハンドルネーム/],
  ["mynumber", /マイナンバー|個人番号/],
  ["pension_number", /基礎年金番号|年金番号/],
  ["insurance_number", /被保険者(?:証の記号|番号)|保険証(?:の)?(?:記号(?:[・、]|及び|および)?)?番号/],
  ["contract_number", /契約番号|債権番号|(?:保険)?証券番号/],
  ["passport_number", /旅券番号|パスポート番号/],
  ["driver_license", /運転免許証|運転免許(?:の)?(?:情報|番号)/],
  [
    "medical",
    /病名|診断名|診療(?:情報|内容|記録)|処方(?:内容|箋|せん|薬)|(?:処方された)?薬剤名|要介護(?:度|認定)|手術(?:日|名|歴)|病歴|カルテ|検査(?:所見|結果|画像)|処置(?:の内容|年月日|記録)|入院日|入院先|退院日|転院|病状|経過|服薬|健康診断|健診(?:の)?結果|検診(?:の)?結果|既往歴|アレルギー|診療科|入院の有無|内視鏡|レントゲン|エックス線|(?:CT|ＣＴ|MRI|ＭＲＩ)画像|受診(?:歴|日|年月|記録)|受診した医療機関|医療機関(?:名|の名称)/,
  ],
  // 共済組合の組合員証 is the health-insurance card of public servants (地方公務員等共済組合法 第44条); 資格確認書 replaces
  // the card for those without a My Number card since 2024-12 (健康保険法 改正, 令和5年法律第48号).
  ["health_insurance", /健康保険証|保険証|(?<!労働)組合員証|資格確認書|保険者番号/],
  // 家族から連絡があり, 家族ではない人: the relatives as people, not their data.
  ["family", /続柄|家族(?!から|が|では|に|へ|は)|世帯主|世帯(?:構成|の状況)|扶養/],
  ["photo", /顔写真|写真(?!撮影|説明)/],
  ["property", /土地(?:の)?(?:所在地|面積|地番)|物件情報|(?<!証拠)物件(?!の提出)|所有権|登記|地番/],
  ["mortgage", /抵当権/],
  ["loan", /融資|つなぎ資金|ローン申込|借入|貸付|貸し付け/],
  ["financial_plan", /資金計画/],
  ["purchase_history", /購入履歴|注文履歴|購買履歴|利用履歴|(?:注文|購入)(?:した)?商品(?:名)?|注文内容/],
  ["ip_address", /(?:IP|ＩＰ)アドレス/],
  [
    "other",
    /(?:旅券|パスポート|免許証|在留カード|保険証)の有効期限|(?:問い?合わ?せ|相談)(?:の)?内容|(?:支給|保険料|税|請求|振込|引き落とし|利用|購入)額|金額|学籍番号|学生番号|生徒番号|社員番号|職員番号|従業員番号|本人確認(?:書類|記録)|本籍|筆頭者|戸籍|身分事項|転入出日|届出日|住定日|住民となった(?:年月)?日|前住所|学習成績|成績|ドメイン名|契約日|取引価格|主治医|医師の氏名|担当医|利用目的|配信希望地域|送り状|水道料金|使用料|料金|顧客情報|顧客データ|店舗情報|申込者情報|業務資料|研修資料|非公開情報|法人情報|金融機関情報|メール本文|メールの内容|預金残高|(?:口座|預金)の残高|月額|(?:保有|獲得)ポイント(?:数|残高)?|ポイント(?:数|残高)|閲覧履歴|閲覧したページ/,
  ],
];

/**
 * Terms recognized by their neighbours, tested apart (a lookbehind inside the combined scan would be tried at every
 * position): 名義 listed after a card number (番号、名義), and メール as a list item (氏名・メール).
 */
const CONTEXT_TERMS: readonly (readonly [DataItem, RegExp, string])[] = [
  ["card_holder", /(?:番号|カード)(?:や|、|・|と)名義/, "名義"],
  ["email", /(?:^|[・、,\s「\-])メール(?:$|[・、,\s」）)])/, "メール"],
  // 偽サイトにIDとパスワードを入力した: in phishing, what the victims typed in is what was taken; not when it was
  // staff whose password let the attacker in (教員がパスワードを入力したことが原因).
  [
    "password",
    /^(?![^。]*(?:原因|による|により|ことで|ことから|職員|教員|社員|従業員))[^。]*(?:偽|フィッシング|装っ|装う|なりすま)[^。]{0,40}パスワード[^。]{0,30}入力/,
    "パスワード",
  ],
];

/** 職員が、偽のログイン画面にIDとパスワードを入力した: staff whose password let the attacker in (the passage may split it). */
const STAFF_TYPED = /(?:職員|教員|社員|従業員)(?:[0-9０-９]+(?:名|人))?が[、,]?[^。]{0,60}パスワード[^。]{0,30}入力/u;

/**
 * All terms as one alternation in TERMS order (case-insensitive, as one /iu regex): one scan per clause, trying at
 * each position only the terms that can start there.
 */
const COMBINED = new AlternativeScanner(
  TERMS.map(([, re]) => re.source),
  "iu",
);

/** Documents whose contents are known: another person's 住民票 handed out leaks the name, address and more it records (住民基本台帳法7条). */
const DOCUMENTS: readonly (readonly [RegExp, readonly DataItem[]])[] = [
  [
    /(?:別人|他人|別の住民|他の住民)の(?:住民票|印鑑登録証明書)|(?:住民票|印鑑登録証明書)(?:の写し)?(?:を|が)(?:誤|間違)|(?:住民票|印鑑登録証明書)(?:の写し)?[^。、]{0,8}を(?:別人|他人|別の(?:住民|市民|方|人))に/,
    ["name", "address", "other"],
  ],
  [/戸籍(?:謄本|抄本)/, ["name", "family", "other"]],
  // A passport's photo page prints its number (ICAO Doc 9303, the machine-readable zone): an image or copy of it
  // leaks the number.
  [/(?:パスポート|旅券)(?:の)?[^。、]{0,10}?(?:画像|写し|コピー)/, ["passport_number"]],
];

/**
 * A clause that denies the items: 含まれていない/含まれておりません, 保存しておらず (the data was never held there),
 * 流出はない/影響はない, 対象外, in plain and polite forms, present and past.
 */
const NEGATION = new RegExp(
  [
    "(?:含まれ|流出し|漏え?いし|漏洩し|確認され|記載され|表示され|印字され|保存し|保存され|保管し|保管され|保有し|保持し|管理し|登録し|取得し|取り扱っ|扱っ|入力され|収集し|お預かりし|預かっ|渡し|提供し)て(?:い|お)(?:ない|なかった|らず|りません|ません)",
    "(?:含まれ|確認され|表示され|記載され|印字され)(?:ない|ず|ません|なかった)|含み(?:ません|ませんでした)|含まない|保持しない|保有しない|対象外|対象では(?:ない|なく|ありません|ございません)",
    "(?:流出|漏え?い|漏洩|影響|被害)(?:等)?(?:は|も)(?:一切)?(?:ない|なく|なかった|ありません|ございません|生じていない)",
  ].join("|"),
  "u",
);

/** Data items named in the passages; a passage clause that says the items were not included is skipped. */
export function extractDataItems(passages: readonly { readonly text: string }[]): readonly DataItem[] {
  const found = new Set<DataItem>();
  for (const p of passages) addDataItems(p.text, found);
  return found.size === 0 ? NO_ITEMS : DATA_ITEMS.filter((item) => found.has(item));
}

/**
 * Adds the data items one passage names to `found` (in no particular order); true when it names any. `skipHintless`
 * false scans every clause (the property test's reference).
 */
export function addDataItems(text: string, found: Set<DataItem>, skipHintless = true): boolean {
  const first = ITEM_HINT.next(text);
  if (first === null) return false;
  // A clause can name an item only if a hint starts inside it (ITEM_HINT: the terms without lookarounds, the
  // documents and the needles, none anchored, match the passage wherever they match a clause of it): the clauses
  // without one are not tested for denials or scanned, and no term starts in a clause before its first hint. `at` is
  // the leftmost hint start at or after the clause looked at.
  let at = first.start;
  const firstHint = (from: number, to: number): number => {
    if (!skipHintless) return 0;
    if (at < from) at = ITEM_HINT.next(text, from)?.start ?? text.length;
    return at < to ? at - from : -1;
  };
  let any = false;
  for (const [clause, hintAt] of positiveClauses(text, firstHint)) {
    for (const [doc, docItems] of DOCUMENTS) {
      if (!doc.test(clause)) continue;
      any = true;
      for (const item of docItems) found.add(item);
    }
    for (const [item, re, needle] of CONTEXT_TERMS) {
      if (!clause.includes(needle) || !re.test(clause)) continue;
      if (item === "password" && STAFF_TYPED.test(text)) continue;
      any = true;
      found.add(item);
    }
    let named = 0;
    for (let m = COMBINED.next(clause, hintAt); m; m = COMBINED.next(clause, Math.max(m.end, m.start + 1))) {
      if (!isNotLeaked(clause, m.end)) {
        any = true;
        named++;
        found.add(TERMS[m.alternative]![0]);
      }
    }
    if (named >= 2 && !found.has("other") && namesUnlistedField(clause)) found.add("other");
  }
  return any;
}

const NO_ITEMS: readonly DataItem[] = Object.freeze([]);

/**
 * 氏名、学年、生年月日、世帯の状況: a list of fields that names two known items or more names the data; a field in it
 * that is none of the SCHEMA's items (学年, テストの点数, 病室番号, 世帯の状況) is `other`.
 */
function namesUnlistedField(clause: string): boolean {
  const parts = clause.split(LIST_JOINT);
  if (parts.length < 3) return false;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!.replace(FIELD_TAIL, "").trim();
    if (!FIELD_SHAPE.test(part) || !FIELD_END.test(part) || NOT_A_FIELD.test(part)) continue;
    if (COMBINED.next(part, 0) !== null || DOCUMENTS.some(([doc]) => doc.test(part))) continue;
    return true;
  }
  return false;
}

const LIST_JOINT = /、|・|や|および|及び|ならびに|並びに|それに|に加え(?:て)?、?/u;
/** What ends the last field of a list: など, the particle that hands the list to its verb. */
const FIELD_TAIL =
  /(?:など|等)?(?:の(?:個人)?(?:情報|データ)(?:の一部)?)?(?:のほか|の他|が|を|は|も|に|で|と|の一部|計|合わせ).*$/u;
const FIELD_SHAPE = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,10}(?:の[\p{Script=Han}\p{Script=Katakana}ー]{1,8})?$/u;
/** The ends of a field's name (病室番号, 所属クラブ名, 受講履歴, 世帯の状況, テストの点数, 検査予定). */
const FIELD_END = /(?:番号|名|日|歴|内容|状況|結果|額|点数|成績|等級|区分|予定|期間|学年|記録|種別|使用量|資格)$/u;
/**
 * Words a list of data may hold that name no field: the data as a whole, whose it is, how many, and the bare 番号 of
 * 記号・番号 (the second half of the field before it).
 */
const NOT_A_FIELD =
  /^(?:番号|記号|個人情報|情報|データ|一部|全部|内容|件数|人数|顧客|会員|利用者|患者|職員|社員|従業員|児童|生徒|学生|保護者|家族|本人|住民|市民|取引先|関係者|担当者|同社|同市|当社|警察|委員会|個人情報保護委員会)$/u;

/**
 * A term that the next words make into something else than leaked data: the channel it went through (私用の
 * メールアドレスに送信), the people told (患者と家族に説明), the attacker's means (盗まれたIDとパスワードでログイン),
 * or where an access came from (数件のIPアドレスからだった).
 */
function isNotLeaked(clause: string, end: number): boolean {
  const c = clause.charCodeAt(end);
  // に / へ / で / を / 宛: only these particles can start such a phrase (a cheap test before the regexes).
  if (c === 0x3084 || c === 0x3068 || c === 0x3001 || c === 0x30fb) {
    // や / と / 、 / ・: a list of whom the organization told (勤務先や市区町村への連絡) ends in the same phrases.
    return ADDRESSEE_LIST.test(clause.slice(end, end + 24));
  }
  // から: where an access or a message came from (数件のIPアドレスからだった, 私用のアドレスから送信).
  if (c === 0x304b) return ORIGIN.test(clause.slice(end, end + 16));
  // が: the credentials an attacker used (パスワードが使われており).
  if (c === 0x304c) return USED_BY_ATTACKER.test(clause.slice(end, end + 8));
  if (c !== 0x306b && c !== 0x3078 && c !== 0x3067 && c !== 0x3092 && c !== 0x5b9b && c !== 0x306a) return false;
  const after = clause.slice(end, end + 24);
  if (MEANS.test(after) || REWRITTEN.test(after)) return true;
  if (ADDRESSEE.test(after)) return true;
  return CHANNEL.test(after) && !SHOWN_TO_OTHERS.test(clause);
}

/** …からのアクセス, …からだった, …から送信: the address an access or a message came from. */
const ORIGIN =
  /^から(?:[^。、]{0,10}?の)?(?:不正(?:な)?)?(?:アクセス|接続|ログイン|送信|攻撃|だった|であった|でした|と(?:みられ|判明))/u;

/** …に説明し, …へ謝罪, …への連絡: the term names whom the organization told, not what leaked. */
const TOLD = "(?:に|へ)(?:の)?(?:対し(?:て)?|も)?(?:説明|謝罪|おわび|お詫び|連絡|報告|相談|通知|共有|周知)";
const ADDRESSEE = new RegExp(`^(?:など)?${TOLD}`, "u");
const ADDRESSEE_LIST = new RegExp(`^(?:や|と|、|・)[^、。にへがをは]{1,10}(?:など)?${TOLD}`, "u");

/** …に送信, …宛てに転送: the address a message went to. */
const CHANNEL = /^(?:など)?(?:に|へ|宛て?に?)(?:誤って|間違えて)?(?:送信|転送|送っ|送ら|送付|返信)/u;

/** CC で一斉送信, アドレスが見える状態: a message that showed its recipients' addresses leaked them. */
const SHOWN_TO_OTHERS = /[CＣ][CＣ]|[BＢ][CＣ][CＣ]|宛先|一斉|同報|見える|表示|閲覧/u;

/** 利用者番号を書き換えると, 会員IDを指定するだけで: the number an attacker changed or named to reach others' records. */
const REWRITTEN = /^を(?:連続して)?(?:書き換え|書きかえ|指定)(?:る|ると|て|た|する|すると|して|した)/u;
const USED_BY_ATTACKER = /^が(?:使われ|使用され|悪用され)/u;

/** …で不正にログイン, …を悪用してアクセス: the credentials an attacker used to get in. */
const MEANS =
  /^(?:など)?(?:で|による|により|を(?:使(?:って|い|用し(?:て)?)|悪用し(?:て)?|用い(?:て)?))(?:[^。、]{0,10}?(?:に|へ))?(?:不正に|第三者が|何者かが)?(?:不正)?(?:ログイン|アクセス|侵入|認証)/u;

/**
 * Splits a passage into clauses, each with the offset of its first item hint (`firstHint` of its range; -1: none, and
 * the clause cannot name an item), and drops those without one and those that deny the items (住所、電話番号は含まれて
 * いない) or ask the reader to act (明細をご確認ください). A denial with no item of its own denies the clause it
 * continues (カード情報は別のサーバーで管理しており、影響はない).
 */
function positiveClauses(
  text: string,
  firstHint: (from: number, to: number) => number,
): readonly (readonly [clause: string, hintAt: number])[] {
  const ends = clauseEnds(text);
  const out: (readonly [string, number])[] = [];
  let from = 0;
  for (let k = 0; k < ends.length; k++) {
    const to = ends[k]!;
    const hint = firstHint(from, to);
    // Only a clause with a hint is cut from the passage (most are not).
    if (hint >= 0) {
      const part = text.slice(from, to);
      const nextEnd = ends[k + 1];
      if (
        !(NEGATION.test(part) || isRequest(part) || INTENDED.test(part)) &&
        !(nextEnd !== undefined && continues(part) && deniesAlone(text.slice(to, nextEnd)))
      )
        out.push([part, hint]);
    }
    from = to;
  }
  return out;
}

/** Where each clause of a passage ends (endsClause); the last one ends with the passage. */
function clauseEnds(text: string): readonly number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length - 1; i++) if (endsClause(text, i)) ends.push(i + 1);
  ends.push(text.length);
  return ends;
}

/** A denial that names no item of its own (…、影響はない) denies the clause before it. */
function deniesAlone(clause: string): boolean {
  return NEGATION.test(clause) && !ITEM_HINT.test(clause);
}

/**
 * 本来の公開内容は年代、性別…: what the organization meant to publish or send is the part that did not leak (a
 * mispublication lists both).
 */
const INTENDED =
  /本来(?:の)?(?:は)?(?:公開|公表|掲載|記載|送付|送信|表示)(?:内容|項目|情報|すべき|する(?:予定の)?|している|していた|予定)/u;

/** …しており、 …であり、 …仕様で、: a clause whose predicate goes on in the next one (not …が、, which turns against it). */
function continues(clause: string): boolean {
  return /(?:おり|あり|で|ため)、$/u.test(clause);
}

/** 利用明細をご確認ください: a request to the reader names what to check, not what leaked (unless it says so). */
function isRequest(clause: string): boolean {
  return REQUEST.test(clause) && !/流出|漏え?い|漏洩/u.test(clause);
}

const REQUEST =
  /(?:お願い(?:いた)?(?:します|致します|申し上げます)|ください)[。\s]*$|(?:する|しない|される)よう(?:に)?(?:求め|呼びかけ|促し|要請|依頼|お願い|勧め)|(?:確認|注意)を(?:求め|呼びかけ|促し)/u;

/**
 * Does a clause end with the character at `i`: 。 or a line break, or a 、 after a conjunctive ending (…が、 …ものの、
 * …けれど、 …ただし、 …なお、 …おり、 …あり、 …で、 …ため、 …ず、, which also cover ですが、 であり、 ており、
 * されており、).
 */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3002 || c === 0x0a) return true; // 。 \n
  if (c !== 0x3001) return false; // 、
  // Only the endings whose last character stands before the 、 are compared (none, before most).
  const endings = ENDINGS_BY_LAST.get(text.charCodeAt(i - 1));
  return endings?.some((w) => i >= w.length && text.startsWith(w, i - w.length)) === true;
}

/** …番号で、 (a noun predicate that goes on), …ため、 and …ず、 end a clause too. */
const CONJUNCTIVE_ENDINGS = ["が", "ものの", "けれど", "ただし", "なお", "おり", "あり", "で", "ため", "ず"];

/** CONJUNCTIVE_ENDINGS by the code of their last character (り: おり, あり). */
const ENDINGS_BY_LAST: ReadonlyMap<number, readonly string[]> = new Map(
  CONJUNCTIVE_ENDINGS.map((w) => {
    const last = w.charCodeAt(w.length - 1);
    return [last, CONJUNCTIVE_ENDINGS.filter((e) => e.charCodeAt(e.length - 1) === last)];
  }),
);

const LOOKAROUND_OPENERS = ["(?=", "(?!", "(?<=", "(?<!"];

/**
 * What every clause that yields an item must contain, starting inside it: the terms with their lookarounds dropped (a
 * lookaround can see past a clause's edge, so it may hold in a clause and not in the passage), the documents, and the
 * context needles. None may be anchored (^, $, \b), so each matches the passage wherever it matches a clause of it.
 * A passage without it yields nothing, so it is not split or scanned; nor is a clause without one.
 */
const HINT_SOURCES = [
  ...TERMS.map(([, re]) => withoutLookarounds(re.source)),
  ...DOCUMENTS.map(([re]) => re.source),
  ...CONTEXT_TERMS.map(([, , needle]) => needle),
];
for (const source of HINT_SOURCES) {
  if (/\\[bB]|(?<!\\)[$^]/.test(source.replace(/\[(?:\\.|[^\]\\])*\]/g, ""))) {
    throw new Error(`data-items hint ${source} is anchored`);
  }
}
const ITEM_HINT = new AlternativeScanner(HINT_SOURCES, "iu");

/** A regex source with every lookahead and lookbehind group removed: it matches wherever the original does. */
function withoutLookarounds(source: string): string {
  let out = "";
  let inClass = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (!inClass && LOOKAROUND_OPENERS.some((o) => source.startsWith(o, i))) {
      i = groupEnd(source, i);
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    out += c;
    i++;
  }
  return out;
}

/** The index after the group that opens at `open`, skipping escapes and character classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return source.length;
}
