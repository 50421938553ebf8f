/**
 * @module Watchlists: a saved list query and a webhook. After each ingest, the incidents added since a watchlist's
 * last checked id are matched against its query (the store's own semantics, storage/incident-match.ts) and the matches
 * are POSTed as one JSON message through the fetcher's address guard. A failure is recorded and retried next time (the
 * checked id does not move).
 */
import { z } from "@hono/zod-openapi";
import type { Result } from "../../domain/issue.js";
import type { StoredIncident } from "../../domain/store.js";
import { type PostFailure, postJson } from "../../pipeline/fetch/post.js";
import { matchesQuery } from "../../storage/incident-match.js";
import type { SearchSource } from "../../storage/search-document.js";
import type { Store, Watchlist } from "../../storage/store.js";
import { listQuerySchema, toIncidentQuery } from "./api/query.js";
import { type IncidentSummary, toIncidentSummary } from "./api/schemas.js";

/** The list parameters a watchlist keeps: those of /api/incidents without sort and paging. */
export const watchQuerySchema = listQuerySchema.omit({ sort: true, order: true, limit: true, cursor: true });

export type WatchPayload = {
  readonly watchlist: { readonly id: number; readonly name: string; readonly query: Readonly<Record<string, string>> };
  readonly incidents: readonly IncidentSummary[];
};

export type Poster = (url: string, body: unknown) => Promise<Result<unknown, PostFailure>>;

/** Incidents read per step; matches per webhook message. */
const BATCH = 500;
const MAX_PER_MESSAGE = 100;

export function toWatchPayload(w: Watchlist, incidents: readonly StoredIncident[]): WatchPayload {
  return { watchlist: { id: w.id, name: w.name, query: w.query }, incidents: incidents.map(toIncidentSummary) };
}

/** The guarded POST a server uses (private addresses only when the configuration allows them). */
export function webhookPoster(allowPrivate: boolean, timeoutMs = 10_000): Poster {
  return (url, body) => postJson(url, body, { allowPrivate, timeoutMs });
}

/** Checks every watchlist once; returns how many messages were delivered. */
export async function deliverWatchlists(store: Store, post: Poster): Promise<number> {
  const sources = new Map<number, SearchSource>();
  const sourceOf = async (id: number): Promise<SearchSource[]> => {
    if (!sources.has(id)) {
      const s = await store.getSource(id);
      sources.set(id, { title: s?.title ?? null, text: s?.text ?? "" });
    }
    return [sources.get(id)!];
  };
  let delivered = 0;
  for (const w of await store.watchlists()) {
    const parsed = watchQuerySchema.safeParse(w.query);
    if (!parsed.success) {
      await store.recordWatchlistDelivery(
        w.id,
        w.lastIncidentId,
        `stored query is invalid: ${parsed.error.issues[0]?.message ?? ""}`,
      );
      continue;
    }
    const { limit: _limit, offset: _offset, ...query } = toIncidentQuery(parsed.data);
    const matches: StoredIncident[] = [];
    let after = w.lastIncidentId;
    for (;;) {
      const batch = await store.incidentsAfter(after, BATCH);
      for (const incident of batch) {
        const texts = (await Promise.all(incident.sourceIds.map(sourceOf))).flat();
        if (matchesQuery(incident, texts, query)) matches.push(incident);
      }
      const last = batch.at(-1);
      if (last === undefined) break;
      after = last.id;
      if (batch.length < BATCH) break;
    }
    const error = await deliverInParts(w, matches, post);
    if (error === null && matches.length > 0) delivered++;
    await store.recordWatchlistDelivery(w.id, error === null ? after : w.lastIncidentId, error);
  }
  return delivered;
}

/** Sends the matches in messages of at most MAX_PER_MESSAGE; the first failure, or null. */
async function deliverInParts(w: Watchlist, matches: readonly StoredIncident[], post: Poster): Promise<string | null> {
  for (let i = 0; i < matches.length; i += MAX_PER_MESSAGE) {
    const sent = await post(w.webhookUrl, toWatchPayload(w, matches.slice(i, i + MAX_PER_MESSAGE)));
    if (!sent.ok) return sent.error.message;
  }
  return null;
}

/** How a watchlist is shown by the API: its state, the webhook URL as given. */
export const watchlistSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    query: z.record(z.string(), z.string()),
    webhook_url: z.string(),
    created_at: z.string(),
    last_incident_id: z.number().int(),
    last_error: z.string().nullable(),
  })
  .openapi("Watchlist");

export function toWatchlistJson(w: Watchlist): z.infer<typeof watchlistSchema> {
  return {
    id: w.id,
    name: w.name,
    query: { ...w.query },
    webhook_url: w.webhookUrl,
    created_at: w.createdAt,
    last_incident_id: w.lastIncidentId,
    last_error: w.lastError,
  };
}
