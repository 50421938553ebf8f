/**
 * `roei import --format veris` end to end, on SQLite and (when reachable) PostgreSQL: imported incidents are stored
 * apart from the news incidents (never merged, marked in list/show), importing again changes nothing, bad files get one
 * line each while the others go on, corrections apply and survive a changed record, and they export back to VERIS.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadVerisValidator, verisSchemaPresent } from "../src/analysis/export/test-fixtures.js";
import { type RoeiResult, runRoei } from "./support/in-process.js";
import { admin, createUtf8Database, databaseUrl, dropDatabase } from "./support/postgres.js";

const fixtures = join(import.meta.dirname, "fixtures", "veris");
const golden = join(import.meta.dirname, "golden");
const pgDown = await admin("SELECT 1");
const root = mkdtempSync(join(tmpdir(), "roei-import-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Roei = (...argv: string[]) => Promise<RoeiResult>;

function roeiOn(target: readonly string[]): Roei {
  return (...argv) => runRoei([...argv, ...target], { stderrIsTTY: false });
}

type Listed = { total: number; items: { id: number; key: string; organization: string; sourceIds: number[] }[] };

const SHOP = "veris:6A1F0C22-3B4D-4E5F-8A9B-0C1D2E3F4A51";

/** A record naming a hospital that a golden news article also names: it must stay its own incident. */
function writeHospitalRecord(dir: string, summary: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "hospital.json");
  const record = JSON.parse(readFileSync(join(fixtures, "good", "nested", "lost-laptop-clinic.json"), "utf8"));
  writeFileSync(
    path,
    JSON.stringify({
      ...record,
      incident_id: "HOSPITAL-1",
      summary,
      victim: { ...record.victim, victim_id: "丸山記念病院" },
    }),
  );
  return path;
}

async function scenario(roei: Roei, dir: string): Promise<void> {
  const list = async () => JSON.parse((await roei("list", "--format", "json", "--limit", "1000")).out) as Listed;
  const first = await roei("import", "--format", "veris", join(fixtures, "good"));
  expect(first.code, first.err).toBe(0);
  expect(first.err).toContain("4 added, 0 updated, 0 unchanged, 0 failed");
  const again = await roei("import", "--format", "veris", join(fixtures, "good"));
  expect(again.err).toContain("0 added, 0 updated, 4 unchanged, 0 failed");
  expect((await list()).total).toBe(4);

  const bad = await roei(
    "import",
    "--format",
    "veris",
    join(fixtures, "bad"),
    join(fixtures, "good", "sqli-webshop.json"),
    join(dir, "missing.json"),
  );
  expect(bad.code).toBe(1);
  const lines = bad.err.trim().split("\n");
  expect(lines).toEqual([
    `roei: ${join(fixtures, "bad", "no-victim.json")}: no victim.victim_id (roei needs the organization)`,
    expect.stringMatching(new RegExp(`^roei: ${join(fixtures, "bad", "truncated.json")}: not JSON \\(`)),
    `roei: ${join(dir, "missing.json")}: no such file or directory`,
    "roei: import: 0 added, 0 updated, 1 unchanged, 3 failed",
  ]);

  // News about the same hospital, before and after the record: two incidents, never one.
  const hospital = writeHospitalRecord(dir, "A laptop with patient records was lost.");
  expect((await roei("import", "--format", "veris", hospital)).code).toBe(0);
  expect((await roei("ingest", golden)).code).toBe(0);
  const all = await list();
  const named = all.items.filter((i) => i.organization.includes("丸山記念病院"));
  expect(named.map((i) => i.key.startsWith("veris:")).sort()).toEqual([false, true]);
  const imported = named.find((i) => i.key === "veris:HOSPITAL-1")!;
  expect(imported.sourceIds).toHaveLength(1);
  const text = (await roei("list", "--format", "text", "--limit", "1000")).out;
  expect(text.split("\n").filter((l) => l.includes("(imported: VERIS)"))).toHaveLength(5);
  expect((await roei("show", SHOP, "--format", "text")).out).toContain("imported from VERIS (incident_id 6A1F0C22");

  // reextract leaves imported records alone.
  expect((await roei("reextract")).code).toBe(0);
  expect((await list()).total).toBe(all.total);

  // A correction applies at once, and survives a changed record.
  const edited = await roei("edit", "veris:HOSPITAL-1", "cause=theft", "--reason", "the laptop was stolen");
  expect(edited.code, edited.err).toBe(0);
  const shown = () => roei("show", "veris:HOSPITAL-1", "--format", "json").then((r) => JSON.parse(r.out));
  expect(await shown()).toMatchObject({ cause: "theft", corrected: ["cause"] });
  writeHospitalRecord(dir, "A laptop with patient records went missing on a train.");
  expect((await roei("import", "--format", "veris", hospital)).err).toContain("0 added, 1 updated");
  expect(await shown()).toMatchObject({
    cause: "theft",
    evidence: "A laptop with patient records went missing on a train.",
  });

  // Back out as VERIS: imported incidents keep their incident_id.
  const out = await roei("export", "--format", "veris");
  const records = out.out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { incident_id: string });
  expect(records.map((r) => r.incident_id)).toContain("6A1F0C22-3B4D-4E5F-8A9B-0C1D2E3F4A51");
  if (verisSchemaPresent) {
    const validate = loadVerisValidator();
    for (const r of records) expect(validate(r), r.incident_id).toEqual([]);
  }
}

describe("roei import --format veris", () => {
  it("refuses a missing or other format", async () => {
    const roei = roeiOn(["--db", join(root, "usage.db")]);
    expect((await roei("import", join(fixtures, "good"))).code).toBe(2);
    expect((await roei("import", "--format", "stix", join(fixtures, "good"))).code).toBe(2);
  });

  it("on SQLite", async () => {
    await scenario(roeiOn(["--db", join(root, "roei.db")]), join(root, "sqlite"));
  }, 120_000);

  it.skipIf(pgDown !== null)(
    "on PostgreSQL",
    async () => {
      const database = `roei_import_${process.pid}_${Date.now().toString(36)}`;
      await createUtf8Database(database);
      try {
        await scenario(roeiOn(["--database-url", databaseUrl(database)]), join(root, "pg"));
      } finally {
        await dropDatabase(database);
      }
    },
    180_000,
  );
});
