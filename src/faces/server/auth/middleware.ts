/**
 * @module Bearer-token authentication for /api. Every write (any method but GET, HEAD, OPTIONS) needs an editor token
 * unless a route asks for more (admin: token management); so a write route added without a thought is still closed.
 * Reading is open unless ServerConfig.requireReadToken (then any live token reads). 401 without a token or with an
 * unknown or revoked one; 403 when the role is too low.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { TokenRecord, TokenRole } from "../../../storage/store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { roleAllows, verifyToken } from "./token.js";

/** What the auth middleware leaves on the request. */
export type AuthVariables = { token?: TokenRecord };

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Documentation stays readable so a client can learn how to authenticate. */
const ALWAYS_OPEN = new Set(["/api/openapi.json"]);

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerOf(c: Context): string | null {
  const header = c.req.header("authorization");
  const m = header === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return m ? m[1]! : null;
}

/** The request's live token, verified once per request (null when none was presented). */
async function tokenOf(c: Context, ctx: ServerContext): Promise<TokenRecord | null> {
  const known = c.get("token" as never) as TokenRecord | undefined;
  if (known !== undefined) return known;
  const presented = bearerOf(c);
  if (presented === null)
    throw new HttpError("unauthorized", "this needs a bearer token (Authorization: Bearer roei_…)");
  const record = await verifyToken(ctx.store, presented);
  if (record === null) throw new HttpError("unauthorized", "the token is unknown or revoked");
  c.set("token" as never, record as never);
  // last_used_at to the minute: a busy reader with a token does not write on every request.
  const now = ctx.now();
  if (record.lastUsedAt === null || Date.parse(now) - Date.parse(record.lastUsedAt) >= 60_000) {
    await ctx.store.touchToken(record.id, now);
  }
  return record;
}

/** A route-level guard: the request must carry a live token of at least `role`. */
export function requireRole(ctx: ServerContext, role: TokenRole): MiddlewareHandler {
  return async (c, next) => {
    const record = await tokenOf(c, ctx);
    if (record === null || !roleAllows(record.role, role)) {
      throw new HttpError("forbidden", `this needs an ${role} token; yours is ${record?.role ?? "none"}`);
    }
    await next();
  };
}

/** The API-wide guard, mounted before every route: writes need an editor, reads need a token when configured. */
export function apiAuth(ctx: ServerContext): MiddlewareHandler {
  const editor = requireRole(ctx, "editor");
  return async (c, next) => {
    if (!READ_METHODS.has(c.req.method)) return editor(c, next);
    if (ctx.config.requireReadToken && !ALWAYS_OPEN.has(c.req.path)) await tokenOf(c, ctx);
    await next();
    return undefined;
  };
}

/** The token the guards accepted for this request (routes behind them only). */
export function tokenIn(c: Context): TokenRecord {
  const record = c.get("token" as never) as TokenRecord | undefined;
  if (record === undefined) throw new HttpError("unauthorized", "this needs a bearer token");
  return record;
}

/** The OpenAPI security requirement of a route that needs a token. */
export const BEARER = [{ bearer: [] }];
