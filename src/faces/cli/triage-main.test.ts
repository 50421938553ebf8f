import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TRIAGE_CASES } from "../../../test/fixtures/triage/cases.js";
import { runRoei } from "../../../test/support/in-process.js";

const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/triage");
const root = mkdtempSync(join(tmpdir(), "roei-triage-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Standard input always yields one chunk here, empty unless given. */
const roei = (argv: string[], opts: { stdin?: string; tty?: boolean } = {}) =>
  runRoei(argv, { stdin: opts.stdin ?? "", stdoutIsTTY: opts.tty ?? false });

type Regime = { reportable: unknown; triggers: string[]; notify_individuals: boolean; final_report_days: unknown };

describe("roei triage --input", () => {
  it.each(TRIAGE_CASES.map((c) => [c.file, c] as const))("%s", async (file, c) => {
    const { code, out, err } = await roei(["triage", "--input", join(FIXTURES, file), "--format", "json"]);
    expect(code, err).toBe(0);
    const json = JSON.parse(out) as {
      appi: Regime & { deadlines: unknown };
      public: Regime | null;
      mynumber: Regime | null;
      estimate: { per_person_yen: number; total_yen: number | null };
    };
    expect(json.appi).toMatchObject(c.appi);
    expect(json.appi).toHaveProperty("deadlines");
    if (c.public !== undefined)
      expect(json.public).toEqual(c.public === null ? null : expect.objectContaining(c.public));
    expect(json.mynumber).toEqual(c.mynumber === null ? null : expect.objectContaining(c.mynumber));
    expect(json.estimate).toMatchObject(c.estimate);
  });

  it("reads stdin: the extractor's output for an announcement, piped into triage (TC15)", async () => {
    const extracted = await roei(["extract", "--format", "json", join(FIXTURES, "tc15-announcement.txt")]);
    expect(extracted.code, extracted.err).toBe(0);
    const incident = (JSON.parse(extracted.out) as { incidents: unknown[] }[])[0]!.incidents[0] as {
      affected: unknown;
      certainty: string;
    };
    expect(incident.affected).toEqual({ value: 32000, qualifier: "max", unit: "records" });
    expect(incident.certainty).toBe("possible");
    const r = await roei(["triage", "--input", "-", "--format", "json"], { stdin: JSON.stringify(incident) });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).appi).toMatchObject({ reportable: true, triggers: expect.arrayContaining(["4号"]) });
  });

  it("flags win over the file: --org-type and --discovered", async () => {
    const file = join(FIXTURES, "tc10b-company-notices.json");
    const r = await roei(["triage", "--input", file, "--org-type", "local_government", "--discovered", "2024-06-01"]);
    const json = JSON.parse(r.out);
    expect(json.public).toMatchObject({ reportable: true, triggers: ["4号"] });
    expect(json.public.deadlines.final.due).toBe("2024-07-01");
  });

  it("text output is Japanese first and readable", async () => {
    const r = await roei(["triage", "--input", join(FIXTURES, "tc06-ransomware-payroll.json")], { tty: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain("個人情報保護法（民間事業者");
    expect(r.out).toContain("報告対象（報告義務あり）");
    expect(r.out).toContain("確報: 2024-10-01まで（60日");
    expect(r.out).toContain("番号法");
    expect(r.out).toContain("1人あたり 6,000円");
    expect(r.out).toContain("【未記載・要記入】");
  });

  it.each([
    [["--input", "missing.json"], /^roei: missing\.json: no such file\n$/],
    [["--input", "bad.json"], /^roei: .*bad\.json: not JSON: /],
    [["--input", "field.json"], /^roei: .*field\.json: affected\.value: .*\n$/],
    [["--input", "array.json"], /^roei: .*array\.json: expected one incident as a JSON object\n$/],
  ])("bad input %j → one line naming the file and the field, exit 1", async (args, message) => {
    writeFileSync(join(root, "bad.json"), "{ organization: ");
    writeFileSync(join(root, "field.json"), JSON.stringify({ organization: "X", affected: { value: -3 } }));
    writeFileSync(join(root, "array.json"), "[]");
    const path = args[1] === "missing.json" ? "missing.json" : join(root, args[1]!);
    const r = await roei(["triage", "--input", path]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    [[]],
    [["1", "--input", "x.json"]],
    [["--input", "x.json", "--format", "xml"]],
    [["--input", "x.json", "--org-type", "city"]],
    [["--input", "x.json", "--encrypted", "--not-encrypted"]],
    [["--input", "x.json", "--bogus"]],
  ])("usage error %j → exit 2", async (args) => {
    const r = await roei(["triage", ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^roei: triage: /);
  });
});

describe("roei triage ID", () => {
  it("reads a stored incident by id or key from the SQLite store", async () => {
    const db = join(root, "roei.db");
    const ingested = await roei(["ingest", join(FIXTURES, "tc15-announcement.txt"), "--db", db]);
    expect(ingested.code, ingested.err).toBe(0);
    const byId = await roei(["triage", "1", "--db", db, "--format", "json"]);
    expect(byId.code, byId.err).toBe(0);
    const json = JSON.parse(byId.out);
    expect(json).toMatchObject({ id: 1, organization: "株式会社架空ネット販売", appi: { triggers: ["3号", "4号"] } });
    const byKey = await roei(["triage", json.key, "--db", db, "--format", "json"]);
    expect(JSON.parse(byKey.out).id).toBe(1);
    const missing = await roei(["triage", "999", "--db", db]);
    expect(missing).toMatchObject({ code: 1, err: "roei: 999: no such incident\n" });
  });
});
