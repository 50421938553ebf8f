/** @module URL → RawDocument over HTTP(S): guarded addresses, redirects, size and time limits, conditional requests. */
import { readFileSync } from "node:fs";
import type { RawDocument } from "../../domain/article.js";
import { fail, type Issue, type IssueCode, ok, type Result } from "../../domain/issue.js";
import { headerValue, isHttpScheme, isRedirectStatus, parseContentType, toRedirectUrl } from "./http-headers.js";
import { type FetchFailure, fetchHop, type HopFailure, type HopResponse, type HopSettings } from "./http-hop.js";
import type { RateLimiter } from "./rate-limit.js";
import { type AddressPolicy, type Resolver, systemResolver } from "./vet-host.js";

export type { FetchFailure } from "./http-hop.js";
export type { AddressPolicy, ResolvedAddress, Resolver } from "./vet-host.js";

export type FetchOptions = {
  /** Limit for each request (DNS, connect, headers and body together). Default 15 000 ms. */
  readonly timeoutMs?: number;
  /** Largest body accepted, after decompression; a bigger Content-Length is refused before reading. Default 10 MB. */
  readonly maxBytes?: number;
  /** Redirects followed before giving up. Default 5. A redirect back to a URL already visited is an error. */
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** Forbidden addresses (loopback, private, …) that may still be used; see AddressPolicy. Default false. */
  readonly allowPrivate?: AddressPolicy;
  /** Default: `dns.lookup` with all addresses. */
  readonly resolver?: Resolver;
  /** Waited on before every request, redirects included. Default: none, so pass one shared limiter per crawl. */
  readonly rateLimiter?: RateLimiter;
  /** ETag from an earlier fetch, sent as If-None-Match. */
  readonly ifNoneMatch?: string;
  /** Last-Modified from an earlier fetch, sent as If-Modified-Since. */
  readonly ifModifiedSince?: string;
};

/** A fetched document; on 304 `notModified` is true and `bytes` is empty. `name` is the final URL. */
export type FetchedDocument = RawDocument & {
  readonly finalUrl: string;
  readonly status: number;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly notModified?: boolean;
};

/** An Issue with the machine-readable reason and, for HTTP errors, the status. */
export type FetchIssue = Issue & { readonly reason: FetchFailure; readonly status?: number };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

/**
 * Fetches one http(s) URL. Never throws for network or server problems: they come back as a FetchIssue whose message
 * names the URL and the reason.
 * @example await fetchUrl("https://www.example.jp/news/1.html", { rateLimiter, timeoutMs: 10_000 })
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Result<FetchedDocument, FetchIssue>> {
  const start = parseHttpUrl(url);
  if (!start.ok) return fail(toIssue(url, null, start.error));
  const settings = toSettings(opts);
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const visited = new Set([start.value.href]);
  let current = start.value;
  for (let redirects = 0; ; redirects++) {
    const hop = await fetchHop(current, settings);
    if (!hop.ok) return fail(toIssue(url, current, hop.error));
    if (!isRedirectStatus(hop.value.status)) return toDocument(url, current, hop.value, opts);
    const next = nextHop(current, hop.value, visited, redirects, maxRedirects);
    if (!next.ok) return fail(toIssue(url, current, next.error));
    visited.add(next.value.href);
    current = next.value;
  }
}

function parseHttpUrl(url: string): Result<URL, HopFailure> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail({ reason: "bad_url", text: "not a URL" });
  }
  if (!isHttpScheme(parsed)) return fail({ reason: "bad_url", text: `unsupported scheme ${parsed.protocol}` });
  parsed.hash = "";
  return ok(parsed);
}

/** The URL a redirect points to, or why it is not followed. */
function nextHop(
  current: URL,
  response: HopResponse,
  visited: ReadonlySet<string>,
  redirects: number,
  maxRedirects: number,
): Result<URL, HopFailure> {
  const location = headerValue(response.headers.location);
  const status = response.status;
  if (location === undefined) return fail({ reason: "http_status", text: `HTTP ${status} without Location`, status });
  const target = toRedirectUrl(location, current);
  if (target === null) return fail({ reason: "bad_url", text: `HTTP ${status} to a bad Location: ${location}` });
  if (!isHttpScheme(target)) return fail({ reason: "bad_url", text: `redirect to unsupported scheme ${target.href}` });
  if (visited.has(target.href)) return fail({ reason: "redirect_loop", text: `redirect loop back to ${target.href}` });
  if (redirects >= maxRedirects)
    return fail({ reason: "too_many_redirects", text: `too many redirects (more than ${maxRedirects})` });
  return ok(target);
}

function toDocument(
  requested: string,
  url: URL,
  response: HopResponse,
  opts: FetchOptions,
): Result<FetchedDocument, FetchIssue> {
  const { status, statusText, headers, bytes } = response;
  const etag = headerValue(headers.etag) ?? (status === 304 ? opts.ifNoneMatch : undefined);
  const lastModified = headerValue(headers["last-modified"]) ?? (status === 304 ? opts.ifModifiedSince : undefined);
  if (status !== 304 && (status < 200 || status > 299))
    return fail(
      toIssue(requested, url, { reason: "http_status", text: `HTTP ${status} ${statusText}`.trim(), status }),
    );
  if (status !== 304 && bytes.length === 0)
    return fail(toIssue(requested, url, { reason: "empty", text: `HTTP ${status} with an empty body` }));
  const { mediaType, charset } = parseContentType(headerValue(headers["content-type"]));
  return ok({
    name: url.href,
    bytes,
    finalUrl: url.href,
    status,
    ...(mediaType === undefined ? {} : { contentType: mediaType }),
    ...(charset === undefined ? {} : { declaredCharset: charset }),
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
    ...(status === 304 ? { notModified: true } : {}),
  });
}

/** One line: the requested URL, the hop that failed when it is another one, and the reason. */
function toIssue(requested: string, hop: URL | null, failure: HopFailure): FetchIssue {
  const where = hop === null || hop.href === requested ? requested : `${requested} (redirected to ${hop.href})`;
  const gone = failure.status === 404 || failure.status === 410;
  return {
    code: gone ? "not_found" : ISSUE_CODES[failure.reason],
    message: `${where}: ${failure.text}`,
    reason: failure.reason,
    ...(failure.status === undefined ? {} : { status: failure.status }),
  };
}

const ISSUE_CODES: Readonly<Record<FetchFailure, IssueCode>> = {
  bad_url: "unreadable",
  dns: "not_found",
  refused_address: "unreadable",
  timeout: "unreadable",
  too_large: "too_large",
  too_many_redirects: "unreadable",
  redirect_loop: "unreadable",
  http_status: "unreadable",
  network: "unreadable",
  empty: "empty",
};

function toSettings(opts: FetchOptions): HopSettings {
  return {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    userAgent: opts.userAgent ?? defaultUserAgent(),
    allowPrivate: opts.allowPrivate ?? false,
    resolver: opts.resolver ?? systemResolver,
    ...(opts.rateLimiter === undefined ? {} : { rateLimiter: opts.rateLimiter }),
    ...(opts.ifNoneMatch === undefined ? {} : { ifNoneMatch: opts.ifNoneMatch }),
    ...(opts.ifModifiedSince === undefined ? {} : { ifModifiedSince: opts.ifModifiedSince }),
  };
}

/** `roei/<version> (+https://example.invalid/roei; leak-news indexer)`: names the crawler and what it is for. */
export function toUserAgent(version: string): string {
  return `roei/${version} (+https://example.invalid/roei; leak-news indexer)`;
}

let cachedUserAgent: string | undefined;

function defaultUserAgent(): string {
  cachedUserAgent ??= toUserAgent(readVersion());
  return cachedUserAgent;
}

/** The package version (src/ and dist/ sit at the same depth below package.json). */
function readVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
    return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "unknown";
  } catch {
    return "unknown";
  }
}
