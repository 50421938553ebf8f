// Child process of `npm run bench`: times roei's extractIncidents (compiled dist/) over every file of a corpus dir.
//   node measure-roei.mjs DIST_EXTRACT_JS CORPUS_DIR [PASSES=2]   → one JSON line on stdout
//   node measure-roei.mjs DIST_EXTRACT_JS CORPUS_DIR serve        → a warm-up pass, `{"ready":true}`, then for each `pass` line read on
//                                                                   stdin one `{"ms":…}` line, and the summary at `end`
// Serving lets the bench interleave roei's passes with MeCab's runs, so each pair of figures sees the same machine.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { toArticle } from "./corpus.mjs";
import { peakRssMiB } from "./rss.mjs";

const [distExtract, dir, passArg = "2"] = process.argv.slice(2);
const { extractIncidents } = await import(pathToFileURL(distExtract).href);
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const contents = names.map((n) => readFileSync(join(dir, n), "utf8"));
const bytes = contents.reduce((sum, c) => sum + Buffer.byteLength(c), 0);
const articles = contents.map((c, i) => toArticle(names[i], c));

// A few files first so the timing is of warm code, as in a long-running batch.
for (const a of articles.slice(0, 20)) extractIncidents(a);

const passes = [];
let incidents = 0;
let slowest = { name: "", ms: 0 };

function pass() {
  incidents = 0;
  const start = performance.now();
  for (const a of articles) {
    const t = performance.now();
    incidents += extractIncidents(a).length;
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { name: a.name, ms };
  }
  const ms = performance.now() - start;
  passes.push(ms);
  return ms;
}

/** Best of the passes: other work on a shared machine only ever slows a pass down. */
function summary() {
  const ms = Math.min(...passes);
  return {
    files: articles.length,
    bytes,
    ms,
    passesMs: passes,
    incidents,
    slowestFile: slowest,
    peakRssMiB: peakRssMiB(),
  };
}

const say = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

if (passArg === "serve") {
  // One whole pass first, untimed: the passes paired with MeCab's runs are then all of warm code (best-of-N, the
  // other mode, drops the cold first pass by itself).
  pass();
  passes.length = 0;
  slowest = { name: "", ms: 0 };
  say({ ready: true });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === "pass") say({ ms: pass() });
    else if (line === "end") break;
  }
  say(summary());
} else {
  for (let p = 0; p < Number(passArg); p++) pass();
  say(summary());
}
