import { describe, expect, it } from "vitest";
import type { StoredIncident } from "../../domain/store.js";
import type { Store } from "../../storage/store.js";
import { storeCampaigns, warmCampaigns } from "./campaign-cache.js";

function incident(key: string, organization: string, cve: string): StoredIncident {
  return {
    id: Number(key.replace(/\D/g, "")),
    key,
    organization,
    organizationId: 1,
    organizationType: "company",
    also: [],
    announced: "2024-05-01",
    affected: { value: 100, qualifier: null, unit: "people" },
    data_items: ["name"],
    cause: "vulnerability",
    cves: [cve],
    evidence: "",
    certainty: "confirmed",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
    sourceIds: [],
    reportIds: [],
    candidates: [],
    related: [],
    corrected: [],
    updatedAt: "2024-05-01T00:00:00Z",
  };
}

/**
 * A store holding `incidents`, whose whole-store read waits for `gate` when one is set; its change token moves when an
 * incident is added or `state.edits` is bumped (a correction).
 */
function fakeStore(incidents: StoredIncident[]) {
  const state = { reads: 0, edits: 0, gate: null as Promise<void> | null };
  const store = {
    changeToken: async () => `${incidents.length}:${state.edits}`,
    async *allIncidents() {
      state.reads++;
      if (state.gate !== null) await state.gate;
      yield* incidents.slice();
    },
  } as unknown as Store;
  return { store, state, incidents };
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const TWO = () => [
  incident("inc_1", "株式会社アオバ", "CVE-2024-0001"),
  incident("inc_2", "株式会社ミドリ", "CVE-2024-0001"),
];

describe("storeCampaigns", () => {
  it("computes once and answers fresh from the cache while the store is unchanged", async () => {
    const { store, state } = fakeStore(TWO());
    const first = await storeCampaigns(store);
    expect(first.state).toBe("fresh");
    expect(first.campaigns.map((c) => [c.key, c.members.length])).toEqual([["cve:CVE-2024-0001", 2]]);
    expect((await storeCampaigns(store)).state).toBe("fresh");
    expect(state.reads).toBe(1);
  });

  it("answers pending, not waiting long, before the first result exists", async () => {
    const { store, state } = fakeStore(TWO());
    const g = gate();
    state.gate = g.promise;
    expect(await storeCampaigns(store, { waitMs: 5 })).toEqual({ campaigns: [], state: "pending" });
    g.open();
    const after = await storeCampaigns(store, { waitMs: 1000 });
    expect(after.state).toBe("fresh");
    expect(state.reads).toBe(1);
  });

  it("answers stale with the previous result while a new store generation is computed", async () => {
    let now = 0;
    const clock = () => now;
    const { store, state, incidents } = fakeStore(TWO());
    await storeCampaigns(store, { clock });
    incidents.push(incident("inc_3", "株式会社ハヤテ", "CVE-2024-0001"));
    const g = gate();
    state.gate = g.promise;
    const stale = await storeCampaigns(store, { clock, waitMs: 5 });
    expect(stale.state).toBe("stale");
    expect(stale.campaigns[0]?.members).toHaveLength(2);
    g.open();
    now = 10;
    const fresh = await storeCampaigns(store, { clock, waitMs: 1000 });
    expect(fresh.state).toBe("fresh");
    expect(fresh.campaigns[0]?.members).toHaveLength(3);
  });

  it("after a slow computation, waits 10 × its duration before the next, unless the caller waits for fresh", async () => {
    let now = 0;
    const clock = () => now;
    const { store, state, incidents } = fakeStore(TWO());
    const g = gate();
    state.gate = g.promise;
    const pending = storeCampaigns(store, { clock, waitMs: 1000 });
    await new Promise((r) => setTimeout(r, 5));
    now = 1000; // the computation takes 1 s
    g.open();
    expect((await pending).state).toBe("fresh");
    state.gate = null;
    incidents.push(incident("inc_3", "株式会社ハヤテ", "CVE-2024-0001"));
    now = 5000;
    expect((await storeCampaigns(store, { clock })).state).toBe("stale");
    expect(state.reads).toBe(1);
    now = 10_000;
    const g2 = gate();
    state.gate = g2.promise;
    const second = storeCampaigns(store, { clock, waitMs: 1000 });
    await new Promise((r) => setTimeout(r, 5));
    now = 11_000; // this one takes 1 s too
    g2.open();
    expect((await second).state).toBe("fresh");
    expect(state.reads).toBe(2);
    state.gate = null;
    state.edits++; // a correction: still within the back-off for an ordinary reader
    now = 12_000;
    expect((await storeCampaigns(store, { clock })).state).toBe("stale");
    const fresh = await storeCampaigns(store, { clock, waitMs: Number.POSITIVE_INFINITY });
    expect(fresh.state).toBe("fresh");
    expect(state.reads).toBe(3);
  });

  it("does not call a result fresh when the store was edited while it was being computed", async () => {
    const { store, state } = fakeStore(TWO());
    const g = gate();
    state.gate = g.promise;
    const first = storeCampaigns(store, { waitMs: 5 });
    expect((await first).state).toBe("pending");
    state.edits++; // a correction commits while the first computation reads
    g.open();
    await new Promise((r) => setTimeout(r, 10));
    state.gate = null;
    const next = await storeCampaigns(store);
    expect(next.state).toBe("fresh");
    expect(state.reads).toBe(2);
  });

  it("waiting for fresh sits through a computation for an older token, then computes for the current one", async () => {
    const { store, state, incidents } = fakeStore(TWO());
    const g = gate();
    state.gate = g.promise;
    await warmCampaigns(store); // the warm-up starts a computation and returns at once
    expect(state.reads).toBe(1);
    incidents.push(incident("inc_3", "株式会社ハヤテ", "CVE-2024-0001"));
    const fresh = storeCampaigns(store, { waitMs: Number.POSITIVE_INFINITY });
    g.open();
    const view = await fresh;
    expect(view.state).toBe("fresh");
    expect(view.campaigns[0]?.members.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(state.reads).toBe(2);
  });

  it("ends a wait for fresh after a few failed computations with what there is", async () => {
    const { store } = fakeStore(TWO());
    let reads = 0;
    const failing = {
      ...store,
      changeToken: async () => "t",
      // biome-ignore lint/correctness/useYield: a read that fails before its first incident
      async *allIncidents() {
        reads++;
        throw new Error("disk gone");
      },
    } as unknown as Store;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (line: unknown) => void errors.push(line);
    try {
      expect(await storeCampaigns(failing, { waitMs: Number.POSITIVE_INFINITY })).toEqual({
        campaigns: [],
        state: "pending",
      });
    } finally {
      console.error = original;
    }
    expect(reads).toBe(3);
    expect(errors).toHaveLength(3);
  });
});
