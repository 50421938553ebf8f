/**
 * @module Warm-up: right after `roei serve` listens, the whole-store views are computed in the background (the
 * statistics snapshot, the facet index with the organizations, the campaigns), one after the other, so the first
 * visitor of 統計, a facet list or キャンペーン does not wait for a whole-store read (seconds at 100,000 incidents).
 * Nothing waits for it: requests are served meanwhile (the whole-store reads give the event loop a turn every few
 * hundred incidents), and a request that needs a view before it is ready shares the computation already running
 * instead of starting another. Two steps are one synchronous block each and pause every request while they run: the
 * facet index's read (one SQLite query, about 3 s at 100,000 incidents on the 2-core machine) and toCampaigns (about
 * 3.5 s); both would otherwise fall on the first visitor of the list or the campaigns.
 */
import type { Store } from "../../storage/store.js";
import { storeCampaigns } from "./campaign-cache.js";
import { snapshotsOf } from "./snapshot.js";
import { statsFor, statsPageFor, statsQuerySchema } from "./stats-view.js";

/** How long each view took, in milliseconds. */
export type WarmUpTimes = { readonly snapshot: number; readonly facets: number; readonly campaigns: number };

const STEPS: readonly (readonly [keyof WarmUpTimes, (store: Store) => Promise<unknown>])[] = [
  ["facets", (store) => Promise.all([store.incidentFacets({}), store.listOrganizations({ limit: 1 })])],
  [
    "snapshot",
    async (store) => {
      // The snapshot, then the two reports a first visitor asks for: 統計 and GET /api/stats without parameters.
      const snapshot = await snapshotsOf(store).get();
      const q = statsQuerySchema.parse({});
      statsPageFor(snapshot, q);
      await turn();
      statsFor(snapshot, q);
    },
  ],
  ["campaigns", (store) => storeCampaigns(store, { waitMs: Number.POSITIVE_INFINITY })],
];

/** Gives waiting requests a turn of the event loop. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Computes every whole-store view of the store once; resolves with the time of each. A view that fails is logged and
 * left to be computed on first use (the warm-up never stops the server).
 */
export async function warmUp(
  store: Store,
  log: (line: string) => void = () => undefined,
  clock: () => number = () => performance.now(),
): Promise<WarmUpTimes> {
  const times = { snapshot: 0, facets: 0, campaigns: 0 };
  for (const [name, step] of STEPS) {
    await turn();
    const began = clock();
    try {
      await step(store);
    } catch (error) {
      log(`warm-up: ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    times[name] = Math.round(clock() - began);
  }
  return times;
}
