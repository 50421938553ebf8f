/** `roei review` in process on a throw-away SQLite store holding hand-made incidents. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRoei, type SeedEntry, seedIncidents } from "../../../test/support/in-process.js";

const root = mkdtempSync(join(tmpdir(), "roei-review-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const span = { start: 0, end: 1, text: "x" };
const incidents: SeedEntry[] = [
  ["fine", { organization: "みなと電機" }],
  [
    "sum",
    {
      organization: "港北市",
      affected: { value: 100, qualifier: "exact", unit: "people" },
      breakdown: [
        { label: "市民", value: 60, unit: "people", evidence: span },
        { label: "職員", value: 20, unit: "people", evidence: span },
      ],
      breakdown_mismatch: true,
    },
  ],
  [
    "dates",
    {
      organization: "かもめ病院",
      announced: "2024-03-01",
      timeline: [{ date: "2024-04-10", kind: "discovered", evidence: span }],
    },
  ],
];

beforeAll(() => seedIncidents(db, incidents));

const roei = (...argv: string[]) => runRoei(argv);

type Entry = { key: string; flags: { code: string; message: string }[] };

describe("roei review", () => {
  it("lists only the incidents whose figures or dates contradict each other, with the reason", async () => {
    const r = await roei("review", "--db", db, "--format", "json");
    expect(r.code, r.err).toBe(0);
    const entries = JSON.parse(r.out) as Entry[];
    expect(entries.map((e) => [e.key, e.flags.map((f) => f.code)])).toEqual([
      ["sum", ["breakdown_mismatch"]],
      ["dates", ["discovered_after_announced"]],
    ]);
    expect(r.err).toContain("2 of 3 incidents flagged");
  });

  it("filters by flag code and prints Japanese text", async () => {
    const r = await roei("review", "--db", db, "--format", "text", "--code", "discovered_after_announced");
    expect(r.code).toBe(0);
    expect(r.out).toContain("かもめ病院");
    expect(r.out).toContain("要確認");
    expect(r.out).not.toContain("港北市");
  });

  it("rejects a bad option with exit status 2", async () => {
    const r = await roei("review", "--db", db, "--format", "xml");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format must be json or text");
  });
});
