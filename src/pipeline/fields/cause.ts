/** @module Incident passage → cause: the most specific cause (SCHEMA.md cause list) the passage states. */
import type { Cause } from "../../domain/incident.js";
import { PairFilter, StartIndex } from "./first-units.js";
import {
  CAUGHT_IN_PHOTO,
  HANDED_OUT_PRINTED,
  MISSENT,
  OPEN_TO_ANYONE,
  PRIVATE_VIEWING,
  PUBLISHED_WITH_DATA,
  REACHED_OTHERS,
  SCRAP_PAPER,
  TAKEN,
  USED_AT_RIVAL,
  VISIBLE_FIELD,
} from "./leak-phrases.js";

type CauseRule = {
  readonly cause: Cause;
  readonly pattern: RegExp;
  /** The rule does not apply when a passage matches this (a phrase that withdraws what the pattern implies). */
  readonly unless?: RegExp;
};

/**
 * Cause phrases, most specific first: a passage that names SQL injection or a CVE is `sql_injection` /
 * `vulnerability` even though it also says 不正アクセス (SCHEMA.md: "Pick the most specific cause the text states").
 * Human-error causes come before attack causes because they describe what happened to the data itself.
 */
export const CAUSE_RULES: readonly CauseRule[] = [
  { cause: "sql_injection", pattern: /(?:SQL|ＳＱＬ)\s?インジェクション|SQLi\b/i },
  {
    cause: "vulnerability",
    // APIの不備, 認可の確認をしない: a flaw in how an application checks who may read what (broken access control,
    // OWASP Top 10 2021 A01) is a vulnerability, not a setting.
    pattern:
      /脆弱性(?!の?(?:診断|検査|対策|解消))|CVE-\d{4}-\d+|ゼロデイ|セキュリティホール|Struts|API(?:の|に)(?:不備|欠陥)|認可(?:の)?(?:不備|確認をしない|確認を(?:せず|していな|行わ)|チェック(?:を)?(?:せず|しない|していな))/i,
  },
  {
    cause: "targeted_email",
    pattern:
      /標的型(?:メール|攻撃|サイバー攻撃)|ウイルス(?:付き|入り)(?:の)?(?:電子)?メール|添付ファイル(?:を|が)開(?!かな|かず|いて(?:内容|中身)?を?確認)/i,
  },
  {
    cause: "phishing",
    // サポート詐欺: a fake virus warning that talks the victim into a remote session is phishing too. Fake mails said to
    // go round after a leak (偽メールが出回る, 偽メールに注意) are a warning, not how the data left.
    pattern:
      /フィッシング|偽(?:の)?(?:サイト|(?:ログイン|サインイン|認証)(?:画面|ページ)|ウェブページ|メール(?![^。]{0,12}(?:出回|注意|届く(?:おそれ|恐れ|可能性)))|警告(?:画面)?|セキュリティ警告)|なりすましメールに記載|サポート詐欺/,
  },
  {
    cause: "credential_theft",
    pattern:
      /パスワードリスト攻撃|パスワードスプレー|リスト型(?:攻撃|アカウントハッキング)|ID\/PASS|(?:ID|ＩＤ)(?:・|と|や|及び|および)?パスワード(?:など|等)?(?:を|が)(?:何者かに|第三者に|何(?:らか|かしら)の方法で)?(?:窃取|取得|盗|漏|詐取)|認証情報(?:を|が)(?:窃取|盗)|ブルートフォース|総当たり攻撃|(?:盗まれ|窃取され|流出し|漏え?いし|漏洩し|不正(?:に)?(?:入手|取得)し)た[^。、]{0,12}(?:ID|ＩＤ|パスワード|認証情報|ログイン情報)[^。]{0,24}(?:ログイン|ログオン|アクセス|なりすま)/i,
  },
  {
    cause: "malware",
    // Files or servers 暗号化された by an attacker; a password 暗号化された状態で保存 is a safeguard, not an attack.
    pattern:
      /ランサムウェア|ランサムウエア|マルウェア|マルウエア|エモテット|Emotet|(?<!コロナ)ウイルス(?:に)?感染|ウィルス(?:に)?感染|Winny|ウィニー|ファイル共有ソフト|トロイの木馬|(?:ファイル|データ|サーバー?|システム|端末|パソコン|PC)(?:など|類)?(?:が|を)暗号化され/i,
  },
  {
    cause: "insider",
    // Data copied to a medium and carried out for work (USBメモリーにコピーして持ち出していた) is lost, not stolen
    // from inside, unless the text says 不正 or 無断. 手順から漏らしていた is a step left out, not data let out.
    pattern: new RegExp(
      `不正(?:に)?持ち出|不正(?:に)?取得|内部不正|元(?:派遣)?社員|元従業員|元職員(?:が|は)[^。]{0,60}(?:持ち出|撮影|送信|転送|漏らし|提供|売)|(?:従業員|社員|職員)が(?:不正|私的)|不正流出させ|出向(?:者|社員)が?.{0,20}(?:漏え?い|漏洩|持ち出)|(?<!から)漏らし(?:た|て)|守秘義務(?:違反|に違反)|私用(?:の)?[^。、]{0,10}(?:に|へ)(?:送信|転送|送っ|送ら|送付)|(?:私物|個人)の(?:スマートフォン|スマホ|携帯電話|カメラ)で撮影し[^。]{0,30}(?:提供|渡し|送っ|売)|${USED_AT_RIVAL}|${PRIVATE_VIEWING}`,
    ),
  },
  {
    // Where the data ended up (名簿業者, 転売) points to an insider, unless the text says the route is unknown.
    cause: "insider",
    pattern: /名簿業者|転売/,
    unless: /経路(?:は|が|も)?(?:不明|分かって(?:いな|おら)|わかって(?:いな|おら)|特定(?:でき|され)て(?:いな|おら))/,
  },
  {
    // システムの不具合により…別の申請者に送信される: a bug that sent or showed data to the wrong people is the cause,
    // not the misdelivery it produced.
    cause: "system_failure",
    pattern:
      /(?:不具合|障害|バグ)(?:(?:が生じた|が発生した)?(?:により|によって|が原因で|のため)|が(?:あり|あって|生じ|発生し)、?)[^。]{0,60}(?:送信|送付|配信|表示|記載|印字|印刷|返され)|(?:不具合|障害|バグ)(?<=(?:表示|送信|送付|配信)される(?:不具合|障害|バグ))/,
  },
  {
    cause: "misconfiguration",
    // A mail's BCC or address setting done wrong sends it to the wrong people (misdelivery, below); an enveloping
    // or printing machine's setting is a handling error, not a system's configuration; nor is the setting that picks
    // where letters go (送付先を抽出する条件の設定を誤った: the letters were misdelivered).
    pattern:
      /(?<!BCC|Bcc|ＢＣＣ|宛先|送信先|機械の|機の|機器の)(?<!(?:BCC|Bcc|ＢＣＣ|宛先|送信先|送付先|配信先)の)(?<!(?:送付先|宛先|送信先|発送先|送り先)を抽出[^。、]{0,12})(?:設定(?:ミス|不備|誤り)|設定を誤|設定に(?:不備|誤り|ミス))|アクセス制限(?:の)?(?:不備|設定)|アクセス権(?:限)?(?:の)?(?:設定|不備)|(?:認証|アクセス制限|パスワード)(?:を|の)?設定(?:を)?(?:しない|せず|していな|されていな)|(?:認証|アクセス制限|パスワード(?:保護)?)[^。、]{0,8}?設定が(?:無効|解除|外れ)|(?:認証|パスワード)(?:なし|無し)で|(?:アクセス権限?|公開範囲|共有設定|共有範囲|閲覧権限)[^。、]{0,8}?(?:が|を)(?:誤って|誤り)[^。、]{0,10}?設定|(?:認証|パスワード|アクセス制限)を(?:かけ|設け)(?:ず|ないまま|ていな)|[「『]?(?:全員|誰でも|全校|全社|全職員)[^」』。]{0,8}(?:閲覧|編集)可[」』]?の(?:設定|状態)のまま/,
  },
  {
    // ブログ記事に名簿ファイルを誤って添付し公開, 案内をホームページに掲載する際、…ファイルを誤って添付した: a file
    // attached to a published page was published, not mailed.
    cause: "mispublication",
    pattern:
      /(?:ブログ|ホームページ|ウェブサイト|サイト|記事|ページ|SNS)[^。]{0,30}?(?:誤って)?添付(?:し|して)[、]?(?:公開|掲載)|(?:ブログ|ホームページ|ウェブサイト|サイト|ページ|SNS)(?:上)?(?:に|へ)(?:掲載|公開|投稿)する(?:際|時|とき|ため|にあたり)[^。]{0,40}?(?:誤って)?添付/,
  },
  {
    cause: "misdelivery",
    pattern: new RegExp(
      `誤送付|誤送信|誤配信|誤配布|誤配達|誤発送|誤って(?:[^。、]{0,16}?(?:に|へ))?(?:送付|送信|配信|発送|郵送|送っ|送ら|配布|メール|ファクス|ファックス|FAX|ＦＡＸ)|(?:転居前|転出前|以前|古い)の住所(?:あて)?に[^。]{0,8}(?:送|届い|届け|郵送|発送)|(?:ファクス|ファックス|FAX|ＦＡＸ)(?:の)?(?:番号|送信先)?を[^。、]{0,6}?(?:誤|間違)|(?:ファクス|ファックス|FAX|ＦＡＸ)[^。]{0,20}番号を(?:誤|間違)|誤った(?:ファクス|ファックス|FAX|ＦＡＸ)?(?:番号|宛先|アドレス|送信先)(?:に|へ)|(?:BCC|Bcc|ＢＣＣ|宛先|送信先|配信先)(?:の)?設定を誤|間違(?:って|えて)[^。]{0,30}(?:送付|送信|配信|発送|郵送|送っ|配布)|宛先(?:を)?(?:間違|誤)|「?(?:宛先|TO|To|CC|Cc)」?(?:の)?欄に(?:入れ|入力|記入|設定)|取り違え.{0,20}送付|入れ違い|同報|BCC|ＢＣＣ|[「『]?(?:CC|Cc|ＣＣ)[」』]?(?:で|に)(?:送信|入れ|設定)|誤って添付|誤って[^。、]{0,12}?(?:ファイル|資料|データ|書類)を添付|添付(?:する)?(?:ファイル|資料)を(?:誤|間違|取り違)|誤添付|誤封入|誤って(?:[^。、]{0,6}?)?(?:封入|同封)|別の(?:世帯|人|住民|家庭|利用者)(?:の封筒)?に同封|(?:別の|他の)(?:人|方|世帯|住民|利用者|患者|顧客|加入者)の[^。、]{0,16}(?:が|も)(?:一緒に|誤って)?(?:入って|入れられ|封入され|同封され)|重ねて封入|誤同梱|誤って同梱|同梱(?:を)?誤|番号を押し間違|送信先(?:の番号|のアドレス)?を(?:間違|誤)|(?:送付先|宛先|送信先|発送先|送り先)を抽出[^。、]{0,12}(?:誤|ミス)|表示される状態で送信|${MISSENT}|${VISIBLE_FIELD}|${REACHED_OTHERS}`,
      "i",
    ),
  },
  {
    // 別人のマイナンバーを誤って登録していた: a record entered against the wrong person is a handling error, even where
    // the other person could then see it (閲覧できる状態); so are papers destroyed before their time (誤廃棄), though
    // they are then missing (見当たらない); a loss only guessed to be one (誤って廃棄した可能性) stays a loss.
    cause: "mis_operation",
    pattern:
      /誤廃棄(?!の(?:可能性|おそれ|恐れ))|誤って(?:[^。、]{0,6}?)?廃棄(?!した(?:可能性|とみ|おそれ|恐れ))|誤登録|誤って(?:登録|ひも付け|紐付け|紐づけ)|(?:ひも付け|紐付け|紐づけ)(?:を)?(?:誤|間違)|別人の[^。、]{0,12}(?:と|に)(?:ひも付け|紐付け|紐づけ)/,
  },
  {
    cause: "mispublication",
    pattern: new RegExp(
      `${OPEN_TO_ANYONE}|${CAUGHT_IN_PHOTO}|${PUBLISHED_WITH_DATA}|掲示板に(?:掲示|貼)|(?:ロビー|窓口|廊下|掲示板)[^。、]{0,8}に掲示|誤掲載|誤表示|誤って(?:掲載|公開|表示)|掲載してしまう|公開設定|ホームページ(?:上)?に掲載|ウェブ(?:サイト)?(?:上)?に掲載|(?:ホームページ|ウェブサイト|公式サイト|HP)(?:上)?で(?:公開|掲載)|閲覧できる状態|閲覧可能な状態|閲覧可能に(?:なって|なっ)|誰でも(?:閲覧|見られる|見ることができ)|公開用(?:の)?フォルダー?に|(?:インターネット上|ネット上|外部)から閲覧(?:できる|可能な)|非表示(?:の)?(?:シート|列|行)`,
    ),
  },
  {
    cause: "theft",
    // 窃盗事件の聞き込み捜査: the theft a police officer was investigating is not how the papers were lost.
    pattern: new RegExp(
      `(?:盗難|窃盗)(?!事件の(?:捜査|聞き込み|被害|関係者|書類|資料))|盗まれ|車上荒らし|空き巣|置き引き|${TAKEN}`,
    ),
  },
  // 引き落とし (a direct debit) drops nothing.
  {
    cause: "loss",
    // 請求書の束がなくなった: papers that went missing (無くなっ/なくなっ after が or は).
    pattern:
      /紛失|置き忘れ|なくし|所在不明|所在が(?:分から|わから)なくな|行方不明|(?<!引き)落とし|失くし|見当たらな|(?<=[がは])(?:なくなっ|無くなっ)/,
  },
  {
    // 許可なく持ち出していたパソコンが盗まれた: staff carrying data out against the rules is how it came to be lost or
    // stolen; it is the cause only when nothing happened to it afterwards.
    cause: "insider",
    pattern: /持ち出していた|無断で持ち出|(?:自宅|家)に持ち帰(?:っていた|り|った)/,
  },
  {
    cause: "mis_operation",
    pattern: new RegExp(
      `(?:消去|初期化)[^。]{0,20}(?:途中で止ま|不十分|不完全|できていな|されていな|されないまま)|(?:データ|情報)を(?:消去|削除|初期化)(?:せず|しない(?:まま|で))|残った(?:まま|状態)(?<=(?:データ|名簿|情報|ファイル)[^。]{0,16}残った(?:まま|状態))|誤交付|誤記載|誤廃棄|(?:一般)?(?:ごみ|ゴミ)として[^。、]{0,12}(?:出し|出して|捨て|廃棄)|誤って(?:廃棄|記載|交付|削除|入力|印刷|渡|手渡|引き渡)|取り違え|誤(?:って|った)(?:綴じ込|とじ込|挟み込|混入)|操作ミス|操作を誤|誤操作|作業ミス|確認(?:が)?不足|ミスにより|記載されてしまう|記載して発行|印刷ミス|印字ミス|差し込み印刷|ずれたまま|(?:照合|確認)を怠|再利用紙|裏紙|${SCRAP_PAPER}|${HANDED_OUT_PRINTED}|(?:他人|別人|別の[^。、]{0,8}?)の[^。]{0,30}(?:印字|印刷|記載)され`,
    ),
  },
  { cause: "system_failure", pattern: /システム(?:の)?障害|障害が発生|不具合|バグ|プログラム(?:の)?(?:誤り|ミス)/ },
  {
    cause: "unauthorized_access",
    pattern:
      /不正(?:に)?アクセス|サイバー攻撃|ハッキング|侵入|乗っ取|不正ログイン|攻撃を受け|外部(?:から(?!の?(?:閲覧|アクセスが可能|見られ))|の第三者)|(?:決済|入力|支払い?|購入)画面[^。、]{0,6}改ざん|[Ww]ebスキミング|ウェブスキミング/,
  },
];

/** Each rule's pattern, sticky: tried only where the start index says a phrase of the rule can begin. */
const STICKY: readonly RegExp[] = CAUSE_RULES.map((r) => new RegExp(r.pattern.source, `${r.pattern.flags}y`));
const STARTS = new StartIndex(CAUSE_RULES.map((r) => r.pattern));
/** The first two units a phrase of any rule can start with: most positions a rule's first unit allows, it rules out. */
const PAIRS = PairFilter.of(CAUSE_RULES.map((r) => r.pattern));

/**
 * The most specific cause stated in the given passages, with the phrase that states it; unknown when none does.
 * `context` (the incident's other passages) can withdraw a rule (`unless`) that the passages alone would apply.
 */
export function extractCause<P extends { readonly text: string; readonly start: number }>(
  passages: readonly P[],
  context: readonly { readonly text: string }[] = passages,
  hitsOf: (passage: P) => readonly number[] = (p) => causeHits(p.text),
): {
  readonly cause: Cause;
  readonly start: number;
  readonly end: number;
} {
  if (passages.length === 0) return UNKNOWN;
  const hits = passages.map(hitsOf);
  // Index loops, not entries(): rules × passages per call, and most calls find nothing.
  for (let k = 0; k < CAUSE_RULES.length; k++) {
    const rule = CAUSE_RULES[k]!;
    if (rule.unless && withdrawn(rule.unless, passages, context)) continue;
    for (let j = 0; j < passages.length; j++) {
      const hit = hits[j]![k]!;
      if (hit < 0) continue;
      const p = passages[j]!;
      return { cause: rule.cause, start: p.start + hit, end: p.start + hit + lengthAt(k, p.text, hit) };
    }
  }
  return UNKNOWN;
}

const UNKNOWN = { cause: "unknown", start: -1, end: -1 } as const;

/** The length of rule `k`'s phrase found at `at` (re-read once, for the chosen hit only). */
function lengthAt(k: number, text: string, at: number): number {
  const end = matchEnd(k, text, at);
  return end < 0 ? 0 : end - at;
}

/**
 * Where rule `k`'s phrase starting at `at` ends, or -1 when none starts there: a sticky test leaves lastIndex at the
 * match's end, so no match array is built.
 */
function matchEnd(k: number, text: string, at: number): number {
  const sticky = STICKY[k]!;
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

/**
 * Per rule (in CAUSE_RULES order), the offset of its first phrase in `text` that the text does not deny (「BCC」ではなく
 * does not hide a later 「CC」の欄に入れ), or -1: what a global exec loop per rule finds (after a denied phrase the
 * rule's search goes on from its end), in one pass that tries a rule only where one of its phrases can start.
 */
export function causeHits(text: string): readonly number[] {
  const hits = new Array<number>(CAUSE_RULES.length).fill(-1);
  // Per rule, where its search resumes (after a denied phrase).
  const resume = new Array<number>(CAUSE_RULES.length).fill(0);
  for (const k of STARTS.atStart) tryRule(k, 0, text, hits, resume);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rules = STARTS.at(c);
    if (rules === undefined || (PAIRS !== null && !PAIRS.allows(c, text.charCodeAt(i + 1)))) continue;
    for (const k of rules) tryRule(k, i, text, hits, resume);
  }
  return hits;
}

/** Tries rule `k` at offset `i` unless it has a hit already or its search resumes later. */
function tryRule(k: number, i: number, text: string, hits: number[], resume: number[]): void {
  if (hits[k] !== -1 || i < resume[k]!) return;
  const end = matchEnd(k, text, i);
  if (end < 0) return;
  if (isNegated(text, end)) resume[k] = Math.max(end, i + 1);
  else hits[k] = i;
}

/** Does a passage or the context withdraw the rule? Only passages that hold 経路 can (a cheap test first). */
function withdrawn(
  unless: RegExp,
  passages: readonly { readonly text: string }[],
  context: readonly { readonly text: string }[],
) {
  const says = (p: { readonly text: string }) => p.text.includes("経路") && unless.test(p.text);
  return passages.some(says) || (context !== passages && context.some(says));
}

/** True when the phrase ending at `at` is denied right after (…は確認されていない, …ではない). */
export function isNegated(text: string, at: number): boolean {
  return NEGATED_AFTER.test(text.slice(at, at + 32));
}

/** …ではない, …は確認されていない, …の痕跡 / …された痕跡は見つかっておらず: a cause phrase the text denies. */
const NEGATED_AFTER =
  /^[^。、]{0,12}(?:ではな|ではございませ|ではありませ|はな|(?:は|も)確認され(?:て(?:いな|おら|いませ)|なかった|ず)|(?:の|された|した)(?:事実|形跡|痕跡)(?:は|も)[^。、]{0,8}(?:な[いくかし]|ありませ|見つかって(?:いな|おら)|見つからな|確認され(?:て(?:いな|おら)|な|ず)|認められ(?:な|ず))|はありませ)/u;
