/**
 * The bundled sample corpus (samples/*.txt) that `npm start` loads into an empty database: what a newcomer relies on
 * when they first open the UI. Every article gives an incident with an organization and a year, the 第2報 articles
 * merge into their first reports, the CVE and vendor campaigns show, every year 2021–2026 and every organization type
 * has incidents, and a second start loads nothing.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Campaign, toCampaigns } from "../src/analysis/campaigns.js";
import type { Source, StoredIncident } from "../src/domain/store.js";
import { isSampleKey, loadSamplesIfEmpty, SAMPLE_DIR, SAMPLE_PREFIX } from "../src/faces/server/sample.js";
import { toKey } from "../src/pipeline/extract/aliases.js";
import { openStore } from "../src/storage/open.js";
import type { Store } from "../src/storage/store.js";

const NOW = "2026-11-24T09:00:00.000Z";
const dir = mkdtempSync(join(tmpdir(), "roei-samples-"));
const files = readdirSync(SAMPLE_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

let store: Store;
let added = 0;
const sources: Source[] = [];
const incidents: StoredIncident[] = [];
let campaigns: Campaign[] = [];

beforeAll(async () => {
  store = await openStore({ db: join(dir, "roei.db"), nameKey: toKey });
  added = await loadSamplesIfEmpty(store, () => NOW);
  for await (const s of store.allSources()) sources.push(s);
  for await (const i of store.allIncidents()) incidents.push(i);
  campaigns = toCampaigns(incidents);
}, 120_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The incident whose organization contains `name` (exactly one must). */
function incidentOf(name: string): StoredIncident {
  const found = incidents.filter((i) => i.organization.includes(name));
  expect(found.map((i) => i.organization)).toHaveLength(1);
  return found[0]!;
}

describe("the sample corpus", () => {
  it("loads every sample article as a source keyed sample:NAME", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(added).toBe(files.length);
    expect(sources.map((s) => s.key).sort()).toEqual(files.map((f) => `${SAMPLE_PREFIX}${f}`));
    for (const s of sources) {
      expect(isSampleKey(s.key)).toBe(true);
      expect(s.status, s.key).toBe("ok");
    }
  });

  it("gets at least one incident out of every article", () => {
    const used = new Set(incidents.flatMap((i) => i.sourceIds));
    const empty = sources.filter((s) => !used.has(s.id)).map((s) => s.key);
    expect(empty).toEqual([]);
  });

  it("gives every incident an organization and an announced year", () => {
    for (const i of incidents) {
      expect(i.organization.trim().length, i.key).toBeGreaterThan(1);
      expect(i.announced ?? "", i.organization).toMatch(/^20\d\d/);
    }
  });

  it("has incidents announced in every year from 2021 to 2026", () => {
    const years = new Set(incidents.map((i) => i.announced?.slice(0, 4)));
    for (const year of ["2021", "2022", "2023", "2024", "2025", "2026"]) expect(years.has(year), year).toBe(true);
  });

  it("covers every organization type, and the causes and qualifiers the facets list", () => {
    const types = new Set(incidents.map((i) => i.organizationType));
    for (const t of [
      "local_government",
      "national_government",
      "police",
      "medical",
      "education",
      "company",
      "association",
    ] as const) {
      expect(types.has(t), t).toBe(true);
    }
    const causes = new Set(incidents.map((i) => i.cause));
    for (const c of [
      "unauthorized_access",
      "vulnerability",
      "sql_injection",
      "misconfiguration",
      "malware",
      "targeted_email",
      "phishing",
      "insider",
      "loss",
      "theft",
      "misdelivery",
      "mispublication",
    ] as const) {
      expect(causes.has(c), c).toBe(true);
    }
    const qualifiers = new Set(incidents.map((i) => `${i.affected.qualifier}/${i.affected.unit}`));
    for (const q of ["exact", "max", "approx", "cumulative", "at_least"]) {
      expect(qualifiers.has(`${q}/people`) || qualifiers.has(`${q}/records`), q).toBe(true);
    }
    const items = new Set(incidents.flatMap((i) => i.data_items));
    for (const item of ["credit_card_number", "mynumber", "medical", "bank_account", "password", "email"] as const) {
      expect(items.has(item), item).toBe(true);
    }
  });

  it("merges each 第2報 into its first report, taking the confirmed figure", () => {
    const minato = incidentOf("みなと電機");
    expect(minato.sourceIds).toHaveLength(2);
    expect(minato.announced).toBe("2021-04-22");
    expect(minato.affected).toEqual({ value: 29870, qualifier: "exact", unit: "people" });
    const nishikaze = incidentOf("西風商事");
    expect(nishikaze.sourceIds).toHaveLength(2);
    expect(nishikaze.affected).toEqual({ value: 18902, qualifier: "exact", unit: "records" });
    expect(nishikaze.data_items).toContain("credit_card_number");
  });

  it("reads the three incidents of the roundup article as three organizations", () => {
    const roundup = sources.find((s) => s.key === `${SAMPLE_PREFIX}roundup-2024-10.txt`)!;
    const fromRoundup = incidents.filter((i) => i.sourceIds.includes(roundup.id)).map((i) => i.cause);
    expect(fromRoundup.sort()).toEqual(["loss", "misdelivery", "theft"]);
  });

  it("shows a CVE campaign and a vendor campaign of three victims each", () => {
    const cve = campaigns.find((c) => c.kind === "cve" && c.cves.includes("CVE-2024-99001"));
    expect(cve?.members.map((m) => m.organization).sort()).toEqual(["丸川精機株式会社", "港北大学", "潮見市民病院"]);
    const vendor = campaigns.find((c) => c.kind === "vendor");
    expect(vendor?.vendor).toContain("東雲印刷");
    expect(vendor?.members.map((m) => m.organization).sort()).toEqual(["宮浦町", "朝霧市", "緑川村"]);
  });

  it("loads nothing the second time (the store is no longer empty)", async () => {
    expect(await loadSamplesIfEmpty(store, () => NOW)).toBe(0);
    expect(await store.sourceCount()).toBe(files.length);
  });
});
