#!/usr/bin/env node
// Search latency of the storage engines (not part of npm test): builds N synthetic incidents (default 100,000) with a
// source article each, loads them through the Store API into SQLite (temp file) and PostgreSQL (a database it creates
// and drops), then times listIncidents (total + first 20, newest first) for 1-, 2- and 5-character queries, one
// filtered query and terms within an announced range, and prints p50/p95 per query and per class (≈ marks an estimated
// total). Target: p95 ≤ 20 ms for every class.
//   node scripts/bench-search.mjs [--n 100000] [--runs 30] [--engines sqlite,postgres] [--seed 7] [--keep]
//   --keep leaves the SQLite file and the PostgreSQL database; --pg-database NAME measures (and migrates) a kept one.
// PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test (skipped with a message when unreachable).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { register } from "tsx/esm/api";
import { generate, loadIncidents } from "./bench/incidents.mjs";

register();
const { openSqliteStore } = await import("../src/storage/sqlite/sqlite-store.ts");
const { openPostgresStore } = await import("../src/storage/postgres/pg-store.ts");

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    runs: { type: "string", default: "30" },
    engines: { type: "string", default: "sqlite,postgres" },
    seed: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
    "pg-database": { type: "string" },
  },
});
const N = Number(args.n);
const RUNS = Number(args.runs);
const TARGET_MS = 20;
const BATCH = 500;

const QUERIES = [
  { label: "1 char", text: "県" },
  { label: "1 char", text: "市" },
  { label: "1 char", text: "漏" },
  { label: "1 char", text: "鍵" },
  { label: "2 chars", text: "流出" },
  { label: "2 chars", text: "氏名" },
  { label: "2 chars", text: "紛失" },
  { label: "2 chars", text: "旅券" },
  { label: "5 chars", text: "保護委員会" },
  { label: "5 chars", text: "標的型攻撃" },
  { label: "5 chars", text: "住宅ローン" },
  { label: "5 chars", text: "クレジット" },
  { label: "5 chars", text: "閲覧できる" },
  {
    label: "filtered",
    text: "流出",
    cause: "unauthorized_access",
    announcedFrom: "2020",
    organizationType: "company",
    sort: "affected",
  },
  { label: "other", text: "流出", sort: "affected" },
  { label: "other", text: "氏名", sort: "announced", order: "asc" },
  { label: "term + range", text: "住宅ローン", announcedFrom: "2015-04-01", announcedTo: "2016-03-31" },
  { label: "term + range", text: "標的型攻撃", announcedFrom: "2020", announcedTo: "2020" },
  { label: "term + range", text: "旅券", announcedFrom: "2010-01", announcedTo: "2010-06" },
  { label: "term + range", text: "県", announcedFrom: "2024-01-01", announcedTo: "2024-03-31" },
];

// ---- timing ------------------------------------------------------------------------------------------------------

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(store) {
  const results = [];
  for (const q of QUERIES) {
    const { label, ...query } = q;
    let total = 0;
    let estimated = false;
    for (let w = 0; w < 3; w++) {
      const page = await store.listIncidents({ ...query, limit: 20 });
      total = page.total;
      estimated = page.estimated === true;
    }
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await store.listIncidents({ ...query, limit: 20 });
      times.push(performance.now() - t0);
    }
    results.push({ label, text: q.text, query, filtered: label === "filtered", total, estimated, times });
  }
  return results;
}

// ---- engines -----------------------------------------------------------------------------------------------------

async function benchSqlite(data) {
  const dir = mkdtempSync(join(tmpdir(), "roei-bench-"));
  const store = await openSqliteStore(join(dir, "roei.db"));
  try {
    await store.migrate();
    const loadSeconds = await loadIncidents(store, data, BATCH);
    return { engine: "sqlite", loadSeconds, results: await measure(store) };
  } finally {
    await store.close();
    if (args.keep) console.log(`sqlite: kept ${join(dir, "roei.db")}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(data) {
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`postgres: skipped, cannot connect to ${adminUrl} (${error.message})`);
    return null;
  }
  const reuse = args["pg-database"];
  const database = reuse ?? `roei_bench_${process.pid}`;
  if (!reuse) {
    await admin.query(
      `CREATE DATABASE ${database} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
    );
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const store = await openPostgresStore(url.toString());
  try {
    const migrateStart = performance.now();
    await store.migrate();
    if (reuse)
      console.log(`postgres: migrated ${database} in ${((performance.now() - migrateStart) / 1000).toFixed(1)} s`);
    const loadSeconds = reuse ? 0 : await loadIncidents(store, data, BATCH);
    const analyze = new pg.Client({ connectionString: url.toString() });
    await analyze.connect();
    await analyze.query("VACUUM ANALYZE");
    await analyze.end();
    return { engine: "postgres", loadSeconds, results: await measure(store) };
  } finally {
    await store.close();
    if (args.keep || reuse) console.log(`postgres: kept database ${database}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

// ---- report ------------------------------------------------------------------------------------------------------

function fmt(ms) {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function describeExtras(query) {
  const { text: _text, ...rest } = query;
  const parts = Object.entries(rest).map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

function printRun(run) {
  console.log(`\n${run.engine}: ${N.toLocaleString("en-US")} incidents loaded in ${run.loadSeconds.toFixed(1)} s`);
  console.log("| query | hits | p50 ms | p95 ms |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const r of run.results) {
    const sorted = [...r.times].sort((a, b) => a - b);
    const name = r.filtered ? `${r.text} + cause, from, org type, by affected` : `${r.text}${describeExtras(r.query)}`;
    console.log(
      `| ${r.label}: ${name} | ${r.estimated ? "≈" : ""}${r.total.toLocaleString("en-US")} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 95))} |`,
    );
  }
  console.log("| by class (all runs) | | p50 ms | p95 ms |");
  for (const label of [...new Set(run.results.map((r) => r.label))]) {
    const sorted = run.results
      .filter((r) => r.label === label)
      .flatMap((r) => r.times)
      .sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(`| ${label} | | ${fmt(percentile(sorted, 50))} | ${fmt(p95)} ${p95 <= TARGET_MS ? "✓" : "✗"} |`);
  }
}

const engines = args.engines.split(",");
console.log(`generating ${N.toLocaleString("en-US")} incidents (seed ${args.seed}) …`);
const data = generate(N, Number(args.seed));
const runs = [];
if (engines.includes("sqlite")) runs.push(await benchSqlite(data));
if (engines.includes("postgres")) {
  const run = await benchPostgres(data);
  if (run) runs.push(run);
}
for (const run of runs) printRun(run);
if (runs.length === 2) {
  // An estimated total (PostgreSQL, many matches) is compared within 5 %.
  const agree = (a, b) =>
    a.estimated || b.estimated ? Math.abs(a.total - b.total) <= 0.05 * Math.max(a.total, b.total) : a.total === b.total;
  const differ = runs[0].results.filter((r, i) => !agree(r, runs[1].results[i])).map((r) => r.text);
  console.log(
    differ.length === 0 ? "\nhits agree between engines" : `\nhits DIFFER between engines: ${differ.join(", ")}`,
  );
}
