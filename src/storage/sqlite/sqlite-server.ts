/** @module The server's tables on SQLite: feeds removed, API tokens, watchlists, incidents after an id. */
import type { StoredIncident } from "../../domain/store.js";
import { type TokenRow, toTokenRecord, toWatchlist, type WatchlistRow } from "../server-rows.js";
import type { Store } from "../store.js";
import { type IncidentRow, toIncident, toJson } from "../store-rows.js";
import type { Conn } from "./sqlite-store.js";

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

/** The methods, each run through `outside` (between transactions). */
export function sqliteServerMethods(conn: Conn, outside: <T>(fn: () => T) => Promise<T>): ServerMethods {
  return {
    removeFeed: (url) =>
      outside(() => {
        conn.run("DELETE FROM feed_items WHERE feed_url = ?", url);
        return conn.run("DELETE FROM feeds WHERE url = ?", url).changes > 0;
      }),
    addToken: (t) =>
      outside(() => {
        const row = conn.get<TokenRow>(
          "INSERT INTO tokens (role, name, hash, created_at) VALUES (?, ?, ?, ?) RETURNING *",
          t.role,
          t.name,
          t.hash,
          t.createdAt,
        );
        return toTokenRecord(row!);
      }),
    tokens: () => outside(() => conn.all<TokenRow>("SELECT * FROM tokens ORDER BY id").map(toTokenRecord)),
    tokenByHash: (hash) =>
      outside(() => {
        const row = conn.get<TokenRow>("SELECT * FROM tokens WHERE hash = ?", hash);
        return row ? toTokenRecord(row) : null;
      }),
    touchToken: (id, at) => outside(() => void conn.run("UPDATE tokens SET last_used_at = ? WHERE id = ?", at, id)),
    revokeToken: (id, at) =>
      outside(
        () => conn.run("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id).changes > 0,
      ),
    addWatchlist: (w) =>
      outside(() => {
        const row = conn.get<WatchlistRow>(
          `INSERT INTO watchlists (name, query, webhook_url, created_at, last_incident_id) VALUES (?, ?, ?, ?, ?)
           RETURNING *`,
          w.name,
          toJson(w.query),
          w.webhookUrl,
          w.createdAt,
          w.lastIncidentId,
        );
        return toWatchlist(row!);
      }),
    watchlists: () => outside(() => conn.all<WatchlistRow>("SELECT * FROM watchlists ORDER BY id").map(toWatchlist)),
    removeWatchlist: (id) => outside(() => conn.run("DELETE FROM watchlists WHERE id = ?", id).changes > 0),
    recordWatchlistDelivery: (id, lastIncidentId, lastError) =>
      outside(
        () =>
          void conn.run(
            "UPDATE watchlists SET last_incident_id = ?, last_error = ? WHERE id = ?",
            lastIncidentId,
            lastError,
            id,
          ),
      ),
    latestIncidentId: () => outside(() => conn.get<{ n: number | null }>("SELECT max(id) AS n FROM incidents")?.n ?? 0),
    incidentsAfter: (afterId, limit) =>
      outside((): StoredIncident[] =>
        conn
          .all<IncidentRow>(
            "SELECT id, organization_id, body FROM incidents WHERE id > ? ORDER BY id LIMIT ?",
            afterId,
            Math.max(0, Math.trunc(limit)),
          )
          .map(toIncident),
      ),
  };
}
