/**
 * @module A response cache for the read routes that every visitor asks for (GET /api/incidents, the list page):
 * answers kept in memory by normalized URL and language, bounded by entries and bytes (least recently used goes
 * first), with ETag / If-None-Match → 304 and `Cache-Control: no-cache` so browsers revalidate.
 *
 * Freshness: every answer is stored with the store's change token read *before* the answer was computed, and the
 * whole cache is dropped when the token moves. Writes by this server call `invalidate()` (one call, at once); writes
 * by other processes (CLI ingest into the same SQLite file, PostgreSQL workers) are seen through
 * `Store.changeToken()`, checked on every request when `checkEveryMs` is 0 (SQLite: a pragma and a function call,
 * microseconds) or at most every `checkEveryMs` (PostgreSQL: one indexed one-row read; 500 ms by default), which
 * bounds how stale an answer can be after another process's write.
 */
import { createHash } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { Lang } from "./web/i18n.js";

export type ResponseCacheOptions = {
  /** Most answers kept; 0 keeps none (ETag and 304 still work, each answer is computed). */
  readonly maxEntries: number;
  /** Most bytes of bodies kept. */
  readonly maxBytes: number;
  /** The store's change token (Store.changeToken). */
  readonly changeToken: () => Promise<string>;
  /** Check the token at most this often, in ms (0: on every request). */
  readonly checkEveryMs: number;
  readonly now?: () => number;
};

export type CacheStats = {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly bytes: number;
  /** Bumped by every invalidation (own writes, or the change token moved). */
  readonly generation: number;
};

export type ResponseCache = {
  /** Drops every answer: call it after any write this server makes (ingest, edit, import, delete). */
  invalidate(): void;
  /**
   * The middleware for one cached GET route. `lang` tells which language the answer is in (part of the key), for
   * pages; a route whose answer does not depend on the language (the JSON API) leaves it out.
   */
  middleware(lang?: (c: Context) => Lang): MiddlewareHandler;
  stats(): CacheStats;
};

type Entry = {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly etag: string;
};

/** Headers of an answer that are kept with it (the guards add theirs on every answer). */
const CACHEABLE_TYPES = /^(application\/json|text\/html)\b/;

/**
 * The cache key of a request: the path, its parameters sorted (the last value of a repeated one wins, as the routes
 * read them; empty ones dropped, as the routes drop them), and the answer's language.
 */
export function cacheKey(url: string, lang: Lang): string {
  const u = new URL(url);
  const params = new Map<string, string>();
  for (const [k, v] of u.searchParams) {
    if (v === "") params.delete(k);
    else params.set(k, v);
  }
  const query = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${lang} ${u.pathname}?${new URLSearchParams(query).toString()}`;
}

/** A strong ETag of a body (its SHA-1, shortened). */
export function etagOf(body: Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

/** True when an If-None-Match header names this ETag (or `*`); weak comparison, as RFC 9110 §13.1.2 asks for GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === bare;
  });
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: a hit is moved to the end, so the first key is the least recently used.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let generation = 0;
  let token: string | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<void> | null = null;
  /** Answers being computed, by generation and key: concurrent misses of one URL wait for the first. */
  const computing = new Map<string, Promise<Entry | null>>();

  const invalidate = (): void => {
    entries.clear();
    bytes = 0;
    generation += 1;
  };

  /** Reads the change token (at most every checkEveryMs; concurrent requests share one read) and drops a stale cache. */
  const refresh = (): Promise<void> => {
    if (checking !== null) return checking;
    if (options.checkEveryMs > 0 && now() - checkedAt < options.checkEveryMs) return Promise.resolve();
    checking = options
      .changeToken()
      .then((next) => {
        if (token !== null && next !== token) invalidate();
        token = next;
        checkedAt = now();
      })
      .finally(() => {
        checking = null;
      });
    return checking;
  };

  const remember = (key: string, entry: Entry): void => {
    const size = entry.body.byteLength;
    if (options.maxEntries <= 0 || size > options.maxBytes) return;
    const old = entries.get(key);
    if (old) {
      bytes -= old.body.byteLength;
      entries.delete(key);
    }
    entries.set(key, entry);
    bytes += size;
    for (const [k, e] of entries) {
      if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
      entries.delete(k);
      bytes -= e.body.byteLength;
    }
  };

  /** The validators of every answer of a cached route; Vary: Cookie when the language may come from the cookie. */
  const validators = (entry: Entry, byLang: boolean): Record<string, string> => ({
    ETag: entry.etag,
    "Cache-Control": "no-cache",
    ...(byLang ? { Vary: "Cookie" } : {}),
  });

  /** A kept answer (or 304), with the headers the guards set before it. */
  const answer = (c: Context, entry: Entry, byLang: boolean): Response => {
    for (const [k, v] of Object.entries(validators(entry, byLang))) c.header(k, v);
    if (matchesEtag(c.req.header("if-none-match"), entry.etag)) return c.body(null, 304);
    c.header("Content-Type", entry.contentType);
    return c.body(entry.body as Uint8Array<ArrayBuffer>, 200);
  };

  /** The route's answer with validators added (or a 304 in its place), its body already read into `entry`. */
  const reanswer = (c: Context, res: Response, entry: Entry, byLang: boolean): Response => {
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(validators(entry, byLang))) headers.set(k, v);
    if (!matchesEtag(c.req.header("if-none-match"), entry.etag)) {
      return new Response(entry.body as Uint8Array<ArrayBuffer>, { status: 200, headers });
    }
    headers.delete("content-type");
    headers.delete("content-length");
    return new Response(null, { status: 304, headers });
  };

  return {
    invalidate,
    stats: () => ({ hits, misses, entries: entries.size, bytes, generation }),
    middleware: (lang) => async (c, next) => {
      // Only anonymous GETs (an answer for a token holder or a logged-in editor may show what others must not see),
      // and not a language switch (?lang= answers set the cookie that remembers it).
      if (
        c.req.method !== "GET" ||
        c.req.header("authorization") !== undefined ||
        c.req.query("lang") !== undefined ||
        (c.req.header("cookie") ?? "").includes("roei_session=")
      ) {
        return next();
      }
      await refresh();
      const byLang = lang !== undefined;
      const key = cacheKey(c.req.url, lang?.(c) ?? "ja");
      const cached = entries.get(key);
      if (cached) {
        hits += 1;
        entries.delete(key);
        entries.set(key, cached);
        return answer(c, cached, byLang);
      }
      const startedIn = generation;
      // The same URL already being computed since the last change: its answer will do (after a change, only a
      // computation started after it does).
      const pending = computing.get(`${startedIn} ${key}`);
      if (pending !== undefined) {
        const entry = await pending;
        if (entry) {
          hits += 1;
          return answer(c, entry, byLang);
        }
      }
      misses += 1;
      let settle: (entry: Entry | null) => void = () => undefined;
      const mine = `${startedIn} ${key}`;
      if (pending === undefined) computing.set(mine, new Promise((resolve) => (settle = resolve)));
      try {
        await next();
        const res = c.res;
        const contentType = res.headers.get("content-type") ?? "";
        if (res.status !== 200 || !CACHEABLE_TYPES.test(contentType) || res.headers.has("set-cookie")) {
          return undefined;
        }
        const body = new Uint8Array(await res.arrayBuffer());
        const entry: Entry = { body, contentType, etag: etagOf(body) };
        // A write during the computation may have changed what it read: answer it, but do not keep or share it.
        if (generation === startedIn) {
          remember(key, entry);
          settle(entry);
        }
        c.res = undefined;
        c.res = reanswer(c, res, entry, byLang);
        return undefined;
      } finally {
        settle(null);
        if (pending === undefined) computing.delete(mine);
      }
    },
  };
}
