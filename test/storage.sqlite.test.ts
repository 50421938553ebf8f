import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../src/storage/sqlite/sqlite-store.js";
import { anIncident, aSource, describeStoreContract, toNewIncident } from "../src/storage/store.contract.js";

const dir = mkdtempSync(join(tmpdir(), "roei-sqlite-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract(
  "SQLite (temp file)",
  () => {
    n += 1;
    return openSqliteStore(join(dir, `store-${n}`, "roei.db"));
  },
  () => openSqliteStore(join(dir, `store-${n}`, "roei.db")),
);

describe("SQLite migrations", () => {
  it("migration 2 rebuilds the search index of incidents written under schema 1", async () => {
    const path = join(dir, "upgrade", "roei.db");
    const store = await openSqliteStore(path);
    await store.migrate();
    await store.transaction(async (tx) => {
      const source = await tx.insertSource(aSource({ text: "県の名簿が流出" }));
      await tx.replaceIncidents(
        [],
        [toNewIncident("k", anIncident({ cause: "loss" }), { sourceIds: [source.id] })],
        [],
      );
    });
    await store.close();
    // Back to schema 1: its two search tables, no fts_rowid, no record of migration 2.
    const db = new Database(path);
    db.exec(`DROP TABLE incident_fts;
      DROP INDEX incidents_announced_asc;
      DROP INDEX incidents_affected_asc;
      ALTER TABLE incidents DROP COLUMN fts_rowid;
      CREATE VIRTUAL TABLE incident_grams USING fts5 (grams, content = '', contentless_delete = 1, tokenize = 'ascii');
      CREATE VIRTUAL TABLE incident_chars USING fts5 (chars, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'none');
      DELETE FROM schema_migrations WHERE version = 2;`);
    db.close();
    const upgraded = await openSqliteStore(path);
    await upgraded.migrate();
    expect((await upgraded.listIncidents({ text: "流出", cause: "loss" })).total).toBe(1);
    expect((await upgraded.listIncidents({ text: "県", announcedFrom: "2024" })).total).toBe(1);
    expect((await upgraded.listIncidents({ text: "名簿が漏" })).total).toBe(0);
    await upgraded.close();
  });
});

/** A writer in another process: `n` transactions, each reading the latest version of one key and adding the next. */
const WRITER = `
const { openSqliteStore } = await import(process.env.ROEI_STORE_MODULE);
const [path, tag, n] = process.argv.slice(-3);
const store = await openSqliteStore(path);
await store.migrate();
for (let i = 0; i < Number(n); i++) {
  await store.transaction(async (tx) => {
    const latest = await tx.latestSource("shared");
    await tx.insertSource({ key: "shared", version: (latest?.version ?? 0) + 1, fetchedAt: "t", published: null,
      contentHash: tag + i, title: null, text: "", status: "ok", error: null });
  });
}
await store.close();
`;

function runWriter(path: string, tag: string, n: number): Promise<number> {
  const module = pathToFileURL(join(process.cwd(), "src/storage/sqlite/sqlite-store.ts")).href;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", WRITER, path, tag, String(n)],
    {
      env: { ...process.env, ROEI_STORE_MODULE: module },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

describe("SQLite across processes", () => {
  it("lets three processes write at once: each transaction waits its turn (WAL, busy_timeout, BEGIN IMMEDIATE)", async () => {
    const path = join(dir, "shared", "roei.db");
    const codes = await Promise.all(["a", "b", "c"].map((tag) => runWriter(path, tag, 300)));
    expect(codes).toEqual([0, 0, 0]);
    const store = await openSqliteStore(path);
    expect(await store.sourceCount()).toBe(900);
    const latest = await store.transaction((tx) => tx.latestSource("shared"));
    expect(latest?.version).toBe(900);
    await store.close();
  });
});
