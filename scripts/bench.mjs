#!/usr/bin/env node
// npm run bench: roei's extraction speed next to bare kuromoji and MeCab on one synthetic corpus, the CLI's peak RSS
// on a 100 MB batch, and the time of each pathological input; prints a summary and writes bench-out/bench.json.
// roei and MeCab run side by side (pairs of a roei pass and a MeCab run); the goal is judged on the pairs' median ratio.
//   npm run bench                          20 MB corpus, 100 MB batch, seed 20240601
//   npm run bench -- --corpus-mb 5 --batch-mb 20 --seed 7 --keep --skip kuromoji,mecab,pathological,batch
//   npm run bench -- --cli path/to/entry.js  measure another CLI entry (run as `node ENTRY extract --format json FILE…`)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findSources, writeCorpus } from "./bench/corpus.mjs";
import { PATHOLOGICAL_CASES, TARGET_MS } from "./bench/pathological-cases.mjs";
import { peakRssMiB } from "./bench/rss.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const here = join(root, "scripts", "bench");
const shared = process.env.ROEI_SHARED ?? join(root, "..", "shared");
const distExtract = join(root, "dist", "pipeline", "extract", "index.js");
const distCli = join(root, "dist", "faces", "cli", "main.js");
const MB = 1e6;
const RSS_TARGET_MIB = 512;
const MECAB_GOAL = 1.0;
const CASE_TIMEOUT_MS = 60_000;
const MAX_ARGV_BYTES = 1_000_000;
// The two rates the goal compares are measured in pairs, a roei pass over the corpus beside a whole MeCab run, the
// order alternating, so both figures of a pair see the same machine; each rate is the best of its runs.
const PAIRS = 5;

const { values: opts } = parseArgs({
  options: {
    "corpus-mb": { type: "string", default: "20" },
    "batch-mb": { type: "string", default: "100" },
    seed: { type: "string", default: "20240601" },
    skip: { type: "string", default: "" },
    keep: { type: "boolean", default: false },
    cli: { type: "string" },
  },
});
const seed = Number(opts.seed);
const skip = new Set(opts.skip.split(",").filter(Boolean));
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const fmt = (n, digits = 2) => (n === null || n === undefined ? "–" : n.toFixed(digits));
const rate = (bytes, ms) => bytes / MB / (ms / 1000);

/** Rebuilds dist/ when it is missing or older than any file in src/; a build with type errors still emits. */
function ensureBuild() {
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
      .reduce((max, e) => Math.max(max, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
  if (existsSync(distExtract) && statSync(distExtract).mtimeMs >= newest(join(root, "src"))) {
    return { built: false, ok: true };
  }
  log("dist/ is missing or older than src/: npm run build");
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) log("npm run build reported errors; measuring whatever dist/ it emitted");
  return { built: true, ok: r.status === 0 };
}

/** Runs a measuring child (node script) and returns the JSON it printed on its last stdout line. */
function runChild(script, args, timeout = 0) {
  const r = spawnSync(process.execPath, [join(here, script), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
    timeout,
  });
  if (r.error?.code === "ETIMEDOUT" || r.signal === "SIGTERM") return { timedOut: true };
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  if (r.status !== 0 || !last.startsWith("{")) throw new Error(`${script} ${args.join(" ")} exited ${r.status}`);
  return JSON.parse(last);
}

/** Runs a command under /usr/bin/time -v (or polls /proc for VmHWM) and returns wall ms, peak RSS and status. */
async function measureProcess(cmd, args, { cwd, stdin = "ignore" } = {}) {
  const timeBin = "/usr/bin/time";
  const useTime = existsSync(timeBin);
  const [file, argv] = useTime ? [timeBin, ["-v", cmd, ...args]] : [cmd, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd, stdio: [stdin, "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (d) => {
    stderr = (stderr + d).slice(-64 * 1024);
  });
  let polled = null;
  const poll = useTime
    ? null
    : setInterval(() => {
        polled = Math.max(polled ?? 0, peakRssMiB(child.pid) ?? 0);
      }, 20);
  const status = await new Promise((ok) => child.on("close", (code) => ok(code)));
  const ms = performance.now() - start;
  if (poll) clearInterval(poll);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const exit = /Exit status: (\d+)/.exec(stderr);
  return {
    ms,
    peakRssMiB: kb ? Number(kb[1]) / 1024 : polled,
    status: exit ? Number(exit[1]) : status,
    rssFrom: useTime ? "/usr/bin/time -v" : "/proc VmHWM polling",
    stderrTail: stderr.slice(-2000),
  };
}

/** roei alone (MeCab skipped or missing): best of PAIRS passes. */
function benchRoei(corpus) {
  log(`roei: extractIncidents over ${corpus.files.length} files, best of ${PAIRS} passes`);
  return roeiFigures(runChild("measure-roei.mjs", [distExtract, corpus.dir, String(PAIRS)]));
}

function roeiFigures(r) {
  return { ...r, mbPerS: rate(r.bytes, r.ms), msPerFile: r.ms / r.files };
}

function benchKuromoji(corpus) {
  if (skip.has("kuromoji")) return { skipped: "--skip kuromoji" };
  log("kuromoji: loading the dictionary, then tokenize() per line");
  const r = runChild("measure-kuromoji.mjs", [corpus.dir]);
  return { ...r, mbPerS: rate(r.bytes, r.ms), msPerFile: r.ms / r.files };
}

/** MeCab on PATH and the corpus as one file for it, or why it is skipped. */
function prepareMecab(corpus, work) {
  const install = "apt-get install -y mecab mecab-ipadic-utf8";
  if (skip.has("mecab")) return { skipped: "--skip mecab" };
  const probe = spawnSync("mecab", ["-v"], { encoding: "utf8" });
  if (probe.error) return { skipped: `mecab is not on PATH (install: ${install})` };
  const whole = join(work, "corpus-all.txt");
  const fd = openSync(whole, "w");
  for (const f of corpus.files) writeFileSync(fd, readFileSync(join(corpus.dir, f)));
  closeSync(fd);
  return { version: probe.stdout.trim(), whole, bytes: statSync(whole).size };
}

/** One `mecab < corpus > /dev/null` run. */
async function mecabRun(whole) {
  const input = openSync(whole, "r");
  try {
    return await measureProcess("mecab", [], { stdin: input });
  } finally {
    closeSync(input);
  }
}

/**
 * roei's passes (a child holding the corpus, warm, one pass per request) interleaved with MeCab's runs: MeCab then
 * roei, roei then MeCab, … Returns both rates (best of each) and the ratio of every pair.
 */
async function benchRoeiBesideMecab(corpus, work) {
  const prepared = prepareMecab(corpus, work);
  if (prepared.skipped) return { roei: benchRoei(corpus), mecab: { skipped: prepared.skipped }, pairs: [] };
  log(`roei beside MeCab: ${PAIRS} pairs of a roei pass over ${corpus.files.length} files and a mecab run`);
  const child = spawn(process.execPath, [join(here, "measure-roei.mjs"), distExtract, corpus.dir, "serve"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const read = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error("measure-roei.mjs ended before its summary");
    return JSON.parse(value);
  };
  const roeiPass = async () => {
    child.stdin.write("pass\n");
    return (await read()).ms;
  };
  try {
    await read(); // ready: corpus loaded, code warm
    const pairs = [];
    const runs = [];
    for (let i = 0; i < PAIRS; i++) {
      let roeiMs;
      let run;
      if (i % 2 === 0) {
        run = await mecabRun(prepared.whole);
        roeiMs = await roeiPass();
      } else {
        roeiMs = await roeiPass();
        run = await mecabRun(prepared.whole);
      }
      if (run.status !== 0) {
        child.stdin.write("end\n");
        const roei = roeiFigures(await read());
        return {
          roei,
          mecab: { skipped: `mecab exited ${run.status}: ${run.stderrTail.trim().slice(0, 300)}` },
          pairs,
        };
      }
      runs.push(run);
      pairs.push({ roeiMs, mecabMs: run.ms });
    }
    child.stdin.write("end\n");
    const roei = roeiFigures(await read());
    const ms = Math.min(...runs.map((r) => r.ms));
    const mecab = {
      version: prepared.version,
      bytes: prepared.bytes,
      ms,
      runsMs: runs.map((r) => r.ms),
      mbPerS: rate(prepared.bytes, ms),
      peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB ?? 0)),
    };
    return {
      roei,
      mecab,
      pairs: pairs.map((p) => ({ ...p, ratio: rate(roei.bytes, p.roeiMs) / rate(prepared.bytes, p.mecabMs) })),
    };
  } finally {
    child.stdin.end();
  }
}

function benchPathological() {
  if (skip.has("pathological")) return { skipped: "--skip pathological" };
  const cases = PATHOLOGICAL_CASES.map((c) => {
    log(`pathological: ${c.name}`);
    const r = runChild("measure-pathological.mjs", [distExtract, c.name], CASE_TIMEOUT_MS);
    const result = r.timedOut ? { name: c.name, ms: null, error: `no result within ${CASE_TIMEOUT_MS} ms` } : r;
    return { ...result, extra: c.extra === true };
  });
  const measured = cases.filter((c) => c.ms !== null);
  const worst = measured.reduce((w, c) => (w === null || c.ms > w.ms ? c : w), null);
  const failed = cases.filter((c) => c.error);
  return {
    targetMs: TARGET_MS,
    maxMs: worst?.ms ?? null,
    maxCase: worst?.name ?? null,
    ok: failed.length === 0 && (worst?.ms ?? 0) <= TARGET_MS,
    status: failed.length > 0 ? `${failed.length} ERROR(S)` : (worst?.ms ?? 0) > TARGET_MS ? "SLOW" : "ok",
    cases,
  };
}

/** The real CLI over a ~100 MB batch, as few processes as argv allows; reports the highest peak RSS. */
async function benchBatch(docs, work) {
  if (skip.has("batch")) return { skipped: "--skip batch" };
  const cli = opts.cli ? resolve(opts.cli) : join(root, "bin", "roei.js");
  if (!opts.cli && !existsSync(distCli)) return { skipped: "dist/faces/cli/main.js is not built yet (no CLI to run)" };
  const dir = join(work, "batch");
  const targetBytes = Number(opts["batch-mb"]) * MB;
  log(`batch: writing ${opts["batch-mb"]} MB of articles`);
  const batch = writeCorpus(dir, docs, targetBytes, seed + 1);
  const sanity = checkCli(cli, dir, batch.files.slice(0, 2));
  if (sanity.error) return { skipped: `the CLI failed on 2 files: ${sanity.error}` };
  const chunks = [];
  let current = [];
  let size = 0;
  for (const f of batch.files) {
    if (size + f.length + 1 > MAX_ARGV_BYTES && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  const runs = [];
  for (const [i, chunk] of chunks.entries()) {
    log(`batch: roei extract --format json, process ${i + 1}/${chunks.length} (${chunk.length} files)`);
    runs.push(await measureProcess(process.execPath, [cli, "extract", "--format", "json", ...chunk], { cwd: dir }));
  }
  const ms = runs.reduce((s, r) => s + r.ms, 0);
  const peak = Math.max(...runs.map((r) => r.peakRssMiB ?? 0));
  const failed = runs.filter((r) => r.status !== 0);
  return {
    files: batch.files.length,
    bytes: batch.bytes,
    cli: opts.cli ? cli : "bin/roei.js",
    processes: runs.length,
    ms,
    mbPerS: rate(batch.bytes, ms),
    peakRssMiB: peak,
    targetMiB: RSS_TARGET_MIB,
    ok: failed.length === 0 && peak <= RSS_TARGET_MIB,
    rssFrom: runs[0]?.rssFrom,
    sanityArticles: sanity.articles,
    ...(failed.length > 0 ? { failures: failed.map((r) => ({ status: r.status, stderrTail: r.stderrTail })) } : {}),
  };
}

/** Runs the CLI on two files and checks it prints one JSON array with an entry per article. */
function checkCli(cli, cwd, files) {
  try {
    const out = execFileSync(process.execPath, [cli, "extract", "--format", "json", ...files], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const parsed = JSON.parse(out);
    return { articles: Array.isArray(parsed) ? parsed.length : null };
  } catch (e) {
    const detail = e.stderr ? String(e.stderr).trim().split("\n").slice(-3).join(" | ") : String(e.message ?? e);
    return { error: detail.slice(0, 400) };
  }
}

function printSummary(out) {
  const { corpus, roei, kuromoji, mecab, ratios, batch, pathological } = out;
  const row = (name, r, note = "") =>
    r.skipped
      ? `  ${name.padEnd(26)} skipped: ${r.skipped}`
      : `  ${name.padEnd(26)} ${fmt(r.mbPerS).padStart(7)} ${fmt(r.msPerFile, 3).padStart(9)} ${fmt(r.peakRssMiB, 0).padStart(9)}   ${note}`;
  const lines = [
    "",
    `roei bench: seed ${out.seed}, node ${out.node}, ${out.machine.cpus}× ${out.machine.model}, load average at start ${out.machine.loadAverageAtStart.join(" ")}`,
    `corpus: ${corpus.files} files, ${fmt(corpus.bytes / MB)} MB (sources: ${Object.entries(corpus.sources)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")})${out.build.ok ? "" : "  [npm run build had errors]"}`,
    "",
    `  ${"".padEnd(26)} ${"MB/s".padStart(7)} ${"ms/file".padStart(9)} ${"RSS MiB".padStart(9)}`,
    row("roei extractIncidents", roei, `${roei.incidents} incidents; slowest file ${fmt(roei.slowestFile?.ms, 1)} ms`),
    row("kuromoji tokenize", kuromoji, kuromoji.loadMs ? `dictionary load ${fmt(kuromoji.loadMs, 0)} ms` : ""),
    row("MeCab CLI (ipadic)", mecab, mecab.version ?? ""),
    "",
    `  roei ÷ kuromoji: ${ratios.roeiOverKuromoji === null ? "–" : `${fmt(ratios.roeiOverKuromoji)}×`}`,
    `  roei ÷ MeCab:    ${ratios.roeiOverMecab === null ? "–" : `${fmt(ratios.roeiOverMecab)}×`}  (goal ≥ ${fmt(MECAB_GOAL, 1)}×: ${ratios.meetsMecabGoal === null ? "not measured" : ratios.meetsMecabGoal ? "met" : "NOT met"})`,
    ...(ratios.roeiOverMecabPairs.length > 0
      ? [
          `                   median of ${ratios.roeiOverMecabPairs.length} side-by-side pairs (${ratios.roeiOverMecabPairs.map((r) => fmt(r)).join(", ")}); best ÷ best ${fmt(ratios.bestOverBest)}×`,
        ]
      : []),
    "",
    batch.skipped
      ? `  100 MB batch: skipped: ${batch.skipped}`
      : `  ${fmt(batch.bytes / MB, 0)} MB batch, CLI in ${batch.processes} process(es): peak RSS ${fmt(batch.peakRssMiB, 0)} MiB (target ${batch.targetMiB} MiB: ${batch.peakRssMiB <= batch.targetMiB ? "ok" : "OVER"}), ${fmt(batch.ms / 1000, 1)} s, ${fmt(batch.mbPerS)} MB/s${batch.failures ? `, ${batch.failures.length} process(es) FAILED` : ""}`,
    pathological.skipped
      ? `  pathological: skipped: ${pathological.skipped}`
      : `  pathological (${pathological.cases.length} cases): max ${fmt(pathological.maxMs, 1)} ms (${pathological.maxCase}) (target ${pathological.targetMs} ms: ${pathological.status})`,
    ...(pathological.cases ?? []).map(
      (c) =>
        `    ${c.name.padEnd(22)} ${c.ms === null ? "–" : fmt(c.ms, 1).padStart(9)} ms${c.extra ? "  (extra case)" : ""}${c.error ? `  ERROR ${c.error.split("\n")[0]}` : ""}`,
    ),
    "",
    `written: ${out.written}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main() {
  const started = performance.now();
  // Other work on the machine skews every figure; the load average is kept with the results.
  const load = loadavg().map((l) => Number(l.toFixed(2)));
  const build = ensureBuild();
  if (!existsSync(distExtract)) throw new Error(`${distExtract} is missing after npm run build`);
  const work = mkdtempSync(join(tmpdir(), "roei-bench-"));
  try {
    const { docs, counts } = findSources(root, shared);
    if (docs.length === 0) throw new Error("no source texts found under test/golden/");
    log(`corpus: writing ${opts["corpus-mb"]} MB from ${docs.length} source texts into ${work}`);
    const corpus = writeCorpus(join(work, "corpus"), docs, Number(opts["corpus-mb"]) * MB, seed);
    const { roei, mecab, pairs } = await benchRoeiBesideMecab(corpus, work);
    const kuromoji = benchKuromoji(corpus);
    const pathological = benchPathological();
    const batch = await benchBatch(docs, work);
    // The goal is judged on the median of the side-by-side pairs: one disturbed run on either side cannot decide it.
    const pairRatios = pairs.map((p) => p.ratio).sort((a, b) => a - b);
    const medianPair = pairRatios.length > 0 ? pairRatios[pairRatios.length >> 1] : null;
    const ratios = {
      roeiOverKuromoji: kuromoji.mbPerS ? roei.mbPerS / kuromoji.mbPerS : null,
      roeiOverMecab: medianPair,
      roeiOverMecabPairs: pairRatios,
      bestOverBest: mecab.mbPerS ? roei.mbPerS / mecab.mbPerS : null,
      mecabGoal: MECAB_GOAL,
      meetsMecabGoal: medianPair === null ? null : medianPair >= MECAB_GOAL,
    };
    const outDir = join(root, "bench-out");
    mkdirSync(outDir, { recursive: true });
    const written = join(outDir, "bench.json");
    const out = {
      date: new Date().toISOString(),
      seed,
      node: process.version,
      machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? "unknown", loadAverageAtStart: load },
      units: { text: "MB = 10^6 bytes of UTF-8", rss: "MiB" },
      build,
      corpus: { files: corpus.files.length, bytes: corpus.bytes, sources: counts },
      roei,
      kuromoji,
      mecab,
      pairs,
      ratios,
      batch,
      pathological,
      totalSeconds: 0,
      written: "bench-out/bench.json",
    };
    out.totalSeconds = (performance.now() - started) / 1000;
    writeFileSync(written, `${JSON.stringify(out, null, 2)}\n`);
    printSummary(out);
    log(`done in ${fmt(out.totalSeconds, 0)} s`);
  } finally {
    if (opts.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
