/** @module The UI's words: Japanese first, English when the reader switches (?lang=en, remembered in a cookie). */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

export type Lang = "ja" | "en";

/** Every label the pages show, in both languages. Add words here, never inline in a page. */
const MESSAGES = {
  site_title: { ja: "roei 漏えいインシデント・データベース", en: "roei leak incident database" },
  nav_incidents: { ja: "インシデント一覧", en: "Incidents" },
  nav_stats: { ja: "統計", en: "Statistics" },
  nav_campaigns: { ja: "キャンペーン", en: "Campaigns" },
  nav_organizations: { ja: "組織", en: "Organizations" },
  nav_ingest: { ja: "取り込み", en: "Ingest" },
  nav_exposure: { ja: "私の情報は漏れた？", en: "Was my data leaked?" },
  nav_tokens: { ja: "トークン", en: "Tokens" },
  switch_lang: { ja: "English", en: "日本語" },
  search: { ja: "検索", en: "Search" },
  search_placeholder: { ja: "組織名・キーワード（例: 流出、県）", en: "Organization or keyword" },
  results: { ja: "件", en: "results" },
  about: { ja: "約", en: "about" },
  organization: { ja: "組織", en: "Organization" },
  announced: { ja: "公表日", en: "Announced" },
  affected: { ja: "件数", en: "Affected" },
  data_items: { ja: "漏えい項目", en: "Data items" },
  cause: { ja: "原因", en: "Cause" },
  certainty: { ja: "確度", en: "Certainty" },
  no_results: { ja: "該当するインシデントはありません。", en: "No incidents match." },
  next_page: { ja: "次のページ", en: "Next page" },
  not_found: { ja: "見つかりません", en: "Not found" },
  sample_notice: {
    ja: "この一覧にはサンプル記事（架空の組織）から作ったインシデントが含まれています。",
    en: "This list includes incidents built from sample articles (fictional organizations).",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type Translate = (key: MessageKey) => string;

export function translator(lang: Lang): Translate {
  return (key) => MESSAGES[key][lang];
}

/** The reader's language: ?lang= (remembered), else the cookie, else Japanese. */
export function pickLang(c: Context): Lang {
  const asked = c.req.query("lang");
  if (asked === "ja" || asked === "en") {
    setCookie(c, "lang", asked, { path: "/", sameSite: "Lax", httpOnly: true, maxAge: 365 * 86400 });
    return asked;
  }
  return getCookie(c, "lang") === "en" ? "en" : "ja";
}

/** The language pickLang would choose, without remembering it (for cache keys). */
export function langOf(c: Context): Lang {
  const asked = c.req.query("lang");
  if (asked === "ja" || asked === "en") return asked;
  return getCookie(c, "lang") === "en" ? "en" : "ja";
}
