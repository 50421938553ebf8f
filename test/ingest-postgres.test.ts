/**
 * The same sources give the same incidents on PostgreSQL as on SQLite, whatever the order: the holdout and golden
 * texts ingested forwards into PostgreSQL and backwards into SQLite. Skipped when PostgreSQL is unreachable.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredIncident } from "../src/domain/store.js";
import { ingestDocument } from "../src/ingest/ingest-source.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/store.js";
import { admin, createUtf8Database, databaseUrl, dropDatabase } from "./support/postgres.js";

const database = `roei_order_${process.pid}_${Date.now().toString(36)}`;
const root = mkdtempSync(join(tmpdir(), "roei-pgorder-"));

const unreachable = await admin("SELECT 1");
const dbUrl = () => databaseUrl(database);

const here = import.meta.dirname;
const files = [
  ...readdirSync(join(here, "golden")).map((d) => join(here, "golden", d, "input.txt")),
  ...readdirSync(join(here, "holdout"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(here, "holdout", f)),
];

async function ingestAll(store: Store, list: readonly string[]): Promise<void> {
  for (const f of list) {
    await ingestDocument({ name: basename(f), bytes: readFileSync(f) }, f, {
      store,
      now: () => "2025-01-01T00:00:00.000Z",
    });
  }
}

async function snapshot(store: Store) {
  const out: ReturnType<typeof view>[] = [];
  for await (const i of store.allIncidents()) out.push(view(i));
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function view(i: StoredIncident) {
  return {
    key: i.key,
    organization: i.organization,
    announced: i.announced,
    affected: i.affected,
    cause: i.cause,
    data_items: [...i.data_items].sort(),
    sources: i.sourceIds.length,
  };
}

describe.skipIf(unreachable !== null)("PostgreSQL and SQLite", () => {
  beforeAll(async () => {
    await createUtf8Database(database);
  });
  afterAll(async () => {
    await dropDatabase(database);
    rmSync(root, { recursive: true, force: true });
  });

  it("hold the same incidents for the same sources, in either order", async () => {
    const pgStore = await openStore({ databaseUrl: dbUrl() });
    const sqlite = await openStore({ db: join(root, "x.db") });
    try {
      await ingestAll(pgStore, files);
      await ingestAll(pgStore, files);
      await ingestAll(sqlite, [...files].reverse());
      const expected = await snapshot(sqlite);
      expect(expected.length).toBeGreaterThan(20);
      expect(await snapshot(pgStore)).toEqual(expected);
      const found = await pgStore.listIncidents({ text: "流出" });
      expect(found.total).toBeGreaterThan(0);
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  }, 300_000);
});
