/** @module Sentence-level signals: does a sentence state a leak, an announcement, a statistic, a denial? */
import { guidedTest } from "../fields/first-units.js";
import {
  CAUGHT_IN_PHOTO,
  HANDED_OUT_PRINTED,
  LEFT_ON_DEVICE,
  MISSENT,
  OPEN_TO_ANYONE,
  POSTED_IN_VIEW,
  PRIVATE_VIEWING,
  PUBLISHED_WITH_DATA,
  REACHED_OTHERS,
  SCRAP_PAPER,
  TAKEN,
  TAKEN_HOME,
  USED_AT_RIVAL,
  VISIBLE_FIELD,
} from "../fields/leak-phrases.js";
import { BULLETS } from "../segment/bullets.js";

/** Predicates that say data itself left control (サイバー攻撃 or 感染 alone does not). */
const STRONG_LEAK_WORDS =
  /流出|漏え?い|漏洩|(?<!記入|記載|入力|申告|計上|確認|登録|チェック|報告|手続き)漏れ|洩れ|漏ら[しす]|紛失|盗難|盗まれ|窃取|誤送付|誤送信|誤配信|誤発送|誤交付|誤掲載|誤記載|誤廃棄|誤って|間違(?:って|えて)|(?:押し|打ち|貼り)間違|不正(?:に)?アクセス|不正(?:に)?取得|持ち出|閲覧(?:可能|できる状態|され|できた)|(?:読み取れ|読み取ることができ)る状態|(?:不適切に|意図せず)(?:公開|掲載)|所在不明|所在が(?:分から|わから)なくな|置き忘れ|(?:を|が)(?:なくし|無くし|失くし)(?:た|て|ま)|見当たらなくな|記載されてしまう|記載して発行|外部に送出|(?:他人|別人|(?:別|他|ほか)の[^。、]{0,8}?)の[^。]{0,24}(?:表示|印字|記載|印刷|封入|送付|交付|入れ替わ|割り当て|置き換わ)|(?:他の|ほかの|互いの)[^。]{0,24}(?:表示され|見える|見られる)|(?:見られる|見える|見ることができる)状態(?:に|と)な|(?:BCC|Bcc|ＢＣＣ)[」』]?欄?(?:ではなく|でなく|に(?:入力|入れ|記入|設定)(?:す|る)?べき|で送(?:信す|る)べき)|(?:受信者|利用者|会員|参加者|宛先)同士で(?:見え|閲覧でき|確認でき|分か)|丸見え|(?:公開|掲載)して(?:い|お)た[^。]{0,60}(?:個人情報|氏名)[^。]{0,12}(?:が|も)含まれ|[人件]分?の(?:個人)?(?:情報|データ)(?:も|が)含まれて(?:いた|いる|いま)|印字され|見られた(?:可能性|おそれ|恐れ)|(?:抜き取ら|抜かれ)(?<=(?:情報|データ)[^。]{0,30}(?:抜き取ら|抜かれ))|(?:外部|第三者|攻撃者)(?:に|へ)(?:送信|送出|転送)され|(?:外部|インターネット上|ネット上)[^。]{0,10}(?:掲載|公開|出回|流通|拡散)|誤って添付|誤添付|重ねて封入|誤封入/;

/** Words of an attack or a harm that may come with a leak without saying one (サイバー攻撃, 感染, 被害). */
const WEAK_LEAK_WORDS =
  /盗ま|不正(?:に)?持ち出|不正流出|サイバー攻撃|ランサムウ[ェエ]ア|感染(?!者|症|拡大|防止|対策|予防|状況)|乗っ取|被害/;

/** Predicates that state personal data left the organization's control (漏えい等, APPI 法26条 covers 漏えい・滅失・毀損). */
const LEAK_WORDS = new RegExp(`${STRONG_LEAK_WORDS.source}|${WEAK_LEAK_WORDS.source}`);

/**
 * Data handed on by staff, sent to the wrong person or handed out printed on a sheet, in words the lists above do not
 * hold.
 */
const HANDED_ON = `${MISSENT}|${VISIBLE_FIELD}|${OPEN_TO_ANYONE}|(?:宛先|送信先|送付先)を(?:誤|間違|取り違)|${HANDED_OUT_PRINTED}|私用(?:の)?[^。、]{0,10}(?:に|へ)(?:送信|転送|送付|送っ|送ら|保存|複製|コピー)|無断で[^。、]{0,12}(?:送信|転送|複製|コピー|持ち帰|撮影|持ち出)|業者に[^。、]{0,8}(?:提供|売却|販売|売っ|売り|渡)|${USED_AT_RIVAL}|${PRIVATE_VIEWING}|${TAKEN_HOME}|${CAUGHT_IN_PHOTO}|${REACHED_OTHERS}|${SCRAP_PAPER}|${PUBLISHED_WITH_DATA}|${POSTED_IN_VIEW}|${LEFT_ON_DEVICE}|${TAKEN}`;
export const LEAK = new RegExp(`${LEAK_WORDS.source}|${HANDED_ON}`);
export const STRONG_LEAK = new RegExp(`${STRONG_LEAK_WORDS.source}|${HANDED_ON}`);
/**
 * LEAK holds STRONG_LEAK's alternatives and the weak words': a sentence is tested for the strong ones first. The strong
 * alternation is tried only where it can start (guidedTest, 3× cheaper); the eight weak words are left to the regex's
 * own scan, measured 2× cheaper than guidedTest over the corpus's sentences.
 */
const testStrongLeak = guidedTest(STRONG_LEAK);

/**
 * 発表したのは、…, 被害に遭ったのは、…, 端末をなくしたのは、…, 誤って送られたのは、…: the cleft line that names, after the lead, who announced,
 * was hit or did it (…Xです, …株式会社X。).
 */
export const ANNOUNCER_LEAD =
  /(?:^\s*(?:[^。、「」\n]{1,12}?(?:を|が))?(?:(?:発表|公表)し|被害に(?:遭|あ)っ|被害を受け|(?:不正アクセス|サイバー攻撃|攻撃)を受け|なくし|無くし|紛失し|置き忘れ|盗まれ|誤送付し|誤送信し|送っ|送信し|配信し|流出させ|誤って(?:送ら|郵送さ|送付さ|送信さ|交付さ|配布さ|渡さ)れ)た(?:の)?は、?|^\s*[^。、「」\n]{1,12}?が(?:流出|漏え?い|漏洩)した(?:の)?は、?)/u;

/** Verbs of announcing (発表, 公表, 明らかに). */
export const ANNOUNCE =
  /発表|公表|記者会見|によ(?:ると|りますと|れば)|(?:ホームページ|ウェブサイト|サイト|HP)(?:上)?に[^。]{0,40}(?:を|と)掲載|(?:文書|お知らせ|お詫び|おわび|経緯)を(?:同社|同市|同町|同村|同院|同大|当社)?の?(?:ホームページ|ウェブサイト|サイト|HP)(?:上)?に掲載|明らかに|公開(?:し|され)|お知らせ|報告(?:し|され)|公式サイト(?:で|に)|発信|リリース/;

/** A leak phrase that is denied: 流出は確認されていない, 漏えいの事実はない, 流出した事実は確認されておりません. */
export const DENIED =
  /(?:流出|漏え?い|漏洩)なし|(?:被害|流出|漏え?い|漏洩)(?:は|も)(?:一切|これまで|これまでに)?(?:起きて|発生して|出て)(?:いない|おらず|いません|おりません)|(?:流出|漏え?い|漏洩)(?:は|も)「(?:ない|なし|なかった)」|(?:流出|漏え?い|漏洩|悪用)(?:の)?(?:被害)?(?:報告|連絡)(?:は|も)(?:一切|現時点で|今のところ)?(?:受けていない|受けておらず|受けていません|入っていない|ない|ありません)|(?:事実|形跡|痕跡)(?<=(?:され|し)た(?:事実|形跡|痕跡))(?:は|も)(?:一切)?(?:確認されませんでした|確認されなかった|見つかって(?:いない|おらず|いません|おりません)|見つからなかった|見当たらない)|(?:流出|漏え?い|漏洩|被害|不正利用|悪用|二次被害|不正アクセス)(?:や(?:流出|漏え?い|漏洩|紛失|盗難|不正利用|悪用|誤交付|誤送付|誤送信|誤配信))?(?:の(?:事実|形跡|痕跡)|した(?:事実|形跡|痕跡)|等|など)?(?:は|も)(?:一切)?(?:確認されて(?:いない|おらず|いません|おりません)|確認されず|ない|なく|なし|ありません|ございません|認められ(?:ない|なかった|ておらず|ません))|(?:(?:流出|漏え?い|漏洩)(?:した|したり)|漏れ(?:た|たり))[^。]{0,30}(?:(?:こと|事実)は(?:ない|ありません|ございません|(?:一切)?確認されて(?:いない|おらず|いません|おりません))|ことはなかった|(?:もの|わけ)では(?:ない|ありません|ございません))/;

/**
 * Counts of incidents or reports rather than of people: survey and statistics sentences, tallies of past mishaps
 * (昨年度もメールの誤送信が3件あった, 上記のほかに…誤送付が4件公表された), averages and extremes over many (1件あたりの…, 最も大きな事故では…). One
 * alternation, tried part by part: the parts that count cases (件) or bodies (機関) are tried only where the sentence
 * holds that word; as one regex, their digit runs were tried at every digit of every sentence (twice the time).
 */
export const STATISTIC = anyOf([
  {
    re: /過去最多|過去最悪|平均(?:で|して)?(?:約|およそ)?[0-9０-９]|(?:1|１|一)日(?:に|あたり|当たり)(?:約|およそ)?[0-9０-９]|最も(?:大きな|大きい|多い)(?:事故|事案|漏えい|被害)|最も規模(?:が|の)大き|規模が最も大き|(?:原因|種類|類型|手口|業種|年代|機関|市町村)別(?:では|で見ると|に見ると|にみると|の内訳)|[0-9０-９]件で最も多|年度上半期|年度下半期|上半期|下半期|(?:前|昨|今|同)年度(?:比|から|より)|年次報告|統計(?:によると|では|資料|[（(]|\s*$)|(?:前年|昨年|前年度|前年同期)(?:比|から|より)[^。]{0,12}[0-9０-９.．]+(?:%|％|ポイント|倍)|(?:前年|昨年|前年度)の[^。]{0,20}(?:から|より|を)(?:は)?[^。]{0,6}(?:増|減|上回|下回)|調査によると|集計(?:によると|では|した|結果)|倍増/,
  },
  {
    needs: "件",
    re: /(?:被害|相談|報告)(?:件数)?は[0-9０-９,，]+(?:万[0-9０-９,，]*)?件(?:に(?:のぼ|上)|で)|(?:漏え?い|漏洩|報告|事故|事案|相談|被害|認知|公表|発生)(?:等)?(?:の)?件数|[1１一]件(?:あたり|当たり)|[0-9０-９二三四五六七八九十]件(?:が|も)?相次|(?:報告|事故|事案|事件)が?\s*[0-9０-９]+件|(?:インシデント|攻撃|事故|事案)(?:が|は)?[^。]{0,6}[0-9０-９]+件(?!分|の[^。、]{0,6}(?:アカウント|情報|データ)|で[、，]?[^。]{0,24}(?:漏え?い|漏洩|流出))|(?:昨年|今年|前年|過去|これまで|例年|年間|年度)[^。]{0,24}(?:誤送信|誤送付|誤配信|紛失|盗難|誤交付|誤掲載|ミス)(?:事案|事故)?(?:が|も)(?:計|合計|合わせて|あわせて)?[0-9０-９]+件(?:あった|あり|発生|起き|相次)|(?:上記|以上|前記)の?ほか(?:に|にも)?[^。]{0,30}[0-9０-９一二三四五六七八九十]+件/,
  },
  { needs: "機関", re: /[0-9０-９]+機関/ },
]);

/**
 * Sentences that define or advise rather than report (〜のことです, 〜しましょう), examples supposed (例えば、…流出した
 * 場合), a roundup's introduction (公表された事案のうち…を紹介します), and readers' comments quoted as bullets (・「…」):
 * no facts of an incident.
 */
const GENERIC_BASE =
  /^\s*[・●]\s*「[^」]{6,}」\s*$|^\s*(?:例えば|たとえば|仮に)[、，]|^\s*もし[^。]{0,40}(?:たら|れば|なら)|いわゆる[「『][^」』]{1,30}[」』](?:です|だ|である)|(?:公表|発表|報道)された[^。]{0,12}(?:事案|事故|事件|インシデント)(?:のうち|の中から|から|を)[^。]{0,30}(?:紹介|まとめ|ピックアップ|振り返)|場合(?:のうち|には|は)?[、，]?\s*$|場合(?:には|は)、[^。]{0,80}(?:します|いたします|ものとします|ことを(?:明記|規定|定め))|ましょう|(?<!と)のことです|のことを指|^[^、。]{1,20}とは、[^。]*(?:こと|もの)(?:です|である|だ)|すべきです|が重要です|推奨(?:致|いた)?します|してください|お気軽に/;

/** 「お客様の個人情報が流出しました」とかたる偽メール: a fake message that claims a leak reports none. */
const FAKE_CLAIM =
  /(?:かた(?:る|り|った)|騙(?:る|り|った)|装(?:う|い|った)|名乗(?:る|り|った)|偽(?:の)?(?:メール|SMS|ショートメッセージ))[^。]{0,40}「[^」]{0,30}(?:流出|漏え?い|漏洩)[^」]{0,20}」|「[^」]{0,30}(?:流出|漏え?い|漏洩)[^」]{0,20}」[^。]{0,6}(?:偽|詐欺|不審)(?:の)?(?:メール|SMS|電話|ショートメッセージ)|「[^」]{0,30}(?:流出|漏え?い|漏洩)[^」]{0,30}」という件名の(?:偽の?)?(?:メール|SMS)(?=[^。]{0,40}(?:偽|詐欺|不審|フィッシング|送られ))/;

/** GENERIC_BASE, or a fake message's claim (tried only where a quotation opens). */
export const GENERIC_TEXT = {
  test: (text: string): boolean => GENERIC_BASE.test(text) || (text.includes("「") && FAKE_CLAIM.test(text)),
};

/**
 * Markers that start a separate case of the same organization (1件目, 2件目, もう1件, 事案2：, なお同社は7月10日にも…と
 * 公表している).
 */
const NUMBERED_CASE =
  /^\s*(?:[0-9０-９]{1,2}[.．、)）]\s*)?[【■◆●]?\s*(?:事案|ケース|事例)\s*([0-9０-９一二三四五])\s*[:：】）)]/;
const ALSO_ON =
  /^\s*(?:(?:なお|また|一方)、?\s*)?(?:同|当)[社市町村県院行庁](?:で)?は(?:[0-9０-９]{4}年|昨年|去年)?(?:[0-9０-９]{1,2}月|先月|今月)(?:[0-9０-９]{1,2}日)?にも/;
/**
 * また、同大は今月5日、…ファイルを誤って添付し、受験生213人分の…: a paragraph that opens with また and the body again,
 * on a day of its own, telling a mistake with data (a second case; a plain また、同社は… goes on with the first).
 */
const ALSO_DATED =
  /^\s*(?:また|さらに)、\s*(?:同|当)[社市町村県院行庁大区]は(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月|先月|今月)?[0-9０-９]{1,2}日、[^。]{0,60}(?:誤って|紛失|盗まれ|誤送|誤交付|誤掲載)/u;

/**
 * 市は同日、…を紛失していたことも明らかにした, また、納税課が…を別人に送付していたことも明らかにした: the organization
 * (or one of its departments) disclosed another case the same day.
 */
const ALSO_DISCLOSED =
  /^\s*(?:(?:なお|また|一方|さらに)、?\s*)?(?:(?:同|当)?[社市町村県院行庁区]は[^。]{0,16}、|(?<=、\s*)[^、。\s]{1,12}(?:課|部|室|係|局|センター|支所|病棟|署)(?:が|で|では))[^。]{4,}(?:こと|の)も(?:明らかにし|発表し|公表し)/u;
const CASE_WORDS =
  /(?:^|、)\s*(?:[0-9０-９一二三四五]+件目|もう[1１一]件|別の事案|[^、。\s]{1,12}(?:課|部|室|係|局|センター|支所|支店|病棟|工場)の(?:事案|件|ケース)(?:では|は|について|に関して))/;
/** A word every CASE_WORDS match holds. */
const CASE_HINT = /件|事案|ケース/u;
/** CASE_MARKER's parts tried one by one: the anchored ones alone are tried at the start only, not at every position. */
export const CASE_MARKER = {
  test: (text: string): boolean =>
    NUMBERED_CASE.test(text) ||
    ALSO_ON.test(text) ||
    (CASE_HINT.test(text) && CASE_WORDS.test(text)) ||
    (text.includes("も") && ALSO_DISCLOSED.test(text)) ||
    ALSO_DATED.test(text),
};

/**
 * 2件目は…, 事案2：, なお同社は7月10日にも…: a case marker that says a case came before it (1件目 and 市民課の事案では…
 * under a lead that only announced the cases do not).
 */
export function isLaterCase(text: string): boolean {
  const numbered = NUMBERED_CASE.exec(text);
  return (
    (numbered !== null && !"01０１一".includes(numbered[1]!)) ||
    ALSO_ON.test(text) ||
    LATER_ORDINAL.test(text) ||
    ALSO_DISCLOSED.test(text) ||
    ALSO_DATED.test(text)
  );
}

const LATER_ORDINAL = /(?:^|、)\s*[2-9２-９二三四五]件目/u;

/** また、納税課が…ことも明らかにした: a second case disclosed in the lead's own paragraph (not at a line start). */
export function isAlsoDisclosed(text: string): boolean {
  return text.includes("も") && ALSO_DISCLOSED.test(text);
}

/**
 * また、市民課では5月2日、…, また、市こども家庭課は、…: a department named as the topic at a paragraph's start opens a
 * case of its own, in an
 * article that says its organization had several leaks (漏えいが2件, 2件の事故, 相次いで).
 */
export const DEPARTMENT_CASE =
  /^\s*(?:また|さらに|一方)?、?\s*[^、。\s]{1,12}(?:課|部|室|係|局|センター|支所|支店|営業所|病棟)(?:では|で)(?:(?:[0-9０-９]{1,2}月|今月|先月|同月)?[0-9０-９]{1,2}日|[、,])|^\s*(?:また|さらに|一方)、\s*[^、。\s]{1,12}(?:課|部|室|係|局|センター|支所|病棟)は、|^\s*(?:また|さらに|一方)、\s*[^、。\s]{1,12}(?:課|部|室|係|局|センター|支所|病棟)の[^、。]{0,8}?(?:職員|担当者|社員|教諭|教員|看護師|医師)(?:が|は)/u;
export const SEVERAL_CASES =
  /(?:漏え?い|漏洩|流出|事故|事案|ミス|誤送付|誤送信)(?:が|は)(?:(?:下記|以下|次)の)?[2-9２-９二三四五]件|[2-9２-９二三四五]件の(?:漏え?い|漏洩|流出|事故|事案|ミス|個人情報)|(?:漏え?い|漏洩|流出|事故|事案|ミス)(?:の)?[2-9２-９二三四五]件|相次(?:ぐ|いで|ぎ|いだ)|(?:ケース|事案|事故|ミス)の?(?:あわせて|合わせて|計)[2-9２-９二三四五]件|(?:[2-9２-９二三四五]つの|複数の)(?:支店|営業所|店舗|部署|課|施設|事業所|病院|学校)で|また、[^。]{0,80}(?:こと|の)も(?:明らかに|発表|公表)/u;

/**
 * １　診療情報提供書のファクス誤送信 / ２　退院証明書の誤交付: a numbered heading that names a leak by its kind, in a
 * notice of several, opens one of them (１　概要, ２　紛失した書類 and ２　誤送付の件数 name parts of one).
 */
export const NUMBERED_CASE_HEADING =
  /^\s*(?:(?:事案|事例|ケース|案件)\s*)?(?:[0-9０-９]{1,2}|[一二三四五六七八九])[\s　．.、)）:：]\s*[^。\s　]{2,40}(?:誤送信|誤送付|誤配信|誤交付|誤掲載|誤表示|紛失|盗難|流出|漏え?い|漏洩|誤廃棄|所在不明|不正ログイン|不正アクセス|閲覧可能(?:な)?状態|閲覧できる状態)(?:について|に関して|の件)?(?:[（(][^）)]{1,24}[）)])?\s*$/u;

/** Line-initial markers of a new item in a roundup: (1), （２）, ◎, ■. */
export const ITEM_MARKER = new RegExp(
  `^\\s*(?:[（(][0-9０-９]+[）)]|[${BULLETS}]\\s*|【|第[0-9０-９一二三四五六七八九十]{1,2}位[\\s　:：]|No\\.\\s?[0-9]{1,2}[\\s　]|[0-9０-９]{1,2}[.．](?![0-9０-９])\\s*\\S)`,
);

/** A related-articles list: headlines of other stories, weak evidence for this one. */
export const RELATED = new RegExp(
  `^\\s*[${BULLETS}【［[]?\\s*(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|人気記事|ランキング|過去の記事|バックナンバー|(?:この地域の|地域の)?主なニュース|その他のニュース|新着ニュース|[\\p{Script=Han}\\p{Script=Katakana}ー]{1,6}の(?:主な|最新|その他の)?ニュース\\s*$)`,
  "u",
);

/** Phrases where a count is a secondary effect, not the leak itself: fraud, calls, letters, costs. */
export const SECONDARY =
  /不正(?:に)?(?:使用|利用|引き出し|出金)|不審な(?:電話|メール|アクセス)|問い合わせ(?!内容|本文|履歴|の内容)|苦情|なりすましメール|迷惑メール|送り出し|発送|送付(?:を|した|し、)|お詫び|詐欺|被害額|円/;

/**
 * Authorities and analysts that report on leaks of others: observers, not victims, when they are the subject; so are
 * the committees that examine a leak (検証委員会, 第三者委員会), a body's auditors (監査委員, 地方自治法 195条) and
 * an assembly's committees that question it (県議会総務企画委員会, 地方自治法 109条).
 */
export const OBSERVER =
  /^(?:個人情報保護委員会|個情委|警察庁|内閣サイバーセキュリティセンター|NISC|情報処理推進機構|IPA|JPCERT.*|jpcert.*|日本ネットワークセキュリティ協会|JNSA|東京商工リサーチ|TSR|帝国データバンク|TDB|日本経済新聞|朝日新聞|読売新聞|毎日新聞|産経新聞|共同通信|時事通信|NHK|日経.*|.+(?:編集部|編集局|編集室|取材班|報道部|報道局|支局|総局)|.*(?:検証|第三者|調査|特別調査|外部調査|事故調査)委員会|.*(?:検証|調査)委|.*監査委員?|.+議会.{0,10}委員会)$/;

export type Signals = {
  readonly leak: boolean;
  readonly strongLeak: boolean;
  readonly announce: boolean;
  readonly denied: boolean;
  readonly statistic: boolean;
  readonly generic: boolean;
  readonly related: boolean;
};

/** Every signal of a sentence, each computed on first use and kept in the sentence's memo slot. */
export function signalsOf(s: { readonly text: string; memo: unknown }): Signals {
  if (s.memo instanceof LazySignals) return s.memo;
  const v = new LazySignals(s.text);
  s.memo = v;
  return v;
}

/** Signals computed on first read; a class so each sentence costs one small object, not a set of closures. */
class LazySignals implements Signals {
  #leak: boolean | undefined;
  #strong: boolean | undefined;
  #announce: boolean | undefined;
  #denied: boolean | undefined;
  #statistic: boolean | undefined;
  #generic: boolean | undefined;
  #related: boolean | undefined;
  readonly #t: string;
  constructor(text: string) {
    this.#t = text;
  }
  /** LEAK.test: a strong leak phrase or a weak word (one scan for both signals where the strong one is found). */
  get leak(): boolean {
    if (this.#leak === undefined) this.#leak = this.strongLeak || WEAK_LEAK_WORDS.test(this.#t);
    return this.#leak;
  }
  get strongLeak(): boolean {
    if (this.#strong === undefined) this.#strong = testStrongLeak(this.#t);
    return this.#strong;
  }
  get announce(): boolean {
    if (this.#announce === undefined) this.#announce = ANNOUNCE.test(this.#t);
    return this.#announce;
  }
  get denied(): boolean {
    if (this.#denied === undefined) this.#denied = this.leak && DENIED.test(this.#t);
    return this.#denied;
  }
  get statistic(): boolean {
    if (this.#statistic === undefined) this.#statistic = STATISTIC.test(this.#t);
    return this.#statistic;
  }
  get generic(): boolean {
    if (this.#generic === undefined) this.#generic = GENERIC_TEXT.test(this.#t);
    return this.#generic;
  }
  get related(): boolean {
    if (this.#related === undefined) this.#related = RELATED.test(this.#t);
    return this.#related;
  }
}

/** A part of an alternation and, optionally, a word every match of it holds. */
type Part = { readonly re: RegExp; readonly needs?: string };

/** Tests like the alternation of the parts' patterns; a part whose word is missing from the text is not tried. */
export type Alternation = { readonly parts: readonly Part[]; test(text: string): boolean };

function anyOf(parts: readonly Part[]): Alternation {
  return {
    parts,
    test(text: string): boolean {
      for (const p of parts) if ((p.needs === undefined || text.includes(p.needs)) && p.re.test(text)) return true;
      return false;
    },
  };
}
