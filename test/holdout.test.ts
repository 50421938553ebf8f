/**
 * Regression floor on test/holdout: 24 articles we wrote, with gold annotations made apart from the extractor's rules.
 * The floors sit below the figures measured when they were set, so a change that breaks general behaviour fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Article } from "../src/domain/article.js";
import { extractIncidents, toContract } from "../src/pipeline/extract/index.js";
import { type GoldIncident, type Predicted, score } from "./support/score.js";

const dir = join(import.meta.dirname, "holdout");
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as {
  article: string;
  incidents: GoldIncident[];
}[];

function load(name: string): Article {
  const raw = readFileSync(join(dir, name), "utf8");
  const meta = /^# source: (.*)\n# published: (\S+)\n\n?/.exec(raw);
  const published = meta && /^\d{4}-\d{2}-\d{2}$/.test(meta[2]!) ? meta[2]! : null;
  return { name, text: meta ? raw.slice(meta[0].length) : raw, published, source: meta?.[1] ?? null, title: null };
}

it("extracts the held-out articles at or above the recorded floors", () => {
  const predicted = new Map<string, Predicted[]>(
    gold.map((g) => [g.article, extractIncidents(load(g.article)).map((i) => toContract(i) as Predicted)]),
  );
  const figures = score(gold, predicted);
  expect(figures.f1).toBeGreaterThanOrEqual(0.93);
  expect(figures.organization).toBeGreaterThanOrEqual(0.9);
  expect(figures.affected_value).toBeGreaterThanOrEqual(0.9);
  expect(figures.affected_qualifier).toBeGreaterThanOrEqual(0.9);
  expect(figures.announced).toBeGreaterThanOrEqual(0.9);
  expect(figures.cause).toBeGreaterThanOrEqual(0.9);
  expect(figures.data_items_f1).toBeGreaterThanOrEqual(0.82);
  expect(figures.cves).toBeGreaterThanOrEqual(0.9);
});

it("finds nothing in the statistics-only and non-leak articles", () => {
  for (const g of gold.filter((x) => x.incidents.length === 0)) {
    expect(extractIncidents(load(g.article)), g.article).toEqual([]);
  }
});
