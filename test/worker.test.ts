/**
 * With PostgreSQL, `roei ingest --queue` enqueues and several `roei worker` processes share the jobs (pg-boss): two
 * workers against the local server process every file once between them. Skipped when PostgreSQL is unreachable.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/storage/open.js";
import { writeArticles } from "./support/corpus.js";
import { admin, adminUrl, createUtf8Database, databaseUrl, dropDatabase } from "./support/postgres.js";

const database = `roei_worker_${process.pid}_${Date.now().toString(36)}`;
const root = mkdtempSync(join(tmpdir(), "roei-worker-"));
const CLI = join(import.meta.dirname, "support", "cli.ts");

const unreachable = await admin("SELECT 1");

const dbUrl = () => databaseUrl(database);

function cli(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DATABASE_URL: dbUrl() },
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe.skipIf(unreachable !== null)("roei worker on PostgreSQL", () => {
  beforeAll(async () => {
    await createUtf8Database(database);
  });
  afterAll(async () => {
    await dropDatabase(database);
    rmSync(root, { recursive: true, force: true });
  });

  it("shares queued ingestion jobs between two workers, each file ingested once", async () => {
    const dir = join(root, "articles");
    writeArticles(dir, 60, 3);
    const queued = await cli(["ingest", "--queue", dir]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toContain("60 jobs enqueued");
    const [a, b] = await Promise.all([
      cli(["worker", "--exit-when-idle", "3"]),
      cli(["worker", "--exit-when-idle", "3"]),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const done = [a, b].map((r) => Number(/worker done, (\d+) job/.exec(r.stderr)?.[1] ?? -1));
    expect(done[0]! + done[1]!).toBe(60);
    expect(done.every((n) => n > 0)).toBe(true);
    const store = await openStore({ databaseUrl: dbUrl() });
    try {
      const keys = new Set<string>();
      let n = 0;
      for await (const s of store.allSources()) {
        n++;
        keys.add(s.key);
      }
      expect(n).toBe(60);
      expect(keys.size).toBe(60);
    } finally {
      await store.close();
    }
  }, 180_000);
});

describe.skipIf(unreachable === null)("roei worker on PostgreSQL (skipped)", () => {
  it.skip(`PostgreSQL is not reachable at ${adminUrl} (${unreachable})`, () => {});
});
