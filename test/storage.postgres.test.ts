import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import { openPostgresStore } from "../src/storage/postgres/pg-store.js";
import { describeStoreContract } from "../src/storage/store.contract.js";

/** The server to test against: DATABASE_URL, else the local default. A fresh database is created there and dropped. */
const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const database = `roei_test_${process.pid}_${Date.now().toString(36)}`;
const unreachable = await probe(adminUrl);

async function probe(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    await client.end().catch(() => undefined);
    return error instanceof Error ? error.message : String(error);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function testUrl(): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

if (unreachable !== null) {
  const why = `PostgreSQL is not reachable at ${adminUrl.replace(/:[^:@/]*@/, ":***@")} (${unreachable})`;
  process.stderr.write(`storage.postgres: contract suite skipped: ${why}; set DATABASE_URL to run it\n`);
  describe("Store contract: PostgreSQL", () => {
    it.skip(`skipped: ${why}`, () => {});
  });
} else {
  beforeAll(async () => {
    // A UTF-8 ctype: with LC_CTYPE=C, PostgreSQL's text functions treat Japanese as non-letters.
    await admin(
      `CREATE DATABASE ${database} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
    );
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
  let n = 0;
  describeStoreContract("PostgreSQL", () => {
    n += 1;
    return openPostgresStore(testUrl(), { schema: `roei_t${n}` });
  });
}
