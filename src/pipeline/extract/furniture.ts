/** @module Page furniture around a news story: lists of other stories' headlines under a heading. */
import type { Sentence } from "../segment/sentences.js";
import { signalsOf } from "./signals.js";

/**
 * Headings of the lists news pages put around a story (関連記事, この記事を読んだ人は…, ＜関連ニュース＞) or before it (目次):
 * the lines under them are headlines, no facts of their own. Beyond signals.ts's RELATED, the reader-recommendation and bracketed forms.
 */
const LIST_HEADING =
  /^\s*[＜<《〈◇◆■□▼▽★☆●【［[]?\s*(?:目次|(?:この|同じ)?(?:地域|エリア|県内|カテゴリー?)の(?:ニュース|記事)|この記事を(?:読んだ|見た)人は|(?:こんな|他の|ほかの)記事も|(?:この記事の)?関連(?:する|した)?[^\s　。]{0,6}?(?:記事|ニュース|トピックス?|事例|コラム|情報|レポート)|(?:人気|おすすめ)の?(?:記事|レポート|コラム)|おすすめ(?:の)?(?:記事|ニュース)|注目(?:の)?記事|あわせて読む|合わせて読む|よく読まれている記事|アクセスランキング|(?:最新|新着)(?:記事|ニュース)|主要ニュース|(?:ニュース|記事)一覧|(?:先週|前週|先月|前月|前回|過去)の(?:まとめ|記事|ニュース)|あなたにお(?:薦|勧|すす)め)/u;

/** 週刊インシデントまとめ バックナンバー: a short line that heads a site's archive of earlier stories. */
const ARCHIVE_HEADING = /(?:バックナンバー|過去記事|アーカイブ)\s*$/u;

const INLINE_LIST = new RegExp(`${LIST_HEADING.source}[^：:。]{0,12}[：:][\\s　]*[^\\s　]`, "u");

/** 先週（…）のまとめはこちら, 過去の記事はこちら: a link to other stories heads the headlines listed under it. */
const LINK_HEADING = /(?:まとめ|記事|ニュース|一覧|特集|バックナンバー)[^。]{0,6}(?:は|も)こちら\s*$/u;

/**
 * Indices of sentences that belong to a headline list: the heading, and the bare lines (no 。: headlines) that follow
 * it until the first line of prose. A list of other leaks names other organizations and counts; none of them is this
 * story's.
 */
export function headlineListLines(sentences: readonly Sentence[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.bare) continue;
    // 先週のまとめ：教育系クラウドで設定不備…／旅行会社に… : a heading and its headlines on one line.
    if (INLINE_LIST.test(s.text)) {
      out.add(i);
      continue;
    }
    if (
      s.text.length > 40 ||
      !(signalsOf(s).related || LIST_HEADING.test(s.text) || LINK_HEADING.test(s.text) || ARCHIVE_HEADING.test(s.text))
    )
      continue;
    out.add(i);
    let k = i + 1;
    while (k < sentences.length && sentences[k]!.bare) out.add(k++);
    i = k - 1;
  }
  return out;
}

/** ホーム ＞ 市政情報 ＞ 報道発表 ＞ 令和7年3月 ＞ …: a line of the site's path to the page (its words date nothing). */
export function isBreadcrumb(s: { readonly bare: boolean; readonly text: string } | undefined): boolean {
  if (s?.bare !== true) return false;
  // Every BREADCRUMB match holds one of its separators: the cheap test first.
  const t = s.text;
  return (t.includes("＞") || t.includes(">") || t.includes("»") || t.includes("›")) && BREADCRUMB.test(t);
}

const BREADCRUMB = /^[^。>＞»›]{1,20}(?:[>＞»›][^。>＞»›]{1,60})+$/u;
