#!/usr/bin/env node
// Scores the extractor on the public dev sets in ../shared/eval (report only: exits non-zero only when it cannot run).
//   npm run eval            both sets, figures only
//   npm run eval -- -v      with every miss
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.ROEI_SHARED ?? join(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.log(`npm run eval: ${scorer} not found; nothing to score (the dev sets live in ../shared/eval)`);
  process.exit(0);
}
if (!existsSync(join(root, "dist", "faces", "cli", "main.js"))) {
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
}
const verbose = process.argv.includes("-v") || process.argv.includes("--verbose");
const cmd = `node ${JSON.stringify(join(root, "bin", "roei.js"))} extract --format json`;
const sets = [
  ["seeds", join(shared, "eval", "seeds.gold.json"), join(shared, "seeds")],
  ["news", join(shared, "eval", "news.gold.json"), join(shared, "eval", "articles")],
];
let failed = false;
for (const [name, gold, articles] of sets) {
  console.log(`\n== ${name} (${gold})`);
  try {
    const args = [scorer, "--gold", gold, "--articles", articles, "--cmd", cmd, ...(verbose ? ["--verbose"] : [])];
    process.stdout.write(execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" }));
  } catch (e) {
    failed = true;
    console.error(`eval of ${name} could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
process.exit(failed ? 1 : 0);
