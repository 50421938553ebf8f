#!/usr/bin/env node
// Facet latency (not part of npm test): times Store.incidentFacets on stores kept by `node scripts/bench-search.mjs
// --keep` (100,000 synthetic incidents): no query, a 1-character term, a 2-character term and a filtered query, 30
// runs each after the facet index is built (its build time is printed once), p50/p95 ms.
//   node scripts/bench-facets.mjs [--sqlite PATH] [--pg-database NAME] [--runs 30]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

register();
const { openSqliteStore } = await import("../src/storage/sqlite/sqlite-store.ts");
const { openPostgresStore } = await import("../src/storage/postgres/pg-store.ts");

const { values: args } = parseArgs({
  options: { sqlite: { type: "string" }, "pg-database": { type: "string" }, runs: { type: "string", default: "30" } },
});
const RUNS = Number(args.runs);
const QUERIES = [
  ["no query", {}],
  ["1 char: 県", { text: "県" }],
  ["2 chars: 氏名", { text: "氏名" }],
  [
    "filtered: 流出 + cause + from 2020 + company",
    { text: "流出", cause: "unauthorized_access", announcedFrom: "2020", organizationType: "company" },
  ],
  ["filters only: loss + from 2015", { cause: "loss", announcedFrom: "2015" }],
];

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(name, store) {
  const t0 = performance.now();
  const first = await store.incidentFacets({});
  console.log(`\n${name}: facet index built in ${(performance.now() - t0).toFixed(0)} ms (${first.total} incidents)`);
  console.log("| query | matches | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |");
  for (const [label, query] of QUERIES) {
    const times = [];
    let total = 0;
    for (let r = 0; r < RUNS + 3; r++) {
      const t = performance.now();
      total = (await store.incidentFacets(query)).total;
      if (r >= 3) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${label} | ${total.toLocaleString("en-US")} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} |`,
    );
  }
}

if (args.sqlite) {
  const store = await openSqliteStore(args.sqlite);
  await store.migrate();
  await measure("sqlite", store);
  await store.close();
}
if (args["pg-database"]) {
  const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
  url.pathname = `/${args["pg-database"]}`;
  const store = await openPostgresStore(url.toString());
  await store.migrate();
  await measure("postgres", store);
  await store.close();
}
