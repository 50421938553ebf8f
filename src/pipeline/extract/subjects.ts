/** @module Sentences → proper names in subject or heading position (ミドリテックは2/14、…; 楽天 148万件の…). */
import { allMatches, codeUnitClass } from "../fields/char-class.js";
import { GENERIC_NAMES } from "../fields/gazetteer.js";
import type { OrgMention } from "../fields/organization.js";
import { BULLETS } from "../segment/bullets.js";
import type { Sentence } from "../segment/sentences.js";
import { ANNOUNCER_LEAD, signalsOf } from "./signals.js";

/** Katakana and Latin words that stand at the start of a sentence but name no organization. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  "サイバー",
  "データ",
  "ウイルス",
  "メール",
  "システム",
  "サーバー",
  "サーバ",
  "クラウド",
  "クラウドストレージ",
  "バックアップ",
  "ログ",
  "アクセスログ",
  "デバイス",
  "ルール",
  "マニュアル",
  "チェック",
  "リスク",
  "ストレージ",
  "ホーム",
  "結局",
  "実際",
  "本来",
  "当然",
  "一方",
  "今後",
  "現在",
  "最近",
  "トップページ",
  "トップ",
  "セキュリティ",
  "セキュリティー",
  "パソコン",
  "フィッシング",
  "フィッシングメール",
  "ランサムウェア",
  "インターネット",
  "アカウント",
  "パスワード",
  "マイナンバー",
  "マイナンバーカード",
  "ホームページ",
  "サイト",
  "Webサイト",
  "ウェブサイト",
  "ネット",
  "コンビニ",
  "カード",
  "クレジットカード",
  "ユーザー",
  "ユーザ",
  "メンバー",
  "スマホ",
  "アプリ",
  "サービス",
  "ソフト",
  "ソフトウェア",
  "プログラム",
  "ファイル",
  "リスト",
  "ケース",
  "トラブル",
  "ニュース",
  "コメント",
  "ポイント",
  "ログイン",
  "アクセス",
  "USB",
  "USBメモリ",
  "USBメモリー",
  "PC",
  "CD",
  "DVD",
  "SNS",
  "ID",
  "URL",
  "Web",
  "WEB",
  "IT",
  "DX",
  "AI",
  "SQL",
  "BCC",
  "CC",
  "TO",
  "VPN",
  "OS",
  "HP",
  "PDF",
  "FAX",
  "CD-ROM",
  "SQLインジェクション",
  "ハッカー",
  "テレワーク",
  "タイトル",
  "メールアドレス",
  "バッグ",
  "リュック",
  "ノートパソコン",
  "ノートPC",
  "タブレット",
  "スマートフォン",
  "ウィニー",
  "Winny",
  "インシデント",
  "マルウェア",
  "ランサムウエア",
  "フォーム",
  "ページ",
  "レシピ",
  "プライバシー",
  "プライバシーマーク",
  "PR",
  "Smiley",
  "ISMS",
  "JST",
  "API",
  "CVE",
  "WAF",
  "EC",
  "EMS",
  "IPS",
  "IDS",
  "SSL",
  "TLS",
  "メーカー",
  "ベンダー",
  "ホテル",
  // People's roles and things said as a sentence's subject (元コーチが, 委託先のエンジニアが, カレンダーが).
  "カレンダー",
  "エンジニア",
  "コーチ",
  "元コーチ",
  "スタッフ",
  "アルバイト",
  "ドライバー",
  "インストラクター",
  "トレーナー",
  "オペレーター",
  // Kinds of place or business said without a name (勤務先のゴルフ場の会員名簿).
  "ゴルフ場",
  "スポーツクラブ",
  "フィットネスクラブ",
  "カラオケ店",
  "ショップ",
  "ストア",
  "ユーザー",
  "サポート",
  "センター",
  "オンライン",
  "Apache",
  "Struts",
  "ApacheStruts",
  "Windows",
  "Google",
  "Amazon",
  "Microsoft",
  "まとめ",
  "コスト",
  "ビジネス",
  "ネットワーク",
  "パッチ",
  "修正パッチ",
  "カルテ",
  "電子カルテ",
  "カード会社",
  "クレジットカード会社",
  "ファームウェア",
  // What fixes a flaw (この脆弱性を修正するアップデートは3月に公開されていた): no organization.
  "アップデート",
  "アップグレード",
  "バージョン",
  "更新プログラム",
  "セキュリティパッチ",
]);

const NAME =
  /^(?:米|英|独|仏|中国|韓国|台湾)?[\p{Script=Han}]{0,6}[\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９&＆.．・\-]*[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ](?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９&＆.．・\-]|(?<=[A-Za-zＡ-Ｚａ-ｚ])[ 　](?=[A-ZＡ-Ｚ]))*/u;
/** 旅行会社ＯＣＥＡＮ, 通販大手ABC: the kind of business written before a Latin or katakana name is not part of it. */
const BUSINESS_LEAD =
  /^[\p{Script=Han}]{0,6}(?:会社|企業|大手|業者|事業者)(?=[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ])|^[\p{Script=Han}]{2,8}(?<![元先])の(?=[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][^、。（(]{1,30}(?:[（(][^）)]{1,20}[）)](?:は|が)|(?:は|が)[0-9０-９]))/u;
const KANJI_NAME = /^[\p{Script=Han}]{2,8}/u;
export const LEADING = new RegExp(
  `^[\\s　]*(?:[（(][0-9０-９]+[）)]|[${BULLETS}・\\-]\\s*)?(?:[0-9０-９]{1,4}[年/月][0-9０-９]{1,2}日?(?:付け?)?[、,\\s]*)?`,
  "u",
);
/** The length of the sentence's LEADING match, 0 at once when its first character can start no bullet, number or date. */
function leadingLength(text: string): number {
  const first = text.charCodeAt(0);
  if (Number.isNaN(first) || !isLeadingStart(first)) return 0;
  return LEADING.exec(text)?.[0].length ?? 0;
}

/** The characters a non-empty LEADING match starts with. */
export const isLeadingStart = codeUnitClass(new RegExp(`[\\s　（(${BULLETS}・\\-0-9０-９]`, "u"));

/** The first characters of what accepts takes after a name (は, が, では, でも, も, の…, 、 and spaces). */
export function mayFollowName(c: number): boolean {
  return !Number.isNaN(c) && isNameFollower(c);
}

const isNameFollower = codeUnitClass(/[はがでもの、\s]/u);

const ANAPHORIC_LATIN = /^[同当][A-Za-zＡ-Ｚａ-ｚ\p{Script=Katakana}ー]{1,5}$/u;

/** A trade followed by 会社 or 企業 with no legal form before it: リフォーム会社, IT企業 (not 株式会社…, 合同会社…, X子会社). */
const KIND_OF_COMPANY = /(?<!株式|有限|合同|合資|合名|子|親|孫|関連)(?:会社|企業)$/u;

/** Words after a name that are not part of it, longest first where one ends another (子会社, 社). */
const TRAILERS = ["子会社", "グループ", "アプリ", "サービス", "サイト", "社"];

/** The name without the trailer it ends in, if any (as /(?:子会社|…|社)$/ would cut it: the longest). */
function withoutTrailer(name: string): string {
  // 会社 is a kind (リフォーム会社), not a name followed by 社: accepts turns it down whole.
  if (KIND_OF_COMPANY.test(name)) return name;
  for (const t of TRAILERS) if (name.endsWith(t)) return name.slice(0, -t.length);
  return name;
}

/** The name without trailing middle dots, periods and hyphens (as /[・.．\-]+$/ would cut them). */
function withoutTrailingDots(name: string): string {
  let end = name.length;
  while (end > 0 && TRAILING_DOTS.includes(name.charAt(end - 1))) end--;
  return end === name.length ? name : name.slice(0, end);
}

const TRAILING_DOTS = "・.．-";

/**
 * PDFファイル, USBメモリ, ファイルサーバー: Latin and katakana words that are all common words make no name (a katakana
 * run is split into common words where it can be).
 */
function isCommonCompound(name: string): boolean {
  const parts = name.match(/[A-Za-zＡ-Ｚａ-ｚ0-9０-９]+|[\p{Script=Katakana}ー]+/gu);
  if (parts === null || parts.join("") !== name) return false;
  if (parts.length > 1) return parts.every((p) => COMMON_WORDS.has(p) || commonWordsOnly(p));
  return commonWordsOnly(name);
}

const LONGEST_COMMON_WORD = Math.max(...[...COMMON_WORDS].map((w) => w.length));

/** Can `word` be cut into two or more common words (ファイル|サーバー)? */
function commonWordsOnly(word: string): boolean {
  if (word.length < 4) return false;
  // ends[k]: the number of common words word.slice(0, k) splits into (0: it cannot be split).
  const ends = new Array<number>(word.length + 1).fill(0);
  for (let k = 2; k <= word.length; k++) {
    for (let j = k - 2; j >= Math.max(0, k - LONGEST_COMMON_WORD) && ends[k] === 0; j--) {
      if ((j === 0 || ends[j]! > 0) && COMMON_WORDS.has(word.slice(j, k))) ends[k] = (j === 0 ? 0 : ends[j]!) + 1;
    }
  }
  return ends[word.length]! >= 2;
}

/** Names inside a sentence: subjects of a dated report, names introduced by their business, owners of data. */
function namesInside(s: Sentence): OrgMention[] {
  const out: OrgMention[] = [];
  // `length`: the span the name covers in the text, when the name is not written there as one run.
  const add = (name: string, at: number, length = name.length): void => {
    if (
      name.length >= 2 &&
      !COMMON_WORDS.has(name) &&
      !isCommonCompound(name) &&
      !TOPIC_WORDS.test(name) &&
      !isDescriptiveNoun(name) &&
      // 抽選結果メールは4月15日…: a kanji and katakana word for a thing is no name (as in accepts).
      !isThingWord(name)
    ) {
      out.push({ start: s.start + at, end: s.start + at + length, name, type: "company", by: "subject" });
    }
  };
  // Each pattern is tried only when its fixed part occurs: a lookbehind-led pattern is tried at every position.
  if (MID_SUBJECT_HINT.test(s.text)) {
    for (const m of allMatches(MID_SUBJECT, s.text)) {
      const at = m.index + m[0].length - m[1]!.length - m[2]!.length;
      // After a verb (運営するメルカリは), only a katakana or Latin name: 対する修正プログラムは is a common noun.
      // A hiragana lead goes before a katakana word (運営するそらいろトラベルは).
      if ("るた".includes(s.text.charAt(at - 1)) && !/^[\p{Script=Hiragana}]*[\p{Script=Katakana}A-Za-z]/u.test(m[1]!))
        continue;
      add(m[1]!, at);
    }
  }
  if (s.text.includes("会社") && OPERATOR_NAMED_HINT.test(s.text)) {
    for (const m of allMatches(OPERATOR_NAMED, s.text)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  }
  if (DESCRIBED_HINT.test(s.text)) {
    for (const m of allMatches(DESCRIBED, s.text)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  }
  if (RELATIVE_SUBJECT_HINT.test(s.text)) {
    for (const m of allMatches(RELATIVE_SUBJECT, s.text)) add(m[1]!, m.index + 1);
  }
  if (s.text.includes("」") && QUOTED_SUBJECT_HINT.test(s.text)) {
    for (const m of allMatches(QUOTED_SUBJECT, s.text)) if (!PRODUCT_TAIL.test(m[1]!)) add(m[1]!, m.index + 1);
    for (const m of allMatches(QUOTED_REPORTER, s.text))
      if (!PRODUCT_TAIL.test(m[1]!) && !THING_TAIL.test(m[1]!)) add(m[1]!, m.index + m[0].indexOf("「") + 1);
  }
  if (s.text.includes("」の") && EVENT_BODY_HINT.test(s.text)) {
    for (const m of allMatches(EVENT_BODY, s.text)) add(m[1]! + m[2]!, m.index + 1, m[0].length - 1);
  }
  if (s.text.includes("」") && BRACKETED_BUSINESS_HINT.test(s.text)) {
    for (const m of allMatches(BRACKETED_BUSINESS, s.text)) {
      if (!PRODUCT_TAIL.test(m[1]!) && !PRODUCT_NAME_TAIL.test(m[1]!))
        add(m[1]!, m.index + m[0].length - m[1]!.length - 1);
    }
  }
  if (s.text.includes("」で") && ANNOUNCER_QUOTED.test(s.text)) {
    const m = ANNOUNCER_QUOTED.exec(s.text)!;
    add(m[1]!, m.index + m[0].lastIndexOf("「") + 1);
  }
  if (s.text.includes("の") && KIND_NAMED_HINT.test(s.text)) {
    for (const m of allMatches(KIND_NAMED, s.text)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  }
  if (s.text.includes("ハローワーク")) {
    for (const m of allMatches(PUBLIC_EMPLOYMENT_OFFICE, s.text)) add(m[0], m.index);
  }
  if (POSSESSOR_HINT.test(s.text)) {
    for (const m of allMatches(POSSESSOR, s.text)) add(m[1]!, m.index + m[0].indexOf(m[1]!));
  }
  return out;
}

/** Proper names that stand as the subject of a reporting or leak sentence, or open a heading or table row. */
export function findSubjectNames(text: string, sentences: readonly Sentence[]): readonly OrgMention[] {
  const out: OrgMention[] = [];
  for (const s of sentences) {
    // Cheap first: a name is only taken from a sentence that reports or states a leak.
    const f = signalsOf(s);
    if (!f.leak && !f.announce) continue;
    const plain = leadingLength(s.text);
    const lead = plain + (BUSINESS_LEAD.exec(s.text.slice(plain))?.[0].length ?? 0);
    const body = s.text.slice(lead);
    const m = NAME.exec(body) ?? KANJI_NAME.exec(body);
    if (!m) continue;
    const whole = withoutTrailingDots(m[0]);
    // ソニー・コンピュータエンタテインメント（SCE）は: a short name or reading in brackets between name and particle.
    const aside = ASIDE.exec(body.slice(whole.length))?.[0].length ?? 0;
    // accepts takes a name only before a particle, a comma or a space: the name's tails need not be cut otherwise.
    if (!mayFollowName(body.charCodeAt(whole.length + aside))) continue;
    let name = cutCommonTail(whole);
    const after = body.slice(whole.length + aside);
    const trimmed = withoutTrailer(name);
    if (trimmed.length >= 2 && trimmed !== name && after.startsWith("の")) name = trimmed;
    if (!accepts(name, after, s, KANJI_NAME.test(name) && !/[\p{Script=Katakana}A-Za-z]/u.test(name))) continue;
    const start = s.start + lead;
    out.push({ start, end: start + name.length, name, type: "company", by: "subject" });
  }
  for (const s of sentences) {
    const f = signalsOf(s);
    if (f.leak || f.announce) out.push(...namesInside(s));
    else if (s.bare) {
      const heading = headingName(s, sentences[s.index + 1]);
      if (heading) out.push(heading);
    }
  }
  return dedupe(
    out.sort((a, b) => a.start - b.start),
    text,
  );
}

const ASIDE = /^[（(][^（()）。、]{1,20}[）)](?=は|が)/u;

/**
 * 子会社の青空Japanは3/30、…, フリマアプリを運営するメルカリは5月21日、: a Latin or katakana name (a hiragana lead may
 * open it: そらいろトラベル) as the subject of a dated report inside a sentence, after a particle, a bracket or a
 * relative clause's verb.
 */
const MID_SUBJECT =
  /(?<=[、の「」るた]|(?<![A-Za-zＡ-Ｚａ-ｚ])\s)((?:[\p{Script=Hiragana}]{2,6}(?=[\p{Script=Katakana}]))?[\p{Script=Han}]{0,4}[\p{Script=Katakana}A-Za-z][\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{1,20})(は)(?=[0-9０-９]{1,4}(?:[\/月日]|年[0-9０-９]))/gu;
/**
 * ゴルフ場運営会社グリーンヒルあおうら（青浦県みつみね町）の: a katakana name (a hiragana word may end it) written
 * right after the kind of company it is, before the bracket of its address.
 */
const OPERATOR_NAMED =
  /(?:運営会社|管理会社|販売会社|子会社|会社)([\p{Script=Katakana}][\p{Script=Katakana}ー・]{2,20}[\p{Script=Hiragana}]{0,6})(?=[（(])/gu;
const OPERATOR_NAMED_HINT = /会社[\p{Script=Katakana}]/u;

/** 印刷会社のイセトーが…: a name introduced by what kind of business it is. */
const DESCRIBED =
  /(?:会社|企業|メーカー|業者|事業者|ベンダー|大手|運営会社|委託先|子会社|親会社|代理店|販売店)の([\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ][\p{Script=Han}\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９]{1,20}|[\p{Script=Hiragana}]{2,6}[\p{Script=Han}\p{Script=Katakana}][\p{Script=Han}\p{Script=Katakana}ー]{1,16})(?=が|は|に|から|（|\()/gu;

/** みなとアプリの利用者情報, XYZサービスの会員: the owner of the data named by a service. */
const POSSESSOR =
  /(?<=[、。「\s]|^)([A-Za-z][A-Za-z0-9]{1,15}|[\p{Script=Katakana}ー]{3,12})(?:アプリ|サービス)の(?:利用者|顧客|会員)(?:情報|データ)?/gu;

/**
 * 全国でカフェを展開する「ハルモニア珈琲」は…と発表しました: a name in brackets as the subject, after a relative clause
 * or at the start (a service's name after サービス「…」 is the service's, not a subject: the bracket must follow a verb,
 * の or a boundary). A katakana or Latin letter inside (「重大事態」が is a term), no hiragana but in a kana lead
 * (「申し訳ない」は is a quote); 「BCC」ではなく is no subject.
 */
const QUOTED_SUBJECT =
  /「(?<=(?:^|[、。\s]|[るたの])「)((?:[\p{Script=Hiragana}]{1,5})?[\p{Script=Han}]{0,8}[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][\p{Script=Han}\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９&＆・.．\s　]{1,23})」(?=は|が|では(?!な)|によると|によりますと)/gu;

/**
 * ゴルフ場「…」を運営する「みさき台開発」は17日、: a name in brackets after a relative clause's verb, the subject of a
 * dated report, whatever its script (a term in brackets is not dated: 「重大事態」は is no report).
 */
const QUOTED_REPORTER =
  /(?:する|した|している|していた|運営の|経営の)「([^「」。、\s]{2,24})」(?=(?:[（(][^）)]{0,20}[）)])?は[0-9０-９]{1,2}日)/gu;

/**
 * 「白砂浜ハーフマラソン」の実行委員会は: the committee of a named event goes by the event's name and its own
 * (白砂浜ハーフマラソン実行委員会).
 */
const EVENT_BODY = /「([^「」。、\n]{2,30})」の((?:実行|運営|組織)委員会|事務局)/gu;
const EVENT_BODY_HINT = /」の(?:(?:実行|運営|組織)委員会|事務局)/u;

/**
 * 住宅リフォーム会社「ささなみ住建」の顧客, 印刷業者「港北オフセット」が: a name in brackets right after the kind of
 * business it is (a service's or product's name after サービス「…」 is not taken: see PRODUCT_TAIL).
 */
const BRACKETED_BUSINESS =
  /(?:会社|企業|メーカー|業者|事業者|商社|法人|団体|病院|医院|クリニック|薬局|販売店|代理店|チェーン|旅館|ホテル|施設)「([^「」。、\n]{2,24})」(?=の|で|から|が|は|に|を|と|も|（|\()/gu;
const BRACKETED_BUSINESS_HINT = /(?:社|業|者|人|体|院|局|店|ン|館|ル|設)「/u;

/** 発表したのは、愛知県に本社がある「アオサギ港運」です: the name in brackets is who announced. */
const ANNOUNCER_QUOTED = new RegExp(
  `${ANNOUNCER_LEAD.source}[^。「」]{0,40}「([^「」。、]{2,30})」(?:です|でした)`,
  "u",
);

/**
 * ハローワーク水城東: a public employment office (公共職業安定所, 職業安定法 8条) goes by ハローワーク and its place, a
 * name with no suffix.
 */
const PUBLIC_EMPLOYMENT_OFFICE = /ハローワーク[\p{Script=Han}々ヶ]{1,6}/gu;

/** What MID_SUBJECT, DESCRIBED and POSSESSOR cannot match without (は before a digit, the business word and の…). */
const MID_SUBJECT_HINT = /は[0-9０-９]/u;
const DESCRIBED_HINT = /(?:会社|企業|メーカー|業者|ベンダー|大手|委託先|代理店|販売店)の/u;
const PRODUCT_NAME_TAIL = /(?:券|チケット)$/u;

const THING_TAIL =
  /(?:アプリ|メール|決済|サイト|ツール|プログラム|ファイル|データ|サーバー?|ページ|フォーム|画面|機能)$/u;

/**
 * タクシー配車アプリ, 抽選結果メール, クレジットカード決済: a kanji and katakana word that ends in a thing; システム更新時:
 * one that ends in a time.
 */
function isThingWord(name: string): boolean {
  if (TIME_TAIL.test(name)) return true;
  return THING_TAIL.test(name) && /[\p{Script=Han}]/u.test(name) && /[\p{Script=Katakana}]/u.test(name);
}

/** システム更新時, データ移行の際: a verbal noun with 時 or 際 after it tells when, not who. */
const TIME_TAIL = /[\p{Script=Han}]{2}(?:時|際)$/u;

const KANA_THING = /^[\p{Script=Katakana}ー]{2,12}(?:アプリ|サイト|ページ|フォーム|メール)$/u;

/** 「名古屋港統一ターミナルシステム」が停止: a system, service or app named in brackets is no organization. */
const PRODUCT_TAIL = /(?:システム|サービス|アプリ|サイト|ソフト|ツール|プログラム)$/u;
const QUOTED_SUBJECT_HINT = /」(?:は|が|では|によ)/u;

/**
 * ■スイレン・ウェルネス / フィットネスクラブ「…」を運営する同社は7月12日、…: a roundup item's heading that is a katakana
 * or Latin name alone, which the item's first sentence calls 同社, is that company's name.
 */
function headingName(s: Sentence, next: Sentence | undefined): OrgMention | null {
  const m = HEADING_NAME.exec(s.text);
  if (!m || !next || !HEADING_ANAPHOR.test(next.text.slice(0, 40))) return null;
  const name = m[1]!;
  if (COMMON_WORDS.has(name)) return null;
  const start = s.start + m[0].indexOf(name);
  return { start, end: start + name.length, name, type: "company", by: "subject" };
}

const HEADING_NAME =
  /^\s*[■◆●▼▽◇□◎]\s*([\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９]{1,20})\s*$/u;
const HEADING_ANAPHOR = /同(?:社|法人|会|院|行|組合|グループ)(?:は|が|では|によると)/u;

/**
 * 菓子メーカーのヤマブキ製菓も被害に遭った1社だ, …のが住宅メーカーのツルバミ・ホームだ: a katakana or Latin name after its
 * kind of business (…メーカーの, …会社の), anywhere in the sentence.
 */
const KIND_NAMED =
  /(?:メーカー|会社|企業|大手|業者|チェーン|ベンダー|事業者)の([\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ]{1,20}[\p{Script=Han}]{0,4})(?=も|は|が|だ|で|、|。)/gu;
const KIND_NAMED_HINT =
  /(?:メーカー|会社|企業|大手|業者|チェーン|ベンダー|事業者)の[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ]/u;

/** メガネの「JINS」を展開するジェイアイエヌが、…と発表しました: a katakana or Latin name after a relative clause's verb. */
const RELATIVE_SUBJECT =
  /[るた]([\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・&＆]{2,20}(?: [A-Z][A-Za-z0-9]{1,15})?)(?=(?:は|が)、)/gu;
const RELATIVE_SUBJECT_HINT = /[るた][\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][^、。]{2,36}(?:は|が)、/u;
const POSSESSOR_HINT = /(?:アプリ|サービス)の(?:利用者|顧客|会員)/u;

/** Words that make a heading's first phrase a topic label, not a name (個人情報盗難, 総被害人数). */
const TOPIC_WORDS =
  /^誤[\p{Script=Han}]{1,3}$|^その他|[0-9０-９〇一二三四五六七八九十百千万](?:人|件|名|通|枚)|情報|名簿|書類|資料|台帳|帳簿|一覧|流出|漏え?い|漏洩|盗|被害|人数|件数|公表|発表|個人|事件|事故|概要|原因|対策|対応|経緯|不正|攻撃|紛失|注意|まとめ|記事|番号|氏名|住所|アドレス|パスワード|データ|本体|画面|(?:ミス|エラー|トラブル|型)$|(?:教諭|教員|講師|職員|社員|署員|巡査|警部|看護師|医師|保健師|校長|教頭|容疑者)$|^(?:同|当|本|弊|各|全|他|自)[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * 管理者アカウント, 業務用パソコン, 社内システム: a kanji noun of role, use or place (…者, …員, …用, …内) or a common
 * kanji noun (管理, 業務, 顧客…) before a common katakana word is a thing, not a name (楽天カード, whose head is no such
 * noun, stays a name).
 */
export function isDescriptiveNoun(name: string): boolean {
  const m = KANJI_HEAD.exec(name);
  if (!m || !COMMON_WORDS.has(name.slice(m[0].length))) return false;
  return ROLE_END.test(m[0]) || COMMON_HEADS.has(m[0]);
}

const KANJI_HEAD = /^[\p{Script=Han}]{1,6}/u;
const ROLE_END = /[者員用内外]$/u;
const COMMON_HEADS: ReadonlySet<string> = new Set([
  "管理",
  "業務",
  "顧客",
  "会員",
  "公式",
  "個人",
  "共有",
  "専用",
  "通販",
  "予約",
  "登録",
  "認証",
  "社用",
  "私用",
  "私物",
  "学習",
  "校務",
  "事務",
  "不正",
  "偽",
]);

/** ソラ通信携帯電話の顧客 → ソラ通信: a katakana or Latin name followed by a common kanji noun. */
function cutCommonTail(name: string): string {
  const common = /携帯|電話|販売|代理|顧客|利用|会員|店舗|通販|公式|事業|関連|情報|個人|社員|職員|製品|端末/u.exec(
    name,
  );
  if (!common || common.index < 2 || !/[\p{Script=Katakana}A-Za-z]/u.test(name.slice(0, common.index))) return name;
  // JA元職員, ABC前社員: 元/前 (former) belongs to the person after the name.
  const head = name.slice(0, common.index);
  return head.length > 2 && /[元前]$/u.test(head) ? head.slice(0, -1) : head;
}

const DATED_REPORT =
  /^は(?:(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:付け?で?)?|[0-9０-９]{1,2}[/／][0-9０-９]{1,2})[、に]/u;
const DATED_EVENT = /^は[^、。]{1,12}日に(?!発表|公表|明らかに)/u;
/** Kanji words that open a dated sentence but are no name (今回は3日、同社は…). */
const KANJI_COMMON =
  /^(?:今回|同日|同月|昨年|今年|本年|昨日|今日|当日|翌日|前日|先月|今月|同社|同市|同県|同町|同村|同区|同院|当社|弊社|警察|政府|会社|当局|本件|事件|被害|原因|調査|発表|報告|判明|発覚|対象|同機構|同大学|同省|同庁|県|市|町|村|区|国)$/u;

export function accepts(name: string, after: string, s: Sentence, kanjiOnly: boolean): boolean {
  if (name.length < 2 || name.length > 24 || COMMON_WORDS.has(name) || TOPIC_WORDS.test(name)) return false;
  // ヒノデリース側も: a name with 側 (its side) refers to a party already named.
  if (name.endsWith("側")) return false;
  // 同ＪＡ, 同グループ, 当JA: 同 or 当 before a short Latin or katakana word refers back to a body named before.
  if (ANAPHORIC_LATIN.test(name)) return false;
  // 住宅リフォーム会社の顧客…, 警備会社が: a trade followed by 会社 without a legal form (株式会社…) is a kind of
  // company, no name.
  if (KIND_OF_COMPANY.test(name)) return false;
  // タクシー配車アプリ、抽選結果メールは, クレジットカード決済は: kanji and katakana words that end in a thing are no name.
  if (isThingWord(name)) return false;
  // マッチングアプリ、…, フリマサイトで: a katakana word for a kind of app, site or page is no name.
  if (KANA_THING.test(name)) return false;
  // 新電力、顧客…: a kind of business said as a heading's subject (GENERIC_NAMES; 県警, a force said without its
  // prefecture, still heads a story).
  if (GENERIC_NAMES.has(name) && !name.endsWith("警")) return false;
  // 白椿町プレミアム付商品券: a product or ticket heading a notice is no organization.
  if (PRODUCT_NAME_TAIL.test(name)) return false;
  // Apache Struts: a product written with a space is the common word written without one.
  if (/[\s　]/u.test(name) && COMMON_WORDS.has(name.replace(/[\s　]+/gu, ""))) return false;
  if (isDescriptiveNoun(name)) return false;
  if (/^[0-9０-９.．\-]+$/u.test(name)) return false;
  // The sentence's memoized signals: LEAK and ANNOUNCE tested once per sentence, not once per candidate name.
  const f = signalsOf(s);
  if (kanjiOnly) {
    // 東芝は3日、…と発表した: a bare kanji word is a name when it reports on a date; elsewhere only in headings.
    // 写真は9月30日に投稿され: a date followed by に times an event; a report is dated with a comma (東芝は3日、).
    if (DATED_REPORT.test(after)) return !KANJI_COMMON.test(name) && f.announce && !DATED_EVENT.test(after);
    // 地区　発送数　誤封入件数: a table's header row names its columns.
    return s.bare && /^[ 　、]+\S/u.test(after) && f.leak && !isHeaderRow(s.text);
  }
  if (/^(?:は|が|では|でも|も)/u.test(after)) return f.announce || f.leak;
  if (/^[\s　、]/u.test(after)) return (s.bare || s.text.length <= 40) && f.leak;
  if (/^の(?:元?(?:派遣)?社員|職員|従業員|利用者|顧客|会員|個人情報|顧客情報)/u.test(after)) return f.leak;
  return false;
}

/** 地区　発送数　誤封入件数: three short cells or more, no figure among them. */
function isHeaderRow(text: string): boolean {
  const cells = text.trim().split(/[ 　\t]+/u);
  return cells.length >= 3 && cells.every((c) => c.length <= 8 && !/[0-9０-９]/u.test(c));
}

function dedupe(mentions: readonly OrgMention[], _text: string): readonly OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of mentions) if (!overlapsKept(out, m)) out.push(m);
  return out;
}

/**
 * Does `m` overlap a kept mention? The kept ones are ordered by start and do not overlap, so the non-empty ones end in
 * order too: the scan from the last stops at the first non-empty one that ends by `m.start`.
 */
function overlapsKept(kept: readonly OrgMention[], m: OrgMention): boolean {
  for (let k = kept.length - 1; k >= 0; k--) {
    const o = kept[k]!;
    if (m.start < o.end && o.start < m.end) return true;
    if (o.start < o.end && o.end <= m.start) return false;
  }
  return false;
}
