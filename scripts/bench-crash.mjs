#!/usr/bin/env node
// Crash bench: ingest of 1,000 generated articles into SQLite killed with SIGKILL at random moments (100 times by
// default), then resumed; checks every file is stored once, with no source or incident half written, and prints the
// time. Uses the compiled CLI (bin/roei.js; run `npm run build` first).
//   node scripts/bench-crash.mjs [--kills 100] [--files 1000] [--seed 7]
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "100" },
    files: { type: "string", default: "1000" },
    seed: { type: "string", default: "7" },
  },
});
const kills = Number(values.kills);
const files = Number(values.files);
let seed = Number(values.seed);
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const work = mkdtempSync(join(tmpdir(), "roei-crash-bench-"));
const dir = join(work, "articles");
const db = join(work, "roei.db");
mkdirSync(dir);
const SYL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
const kana = (n) => {
  let s = "";
  do {
    s = SYL[n % SYL.length] + s;
    n = Math.floor(n / SYL.length);
  } while (n > 0);
  return s;
};
for (let i = 0; i < files; i++) {
  const m = (i % 12) + 1;
  const d = (i % 27) + 1;
  writeFileSync(
    join(dir, `a${String(i).padStart(5, "0")}.txt`),
    `# source: https://example.jp/${i}\n# published: 2024-${String(m).padStart(2, "0")}-${String(d + 1).padStart(2, "0")}\n\n株式会社クラッシュ${kana(i + 2000)}は${m}月${d}日、顧客${100 + i}人分の氏名とメールアドレスが不正アクセスで流出した可能性があると発表した。\n`,
  );
}
const ingest = () =>
  spawn(process.execPath, [join(root, "bin", "roei.js"), "ingest", "--db", db, dir], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: "" },
  });
const start = performance.now();
let killedMidway = 0;
for (let k = 0; k < kills; k++) {
  const child = ingest();
  const done = new Promise((r) => child.on("close", (_code, signal) => r(signal)));
  const timer = setTimeout(() => child.kill("SIGKILL"), 200 + Math.floor(random() * 1500));
  if ((await done) === "SIGKILL") killedMidway++;
  clearTimeout(timer);
}
const last = ingest();
const code = await new Promise((r) => last.on("close", r));
const { openStore } = await import(join(root, "dist", "storage", "open.js"));
const store = await openStore({ db });
const keys = new Map();
let failed = 0;
for await (const s of store.allSources()) {
  keys.set(s.key, (keys.get(s.key) ?? 0) + 1);
  if (s.status !== "ok") failed++;
}
let incidents = 0;
let broken = 0;
for await (const i of store.allIncidents()) {
  incidents++;
  if (i.sourceIds.length === 0 || i.reportIds.length === 0) broken++;
}
await store.close();
rmSync(work, { recursive: true, force: true });
const duplicates = [...keys.values()].filter((n) => n > 1).length;
const ok = code === 0 && keys.size === files && duplicates === 0 && broken === 0 && failed === 0;
console.log(
  `crash bench: ${kills} runs (${killedMidway} killed by SIGKILL), then resumed: ${keys.size}/${files} files stored, ${duplicates} duplicated, ${incidents} incidents, ${broken} half-written, ${failed} failed; ${((performance.now() - start) / 1000).toFixed(1)} s: ${ok ? "ok" : "FAILED"}`,
);
process.exit(ok ? 0 : 1);
