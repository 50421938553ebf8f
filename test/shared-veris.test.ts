/**
 * On the public dev texts (../shared, when present): every incident roei stores from the seeds and the news excerpts
 * exports through `roei export --format veris` as a VERIS 1.4 record that validates against
 * ../shared/data/veris/verisc-merged.json, and the STIX and MISP exports of the same store are whole.
 * Skipped on a clone without ../shared (npm test stays self-contained; the schema is never copied into the repo).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadVerisValidator, SHARED_DIR, verisSchemaPresent } from "../src/analysis/export/test-fixtures.js";
import { runRoei } from "./support/in-process.js";

const present = verisSchemaPresent && existsSync(join(SHARED_DIR, "seeds")) && existsSync(join(SHARED_DIR, "eval"));
const root = mkdtempSync(join(tmpdir(), "roei-veris-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const db = join(root, "roei.db");

const roei = (...argv: string[]) => runRoei([...argv, "--db", db], { stderrIsTTY: false });

describe.skipIf(!present)("VERIS export of the public dev texts", () => {
  it("ingests the seeds and news excerpts and exports every incident as valid VERIS 1.4", async () => {
    const ingested = await roei("ingest", join(SHARED_DIR, "seeds"), join(SHARED_DIR, "eval", "articles"));
    expect(ingested.code, ingested.err).toBe(0);
    const listed = JSON.parse((await roei("list", "--format", "json", "--limit", "1")).out) as { total: number };
    expect(listed.total).toBeGreaterThan(20);

    const exported = await roei("export", "--format", "veris");
    expect(exported.code, exported.err).toBe(0);
    const records = exported.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { incident_id: string });
    expect(records).toHaveLength(listed.total);
    expect(new Set(records.map((r) => r.incident_id)).size).toBe(records.length);
    const validate = loadVerisValidator();
    const invalid = records.map((r) => ({ id: r.incident_id, errors: validate(r) })).filter((x) => x.errors.length);
    expect(invalid).toEqual([]);

    // --out: one file per incident, named by its key, each valid too.
    const dir = join(root, "veris");
    expect((await roei("export", "--format", "veris", "--out", dir)).code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(listed.total);
    for (const f of files) expect(validate(JSON.parse(readFileSync(join(dir, f), "utf8")))).toEqual([]);
  }, 300_000);

  it("exports the same store as one STIX bundle and as MISP events, stable across runs", async () => {
    const stix = await roei("export", "--format", "stix");
    expect(stix.code, stix.err).toBe(0);
    const bundle = JSON.parse(stix.out) as { type: string; objects: { id: string; type: string }[] };
    expect(bundle.type).toBe("bundle");
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    // The Struts2 seeds name CVE-2017-5638: a vulnerability object for it.
    expect(bundle.objects.some((o) => o.type === "vulnerability" && JSON.stringify(o).includes("CVE-2017-5638"))).toBe(
      true,
    );
    expect((await roei("export", "--format", "stix")).out).toBe(stix.out);
    const misp = await roei("export", "--format", "misp");
    const events = misp.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { Event: { Tag: unknown[] } });
    expect(events.length).toBeGreaterThan(20);
    expect(events.every((e) => e.Event.Tag.length > 0)).toBe(true);
  }, 300_000);
});
