import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, parseArgs, parseByteSize } from "./args.js";

const extract = (fields: Record<string, unknown>) => ({
  ok: true,
  value: { kind: "extract", format: null, published: null, maxBytes: DEFAULT_MAX_BYTES, files: [], ...fields },
});

describe("parseArgs", () => {
  it.each([
    [["help"], { ok: true, value: { kind: "help" } }],
    [["--help"], { ok: true, value: { kind: "help" } }],
    [["-h"], { ok: true, value: { kind: "help" } }],
    [["extract", "--help"], { ok: true, value: { kind: "help" } }],
    [["--version"], { ok: true, value: { kind: "version" } }],
    [["-V"], { ok: true, value: { kind: "version" } }],
    [["extract", "a.txt"], extract({ files: ["a.txt"] })],
    [["extract", "a.txt", "b.html", "-"], extract({ files: ["a.txt", "b.html", "-"] })],
    [["extract", "--format", "json", "a.txt"], extract({ format: "json", files: ["a.txt"] })],
    [["extract", "--format=text", "a.txt"], extract({ format: "text", files: ["a.txt"] })],
    [["extract", "a.txt", "--published", "2024-03-08"], extract({ published: "2024-03-08", files: ["a.txt"] })],
    [["extract", "--max-size", "5000", "a.txt"], extract({ maxBytes: 5000, files: ["a.txt"] })],
    [["extract", "--max-size=2M", "a.txt"], extract({ maxBytes: 2 * 1024 * 1024, files: ["a.txt"] })],
    [["extract", "--", "--odd-name.txt", "-"], extract({ files: ["--odd-name.txt", "-"] })],
    [["extract", "--format", "json", "--format", "text", "a"], extract({ format: "text", files: ["a"] })],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], "no command given"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["extract"], "no input files (give FILE... or - for standard input)"],
    [["extract", "--format", "json"], "no input files (give FILE... or - for standard input)"],
    [["extract", "--verbose", "a.txt"], "unknown option --verbose"],
    [["extract", "-x", "a.txt"], "unknown option -x"],
    [["extract", "a.txt", "--format"], "--format needs a value"],
    [["extract", "--format", "xml", "a.txt"], '--format must be json or text, not "xml"'],
    [["extract", "--published", "2024-02-30", "a.txt"], '--published must be a date as YYYY-MM-DD, not "2024-02-30"'],
    [["extract", "--published", "24/3/8", "a.txt"], '--published must be a date as YYYY-MM-DD, not "24/3/8"'],
    [["extract", "--max-size", "0", "a.txt"], '--max-size must be a number of bytes (e.g. 5000000 or 10M), not "0"'],
    [
      ["extract", "--max-size", "lots", "a.txt"],
      '--max-size must be a number of bytes (e.g. 5000000 or 10M), not "lots"',
    ],
    [["extract", "-", "-"], "standard input (-) can be read only once"],
  ])("%j → usage error", (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error: { message } });
  });
});

describe("parseByteSize", () => {
  it.each([
    ["100", 100],
    ["10k", 10 * 1024],
    ["10KB", 10 * 1024],
    ["1MiB", 1024 * 1024],
    ["1G", 1024 ** 3],
    ["-1", null],
    ["1.5M", null],
    ["", null],
  ])("%s → %s", (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });
});
