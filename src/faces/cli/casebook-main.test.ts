/** `roei casebook` in process on a throw-away SQLite store holding hand-made incidents. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRoei, type SeedEntry, seedIncidents } from "../../../test/support/in-process.js";

const root = mkdtempSync(join(tmpdir(), "roei-casebook-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const incidents: SeedEntry[] = [
  [
    "k1",
    {
      organization: "<script>alert(1)</script>かもめ電力",
      announced: "2017-03-15",
      cause: "vulnerability",
      vector: ["Apache Struts2"],
    },
  ],
  ["k2", { organization: "港北市", announced: "2018-05-01", cause: "loss", vector: ["USBメモリ"] }],
  ["k3", { organization: "みなと郵便", announced: "2018-07-01", cause: "misdelivery", evidence: "メールを誤送信" }],
];

beforeAll(() => seedIncidents(db, incidents));

const roei = (...argv: string[]) => runRoei(argv);

describe("roei casebook", () => {
  it("writes Markdown for the incidents the list filters select", async () => {
    const r = await roei("casebook", "--db", db, "--cause", "loss", "--format", "md");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("## 事例1　港北市：紛失・置き忘れによる個人情報の漏えい");
    expect(r.out).toContain("記録媒体の暗号化と持ち出しルール");
    expect(r.out).not.toContain("みなと郵便");
  });

  it("writes a standalone HTML page with every text escaped", async () => {
    const r = await roei("casebook", "--db", db, "--format", "html", "--sort", "announced", "--order", "asc");
    expect(r.code, r.err).toBe(0);
    expect(r.out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(r.out).not.toContain("<script>");
    expect(r.out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;かもめ電力");
    expect(r.out).toContain("パッチ管理");
    expect(r.out).toContain("メール送信前の宛先確認とダブルチェック");
    expect(r.out.indexOf("事例1")).toBeLessThan(r.out.indexOf("事例3"));
  });

  it("takes a search query and --limit as list does, and rejects a bad format", async () => {
    const r = await roei("casebook", "みなと", "--db", db, "--limit", "1");
    expect(r.out).toContain("1件の事例");
    expect(r.out).toContain("みなと郵便");
    const bad = await roei("casebook", "--db", db, "--format", "pdf");
    expect(bad.code).toBe(2);
  });
});
