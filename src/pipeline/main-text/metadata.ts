/** @module Parsed page → title and publication date from its metadata (Open Graph, schema.org, <time>). */
import type { DomDocument } from "./dom.js";

export type PageMetadata = { readonly title: string | null; readonly published: string | null };

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  '[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
const JSON_LD_PUBLISHED = /"datePublished"\s*:\s*"([^"]{4,40})"/;

/** Reads the title (og:title, first h1, <title>) and the publication date (YYYY-MM-DD) of a page. */
export function readMetadata(document: DomDocument): PageMetadata {
  return { title: readTitle(document), published: readPublished(document) };
}

function readTitle(document: DomDocument): string | null {
  const candidates = [
    document.querySelector('meta[property="og:title"]')?.getAttribute("content"),
    document.querySelector("article h1")?.textContent,
    document.querySelector("h1")?.textContent,
    document.querySelector("title")?.textContent,
  ];
  for (const candidate of candidates) {
    const title = toTitle(candidate ?? "");
    if (title !== null) return title;
  }
  return null;
}

/** Trims a title and drops a trailing site name ("記事の見出し | サイト名"). */
export function toTitle(raw: string): string | null {
  const title = raw.replace(/\s+/g, " ").trim();
  if (title === "") return null;
  const parts = title.split(/\s+[|｜\-–—:：]\s+|｜|\s+[/／]\s+/);
  const first = parts[0]?.trim() ?? "";
  const last = parts.at(-1)?.trim() ?? "";
  // The site name is the shorter end: 「流出のお知らせ｜架空新聞」 → 流出のお知らせ, but 「速報 | 架空新聞」 stays whole.
  return parts.length > 1 && first.length >= 4 && first.length > last.length ? first : title;
}

function readPublished(document: DomDocument): string | null {
  for (const selector of PUBLISHED_SELECTORS) {
    for (const el of document.querySelectorAll(selector)) {
      const date = toIsoDate(el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent ?? "");
      if (date !== null) return date;
    }
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const date = toIsoDate(JSON_LD_PUBLISHED.exec(script.textContent ?? "")?.[1] ?? "");
    if (date !== null) return date;
  }
  for (const selector of ["article time[datetime]", "time[pubdate]", "time[datetime]"]) {
    const date = toIsoDate(document.querySelector(selector)?.getAttribute("datetime") ?? "");
    if (date !== null) return date;
  }
  return null;
}

/**
 * The calendar date a timestamp starts with, as written (no time-zone shift), or null.
 * @example toIsoDate("2025-02-21T18:30:00+09:00") // "2025-02-21"
 */
export function toIsoDate(value: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(value);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
