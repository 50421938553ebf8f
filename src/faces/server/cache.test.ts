import { join } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestServer,
  type Json,
  requestJson,
  SERVER_ARTICLES,
  TEST_NOW,
  type TestServer,
} from "../../../test/support/server.js";
import { ingestDocument } from "../../ingest/ingest-source.js";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import { parseServeArgs } from "../cli/serve-main.js";
import { createApp } from "./app.js";
import { cacheKey, createResponseCache, matchesEtag } from "./cache.js";
import { DEFAULT_CONFIG } from "./context.js";
import { parseRateLimit, rateLimit } from "./guards.js";

/** A third article, in our own words about a fictional school, written after the server started. */
const LATE_ARTICLE =
  "# published: 2024-09-03\n\n南丘学園は2日、生徒約300人分の氏名と成績が記載されたUSBメモリを紛失したと発表した。\n";

async function ingest(store: TestServer["store"], key: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  await ingestDocument({ name: key, bytes, contentType: "text/plain" }, key, { store, now: () => TEST_NOW });
}

const LIST_URLS = [
  "/api/incidents",
  `/api/incidents?q=${encodeURIComponent("市")}`,
  "/api/incidents?sort=affected&order=asc",
  "/api/incidents?limit=1",
  `/?q=${encodeURIComponent("流出")}`,
  "/",
];

describe("the response cache of the list routes", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ articles: SERVER_ARTICLES });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers the same bytes as an uncached server, and answers repeats from the cache", async () => {
    const uncached = createApp({
      store: server.store,
      config: { ...DEFAULT_CONFIG, cache: { maxEntries: 0, maxBytes: 0 } },
      now: () => TEST_NOW,
    });
    for (const url of LIST_URLS) {
      const expected = await (await uncached.request(url)).text();
      const first = await server.app.request(url);
      const hitsBefore = server.ctx.cache.stats().hits;
      const second = await server.app.request(url);
      expect(first.status).toBe(200);
      expect(await first.text()).toBe(expected);
      expect(await second.text()).toBe(expected);
      expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
      expect(server.ctx.cache.stats().hits).toBe(hitsBefore + 1);
    }
  });

  it("keeps the security headers on answers from the cache", async () => {
    await server.app.request("/api/incidents");
    const res = await server.app.request("/api/incidents");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keys pages by language: the English page is not served to a Japanese reader", async () => {
    const ja = await (await server.app.request("/")).text();
    const en = await (await server.app.request("/", { headers: { cookie: "lang=en" } })).text();
    expect(ja).toContain("インシデント一覧");
    expect(en).toContain("Incidents");
    expect(en).not.toContain("インシデント一覧");
    expect(await (await server.app.request("/")).text()).toBe(ja);
  });

  it("never answers a language switch from the cache (it sets the cookie), nor keeps errors", async () => {
    await server.app.request("/", { headers: { cookie: "lang=en" } });
    const before = server.ctx.cache.stats().entries;
    for (let i = 0; i < 2; i++) {
      const switched = await server.app.request("/?lang=en");
      expect(switched.headers.get("set-cookie")).toContain("lang=en");
      expect(await switched.text()).toContain("Incidents");
    }
    expect((await server.app.request("/api/incidents?cause=nonsense")).status).toBe(400);
    expect(server.ctx.cache.stats().entries).toBe(before);
  });

  it("sees a write through the context once the route calls ctx.cache.invalidate()", async () => {
    const before = (await requestJson(server.app, "/api/incidents")).body.total;
    const generation = server.ctx.cache.stats().generation;
    await ingest(server.store, "late.txt", LATE_ARTICLE);
    server.ctx.cache.invalidate();
    expect(server.ctx.cache.stats()).toMatchObject({ entries: 0, generation: generation + 1 });
    const after = (await requestJson(server.app, "/api/incidents")).body;
    expect(after.total).toBe(before + 1);
    expect(after.items.map((i: Json) => i.organization)).toContain("南丘学園");
  });

  it("sees a write by another connection to the same SQLite file (its change token moves)", async () => {
    const before = (await requestJson(server.app, "/api/incidents")).body.total;
    const token = await server.store.changeToken();
    const other = await openStore({ db: join(server.dir, "roei.db"), nameKey: toKey });
    try {
      await ingest(
        other,
        "other.txt",
        "# published: 2024-10-01\n\n株式会社ヒガシ運輸は30日、配送先約50件の住所が閲覧できる状態だったと発表した。\n",
      );
    } finally {
      await other.close();
    }
    expect(await server.store.changeToken()).not.toBe(token);
    const after = (await requestJson(server.app, "/api/incidents")).body;
    expect(after.total).toBe(before + 1);
    expect(after.items.map((i: Json) => i.organization)).toContain("株式会社ヒガシ運輸");
  });

  it("answers If-None-Match with 304, and with 200 and a new ETag after a change", async () => {
    const first = await server.app.request("/api/incidents");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const again = await server.app.request("/api/incidents", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const page = await server.app.request("/");
    const pageAgain = await server.app.request("/", { headers: { "if-none-match": page.headers.get("etag")! } });
    expect(pageAgain.status).toBe(304);
    expect(page.headers.get("vary")).toBe("Cookie");

    await ingest(
      server.store,
      "later.txt",
      "# published: 2024-11-05\n\n西浦町は4日、町民約80人分の電話番号を誤って送信したと発表した。\n",
    );
    server.ctx.cache.invalidate();
    const changed = await server.app.request("/api/incidents", { headers: { "if-none-match": etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("gives ETags and 304 with the cache off too", async () => {
    const off = await createTestServer({
      articles: SERVER_ARTICLES,
      config: { cache: { maxEntries: 0, maxBytes: 0 } },
    });
    try {
      const first = await off.app.request("/api/incidents");
      const again = await off.app.request("/api/incidents", {
        headers: { "if-none-match": first.headers.get("etag")! },
      });
      expect(again.status).toBe(304);
      expect(off.ctx.cache.stats()).toMatchObject({ hits: 0, entries: 0 });
    } finally {
      await off.close();
    }
  });

  it("does not answer a request with a token from the cache", async () => {
    await server.app.request("/api/incidents");
    const hits = server.ctx.cache.stats().hits;
    const res = await server.app.request("/api/incidents", { headers: { authorization: "Bearer x" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeNull();
    expect(server.ctx.cache.stats().hits).toBe(hits);
  });
});

/** A tiny app whose one route counts how often it ran, behind a cache with a token the test moves. */
function counterApp(options: { maxEntries?: number; maxBytes?: number; checkEveryMs?: number } = {}) {
  let token = "t0";
  let clock = 0;
  let runs = 0;
  const cache = createResponseCache({
    maxEntries: options.maxEntries ?? 10,
    maxBytes: options.maxBytes ?? 1_000_000,
    checkEveryMs: options.checkEveryMs ?? 0,
    changeToken: async () => token,
    now: () => clock,
  });
  const app = new Hono();
  app.use("/n", cache.middleware());
  app.get("/n", async (c) => {
    runs += 1;
    const run = runs;
    await new Promise((resolve) => setTimeout(resolve, Number(c.req.query("delay") ?? 0)));
    return c.json({ size: c.req.query("size") ?? "", runs: run, pad: "x".repeat(Number(c.req.query("pad") ?? 0)) });
  });
  const get = async (path: string) => (await (await app.request(path)).json()) as { runs: number };
  return {
    cache,
    get,
    runs: () => runs,
    setToken: (t: string) => {
      token = t;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe("createResponseCache", () => {
  it("normalizes keys: parameter order and empty parameters do not matter; language does", () => {
    const a = cacheKey("http://h/api/incidents?q=%E7%9C%8C&sort=affected&cursor=", "ja");
    expect(cacheKey("http://h/api/incidents?sort=affected&q=県", "ja")).toBe(a);
    expect(cacheKey("http://h/api/incidents?q=市&sort=affected&q=県", "ja")).toBe(a);
    expect(cacheKey("http://h/api/incidents?sort=affected&q=県", "en")).not.toBe(a);
    expect(cacheKey("http://h/api/incidents?sort=announced&q=県", "ja")).not.toBe(a);
  });

  it("compares If-None-Match lists, weak tags and *", () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag("*", '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });

  it("drops the least recently used answer beyond maxEntries", async () => {
    const t = counterApp({ maxEntries: 2 });
    await t.get("/n?size=1");
    await t.get("/n?size=2");
    await t.get("/n?size=1"); // 1 is now the most recent
    await t.get("/n?size=3"); // evicts 2
    expect(t.cache.stats().entries).toBe(2);
    const runs = t.runs();
    await t.get("/n?size=1");
    await t.get("/n?size=3");
    expect(t.runs()).toBe(runs);
    await t.get("/n?size=2");
    expect(t.runs()).toBe(runs + 1);
  });

  it("keeps the bodies within maxBytes and never keeps one larger than it", async () => {
    const t = counterApp({ maxBytes: 300 });
    await t.get("/n?pad=100&size=a");
    await t.get("/n?pad=100&size=b");
    await t.get("/n?pad=100&size=c");
    expect(t.cache.stats().bytes).toBeLessThanOrEqual(300);
    expect(t.cache.stats().entries).toBe(2);
    await t.get("/n?pad=500");
    await t.get("/n?pad=500");
    expect(t.cache.stats().bytes).toBeLessThanOrEqual(300);
    expect(t.runs()).toBe(5);
  });

  it("computes a URL once for concurrent misses; a change meanwhile makes later requests compute again", async () => {
    const t = counterApp();
    const first = await Promise.all([1, 2, 3, 4, 5].map(() => t.get("/n?delay=30")));
    expect(first.map((r) => r.runs)).toEqual([1, 1, 1, 1, 1]);
    const slow = t.get("/n?delay=30&v=2");
    while (t.runs() < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    t.cache.invalidate(); // a write while /n?v=2 is computed: what it read may be old
    const after = t.get("/n?delay=30&v=2");
    expect((await slow).runs).toBe(2);
    expect((await after).runs).toBe(3);
    expect((await t.get("/n?delay=30&v=2")).runs).toBe(3); // the answer computed after the change is kept
  });

  it("drops everything when the change token moves", async () => {
    const t = counterApp();
    expect((await t.get("/n")).runs).toBe(1);
    expect((await t.get("/n")).runs).toBe(1);
    t.setToken("t1");
    expect((await t.get("/n")).runs).toBe(2);
  });

  it("reads the token at most every checkEveryMs: a change by another process shows within that bound", async () => {
    const t = counterApp({ checkEveryMs: 500 });
    expect((await t.get("/n")).runs).toBe(1);
    t.setToken("t1");
    t.advance(499);
    expect((await t.get("/n")).runs).toBe(1); // within the bound: still the kept answer
    t.advance(1);
    expect((await t.get("/n")).runs).toBe(2);
    t.cache.invalidate(); // an own write is seen at once, whatever the bound
    expect((await t.get("/n")).runs).toBe(3);
  });
});

describe("rate limit configuration", () => {
  it("reads ROEI_RATE_LIMIT: unset keeps the default, 0 turns it off, N sets it, anything else is an error", () => {
    expect(parseRateLimit(undefined, 600)).toBe(600);
    expect(parseRateLimit("0", 600)).toBe(0);
    expect(parseRateLimit(" 120 ", 600)).toBe(120);
    for (const bad of ["-1", "1.5", "ten", "1e3"]) {
      expect(parseRateLimit(bad, 600)).toMatch(/^ROEI_RATE_LIMIT must be a whole number of requests per minute/);
    }
  });

  it("plumbs it through roei serve's configuration, refusing a bad value at start-up", () => {
    const on = parseServeArgs([], { ROEI_RATE_LIMIT: "30" });
    const off = parseServeArgs(["--no-cache"], { ROEI_RATE_LIMIT: "0" });
    expect(typeof on === "string" ? on : on.config.rateLimit.max).toBe(30);
    expect(typeof off === "string" ? off : off.config.rateLimit.max).toBe(0);
    expect(typeof off === "string" ? off : off.config.cache.maxEntries).toBe(0);
    expect(parseServeArgs([], { ROEI_RATE_LIMIT: "lots" })).toMatch(/ROEI_RATE_LIMIT must be/);
  });

  it("limits per client at N and lets everything through at 0", async () => {
    const app = (max: number) => {
      const a = new Hono();
      a.use("*", rateLimit({ ...DEFAULT_CONFIG, rateLimit: { windowMs: 60_000, max } }));
      a.get("/", (c) => c.text("ok"));
      return a;
    };
    const limited = app(3);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.request("/")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const open = app(0);
    for (let i = 0; i < 1000; i++) expect((await open.request("/")).status).toBe(200);
  });
});
