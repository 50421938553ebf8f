/**
 * Crash safety and concurrency of ingestion on SQLite: ingest runs killed with SIGKILL at random moments, then resumed,
 * leave every file ingested exactly once with no half-written source or incident; two processes ingesting into one
 * database at once both succeed without duplicates.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../src/storage/open.js";
import { writeArticles } from "./support/corpus.js";

const root = mkdtempSync(join(tmpdir(), "roei-crash-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CLI = join(import.meta.dirname, "support", "cli.ts");

function startIngest(db: string, dir: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", CLI, "ingest", "--db", db, dir], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DATABASE_URL: "" },
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

/** Checks what a finished ingest must leave: each file once, every report and incident whole. */
async function checkStore(db: string, files: number): Promise<void> {
  const store = await openStore({ db });
  try {
    const keys = new Map<string, number>();
    const hashes = new Set<string>();
    for await (const s of store.allSources()) {
      keys.set(s.key, (keys.get(s.key) ?? 0) + 1);
      expect(hashes.has(s.contentHash), `duplicate content ${s.key}`).toBe(false);
      hashes.add(s.contentHash);
      expect(s.status).toBe("ok");
    }
    expect(keys.size).toBe(files);
    expect([...keys.values()].every((n) => n === 1)).toBe(true);
    let incidents = 0;
    for await (const i of store.allIncidents()) {
      incidents++;
      expect(i.sourceIds.length, `incident ${i.key} has no source`).toBeGreaterThan(0);
      expect(i.reportIds.length, `incident ${i.key} has no report`).toBeGreaterThan(0);
      for (const id of i.sourceIds) expect(await store.getSource(id), `incident ${i.key} source ${id}`).not.toBeNull();
    }
    expect(incidents).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
}

describe("ingest on SQLite", () => {
  it("survives 20 SIGKILLs at random moments, then completes with every file once", async () => {
    const dir = join(root, "crash");
    const db = join(root, "crash.db");
    writeArticles(dir, 1000, 1);
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let k = 0; k < 20; k++) {
      const child = startIngest(db, dir);
      const done = finished(child);
      const delay = 800 + Math.floor(random() * 4000);
      const timer = setTimeout(() => child.kill("SIGKILL"), delay);
      await done;
      clearTimeout(timer);
    }
    const last = await finished(startIngest(db, dir));
    expect(last.code, last.stderr).toBe(0);
    await checkStore(db, 1000);
  }, 600_000);

  it("lets two processes ingest into one database at once, without errors or duplicates", async () => {
    const dir = join(root, "concurrent");
    const db = join(root, "concurrent.db");
    writeArticles(dir, 200, 2);
    const [a, b] = await Promise.all([finished(startIngest(db, dir)), finished(startIngest(db, dir))]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    await checkStore(db, 200);
  }, 300_000);
});
