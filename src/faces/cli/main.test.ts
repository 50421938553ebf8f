import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeLegacy } from "../../../test/support/encode-legacy.js";
import { runRoei } from "../../../test/support/in-process.js";

const ARTICLE = `# source: https://example.jp/news/1
# published: 2024-03-08

株式会社架空商事は3月8日、同社の通販サイトが不正アクセスを受け、会員約1万2千人分の氏名や住所、電話番号が流出した可能性があると発表した。
同社は対象の会員にメールで連絡している。
`;

/** Standard input always yields one chunk here, empty unless given. */
const roei = (argv: string[], opts: { tty?: boolean; stdin?: string } = {}) =>
  runRoei(argv, { stdin: opts.stdin ?? "", stdoutIsTTY: opts.tty ?? false });

/** The non-empty lines of what went to stderr. */
const lines = (err: string): string[] => err.split("\n").filter((line) => line !== "");

let dir = "";
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roei-cli-"));
  await writeFile(at("good.txt"), ARTICLE);
  await writeFile(at("sjis.txt"), encodeLegacy(ARTICLE, "shift_jis"));
  await writeFile(at("empty.txt"), "");
  await writeFile(at("blank.txt"), "\n  \n");
  await writeFile(at("binary.bin"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(at("big.txt"), `${ARTICLE}${"本文。".repeat(2000)}`);
  await writeFile(at("bad-utf8.txt"), Uint8Array.from([...new TextEncoder().encode("漏えい"), 0xff, 0xfe, 0xfd]));
  await writeFile(at("dump.csv"), Array.from({ length: 50 }, (_, i) => `${i},user${i}@example.jp`).join("\n"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("run extract", () => {
  it("a batch with bad files: one stderr line each, the good files still in the output, exit 1", async () => {
    const files = [
      "good.txt",
      "empty.txt",
      "binary.bin",
      "big.txt",
      "bad-utf8.txt",
      "missing.txt",
      "sjis.txt",
      "dump.csv",
    ];
    const c = await roei(["extract", "--format", "json", "--max-size", "4096", ...files.map(at)]);
    expect(c.code).toBe(1);
    const output: unknown = JSON.parse(c.out);
    expect(Array.isArray(output) && output.map((entry: { article: string }) => entry.article)).toEqual([
      "good.txt",
      "sjis.txt",
    ]);
    expect(lines(c.err)).toEqual([
      `roei: ${at("empty.txt")}: file is empty (0 bytes)`,
      `roei: ${at("binary.bin")}: looks like a binary file, not text (NUL byte at offset 4)`,
      expect.stringMatching(
        new RegExp(`^roei: ${at("big.txt")}: file is \\d+\\.\\d KB, over the 4 KB limit \\(--max-size\\)$`),
      ),
      `roei: ${at("bad-utf8.txt")}: not valid UTF-8 (first bad byte sequence at byte offset 9), nor Shift_JIS, EUC-JP or ISO-2022-JP`,
      `roei: ${at("missing.txt")}: no such file or directory`,
      expect.stringMatching(
        new RegExp(`^roei: ${at("dump.csv")}: looks like a dump of personal data \\(50 e-mail addresses in`),
      ),
    ]);
  });

  it("all good: exit 0, nothing on stderr, entries shaped as the contract", async () => {
    const c = await roei(["extract", "--format", "json", at("good.txt"), at("sjis.txt")]);
    expect(c.code).toBe(0);
    expect(lines(c.err)).toEqual([]);
    const output = JSON.parse(c.out) as { article: string; incidents: Record<string, unknown>[] }[];
    expect(output).toHaveLength(2);
    for (const entry of output) {
      expect(Object.keys(entry)).toEqual(["article", "incidents"]);
      for (const incident of entry.incidents) {
        expect(Object.keys(incident).slice(0, 8)).toEqual([
          "organization",
          "also",
          "announced",
          "affected",
          "data_items",
          "cause",
          "cves",
          "evidence",
        ]);
      }
    }
  });

  it("no readable file at all still prints a valid, empty array", async () => {
    const c = await roei(["extract", "--format", "json", at("missing.txt")]);
    expect(c.code).toBe(1);
    expect(JSON.parse(c.out)).toEqual([]);
  });

  it("blank files and whitespace-only input are empty", async () => {
    const c = await roei(["extract", "--format", "json", at("blank.txt")]);
    expect(c.code).toBe(1);
    expect(lines(c.err)).toEqual([`roei: ${at("blank.txt")}: file holds only whitespace`]);
  });

  it("reads standard input for -", async () => {
    const c = await roei(["extract", "--format", "json", "-"], { stdin: ARTICLE });
    expect(c.code).toBe(0);
    expect(JSON.parse(c.out)).toMatchObject([{ article: "stdin" }]);
  });

  it("empty standard input", async () => {
    const c = await roei(["extract", "--format", "json", "-"], { stdin: "" });
    expect(c.code).toBe(1);
    expect(lines(c.err)).toEqual(["roei: stdin: input is empty (0 bytes)"]);
  });

  it("defaults to text on a terminal and JSON otherwise", async () => {
    const tty = await roei(["extract", at("good.txt")], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.out).toMatch(/^== good\.txt\n {3}published 2024-03-08 · source https:\/\/example\.jp\/news\/1 · /);
    const pipe = await roei(["extract", at("good.txt")], { tty: false });
    expect(pipe.code).toBe(0);
    expect(JSON.parse(pipe.out)).toHaveLength(1);
  });

  it("text format separates articles with a blank line", async () => {
    const c = await roei(["extract", "--format", "text", at("good.txt"), at("sjis.txt")]);
    expect(c.code).toBe(0);
    expect(c.out).toContain("\n\n== sjis.txt\n");
  });
});

describe("run: usage, help, version", () => {
  it.each([[[]], [["extract"]], [["extract", "--bogus", "a.txt"]], [["bogus"]]])(
    "%j → exit 2 with the usage line",
    async (argv) => {
      const c = await roei(argv);
      expect(c.code).toBe(2);
      expect(c.out).toBe("");
      expect(lines(c.err)[1]).toMatch(/^usage: roei extract /);
    },
  );

  it("--help prints usage to stdout", async () => {
    const c = await roei(["--help"]);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/^usage: roei extract/);
  });

  it("--version prints the package version", async () => {
    const c = await roei(["--version"]);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/^roei \d+\.\d+\.\d+/);
  });
});
