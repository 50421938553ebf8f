/** @module A group of sentences about one organization → one incident with every field sourced. */
import type { Article } from "../../domain/article.js";
import {
  type Affected,
  type BreakdownEntry,
  DATA_ITEMS,
  type DataItem,
  type Incident,
  type Span,
  type TimelineEvent,
} from "../../domain/incident.js";
import { causeHits, extractCause } from "../fields/cause.js";
import { allMatches } from "../fields/char-class.js";
import { addDataItems, extractDataItems } from "../fields/data-items.js";
import { firstUnits, guidedTest, PairFilter } from "../fields/first-units.js";
import { type Count, findCounts } from "../fields/japanese-number.js";
import type { OrgMention } from "../fields/organization.js";
import { type Sentence, sentenceAt } from "../segment/sentences.js";
import { type ArticleDates, chooseAnnounced, collectTimeline } from "./dates.js";
import { CONTRACTOR_INTRO, type OrgCluster, type Section, supervises } from "./discourse.js";
import { isItemListLine } from "./item-list.js";
import { isSecondaryDamage } from "./secondary.js";
import { ANNOUNCE, SECONDARY, SEVERAL_CASES, signalsOf } from "./signals.js";

export type Group = {
  readonly cluster: number;
  readonly caseId: number;
  readonly sentences: readonly number[];
  readonly sections: readonly number[];
  /** The victim cluster, when already decided (after groups about one victim were merged). */
  readonly victim?: number;
};

export type Context = {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly sections: readonly Section[];
  readonly clusters: readonly OrgCluster[];
  readonly bySentence: readonly (readonly OrgMention[])[];
  readonly clusterIdOf: (m: OrgMention) => number;
  readonly observer: ReadonlySet<number>;
  /** Sentences of the page's headline lists (関連記事 and the like): other stories, never this one's facts. */
  readonly furniture: ReadonlySet<number>;
  /** Per sentence, the organization it is about (null: the article's own framing text). */
  readonly focus: readonly { readonly cluster: number | null }[];
  /** The article's dates, resolved once for the run. */
  readonly dates: ArticleDates;
  /**
   * What the run works out once and every group reads again, filled on first use (held here rather than in a
   * WeakMap keyed by the run: see ArticleDates).
   */
  readonly memo: RunMemo;
};

export type RunMemo = {
  facts?: SentenceFacts;
  framingCause?: ReturnType<typeof extractCause>;
  namesCve?: boolean;
  clientsLeaked?: boolean;
};

type Scored<T> = { readonly value: T; readonly score: number; readonly sentence: Sentence };

/** Builds the incident a group reports, or null when the group states no leak of its own. */
export function buildIncident(group: Group, ctx: Context): Incident | null {
  const own = group.sentences.map((i) => ctx.sentences[i]!);
  // 「本番なら情報流出も」, …流出した恐れがあるとの想定で訓練: a leak said only as what would have happened, or as a drill's
  // scenario, is none.
  const leaks: Sentence[] = own.filter((s) => isLeakSentence(s) && !HYPOTHETICAL_LEAK.test(s.text));
  if (ctx.observer.has(group.cluster)) return null;
  if (leaks.length > 0 && leaks.every((s) => inRelatedList(s, ctx))) return null;
  // 一部報道等における本学学生情報の流出について / 「…が販売されている」との情報を確認…流出した事実は確認されて
  // おりません: a leak only named in headings or claims, which the organization denies, is no leak.
  if (
    leaks.length > 0 &&
    leaks.every((s) => s.bare || CLAIM.test(s.text)) &&
    own.some((s) => signalsOf(s).denied && LEAK_DENIED.test(s.text))
  )
    return null;
  if (
    !leaks.some((s) => signalsOf(s).strongLeak) &&
    !isRowOfLeakTable(own, ctx) &&
    !announcesAffected(own) &&
    !(clientsLeaked(ctx) && own.some((s) => countsClientData(s, ctx)))
  )
    return null;
  // Both tests below read only sentences that say 個人情報: found once, in one scan of each sentence.
  const personal = own.filter((s) => s.text.includes("個人情報"));
  // 誤って配信した…個人情報は含まれていない: a mistake that the organization says carried no personal data.
  if (personal.some((s) => NO_PERSONAL_DATA.test(s.text))) return null;
  // 訓練の文面を誤って配信した…個人情報の流出はないとしています: a mistake whose own sentences name no personal data,
  // of which the organization says no personal information leaked, is no leak.
  if (personal.some((s) => NO_PERSONAL_LEAK.test(s.text)) && extractDataItems(leaks).length === 0) return null;
  if (leaks.length === 0) leaks.push(...own.filter((s) => s.bare));
  const victim = group.victim ?? chooseVictim(group, ctx);
  const cluster = ctx.clusters[victim]!;
  const affected = chooseAffected(own, ctx.article.text, factsOf(ctx).counts, group.caseId > 0);
  // 同社は2022年にも、…宛名を取り違える…: an earlier mishap of the organization tells nothing of this one's cause.
  // A group that is itself told as an earlier case (なお同社は7月10日にも、…紛失した) keeps its own passages.
  const aside = !isEarlierMishap(own[0]!.text);
  const passages = own.filter((s) => !signalsOf(s).generic && !(aside && isEarlierMishap(s.text)));
  // 個人情報保護委員会は12日、…に指導を行ったと発表した: an observer's announcement does not date the victim's.
  const dated = chooseAnnounced(
    ctx.observer.size === 0 ? own : own.filter((s) => !isObserverSpeaking(s, ctx)),
    ctx.dates,
    leadOf(group, victim, ctx),
  );
  if (!affected && !dated.announced && !isHeadlined(group, ctx)) return null;
  const section = sectionSentences(group, ctx);
  const [fullest, place] = withPlace(fullestName(cluster, ctx), cluster, ctx);
  const named = alsoNames(group, victim, fullest, ctx);
  const [orgName, also] = runInstitution(fullest, place && !named.includes(place) ? [...named, place] : named, ctx);
  const fallbackCause = chooseCause(group, victim, passages, section, ctx, also);
  const dataSents = dataSentences(group, section, ctx);
  let itemSource: Sentence | undefined;
  const found = new Set<DataItem>();
  const itemsOf = factsOf(ctx).items;
  for (const s of dataSents) {
    const named = itemsOf(s);
    for (const item of named) found.add(item);
    if (named.length > 0 && !itemSource) itemSource = s;
  }
  // In the schema's order; most incidents name a few items of the many, or none.
  const items = found.size === 0 ? [] : DATA_ITEMS.filter((item) => found.has(item));
  // An article that names no CVE (most) need not look for one sentence by sentence, group after group.
  const namesCve = mentionsCve(ctx);
  const cves =
    namesCve && ATTACK_CAUSES.has(fallbackCause.cause) ? cveIds(own.filter((s) => !QUOTED_BULLET.test(s.text))) : [];
  const cveSource =
    cves.length > 0
      ? own.find((s) => s.text.includes("CVE-") && CVE_ID.test(s.text) && !QUOTED_BULLET.test(s.text))
      : undefined;
  const allCves = cves.length > 0 || !namesCve ? cves : cvesAround(group, section, fallbackCause.cause, ctx);
  // A stated CVE is the flaw the attacker used: the most specific cause (SCHEMA.md).
  const cause =
    fallbackCause.cause === "unauthorized_access" && allCves.length > 0 ? "vulnerability" : fallbackCause.cause;
  // A group let in by a count it announces may hold no leak sentence and no heading: its first sentence then.
  const evidence = affected ? affected.sentence : (leaks[0] ?? own[0]!);
  const breakdown = collectBreakdown(section, ctx);
  const value = affected?.value.value ?? null;
  return {
    organization: orgName,
    also,
    announced: dated.announced,
    affected: toAffected(affected?.value ?? null),
    data_items: items,
    cause,
    cves: allCves,
    evidence: evidenceText(evidence, affected?.value ?? null),
    certainty: leaks.some((s) => /可能性|おそれ|恐れ|懸念|か[。、]?\s*$/.test(s.text)) ? "possible" : "confirmed",
    breakdown,
    breakdown_mismatch: breakdown.length >= 2 && value !== null && breakdown.reduce((a, b) => a + b.value, 0) !== value,
    timeline: collectTimeline(own, ctx.dates) as TimelineEvent[],
    vector: vectorsOf(own),
    secondary_damage: own.filter((s) => isSecondaryDamage(s.text)).map(spanOf),
    response: own.filter((s) => RESPONSE.test(s.text)).map(spanOf),
    sources: {
      organization: mentionSpan(cluster, own, ctx) ?? spanOf(evidence),
      ...(itemSource ? { data_items: spanOf(itemSource) } : {}),
      ...(cveSource ? { cves: spanOf(cveSource) } : {}),
      ...(affected ? { affected: countSpan(affected.value, ctx.article.text) } : {}),
      ...(dated.sentence ? { announced: spanOf(dated.sentence) } : {}),
      ...(fallbackCause.start >= 0
        ? {
            cause: {
              start: fallbackCause.start,
              end: fallbackCause.end,
              text: ctx.article.text.slice(fallbackCause.start, fallbackCause.end),
            },
          }
        : {}),
    },
  };
}

const RESPONSE = /停止|閉鎖|遮断|再発防止|変更|再発行|お詫び|謝罪|通知|連絡|窓口|コールセンター|補償|届け出|相談/;
const VECTOR =
  /Apache\s?Struts\s?2?|USB(?:フラッシュ)?メモリー?|ノート(?:PC|パソコン)|パソコン|クラウド(?:サービス|システム)?|メールアカウント|メールサーバー?|Webサイト|ウェブサイト|通販サイト|VPN(?:機器|装置)?|ファイル共有ソフト|Winny|ウィニー|書類|名簿|CD-ROM|自動交付機|コンビニ交付/gi;

const ANAPHOR =
  /同社|同市|同区|同町|同村|同県|同院|同大学?|同機構|同センター|同省|同庁|同行|同協会|同会|当院|本学|当社|弊社|市は|県は|県警は|町は|村は|区は/;
const CAUSAL = /原因|ことから|により|によって|によるもの|ため[、。]/;

/**
 * The cause, looked for first in sentences that are plainly about this incident (naming the organization, referring
 * back to it, or stating a cause), then in the group's other sentences, then in its sections: so an explanatory
 * passage about attack techniques elsewhere in the article does not decide it.
 */
function chooseCause(
  group: Group,
  victim: number,
  passages: readonly Sentence[],
  section: readonly Sentence[],
  ctx: Context,
  related: readonly string[],
) {
  const names = (s: Sentence) =>
    (ctx.bySentence[s.index] ?? []).some((m) => {
      const id = ctx.clusterIdOf(m);
      return id === group.cluster || id === victim;
    });
  // 1件目は…誤交付…, 2件目は…BCCで送信すべきところ…: a numbered case tells its own cause, before the lead that
  // announced all the cases together. Each tier is built only when the ones before it state no cause.
  // (鷭ヶ原市、個人情報の紛失と誤送付を公表: a headline over several cases names every cause; the case's own
  // sentences first.)
  // The lead that tells of every case (2つの支店で…紛失と誤送信があった) is no one case's own sentence.
  const ownCase = (): readonly Sentence[] =>
    group.caseId > 0
      ? passages.filter((s) => caseOf(s, group, ctx) === group.caseId && !SEVERAL_CASES.test(s.text))
      : [];
  const tiers: readonly (() => readonly Sentence[])[] = [
    () => ownCase().filter((s) => !s.bare),
    () => ownCase(),
    () => passages.filter((s) => names(s) || ANAPHOR.test(s.text) || CAUSAL.test(s.text)),
    () => passages,
    // A section sentence that states another organization's own leak with its count (XがN件を流出させた問題や、…)
    // states that incident's cause from the other's name on; the framing before it (ベンダーがランサムウェアの被害
    // を受けた問題で、X県は…) and a vendor's account of the attack (no count of its own) still tell this one's.
    () => section.filter(notGeneric).flatMap((s) => beforeOthersIncident(s)),
  ];
  const beforeOthersIncident = (s: Sentence): Sentence[] => {
    const f = ctx.focus[s.index]?.cluster;
    if (f == null || f === group.cluster || f === victim) return [s];
    if ((ctx.clusters[f]?.names ?? []).some((n) => related.includes(n))) return [s];
    if (!factsOf(ctx).counted(s)) return [s];
    const other = (ctx.bySentence[s.index] ?? []).find((m) => ctx.clusterIdOf(m) === f);
    const cut = other ? other.start - s.start : 0;
    return cut > 0 ? [{ ...s, text: s.text.slice(0, cut), end: s.start + cut, memo: undefined }] : [];
  };
  const hitsOf = factsOf(ctx).causeHits;
  for (const [i, tier] of tiers.entries()) {
    const hit = extractCause(tier(), passages, hitsOf);
    if (hit.cause === "unauthorized_access" && i <= 2) return refineAttack(hit, passages, hitsOf);
    // What happened in the organization's own sentences, how in another of its sentences: the mechanism is the more
    // specific cause (SCHEMA.md).
    const mechanisms = MECHANISMS_OF_EFFECT.get(hit.cause);
    if (mechanisms && i <= 2) {
      const how = extractCause(passages, passages, hitsOf);
      if (mechanisms.has(how.cause)) return how;
    }
    if (hit.cause !== "unknown") return hit;
  }
  const framing = framingCause(ctx);
  return framing.cause !== "unknown" ? framing : extractCause([]);
}

/** Does the sentence open with an observer as its topic (個人情報保護委員会は12日、…)? */
function isObserverSpeaking(s: Sentence, ctx: Context): boolean {
  const first = ctx.bySentence[s.index]?.[0];
  if (!first || first.start - s.start > 4 || !ctx.observer.has(ctx.clusterIdOf(first))) return false;
  return /^[」』]?(?:[（(][^）)]{0,20}[）)])?は/u.test(ctx.article.text.slice(first.end, first.end + 24));
}

/** The case id of the group's section that holds the sentence (0 when none of its sections does). */
function caseOf(s: Sentence, group: Group, ctx: Context): number {
  for (const k of group.sections) {
    const sec = ctx.sections[k];
    if (sec && s.index >= sec.first && s.index <= sec.last) return sec.caseId;
  }
  return 0;
}

/**
 * 不正アクセス/不正ログイン is the generic attack: when the incident's other sentences name how it was done
 * (「リスト型攻撃」とみられる, a phishing page, a CVE), that more specific cause wins (SCHEMA.md).
 */
function refineAttack(
  hit: ReturnType<typeof extractCause>,
  passages: readonly Sentence[],
  hitsOf: (s: Sentence) => readonly number[],
) {
  const advised = passages.filter((s) => !ADVICE.test(s.text));
  const specific = extractCause(advised, advised, hitsOf);
  return ATTACK_KINDS.has(specific.cause) ? specific : hit;
}

/** 添付ファイルを開かないでください: advice to readers names a technique, not what happened. */
const ADVICE = /ください|お願い(?:いた)?し(?:ます|ております)|ご注意/;

/**
 * How data came to be open, over the fact that it was (閲覧できる状態): a fault, a setting, a flaw, and a mail sent
 * with every address in TO (受信した方同士で互いのメールアドレスが閲覧できる状態).
 */
const MECHANISMS: ReadonlySet<string> = new Set([
  "misdelivery",
  "system_failure",
  "misconfiguration",
  "vulnerability",
  "sql_injection",
]);

/**
 * Effects and the mechanisms that, stated beside them, are their cause: 閲覧できる状態 (mispublication) by 表示される
 * 不具合 or a setting; 別の世帯の受診歴が印字されていた (mis_operation) by プログラムに不具合があり.
 */
const MECHANISMS_OF_EFFECT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["mispublication", MECHANISMS],
  ["mis_operation", new Set(["system_failure"])],
]);

const ATTACK_KINDS: ReadonlySet<string> = new Set([
  "sql_injection",
  "vulnerability",
  "targeted_email",
  "phishing",
  "credential_theft",
  "malware",
]);

/** The cause stated in the article's own framing text (sentences about no organization): the same for every group. */
function framingCause(ctx: Context): ReturnType<typeof extractCause> {
  ctx.memo.framingCause ??= extractCause(
    ctx.sentences.filter(
      (s) =>
        ctx.focus[s.index]?.cluster == null && notGeneric(s) && !signalsOf(s).related && !ctx.furniture.has(s.index),
    ),
  );
  return ctx.memo.framingCause;
}

/** ■関連記事 / ・X社、…を紛失（日付）: a headline of another story listed under the article. */
function inRelatedList(s: Sentence, ctx: Context): boolean {
  let k = s.index;
  while (k >= 0 && ctx.sentences[k]!.bare && LIST_LINE.test(ctx.sentences[k]!.text)) k--;
  return k >= 0 && k < s.index && signalsOf(ctx.sentences[k]!).related;
}

const LIST_LINE = /^\s*[・●\-]/u;
/** EARLIER_MISHAP, tried only where its closing も、 occurs (every match ends with it; most sentences hold none). */
function isEarlierMishap(text: string): boolean {
  return text.includes("も") && EARLIER_MISHAP.test(text);
}
const EARLIER_MISHAP =
  /(?:は|では|を巡っては|をめぐっては|については)、?(?:(?:[0-9０-９]{4}年|昨年|一昨年|以前|過去)(?:[0-9０-９]{1,2}月)?|(?:今月|先月|今年[0-9０-９]{1,2}月|[0-9０-９]{1,2}月)[0-9０-９]{1,2}日)(?:に)?も、?/u;
const LEAK_DENIED =
  /(?:流出|漏え?い|漏洩)(?:した|の)?(?:事実|形跡|痕跡)(?:は|も)|(?:流出|漏え?い|漏洩)なし|(?:流出|漏え?い|漏洩)(?:など|等)?(?:は|も)(?:一切)?(?:確認されて|ありません|ない|ございません)/u;
const NO_PERSONAL_DATA =
  /(?<!特定|要配慮)個人情報(?:は|も|等は|などは)(?:一切)?含(?:まれ(?:ていない|ておらず|ていません|ておりません|ない|ません)|んでいない|んでおりません)/u;
const NO_PERSONAL_LEAK =
  /個人情報の(?:外部への)?(?:流出|漏え?い|漏洩)(?:は|も)(?:一切)?(?:ない|なく|ありません|ございません|なかった)/u;

const HYPOTHETICAL_LEAK =
  /(?:との|という)(?:想定|設定|シナリオ)(?:で|の下で|のもと|の(?:訓練|演習))|を想定し(?:た)?[^。、]{0,12}(?:訓練|演習)|(?:本番|実際|(?:実際|本物)の[^。、]{1,8})(?:なら|ならば|であれば|だったら)、?[^。]{0,16}(?:流出|漏え?い|漏洩)|(?:していれば|していたら|されていれば|されていたら)[、]?[^。]{0,16}(?:流出|漏え?い|漏洩)(?:も|の(?:おそれ|恐れ|危険))/u;

/**
 * 「…流出した」との情報, 偽メールは「…閲覧された可能性があります」などと記載: a leak said only inside a claim or a
 * fake message's quoted words (with the organization's denial beside it, buildIncident).
 */
const CLAIM =
  /「[^」]{0,80}」との(?:情報|指摘|報道|投稿|書き込み|連絡|問い合わせ|うわさ|噂)|(?:偽|詐欺|不審)[^。「]{0,12}「[^」]{0,80}」(?:など)?と(?:記載|書かれ|うそ|偽|称し|かた)/u;

/**
 * 委託元｜公表日｜対象件数: rows of a table placed in a passage about a leak carry that passage's leak, though they
 * hold no verb themselves.
 */
function isRowOfLeakTable(own: readonly Sentence[], ctx: Context): boolean {
  // A row holds a figure or a date (＜前のページ ｜ 次のページ＞ is page navigation).
  const row = own.find((s) => s.bare && /[｜|\t]/u.test(s.text) && /[0-9０-９]/u.test(s.text));
  if (!row) return false;
  for (let i = row.index - 1; i >= Math.max(0, row.index - 12); i--) {
    const s = ctx.sentences[i]!;
    if (!s.bare && signalsOf(s).strongLeak) return true;
  }
  return false;
}

/**
 * 北浜信金は同じ6日、…顧客の氏名と住所1万件が対象になると発表した, 北浜市も、…市民1万件分の氏名と住所が含まれていた
 * と公表した, 南川町も…町民820人分の氏名が対象になると発表した: in an article about a leak, an organization that
 * announces how many of its records are affected (対象になる, 含まれていた) reports its part of the leak without a leak
 * verb.
 */
function announcesAffected(own: readonly Sentence[]): boolean {
  return own.some(
    (s) =>
      (s.text.includes("対象") || s.text.includes("含まれ")) && AFFECTED_PART.test(s.text) && signalsOf(s).announce,
  );
}

/**
 * 印刷を請け負う会社がランサムウエアに感染し、委託元の個人情報が流出した恐れ: when the article states that a contractor's
 * clients' data leaked, each client that gives its own count (同健保組合は…計3166人分で、…) reports a part of that leak,
 * though its own sentences name no leak verb.
 */
function clientsLeaked(ctx: Context): boolean {
  ctx.memo.clientsLeaked ??= ctx.sentences.some(
    (s) => CLIENTS_DATA.test(s.text) && signalsOf(s).strongLeak && !signalsOf(s).denied,
  );
  return ctx.memo.clientsLeaked;
}

/** 計3166人分で、氏名、生年月日…: a client's own sentence that counts people's or records' worth of data. */
function countsClientData(s: Sentence, ctx: Context): boolean {
  return !s.bare && !signalsOf(s).statistic && WORTH_OF_DATA.test(s.text) && factsOf(ctx).counted(s);
}

const WORTH_OF_DATA = /[0-9０-９〇一二三四五六七八九十百千万][人件名]分|氏名|個人情報/u;
const CLIENTS_DATA =
  /(?:委託元|取引先の(?:企業|自治体|団体)|利用(?:企業|団体|自治体))(?:の|から)[^。]{0,20}(?:個人)?(?:情報|データ)/u;

const AFFECTED_PART =
  /[0-9０-９千万][人件名](?:分)?(?:が|も)(?:対象|該当)(?:に|と|で|です|だ)|[0-9０-９千万][人件名](?:分)?(?:が|も)含まれ(?:て|る)|[0-9０-９][人件名]分?の[^。]{0,40}(?:が|も)(?:含まれて(?:いた|いる|いま)|(?:対象|該当)(?:に|と)な|(?:対象|該当)(?:だ|です|である)(?:と|った))/u;

function isLeakSentence(s: Sentence): boolean {
  const f = signalsOf(s);
  return f.leak && !f.denied && !f.statistic && !f.generic;
}

function notGeneric(s: Sentence): boolean {
  const f = signalsOf(s);
  return !f.generic && !f.statistic;
}

export function spanOf(s: Sentence): Span {
  return { start: s.start, end: s.start + s.text.trimEnd().length, text: s.text.trimEnd() };
}

/** Where the text names the organization: its first mention among the incident's sentences. */
function mentionSpan(cluster: OrgCluster, own: readonly Sentence[], ctx: Context): Span | undefined {
  for (const s of own) {
    const m = (ctx.bySentence[s.index] ?? []).find((x) => ctx.clusterIdOf(x) === cluster.id);
    if (m) return { start: m.start, end: m.end, text: m.name };
  }
  return undefined;
}

/** Sentences of the group's first section before its own first sentence: the section's lead. */
function leadOf(group: Group, victim: number, ctx: Context): readonly Sentence[] {
  const first = group.sentences[0];
  const sec = ctx.sections[group.sections[0] ?? -1];
  if (first === undefined || !sec) return [];
  const own = ctx.clusters[victim]!.names;
  // A lead speaks for the organization when its first name is the organization or its place or parent (岐阜県 for
  // 岐阜県立…センター), or when it names no one.
  const lead = ctx.sentences.slice(sec.first, first).filter((s) => {
    const m = ctx.bySentence[s.index]?.[0];
    return !m || ctx.clusterIdOf(m) === victim || own.some((n) => n.length > m.name.length && n.startsWith(m.name));
  });
  // 市民課の事案では… / また、市民課では5月2日…: a case of its own under the article's lead about the organization's
  // cases is announced in that lead.
  if (lead.length > 0 || sec.caseId === 0) return lead;
  return ctx.sentences.slice(0, sec.first).filter((s) => ctx.focus[s.index]?.cluster === victim);
}

/** The sentences of the group's sections, in the order of its section list. */
function sectionSentences(group: Group, ctx: Context): readonly Sentence[] {
  const list: Sentence[] = [];
  // Most articles list no other stories: then no sentence need be looked up.
  const furniture = ctx.furniture.size > 0 ? ctx.furniture : null;
  for (const i of group.sections) {
    const sec = ctx.sections[i];
    // 関連記事 lists under the story are other stories' headlines, never this one's facts.
    if (sec) for (let k = sec.first; k <= sec.last; k++) if (!furniture?.has(k)) list.push(ctx.sentences[k]!);
  }
  return list;
}

/** The cluster whose data leaked: a name marked as the data's owner (Xの顧客情報, Xにて漏洩) beats the subject. */
export function chooseVictim(group: Group, ctx: Context): number {
  const score = new Map<number, number>([[group.cluster, 1]]);
  for (const i of group.sentences) {
    for (const m of ctx.bySentence[i] ?? []) {
      const id = ctx.clusterIdOf(m);
      if (id < 0 || ctx.observer.has(id)) continue;
      // The board or police headquarters that announces for its school or station stays the organization.
      const owner = isOwnerMention(m, ctx.article.text) && !supervisesId(group.cluster, id, ctx) ? 4 : 0;
      score.set(id, (score.get(id) ?? 0) + owner);
    }
  }
  for (const i of group.sentences) {
    const s = ctx.sentences[i]!;
    if (!s.text.includes("同")) continue;
    for (const m of allMatches(ANAPHOR_OWNER, s.text)) {
      const id = resolveAnaphor(m[1]!, s.start + m.index, ctx);
      if (id !== null && !ctx.observer.has(id)) score.set(id, (score.get(id) ?? 0) + 4);
    }
  }
  let best = group.cluster;
  for (const [id, s] of score) if (s > (score.get(best) ?? 0) + 1) best = id;
  return institutionOf(best, score, ctx);
}

function supervisesId(head: number, sub: number, ctx: Context): boolean {
  const h = ctx.clusters[head];
  const b = ctx.clusters[sub];
  return !!h && !!b && supervises(h, b);
}

/** Is the mention marked as the data's owner (OWNER), or the station of the officer who held the data? */
function isOwnerMention(m: OrgMention, text: string): boolean {
  const station = m.type === "police" && m.name.endsWith("署");
  if (!station && !OWNER_FIRST.has(ownerLead(text, m.end))) return false;
  const after = text.slice(m.end, m.end + 40);
  return OWNER.test(after) || isStationOfOfficer(m, after);
}

/** The code unit OWNER's words start with: the one at `at`, or the next one after a closing 」 or 』. */
function ownerLead(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 0x300d || c === 0x300f ? text.charCodeAt(at + 1) : c;
}

/** The first characters of OWNER's words (から, にて, で, の, が): a cheap test before the regex. */
const OWNER_FIRST: ReadonlySet<number> = new Set([..."かにでのが"].map((c) => c.charCodeAt(0)));

/**
 * 県警は…朝凪警察署刑事課の巡査部長が…紛失したと発表した: the station whose officer held the papers holds the data;
 * the prefectural police announces for it.
 */
function isStationOfOfficer(m: OrgMention, after: string): boolean {
  return m.type === "police" && m.name.endsWith("署") && STATION_OFFICER.test(after);
}

const STATION_OFFICER = /^[^、。\s]{0,8}の[^、。]{0,6}(?:巡査|警部|警察官|署員|職員|捜査員|警察署員)/u;

/** 埼玉県 → 埼玉県立循環器…センター: when the place is named, an institution of that place named with it is the holder. */
function institutionOf(best: number, candidates: ReadonlyMap<number, number>, ctx: Context): number {
  const place = ctx.clusters[best]!.names.find((n) => /[都道府県市区町村]$/u.test(n));
  if (!place || ctx.clusters[best]!.names.some((n) => !/[都道府県市区町村]$/u.test(n))) return best;
  for (const id of candidates.keys()) {
    if (id === best) continue;
    const names = ctx.clusters[id]!.names;
    if (names.some((n) => n.length > place.length + 1 && n.startsWith(place) && !/[都道府県市区町村]$/u.test(n)))
      return id;
  }
  return best;
}

const ANAPHOR_OWNER =
  /(同行|同社|同市|同県|同町|同村|同区|同院|同大学|同機構|同センター)の(?:顧客|会員|利用者|患者|個人|保有)(?:情報|データ)?/gu;
const ANAPHOR_SUFFIX: Readonly<Record<string, RegExp>> = {
  同行: /銀行|信用金庫|信用組合$/u,
  同社: /(?:株式会社|（株）|\(株\)|社|[^\p{Script=Han}])$|^株式会社/u,
  同市: /市$/u,
  同県: /県$/u,
  同町: /町$/u,
  同村: /村$/u,
  同区: /区$/u,
  同院: /病院|医院|クリニック$/u,
  同大学: /大学$/u,
  同大: /大学$/u,
  同機構: /機構$/u,
  同センター: /センター$/u,
};

/** The cluster an anaphor (同行, 同市) refers to: the nearest earlier mention whose name fits its type. */
function resolveAnaphor(word: string, at: number, ctx: Context): number | null {
  const fits = ANAPHOR_SUFFIX[word];
  if (!fits) return null;
  const text = ctx.article.text;
  for (let i = sentenceAt(ctx.sentences, at)?.index ?? 0; i >= 0; i--) {
    // 同社 refers back to any company, named with a suffix or not (あさひ野損害保険).
    const here = (ctx.bySentence[i] ?? []).filter(
      (m) => m.start < at && (fits.test(m.name) || (word === "同社" && m.type === "company")),
    );
    // Xは…業務を委託している「Y」のサーバーが…、同社の顧客: a contractor named on the way is not what 同社 refers
    // back to while the sentence's topic is another company.
    const last = here.findLast(
      (m, k) => k === 0 || !CONTRACTOR_INTRO.test(text.slice(Math.max(0, m.start - 16), m.start)),
    );
    if (last) return ctx.clusterIdOf(last);
  }
  return null;
}

const OWNER =
  /^[」』]?(?:から(?:の)?[^。、]{0,6}(?:情報|データ)[^。]{0,15}(?:流出|漏|持ち出|不正取得)|にて(?:漏え?い|漏洩|流出)|で(?:漏え?い|漏洩|流出)が(?:発生|判明)|の(?:顧客|会員|利用者|患者|個人|保有)(?:情報|データ)?|が(?:保有|管理|運営)する)/;

/**
 * 市教育委員会, 市社会福祉協議会: a body named with its municipality's last character only (市 for 風見台市, named
 * before) is that municipality's: the name is written out, and the municipality goes to `also`.
 */
function withPlace(name: string, cluster: OrgCluster, ctx: Context): readonly [string, string?] {
  if (name.length < 4 || !ANAPHORIC_BODY.test(name)) return [name];
  const at = cluster.mentions[0]?.start ?? 0;
  // The municipality of that kind named last before the body.
  let place: OrgMention | undefined;
  for (const c of ctx.clusters) {
    for (const m of c.mentions) {
      if (m.type !== "local_government" || m.start >= at || m.name.length < 2 || !m.name.endsWith(name.charAt(0)))
        continue;
      if (!place || m.start > place.start) place = m;
    }
  }
  return place ? [`${place.name}${name.slice(1)}`, place.name] : [name];
}

const ANAPHORIC_BODY = /^[市町村区](?:教育委員会|社会福祉協議会|選挙管理委員会|議会|消防局|消防本部|水道局|交通局)$/u;

const AFFILIATE_BEFORE = /(?:子会社|孫会社|グループ会社|関連会社|委託先|再委託先)(?:の|である)?\s*$/u;

/** The fullest name of the cluster: an entity-form name, else the longest name used outside headings. */
function fullestName(cluster: OrgCluster, ctx: Context): string {
  const sentences = cluster.mentions.map((m) => sentenceAt(ctx.sentences, m.start));
  // A name used only in headings still counts when every mention is in one.
  const onlyHeadings = sentences.every((s) => s?.bare ?? false);
  const inBody = cluster.mentions.filter((_, k) => {
    const s = sentences[k];
    return s ? !s.bare || onlyHeadings : true;
  });
  // 学校法人Xの X高等学校で: the body an operator runs, named as the operator's, is where the leak happened.
  const run = cluster.mentions.find((m, k) => k > 0 && isRunBy(cluster.mentions[k - 1]!, m, ctx.article.text));
  if (run) return run.name;
  // 100%子会社の株式会社シラカワ・デジタルサービス: a subsidiary or contractor of the organization, named beside it, is
  // not its name (it goes to `also`).
  const base = inBody.length > 0 ? inBody : cluster.mentions;
  const own = base.filter((m) => !AFFILIATE_BEFORE.test(ctx.article.text.slice(Math.max(0, m.start - 12), m.start)));
  const pool = (own.length > 0 ? own : base).map((m) => m.name);
  const ranked = [...new Set(pool)].sort((a, b) => rankName(b) - rankName(a) || b.length - a.length);
  const best = ranked[0] ?? cluster.names[0]!;
  // A signature line may spell out what the body shortens (北浜市東区役所 for 東区役所): the same name, fuller.
  const all = cluster.mentions.map((m) => m.name);
  const fuller = all.filter((n) => n.length > best.length && n.endsWith(best)).sort((a, b) => b.length - a.length)[0];
  const name = spelledOut(fuller ?? best, ctx.article.text);
  // A text that also names the ward itself (北浜市東区のケース) is about the ward, as 市役所 stands for its 市.
  const ward = name.endsWith("区役所") ? name.slice(0, -2) : null;
  return ward && all.includes(ward) ? ward : name;
}

/**
 * 澄浪銀 … 澄浪銀行は「…」としている: a bank's short form (…銀) that the text also writes out in a sentence no name scan
 * read; the written-out form is the fullest name.
 */
function spelledOut(name: string, text: string): string {
  for (const [short, full] of SHORT_FORMS) {
    if (name.length > short.length + 1 && name.endsWith(short) && text.includes(name.slice(0, -short.length) + full))
      return name.slice(0, -short.length) + full;
  }
  return name;
}

/** Newspapers' short forms of a kind of body (地銀 style: 北浜銀 for 北浜銀行). */
const SHORT_FORMS: readonly (readonly [string, string])[] = [["銀", "銀行"]];

/** Is `body` named right after its operator `op` and の (学校法人Xの X高校, 医療法人社団Yの Y病院)? */
function isRunBy(op: OrgMention, body: OrgMention, text: string): boolean {
  if (!/法人/u.test(op.name) || /法人/u.test(body.name)) return false;
  if (op.end + 1 === body.start && text.charAt(op.end) === "の") return true;
  // 医療法人社団青嵐会が運営するあおい台病院（北浜市）は19日: the hospital or school the corporation runs reports.
  return (body.type === "medical" || body.type === "education") && RUNS.includes(text.slice(op.end, body.start));
}

/**
 * 医療法人社団青嵐会が運営するあおい台病院（北浜市）は19日: a hospital or school that a corporation runs, named right
 * after it as the one that reports, is the organization; the corporation goes to `also`.
 */
function runInstitution(name: string, also: readonly string[], ctx: Context): readonly [string, readonly string[]] {
  if (!name.includes("法人")) return [name, also];
  const text = ctx.article.text;
  for (const other of also) {
    if (!INSTITUTION_END.test(other)) continue;
    for (const verb of RUNS) {
      const phrase = `${name}${verb}${other}`;
      const at = text.indexOf(phrase);
      if (at >= 0 && REPORTS_AFTER.test(text.slice(at + phrase.length, at + phrase.length + 24)))
        return [other, [name, ...also.filter((n) => n !== other)]];
    }
  }
  return [name, also];
}

/** The words between a corporation and the body it runs (…が運営する病院). */
const RUNS = ["が運営する", "の運営する", "が経営する", "の経営する", "が設置する", "の設置する"];
const INSTITUTION_END = /(?:病院|医院|クリニック|診療所|学校|高校|大学|幼稚園|保育園|こども園|施設|ホーム)$/u;
const REPORTS_AFTER = /^(?:[（(][^）)]{0,20}[）)])?(?:は|が)(?:[0-9０-９]|、|[^。]{0,6}日)/u;

/** A legal-entity name first; a group (JTBグループ) last: it names many companies, not the one that held the data. */
function rankName(name: string): number {
  if (/グループ$/u.test(name)) return -1;
  return /株式会社|有限会社|合同会社|合資会社|合名会社|法人|（株）|\(株\)|（有）|\(有\)/.test(name) ? 1 : 0;
}

/**
 * Other names for the victim, then related organizations the incident's sentences name: the announcing organization,
 * a parent (Xの子会社, X傘下), a contractor (委託先のX), a school or police station the victim announces for, and the
 * service or site involved (サービス「X」).
 */
function alsoNames(group: Group, victim: number, org: string, ctx: Context): string[] {
  const names = new Set<string>();
  for (const n of ctx.clusters[victim]!.names) if (n !== org) names.add(n);
  if (victim !== group.cluster) for (const n of ctx.clusters[group.cluster]!.names) names.add(n);
  for (const i of group.sentences) {
    const s = ctx.sentences[i]!;
    for (const m of ctx.bySentence[i] ?? []) {
      const id = ctx.clusterIdOf(m);
      if (id === victim || ctx.observer.has(id)) continue;
      if (names.has(m.name)) continue; // added already: the tests below would only add it again
      const after = s.text.slice(m.end - s.start, m.end - s.start + 12);
      const before = s.text.slice(Math.max(0, m.start - s.start - 8), m.start - s.start);
      if (
        RELATION_AFTER.test(after) ||
        RELATION_BEFORE.test(before) ||
        CONTRACTOR_INTRO.test(before) ||
        FRAMED.test(s.text.slice(m.end - s.start)) ||
        supervisesId(victim, id, ctx)
      )
        names.add(m.name);
    }
    if (!s.text.includes("「")) continue;
    for (const m of allMatches(SERVICE, s.text)) {
      const service = (m[1] ?? m[2] ?? m[3] ?? "").trim();
      if (service.length >= 2 && service !== org) names.add(service);
    }
  }
  names.delete(org);
  return [...names];
}

/** イセトーが…被害を受けた問題で、: the organization whose incident frames this one (a vendor or a shared service). */
const FRAMED = /^[^。、]{0,4}(?:が|の)[^。]{0,30}(?:問題|事件|事案)(?:で|を受け)/u;
const RELATION_AFTER = /^(?:の)?(?:[0-9０-９]+[%％])?(?:子会社|傘下|グループ会社|関連会社)|^(?:に|へ)(?:業務を)?委託/u;
/** Besides a contractor (CONTRACTOR_INTRO): an operator or parent named before the name. */
const RELATION_BEFORE = /(?:委託先|運営元|開発元|親会社)(?:の|である|、)?$|が運営(?:する|している)$/u;
const SERVICE =
  /(?:サービス|サイト|システム|アプリ|ストア|ショップ)「([^」\n]{2,24})」|「([^」\n]{2,24})」(?:の|という|と呼ばれる)?(?:サービス|サイト|システム|アプリ|ストア|ショップ)|「([^」\n]{2,24})」を(?:運営|運用)(?:する|している)/gu;

function isHeadlined(group: Group, ctx: Context): boolean {
  return group.sections.some((i) => {
    const sec = ctx.sections[i];
    if (!sec) return false;
    const head = ctx.sentences[sec.first]!;
    return (
      (head.bare || sec.first === 0) &&
      (ctx.bySentence[head.index] ?? []).some((m) => ctx.clusterIdOf(m) === group.cluster) &&
      (signalsOf(head).leak || /の(?:ケース|事例|事案)/u.test(head.text))
    );
  });
}

/**
 * 通販会社の顧客情報9万件、名簿業者に流出か (headline) / the body gives no figure: an article about one incident whose
 * headline names no one but states the leak with a count gives that count to the incident.
 */
export function withHeadlineCount(incidents: readonly Incident[], ctx: Context): readonly Incident[] {
  const only = incidents[0];
  const head = ctx.sentences[0];
  if (incidents.length !== 1 || !only || only.affected.value !== null || !head?.bare) return incidents;
  if (ctx.focus[0]?.cluster != null || !signalsOf(head).strongLeak || signalsOf(head).denied) return incidents;
  const c = chooseAffected([head], ctx.article.text, factsOf(ctx).counts);
  if (!c) return incidents;
  return [
    {
      ...only,
      affected: toAffected(c.value),
      evidence: evidenceText(head, c.value),
      sources: { ...only.sources, affected: countSpan(c.value, ctx.article.text) },
    },
  ];
}

/**
 * 会員情報92,117件と、ゲスト予約情報6,289件の、合計98,406件: a count of a sentence that is the sum of the counts
 * before it in that sentence (in its unit) is their total, the headline figure.
 */
function favourSum(scored: Scored<Count>[], from: number): void {
  for (let k = from + 2; k < scored.length; k++) {
    const total = scored[k]!;
    const parts = scored.slice(from, k).filter((p) => p.value.unit === total.value.unit);
    if (parts.length >= 2 && parts.reduce((sum, p) => sum + p.value.value, 0) === total.value.value) {
      scored[k] = { ...total, score: total.score + 3 };
      return;
    }
  }
}

const DATA_WORD = /情報|データ|[人名]分/u;

/** Scores each count of people or records; the headline count is the best-scored one. */
function chooseAffected(
  own: readonly Sentence[],
  text: string,
  countsOf: (s: Sentence) => readonly Count[],
  oneOfCases = false,
): Scored<Count> | null {
  const scored: Scored<Count>[] = [];
  // 最大412世帯: households, counted as records only when the text gives no people or records that can be the count.
  const households: Scored<Count>[] = [];
  let order = 0;
  // 同町教委では2022年にも、…児童38人分の…を紛失しており: inside a group about this incident, an earlier mishap's
  // count is not its count (a group that opens with the earlier mishap is that incident's).
  const aside = own.length > 0 && !isEarlierMishap(own[0]!.text);
  for (const s of own) {
    const counts = countsOf(s);
    if (counts.length === 0 || signalsOf(s).statistic) continue;
    let facts: CountSentence | undefined;
    const from = scored.length;
    for (const found of counts) {
      const c = asPatientCount(found, s.text);
      if (c.unit === "other") {
        if (c.counter.startsWith("世帯")) {
          facts ??= countSentenceOf(s);
          const h = { ...c, unit: "records" as const };
          households.push({ value: h, score: scoreCount(h, s, text, facts) - 0.01 * order++, sentence: s });
        }
        continue;
      }
      facts ??= countSentenceOf(s);
      const earlier = aside && isEarlierMishap(s.text) ? 6 : 0;
      // 課税明細書を誤送付、HPに名簿も　計109人分: a headline's total over the cases is none of theirs.
      const total = oneOfCases && s.bare && /^(?:合計|総計|計)/u.test(c.text) ? 5 : 0;
      scored.push({ value: c, score: scoreCount(c, s, text, facts) - earlier - total - 0.01 * order++, sentence: s });
    }
    // Only figures of data (情報, データ, …人分): メールボックス3件、…1件の計4件 counts boxes, not the people in them.
    if (scored.length - from >= 3 && DATA_WORD.test(s.text)) favourSum(scored, from);
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score <= 0) return households.length > 0 ? chooseAffectedHouseholds(households) : null;
  // Scored on sentence offsets; only the chosen count is moved into the article.
  const chosen = qualifiedInBody(sameFigureStated(preferPrecise(best, scored), scored), scored);
  return { value: shifted(chosen.value, chosen.sentence.start), score: chosen.score, sentence: chosen.sentence };
}

/** The count with its offsets moved by `by` (from the sentence into the article); same fields, same order. */
function chooseAffectedHouseholds(households: Scored<Count>[]): Scored<Count> | null {
  households.sort((a, b) => b.score - a.score);
  const best = households[0]!;
  if (best.score <= 0) return null;
  return { value: shifted(best.value, best.sentence.start), score: best.score, sentence: best.sentence };
}

function shifted(c: Count, by: number): Count {
  const moved: Mutable<Count> = {
    start: c.start + by,
    end: c.end + by,
    text: c.text,
    value: c.value,
    unit: c.unit,
    counter: c.counter,
    qualifier: c.qualifier,
  };
  // Added in place rather than spread into a copy: the spread showed up in profiles.
  if (c.qualifierText !== undefined) moved.qualifierText = c.qualifierText;
  return moved;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** 枚, 通: documents, not the people or records on them (検針票44枚 holds 40件分 of data). */
function isDocumentCounter(counter: string): boolean {
  return /^[枚通]/.test(counter);
}

/**
 * 情報1208件流出の恐れ (headline) / 少なくとも1208件の…が流出した恐れ (body): a headline drops the qualifier the body
 * states with the same figure; the body's count, qualifier and all, is the record.
 */
function qualifiedInBody(best: Scored<Count>, scored: readonly Scored<Count>[]): Scored<Count> {
  if (!best.sentence.bare || best.value.qualifier !== "exact") return best;
  const body = scored.find(
    (o) =>
      !o.sentence.bare &&
      o.score > 0 &&
      o.value.value === best.value.value &&
      o.value.unit === best.value.unit &&
      o.value.qualifier !== "exact",
  );
  return body ?? best;
}

/**
 * 合計　最大3,318名 under a table, and お客様の個人情報（最大3,318名分）が漏えいした in the text: the same figure, stated
 * by a sentence of the leak, has that sentence as its evidence.
 */
function sameFigureStated(best: Scored<Count>, scored: readonly Scored<Count>[]): Scored<Count> {
  if (!best.sentence.bare || !TOTAL_ROW.test(best.sentence.text)) return best;
  const stated = scored.find(
    (o) =>
      o !== best &&
      !o.sentence.bare &&
      o.value.value === best.value.value &&
      o.value.unit === best.value.unit &&
      o.value.qualifier === best.value.qualifier &&
      o.score >= best.score - 4 &&
      isLeakSentence(o.sentence),
  );
  return stated ?? best;
}

/** 延べ約1万2千人分 … 延べ1万2139人分: of two close figures for the same thing, the precise one is the record. */
function preferPrecise(best: Scored<Count>, scored: readonly Scored<Count>[]): Scored<Count> {
  // 最大2万3870件 over …2万1526件と、…2344件: a total that its parts, stated in one sentence, add up to is the record.
  if (isSumOfParts(best, scored)) return best;
  const digits = (n: number) => String(n).replace(/0+$/, "").length;
  const bestDigits = digits(best.value.value);
  // ◇顧客情報1万件流出か (a headline's round figure) … 顧客約1万1000人分 (the body's): the body's, in any unit.
  const better = scored.find(
    (o) =>
      o !== best &&
      o.score >= best.score - 5 &&
      (o.value.unit === best.value.unit || (best.sentence.bare && !o.sentence.bare)) &&
      isDocumentCounter(o.value.counter) === isDocumentCounter(best.value.counter) &&
      Math.abs(o.value.value - best.value.value) <= 0.1 * best.value.value &&
      digits(o.value.value) > bestDigits,
  );
  return better ?? best;
}

/** Do the counts of another sentence, two or more, add up to `best`'s value in its unit? */
function isSumOfParts(best: Scored<Count>, scored: readonly Scored<Count>[]): boolean {
  const sums = new Map<Sentence, { total: number; parts: number }>();
  for (const o of scored) {
    if (o === best || o.sentence === best.sentence || o.value.unit !== best.value.unit) continue;
    const at = sums.get(o.sentence) ?? { total: 0, parts: 0 };
    sums.set(o.sentence, { total: at.total + o.value.value, parts: at.parts + 1 });
  }
  for (const { total, parts } of sums.values()) if (parts >= 2 && total === best.value.value) return true;
  return false;
}

/** 1例目から495例目までの患者: a case number range counts the patients it covers. */
/** A count needs digits, or kanji numerals right before a counter (三百二十八人分): a cheap test before the parser. */
const NUMERAL =
  /[0-9０-９][0-9０-９,，.．]*\s*(?:[万億千]|人|名|件|通|枚|例|レコード|アカウント|世帯)|[〇一二三四五六七八九十百千万億][人名件通枚]/u;

function asPatientCount(c: Count, text: string): Count {
  if (c.unit !== "other" || c.counter !== "例") return c;
  return /^目?(?:まで)?の(?:患者|感染者|陽性者)/u.test(text.slice(c.end)) ? { ...c, unit: "people" } : c;
}

/** Scores a count found in `s.text` (offsets into the sentence); `text` is the article. */
/** What scoreCount reads of the whole sentence, worked out once for all its counts. */
type CountSentence = {
  readonly leak: boolean;
  /** 第1報ではN名とお知らせしておりましたが: where the turn to the revised figure ends, or -1. */
  readonly turnEnd: number;
  /** The sentence asks readers to act or says who is contacted (呼びかけ, 注意喚起, 個別に連絡). */
  readonly response: boolean;
  /** （誤） -1, （正） +1, else 0. */
  readonly correction: number;
  readonly capacityLine: boolean;
  readonly totalRow: boolean;
  /** The sentence holds an earlier report's words (当初, 第1報, としていた): only then is its prefix read per count. */
  readonly earlierReport: boolean;
  /** The sentence says the data leaked (流出した…): only then is LEAK_TOPIC tried before each count. */
  readonly leakedData: boolean;
};

function countSentenceOf(s: Sentence): CountSentence {
  const turn = s.text.includes("たが") ? REPORT_TURN.exec(s.text) : null;
  return {
    leak: isLeakSentence(s),
    turnEnd: turn ? turn.index + turn[0].length : -1,
    response: /呼びかけ|注意喚起|個別に(?:連絡|通知)/.test(s.text),
    correction: CORRECTION_WRONG.test(s.text) ? -1 : CORRECTION_RIGHT.test(s.text) ? 1 : 0,
    capacityLine: CAPACITY_LINE.test(s.text),
    totalRow: s.bare && TOTAL_ROW.test(s.text),
    earlierReport: EARLIER_REPORT_WORD.test(s.text),
    leakedData: LEAKED_DATA_WORD.test(s.text),
  };
}

const POSSIBLE_CLEFT = /(?:可能性|おそれ|恐れ)(?:が|の)ある(?:のは|人数は|件数は)[、，]?\s*$/u;
const RESPONDENTS_AFTER =
  /^(?:分)?から(?:の)?[^。、]{0,12}(?:連絡|問い合わせ|問合せ|相談|申し出|申出|苦情|指摘|回答|返信)/u;

function scoreCount(c: Count, s: Sentence, text: string, sf: CountSentence): number {
  const before = s.text.slice(Math.max(0, c.start - 14), c.start);
  const after = s.text.slice(c.end, Math.min(s.text.length, c.end + 16));
  const clauseBefore = before.slice(Math.max(before.lastIndexOf("。"), before.lastIndexOf("、")) + 1);
  let score = 1;
  if (sf.leak) score += 3;
  if (s.bare) score += 1;
  if (
    /^(?:分)?(?:の|が|もの|に上る|にのぼる|を)?[^。、]{0,8}(?:個人情報|情報|データ|顧客|患者|会員|利用者|メールアドレス|氏名)/.test(
      after,
    )
  )
    score += 2;
  if (/(?:個人情報|情報|データ|対象(?:者)?(?:は|が)?|合計(?:で)?|計|総数は?|あわせて|合わせて)\s*$/.test(before))
    score += 2;
  // 送信先は305件のメールアドレス: the size of a mailing, the figure only when the text says those addresses leaked.
  if (RECIPIENTS_BEFORE.test(clauseBefore)) score -= 2;
  // 1通の封筒に2名分の書類: what one envelope (sheet, case) held, not how many were affected.
  if (PER_UNIT_BEFORE.test(clauseBefore)) score -= 8;
  // 1件ずつずれて: a step, not a count.
  if (c.value <= 5 && after.startsWith("ずつ")) score -= 6;
  // 通知書を2枚重ねたまま封入: how many sheets stuck together, not how many were affected.
  if (c.value <= 5 && /^[枚通]/.test(c.counter) && /^(?:が|を)?重な?(?:ね|っ|り)/.test(after)) score -= 6;
  // 1通の封筒に…: the one envelope itself, the unit of what it held.
  if (c.value === 1 && PER_UNIT_AFTER.test(after)) score -= 6;
  // 利用者1人に送った際、誤って別のファイルを添付した: the one person a message went to, not whose data it carried.
  if (c.value === 1 && (SENT_TO_AFTER.test(after) || SENT_TO_LATER.test(s.text.slice(c.end)))) score -= 4;
  if (/[人名件]分/.test(c.text)) score += 1;
  if (/^[枚通]/.test(c.counter)) score -= 1;
  // 組合員19人分の…申込書など23件: documents counted in 件 after the people whose data they hold.
  else if (
    c.counter.startsWith("件") &&
    DOCUMENTS_BEFORE.test(clauseBefore) &&
    PEOPLE_WORTH.test(s.text.slice(0, c.start))
  )
    score -= 2;
  // このうち…: a subset of a figure given before it in the sentence or just before (受診者のうち約640人 is no subset).
  // 約1,500万回のログイン試行があり、そのうち2万3,926件のアカウントで: a part of the attempts is the count affected.
  const subset =
    /(?:このうち|そのうち|うち)[^。]*$/.test(clauseBefore) &&
    !ATTEMPTS_BEFORE.test(s.text.slice(Math.max(0, c.start - 40), c.start)) &&
    (/^(?:この|その)/.test(clauseBefore.slice(clauseBefore.search(/(?:この|その)?うち/))) ||
      COUNT_BEFORE.test(s.text.slice(0, c.start)));
  const labelled = /件数[:：]\s*$/.test(clauseBefore);
  // 件数：N件 on its own states the figure; several such lines are the rows of a breakdown.
  if (labelled && isOnlyCountLabel(text)) score += 2;
  else if (labelled || /内訳\s*$/.test(clauseBefore) || subset) score -= 4;
  // 個人情報（最大N名分）, 氏名、所属先（延べN人分）: a figure in brackets right after the data, or one that counts
  // people's or records' worth of data, is the headline figure, not an aside.
  // 二十三世帯（四十六人）分: the people in the households counted.
  if (
    /(?:情報|データ)[（(]$/.test(before) ||
    (/[人名件]分/.test(c.text) && BRACKET_OPEN.test(before)) ||
    (c.unit === "people" && /世帯[（(]$/.test(before))
  )
    score += 2;
  // （事件関係者8人分の氏名…が記載されたもの）: a line wholly in brackets is a note under the line above, no aside.
  else if (/[（(][^）)]*$/.test(before) && !WHOLLY_BRACKETED.test(s.text)) score -= 2;
  // 合計 最大N名 under the rows it adds up.
  if (sf.totalRow) score += 4;
  if (isSecondaryAround(c, s.text)) score -= 5;
  // 株式が勝手に売買される被害が計150件: a count of harm done with the data (not of data) is secondary damage.
  else if (s.text.includes("被害") && HARM_COUNT.test(s.text.slice(Math.max(0, c.start - 30), c.start))) score -= 4;
  // 職員1名のメールアカウント, 社員2人が: the staff who acted or whose account was used, not the people affected
  // (職員の計212人分が: the staff's data, counted in people's worth, is).
  if (STAFF_BEFORE.test(clauseBefore) && STAFF_ACTOR_AFTER.test(after) && !c.counter.endsWith("分")) score -= 5;
  // 町の人口は約8900人: a population is never the people a leak reached.
  if (POPULATION_BEFORE.test(clauseBefore)) score -= 8;
  // アプリのダウンロード数は累計約85万件, 同社の会員数は約90万人: the size of what the organization has, unless the clause
  // says it is what leaked (流出した会員数は).
  else if (SIZE_OF_BASE.test(clauseBefore) && !LEAK_IN_CLAUSE.test(clauseBefore)) score -= 6;
  // 3団体分の合計は約1800人分, 各社合わせて: the sum over several victims of one attack is no one victim's count; nor is
  // 2件は別々に発生したもので、あわせて64人分 the sum over several cases.
  if (SUM_OF_BODIES.test(s.text.slice(Math.max(0, c.start - 24), c.start))) score -= 5;
  // 個人情報の流出が2件, 情報流出2件: a tally of the cases an organization had, not the records of one.
  if (c.value < 10 && c.counter.startsWith("件") && !c.counter.endsWith("分") && CASES_BEFORE.test(clauseBefore))
    score -= 5;
  // 189件回収, 348件を回収した: what was recovered, not what leaked.
  if (/^(?:を)?(?:回収|回収済)/u.test(after)) score -= 5;
  // 表示された可能性があるのは最大4102人分: the figure a cleft of the possible exposure states.
  if (POSSIBLE_CLEFT.test(clauseBefore)) score += 3;
  // 76人から削除したという連絡を受けた, 12人から問い合わせ: the people who answered, not those affected.
  else if (RESPONDENTS_AFTER.test(after)) score -= 5;
  // 従業員20人以下の企業: a size class of organizations, not people whose data leaked.
  if (SIZE_CLASS_AFTER.test(after)) score -= 5;
  // 定員：100名, 先着50名: the seats of an event, not people whose data leaked.
  if (CAPACITY.test(clauseBefore) || sf.capacityLine) score -= 5;
  // 同サービスは約320社、約4万8千人が利用している: the users a service has, not those a leak reached.
  if (USER_BASE_AFTER.test(after)) score -= 5;
  if (signalsOf(s).denied) score -= 3;
  if (signalsOf(s).related) score -= 3;
  if (RESPONSE_TARGET.test(s.text.slice(c.end))) score -= 3;
  // 流出した情報は…など約N件であり: the figure the leak statement itself gives.
  if (sf.leakedData && LEAK_TOPIC.test(s.text.slice(Math.max(0, c.start - 60), c.start))) score += 2;
  // A first report's estimate gives way to the figure a later report confirms (第1報では…としていたが…と確定).
  // 第1報ではN名とお知らせしておりましたが、…M名となりました: the figure after the turn is the revised one.
  if (sf.turnEnd >= 0 && c.start >= sf.turnEnd) score += 2;
  else if (
    ((sf.earlierReport && EARLIER_REPORT.test(s.text.slice(0, c.start + 30))) || EARLIER_FIGURE.test(after)) &&
    !/確定|判明|修正|訂正/.test(after)
  )
    score -= 3;
  if (/^[^。、]{0,12}(?:と確定|と判明|に修正|に確定|に訂正|に拡大|に増加|であることが(?:判明|確定))/.test(after))
    score += 3;
  if (sf.response) score -= 2;
  if (isNetTotal(s, c)) score += 3;
  // （誤）…1,250件 / （正）…1,520件: a correction's wrong figure and its right one.
  if (sf.correction < 0) score -= 6;
  else if (sf.correction > 0) score += 2;
  return score;
}

/**
 * SECONDARY.test on the 8 characters before the count joined to the 10 after it, the joined text built only when one
 * of SECONDARY's words can start in it (SECONDARY_STARTS, then the unit after it): most counts have none around them.
 */
function isSecondaryAround(c: Count, text: string): boolean {
  const from = Math.max(0, c.start - 8);
  const to = Math.min(text.length, c.end + 10);
  // In the joined text the unit after the last one before the count is the first one after it.
  const joined = c.end < to ? text.charCodeAt(c.end) : Number.NaN;
  if (!mayStartSecondary(text, from, c.start, joined) && !mayStartSecondary(text, c.end, to, Number.NaN)) return false;
  return SECONDARY.test(`${text.slice(from, c.start)}${text.slice(c.end, to)}`);
}

/** Can a SECONDARY match start in text[from, to), `next` being the unit that follows `to` (NaN: the end)? */
function mayStartSecondary(text: string, from: number, to: number, next: number): boolean {
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    if (SECONDARY_STARTS[u] === 1 && SECONDARY_PAIRS.allows(u, i + 1 < to ? text.charCodeAt(i + 1) : next)) return true;
  }
  return false;
}

const SECONDARY_STARTS = firstUnits(SECONDARY)!.units;
const SECONDARY_PAIRS = PairFilter.of([SECONDARY])!;

/**
 * のべN人分…(重複を除いたデータの総数はM件): a figure counted after removing duplicates is the number of people or
 * records the leak reached; a gross figure counts some of them many times.
 */
function isNetTotal(s: Sentence, c: Count): boolean {
  if (!s.text.includes("重複") && !s.text.includes("名寄せ") && !s.text.includes("実人数")) return false;
  return NET_TOTAL.test(s.text.slice(Math.max(0, c.start - 32), c.start));
}

const CASES_BEFORE = /(?:流出|漏え?い|漏洩|ミス|事故|事案|ケース)(?:が|は|も|の)?(?:計|合わせて|あわせて)?\s*$/u;
const SIZE_OF_BASE =
  /(?:ダウンロード数|会員数|登録者数|利用者数|ユーザー数|加入者数|顧客数|学生数|生徒数|児童数|職員数|従業員数|社員数|患者数|契約者数)(?:は|が)?(?:累計|延べ|のべ|全体で|合計)?(?:約|およそ)?\s*$/u;
const LEAK_IN_CLAUSE = /流出|漏え?い|漏洩|漏れ|対象|影響|閲覧|被害|盗|紛失|誤/u;
const POPULATION_BEFORE = /(?:人口|住民数|世帯数|人口規模)(?:は|が|で)?(?:約|およそ|推計)?\s*$/u;
const SUM_OF_BODIES =
  /(?:[0-9０-９一二三四五六七八九十]+|複数の|各)(?:団体|社|自治体|法人|企業|事業者|病院|市町村?|機関)(?:分)?(?:の)?(?:合計|総計|総数|合わせて|あわせて|計)[^。、]{0,6}$|(?:(?<![0-9０-９,，.．一二三四五六七八九十百千万])[2-9２-９二三四五]件(?:の(?:事案|事故|ミス|誤り)(?:は|で)?|は)|両事案(?:は|で)?|両件(?:は|で)?)[^。]{0,20}(?:合計|総計|合わせて|あわせて|計)[^。、]{0,6}$/u;
const ATTEMPTS_BEFORE = /[0-9０-９万千]\s*回[^。]{0,12}(?:このうち|そのうち|うち)[^。]*$/u;
const TOTAL_ROW = /^\s*(?:[|｜]\s*)?(?:合計|総計|総数|計)[\s:：|｜]/u;
const CORRECTION_WRONG = /^\s*(?:[（(【［]\s*誤\s*[）)】］]|誤[:：])/u;
const CORRECTION_RIGHT = /^\s*(?:[（(【［]\s*正\s*[）)】］]|正[:：])/u;
const SIZE_CLASS_AFTER = /^(?:以下|未満|以上|超)の(?:企業|会社|事業者|事業所|団体|法人|病院|自治体|中小企業)/u;
const RECIPIENTS_BEFORE = /(?:送信先|送付先|宛先|受信者|配信先)(?:は|が|の数は)?(?:計|約|およそ)?\s*$/u;
/** 受験生1人に、別の受験生の得点などを記した一覧表を誤って送った: the one addressee, the verb later in the clause. */
const SENT_TO_LATER = /^(?:に|へ)、[^。]{0,50}?(?:送っ|送信|送付|配信|発送|郵送|渡し|手渡)/u;
const SENT_TO_AFTER =
  /^(?:分)?(?:に|へ|あて|宛て?)[^。、]{0,8}?(?:送っ|送信|送付|配信|発送|郵送|渡し|手渡|メールし|ファクス)/u;
const PER_UNIT_AFTER = /^の[^。、]{0,4}(?:封筒|封書|用紙|書類|通知書|ファイル|シート)(?:に|へ|の中に)/u;
const PER_UNIT_BEFORE = /[1１一](?:通|枚|件|冊|部|つ)の[^。、]{0,8}に\s*$/u;
const WHOLLY_BRACKETED = /^\s*[（(][^（()）]*[）)]\s*$/u;
/** An open bracket right before a figure, a qualifier word between them allowed: 所属先（延べ. */
const BRACKET_OPEN = /[（(](?:延べ|のべ|約|およそ|最大|計|合計|[0-9０-９一二三四五六七八九十]+世帯)?\s*$/u;

const DOCUMENTS_BEFORE =
  /(?:書|票|用紙|ファイル|伝票|はがき|ハガキ|封筒|カルテ|帳簿|台帳|名簿)(?:の写し)?(?:など|等)?(?:計|合計|約|およそ)?\s*$/u;
const PEOPLE_WORTH = /[0-9０-９〇一二三四五六七八九十百千万]\s*(?:人|名)分/u;
const NET_TOTAL = /(?:重複(?:分|データ|した[^。、]{0,6})?を(?:削除|除|排除)|名寄せ|実人数)[^。]*$/u;

/** …される被害が(計), …被害は: a count whose clause is about harm, without the leaked data itself. */
const HARM_COUNT = /(?:され|れ)る被害(?:が|は)[^。、情報データ流出漏]{0,8}$/u;
const STAFF_BEFORE =
  /(?:職員|社員|従業員|スタッフ|教員|教職員|教諭|担当者|医師|看護師|署員|警察官|巡査|学生|生徒)(?:の)?\s*$/u;
const STAFF_ACTOR_AFTER =
  /^(?:の[^。、]{0,8}?(?:アカウント|パソコン|端末|PC|スマートフォン|スマホ|携帯電話|かばん|カバン|鞄)|が|は|を(?:懲戒|処分|戒告|減給|停職|訓告|免職|書類送検|逮捕))/u;
/** …件とお知らせいたしました: a figure an earlier report gave (a later sentence gives the current one). */
const EARLIER_FIGURE = /^[^。、]{0,6}と(?:お知らせ|ご報告|ご案内)(?:いた)?しました/u;
const REPORT_TURN =
  /(?:と|を)(?:お知らせ|ご報告|ご案内|公表|発表)(?:して(?:おりました|いました|いた)|しました|いたしました)が|としていたが|としておりましたが|としていましたが/u;
const USER_BASE_AFTER = /^(?:が|に)(?:利用|登録|加入|導入)(?:して|され(?:て)?)(?:いる|おり|います|いた)/u;
const CAPACITY = /(?:定員|募集人数|募集人員|先着|参加(?:者)?数|受講(?:者)?数)[^。、0-9０-９]{0,6}$/u;
const CAPACITY_LINE = /^\s*[・●■]?\s*(?:定員|募集人数|募集人員)[\s:：]/u;

/** 96万人について…再発行, 101万人に対するお詫び状: the people a response is addressed to, counted for the response. */
const RESPONSE_TARGET = /^(?:分)?(?:に対し|に対する|について|へ|に)[^。]{0,20}(?:送付|発送|お詫び|通知|手紙|再発行)/u;
/** Words every EARLIER_REPORT or LEAK_TOPIC match holds: tested once per sentence, not once per count. */
const EARLIER_REPORT_WORD = /当初|第[1１一]報|としていた/;
const EARLIER_REPORT = /当初|第[1１一]報|としていたが|としていた[。、]/;
const LEAKED_DATA_WORD = /(?:流出|漏え?い|漏洩|漏れ)した/u;
/** 流出した個人情報は(、)…N件: the leaked data as the topic, the figure as its predicate (no other figure between). */
const LEAK_TOPIC =
  /(?:流出|漏え?い|漏洩|漏れ)した(?:個人)?(?:情報|データ)(?:の(?:件数|総数|数))?は[^。0-9０-９]{0,50}$/u;

/** A figure of people or records (1万2000人, 300件), not a date (5日) or an address, that a later count can be part of. */
const COUNT_BEFORE =
  /[0-9０-９〇一二三四五六七八九十百千][0-9０-９,，.．〇一二三四五六七八九十百千万]*\s*(?:人|名|件|通)/u;

/** Does the article label a count 件数： once only (not a breakdown by category)? */
function isOnlyCountLabel(text: string): boolean {
  const first = text.search(/件数[:：]/u);
  return first >= 0 && !/件数[:：]/u.test(text.slice(first + 3));
}

function toAffected(c: Count | null): Affected {
  if (!c) return { value: null, qualifier: null, unit: null };
  return { value: c.value, qualifier: c.qualifier, unit: c.unit === "people" ? "people" : "records" };
}

function countSpan(c: Count, text: string): Span {
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
}

/** A short phrase around the count (or the leak sentence) that carries the core fact. */
function evidenceText(s: Sentence, c: Count | null): string {
  const t = s.text.trim();
  if (!c || t.length <= 60) return t;
  const at = c.start - s.start;
  const end = at + c.text.length;
  return s.text.slice(clauseStartBefore(s.text, at), clauseEndAfter(s.text, end)).trim();
}

/** Where the phrase holding a count starts: after the nearest 、。「 or space within 30 characters, else 20 back. */
function clauseStartBefore(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 30); i--) if (PHRASE_OPEN.has(text.charCodeAt(i))) return i + 1;
  return Math.max(0, at - 20);
}

/** Where it ends: at the sentence's 。 within 45 characters, else at the next 、 or closing quote, else 25 on. */
function clauseEndAfter(text: string, end: number): number {
  const limit = Math.min(text.length, end + 45);
  const stop = text.indexOf("。", end);
  if (stop >= 0 && stop < limit) return stop + 1;
  for (let i = end; i < Math.min(text.length, end + 30); i++) if (PHRASE_CLOSE.has(text.charCodeAt(i))) return i;
  return Math.min(text.length, end + 25);
}

/** A count in brackets (個人情報（最大N名分）) belongs to the words around them: brackets open and close no phrase. */
const PHRASE_OPEN: ReadonlySet<number> = new Set([..."、。「『【 　\n"].map((c) => c.charCodeAt(0)));
const PHRASE_CLOSE: ReadonlySet<number> = new Set([..."、」』】\n"].map((c) => c.charCodeAt(0)));

function collectBreakdown(section: readonly Sentence[], ctx: Context): readonly BreakdownEntry[] {
  const out: BreakdownEntry[] = [];
  for (const s of section) {
    if (!s.bare && s.text.includes("内訳")) out.push(...proseBreakdown(s));
    if (!s.bare || (!s.text.includes(":") && !s.text.includes("："))) continue;
    const m = /^\s*[-・●]?\s*([^:：\n]{1,30})[:：]\s*([^\n]+)$/u.exec(s.text.trimEnd());
    if (!m) continue;
    const counts = findCounts(m[2]!).filter((c) => c.unit !== "other");
    const c = counts[0];
    if (!c || counts.length !== 1) continue;
    const label = m[1]!.trim() === "件数" ? labelAbove(s, ctx) : m[1]!.trim();
    out.push({ label, value: c.value, unit: c.unit === "people" ? "people" : "records", evidence: spanOf(s) });
  }
  return out;
}

/**
 * 内訳は、個人会員が1万2,800人、法人会員が2,400人: a breakdown written as prose, each figure labelled by the words
 * before it. Two labelled figures at least, else it is no breakdown.
 */
function proseBreakdown(s: Sentence): readonly BreakdownEntry[] {
  const head = PROSE_BREAKDOWN.exec(s.text);
  if (!head) return [];
  const from = head.index + head[0].length;
  const stop = s.text.indexOf("。", from);
  const body = s.text.slice(from, stop < 0 ? s.text.length : stop);
  const out: BreakdownEntry[] = [];
  let at = 0;
  for (const c of findCounts(body)) {
    if (c.unit === "other") continue;
    const label = body
      .slice(at, c.start)
      .replace(/^[、,\s]*(?:人|名|件)?(?:分)?[、,\s]*/u, "")
      .replace(/(?:が|は|で|[:：])?\s*(?:約|最大|およそ)?\s*$/u, "")
      .trim();
    at = c.end;
    if (label.length === 0 || label.length > 30 || /[。、]/u.test(label)) return [];
    const start = s.start + from + c.start;
    const text = body.slice(c.start, c.end);
    out.push({
      label,
      value: c.value,
      unit: c.unit === "people" ? "people" : "records",
      evidence: { start, end: start + text.length, text },
    });
  }
  return out.length >= 2 ? out : [];
}

/** 内訳は、 / 内訳は次の通りで、: the words that open a breakdown in prose. */
const PROSE_BREAKDOWN = /内訳(?:は|として)[、,]?\s*/u;

function labelAbove(s: Sentence, ctx: Context): string {
  const prev = ctx.sentences[s.index - 1];
  return prev?.bare ? prev.text.trim() : "件数";
}

/**
 * CVEs the incident's sentences do not state: those of its sections (not readers' quoted comments), else those of
 * the article's framing text when it says they were exploited (Log4jの脆弱性(CVE-…)を悪用された被害が…). Only an
 * attack can have used one: a lost bag or a misdirected letter takes none from its neighbours.
 */
function cvesAround(group: Group, section: readonly Sentence[], cause: string, ctx: Context): string[] {
  if (!ATTACK_CAUSES.has(cause)) return [];
  const inSections = cveIds(section.filter((s) => !QUOTED_BULLET.test(s.text)));
  if (inSections.length > 0) return inSections;
  const first = group.sentences[0] ?? 0;
  return cveIds(
    ctx.sentences.filter(
      (s) =>
        s.index < first &&
        ctx.focus[s.index]?.cluster == null &&
        !signalsOf(s).related &&
        s.text.includes("CVE-") &&
        EXPLOITED.test(s.text),
    ),
  );
}

const ATTACK_CAUSES: ReadonlySet<string> = new Set([
  "vulnerability",
  "sql_injection",
  "unauthorized_access",
  "credential_theft",
  "malware",
  "targeted_email",
  "phishing",
  "unknown",
]);
const QUOTED_BULLET = /^\s*[-・●]\s*[「『"]/u;
const EXPLOITED = /悪用|突かれ|狙われ|攻撃され/u;

const CVE_ID = /CVE-\d{4}-\d{4,}/;
const CVE_IDS = /CVE-\d{4}-\d{4,}/g;

/** Does the article's text name a CVE anywhere (every id cveIds finds holds CVE-)? Worked out once per run. */
function mentionsCve(ctx: Context): boolean {
  ctx.memo.namesCve ??= ctx.article.text.includes("CVE-");
  return ctx.memo.namesCve;
}

/** The distinct CVE ids in the sentences, in order of first mention. */
function cveIds(sentences: readonly Sentence[]): string[] {
  const ids = new Set<string>();
  for (const s of sentences) {
    if (!s.text.includes("CVE-")) continue;
    for (const id of s.text.match(CVE_IDS) ?? []) ids.add(id);
  }
  return [...ids];
}

function vectorsOf(own: readonly Sentence[]): string[] {
  const out: string[] = [];
  for (const s of own) {
    VECTOR.lastIndex = 0;
    for (let m = VECTOR.exec(s.text); m !== null; m = VECTOR.exec(s.text)) {
      const v = m[0].replace(/\s+/g, " ");
      if (!out.includes(v)) out.push(v);
    }
  }
  return out;
}

/** Sentences that describe the leaked data: the group's own, plus bare list items in its sections. */
function dataSentences(group: Group, section: readonly Sentence[], ctx: Context): readonly Sentence[] {
  const own = new Set(group.sentences);
  const kindOf = factsOf(ctx).dataKind;
  // An earlier mishap told beside this incident (同町教委では2022年にも、…) names its own data, not this one's.
  const first = group.sentences[0];
  const aside = first !== undefined && !isEarlierMishap(ctx.sentences[first]!.text);
  return section.filter((s) => {
    if (aside && isEarlierMishap(s.text)) return false;
    const kind = kindOf(s);
    return kind === DataKind.Always || (kind === DataKind.WhenOwn && own.has(s.index));
  });
}

/** Whether a sentence describes the leaked data: never, only when it is the group's own, or in any group's section. */
const DataKind = { Never: 1, WhenOwn: 2, Always: 3 } as const;
type DataKind = (typeof DataKind)[keyof typeof DataKind];

/** dataSentences' test of one sentence, without the group: what makes it a data sentence of its own group or of any. */
function dataKindOf(s: Sentence, ctx: Context): DataKind {
  if (signalsOf(s).generic || CONTACT.test(s.text) || ctx.furniture.has(s.index)) return DataKind.Never;
  if (
    (s.bare && /^\s*[-・●]/.test(s.text) && !TIMELINE_OR_QUOTE.test(s.text)) ||
    underDataHeading(s, ctx) ||
    isItemListLine(s)
  )
    return DataKind.Always;
  return testDataContext(s.text) || isCountedList(s.text) || (s.bare && /[｜|\t]/u.test(s.text))
    ? DataKind.WhenOwn
    : DataKind.Never;
}

/** Facts about one sentence that every group of an article reads again, worked out once per extraction run. */
type SentenceFacts = {
  readonly dataKind: (s: Sentence) => DataKind;
  readonly items: (s: Sentence) => readonly DataItem[];
  /** The sentence's counts (findCounts), none without a NUMERAL; shared by every group that reads them. */
  readonly counts: (s: Sentence) => readonly Count[];
  /** Does the sentence count people or records (a count in any unit but "other")? */
  readonly counted: (s: Sentence) => boolean;
  /** The cause rules' hits (causeHits); a passage cut from a sentence, not the sentence itself, is scanned afresh. */
  readonly causeHits: (s: Sentence) => readonly number[];
};

function factsOf(ctx: Context): SentenceFacts {
  let facts = ctx.memo.facts;
  if (!facts) {
    const kinds = new Uint8Array(ctx.sentences.length);
    const items: (readonly DataItem[] | undefined)[] = new Array(ctx.sentences.length);
    const counted: (boolean | undefined)[] = new Array(ctx.sentences.length);
    const countLists: (readonly Count[] | undefined)[] = new Array(ctx.sentences.length);
    const counts = (s: Sentence): readonly Count[] => {
      if (s !== ctx.sentences[s.index]) return NUMERAL.test(s.text) ? findCounts(s.text) : NO_COUNTS;
      let list = countLists[s.index];
      if (list === undefined) {
        list = NUMERAL.test(s.text) ? findCounts(s.text) : NO_COUNTS;
        countLists[s.index] = list;
      }
      return list;
    };
    const causes: (readonly number[] | undefined)[] = new Array(ctx.sentences.length);
    facts = {
      dataKind: (s) => {
        const known = kinds[s.index]!;
        if (known !== 0) return known as DataKind;
        const kind = dataKindOf(s, ctx);
        kinds[s.index] = kind;
        return kind;
      },
      items: (s) => {
        let named = items[s.index];
        if (named === undefined) {
          const found = new Set<DataItem>();
          addDataItems(s.text, found);
          named = [...found];
          items[s.index] = named;
        }
        return named;
      },
      counts,
      counted: (s) => {
        let known = counted[s.index];
        if (known === undefined) {
          known = counts(s).some((c) => c.unit !== "other");
          counted[s.index] = known;
        }
        return known;
      },
      causeHits: (s) => {
        if (s !== ctx.sentences[s.index]) return causeHits(s.text);
        let hits = causes[s.index];
        if (hits === undefined) {
          hits = causeHits(s.text);
          causes[s.index] = hits;
        }
        return hits;
      },
    };
    ctx.memo.facts = facts;
  }
  return facts;
}

const NO_COUNTS: readonly Count[] = [];

/** ２　誤送付された情報 / 　氏名、住所…: the lines under a heading that names the leaked information list it. */
function underDataHeading(s: Sentence, ctx: Context): boolean {
  if (!s.bare) return false;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const prev = ctx.sentences[i]!;
    if (!prev.bare) return false;
    if (DATA_HEADING.test(prev.text)) return true;
  }
  return false;
}

const DATA_HEADING =
  /^\s*(?:[0-9０-９一二三四五六七八九]+[.．、\s　]|[（(][0-9０-９]+[）)]|[■□◆●【])?\s*[^。、\n]{0,30}(?:情報|項目|内容|データ)(?:の(?:内容|項目|種類))?\s*】?\s*$/u;

/** ・2月6日 …, ・「…」: a bullet that dates an event or quotes a reader is a timeline or comment, not a data list. */
const TIMELINE_OR_QUOTE = /^\s*[-・●]\s*(?:[「『"]|(?:[0-9０-９]{1,4}|同)[年月日時]|午[前後])/u;

/** A notice's contact lines (お問い合わせ先, 受付時間) name a phone number that is not leaked data. */
const CONTACT =
  /^\s*[【■●◆［[]?\s*(?:お|ご)?問い?合わ?せ|^\s*[^。、\n]{0,16}(?:担当|連絡先|照会先)(?:[:：]|[\s　]+(?:電話|TEL|Tel|ＴＥＬ))|問い?合わ?せ(?:先|窓口|番号|専用|[:：】]|[はにの]?(?:受け付け|受付|下記|以下|こちら))|受付時間|フリーダイヤル|コールセンター|相談窓口|専用窓口/u;
/** 会員のメールアドレス・ニックネーム・生年月45,984件: a list of items with its count describes leaked data. */
const COUNTED_LIST = /[・、][^。、]{1,30}[0-9０-９][0-9０-９,，]*(?:万)?(?:件|人|名)/u;
/** COUNTED_LIST's figure on its own: a cheap scan first (COUNTED_LIST backtracks over 30 characters at every 、). */
const COUNTED_FIGURE = /[0-9０-９][0-9０-９,，]*万?[件人名]/;
function isCountedList(text: string): boolean {
  return COUNTED_FIGURE.test(text) && COUNTED_LIST.test(text);
}
const DATA_CONTEXT =
  /掲載|(?:載っ|載せ|書かれ|記され|記し|入っ)て(?:いた|いました|おり|いて)|(?:書かれ|記され)た|取得され|見ることができ|表示|印字|印刷され|手に渡|送信|添付|閲覧|対象|流出|漏え?い|漏洩|漏れ|含[まむ]|記載|保存|記録|項目|内容|情報|データ|盗|窃取|紛失|誤|入力[しさ]|漏ら|伝え|持ち出|置き換わ|入れ替わ|差し込/;
/** DATA_CONTEXT tried only where one of its words can start: measured 40 % cheaper over the corpus's sentences. */
const testDataContext = guidedTest(DATA_CONTEXT);

export { ANNOUNCE };
