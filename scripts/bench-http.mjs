#!/usr/bin/env node
// HTTP load test of `roei serve` (not part of npm test): builds a SQLite store of N synthetic incidents (default
// 100,000, the generator of bench-search) or reuses one (--db), starts the compiled server (bin/roei.js serve; builds
// dist/ first when it is older than src/) as a child process on a free loopback port, and drives it from this process
// with autocannon over a rotating mix of list and search URLs (JSON API and the HTML list page).
//   phase A (throughput): --runs times --duration-a s with --connections-a clients; medians reported.
//   phase B (endurance): --connections-b clients for --duration-b s; zero errors required.
// A 5 s warm-up at the phase A load comes first, not counted. Goals: phase A median ≥ 2,000 requests/s with p99 ≤ 50 ms; phase B no error, timeout or non-2xx answer.
// The server's per-client rate limit would refuse a load from one address: the bench sets ROEI_RATE_LIMIT=0.
//   node scripts/bench-http.mjs [--n 100000] [--db PATH] [--keep] [--no-cache] [--runs 3] [--duration-a 20]
//     [--connections-a 16] [--duration-b 60] [--connections-b 50] [--seed 7]
// Writes bench-out/bench-http.json.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { register } from "tsx/esm/api";
import { generate, loadIncidents } from "./bench/incidents.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    db: { type: "string" },
    keep: { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    "duration-a": { type: "string", default: "20" },
    "connections-a": { type: "string", default: "16" },
    "duration-b": { type: "string", default: "60" },
    "connections-b": { type: "string", default: "50" },
    seed: { type: "string", default: "7" },
  },
});
const N = Number(args.n);
const RUNS = Number(args.runs);
const GOAL_RPS = 2000;
const GOAL_P99_MS = 50;
const WARM_UP_SECONDS = 5;
for (const [name, value] of Object.entries({ n: N, runs: RUNS })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
}

// ---- the store ---------------------------------------------------------------------------------------------------

/** A SQLite file with N incidents: the one given (built when missing or empty), else a temp file. */
async function prepareStore() {
  register();
  const { openSqliteStore } = await import("../src/storage/sqlite/sqlite-store.ts");
  const dir = args.db ? null : mkdtempSync(join(tmpdir(), "roei-bench-http-"));
  const path = args.db ? resolve(args.db) : join(dir, "roei.db");
  const store = await openSqliteStore(path);
  try {
    await store.migrate();
    const have = (await store.listIncidents({ limit: 1 })).total;
    if (have > 0) {
      console.log(`store: reusing ${path} (${have.toLocaleString("en-US")} incidents)`);
      return { path, dir, incidents: have };
    }
    console.log(`store: generating ${N.toLocaleString("en-US")} incidents (seed ${args.seed}) into ${path} …`);
    const seconds = await loadIncidents(store, generate(N, Number(args.seed)));
    console.log(`store: loaded in ${seconds.toFixed(1)} s`);
    return { path, dir, incidents: N };
  } finally {
    await store.close();
  }
}

// ---- the server --------------------------------------------------------------------------------------------------

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), 0);
}

/** Builds dist/ when it is missing or older than src/. */
function ensureBuild() {
  const entry = join(root, "dist", "faces", "cli", "serve-main.js");
  if (existsSync(entry) && newestMtime(join(root, "dist")) >= newestMtime(join(root, "src"))) return;
  console.log("build: dist/ is older than src/, running npm run build …");
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/** Starts `roei serve` on a free loopback port; resolves with its base URL once it listens. */
function startServer(dbPath) {
  const argv = ["bin/roei.js", "serve", "--no-sample", "--db", dbPath, "--host", "127.0.0.1", "--port", "0"];
  if (args["no-cache"]) argv.push("--no-cache");
  const child = spawn(process.execPath, argv, {
    cwd: root,
    env: { ...process.env, ROEI_RATE_LIMIT: "0", PORT: "", HOST: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${log}`)), 30_000);
    child.stderr.on("data", (chunk) => {
      log += chunk.toString();
      const m = /roei serve: (http:\/\/127\.0\.0\.1:\d+)\/ \(([^)]*)\)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, base: m[1], banner: m[2], log: () => log });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${log}`));
    });
  });
}

// ---- the load ----------------------------------------------------------------------------------------------------

/** The rotating mix: each connection walks it in order, again and again. */
async function urlMix(base) {
  const first = await (await fetch(`${base}/api/incidents`)).json();
  if (!first.next) throw new Error("the store has a single page: no cursor for page 2");
  const paths = [
    "/api/incidents",
    `/api/incidents?q=${encodeURIComponent("県")}`,
    `/api/incidents?q=${encodeURIComponent("流出")}`,
    `/api/incidents?q=${encodeURIComponent("氏名")}&cause=unauthorized_access`,
    "/api/incidents?sort=affected",
    `/api/incidents?cursor=${first.next}`,
    `/?q=${encodeURIComponent("流出")}`,
  ];
  // Every URL answers 200 before it is timed.
  for (const path of paths) {
    const res = await fetch(base + path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  }
  return paths;
}

function runAutocannon(base, paths, connections, duration) {
  return new Promise((resolvePromise, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 10,
        requests: paths.map((path) => ({ method: "GET", path })),
      },
      (error, result) => (error ? reject(error) : resolvePromise(result)),
    );
  });
}

function summarize(result) {
  return {
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    loadAverage1m: loadavg()[0],
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function line(label, s) {
  return (
    `${label}: ${Math.round(s.requestsPerSecond).toLocaleString("en-US")} req/s, ` +
    `p50 ${s.latencyMs.p50} ms, p97.5 ${s.latencyMs.p97_5} ms, p99 ${s.latencyMs.p99} ms, ` +
    `errors ${s.errors}, timeouts ${s.timeouts}, non-2xx ${s.non2xx} (load avg ${s.loadAverage1m.toFixed(2)})`
  );
}

// ---- main --------------------------------------------------------------------------------------------------------

ensureBuild();
const store = await prepareStore();
const server = await startServer(store.path);
const cacheOn = !args["no-cache"];
console.log(
  `server: ${server.base} (${server.banner}); the bench set ROEI_RATE_LIMIT=0 to turn the per-client limit off`,
);
const report = {
  incidents: store.incidents,
  cache: cacheOn,
  rateLimit: "off (ROEI_RATE_LIMIT=0)",
  loadAverageBefore: loadavg(),
  cpus: (await import("node:os")).cpus().length,
  phaseA: { connections: Number(args["connections-a"]), duration: Number(args["duration-a"]), runs: [] },
  phaseB: null,
};
try {
  const paths = await urlMix(server.base);
  console.log(`mix (${paths.length} URLs, rotating): ${paths.map((p) => decodeURIComponent(p)).join("  ")}`);
  // Warm-up at the phase A load (JIT, heap, the cache filled), not counted: the runs measure the steady state.
  await runAutocannon(server.base, paths, report.phaseA.connections, WARM_UP_SECONDS);
  for (let r = 1; r <= RUNS; r++) {
    const s = summarize(await runAutocannon(server.base, paths, report.phaseA.connections, report.phaseA.duration));
    report.phaseA.runs.push(s);
    console.log(
      line(`phase A run ${r}/${RUNS} (${report.phaseA.connections} connections, ${report.phaseA.duration} s)`, s),
    );
  }
  const b = summarize(
    await runAutocannon(server.base, paths, Number(args["connections-b"]), Number(args["duration-b"])),
  );
  report.phaseB = { connections: Number(args["connections-b"]), duration: Number(args["duration-b"]), ...b };
  console.log(line(`phase B (${report.phaseB.connections} connections, ${report.phaseB.duration} s)`, b));
} finally {
  server.child.kill("SIGTERM");
  await new Promise((r) => server.child.once("exit", r));
  if (store.dir && !args.keep) rmSync(store.dir, { recursive: true, force: true });
  else if (store.dir) console.log(`store: kept ${store.path} (reuse with --db)`);
}

const rps = median(report.phaseA.runs.map((s) => s.requestsPerSecond));
const p99 = median(report.phaseA.runs.map((s) => s.latencyMs.p99));
const p50 = median(report.phaseA.runs.map((s) => s.latencyMs.p50));
const b = report.phaseB;
const bErrors = b.errors + b.timeouts + b.non2xx;
report.medians = { requestsPerSecond: rps, p50Ms: p50, p99Ms: p99 };
report.loadAverageAfter = loadavg();
report.goals = {
  throughput: { goal: `≥ ${GOAL_RPS} req/s`, value: rps, pass: rps >= GOAL_RPS },
  latency: { goal: `p99 ≤ ${GOAL_P99_MS} ms`, value: p99, pass: p99 <= GOAL_P99_MS },
  endurance: { goal: `${b.connections} clients ${b.duration} s, 0 errors`, value: bErrors, pass: bErrors === 0 },
};

console.log(
  `\nsummary (${store.incidents.toLocaleString("en-US")} incidents, cache ${cacheOn ? "on" : "off"}, rate limit off, ` +
    `${report.cpus} CPUs, load avg ${report.loadAverageBefore.map((x) => x.toFixed(2)).join(" ")} → ` +
    `${report.loadAverageAfter.map((x) => x.toFixed(2)).join(" ")})`,
);
console.log(
  `${report.goals.throughput.pass ? "PASS" : "FAIL"} throughput: median ${Math.round(rps).toLocaleString("en-US")} req/s over ${RUNS} runs (goal ≥ ${GOAL_RPS})`,
);
console.log(
  `${report.goals.latency.pass ? "PASS" : "FAIL"} latency: median p99 ${p99} ms, p50 ${p50} ms (goal p99 ≤ ${GOAL_P99_MS} ms)`,
);
console.log(
  `${report.goals.endurance.pass ? "PASS" : "FAIL"} endurance: ${b.connections} connections for ${b.duration} s, ${b.requests.toLocaleString("en-US")} requests, ${b.errors} errors, ${b.timeouts} timeouts, ${b.non2xx} non-2xx (p99 ${b.latencyMs.p99} ms)`,
);
const outDir = join(root, "bench-out");
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "bench-http.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log("written: bench-out/bench-http.json");
