/**
 * On the public dev texts (../shared, when present): after ingesting the seeds and the news excerpts, the Apache
 * Struts 2 incidents form one campaign carrying CVE-2017-5638, and `roei stats --by cause|year` print tables whose rows
 * sum to the totals. Skipped on a clone without ../shared (npm test stays self-contained).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Campaign, toCampaigns } from "../src/analysis/campaigns.js";
import { toProducts } from "../src/analysis/classify/product.js";
import type { StatsReport } from "../src/analysis/stats.js";
import type { StoredIncident } from "../src/domain/store.js";
import { ingestDocument } from "../src/ingest/ingest-source.js";
import { toKey } from "../src/pipeline/extract/aliases.js";
import { openStore } from "../src/storage/open.js";
import { runRoei } from "./support/in-process.js";

const shared = join(import.meta.dirname, "..", "..", "shared");
const present = existsSync(join(shared, "seeds")) && existsSync(join(shared, "eval", "articles"));
const root = mkdtempSync(join(tmpdir(), "roei-shared-campaigns-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = present
  ? [
      ...readdirSync(join(shared, "seeds")).map((f) => join(shared, "seeds", f)),
      ...readdirSync(join(shared, "eval", "articles")).map((f) => join(shared, "eval", "articles", f)),
    ].sort()
  : [];

const incidents: StoredIncident[] = [];

const roei = (...argv: string[]) => runRoei(argv);

describe.skipIf(!present)("campaigns and stats on the public dev texts", () => {
  beforeAll(async () => {
    const store = await openStore({ db, nameKey: toKey });
    try {
      for (const f of files) {
        await ingestDocument({ name: basename(f), bytes: readFileSync(f) }, f, {
          store,
          now: () => "2025-01-01T00:00:00.000Z",
        });
      }
      for await (const i of store.allIncidents()) incidents.push(i);
    } finally {
      await store.close();
    }
  }, 120_000);

  it("groups the Apache Struts 2 incidents into one campaign with CVE-2017-5638", async () => {
    const struts = incidents.filter((i) => toProducts(i).includes("Apache Struts 2"));
    expect(struts.length).toBeGreaterThanOrEqual(3);
    const r = await roei("campaigns", "--db", db, "--format", "json");
    expect(r.code, r.err).toBe(0);
    const campaigns = JSON.parse(r.out) as Campaign[];
    expect(campaigns).toEqual(toCampaigns(incidents));
    const withCve = campaigns.filter((c) => c.cves.includes("CVE-2017-5638"));
    expect(withCve).toHaveLength(1);
    const [campaign] = withCve;
    expect(campaign!.products).toContain("Apache Struts 2");
    expect(campaign!.members.map((m) => m.key).sort()).toEqual(struts.map((i) => i.key).sort());
    expect(campaign!.totals.organizations).toBe(campaign!.members.length);
  });

  it.each(["cause", "year"])("stats --by %s prints, and its rows sum to the totals", async (by) => {
    const text = await roei("stats", "--db", db, "--by", by, "--format", "text");
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain("合計");
    const r = await roei("stats", "--db", db, "--by", by, "--format", "json");
    const report = JSON.parse(r.out) as StatsReport;
    expect(report.incidents).toBe(incidents.length);
    const rows = report.tables[0]!.rows;
    expect(rows.reduce((t, row) => t + row.incidents, 0)).toBe(report.incidents);
    expect(rows.reduce((t, row) => t + row.people.sum, 0)).toBe(report.people.sum);
    expect(rows.reduce((t, row) => t + row.records.sum, 0)).toBe(report.records.sum);
    expect(rows.reduce((t, row) => t + row.unknown, 0)).toBe(report.unknown);
  });
});
