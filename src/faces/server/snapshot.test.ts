import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putIncident } from "../../../test/support/put-incident.js";
import { createTestServer, type TestServer } from "../../../test/support/server.js";
import type { StoredIncident } from "../../domain/store.js";
import type { Store } from "../../storage/store.js";
import { NEWEST_KEPT, SnapshotCache } from "./snapshot.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  await putIncident(server.store, "one", { organization: "北浜市", announced: "2024-01-05" });
});
afterAll(async () => {
  await server.close();
});

/** The test store with a gate on reading every incident, and a count of full reads. */
function gatedStore() {
  let open: () => void = () => {};
  let gate = Promise.resolve();
  const state = { reads: 0 };
  const store = Object.create(server.store) as Store;
  const real = server.store;
  Object.assign(store, {
    async *allIncidents(): AsyncIterable<StoredIncident> {
      state.reads++;
      await gate;
      yield* real.allIncidents();
    },
    sourceCount: real.sourceCount.bind(real),
    listIncidents: real.listIncidents.bind(real),
  });
  return {
    store,
    state,
    close: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    open: () => open(),
  };
}

describe("SnapshotCache", () => {
  it("reads the store once for concurrent requests and again only after a change", async () => {
    const g = gatedStore();
    const cache = new SnapshotCache(g.store);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(g.state.reads).toBe(1);
    expect(a.entries).toHaveLength(1);
    expect(await cache.get()).toBe(a);
    expect(g.state.reads).toBe(1);
    await putIncident(server.store, "two", { organization: "南浜町", announced: "2024-02-01" });
    const fresh = await cache.get();
    expect(g.state.reads).toBe(2);
    expect(fresh.entries).toHaveLength(2);
    expect(fresh.newestIds[0]).toBeGreaterThan(fresh.newestIds[1]!);
    expect(fresh.newestIds.length).toBeLessThanOrEqual(NEWEST_KEPT);
  });

  it("answers from the previous snapshot while a slow reload runs, then from the new one", async () => {
    const g = gatedStore();
    const cache = new SnapshotCache(g.store, { staleAfterMs: 20 });
    const first = await cache.get();
    g.close();
    await putIncident(server.store, "three", { organization: "西浜村", announced: "2024-03-01" });
    expect(await cache.get()).toBe(first);
    g.open();
    let next = await cache.get();
    for (let i = 0; i < 100 && next === first; i++) next = await cache.get();
    expect(next.entries).toHaveLength(first.entries.length + 1);
    expect(g.state.reads).toBe(2);
  });

  it("reloads a snapshot older than its maximum age (writes no count reveals)", async () => {
    let now = 0;
    const g = gatedStore();
    const cache = new SnapshotCache(g.store, { maxAgeMs: 1000, clock: () => now });
    const first = await cache.get();
    now = 999;
    expect(await cache.get()).toBe(first);
    now = 1000;
    expect(await cache.get()).not.toBe(first);
    expect(g.state.reads).toBe(2);
  });
});
