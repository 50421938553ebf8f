import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../src/storage/postgres/pg-store.js";
import { anIncident, aSource, describeStoreContract, toNewIncident } from "../src/storage/store.contract.js";

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
  describeStoreContract(
    "PostgreSQL",
    () => {
      n += 1;
      return openPostgresStore(testUrl(), { schema: `roei_t${n}` });
    },
    () => openPostgresStore(testUrl(), { schema: `roei_t${n}` }),
  );
}

if (unreachable === null) {
  describe("PostgreSQL: estimated totals for searches that match many incidents", () => {
    it("walks the sort index for the page, estimates the total, and counts exactly when the walk runs out", async () => {
      const store = await openPostgresStore(testUrl(), { schema: "roei_estimate", estimateTotalsFrom: 10 });
      try {
        await store.migrate();
        await store.transaction(async (tx) => {
          const incidents = [];
          for (let i = 0; i < 300; i++) {
            const text = i % 3 === 0 ? `漏えい事案${i}、個人情報保護委員会に報告` : `紛失事案${i}、警察に相談`;
            const source = await tx.insertSource(aSource({ text }));
            const day = String((i % 28) + 1).padStart(2, "0");
            const announced = `20${String(10 + (i % 15))}-03-${day}`;
            incidents.push(toNewIncident(`k${i}`, anIncident({ announced }), { sourceIds: [source.id] }));
          }
          await tx.replaceIncidents([], incidents, []);
        });
        await admin0(`ANALYZE roei_estimate.incidents`);
        const exact = (await store.listIncidents({ text: "保護委員会", limit: 1000 })).items.map((i) => i.key);
        expect(exact).toHaveLength(100);
        const page = await store.listIncidents({ text: "保護委員会", limit: 7, offset: 3 });
        expect(page.estimated).toBe(true);
        expect(page.total).toBeGreaterThan(50);
        expect(page.total).toBeLessThan(200);
        expect(page.items.map((i) => i.key)).toEqual(exact.slice(3, 10));
        const asc = await store.listIncidents({ text: "保護委員会", order: "asc", limit: 5 });
        expect(asc.items.map((i) => i.key)).toEqual([...exact].reverse().slice(0, 5));
        const rest = await store.listIncidents({ text: "保護委員会", limit: 50, offset: 80 });
        expect(rest).toMatchObject({ total: 100 });
        expect(rest.estimated).toBeUndefined();
      } finally {
        await store.close();
      }
    });
  });
}

async function admin0(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
