/**
 * @module Campaigns of the whole store, computed lazily in the background and cached per store change token: the one
 * computation the detail (API and page) and the campaigns list (API and page) share.
 *
 * Why the whole store: a campaign needs every incident (union-find over CVEs and products, vendor names checked against
 * every organization, groups split in time), so keys computed from one incident's neighbours could differ from the
 * keys the campaigns page shows. Computing them all once and sharing the result keeps keys identical everywhere.
 *
 * Cost: at 100,000 incidents reading them takes seconds (scripts/bench-analysis.mjs), so no request waits longer
 * than `waitMs` (default 2 s; the campaigns list passes `Infinity` and always gets a fresh result): a small store
 * answers fresh at once; a large one answers with the previous result ("stale") or, before the first result exists,
 * with none ("pending") while the computation goes on. `roei serve` starts the first computation right after it
 * listens (warm-up), so the first visitor rarely sees "pending". The read gives
 * the event loop a turn every few hundred incidents so other requests go on meanwhile; toCampaigns itself is one
 * synchronous step (about 3.5 s at 100,000 incidents on the 2-core machine), a known pause a worker thread would
 * remove.
 *
 * Generation: `Store.changeToken()`, which every committed write moves (ingest or correction, any process); a result
 * is fresh when the token read before its computation began is still the store's token. When a computation took
 * 250 ms or more, the next starts no sooner than 10 × that after it (never back to back on a large store being fed),
 * except for a caller that waits for a fresh result (`waitMs: Infinity`).
 */
import { type Campaign, toCampaigns } from "../../analysis/campaigns.js";
import type { Store } from "../../storage/store.js";
import { type SlimIncident, toSlimIncident } from "../cli/read-incidents.js";

export type CampaignState = "fresh" | "stale" | "pending";

/** A campaign with the ids of its members' incidents (for links). */
export type LinkedCampaign = Omit<Campaign, "members"> & {
  readonly members: readonly (Campaign["members"][number] & { readonly id: number | null })[];
};

export type StoreCampaignsView = { readonly campaigns: readonly LinkedCampaign[]; readonly state: CampaignState };

type Cache = {
  /** The change token `campaigns` was computed for. */
  generation: string | null;
  campaigns: readonly LinkedCampaign[] | null;
  running: { readonly generation: string; readonly done: Promise<void> } | null;
  lastStart: number;
  lastDurationMs: number;
};

const CACHES = new WeakMap<Store, Cache>();

export const CAMPAIGN_WAIT_MS = 2000;
/** A recomputation waits this many times the previous one's duration after that one started… */
const BACKOFF = 10;
/** …when that one took at least this long (a small store recomputes at once). */
const SLOW_MS = 250;

function cacheOf(store: Store): Cache {
  let cache = CACHES.get(store);
  if (cache === undefined) {
    cache = { generation: null, campaigns: null, running: null, lastStart: -Infinity, lastDurationMs: 0 };
    CACHES.set(store, cache);
  }
  return cache;
}

/** Computations a caller waiting for a fresh result sits through at most. */
const FRESH_ROUNDS = 3;

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
  cache.lastStart = began;
  const done = readAllYielding(store)
    .then((incidents) => {
      cache.campaigns = toLinkedCampaigns(incidents);
      cache.generation = generation;
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

/** Every campaign of the incidents, its members carrying their incident ids. */
export function toLinkedCampaigns(incidents: readonly SlimIncident[]): LinkedCampaign[] {
  const ids = new Map(incidents.map((i) => [i.key, i.id] as const));
  return toCampaigns(incidents).map((c) => ({
    ...c,
    members: c.members.map((m) => ({ ...m, id: ids.get(m.key) ?? null })),
  }));
}

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  if (!Number.isFinite(ms)) return promise;
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    void promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Every campaign of the store (toCampaigns with its defaults), from the cache when the store has not changed. With
 * `waitMs: Infinity` the answer is always fresh: a computation running for an older token is waited for, then one
 * for the current token (the back-off does not apply).
 */
export async function storeCampaigns(
  store: Store,
  options: { readonly waitMs?: number; readonly clock?: () => number } = {},
): Promise<StoreCampaignsView> {
  const clock = options.clock ?? Date.now;
  const waitMs = options.waitMs ?? CAMPAIGN_WAIT_MS;
  const cache = cacheOf(store);
  for (let round = 1; ; round++) {
    const generation = await store.changeToken();
    if (cache.generation === generation && cache.campaigns !== null) {
      return { campaigns: cache.campaigns, state: "fresh" };
    }
    const backoff = cache.lastDurationMs >= SLOW_MS ? BACKOFF * cache.lastDurationMs : 0;
    const due = cache.campaigns === null || clock() - cache.lastStart >= backoff || !Number.isFinite(waitMs);
    if (cache.running === null && due) start(store, cache, generation, clock);
    const running = cache.running;
    if (running !== null) await waitAtMost(running.done, waitMs);
    // Waiting for a fresh result: once the computation for this token is done, read the token again (a few rounds: a
    // computation that fails, or a store written faster than it computes, ends with the result there is).
    if (!Number.isFinite(waitMs) && running !== null && round < FRESH_ROUNDS) continue;
    if (cache.campaigns === null) return { campaigns: [], state: "pending" };
    return { campaigns: cache.campaigns, state: cache.generation === generation ? "fresh" : "stale" };
  }
}

/** Starts computing the campaigns in the background when they are not cached for the store's current token. */
export function warmCampaigns(store: Store): Promise<void> {
  return storeCampaigns(store, { waitMs: 0 }).then(() => undefined);
}

/** The campaigns an incident belongs to. */
export function campaignsOfIncident<C extends Campaign | LinkedCampaign>(
  campaigns: readonly C[],
  incidentKey: string,
): readonly C[] {
  return campaigns.filter((c) => c.members.some((m) => m.key === incidentKey));
}
