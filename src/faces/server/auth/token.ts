/**
 * @module API tokens: `roei_` + 32 random bytes in base64url, shown once; the store keeps only their SHA-256 hash.
 * A presented token is hashed, looked up by hash, and the hashes compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Store, TokenRecord, TokenRole } from "../../../storage/store.js";

export const TOKEN_PREFIX = "roei_";
/** roei_ + 43 base64url characters (32 bytes). */
const TOKEN_SHAPE = /^roei_[A-Za-z0-9_-]{43}$/;

export const ROLES: readonly TokenRole[] = ["editor", "admin"];

/** A new random token (never stored). */
export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True when `role` may do what `needed` allows (admin includes editor). */
export function roleAllows(role: TokenRole, needed: TokenRole): boolean {
  return needed === "editor" ? role === "editor" || role === "admin" : role === "admin";
}

/** Creates a token: the record as stored and the token itself, to be shown once. */
export async function createToken(
  store: Store,
  role: TokenRole,
  name: string,
  at: string,
): Promise<{ readonly token: string; readonly record: TokenRecord }> {
  const token = newToken();
  const record = await store.addToken({ role, name, hash: hashToken(token), createdAt: at });
  return { token, record };
}

/**
 * The live (not revoked) token record a presented token belongs to, or null. A string that cannot be a token is refused
 * before any lookup; the stored hash is compared with the presented one in constant time.
 */
export async function verifyToken(store: Store, presented: string): Promise<TokenRecord | null> {
  if (!TOKEN_SHAPE.test(presented)) return null;
  const hash = hashToken(presented);
  const record = await store.tokenByHash(hash);
  if (record === null || record.revokedAt !== null) return null;
  const a = Buffer.from(record.hash, "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b) ? record : null;
}
