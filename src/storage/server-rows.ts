/** @module Rows of the server's tables (tokens, watchlists), both engines → domain objects. */
import type { TokenRecord, TokenRole, Watchlist } from "./store.js";

export type TokenRow = {
  readonly id: number;
  readonly role: string;
  readonly name: string;
  readonly hash: string;
  readonly created_at: string;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
};

export function toTokenRecord(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    role: row.role as TokenRole,
    name: row.name,
    hash: row.hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export type WatchlistRow = {
  readonly id: number;
  readonly name: string;
  readonly query: string;
  readonly webhook_url: string;
  readonly created_at: string;
  readonly last_incident_id: number;
  readonly last_error: string | null;
};

export function toWatchlist(row: WatchlistRow): Watchlist {
  return {
    id: row.id,
    name: row.name,
    query: JSON.parse(row.query) as Record<string, string>,
    webhookUrl: row.webhook_url,
    createdAt: row.created_at,
    lastIncidentId: row.last_incident_id,
    lastError: row.last_error,
  };
}
