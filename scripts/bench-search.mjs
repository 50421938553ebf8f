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
import { mulberry32 } from "./bench/random.mjs";

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

// ---- synthetic data ----------------------------------------------------------------------------------------------

const PREFECTURES =
  "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県".split(
    " ",
  );
const KANJI = "山川田中村本松井上木林森石原野小大高橋北南東西新古長岡島坂藤青白桜緑".split("");
const KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニハヒフホマミムメモヤユヨラリルレロワン".split("");
const COMPANY_TAILS = [
  "商事",
  "電機",
  "システムズ",
  "ホールディングス",
  "物産",
  "銀行",
  "証券",
  "保険",
  "ネット",
  "食品",
];

const CAUSES = {
  unauthorized_access: "第三者による不正アクセス",
  vulnerability: "システムの脆弱性を突いた攻撃",
  malware: "ランサムウェアへの感染",
  targeted_email: "標的型攻撃メール",
  phishing: "フィッシング",
  misconfiguration: "クラウドの設定不備",
  loss: "USBメモリの紛失",
  theft: "車上荒らしによる盗難",
  misdelivery: "メールの誤送信",
  mispublication: "ウェブサイトへの誤掲載",
  insider: "元従業員による持ち出し",
  mis_operation: "職員の誤操作",
};
const ITEMS = {
  name: "氏名",
  address: "住所",
  phone: "電話番号",
  email: "メールアドレス",
  birthdate: "生年月日",
  credit_card_number: "クレジットカード番号",
  mynumber: "マイナンバー",
  bank_account: "口座番号",
  password: "パスワード",
  passport_number: "旅券番号",
  mortgage: "住宅ローンの契約情報",
  medical: "診療情報",
};

function pickIn(random) {
  return (xs) => xs[Math.floor(random() * xs.length)];
}

function makeOrganization(random, pick) {
  const pref = pick(PREFECTURES);
  const kanji = () => pick(KANJI) + pick(KANJI);
  const kata = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(KATAKANA)).join("");
  const r = random();
  if (r < 0.15) return { name: pref, type: "local_government", pref };
  if (r < 0.35) return { name: `${pref}${kanji()}市`, type: "local_government", pref };
  if (r < 0.45) return { name: `${kanji()}病院`, type: "medical", pref };
  if (r < 0.55) return { name: `${kanji()}大学`, type: "education", pref };
  return { name: `株式会社${kata()}${pick(COMPANY_TAILS)}`, type: "company", pref };
}

const SENTENCES = [
  (x) => `${x.org}は${x.date}、${x.cause}により${x.items}など${x.count}の個人情報が流出した可能性があると発表した。`,
  (x) => `${x.org}によると、${x.items}が外部から閲覧できる状態になっていた。`,
  (x) => `${x.pref}警察に相談しており、現時点で二次被害は確認されていないという。`,
  () => `同社は個人情報保護委員会に報告し、対象者に謝罪のメールを送付した。`,
  (x) => `原因は${x.cause}とみられ、外部の専門家と調査を進めている。`,
  (x) => `${x.org}は再発防止策として、システムの監視体制を強化するとしている。`,
  (x) => `漏えいした情報には${x.items}が含まれていた。`,
  () => `発覚のきっかけは、顧客からの問い合わせだった。`,
  (x) => `${x.pref}内の事業所で保管していた書類の一部が見つかっていない。`,
  () => `担当者が誤ってメールを送信し、受信者のアドレスが他の受信者に表示された。`,
  (x) => `流出の規模は最大で${x.count}にのぼるおそれがある。`,
  () => `サーバーの鍵を管理する手順にも不備があった。`,
];

function makeIncident(i, random, pick, organizations) {
  const org = pick(organizations);
  const year = 2005 + Math.floor(random() * 21);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const p2 = (n) => String(n).padStart(2, "0");
  const announcedRoll = random();
  const announced =
    announcedRoll < 0.05 ? null : announcedRoll < 0.15 ? `${year}-${p2(month)}` : `${year}-${p2(month)}-${p2(day)}`;
  const cause = pick(Object.keys(CAUSES));
  const itemKeys = Object.keys(ITEMS).filter(() => random() < 0.3);
  const dataItems = itemKeys.length > 0 ? itemKeys : ["name"];
  const value = random() < 0.08 ? null : Math.round(10 ** (random() * 7));
  const unit = random() < 0.8 ? "people" : "records";
  const count = value === null ? "多数" : `${value.toLocaleString("en-US")}${unit === "people" ? "人分" : "件"}`;
  const slots = {
    org: org.name,
    pref: org.pref,
    date: `${month}月${day}日`,
    cause: CAUSES[cause],
    items: dataItems.map((k) => ITEMS[k]).join("や"),
    count,
  };
  const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(SENTENCES)(slots));
  const incident = {
    organization: org.name,
    also: [],
    announced,
    affected: { value, qualifier: value === null ? null : pick(["exact", "max", "approx", "at_least"]), unit },
    data_items: dataItems,
    cause,
    cves: [],
    evidence: count,
    certainty: random() < 0.8 ? "confirmed" : "possible",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
  };
  return { i, org, incident, title: `${org.name}、${count}の個人情報流出の可能性`, text: body.join("") };
}

function generate(n, seed) {
  const random = mulberry32(seed);
  const pick = pickIn(random);
  const organizations = Array.from({ length: 5000 }, () => makeOrganization(random, pick));
  return Array.from({ length: n }, (_, i) => makeIncident(i, random, pick, organizations));
}

// ---- loading and timing ------------------------------------------------------------------------------------------

async function load(store, data) {
  const started = performance.now();
  for (let from = 0; from < data.length; from += BATCH) {
    const batch = data.slice(from, from + BATCH);
    await store.transaction(async (tx) => {
      const incidents = [];
      for (const d of batch) {
        const source = await tx.insertSource({
          key: `https://news.example.jp/${d.i}`,
          version: 1,
          fetchedAt: "2025-01-01T00:00:00.000Z",
          published: d.incident.announced,
          contentHash: `bench-${d.i}`,
          title: d.title,
          text: d.text,
          status: "ok",
          error: null,
        });
        incidents.push({
          ...d.incident,
          key: `bench-${d.i}`,
          organization_key: d.org.name,
          organizationType: d.org.type,
          sourceIds: [source.id],
          reportIds: [],
          candidates: [],
          related: [],
          corrected: [],
          updatedAt: "2025-01-01T00:00:00.000Z",
        });
      }
      await tx.replaceIncidents([], incidents, []);
    });
  }
  return (performance.now() - started) / 1000;
}

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
    const loadSeconds = await load(store, data);
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
    const loadSeconds = reuse ? 0 : await load(store, data);
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
