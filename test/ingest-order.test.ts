/**
 * Ingestion is deterministic: the same sources in any order, ingested once or twice, give the same incidents; a
 * follow-up article about the same incident joins it, with both sources and one timeline.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { StoredIncident } from "../src/domain/store.js";
import { ingestDocument } from "../src/ingest/ingest-source.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/store.js";

const root = mkdtempSync(join(tmpdir(), "roei-order-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const here = import.meta.dirname;
const articles = [
  ...readdirSync(join(here, "golden")).map((d) => join(here, "golden", d, "input.txt")),
  ...readdirSync(join(here, "holdout"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(here, "holdout", f)),
].filter((f) => {
  try {
    readFileSync(f);
    return true;
  } catch {
    return false;
  }
});

async function ingestAll(store: Store, files: readonly string[]): Promise<void> {
  let tick = 0;
  const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++)).toISOString();
  for (const f of files) {
    await ingestDocument({ name: basename(f), bytes: readFileSync(f) }, f, { store, now });
  }
}

/** The facts of an incident, without ids, timestamps and order-dependent bookkeeping. */
function facts(i: StoredIncident) {
  return {
    key: i.key,
    organization: i.organization,
    also: [...i.also].sort(),
    announced: i.announced,
    affected: i.affected,
    data_items: [...i.data_items].sort(),
    cause: i.cause,
    cves: [...i.cves].sort(),
    certainty: i.certainty,
    timeline: i.timeline.map((e) => `${e.date} ${e.kind}`),
    sources: i.sourceIds.length,
  };
}

async function snapshot(store: Store) {
  const out = [];
  for await (const i of store.allIncidents()) out.push(facts(i));
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

describe("ingestion order", () => {
  it("gives the same incidents in either order, and nothing changes when ingested again", async () => {
    const a = await openStore({ db: join(root, "a.db") });
    const b = await openStore({ db: join(root, "b.db") });
    try {
      await ingestAll(a, articles);
      await ingestAll(b, [...articles].reverse());
      const first = await snapshot(a);
      expect(first.length).toBeGreaterThan(20);
      expect(await snapshot(b)).toEqual(first);
      await ingestAll(a, [...articles].reverse());
      expect(await snapshot(a)).toEqual(first);
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);

  it("joins a follow-up report to the first one: one incident, both sources, the later confirmed figure", async () => {
    const first = join(root, "first.txt");
    const second = join(root, "second.txt");
    writeFileSync(
      first,
      "# source: https://example.jp/a\n# published: 2023-09-12\n\n星空トラベル株式会社は9月11日、旅行予約サイトが不正アクセスを受け、利用者最大約1万5千人分のクレジットカード情報が流出したおそれがあると発表した。\n",
    );
    writeFileSync(
      second,
      "# source: https://example.jp/b\n# published: 2023-11-02\n\n星空トラベルは11月1日、9月に公表した不正アクセス事案の調査結果を発表した。流出したのは最大9,120人分のクレジットカード情報と確定した。\n",
    );
    const store = await openStore({ db: join(root, "follow.db") });
    try {
      await ingestAll(store, [second, first]);
      const incidents = await snapshot(store);
      expect(incidents).toHaveLength(1);
      expect(incidents[0]!.sources).toBe(2);
      expect(incidents[0]!.affected.value).toBe(9120);
      expect(incidents[0]!.timeline.filter((e) => e.endsWith("announced")).length).toBeGreaterThanOrEqual(2);
    } finally {
      await store.close();
    }
  });
});
