/**
 * @module Campaigns of the whole store, computed lazily in the background and cached per store "generation".
 *
 * Why the whole store: a campaign needs every incident (union-find over CVEs and products, vendor names checked against
 * every organization, groups split in time), so keys computed from one incident's neighbours could differ from the
 * keys the campaigns page shows. Computing them all once and sharing the result keeps keys identical everywhere.
 *
 * Cost: at 100,000 incidents reading them takes seconds (scripts/bench-analysis.mjs), so no request waits longer
 * than `waitMs` (default 2 s): a small store answers fresh at once; a large one answers with the previous result
 * ("stale") or, before the first result exists, with none ("pending") while the computation goes on. The read gives
 * the event loop a turn every few hundred incidents so other requests go on meanwhile; toCampaigns itself is one
 * synchronous step (about 3.5 s at 100,000 incidents on the 2-core machine), a known pause a worker thread would
 * remove.
 *
 * Generation: the Store interface has no change counter, so it is (incident count, source count), which every ingest
 * changes. An edit changes neither: a route that writes calls {@link invalidateCampaigns}. When a computation took
 * 250 ms or more, the next starts no sooner than 10 × that after it (never back to back on a large store being fed).
 */
import { type Campaign, toCampaigns } from "../../analysis/campaigns.js";
import type { Store } from "../../storage/store.js";
import { type SlimIncident, toSlimIncident } from "../cli/read-incidents.js";

export type CampaignState = "fresh" | "stale" | "pending";

export type CampaignView = { readonly campaigns: readonly Campaign[]; readonly state: CampaignState };

type Cache = {
  /** The generation `campaigns` was computed for (null: invalidated). */
  generation: string | null;
  campaigns: readonly Campaign[] | null;
  running: { readonly generation: string; readonly done: Promise<void> } | null;
  lastStart: number;
  lastDurationMs: number;
  /** Bumped by every invalidation: a computation that began before one does not count as fresh. */
  epoch: number;
};

const CACHES = new WeakMap<Store, Cache>();

export const CAMPAIGN_WAIT_MS = 2000;
/** A recomputation waits this many times the previous one's duration after that one started… */
const BACKOFF = 10;
/** …when that one took at least this long (a small store recomputes at once). */
const SLOW_MS = 250;

/** The store's generation: changes whenever an incident or a source is added or removed. */
async function generationOf(store: Store): Promise<string> {
  const [page, sources] = await Promise.all([store.listIncidents({ limit: 1 }), store.sourceCount()]);
  return `${page.total}:${sources}`;
}

function cacheOf(store: Store): Cache {
  let cache = CACHES.get(store);
  if (cache === undefined) {
    cache = { generation: null, campaigns: null, running: null, lastStart: -Infinity, lastDurationMs: 0, epoch: 0 };
    CACHES.set(store, cache);
  }
  return cache;
}

/** Incidents read between two turns of the event loop, so other requests are served during a long read. */
const YIELD_EVERY = 250;

/** Every incident, slimmed, giving the event loop a turn every {@link YIELD_EVERY} (SQLite reads synchronously). */
async function readAllYielding(store: Store): Promise<SlimIncident[]> {
  const incidents: SlimIncident[] = [];
  for await (const incident of store.allIncidents()) {
    incidents.push(toSlimIncident(incident));
    if (incidents.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return incidents;
}

function start(store: Store, cache: Cache, generation: string, clock: () => number): void {
  const began = clock();
  const epoch = cache.epoch;
  cache.lastStart = began;
  const done = readAllYielding(store)
    .then((incidents) => {
      cache.campaigns = toCampaigns(incidents);
      cache.generation = cache.epoch === epoch ? generation : null;
    })
    .catch((error: unknown) => {
      console.error(`roei serve: campaigns: ${error instanceof Error ? error.message : String(error)}`);
    })
    .finally(() => {
      cache.lastDurationMs = clock() - began;
      cache.running = null;
    });
  cache.running = { generation, done };
}

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    void promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Every campaign of the store (toCampaigns with its defaults), from the cache when the store has not changed. */
export async function storeCampaigns(
  store: Store,
  options: { readonly waitMs?: number; readonly clock?: () => number } = {},
): Promise<CampaignView> {
  const clock = options.clock ?? Date.now;
  const cache = cacheOf(store);
  const generation = await generationOf(store);
  if (cache.generation === generation && cache.campaigns !== null)
    return { campaigns: cache.campaigns, state: "fresh" };
  const backoff = cache.lastDurationMs >= SLOW_MS ? BACKOFF * cache.lastDurationMs : 0;
  const due = cache.campaigns === null || clock() - cache.lastStart >= backoff;
  if (cache.running === null && due) start(store, cache, generation, clock);
  if (cache.running !== null) await waitAtMost(cache.running.done, options.waitMs ?? CAMPAIGN_WAIT_MS);
  if (cache.campaigns === null) return { campaigns: [], state: "pending" };
  return { campaigns: cache.campaigns, state: cache.generation === generation ? "fresh" : "stale" };
}

/** Marks the cached campaigns of a store out of date (after a write the generation does not see, such as an edit). */
export function invalidateCampaigns(store: Store): void {
  const cache = CACHES.get(store);
  if (cache === undefined) return;
  cache.generation = null;
  cache.lastStart = -Infinity;
  cache.epoch++;
}

/** The campaigns an incident belongs to. */
export function campaignsOfIncident(campaigns: readonly Campaign[], incidentKey: string): readonly Campaign[] {
  return campaigns.filter((c) => c.members.some((m) => m.key === incidentKey));
}
