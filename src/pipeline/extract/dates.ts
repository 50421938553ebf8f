/** @module Dates of an incident: the announcement date and a timeline of dated events, resolved against the article. */
import type { Article } from "../../domain/article.js";
import type { TimelineEvent, TimelineKind } from "../../domain/incident.js";
import { type DateMention, findDates, resolveDate, toContractDate } from "../fields/japanese-date.js";
import { BULLETS } from "../segment/bullets.js";
import { type Sentence, sentenceAt } from "../segment/sentences.js";
import { isBreadcrumb } from "./furniture.js";
import { ANNOUNCE, signalsOf } from "./signals.js";

type Resolved = { readonly mention: DateMention; readonly date: string; readonly sentence: Sentence };

/** Every date of the article resolved in reading order (同日, 同月, day-only dates refer to the previous one). */
export function resolveArticleDates(
  article: Article,
  sentences: readonly Sentence[],
  year: number | null = inferReferenceYear(article.text),
): readonly Resolved[] {
  const stated = article.published ?? pageDate(article.text) ?? (year ? `${year}-12-31` : null);
  // A page dated only by month and day (05月23日 18:10 under a broadcaster's headline) resolves 今月, 先月 and bare
  // days as a publication date would, in a stand-in year whose figure is then dropped.
  const monthDay = stated === null ? yearlessPageDate(article.text) : null;
  const published = stated ?? monthDay;
  const out: Resolved[] = [];
  let previous: { year: number | null; month: number | null; day: number | null } | undefined;
  let lastDay: typeof previous;
  let dated: Dated | undefined;
  const mentions: DateMention[] = [];
  for (const s of sentences) if (hasDateHint(s.text)) for (const m of findDates(s.text, s.start)) mentions.push(m);
  for (const m of mentions) {
    const anchored = m.relative !== undefined;
    const base = m.relative && DAY_RELATIVE.has(m.relative) ? (lastDay ?? previous) : previous;
    // The options built as they are, not spread from a conditional object: this runs for every date of the article.
    const resolved = resolveDate(m, base && (anchored || !published) ? { published, previous: base } : { published });
    if (!resolved) continue;
    const r =
      monthDay !== null && m.year === null
        ? { ...resolved, year: null }
        : resolved.year === null && !published
          ? { ...resolved, year: nearbyYear(mentions.indexOf(m), mentions) ?? chainedYear(m, dated) }
          : resolved;
    const date = toContractDate(r);
    if (!date) continue;
    previous = r;
    if (r.year !== null && r.month !== null) dated = { year: r.year, month: r.month, start: m.start };
    if (r.day !== null) lastDay = r;
    const sentence = sentenceAt(sentences, m.start);
    if (sentence) out.push({ mention: m, date, sentence });
  }
  return out;
}

type Dated = { readonly year: number; readonly month: number; readonly start: number };

/**
 * A list of month-days (6月15日 …, 6月24日 …) runs on in the year the one before it took, when that one is close and
 * its month at most three months away: the year the first row found carries down the rows.
 */
function chainedYear(m: DateMention, last: Dated | undefined): number | null {
  if (!last || m.month === null || m.start - last.start > 600 || Math.abs(m.month - last.month) > 3) return null;
  return m.month >= last.month ? last.year : null;
}

/** Only sentences with a digit or a relative date word can hold a date: the cheap test before the date scanner. */
export const DATE_HINT =
  /[0-9０-９]\s*(?:[年月日]|[/／.．-]\s*[0-9０-９])|[〇一二三四五六七八九十][年月日]|同日|同月|同年|昨年|去年|今年|本年|昨日|先月|今月|翌|元年|前日/u;

/**
 * DATE_HINT.test, read by char code in one pass (every sentence of every article is tested, and the regex tried its
 * alternatives at each of them).
 */
export function hasDateHint(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = HINT_KIND[c];
    if (kind === 0) continue;
    if (kind === HINT_DIGIT) {
      if (digitDateFollows(text, i + 1)) return true;
    } else if (kind === HINT_ALONE) return true;
    else if (i + 1 < text.length && HINT_NEXT.get(c)!.includes(text.charAt(i + 1))) return true;
  }
  return false;
}

/** After a digit: spaces, then 年, 月 or 日, or a separator, spaces and another digit (2024/5, 30.4). */
function digitDateFollows(text: string, at: number): boolean {
  let k = at;
  while (isSpaceUnit(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (c === NEN || c === TSUKI || c === HI) return true;
  if (!DATE_SEPARATORS.has(c)) return false;
  k++;
  while (isSpaceUnit(text.charCodeAt(k))) k++;
  return HINT_KIND[text.charCodeAt(k)] === HINT_DIGIT;
}

/** \s (WhiteSpace and LineTerminator). */
function isSpaceUnit(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const [NEN, TSUKI, HI] = [..."年月日"].map((c) => c.charCodeAt(0)) as [number, number, number];
const DATE_SEPARATORS: ReadonlySet<number> = new Set([..."/／.．-"].map((c) => c.charCodeAt(0)));
/** What DATE_HINT's alternatives start with: a digit, 翌 (a hint alone), or a unit one of HINT_NEXT's follows. */
const HINT_DIGIT = 1;
const HINT_ALONE = 2;
const HINT_WORD = 3;
const HINT_NEXT: ReadonlyMap<number, string> = new Map(
  [
    ..."〇一二三四五六七八九十".split("").map((k) => [k, "年月日"] as const),
    ["同", "日月年"],
    ["昨", "年日"],
    ["去", "年"],
    ["今", "年月"],
    ["本", "年"],
    ["先", "月"],
    ["元", "年"],
    ["前", "日"],
  ].map(([k, v]) => [k.charCodeAt(0), v] as const),
);
const HINT_KIND = (() => {
  const kinds = new Uint8Array(0x10000);
  for (const d of "0123456789０１２３４５６７８９") kinds[d.charCodeAt(0)] = HINT_DIGIT;
  kinds["翌".charCodeAt(0)] = HINT_ALONE;
  for (const c of HINT_NEXT.keys()) kinds[c] = HINT_WORD;
  return kinds;
})();

/** 同日, 翌日, 前日 refer to the last date given to the day, not to a month or a period mentioned since. */
const DAY_RELATIVE = new Set(["same_day", "next_day", "previous_day"]);

/**
 * When the article has no published date, a year it states relative to itself (去年(平成29年)) tells its year:
 * year-less dates then resolve into that year.
 */
function inferReferenceYear(text: string): number | null {
  const m = /(?:去年|昨年)[（(](?:平成|令和)?([0-9０-９元]+)年[）)]/.exec(text);
  if (!m) return pageDateYear(text);
  const era = /令和/.test(m[0]) ? 2018 : 1988;
  const n = m[1] === "元" ? 1 : Number(m[1]!.normalize("NFKC"));
  const year = (/[平令]/.test(m[0]) ? era + n : n) + 1;
  return Number.isFinite(year) ? year : null;
}

/**
 * 2010年9月13日 (月) 個人情報流出事件 | 固定リンク, 投稿日：2025/06/03: a line that dates the page itself (a blog's
 * posting line, a notice's date line) makes the year of its month-days clear (SCHEMA.md: resolve 10月4日 with the
 * article's year when the text makes it clear). The first such line counts.
 */
function pageDateYear(text: string): number | null {
  const m = PAGE_DATE_LINE.exec(text);
  return m ? Number(m[1]!.normalize("NFKC")) : null;
}

/**
 * The page's own date (2022年6月23日 19時42分 under a headline) as YYYY-MM-DD: without a publication date it resolves
 * the month-days and day-only dates (23日) of the text, as the publication date would.
 */
function pageDate(text: string): string | null {
  const m = PAGE_DATE_LINE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2] ?? m[4], m[3] ?? m[5]].map((x) => Number(x!.normalize("NFKC")));
  if (!(mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31)) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The page's own month and day with a time and no year, near the top, as YYYY-MM-DD in a leap stand-in year. */
function yearlessPageDate(text: string): string | null {
  const m = YEARLESS_PAGE_DATE_LINE.exec(text.slice(0, 400));
  if (!m) return null;
  const [mo, d] = [m[1], m[2]].map((x) => Number(x!.normalize("NFKC")));
  if (!(mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31)) return null;
  return `${STAND_IN_YEAR}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A leap year, so that 2月29日 stays a date. */
const STAND_IN_YEAR = 2000;
const YEARLESS_PAGE_DATE_LINE =
  /^[^\n。、0-9０-９]{0,24}([0-9０-９]{1,2})月([0-9０-９]{1,2})日\s*(?:[（(][月火水木金土日][）)])?\s*[0-9０-９]{1,2}(?:[:：]|時)[0-9０-９]{2}分?[^\n。]{0,12}$/mu;

const PAGE_DATE_LINE =
  /^[\s　]*(?:(?:投稿|更新|公開|掲載|配信)日?(?:時)?[:：]?\s*)?([0-9０-９]{4})(?:年([0-9０-９]{1,2})月([0-9０-９]{1,2})日|[/／.]([0-9０-９]{1,2})[/／.]([0-9０-９]{1,2}))[^\n。]{0,40}$/mu;

/**
 * Without a publication date, a month-day takes the year of the nearest fully dated mention within a few hundred
 * characters whose month is at most three months away (6月6日 next to 2017年4月7日から6月2日まで → 2017).
 */
function nearbyYear(index: number, all: readonly DateMention[]): number | null {
  const m = all[index];
  if (!m || m.month === null) return null;
  let best: DateMention | null = null;
  for (const step of [-1, 1]) {
    for (let k = index + step; k >= 0 && k < all.length; k += step) {
      const o = all[k]!;
      const distance = Math.abs(o.start - m.start);
      if (distance > 600) break;
      if (o.year === null || o.month === null || o.yearSource === "relative" || Math.abs(o.month - m.month) > 3)
        continue;
      if (!best || distance < Math.abs(best.start - m.start)) best = o;
      break;
    }
  }
  return best?.year ?? null;
}

/**
 * What every group of one extraction run reads about the article's dates, worked out once for the run: the resolved
 * dates, the year the article states for itself, the header of a table of announcement dates. Held by the run's
 * context, not in a module-level WeakMap keyed by the run: V8's minor GC keeps a WeakMap's values alive while their
 * key is young, so every run since the last minor GC was copied and promoted (scavenges ≈4× longer, ≈9 % of a pass).
 */
export class ArticleDates {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  #all: readonly Resolved[] | undefined;
  #positions: (number[] | undefined)[] | undefined;
  #year: number | null | undefined;
  #table: TableHeader | null | undefined;
  #report: number | null | undefined;
  constructor(article: Article, sentences: readonly Sentence[]) {
    this.article = article;
    this.sentences = sentences;
  }
  /** Every date of the article resolved in reading order (resolveArticleDates). */
  get all(): readonly Resolved[] {
    this.#all ??= resolveArticleDates(this.article, this.sentences, this.year);
    return this.#all;
  }
  /**
   * The positions in `all` of the dates of the given sentences, in reading order: `all` filtered to those sentences,
   * without a pass over `all` and a set of the sentences for every group.
   */
  positionsIn(sentences: readonly Sentence[]): readonly number[] {
    const bySentence = this.#positionsBySentence();
    const indices: number[] = [];
    for (const s of sentences) if (bySentence[s.index] !== undefined) indices.push(s.index);
    // `all` is in reading order, sentence by sentence; the sentences given may not be.
    if (indices.length > 1) indices.sort((a, b) => a - b);
    const out: number[] = [];
    for (let k = 0; k < indices.length; k++)
      if (k === 0 || indices[k] !== indices[k - 1]) out.push(...bySentence[indices[k]!]!);
    return out;
  }
  /** The dates of the given sentences, in reading order (positionsIn). */
  datesIn(sentences: readonly Sentence[]): readonly Resolved[] {
    const all = this.all;
    return this.positionsIn(sentences).map((k) => all[k]!);
  }
  #positionsBySentence(): readonly (readonly number[] | undefined)[] {
    if (this.#positions === undefined) {
      const bySentence: (number[] | undefined)[] = new Array(this.sentences.length);
      const all = this.all;
      for (let k = 0; k < all.length; k++) {
        const i = all[k]!.sentence.index;
        const list = bySentence[i];
        if (list) list.push(k);
        else bySentence[i] = [k];
      }
      this.#positions = bySentence;
    }
    return this.#positions;
  }
  /**
   * inferReferenceYear of the article (it reads the whole text); only a text without a publication date needs one
   * (the publication date gives the year otherwise).
   */
  get year(): number | null {
    if (this.#year === undefined)
      this.#year = this.article.published === null ? inferReferenceYear(this.article.text) : null;
    return this.#year;
  }
  /** The number of this report when its heading lines give one (…について（第3報）), else null. */
  get reportNumber(): number | null {
    if (this.#report === undefined) this.#report = reportNumberOf(this.sentences);
    return this.#report;
  }
  /** The article's first table header naming the announcement date, and that column. */
  get table(): TableHeader | null {
    if (this.#table === undefined) this.#table = tableHeaderOf(this.sentences);
    return this.#table;
  }
}

/** The announcement date: a date in a sentence that announces, nearest before the announcing verb. */
export function chooseAnnounced(
  own: readonly Sentence[],
  run: ArticleDates,
  lead: readonly Sentence[] = [],
): { announced: string | null; sentence: Sentence | null } {
  const { article, sentences, all } = run;
  const dates = run.datesIn(own);
  const stated = announcedIn(own, dates, run.reportNumber);
  // 2023年の秋に明らかになった…, then 同社が11月中旬に公表した: a later sentence that dates the same announcement more
  // precisely (a month in that year) gives the date.
  if (stated && stated.announced.length === 4) {
    const rest = own.filter((s) => s.index > stated.sentence.index);
    const finer = announcedIn(rest, dates, run.reportNumber);
    if (finer && finer.announced.length > 4 && finer.announced.startsWith(stated.announced)) return finer;
  }
  if (stated) return stated;
  const row = tableRowDate(own, dates, run.table);
  if (row) return { announced: row.date, sentence: row.sentence };
  // 岐阜県は17日、県立の病院と県税事務所で…と発表した: a section's lead announces the cases that follow it.
  const fromLead = announcedIn(lead, run.datesIn(lead), run.reportNumber);
  if (fromLead) return fromLead;
  const acted = actedOn(dates);
  if (acted) return { announced: acted.date, sentence: acted.sentence };
  // ■4月：JINS（ジェイアイエヌ）のオンラインショップ: a roundup item's heading dates the item.
  const headed = own.find((s) => s.bare && DATED_ITEM.test(s.text) && !NOT_ITEM_DATE.test(s.text));
  const headedDate = headed ? dates.find((d) => d.sentence === headed) : undefined;
  if (headedDate) return { announced: headedDate.date, sentence: headed! };
  const header = noticeDate(sentences, all);
  if (header) return { announced: header.date, sentence: header.sentence };
  const year = run.year;
  const reference = article.published ?? (year ? `${year}` : null);
  const announcing = own.find((s) => signalsOf(s).announce);
  if (reference && announcing) {
    return { announced: reference, sentence: announcing };
  }
  // The organization's own notice (…が発生しました。深くお詫び申し上げます) is announced when it is published.
  const notice = article.published ? own.find((s) => s.text.includes("ま") && OWN_NOTICE.test(s.text)) : undefined;
  if (article.published && notice) return { announced: article.published, sentence: notice };
  return { announced: null, sentence: null };
}

/** Polite first-person verbs of a notice that an organization publishes itself (news reports are in plain form). */
const OWN_NOTICE =
  /お詫び申し上げます|おわび申し上げます|(?:発生|判明)(?:いた)?しました|(?:謝罪|説明)(?:いた)?しました/u;

/** The first sentence that announces with a date: the date nearest before the announcing verb. */
function announcedIn(
  own: readonly Sentence[],
  dates: readonly Resolved[],
  report: number | null,
): { announced: string; sentence: Sentence } | null {
  for (const s of own) {
    // ※8月中に公表された事案のうち…: a note under a list speaks of the list, not of one item's announcement.
    if (s.text.charCodeAt(0) === NOTE_MARK || /^\s※/u.test(s.text) || isBreadcrumb(s)) continue;
    const verb = signalsOf(s).announce ? announcingVerb(s.text) : null;
    if (!verb) continue;
    // …事案について、第1報（5月21日）、第2報（5月29日）でお知らせしてまいりました: the verb is the earlier reports'.
    if (CITED_BEFORE_VERB.test(s.text.slice(Math.max(0, verb.index - 24), verb.index))) continue;
    // 2月21日に第1報を公表しております (in a 第2報): the verb announced an earlier report.
    const cited = CITED_REPORT_OBJECT.exec(s.text.slice(Math.max(0, verb.index - 12), verb.index));
    if (cited && report !== null && reportNumber(cited[1]!) < report) continue;
    const verbAt = s.start + verb.index;
    const here = dates.filter(
      (d) =>
        d.sentence.index === s.index &&
        !d.mention.rangeStart &&
        !d.mention.rangeEnd &&
        // 令和６年度第３四半期における…事案の公表: a fiscal year is the period reported on, not the day of the notice.
        !d.mention.fiscal &&
        // 1月下旬までにお知らせします: a deadline of what is still to be done (20日までに明らかにした is a report).
        !isDeadline(s.text.slice(d.mention.end - s.start)) &&
        !isEarlierReport(d, s, report) &&
        !isAside(d, s, verbAt),
    );
    if (here.length === 0) continue;
    // 11月2日に発生した不正アクセスについての調査結果を公表しました: a date the event took place is no announcement's.
    const before = here.filter(
      (d) =>
        d.mention.start < verbAt &&
        !EVENT_DATE.test(s.text.slice(d.mention.end - s.start, d.mention.end - s.start + 8)),
    );
    // 同社によると、3日に…: the dates after an attribution are the events it reports, not the announcement; nor are
    // those after a frame (…と発表した問題で、…ことが7日、取材で分かった).
    if (before.length === 0 && verb[0].startsWith("によ")) continue;
    if (
      before.length === 0 &&
      FRAMED_VERB.test(s.text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 12))
    )
      continue;
    const pick = before.length > 0 ? inVerbClause(afterDiscovery(before, s), before, s, verbAt) : here[0]!;
    return { announced: pick.date, sentence: s };
  }
  return null;
}

/**
 * クスノキ運輸は2月にサーバーを暗号化され、3月に…と公表した: a first date that dates an event (2月に…) gives way to a
 * later one in the announcing verb's own clause.
 */
function inVerbClause(pick: Resolved, before: readonly Resolved[], s: Sentence, verbAt: number): Resolved {
  const last = before.at(-1)!;
  if (last === pick || !/^(?:に|頃に|ごろに)/u.test(s.text.slice(pick.mention.end - s.start))) return pick;
  const between = s.text.slice(last.mention.end - s.start, verbAt - s.start);
  return between.includes("、") || between.includes("。") ? pick : last;
}

/**
 * 今月22日、…連絡があって発覚し、協会は28日、経緯を公表しました: of the dates before the verb, the first unless a
 * clause of discovery ends between it and a later one; that later one dates the announcement.
 */
function afterDiscovery(before: readonly Resolved[], s: Sentence): Resolved {
  let pick = before[0]!;
  for (let k = 1; k < before.length; k++) {
    const between = s.text.slice(before[k - 1]!.mention.end - s.start, before[k]!.mention.start - s.start);
    if (DISCOVERY_CLAUSE.test(between)) pick = before[k]!;
  }
  // 事務所が今月発送した…と22日発表しました: a month named for an event gives way to the day that dates the notice.
  if (pick.mention.day === null) return before.find((d) => d.mention.day !== null && d !== pick) ?? pick;
  return pick;
}

const DISCOVERY_CLAUSE = /(?:(?:発覚|判明)し|分かり|わかり|気付き|気づき)、[^。]{0,16}$/u;

/**
 * 当行の元行員（2025年6月に退職）が…お知らせいたします: a date inside a bracketed note that closes before the
 * announcing verb dates what the note says, not the announcement.
 */
function isAside(d: Resolved, s: Sentence, verbAt: number): boolean {
  const from = d.mention.start - s.start;
  const open = Math.max(s.text.lastIndexOf("（", from), s.text.lastIndexOf("(", from));
  if (open < 0) return false;
  if (open < 0 || Math.max(s.text.lastIndexOf("）", from), s.text.lastIndexOf(")", from)) > open) return false;
  const rest = s.text.slice(d.mention.end - s.start);
  const close = rest.search(/[）)]/u);
  if (close < 0 || d.mention.end + close >= verbAt) return false;
  // （9月25日）, （2025年9月25日付）: a bracket holding nothing but the date dates the words before it.
  return ASIDE_WORDS.test(s.text.slice(open + 1, from) + rest.slice(0, close));
}

const ASIDE_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

const NOTE_MARK = "※".charCodeAt(0);
function isDeadline(after: string): boolean {
  return DEADLINE_AFTER.test(after) && STILL_TO_DO.test(after.slice(0, after.indexOf("。") + 1 || after.length));
}

const DEADLINE_AFTER = /^(?:頃|ごろ)?(?:までに|を目途|をめど|を目処|中に)/u;
const STILL_TO_DO = /(?:ます|する|る|予定(?:です)?)。?\s*$/u;
const EVENT_DATE = /^(?:に|から|頃に|ごろに)(?:発生|起き|起こ|検知|発覚)/u;
/** ■4月：…, ◎5月12日 …: a roundup item's heading, marked by a symbol (not a notice's （１）発生日 row). */
const DATED_ITEM = new RegExp(`^\\s*[${BULLETS}【]`, "u");
const NOT_ITEM_DATE = /関連|まとめ|一覧|ランキング|発生|判明|発覚/u;
const CITED_BEFORE_VERB =
  /(?:第[0-9０-９一二三四五六七八九]+報|前回|既報)[）)」』]?(?:[（(][^）)]{0,16}[）)])?(?:で|にて|において|により)$/u;
const CITED_REPORT_OBJECT = /第([0-9０-９一二三四五六七八九])報(?:として)?を$/u;

const FRAMED_VERB = /^(?:し|され)た(?:問題|事件|事案|件)(?:で|を受け|に関し)/u;

/**
 * 2月26日に第1報としてお知らせした, 2月26日に公表いたしました「…（第1報）」, 7月5日付「…（第1報）」にて: the date of
 * an earlier report, not of this one (a 第2報 dates itself).
 */
function isEarlierReport(d: Resolved, s: Sentence, report: number | null): boolean {
  const at = d.mention.end - s.start;
  const after = s.text.slice(at, at + 200);
  if (
    EARLIER_REPORT.test(after) ||
    EARLIER_REPORT_NAMED.test(after) ||
    EARLIER_REPORT_TITLED.test(after) ||
    EARLIER_REPORT_TOPIC.test(after) ||
    EARLIER_REPORT_QUOTED.test(after)
  ) {
    return true;
  }
  // 9月6日（第1報）および9月20日（第2報）にお知らせ, 9月20日　第2報を公表 in a 第3報: a report numbered below this one;
  // ・2025年2月14日　…に関するお知らせ（第2報） (a list of the earlier notices, each title ending in its number).
  const cited = report === null ? null : (CITED_REPORT.exec(after) ?? LISTED_REPORT.exec(after));
  return cited !== null && reportNumber(cited[1]!) < report!;
}

const FINAL_REPORT = 99;
const LISTED_REPORT = /^[\s　]*[^。\n]{0,60}[（(]第([0-9０-９一二三四五六七八九]+)報[）)]\s*(?:\n|$)/u;

/** A date followed by the number of the report it dates: 9月6日（第1報）, 9月20日　第2報を公表. */
const CITED_REPORT = /^[\s　]*(?:付け?)?(?:の|で|に)?[（(]?第([0-9０-９一二三四五六七八九]+)報/u;

/** 第2報, 第３報, 第三報 → 2, 3, 3. */
function reportNumber(digits: string): number {
  const kanji = "一二三四五六七八九".indexOf(digits);
  return kanji >= 0 ? kanji + 1 : Number(digits.normalize("NFKC"));
}

/** The number of this report: the highest 第N報 in the notice's heading lines (its first bare lines). */
function reportNumberOf(sentences: readonly Sentence[]): number | null {
  let best: number | null = null;
  for (const s of sentences.slice(0, 10)) {
    if (!s.bare || !s.text.includes("報")) continue;
    for (const m of s.text.matchAll(/第([0-9０-９一二三四五六七八九]+)報/gu)) {
      const n = reportNumber(m[1]!);
      if (Number.isFinite(n) && (best === null || n > best)) best = n;
    }
    // 【最終報】, （確報）: the last report, after every numbered one.
    if (/[【（(](?:最終報|確報)[】）)]/u.test(s.text)) best = FINAL_REPORT;
  }
  return best;
}

/**
 * The first announcing verb of a sentence outside 「」 and 『』 (a quoted title, 「…のお知らせ」を発送した,
 * 「発表者登録について」と題したメール, names a document, it does not announce) and not a report up the line.
 */
function announcingVerb(text: string): RegExpExecArray | null {
  const first = ANNOUNCE.exec(text);
  if (first === null || (!/[「『]/u.test(text.slice(0, first.index)) && !isNotAnnouncing(text, first))) return first;
  ANNOUNCE_ALL.lastIndex = 0;
  for (let m = ANNOUNCE_ALL.exec(text); m !== null; m = ANNOUNCE_ALL.exec(text)) {
    if (quoteDepth(text, m.index) === 0 && !isNotAnnouncing(text, m)) return m;
  }
  return null;
}

/**
 * 上司に報告した, 校長へ報告し (a report up the line inside the organization) and 結果のお知らせ（…）の封筒 (a document
 * called お知らせ) announce nothing to the public.
 */
function isNotAnnouncing(text: string, verb: RegExpExecArray): boolean {
  if (verb[0] === "お知らせ") return isDocumentNoun(text, verb.index);
  // 11月に公表された漏えい等事案のうち…, 各組織の公表資料に基づく: others' announcements, named as what the text goes
  // on to review, and the documents they published.
  if (ANNOUNCED_CASES.test(text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 16))) return true;
  if (OTHER_DISCLOSURE.test(text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 12))) return true;
  // 修正プログラムは2024年11月に公開されていた: a vendor's fix released, not a notice of the leak.
  if (verb[0].startsWith("公開") && FIX_RELEASED.test(text.slice(Math.max(0, verb.index - 30), verb.index)))
    return true;
  // ホームページに…資料を掲載した際、…誤って掲載しました: the posting that was the mistake, not a notice of it.
  if (verb[0].endsWith("掲載") && POSTING_MISTAKE.test(text.slice(verb.index + verb[0].length))) return true;
  return verb[0].startsWith("報告") && INTERNAL_ADDRESSEE.test(text.slice(Math.max(0, verb.index - 12), verb.index));
}

const FIX_RELEASED = /(?:修正プログラム|パッチ|修正版|更新版|アップデート|セキュリティ更新)[^。]{0,24}$/u;
const POSTING_MISTAKE =
  /^(?:した際|する際|したところ|した資料|したファイル|したデータ)|^[^。]{0,60}誤って(?:[^。、]{0,8})?掲載/u;

const ANNOUNCED_CASES =
  /^(?:され(?:た|ている)[^。、]{0,8}?(?:事案|事故|事件|インシデント|ケース|事例)|(?:資料|文書|内容|値)(?:に|を|は|の|で))/u;

/**
 * 5月12日に公表した業績予想, 発表済みの決算, 開発元が5月2日に公表した修正プログラム: what else is disclosed (a listed
 * company's forecasts and results, a vendor's fixes and advisories), named beside the leak.
 */
const OTHER_DISCLOSURE =
  /^(?:いた)?(?:した|された|済みの|している|しております)(?:通期|連結|個別)?(?:の)?(?:業績予想|業績見通し|決算|配当予想|中期経営計画|修正プログラム|修正版|パッチ|アップデート|脆弱性情報|注意喚起|ガイドライン|報告書)/u;

/** 健康診断結果のお知らせ（歯科）の封筒, 納付のお知らせを発送: a お知らせ that is a document, not a verb. */
function isDocumentNoun(text: string, at: number): boolean {
  // 抽選結果をお知らせするメール: a message that tells its addressees something, not the organization's notice.
  if (MESSAGE_AFTER.test(text.slice(at + 4, at + 16))) return true;
  return text.charAt(at - 1) === "の" && DOCUMENT_AFTER.test(text.slice(at + 4, at + 6));
}

const MESSAGE_AFTER = /^する(?:ための)?(?:電子)?(?:メール|文書|通知|はがき|ハガキ|手紙|書面|案内|チラシ|SMS)/u;

const DOCUMENT_AFTER = /^(?:[（(をにがのへ、]|など|等)/u;

/**
 * 上司に報告, 校長へ報告: a report up the line; 個人情報保護委員会に報告, 警察に報告, 町教育委員会に報告: a report to an
 * authority or supervising body (APPI 法26条's report to the PPC is not the public notice). A council (議会) hears
 * reports in public and is left out.
 */
const INTERNAL_ADDRESSEE =
  /(?:上司|上長|署長|校長|教頭|所属長|管理職|責任者|院長|店長|支店長|本部|本社|保護委員会|教育委員会|警察|警察署|県|国|所管庁|監督官庁|省|庁)(?:に|へ)(?:も)?$/u;

const ANNOUNCE_ALL = new RegExp(ANNOUNCE.source, "g");

/** How many 「『 are open at `at`. */
function quoteDepth(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === "「" || c === "『") depth++;
    else if ((c === "」" || c === "』") && depth > 0) depth--;
  }
  return depth;
}

/**
 * 5月12日に公表いたしました当社サーバーへの不正アクセスにつきまして: an announcement made on that date, now the topic
 * of this report (a relative clause before につきまして / について), is an earlier one.
 */
const EARLIER_REPORT_TOPIC =
  /^(?:付け?)?(?:で|に)(?:(?:当|弊|本)[社院市町村行所会学]が)?(?:公表|発表|お知らせ|ご報告|ご案内|掲載|公開)(?:いた)?し(?:ました|た)[^。、]{0,60}?(?:につきまして|について|に関し(?:まして|て)?)/u;

/**
 * 7月14日付「…に関するお知らせ」にて公表しましたとおり, 5月20日に当社が公表いたしました「…について」の本文中: an
 * earlier notice, cited by its title, announced in the past. */
const EARLIER_REPORT_QUOTED =
  /^(?:付け?)?(?:の|で|に)?[「『][^」』]{0,80}[」』](?:(?:にて|で|において|により|として)?(?:公表|発表|お知らせ|ご報告|ご案内|掲載|公開)|(?:にて|で|において)、?[^。]{0,100}?(?:公表|発表|お知らせ|ご報告))(?:いた)?し(?:ました|た|ており|て(?:おり|い)ました)/u;

/** 7月12日付「…のお知らせ（第2報）」において: the date of an earlier numbered report, cited by its title. */
const EARLIER_REPORT_TITLED =
  /^(?:付け?)?(?:の|で)?(?:[「『][^」』。]{0,60}第[0-9０-９一二三四五六七八九]+報|第[0-9０-９一二三四五六七八九]+報(?:で|に|において|では))/u;

const EARLIER_REPORT =
  /^(?:付け?)?(?:に|で)?(?:第[1１一]報|初報|前回|既報)|^(?:付け?)?[「『][^」』]{0,60}(?:第[1１一]報|初報)/u;
const EARLIER_REPORT_NAMED =
  /^(?:付け?)?(?:で|に)?(?:公表|発表|お知らせ|ご報告|ご案内|掲載|公開)(?:いた)?し(?:ました|た)[^。]{0,60}(?:第[1１一]報|初報|前回|既報)/u;

/**
 * In a table whose header names the announcement date (公表日, 発表日), a row's date in that column is the date.
 * Columns are split on ｜, |, tabs or runs of spaces; without a separator the row's leading date is taken.
 */
function tableRowDate(
  own: readonly Sentence[],
  dates: readonly Resolved[],
  table: TableHeader | null,
): Resolved | null {
  if (!table) return null;
  const { header, column } = table;
  for (const s of own) {
    if (!s.bare || s.index <= header.index) continue;
    const row = cells(s.text);
    const offset = row.length > 1 && column >= 0 ? cellStart(s.text, column) : 0;
    const d = dates.find(
      (x) =>
        x.sentence.index === s.index && x.mention.start - s.start - offset <= 2 && x.mention.start - s.start >= offset,
    );
    if (d) return d;
  }
  return null;
}

type TableHeader = { readonly header: Sentence; readonly column: number };

/** The article's first table header naming the announcement date, and that column. */
function tableHeaderOf(sentences: readonly Sentence[]): TableHeader | null {
  const header = sentences.find((s) => s.bare && /公表日|発表日|公開日/u.test(s.text) && s.text.length < 120);
  return header ? { header, column: cells(header.text).findIndex((c) => /公表日|発表日|公開日/u.test(c)) } : null;
}

const CELL_SEPARATOR = /[｜|\t]|\s{2,}|　/u;

function cells(line: string): string[] {
  const parts = line.trim().split(new RegExp(CELL_SEPARATOR.source, "gu"));
  return parts.length > 1 ? parts : line.trim().split(/\s+/u);
}

/** The offset of the n-th cell within a line. */
function cellStart(line: string, n: number): number {
  const re = new RegExp(`(?:${CELL_SEPARATOR.source})+|\\s+`, "gu");
  let at = line.length - line.trimStart().length;
  for (let i = 0; i < n; i++) {
    re.lastIndex = at;
    const m = re.exec(line);
    if (!m) return at;
    at = m.index + m[0].length;
  }
  return at;
}

/**
 * An organization's own notice gives its date on a line of its own: at the head (令和6年3月11日 / お知らせ｜2022年03月02日)
 * or in the sign-off at its foot, above or below the organization's name (令和６年５月８日 / 北雲町 子育て支援課; a
 * foot date may leave out the year).
 */
function noticeDate(sentences: readonly Sentence[], all: readonly Resolved[]): Resolved | null {
  for (const s of sentences.slice(0, 10)) {
    const d = dateLine(s, all);
    if (d && d.mention.year !== null) return d;
  }
  for (const s of sentences.slice(Math.max(6, sentences.length - 8)).reverse()) {
    const d = dateLine(s, all);
    if (d) return d;
  }
  return null;
}

/** The date of a bare line that holds nothing but a full date (a day, not only a month). */
function dateLine(s: Sentence, all: readonly Resolved[]): Resolved | null {
  if (!s.bare || s.text.length > 40) return null;
  const d = all.find((x) => x.sentence.index === s.index && x.mention.day !== null && !x.mention.relative);
  if (!d) return null;
  const rest = s.text
    .replace(d.mention.text, "")
    .replace(
      /[0-9０-９]{1,2}[:：][0-9０-９]{2}|[\s|｜:：()（）]|お知らせ|更新日?|公開日?|掲載日?|発表日?|配信日?|付|[月火水木金土日]曜?|ページ(?:番号|ID)[:：]?\s*[0-9０-９]+|共同通信|時事通信|共同|時事/gu,
      "",
    );
  return rest.length === 0 ? d : null;
}

const KINDS: readonly (readonly [TimelineKind, RegExp])[] = [
  ["extortion", /要求|脅迫|身代金/],
  ["reported_police", /警察|警視庁|県警|被害届|届け出/],
  ["reported_ppc", /個人情報保護委員会|個情委/],
  ["service_resumed", /再開|復旧|再稼働/],
  ["service_stopped", /停止|閉鎖|遮断/],
  ["reissued", /再発行|番号(?:を|の)?変更/],
  ["notified", /送付|発送|通知|お詫び|連絡/],
  ["discovered", /発覚|判明|気づ|気付|確認(?:した|され)|発見|検知/],
  ["announced", ANNOUNCE],
  ["occurred", /発生|感染|不正アクセス|紛失|盗難|送信|送付/],
];

/** Dated events of the incident, in date order, each with the sentence it came from. */
export function collectTimeline(own: readonly Sentence[], run: ArticleDates): readonly TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const all = run.all;
  for (const k of run.positionsIn(own)) {
    const d = all[k]!;
    // 5月1日に持ち出し、5月3日に紛失に気付いた: the words after the next date of the sentence are that date's.
    const next = all[k + 1];
    const until = next && next.sentence === d.sentence && !d.mention.rangeStart ? next.mention.start : d.sentence.end;
    const clause = d.sentence.text.slice(d.mention.start - d.sentence.start, until - d.sentence.start);
    const kind = d.mention.rangeStart
      ? "exposure_start"
      : d.mention.rangeEnd
        ? "exposure_end"
        : (reportKind(clause, d.mention.start - d.sentence.start, d.sentence.text) ?? kindByWords(clause));
    const text = d.sentence.text.trimEnd();
    events.push({
      date: d.date,
      kind,
      evidence: { start: d.sentence.start, end: d.sentence.start + text.length, text },
    });
  }
  return events.sort((a, b) => compareDates(sortable(a.date), sortable(b.date)));
}

/** The first kind whose words the clause's first 60 characters hold (the head cut once, not for each kind tried). */
function kindByWords(clause: string): TimelineKind {
  const head = clause.slice(0, 60);
  return KINDS.find(([, re]) => re.test(head))?.[0] ?? "other";
}

/**
 * The kind a date takes from the sentence's shape, before its words are read: 1月の第1報では (a numbered report), and
 * Xは4月22日、…と発表した (the date right after the topic of a sentence whose main predicate announces).
 */
function reportKind(clause: string, at: number, sentence: string): TimelineKind | null {
  const report = clause.indexOf("報");
  if (report > 0 && report < 12) {
    const nth = REPORT_NUMBER.exec(clause.slice(0, 12));
    if (nth) return /^[1１一]$/u.test(nth[1]!) ? "announced" : "follow_up";
  }
  if (!isTopicEnd(sentence.charCodeAt(at - 1))) return null;
  if (!TOPIC.test(sentence.slice(0, at)) || !AFTER_TOPIC_DATE.test(clause)) return null;
  return MAIN_ANNOUNCE.test(sentence) ? "announced" : null;
}

/**
 * 北条県警は2日、巡査部長を…書類送検し、停職の懲戒処分にした: a news lead whose topic is dated and whose main predicate is
 * a public act (a disciplinary measure, an arrest, an apology) reports what the organization made public that day.
 * `dates` are those of the incident's own sentences.
 */
function actedOn(dates: readonly Resolved[]): Resolved | null {
  for (const d of dates) {
    const s = d.sentence;
    if (!PUBLIC_ACT.test(s.text)) continue;
    const at = d.mention.start - s.start;
    if (!isTopicEnd(s.text.charCodeAt(at - 1)) || !TOPIC.test(s.text.slice(0, at))) continue;
    if (AFTER_TOPIC_DATE.test(s.text.slice(at))) return d;
  }
  return null;
}

const PUBLIC_ACT =
  /(?:処分|書類送検|送検|逮捕|謝罪|陳謝|告発|提訴)(?:に)?(?:した|しました|している|する)(?:と(?:いう|している))?[。」\s]*$/u;

/** 第2報, 第１報: the numbered report a date belongs to. */
const REPORT_NUMBER = /^[^。、]{0,8}?第([0-9０-９一二三四五六七八九]+)報/u;
/** は or が closing a topic right before the date (Xは4月22日、). */
function isTopicEnd(c: number): boolean {
  return c === 0x306f || c === 0x304c;
}
/** A topic of its own: no clause break before it. */
const TOPIC = /^[^、。]{1,40}[はが]$/u;
/** The date ends its phrase: 4月22日、 / 4月22日に / 4月22日付で. */
const AFTER_TOPIC_DATE = /^[^、。]{1,16}?(?:日|月)(?:付け?で?|に|まで)?[、,]/u;
/** …と発表した。 / …を公表しました: the sentence's main predicate announces. */
const MAIN_ANNOUNCE =
  /(?:発表|公表|明らかに|報告)(?:した|しました|している|しています|する)(?:と(?:いう|している))?[。」\s]*$/u;

function sortable(date: string): string {
  return date.startsWith("--") ? `0000${date.slice(1)}` : date;
}

/** Digits and hyphens only: code unit order is the order localeCompare gives them, without the collator. */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
