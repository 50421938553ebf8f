/** `roei campaigns` in process on a throw-away SQLite store holding hand-made incidents. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRoei, type SeedEntry, seedIncidents } from "../../../test/support/in-process.js";
import type { Campaign } from "../../analysis/campaigns.js";

const root = mkdtempSync(join(tmpdir(), "roei-campaigns-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const incidents: SeedEntry[] = [
  ["k1", { organization: "かもめ電力", announced: "2017-03-15", vector: ["Apache Struts2"] }],
  ["k2", { organization: "みなと郵便", announced: "2017-03-13", vector: ["Apache Struts2"], cves: ["CVE-2017-5638"] }],
  ["k3", { organization: "国土保全省", announced: "2017-06-06", vector: ["Apache Struts 2"] }],
  ["k4", { organization: "港北市", announced: "2017-05-01", vector: ["USBメモリ"], cause: "loss" }],
];

beforeAll(() => seedIncidents(db, incidents));

const roei = (...argv: string[]) => runRoei(argv);

describe("roei campaigns", () => {
  it("prints the campaigns of the store as JSON", async () => {
    const r = await roei("campaigns", "--db", db, "--format", "json");
    expect(r.code, r.err).toBe(0);
    const campaigns = JSON.parse(r.out) as Campaign[];
    expect(campaigns.map((c) => [c.key, c.cves, c.members.map((m) => m.key)])).toEqual([
      ["product:apache-struts-2", ["CVE-2017-5638"], ["k2", "k1", "k3"]],
    ]);
  });

  it("prints text and honours --min-members", async () => {
    const text = await roei("campaigns", "--db", db, "--format", "text");
    expect(text.out).toContain("Apache Struts 2 (CVE-2017-5638)");
    expect(text.out).toContain("事故 3件・3組織");
    const none = await roei("campaigns", "--db", db, "--format", "json", "--min-members", "4");
    expect(JSON.parse(none.out)).toEqual([]);
  });

  it("rejects bad options with exit status 2", async () => {
    const r = await roei("campaigns", "--db", db, "--min-members", "one");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--min-members");
  });
});
