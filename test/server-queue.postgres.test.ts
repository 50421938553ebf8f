/**
 * With PostgreSQL, `POST /api/ingest?queue=1` puts the URL on the pg-boss queue that `roei worker` takes, instead of
 * ingesting it in the request. Skipped when PostgreSQL is unreachable.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/faces/server/app.js";
import { createToken } from "../src/faces/server/auth/token.js";
import { DEFAULT_CONFIG } from "../src/faces/server/context.js";
import { INGEST_QUEUE } from "../src/ingest/queue.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/store.js";
import { admin, createUtf8Database, databaseUrl, dropDatabase } from "./support/postgres.js";

const database = `roei_squeue_${process.pid}_${Date.now().toString(36)}`;
const unreachable = await admin("SELECT 1");

describe.skipIf(unreachable !== null)("POST /api/ingest?queue=1 on PostgreSQL", () => {
  let store: Store;
  beforeAll(async () => {
    await createUtf8Database(database);
    store = await openStore({ databaseUrl: databaseUrl(database) });
  });
  afterAll(async () => {
    await store?.close();
    await dropDatabase(database);
  });

  it("enqueues a URL job for the workers (202) and refuses pasted text", async () => {
    const url = databaseUrl(database);
    const app = createApp({
      store,
      config: { ...DEFAULT_CONFIG, queueUrl: url, allowPrivate: true },
      now: () => "2026-01-01T00:00:00Z",
    });
    const token = (await createToken(store, "editor", "queue", "2026-01-01T00:00:00Z")).token;
    const post = (body: unknown) =>
      app.request("/api/ingest?queue=1", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const res = await post({ url: "http://127.0.0.1:9/news/1.html", published: "2025-04-01" });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({
      key: "http://127.0.0.1:9/news/1.html",
      status: "queued",
      error: null,
      incident_keys: [],
    });
    expect(await store.sourceCount()).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const jobs = await client.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = $1", [INGEST_QUEUE]);
      expect(jobs.rows.map((r) => r.data)).toEqual([
        { kind: "url", target: "http://127.0.0.1:9/news/1.html", published: "2025-04-01" },
      ]);
    } finally {
      await client.end();
    }
    const text = await post({ text: "本文" });
    expect(text.status).toBe(400);
    expect(((await text.json()) as { error: { message: string } }).error.message).toBe("queue=1 takes a url only");
  });
});
