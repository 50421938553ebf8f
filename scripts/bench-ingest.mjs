#!/usr/bin/env node
// Ingest rate: 10,000 synthetic articles (our own generated text) into a fresh store, files per second, on SQLite and,
// when reachable, on the local PostgreSQL. Uses the compiled dist/ code (run `npm run build` first).
//   node scripts/bench-ingest.mjs [--files 10000]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({ options: { files: { type: "string", default: "10000" } } });
const count = Number(values.files);
const root = mkdtempSync(join(tmpdir(), "roei-bench-ingest-"));
const { ingestDocument } = await import("../dist/ingest/ingest-source.js");
const { openStore } = await import("../dist/storage/open.js");

const KINDS = [
  (n, c, d) =>
    `株式会社${n}は${d}、同社の通販サイトが不正アクセスを受け、顧客${c}人分の氏名とメールアドレスが流出した可能性があると発表した。`,
  (n, c, d) => `${n}市は${d}、職員が住民${c}人分の氏名と住所を記載した名簿を紛失したと発表した。`,
  (n, c, d) => `${n}病院は${d}、患者約${c}人分の氏名と病名を保存したUSBメモリーが盗まれたと公表した。`,
];
const PREFIX = ["ベンチ", "サンプル", "ケンショウ"];
const SYL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
const kana = (n) => {
  let s = "";
  do {
    s = SYL[n % SYL.length] + s;
    n = Math.floor(n / SYL.length);
  } while (n > 0);
  return s;
};
function article(i) {
  const m = (i % 12) + 1;
  const d = (i % 27) + 1;
  // Fixed-length names with a prefix per kind, so no generated name is a part of another (a follow-up every other file).
  const n = Math.floor(i / 2);
  const body = KINDS[i % 3](`${PREFIX[i % 3]}${kana(n + SYL.length ** 2)}`, 100 + i, `${m}月${d}日`);
  return `# source: https://example.jp/${i}\n# published: 2024-${String(m).padStart(2, "0")}-${String(d + 1).padStart(2, "0")}\n\n${body}\n`;
}

async function run(label, store) {
  const enc = new TextEncoder();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await ingestDocument({ name: `${i}.txt`, bytes: enc.encode(article(i)) }, `/bench/${i}.txt`, {
      store,
      now: () => "2025-01-01T00:00:00.000Z",
    });
  }
  const s = (performance.now() - start) / 1000;
  await store.close();
  console.log(`${label.padEnd(12)} ${count} articles in ${s.toFixed(1)} s: ${(count / s).toFixed(0)} files/s`);
  return count / s;
}

const results = { files: count };
results.sqlite = await run("SQLite", await openStore({ db: join(root, "bench.db") }));
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const database = `roei_bench_ingest_${process.pid}`;
const admin = async (sql) => {
  const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};
try {
  await admin(`CREATE DATABASE ${database} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`);
  const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  results.postgres = await run("PostgreSQL", await openStore({ databaseUrl: url }));
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
} catch (e) {
  console.log(`PostgreSQL   skipped: ${e instanceof Error ? e.message : String(e)}`);
}
rmSync(root, { recursive: true, force: true });
console.log(JSON.stringify(results));
