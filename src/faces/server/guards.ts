/** @module App-wide guards: security headers with a CSP that allows no inline script, body size, rate limit per client. */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { ServerConfig } from "./context.js";
import { jsonError } from "./http-error.js";

/** Security headers; scripts and styles come only from this origin (no inline script, no eval). */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "same-origin",
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * 413 for a body over the limit, as a JSON error. GET and HEAD carry no body and skip it: asking a request from
 * @hono/node-server for its body builds a full Fetch Request with an AbortSignal, a tenth of the CPU time of a cached
 * answer.
 */
export function bodySizeLimit(config: ServerConfig): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: (c) => jsonError(c, "payload_too_large", `request body over ${config.maxBodyBytes} bytes`),
  });
  return (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limit(c, next));
}

/** The client's address: the socket's, or "local" for in-process requests (tests). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local";
  }
}

/**
 * Fixed-window rate limit per client address: `max` requests per `windowMs`, then 429 with Retry-After. Counters live
 * in memory (one process); the window map is swept when a window ends, so it stays bounded by the clients of a window.
 * `max` 0 turns it off (ROEI_RATE_LIMIT=0, for load tests from one address).
 */
export function rateLimit(config: ServerConfig, now: () => number = Date.now): MiddlewareHandler {
  const { windowMs, max } = config.rateLimit;
  if (max <= 0) return (_c, next) => next();
  let windowStart = now();
  let counts = new Map<string, number>();
  return async (c, next) => {
    const t = now();
    if (t - windowStart >= windowMs) {
      windowStart = t - ((t - windowStart) % windowMs);
      counts = new Map();
    }
    const client = clientAddress(c);
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    c.header("RateLimit-Limit", String(max));
    c.header("RateLimit-Remaining", String(Math.max(0, max - count)));
    if (count > max) {
      c.header("Retry-After", String(Math.ceil((windowStart + windowMs - t) / 1000)));
      return jsonError(c, "rate_limited", `more than ${max} requests in ${windowMs / 1000} s from ${client}`);
    }
    await next();
    return undefined;
  };
}

/**
 * The per-minute limit of ROEI_RATE_LIMIT: a whole number of requests per client per minute, 0 for no limit; unset
 * keeps `fallback`. Anything else is a one-line error for the start-up message.
 */
export function parseRateLimit(text: string | undefined, fallback: number): number | string {
  if (text === undefined || text.trim() === "") return fallback;
  if (!/^\d{1,9}$/.test(text.trim())) {
    return `ROEI_RATE_LIMIT must be a whole number of requests per minute per client (0 = no limit), not ${JSON.stringify(text)}`;
  }
  return Number(text.trim());
}
