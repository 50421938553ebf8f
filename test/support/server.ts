/** @module The server in process for tests: a throw-away SQLite store, articles ingested, `app.request()` to call it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { createApp, createServerContext } from "../../src/faces/server/app.js";
import { DEFAULT_CONFIG, type ServerConfig, type ServerContext } from "../../src/faces/server/context.js";
import { ingestDocument } from "../../src/ingest/ingest-source.js";
import { toKey } from "../../src/pipeline/extract/aliases.js";
import { openStore } from "../../src/storage/open.js";
import type { Store } from "../../src/storage/store.js";

export const TEST_NOW = "2026-11-24T09:00:00.000Z";

export type TestServer = {
  readonly app: Hono;
  readonly store: Store;
  /** The context the app runs on (its `cache` is the response cache). */
  readonly ctx: ServerContext;
  readonly dir: string;
  /** Closes the store and removes the database. */
  readonly close: () => Promise<void>;
};

export type TestServerOptions = {
  /** Articles to ingest first: [key, text]. */
  readonly articles?: readonly (readonly [key: string, text: string])[];
  readonly config?: Partial<ServerConfig>;
};

/** A server on a new SQLite file with `articles` ingested (as files would be, keyed as given). */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "roei-server-"));
  const store = await openStore({ db: join(dir, "roei.db"), nameKey: toKey });
  const now = () => TEST_NOW;
  for (const [key, text] of options.articles ?? []) {
    const bytes = new TextEncoder().encode(text);
    await ingestDocument({ name: key, bytes, contentType: "text/plain" }, key, { store, now });
  }
  const ctx = createServerContext({ store, config: { ...DEFAULT_CONFIG, ...options.config }, now });
  const app = createApp(ctx);
  return {
    app,
    store,
    ctx,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Two short articles in our own words about fictional organizations, for server tests. */
export const SERVER_ARTICLES: readonly (readonly [string, string])[] = [
  [
    "sample-a.txt",
    "# published: 2024-05-10\n\n北浜市は9日、市立病院の患者約1,200人分の氏名や住所が記載された名簿を紛失したと発表した。\n",
  ],
  [
    "sample-b.txt",
    "# published: 2024-07-02\n\n株式会社ミナトネットショップは1日、不正アクセスによりクレジットカード番号など最大3万件が流出した可能性があると発表した。\n",
  ],
];

/** A parsed JSON response in tests: its shape is what the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions, not by types
export type Json = any;

/** Requests `path` in process and parses the JSON answer. */
export async function requestJson(
  app: Hono,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Json, headers: res.headers };
}
