/** `roei token create|list|revoke` in process on a throw-away SQLite store. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runRoei } from "../../../test/support/in-process.js";
import { openStore } from "../../storage/open.js";
import { hashToken, verifyToken } from "../server/auth/token.js";

const root = mkdtempSync(join(tmpdir(), "roei-token-"));
const db = join(root, "roei.db");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("roei token", () => {
  it("creates a token, prints it once, and stores only its hash", async () => {
    const r = await runRoei(["token", "create", "--role", "editor", "--name", "取り込みbot", "--db", db]);
    expect(r.code, r.err).toBe(0);
    const token = r.out.trim();
    expect(token).toMatch(/^roei_[A-Za-z0-9_-]{43}$/);
    expect(r.err).toContain("shown only this once");
    expect(r.err).not.toContain(token);
    const rows = new Database(db, { readonly: true }).prepare("SELECT * FROM tokens").all() as Record<
      string,
      unknown
    >[];
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(5));
    expect(rows[0]).toMatchObject({ role: "editor", name: "取り込みbot", hash: hashToken(token), revoked_at: null });
    // Nor anywhere in the database file (WAL included).
    for (const file of [db, `${db}-wal`]) {
      try {
        expect(readFileSync(file).includes(Buffer.from(token.slice(5)))).toBe(false);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    }
    const store = await openStore({ db });
    expect(await verifyToken(store, token)).toMatchObject({ role: "editor" });
    await store.close();
  });

  it("lists tokens without secrets and revokes one", async () => {
    const created = await runRoei(["token", "create", "--role", "admin", "--db", db]);
    const token = created.out.trim();
    const list = await runRoei(["token", "list", "--format", "json", "--db", db]);
    expect(list.code).toBe(0);
    const tokens = JSON.parse(list.out) as { id: number; role: string; name: string; hash?: string }[];
    expect(tokens.map((t) => [t.role, t.name])).toEqual([
      ["editor", "取り込みbot"],
      ["admin", "admin"],
    ]);
    expect(list.out).not.toContain(hashToken(token));
    expect(tokens[0]).not.toHaveProperty("hash");
    const id = String(tokens[1]!.id);
    expect((await runRoei(["token", "revoke", id, "--db", db])).code).toBe(0);
    const again = await runRoei(["token", "revoke", id, "--db", db]);
    expect([again.code, again.err]).toEqual([1, `roei: no live token ${id}\n`]);
    expect((await runRoei(["token", "list", "--db", db])).out).toMatch(/admin\tadmin\t.*revoked /);
    const store = await openStore({ db });
    expect(await verifyToken(store, token)).toBeNull();
    await store.close();
  });

  it.each([
    [["token"], "token needs create, list or revoke"],
    [["token", "create"], "--role must be editor or admin"],
    [["token", "create", "--role", "root"], "--role must be editor or admin"],
    [["token", "revoke", "abc"], "token revoke needs one numeric ID"],
    [["token", "drop"], "unknown token command drop"],
  ])("refuses %j with a usage error", async (argv, message) => {
    const r = await runRoei([...argv, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(`roei: ${message}`);
  });
});
