/** The warm-up of `roei serve`: every whole-store view computed once, so the first visitors read them from memory. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, SERVER_ARTICLES, TEST_NOW, type TestServer } from "../../../test/support/server.js";
import type { Store } from "../../storage/store.js";
import { createApp, createServerContext } from "./app.js";
import { DEFAULT_CONFIG } from "./context.js";
import { warmUp } from "./warm-up.js";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ articles: SERVER_ARTICLES });
});
afterAll(async () => {
  await server.close();
});

/** The test store, counting its whole-store reads and facet index builds. */
function counted(store: Store) {
  const calls = { allIncidents: 0 };
  const wrapped = new Proxy(store, {
    get(target, name, receiver) {
      if (name === "allIncidents") {
        return () => {
          calls.allIncidents++;
          return target.allIncidents();
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store: wrapped, calls };
}

describe("warmUp", () => {
  it("reads the store once per whole-store view; the statistics, campaigns and facets then answer from memory", async () => {
    const { store, calls } = counted(server.store);
    const lines: string[] = [];
    const times = await warmUp(store, (line) => lines.push(line));
    expect(lines).toEqual([]);
    expect(Object.keys(times).sort()).toEqual(["campaigns", "facets", "snapshot"]);
    expect(Object.values(times).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
    expect(calls.allIncidents).toBe(2); // the statistics snapshot and the campaigns

    const app = createApp(createServerContext({ store, config: DEFAULT_CONFIG, now: () => TEST_NOW }));
    for (const path of ["/stats", "/api/stats", "/campaigns", "/api/campaigns", "/api/incidents?facets=1", "/"]) {
      expect([path, (await app.request(path)).status]).toEqual([path, 200]);
    }
    expect(calls.allIncidents).toBe(2);
  });

  it("logs a view that fails in one line and still computes the others", async () => {
    const { store, calls } = counted(server.store);
    const broken = new Proxy(store, {
      get(target, name, receiver) {
        if (name === "incidentFacets") return () => Promise.reject(new Error("index unavailable"));
        return Reflect.get(target, name, receiver);
      },
    });
    const lines: string[] = [];
    await warmUp(broken, (line) => lines.push(line));
    expect(lines).toEqual(["warm-up: facets: index unavailable"]);
    // The views are cached per store object: this one's snapshot and campaigns were computed despite the failure.
    expect(calls.allIncidents).toBe(2);
  });
});
