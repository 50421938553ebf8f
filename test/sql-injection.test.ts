/**
 * SQL-injection strings in every query parameter of every GET route the OpenAPI document lists (so new routes are
 * covered as they are added), in path parameters, and in the pages' parameters: each answer is a normal 200 or a 400
 * (JSON `{ error: { code, message } }` from the API), never a 500, and the store holds the same incidents afterwards.
 * On SQLite always; on PostgreSQL too when DATABASE_URL is set.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/faces/server/app.js";
import { DEFAULT_CONFIG } from "../src/faces/server/context.js";
import { browseQueryParameters } from "../src/faces/server/web/browse-pages.js";
import { ingestDocument } from "../src/ingest/ingest-source.js";
import { toKey } from "../src/pipeline/extract/aliases.js";
import type { Store } from "../src/storage/store.js";
import { createTestServer, type Json, SERVER_ARTICLES, TEST_NOW } from "./support/server.js";

/** Hostile strings: SQL quoting and comments, stacked statements, UNION, LIKE and FTS5 syntax, NUL, long input. */
const CORPUS: readonly string[] = [
  "' OR 1=1 --",
  '"; DROP TABLE incidents; --',
  "%' UNION SELECT name, sql FROM sqlite_master --",
  "1 UNION SELECT password FROM users",
  "1; DELETE FROM sources",
  "\\",
  "\\'; --",
  "a\u0000b",
  "\u0000",
  "x".repeat(5000),
  "県".repeat(300),
  "\u2018 OR \u20181\u2019=\u20191",
  "\uff07 OR 1=1 --",
  "NEAR(a b)",
  '"',
  "*",
  "col:val",
  'grams : "不正"',
  "incident_fts MATCH 'x'",
  "%",
  "_",
  "$1",
  "?",
  "-1",
  "99999999999999999999",
  "0x7fffffff",
  "2024-01-01' --",
  "流出' AND '1'='1",
];

type Route = { readonly path: string; readonly params: readonly string[]; readonly required: Record<string, string> };

/** Every GET route of the OpenAPI document, with its query parameters, path parameters filled with a stand-in. */
function toRoutes(doc: Json): Route[] {
  const routes: Route[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    const get = item.get;
    if (!get) continue;
    const parameters: Json[] = get.parameters ?? [];
    const query = parameters.filter((p) => p.in === "query");
    const required: Record<string, string> = {};
    for (const p of query.filter((q) => q.required)) required[p.name] = p.schema?.enum?.[0] ?? "1";
    routes.push({ path: `/api${path}`, params: query.map((p) => p.name), required });
  }
  return routes;
}

/** The same route with each `{param}` replaced by `value`. */
function fillPath(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(value));
}

async function snapshot(store: Store): Promise<string[]> {
  const keys: string[] = [];
  for await (const i of store.allIncidents()) keys.push(`${i.id}:${i.key}:${i.organization}:${i.updatedAt}`);
  return [...keys, `sources=${await store.sourceCount()}`];
}

type App = { request(path: string): Response | Promise<Response> };

async function expectSafe(app: App, url: string, api: boolean): Promise<void> {
  const res = await app.request(url);
  const where = `${url.slice(0, 160)} → ${res.status}`;
  expect([200, 400, 404], where).toContain(res.status);
  if (res.status === 200 && api) expect(res.headers.get("content-type") ?? "", where).not.toBe("");
  if (res.status >= 400 && api) {
    const body: Json = await res.json();
    expect(body, where).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(body.error.message, where).not.toMatch(/\n|at .*\.[jt]s:\d+/);
  } else {
    await res.arrayBuffer();
  }
}

function describeInjection(
  engine: string,
  open: () => Promise<{ app: App; store: Store; close: () => Promise<void> }>,
) {
  describe(`SQL injection in every GET parameter (${engine})`, () => {
    let server: { app: App; store: Store; close: () => Promise<void> };
    let before: string[];
    beforeAll(async () => {
      server = await open();
      before = await snapshot(server.store);
    });
    afterAll(async () => {
      await server?.close();
    });

    it("answers 200 or a JSON 400 for every API query and path parameter, never 500", async () => {
      const doc: Json = await (await server.app.request("/api/openapi.json")).json();
      const routes = toRoutes(doc);
      expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(["/api/incidents", "/api/organizations"]));
      let sent = 0;
      for (const route of routes) {
        for (const value of CORPUS) {
          if (route.path.includes("{")) {
            await expectSafe(server.app, fillPath(route.path, value), true);
            sent++;
          }
          for (const name of route.params) {
            const params = new URLSearchParams({ ...route.required, [name]: value });
            await expectSafe(server.app, `${fillPath(route.path, "1")}?${params}`, true);
            sent++;
          }
        }
      }
      expect(sent).toBeGreaterThan(CORPUS.length * 20);
      expect(await snapshot(server.store)).toEqual(before);
    }, 120_000);

    it("answers the pages' parameters with a page or a 400, never 500", async () => {
      for (const [path, params] of browseQueryParameters()) {
        for (const value of CORPUS) {
          await expectSafe(server.app, fillPath(path, value), false);
          for (const name of params) {
            await expectSafe(server.app, `${fillPath(path, "1")}?${new URLSearchParams({ [name]: value })}`, false);
          }
        }
      }
      expect(await snapshot(server.store)).toEqual(before);
    }, 120_000);

    it("still finds the incidents afterwards", async () => {
      const res = await server.app.request(`/api/incidents?q=${encodeURIComponent("流出")}`);
      expect(((await res.json()) as Json).total).toBeGreaterThan(0);
    });
  });
}

const NO_LIMIT = { rateLimit: { windowMs: 60_000, max: 1_000_000 } };

describeInjection("SQLite", () => createTestServer({ articles: SERVER_ARTICLES, config: NO_LIMIT }));

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const database = `roei_sqli_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  describeInjection("PostgreSQL", async () => {
    await admin(
      `CREATE DATABASE ${database} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
    );
    const url = new URL(databaseUrl);
    url.pathname = `/${database}`;
    const { openPostgresStore } = await import("../src/storage/postgres/pg-store.js");
    const store = await openPostgresStore(url.toString(), { nameKey: toKey });
    await store.migrate();
    const now = () => TEST_NOW;
    for (const [key, text] of SERVER_ARTICLES) {
      await ingestDocument({ name: key, bytes: new TextEncoder().encode(text), contentType: "text/plain" }, key, {
        store,
        now,
      });
    }
    const app = createApp({ store, config: { ...DEFAULT_CONFIG, ...NO_LIMIT }, now });
    return {
      app,
      store,
      close: async () => {
        await store.close();
        await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      },
    };
  });
}
