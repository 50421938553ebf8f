#!/usr/bin/env node
// Same-process A/B of two builds of the extractor: passes over one corpus alternate between the builds, so both see
// the same machine load; prints the min and median time of each and their ratio (B/A).
//   node scripts/bench/ab-extract.mjs OLD/dist/pipeline/extract/index.js NEW/dist/pipeline/extract/index.js CORPUS_DIR [ROUNDS=10]
// Build the old side from a worktree (git worktree add /tmp/old REV && cd /tmp/old && ln -s ../path/node_modules . &&
// npx tsc -p tsconfig.build.json); a corpus dir: `npm run bench -- --keep --skip kuromoji,mecab,pathological,batch`.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { toArticle } from "./corpus.mjs";

const [distA, distB, dir, roundsArg = "10"] = process.argv.slice(2);
if (!distA || !distB || !dir) {
  process.stderr.write("usage: ab-extract.mjs DIST_A_EXTRACT_JS DIST_B_EXTRACT_JS CORPUS_DIR [ROUNDS]\n");
  process.exit(2);
}
const load = async (p) => (await import(pathToFileURL(resolve(p)).href)).extractIncidents;
const [a, b] = [await load(distA), await load(distB)];
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const articles = names.map((n) => toArticle(n, readFileSync(join(dir, n), "utf8")));
const pass = (extract) => {
  const start = performance.now();
  for (const article of articles) extract(article);
  return performance.now() - start;
};
pass(a);
pass(b);
const times = { a: [], b: [] };
for (let r = 0; r < Number(roundsArg); r++) {
  // Alternate which build goes first, so neither always runs right after the other's garbage.
  const order = r % 2 === 0 ? ["a", "b"] : ["b", "a"];
  for (const side of order) times[side].push(pass(side === "a" ? a : b));
}
const min = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const f = (ms) => ms.toFixed(0);
process.stdout.write(
  `A min ${f(min(times.a))} ms, median ${f(median(times.a))} ms | B min ${f(min(times.b))} ms, median ${f(median(times.b))} ms | ` +
    `B/A min ${(min(times.b) / min(times.a)).toFixed(3)}, median ${(median(times.b) / median(times.a)).toFixed(3)}\n`,
);
