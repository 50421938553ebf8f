/**
 * @module JSON POST to a webhook with the fetcher's address guard: the host is resolved once, refused when any answer
 * is loopback, private, link-local or cloud metadata (unless the policy allows it; metadata never with `true`), and the
 * request goes to the vetted address through a pinned lookup. Redirects are not followed; the answer body is dropped.
 */
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { fail, ok, type Result } from "../../domain/issue.js";
import { bareHostname, formatSeconds, isHttpScheme } from "./http-headers.js";
import {
  type AddressPolicy,
  pinnedLookup,
  type ResolvedAddress,
  type Resolver,
  systemResolver,
  vetHost,
} from "./vet-host.js";

export type PostOptions = {
  /** DNS, connect and answer together. Default 10 000 ms. */
  readonly timeoutMs?: number;
  readonly allowPrivate?: AddressPolicy;
  readonly resolver?: Resolver;
  readonly userAgent?: string;
};

/** Why a POST failed, in one line naming the URL. */
export type PostFailure = {
  readonly reason: "bad_url" | "refused_address" | "dns" | "timeout" | "http_status" | "network";
  readonly message: string;
};

/** Checks that `url` is http(s) and its host resolves to addresses the policy allows; the vetted address or why not. */
export async function vetUrl(
  url: string,
  opts: Pick<PostOptions, "allowPrivate" | "resolver"> = {},
): Promise<Result<{ readonly url: URL; readonly address: ResolvedAddress }, PostFailure>> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail({ reason: "bad_url", message: `${url}: not a URL` });
  }
  if (!isHttpScheme(parsed))
    return fail({ reason: "bad_url", message: `${url}: unsupported scheme ${parsed.protocol}` });
  if (parsed.username !== "" || parsed.password !== "")
    return fail({ reason: "bad_url", message: `${url}: credentials in the URL are not accepted` });
  const vetted = await vetHost(bareHostname(parsed), opts.resolver ?? systemResolver, opts.allowPrivate ?? false);
  if (!vetted.ok) return fail({ reason: vetted.error.reason, message: `${url}: ${vetted.error.text}` });
  return ok({ url: parsed, address: vetted.value });
}

/** POSTs `body` as JSON; ok with the status for a 2xx answer, else why not. Never throws. */
export async function postJson(
  url: string,
  body: unknown,
  opts: PostOptions = {},
): Promise<Result<{ readonly status: number }, PostFailure>> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const vetted = await Promise.race([
      vetUrl(url, opts),
      new Promise<never>((_, reject) =>
        controller.signal.addEventListener("abort", () => reject(new Error("aborted"))),
      ),
    ]);
    if (!vetted.ok) return vetted;
    const status = await send(vetted.value.url, vetted.value.address, JSON.stringify(body), opts, controller.signal);
    if (status < 200 || status > 299) return fail({ reason: "http_status", message: `${url}: HTTP ${status}` });
    return ok({ status });
  } catch (error) {
    if (controller.signal.aborted)
      return fail({ reason: "timeout", message: `${url}: timeout after ${formatSeconds(timeoutMs)}` });
    const text = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    return fail({ reason: "network", message: `${url}: request failed: ${text}` });
  } finally {
    clearTimeout(timer);
  }
}

function send(
  url: URL,
  vetted: ResolvedAddress,
  json: string,
  opts: PostOptions,
  signal: AbortSignal,
): Promise<number> {
  const options: RequestOptions = {
    method: "POST",
    hostname: bareHostname(url),
    port: url.port === "" ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(json)),
      "User-Agent": opts.userAgent ?? "roei webhook",
    },
    lookup: pinnedLookup(vetted),
    agent: false,
    signal,
  };
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      res.resume(); // the answer body is not needed
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(json);
  });
}
