import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatBytes, readSource, readStreamLimited } from "./file.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roei-fetch-"));
  await writeFile(join(dir, "article.txt"), "架空商事で情報流出");
  await writeFile(join(dir, "page.html"), "<p>本文</p>");
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(join(dir, "big.txt"), "x".repeat(2048));
  await mkdir(join(dir, "folder"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSource", () => {
  it("reads a file with its content type", async () => {
    const result = await readSource(join(dir, "page.html"), { maxBytes: 1000 });
    expect(result.ok && result.value.contentType).toBe("text/html");
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe("<p>本文</p>");
  });

  it.each([
    ["missing.txt", "not_found", "no such file or directory"],
    ["article.txt/child", "not_found", "no such file (a parent in the path is not a directory)"],
    ["folder", "unreadable", "is a directory, not a file"],
    ["empty.txt", "empty", "file is empty (0 bytes)"],
    ["big.txt", "too_large", "file is 2 KB, over the 1000 bytes limit (--max-size)"],
  ])("%s → %s", async (name, code, message) => {
    expect(await readSource(join(dir, name), { maxBytes: 1000 })).toEqual({ ok: false, error: { code, message } });
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file", async () => {
    const path = join(dir, "secret.txt");
    await writeFile(path, "秘密");
    await chmod(path, 0o000);
    expect(await readSource(path, { maxBytes: 1000 })).toMatchObject({ ok: false, error: { code: "unreadable" } });
  });

  it("reads stdin for -", async () => {
    const stdin = async (): Promise<Uint8Array> => new TextEncoder().encode("本文");
    const result = await readSource("-", { maxBytes: 1000, stdin });
    expect(result.ok && result.value.name).toBe("-");
  });

  it.each([
    ["", "empty", "input is empty (0 bytes)"],
    ["x".repeat(11), "too_large", "standard input is over the 10 bytes limit (--max-size)"],
  ])("stdin %j → %s", async (text, code, message) => {
    const stdin = async (): Promise<Uint8Array> => new TextEncoder().encode(text);
    expect(await readSource("-", { maxBytes: 10, stdin })).toEqual({ ok: false, error: { code, message } });
  });
});

describe("readStreamLimited", () => {
  it("stops reading once over the limit", async () => {
    let pulled = 0;
    const chunks = function* (): Generator<Uint8Array> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield new Uint8Array(100);
      }
    };
    const bytes = await readStreamLimited(Readable.from(chunks()), 250);
    expect(bytes.length).toBe(300);
    expect(pulled).toBeLessThan(10);
  });
});

describe("formatBytes", () => {
  it.each([
    [17, "17 bytes"],
    [1024, "1 KB"],
    [300 * 1024, "300 KB"],
    [12.5 * 1024 * 1024, "12.5 MB"],
    [10 * 1024 * 1024, "10 MB"],
  ])("%d → %s", (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});
