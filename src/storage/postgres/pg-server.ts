/** @module The server's tables on PostgreSQL: feeds removed, API tokens, watchlists, incidents after an id. */
import type pg from "pg";
import { type TokenRow, toTokenRecord, toWatchlist, type WatchlistRow } from "../server-rows.js";
import type { Store } from "../store.js";
import { type IncidentRow, toIncident, toJson } from "../store-rows.js";

type ServerMethods = Pick<
  Store,
  | "removeFeed"
  | "addToken"
  | "tokens"
  | "tokenByHash"
  | "touchToken"
  | "revokeToken"
  | "addWatchlist"
  | "watchlists"
  | "removeWatchlist"
  | "recordWatchlistDelivery"
  | "latestIncidentId"
  | "incidentsAfter"
>;

export function pgServerMethods(pool: pg.Pool): ServerMethods {
  const rows = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> =>
    (await pool.query<R>(sql, params)).rows;
  const changed = async (sql: string, params: unknown[]): Promise<boolean> =>
    ((await pool.query(sql, params)).rowCount ?? 0) > 0;
  return {
    removeFeed: async (url) => {
      const found = await rows<{ url: string }>(
        `WITH items AS (DELETE FROM feed_items WHERE feed_url = $1) DELETE FROM feeds WHERE url = $1 RETURNING url`,
        [url],
      );
      return found.length > 0;
    },
    addToken: async (t) =>
      toTokenRecord(
        (
          await rows<TokenRow>(
            "INSERT INTO tokens (role, name, hash, created_at) VALUES ($1, $2, $3, $4) RETURNING *",
            [t.role, t.name, t.hash, t.createdAt],
          )
        )[0]!,
      ),
    tokens: async () => (await rows<TokenRow>("SELECT * FROM tokens ORDER BY id")).map(toTokenRecord),
    tokenByHash: async (hash) => {
      const row = (await rows<TokenRow>("SELECT * FROM tokens WHERE hash = $1", [hash]))[0];
      return row ? toTokenRecord(row) : null;
    },
    touchToken: async (id, at) => {
      await pool.query("UPDATE tokens SET last_used_at = $2 WHERE id = $1", [id, at]);
    },
    revokeToken: (id, at) =>
      changed("UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", [id, at]),
    addWatchlist: async (w) =>
      toWatchlist(
        (
          await rows<WatchlistRow>(
            `INSERT INTO watchlists (name, query, webhook_url, created_at, last_incident_id)
             VALUES ($1, $2, $3, $4, $5) RETURNING *`,
            [w.name, toJson(w.query), w.webhookUrl, w.createdAt, w.lastIncidentId],
          )
        )[0]!,
      ),
    watchlists: async () => (await rows<WatchlistRow>("SELECT * FROM watchlists ORDER BY id")).map(toWatchlist),
    removeWatchlist: (id) => changed("DELETE FROM watchlists WHERE id = $1", [id]),
    recordWatchlistDelivery: async (id, lastIncidentId, lastError) => {
      await pool.query("UPDATE watchlists SET last_incident_id = $2, last_error = $3 WHERE id = $1", [
        id,
        lastIncidentId,
        lastError,
      ]);
    },
    latestIncidentId: async () => (await rows<{ n: number | null }>("SELECT max(id) AS n FROM incidents"))[0]?.n ?? 0,
    incidentsAfter: async (afterId, limit) =>
      (
        await rows<IncidentRow>("SELECT id, organization_id, body FROM incidents WHERE id > $1 ORDER BY id LIMIT $2", [
          afterId,
          Math.max(0, Math.trunc(limit)),
        ])
      ).map(toIncident),
  };
}
