/** @module RSS 2.0 / RDF (RSS 1.0) / Atom → FeedItem[]; and a conditional fetch of a feed URL. */
import { type AnyFeed, type AtomFeed, parseFeed as parseAnyFeed, type RdfFeed, type RssFeed } from "feedsmith";
import { fail, type Issue, ok, type Result } from "../../domain/issue.js";
import { decodeBytes } from "../decode/index.js";
import { JST_MINUTES, parseFeedDate } from "./feed-date.js";
import { toPlainText, toTrimmedText } from "./feed-text.js";
import { type FetchOptions, fetchUrl } from "./http.js";

/** One entry of a feed, the same shape for every feed format. */
export type FeedItem = {
  /** RSS guid, Atom id or RDF rdf:about; the link when the feed gives none. */
  readonly id: string;
  /** Absolute article URL, or null when the item has none. */
  readonly link: string | null;
  readonly title: string | null;
  /** ISO 8601 with the feed's own offset (`2020-11-17T09:00:00+09:00`), `YYYY-MM-DD` for a date alone, or null. */
  readonly published: string | null;
  /** Description or Atom summary as plain text. */
  readonly summary: string | null;
};

export type ParseFeedOptions = {
  /** URL the feed came from; relative item links are resolved against it. */
  readonly baseUrl?: string;
  /** Offset (minutes east of UTC) for dates that name no zone. Default +09:00 (JST). */
  readonly defaultOffset?: number;
};

/** Validators kept between fetches of one feed. */
export type FeedState = { readonly etag?: string; readonly lastModified?: string };

export type FeedFetch =
  | { readonly notModified: true; readonly finalUrl: string; readonly state: FeedState }
  | {
      readonly notModified: false;
      readonly finalUrl: string;
      readonly state: FeedState;
      readonly items: readonly FeedItem[];
    };

/**
 * Parses decoded feed text. Items with neither an id nor a link are dropped.
 * @example parseFeed(xml, { baseUrl: "https://www.example.jp/rss.xml" })
 */
export function parseFeed(text: string, opts: ParseFeedOptions = {}): Result<FeedItem[]> {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseAnyFeed<string>(text);
  } catch (error) {
    return fail({ code: "unreadable", message: `not an RSS, RDF or Atom feed (${errorText(error)}): ${head(text)}` });
  }
  const context = { baseUrl: opts.baseUrl, defaultOffset: opts.defaultOffset ?? JST_MINUTES };
  switch (parsed.format) {
    case "rss":
      return ok(compact((parsed.feed.items ?? []).map((item) => fromRssItem(item, context))));
    case "rdf":
      return ok(compact((parsed.feed.items ?? []).map((item) => fromRdfItem(item, context))));
    case "atom":
      return ok(compact((parsed.feed.entries ?? []).map((entry) => fromAtomEntry(entry, context))));
    case "json":
      return fail({ code: "unreadable", message: "JSON Feed is not supported, only RSS, RDF and Atom" });
  }
}

/**
 * Fetches a feed with If-None-Match / If-Modified-Since from `state`; returns its items and the new validators,
 * or `notModified` (the old validators kept when the server sends none).
 */
export async function fetchFeed(url: string, state: FeedState, opts: FetchOptions = {}): Promise<Result<FeedFetch>> {
  const fetched = await fetchUrl(url, {
    ...opts,
    ...(state.etag === undefined ? {} : { ifNoneMatch: state.etag }),
    ...(state.lastModified === undefined ? {} : { ifModifiedSince: state.lastModified }),
  });
  if (!fetched.ok) return fetched;
  const doc = fetched.value;
  const next: FeedState = {
    ...(doc.etag === undefined ? {} : { etag: doc.etag }),
    ...(doc.lastModified === undefined ? {} : { lastModified: doc.lastModified }),
  };
  if (doc.notModified === true) return ok({ notModified: true, finalUrl: doc.finalUrl, state: { ...state, ...next } });
  const text = decodeBytes(doc);
  if (!text.ok) return fail(prefixed(doc.finalUrl, text.error));
  const items = parseFeed(text.value.text, { baseUrl: doc.finalUrl });
  if (!items.ok) return fail(prefixed(doc.finalUrl, items.error));
  return ok({ notModified: false, finalUrl: doc.finalUrl, state: next, items: items.value });
}

type ItemContext = { readonly baseUrl: string | undefined; readonly defaultOffset: number };

type ItemFields = {
  readonly id: string | undefined;
  readonly link: string | undefined;
  readonly title: string | null;
  readonly date: string | undefined;
  readonly summary: string | null;
};

function fromRssItem(item: RssFeed.Item<string>, context: ItemContext): FeedItem | null {
  return toFeedItem(
    {
      id: item.guid?.value,
      link: item.link ?? (item.guid?.isPermaLink === false ? undefined : httpUrlOrUndefined(item.guid?.value)),
      title: toPlainText(item.title),
      date: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
      summary: toPlainText(item.description),
    },
    context,
  );
}

function fromRdfItem(item: RdfFeed.Item<string>, context: ItemContext): FeedItem | null {
  return toFeedItem(
    {
      id: item.rdf?.about,
      link: item.link,
      title: toPlainText(item.title),
      date: item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
      summary: toPlainText(item.description ?? item.dc?.descriptions?.[0]),
    },
    context,
  );
}

function fromAtomEntry(entry: AtomFeed.Entry<string>, context: ItemContext): FeedItem | null {
  const links = entry.links ?? [];
  const link = links.find((l) => l.rel === undefined || l.rel === "alternate") ?? links[0];
  return toFeedItem(
    {
      id: entry.id,
      link: link?.href,
      title: atomText(entry.title),
      date: entry.published ?? entry.updated,
      summary: atomText(entry.summary) ?? atomText(entry.content),
    },
    context,
  );
}

function toFeedItem(fields: ItemFields, context: ItemContext): FeedItem | null {
  const link = fields.link === undefined ? null : absoluteUrl(fields.link.trim(), context.baseUrl);
  const id = fields.id?.trim() || link;
  if (id === null || id === undefined || id === "") return null;
  const date = fields.date === undefined ? null : parseFeedDate(fields.date, context.defaultOffset);
  return { id, link, title: fields.title, published: date, summary: fields.summary };
}

/** Atom text constructs: `text` is plain, `html` and `xhtml` carry markup. */
function atomText(text: { readonly value?: string; readonly type?: string } | undefined): string | null {
  if (text === undefined) return null;
  return text.type === "html" || text.type === "xhtml" ? toPlainText(text.value) : toTrimmedText(text.value);
}

function absoluteUrl(link: string, baseUrl: string | undefined): string | null {
  if (link === "") return null;
  try {
    return new URL(link, baseUrl).href;
  } catch {
    return null;
  }
}

function httpUrlOrUndefined(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:\/\//i.test(value.trim()) ? value.trim() : undefined;
}

function compact(items: readonly (FeedItem | null)[]): FeedItem[] {
  return items.filter((item): item is FeedItem => item !== null);
}

function prefixed(url: string, issue: Issue): Issue {
  return { ...issue, message: `${url}: ${issue.message}` };
}

function head(text: string): string {
  const start = text.trimStart().slice(0, 40).replace(/\s+/g, " ");
  return JSON.stringify(text.length > 40 ? `${start}…` : start);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
