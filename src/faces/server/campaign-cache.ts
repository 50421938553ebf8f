/**
 * @module Campaigns of the whole store, computed lazily and cached per store "generation". A campaign needs every
 * incident (vendor groups, union-find over CVEs and products, splitting in time), so a campaign key computed from one
 * incident's neighbours alone could differ from the key the campaigns page shows; computing them all once and reusing
 * the result keeps keys identical everywhere.
 *
 * The Store interface has no change counter, so the generation is (incident count, source count): any ingest changes
 * it. An edit (applyCorrection) changes neither; a route that writes calls {@link invalidateCampaigns}, and as a
 * backstop a cached result older than `maxAgeMs` (default 60 s) is recomputed. Concurrent readers share one computation.
 */
import { type Campaign, toCampaigns } from "../../analysis/campaigns.js";
import type { Store } from "../../storage/store.js";
import { readSlimIncidents } from "../cli/read-incidents.js";

type Entry = { readonly generation: string; readonly at: number; readonly campaigns: Promise<readonly Campaign[]> };

const CACHE = new WeakMap<Store, Entry>();

export const CAMPAIGN_MAX_AGE_MS = 60_000;

/** The store's generation: changes whenever an incident or a source is added or removed. */
async function generationOf(store: Store): Promise<string> {
  const [page, sources] = await Promise.all([store.listIncidents({ limit: 1 }), store.sourceCount()]);
  return `${page.total}:${sources}`;
}

/** Every campaign of the store (toCampaigns with its defaults), from the cache when the store has not changed. */
export async function storeCampaigns(
  store: Store,
  options: { readonly maxAgeMs?: number; readonly clock?: () => number } = {},
): Promise<readonly Campaign[]> {
  const clock = options.clock ?? Date.now;
  const generation = await generationOf(store);
  const cached = CACHE.get(store);
  const fresh = cached && clock() - cached.at <= (options.maxAgeMs ?? CAMPAIGN_MAX_AGE_MS);
  if (cached && fresh && cached.generation === generation) return cached.campaigns;
  const campaigns = readSlimIncidents(store).then((incidents) => toCampaigns(incidents));
  CACHE.set(store, { generation, at: clock(), campaigns });
  // A failed computation is not cached: the next reader tries again.
  campaigns.catch(() => {
    if (CACHE.get(store)?.campaigns === campaigns) CACHE.delete(store);
  });
  return campaigns;
}

/** Forgets the cached campaigns of a store (call after a write the generation does not see, such as a correction). */
export function invalidateCampaigns(store: Store): void {
  CACHE.delete(store);
}

/** The campaigns an incident belongs to. */
export function campaignsOfIncident(campaigns: readonly Campaign[], incidentKey: string): readonly Campaign[] {
  return campaigns.filter((c) => c.members.some((m) => m.key === incidentKey));
}
