/**
 * On the public dev texts (../shared, when present): ingesting the seeds and the news excerpts twice, in either order,
 * yields the same incidents, and the pair named in news.pairs.json is one incident with both sources and a timeline.
 * Skipped on a clone without ../shared (npm test stays self-contained).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { StoredIncident } from "../src/domain/store.js";
import { ingestDocument } from "../src/ingest/ingest-source.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/store.js";

const shared = join(import.meta.dirname, "..", "..", "shared");
const present = existsSync(join(shared, "eval", "news.pairs.json"));
const root = mkdtempSync(join(tmpdir(), "roei-shared-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = present
  ? [
      ...readdirSync(join(shared, "seeds")).map((f) => join(shared, "seeds", f)),
      ...readdirSync(join(shared, "eval", "articles")).map((f) => join(shared, "eval", "articles", f)),
    ].sort()
  : [];

async function ingestAll(store: Store, list: readonly string[]): Promise<void> {
  for (const f of list) {
    await ingestDocument({ name: basename(f), bytes: readFileSync(f) }, f, {
      store,
      now: () => "2025-01-01T00:00:00.000Z",
    });
  }
}

async function facts(store: Store) {
  const out: Record<string, unknown>[] = [];
  for await (const i of store.allIncidents()) out.push(view(i));
  return out.sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

function view(i: StoredIncident) {
  return {
    key: i.key,
    organization: i.organization,
    announced: i.announced,
    affected: i.affected,
    cause: i.cause,
    sources: i.sourceIds.length,
  };
}

describe.skipIf(!present)("the public dev texts", () => {
  it("give the same incidents in either order and twice, and join the follow-up pair", async () => {
    const a = await openStore({ db: join(root, "a.db") });
    const b = await openStore({ db: join(root, "b.db") });
    try {
      await ingestAll(a, files);
      await ingestAll(a, files);
      await ingestAll(b, [...files].reverse());
      await ingestAll(b, files);
      const first = await facts(a);
      expect(await facts(b)).toEqual(first);
      const pairs = JSON.parse(readFileSync(join(shared, "eval", "news.pairs.json"), "utf8")) as string[][];
      for (const pair of pairs) {
        const names = pair.map((p) => p.split("#")[0]!);
        let found: StoredIncident | null = null;
        for await (const i of a.allIncidents()) {
          const sources = await Promise.all(i.sourceIds.map((id) => a.getSource(id)));
          if (names.every((n) => sources.some((s) => s && basename(s.key) === n))) found = i;
        }
        expect(found, `one incident holds ${names.join(" + ")}`).not.toBeNull();
        expect(found!.timeline.length).toBeGreaterThan(0);
      }
    } finally {
      await a.close();
      await b.close();
    }
  }, 300_000);
});
