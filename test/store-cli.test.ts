/** The store commands end to end on SQLite: ingest, list, search, show, edit with its history, reextract, export. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runRoei } from "./support/in-process.js";

const root = mkdtempSync(join(tmpdir(), "roei-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const db = join(root, "roei.db");
const golden = join(import.meta.dirname, "golden");

const roei = (...argv: string[]) => runRoei([...argv, "--db", db], { stderrIsTTY: false });

type Listed = {
  total: number;
  items: { id: number; key: string; organization: string; cause: string; data_items: string[] }[];
};

describe("roei store commands", () => {
  it("ingests a directory, lists and searches with 1- and 2-character Japanese terms", async () => {
    const ingested = await roei("ingest", golden);
    expect(ingested.code, ingested.err).toBe(0);
    const all = JSON.parse((await roei("list", "--format", "json", "--limit", "100")).out) as Listed;
    expect(all.total).toBeGreaterThanOrEqual(10);
    const leak = JSON.parse((await roei("search", "流出", "--format", "json")).out) as Listed;
    expect(leak.total).toBeGreaterThan(0);
    const pref = JSON.parse((await roei("search", "県", "--format", "json")).out) as Listed;
    expect(pref.items.some((i) => i.organization.includes("県"))).toBe(true);
    const loss = JSON.parse((await roei("list", "--cause", "loss", "--format", "json")).out) as Listed;
    expect(loss.items.every((i) => i.cause === "loss")).toBe(true);
    expect(loss.total).toBeGreaterThan(0);
    const again = await roei("ingest", golden);
    expect(again.code).toBe(0);
    expect((JSON.parse((await roei("list", "--format", "json", "--limit", "100")).out) as Listed).total).toBe(
      all.total,
    );
  });

  it("records a correction with its reason, shows it in the history, and keeps it through reextract", async () => {
    const list = JSON.parse((await roei("search", "丸山記念病院", "--format", "json")).out) as Listed;
    const target = list.items[0]!;
    const edited = await roei(
      "edit",
      String(target.id),
      "cause=theft",
      "--reason",
      "the hospital later said it was stolen",
    );
    expect(edited.code, edited.err).toBe(0);
    const shown = JSON.parse((await roei("show", target.key, "--format", "json")).out) as {
      cause: string;
      classification: { organization_type: string; jnsa_cause: string };
      corrected: string[];
      history: { field: string; newValue: unknown; why: string }[];
    };
    expect(shown.cause).toBe("theft");
    // The classification follows the corrected cause: a theft is 盗難 in the JNSA categories.
    expect(shown.classification).toMatchObject({ organization_type: "medical", jnsa_cause: "盗難" });
    expect(shown.corrected).toContain("cause");
    expect(shown.history).toEqual([
      expect.objectContaining({ field: "cause", newValue: "theft", why: "the hospital later said it was stolen" }),
    ]);
    expect((await roei("reextract")).code).toBe(0);
    const after = JSON.parse((await roei("search", "丸山記念病院", "--format", "json")).out) as Listed;
    expect(after.items[0]!.cause).toBe("theft");
    const text = await roei("show", String(after.items[0]!.id), "--format", "text");
    expect(text.out).toContain("history:");
    expect(text.out).toContain("組織種別: 医療機関");
    expect(text.out).toContain("「");
  });

  it("refuses an edit without a reason", async () => {
    const r = await roei("edit", "1", "cause=loss");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--reason");
  });

  it("exports CSV that Excel reads as UTF-8: BOM, header, one row per incident", async () => {
    const total = (JSON.parse((await roei("list", "--format", "json", "--limit", "500")).out) as Listed).total;
    const csv = (await roei("export", "--format", "csv")).out;
    expect(csv.startsWith("\uFEFFid,key,organization,")).toBe(true);
    const rows = csv.trimEnd().split("\r\n");
    expect(rows.length).toBe(total + 1);
    const jsonl = (await roei("export", "--format", "jsonl")).out.trim().split("\n");
    expect(jsonl.length).toBe(total);
    expect(JSON.parse(jsonl[0]!)).toHaveProperty("organization");
  });
});
