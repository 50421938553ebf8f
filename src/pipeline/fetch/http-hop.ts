/** @module One HTTP request to one URL: vet the host, connect to the vetted address, read the body within limits. */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { pipeline } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { fail, ok, type Result } from "../../domain/issue.js";
import { formatBytes } from "./file.js";
import { bareHostname, formatSeconds, headerValue } from "./http-headers.js";
import type { RateLimiter } from "./rate-limit.js";
import { type AddressPolicy, pinnedLookup, type ResolvedAddress, type Resolver, vetHost } from "./vet-host.js";

/** Why a fetch failed, for callers that decide what to retry. */
export type FetchFailure =
  | "bad_url"
  | "dns"
  | "refused_address"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "redirect_loop"
  | "http_status"
  | "network"
  | "empty";

export type HopFailure = { readonly reason: FetchFailure; readonly text: string; readonly status?: number };

/** The options of one hop, defaults already applied. */
export type HopSettings = {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
  readonly allowPrivate: AddressPolicy;
  readonly resolver: Resolver;
  readonly rateLimiter?: RateLimiter;
  readonly ifNoneMatch?: string;
  readonly ifModifiedSince?: string;
};

export type HopResponse = {
  readonly status: number;
  readonly statusText: string;
  readonly headers: IncomingHttpHeaders;
  /** The (decompressed) body for 2xx answers; empty for every other status. */
  readonly bytes: Uint8Array;
};

const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,*/*;q=0.8";

/** Requests `url` once (no redirects followed). The timeout covers DNS, connect, headers and body. */
export async function fetchHop(url: URL, settings: HopSettings): Promise<Result<HopResponse, HopFailure>> {
  await settings.rateLimiter?.acquire(url.hostname);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const vetted = await raceAbort(
      vetHost(bareHostname(url), settings.resolver, settings.allowPrivate),
      controller.signal,
    );
    if (!vetted.ok) return vetted;
    const res = await sendRequest(url, vetted.value, settings, controller.signal);
    return await readResponse(res, settings.maxBytes);
  } catch (error) {
    if (controller.signal.aborted)
      return fail({ reason: "timeout", text: `timeout after ${formatSeconds(settings.timeoutMs)}` });
    return fail({ reason: "network", text: `request failed: ${errorText(error)}` });
  } finally {
    clearTimeout(timer);
  }
}

function sendRequest(
  url: URL,
  vetted: ResolvedAddress,
  settings: HopSettings,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const options: RequestOptions = {
    method: "GET",
    hostname: bareHostname(url),
    port: url.port === "" ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    headers: requestHeaders(settings),
    lookup: pinnedLookup(vetted),
    agent: false,
    signal,
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(options, resolve);
    req.on("error", reject);
    req.end();
  });
}

function requestHeaders(settings: HopSettings): Record<string, string> {
  return {
    "User-Agent": settings.userAgent,
    Accept: ACCEPT,
    "Accept-Encoding": "gzip, deflate, br",
    "Accept-Language": "ja,en;q=0.5",
    ...(settings.ifNoneMatch === undefined ? {} : { "If-None-Match": settings.ifNoneMatch }),
    ...(settings.ifModifiedSince === undefined ? {} : { "If-Modified-Since": settings.ifModifiedSince }),
  };
}

async function readResponse(res: IncomingMessage, maxBytes: number): Promise<Result<HopResponse, HopFailure>> {
  const status = res.statusCode ?? 0;
  const statusText = res.statusMessage ?? "";
  if (status < 200 || status > 299) {
    res.destroy();
    return ok({ status, statusText, headers: res.headers, bytes: new Uint8Array(0) });
  }
  const body = await readBody(res, maxBytes);
  return body.ok ? ok({ status, statusText, headers: res.headers, bytes: body.value }) : body;
}

/** Reads the body, refusing it when Content-Length or the bytes (after decompression) pass `maxBytes`. */
async function readBody(res: IncomingMessage, maxBytes: number): Promise<Result<Uint8Array, HopFailure>> {
  const declared = Number(headerValue(res.headers["content-length"]) ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return fail(tooLarge(`body (Content-Length: ${formatBytes(declared)}) is`, maxBytes));
  }
  const stream = decodedStream(res);
  if (!stream.ok) return stream;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream.value) {
    const bytes: Uint8Array = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      res.destroy();
      return fail(tooLarge("body is", maxBytes));
    }
    chunks.push(bytes);
  }
  return ok(Buffer.concat(chunks, total));
}

/** The body with its Content-Encoding undone (gzip, deflate, br), so the size limit counts what roei keeps. */
function decodedStream(res: IncomingMessage): Result<AsyncIterable<Uint8Array | string>, HopFailure> {
  const encoding = headerValue(res.headers["content-encoding"])?.toLowerCase() ?? "identity";
  if (encoding === "identity") return ok(res);
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : null;
  if (decoder === null) {
    res.destroy();
    return fail({ reason: "network", text: `unsupported Content-Encoding ${encoding}` });
  }
  pipeline(res, decoder, () => {});
  return ok(decoder);
}

function tooLarge(what: string, maxBytes: number): HopFailure {
  return { reason: "too_large", text: `${what} over the ${formatBytes(maxBytes)} limit` };
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (a resolver that hangs cannot outlive the timeout). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(new Error("aborted"));
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
