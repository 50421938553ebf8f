import { describe, expect, it } from "vitest";
import { toExportFileName } from "./export-standard.js";
import { parseStoreArgs } from "./store-args.js";

describe("roei export arguments", () => {
  it.each(["csv", "json", "jsonl", "veris", "stix", "misp"])("accepts --format %s", (format) => {
    const parsed = parseStoreArgs(["export", "--format", format]);
    expect(parsed.ok && parsed.value.kind === "export" && parsed.value.format).toBe(format);
  });

  it("takes --out for veris and misp only, and rejects unknown formats", () => {
    const veris = parseStoreArgs(["export", "--format", "veris", "--out", "dir", "--cause", "loss"]);
    expect(veris.ok && veris.value.kind === "export" && [veris.value.out, veris.value.query.cause]).toEqual([
      "dir",
      "loss",
    ]);
    expect(parseStoreArgs(["export", "--format", "stix", "--out", "dir"]).ok).toBe(false);
    expect(parseStoreArgs(["export", "--format", "xml"]).ok).toBe(false);
  });

  it("names files by incident key", () => {
    expect(toExportFileName("veris:AB-12")).toBe("veris_AB-12.json");
    expect(toExportFileName("inc_0123abc")).toBe("inc_0123abc.json");
  });
});
