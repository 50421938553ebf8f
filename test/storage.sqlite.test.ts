import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openSqliteStore } from "../src/storage/sqlite/sqlite-store.js";
import { describeStoreContract } from "../src/storage/store.contract.js";

const dir = mkdtempSync(join(tmpdir(), "roei-sqlite-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract("SQLite (temp file)", () => {
  n += 1;
  return openSqliteStore(join(dir, `store-${n}`, "roei.db"));
});
