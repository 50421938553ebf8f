/** `roei campaigns` in process on a throw-away SQLite store holding hand-made incidents. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Campaign } from "../../analysis/campaigns.js";
import type { Incident } from "../../domain/incident.js";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import { anIncident, aSource, toNewIncident } from "../../storage/store.contract.js";
import { type CliIO, run } from "./main.js";

const root = mkdtempSync(join(tmpdir(), "roei-campaigns-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const incidents: [string, Partial<Incident>][] = [
  ["k1", { organization: "かもめ電力", announced: "2017-03-15", vector: ["Apache Struts2"] }],
  ["k2", { organization: "みなと郵便", announced: "2017-03-13", vector: ["Apache Struts2"], cves: ["CVE-2017-5638"] }],
  ["k3", { organization: "国土保全省", announced: "2017-06-06", vector: ["Apache Struts 2"] }],
  ["k4", { organization: "港北市", announced: "2017-05-01", vector: ["USBメモリ"], cause: "loss" }],
];

beforeAll(async () => {
  const store = await openStore({ db, nameKey: toKey });
  try {
    await store.transaction(async (tx) => {
      for (const [key, fields] of incidents) {
        const source = await tx.insertSource(aSource());
        const incident = anIncident(fields);
        const [report] = await tx.insertReports(source.id, [incident]);
        const extras = {
          sourceIds: [source.id],
          reportIds: [report!.id],
          organizationKey: toKey(incident.organization),
        };
        await tx.replaceIncidents([], [toNewIncident(key, incident, extras)], []);
      }
    });
  } finally {
    await store.close();
  }
});

async function roei(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: async (chunk) => {
      out += chunk;
    },
    stderr: (chunk) => {
      err += chunk;
    },
    stdoutIsTTY: false,
    stdin: async function* () {},
  };
  return { code: await run(argv, io), out, err };
}

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
