/**
 * @module Web sessions for editors: a token pasted at /login becomes a server-side session (in memory, per server
 * process: a restart logs everyone out, and several processes behind one address need sticky routing). The cookie holds
 * only a random id (HttpOnly, SameSite=Lax, Secure on https). Every form carries the session's CSRF token in a hidden
 * field, compared in constant time on POST; the login form, before any session, uses a double-submit cookie.
 * A session ends at logout, after SESSION_HOURS, or as soon as its token is revoked.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { TokenRole } from "../../../storage/store.js";
import type { ServerContext } from "../context.js";
import { hashToken, roleAllows, verifyToken } from "./token.js";

export const SESSION_COOKIE = "roei_session";
export const LOGIN_CSRF_COOKIE = "roei_login_csrf";
export const CSRF_FIELD = "csrf";
const SESSION_HOURS = 12;
const MAX_SESSIONS = 10_000;

export type WebSession = {
  readonly id: string;
  readonly tokenHash: string;
  readonly name: string;
  readonly role: TokenRole;
  readonly csrf: string;
  readonly expiresAt: number;
};

const sessionsByServer = new WeakMap<ServerContext, Map<string, WebSession>>();

function sessionsOf(ctx: ServerContext): Map<string, WebSession> {
  let found = sessionsByServer.get(ctx);
  if (found === undefined) {
    found = new Map();
    sessionsByServer.set(ctx, found);
  }
  return found;
}

const randomId = () => randomBytes(32).toString("base64url");

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === "https:";
}

function cookieOptions(c: Context, maxAge: number) {
  return { path: "/", httpOnly: true, sameSite: "Lax" as const, secure: isHttps(c), maxAge };
}

/** The request's live session, or null (expired, unknown, or its token revoked since). */
export async function sessionOf(c: Context, ctx: ServerContext): Promise<WebSession | null> {
  const id = getCookie(c, SESSION_COOKIE);
  if (id === undefined) return null;
  const sessions = sessionsOf(ctx);
  const session = sessions.get(id);
  if (session === undefined) return null;
  const token = await ctx.store.tokenByHash(session.tokenHash);
  if (session.expiresAt <= Date.now() || token === null || token.revokedAt !== null) {
    sessions.delete(id);
    return null;
  }
  return session;
}

/** Logs in with a pasted token: a new session and its cookie, or null when the token is not live. */
export async function startSession(c: Context, ctx: ServerContext, token: string): Promise<WebSession | null> {
  const record = await verifyToken(ctx.store, token.trim());
  if (record === null) return null;
  const sessions = sessionsOf(ctx);
  sweep(sessions);
  const session: WebSession = {
    id: randomId(),
    tokenHash: hashToken(token.trim()),
    name: record.name,
    role: record.role,
    csrf: randomId(),
    expiresAt: Date.now() + SESSION_HOURS * 3600_000,
  };
  sessions.set(session.id, session);
  await ctx.store.touchToken(record.id, ctx.now());
  setCookie(c, SESSION_COOKIE, session.id, cookieOptions(c, SESSION_HOURS * 3600));
  return session;
}

export function endSession(c: Context, ctx: ServerContext, session: WebSession): void {
  sessionsOf(ctx).delete(session.id);
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

/** Drops expired sessions; past MAX_SESSIONS, the oldest too (a flood of logins cannot grow memory without bound). */
function sweep(sessions: Map<string, WebSession>): void {
  const now = Date.now();
  for (const [id, s] of sessions) if (s.expiresAt <= now) sessions.delete(id);
  while (sessions.size >= MAX_SESSIONS) {
    const oldest = sessions.keys().next().value;
    if (oldest === undefined) break;
    sessions.delete(oldest);
  }
}

export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === "" || b === "") return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The CSRF value of the login form: a cookie set with the form, echoed in its hidden field. */
export function loginCsrf(c: Context): string {
  const existing = getCookie(c, LOGIN_CSRF_COOKIE);
  if (existing !== undefined && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const value = randomId();
  setCookie(c, LOGIN_CSRF_COOKIE, value, cookieOptions(c, 3600));
  return value;
}

export function checkLoginCsrf(c: Context, field: string | undefined): boolean {
  return sameSecret(getCookie(c, LOGIN_CSRF_COOKIE), field);
}

export function mayWrite(session: WebSession | null, role: TokenRole = "editor"): session is WebSession {
  return session !== null && roleAllows(session.role, role);
}
