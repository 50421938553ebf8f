#!/usr/bin/env node
// reportsNamedLike at scale (not part of npm test): stores N synthetic reports (default 100,000), each naming its
// organization and sometimes a vendor in `also`, on SQLite (temp file) and PostgreSQL (a database it creates and
// drops), then times tx.reportsNamedLike for typical name keys (a full name, a short abbreviation, a name contained in
// stored ones) and prints p50/p95. It runs once per ingested source, so it bounds the ingest rate of a big database.
//   node scripts/bench/bench-names.mjs [--n 100000] [--runs 20] [--engines sqlite,postgres]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { register } from "tsx/esm/api";
import { mulberry32 } from "./random.mjs";

register();
const { openSqliteStore } = await import("../../src/storage/sqlite/sqlite-store.ts");
const { openPostgresStore } = await import("../../src/storage/postgres/pg-store.ts");

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    runs: { type: "string", default: "20" },
    engines: { type: "string", default: "sqlite,postgres" },
  },
});
const N = Number(args.n);
const RUNS = Number(args.runs);

const random = mulberry32(11);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const KANJI = "山川田中村本松井上木林森石原野小大高橋北南東西新古長岡島坂藤青白桜緑".split("");
const KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニハヒフホマミムメモヤユヨラリルレロワン".split("");
const TAILS = ["商事", "電機", "システムズ", "ホールディングス", "物産", "銀行", "証券", "保険", "市", "病院", "大学"];
const kata = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(KATAKANA)).join("");
const NAMES = Array.from({ length: 20_000 }, () =>
  random() < 0.5 ? `株式会社${kata()}${pick(TAILS)}` : `${pick(KANJI)}${pick(KANJI)}${pick(KANJI)}${pick(TAILS)}`,
);

function anIncident(organization, also) {
  return {
    organization,
    also,
    announced: "2024-05-01",
    affected: { value: 100, qualifier: "exact", unit: "people" },
    data_items: ["name"],
    cause: "unauthorized_access",
    cves: [],
    evidence: "100人分",
    certainty: "confirmed",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
  };
}

async function load(store) {
  const started = performance.now();
  for (let from = 0; from < N; from += 1000) {
    await store.transaction(async (tx) => {
      for (let i = from; i < Math.min(N, from + 1000); i++) {
        const source = await tx.insertSource({
          key: `https://news.example.jp/${i}`,
          version: 1,
          fetchedAt: "2025-01-01T00:00:00.000Z",
          published: null,
          contentHash: `names-${i}`,
          title: null,
          text: "本文",
          status: "ok",
          error: null,
        });
        const also = random() < 0.2 ? [pick(NAMES)] : [];
        await tx.insertReports(source.id, [anIncident(NAMES[i % NAMES.length], also)]);
      }
    });
  }
  return (performance.now() - started) / 1000;
}

const LOOKUPS = [
  { label: "full name", keys: () => [NAMES[7].replace("株式会社", "")] },
  { label: "abbreviation (3 chars)", keys: () => ["北交省"] },
  { label: "name contained in others", keys: () => ["システムズ"] },
  { label: "name + also (3 keys)", keys: () => [NAMES[3], NAMES[4], "ミナト"].map((k) => k.replace("株式会社", "")) },
];

async function measure(store) {
  const out = [];
  for (const l of LOOKUPS) {
    const keys = l.keys();
    let hits = 0;
    const times = [];
    for (let r = 0; r < RUNS + 2; r++) {
      await store.transaction(async (tx) => {
        const t0 = performance.now();
        hits = (await tx.reportsNamedLike(keys)).length;
        if (r >= 2) times.push(performance.now() - t0);
      });
    }
    times.sort((a, b) => a - b);
    const p = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    out.push({ label: l.label, keys: keys.join(" "), hits, p50: p(0.5), p95: p(0.95) });
  }
  return out;
}

async function run(engine) {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "roei-names-"));
    const store = await openSqliteStore(join(dir, "roei.db"));
    try {
      await store.migrate();
      return { engine, load: await load(store), results: await measure(store) };
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const database = `roei_names_${process.pid}`;
  await admin.query(
    `CREATE DATABASE ${database} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
  );
  const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  const store = await openPostgresStore(url);
  try {
    await store.migrate();
    const loaded = await load(store);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("VACUUM ANALYZE");
    await c.end();
    return { engine, load: loaded, results: await measure(store) };
  } finally {
    await store.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

for (const engine of args.engines.split(",")) {
  const r = await run(engine);
  console.log(`\n${engine}: ${N.toLocaleString("en-US")} reports loaded in ${r.load.toFixed(1)} s`);
  console.log("| lookup | keys | reports | p50 ms | p95 ms |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const x of r.results) {
    console.log(`| ${x.label} | ${x.keys} | ${x.hits} | ${x.p50.toFixed(2)} | ${x.p95.toFixed(2)} |`);
  }
}
