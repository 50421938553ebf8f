#!/usr/bin/env node
// Legal triage + JNSA estimate over a whole store (not part of npm test): builds an N-incident SQLite database (default
// 100,000 synthetic incidents, one source each, through the Store API), then times reading every incident
// (store.allIncidents) and running what `roei triage` runs on each (APPI private/public and My
// Number triage, the JO estimate). Goal: read + triage + estimate of 100,000 incidents under 10 s.
//   node scripts/bench-analysis.mjs [--n 100000] [--seed 11] [--db PATH] [--keep]
//   --db PATH measures an existing SQLite store instead of building one; --keep leaves the generated file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";
import { mulberry32 } from "./bench/random.mjs";

register();
const { openSqliteStore } = await import("../src/storage/sqlite/sqlite-store.ts");
const { fromStoredIncident, triageIncident } = await import("../src/analysis/legal/index.ts");
const { toStats } = await import("../src/analysis/stats.ts");
const { toCampaigns } = await import("../src/analysis/campaigns.ts");
const { readSlimIncidents } = await import("../src/faces/cli/read-incidents.ts");

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    seed: { type: "string", default: "11" },
    db: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const N = Number(args.n);
const TARGET_S = 10;
const BATCH = 1000;

const ORGS = [
  ["株式会社", "company"],
  ["市", "local_government"],
  ["県警察", "police"],
  ["病院", "medical"],
  ["大学", "education"],
  ["省", "national_government"],
  ["協会", "association"],
];
const KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ".split("");
const CAUSES = [
  "unauthorized_access",
  "vulnerability",
  "malware",
  "phishing",
  "misconfiguration",
  "loss",
  "theft",
  "misdelivery",
  "mispublication",
  "insider",
  "mis_operation",
  "unknown",
];
const ITEMS = [
  ["name", "氏名"],
  ["address", "住所"],
  ["phone", "電話番号"],
  ["email", "メールアドレス"],
  ["birthdate", "生年月日"],
  ["credit_card_number", "クレジットカード番号"],
  ["card_expiry", "有効期限"],
  ["mynumber", "個人番号"],
  ["medical", "病歴"],
  ["password", "パスワード"],
  ["bank_account", "口座番号"],
  ["income", "年収"],
];
const QUALIFIERS = ["exact", "exact", "max", "approx", "at_least", "cumulative"];

function span(text) {
  return { start: 0, end: text.length, text };
}

function makeIncident(random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const [suffix, type] = pick(ORGS);
  const stem = Array.from({ length: 4 }, () => pick(KANA)).join("");
  const organization = suffix === "株式会社" ? `株式会社${stem}` : `${stem}${suffix}`;
  const p2 = (n) => String(n).padStart(2, "0");
  const year = 2015 + Math.floor(random() * 11);
  const date = `${year}-${p2(1 + Math.floor(random() * 12))}-${p2(1 + Math.floor(random() * 28))}`;
  const items = ITEMS.filter(() => random() < 0.3);
  const chosen = items.length > 0 ? items : [ITEMS[0]];
  const value = random() < 0.1 ? null : Math.round(10 ** (random() * 6));
  const unit = random() < 0.8 ? "people" : "records";
  const cause = pick(CAUSES);
  const itemText = `${chosen.map(([, ja]) => ja).join("、")}が流出した可能性`;
  const count =
    value === null ? "人数は調査中" : `${value.toLocaleString("en-US")}${unit === "people" ? "人分" : "件"}`;
  const evidence = `${count}の${itemText}`;
  const timeline = random() < 0.5 ? [{ date, kind: "discovered", evidence: span(`${date}に判明`) }] : [];
  return {
    organization,
    type,
    incident: {
      organization,
      also: [],
      announced: random() < 0.05 ? null : date,
      affected: { value, qualifier: value === null ? null : pick(QUALIFIERS), unit: value === null ? null : unit },
      data_items: chosen.map(([key]) => key),
      cause,
      cves: [],
      evidence,
      certainty: random() < 0.7 ? "confirmed" : "possible",
      breakdown: [],
      breakdown_mismatch: false,
      timeline,
      vector: [],
      secondary_damage: [],
      response: random() < 0.5 ? [span("対象者に個別に連絡し、再発防止策を徹底する")] : [],
      sources: { data_items: span(itemText), affected: span(count) },
    },
    title: `${organization}、${count}の情報流出の可能性`,
    text: `${organization}は${date}、${evidence}があると発表した。`,
  };
}

async function build(store, n, seed) {
  const random = mulberry32(seed);
  for (let from = 0; from < n; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, n - from) }, () => makeIncident(random));
    await store.transaction(async (tx) => {
      const incidents = [];
      for (const [k, d] of batch.entries()) {
        const source = await tx.insertSource({
          key: `https://news.example.jp/analysis/${from + k}`,
          version: 1,
          fetchedAt: "2026-01-01T00:00:00.000Z",
          published: d.incident.announced,
          contentHash: `bench-analysis-${from + k}`,
          title: d.title,
          text: d.text,
          status: "ok",
          error: null,
        });
        incidents.push({
          ...d.incident,
          key: `bench-analysis-${from + k}`,
          organization_key: d.organization,
          organizationType: d.type,
          sourceIds: [source.id],
          reportIds: [],
          candidates: [],
          related: [],
          corrected: [],
          updatedAt: "2026-01-01T00:00:00.000Z",
        });
      }
      await tx.replaceIncidents([], incidents, []);
    });
  }
}

async function measure(store) {
  const tally = { incidents: 0, appi: { true: 0, false: 0, review: 0 }, mynumber: 0, publicBodies: 0, totalYen: 0 };
  let readMs = 0;
  let triageMs = 0;
  const iterator = store.allIncidents()[Symbol.asyncIterator]();
  for (;;) {
    const r0 = performance.now();
    const next = await iterator.next();
    readMs += performance.now() - r0;
    if (next.done) break;
    const t0 = performance.now();
    const result = triageIncident(fromStoredIncident(next.value));
    triageMs += performance.now() - t0;
    tally.incidents++;
    tally.appi[String(result.report_to_ppc)]++;
    if (result.mynumber !== null) tally.mynumber++;
    if (result.public !== null) tally.publicBodies++;
    tally.totalYen += result.estimate.total_yen ?? 0;
  }
  return { readMs, triageMs, tally };
}

/** What `roei stats` and `roei campaigns` do over the whole store: read every incident (slim), then the pure views. */
async function measureViews(store) {
  const mib = (bytes) => (bytes / 1024 / 1024).toFixed(0);
  const r0 = performance.now();
  const incidents = await readSlimIncidents(store);
  const readS = (performance.now() - r0) / 1000;
  const heap = process.memoryUsage();
  const s0 = performance.now();
  const stats = toStats(incidents);
  const statsS = (performance.now() - s0) / 1000;
  const c0 = performance.now();
  const campaigns = toCampaigns(incidents);
  const campaignsS = (performance.now() - c0) / 1000;
  console.log(`\nroei stats / roei campaigns over ${incidents.length.toLocaleString("en-US")} incidents (SQLite)`);
  console.log("| step | s |");
  console.log("| --- | ---: |");
  console.log(`| read every incident (slim) | ${readS.toFixed(2)} |`);
  console.log(`| stats (every default table) | ${statsS.toFixed(2)} |`);
  console.log(`| campaigns | ${campaignsS.toFixed(2)} |`);
  console.log(
    `heap after reading ${mib(heap.heapUsed)} MiB, RSS ${mib(heap.rss)} MiB; ` +
      `${stats.incidents} incidents in the stats, ${campaigns.length} campaigns`,
  );
}

const dir = args.db ? null : mkdtempSync(join(tmpdir(), "roei-bench-analysis-"));
const dbPath = args.db ?? join(dir, "roei.db");
const store = await openSqliteStore(dbPath);
try {
  await store.migrate();
  if (!args.db) {
    console.log(`building ${N.toLocaleString("en-US")} incidents (seed ${args.seed}) in ${dbPath} …`);
    const b0 = performance.now();
    await build(store, N, Number(args.seed));
    console.log(`built in ${((performance.now() - b0) / 1000).toFixed(1)} s`);
  }
  const w0 = performance.now();
  const { readMs, triageMs, tally } = await measure(store);
  const wall = (performance.now() - w0) / 1000;
  const n = tally.incidents;
  console.log(`\ntriage + JO estimate over ${n.toLocaleString("en-US")} incidents (SQLite)`);
  console.log("| step | s | per incident |");
  console.log("| --- | ---: | ---: |");
  console.log(`| read (allIncidents) | ${(readMs / 1000).toFixed(2)} | ${((readMs * 1000) / n).toFixed(1)} µs |`);
  console.log(`| triage + estimate | ${(triageMs / 1000).toFixed(2)} | ${((triageMs * 1000) / n).toFixed(1)} µs |`);
  console.log(`| total (wall) | ${wall.toFixed(2)} | ${wall <= TARGET_S ? "✓" : "✗"} goal ≤ ${TARGET_S} s |`);
  console.log(
    `report to the PPC: ${tally.appi.true} yes, ${tally.appi.review} review, ${tally.appi.false} no; ` +
      `My Number ${tally.mynumber}; public bodies ${tally.publicBodies}; JO total ¥${tally.totalYen.toExponential(3)}`,
  );
  await measureViews(store);
} finally {
  await store.close();
  if (dir !== null) {
    if (args.keep) console.log(`kept ${dbPath}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
