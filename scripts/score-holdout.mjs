#!/usr/bin/env node
// Scores the extractor on a held-out set, test/holdout2 … test/holdout46 (invented articles written without reading the
// extractor; see their README.md). Report only: exits non-zero only when it cannot run. Score a new set once without
// -v first (its unseen figure), and only then read its misses.
//   node scripts/score-holdout.mjs holdout2           figures only
//   node scripts/score-holdout.mjs holdout3 -v        with every miss
//   node scripts/score-holdout.mjs holdout2 --json    figures as JSON
// Builds dist/ first when it is missing or older than src/. Scores with ../shared/eval/score.mjs
// (ROEI_SHARED overrides ../shared); without it, prints gold vs predicted incident counts per article.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = [
  "holdout2",
  "holdout3",
  "holdout4",
  "holdout5",
  "holdout6",
  "holdout7",
  "holdout8",
  "holdout9",
  "holdout10",
  "holdout11",
  "holdout12",
  "holdout13",
  "holdout14",
  "holdout15",
  "holdout16",
  "holdout17",
  "holdout18",
  "holdout19",
  "holdout20",
  "holdout21",
  "holdout22",
  "holdout23",
  "holdout24",
  "holdout25",
  "holdout26",
  "holdout27",
  "holdout28",
  "holdout29",
  "holdout30",
  "holdout31",
  "holdout32",
  "holdout33",
  "holdout34",
  "holdout35",
  "holdout36",
  "holdout37",
  "holdout38",
  "holdout39",
  "holdout40",
  "holdout41",
  "holdout42",
  "holdout43",
  "holdout44",
  "holdout45",
  "holdout46",
];
const set = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!SETS.includes(set)) {
  console.error(`usage: node scripts/score-holdout.mjs ${SETS.join("|")} [-v] [--json]`);
  process.exit(2);
}
const setDir = join(root, "test", set);
const gold = join(setDir, "gold.json");
const shared = process.env.ROEI_SHARED ?? join(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
const verbose = process.argv.includes("-v") || process.argv.includes("--verbose");
const asJson = process.argv.includes("--json");

const newest = (dir, ext) => {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, ext));
    else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
};
const main = join(root, "dist", "faces", "cli", "main.js");
if (!existsSync(main) || newest(join(root, "src"), ".ts") > newest(join(root, "dist"), ".js")) {
  console.error(`score-holdout: dist/ is missing or older than src/; running npm run build`);
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}

const cmd = `node ${JSON.stringify(join(root, "bin", "roei.js"))} extract --format json`;
if (existsSync(scorer)) {
  const args = [scorer, "--gold", gold, "--articles", setDir, "--cmd", cmd];
  if (verbose) args.push("--verbose");
  if (asJson) args.push("--json");
  console.log(`== ${set} (${gold})`);
  process.stdout.write(
    execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }),
  );
  process.exit(0);
}

// Fallback without the shared scorer: run the extractor and compare incident counts only.
console.log(`score-holdout: ${scorer} not found; printing incident counts only`);
const goldSet = JSON.parse(readFileSync(gold, "utf8"));
const files = goldSet.map((g) => join(setDir, g.article));
const out = execFileSync(process.execPath, [join(root, "bin", "roei.js"), "extract", "--format", "json", ...files], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const predicted = JSON.parse(out);
mkdirSync(join(root, ".eval-out"), { recursive: true });
writeFileSync(join(root, ".eval-out", `${set}.predicted.json`), JSON.stringify(predicted, null, 2));
const byArticle = new Map(predicted.map((p) => [basename(p.article), p.incidents ?? []]));
for (const g of goldSet) {
  const want = g.incidents.filter((i) => !i.optional).length;
  const got = (byArticle.get(g.article) ?? []).length;
  console.log(`${g.article}  gold ${want}  predicted ${got}${want === got ? "" : "  <-"}`);
}
