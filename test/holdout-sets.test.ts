/**
 * Regression floors on the fresh sets test/holdout2 to test/holdout46: articles written in our own words,
 * with gold made without reading the extractor's rules, read through the same loader as `roei extract` (metadata lines
 * and all). All guided general fixes after they were first scored unseen (holdout2 F1 0.771, holdout3 0.865, holdout4
 * 0.886, holdout5 0.750, holdout6 0.862, holdout7 0.842, holdout8 0.877, holdout9 0.870, holdout10 0.842, holdout11 0.774,
 * holdout12 0.792, holdout13 0.632, holdout14 0.720), so their figures are no longer a measure of generalization,
 * only a floor.
 * The floors sit below the figures measured when they were set, so a change that breaks general behaviour fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractIncidents, toContract } from "../src/pipeline/extract/index.js";
import { loadArticle } from "../src/pipeline/load.js";
import { type GoldIncident, type Predicted, score } from "./support/score.js";

type Floors = Readonly<
  Record<"f1" | "organization" | "affected_value" | "announced" | "cause" | "data_items_f1", number>
>;

const SETS: readonly (readonly [string, Floors])[] = [
  [
    "holdout2",
    { f1: 0.95, organization: 0.93, affected_value: 0.93, announced: 0.93, cause: 0.93, data_items_f1: 0.9 },
  ],
  ["holdout3", { f1: 0.92, organization: 0.95, affected_value: 0.9, announced: 0.9, cause: 0.95, data_items_f1: 0.85 }],
  [
    "holdout4",
    { f1: 0.94, organization: 0.94, affected_value: 0.94, announced: 0.91, cause: 0.94, data_items_f1: 0.93 },
  ],
  [
    "holdout5",
    { f1: 0.95, organization: 0.95, affected_value: 0.93, announced: 0.9, cause: 0.93, data_items_f1: 0.85 },
  ],
  [
    "holdout6",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.93, cause: 0.95, data_items_f1: 0.9 },
  ],
  [
    "holdout7",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.93, cause: 0.93, data_items_f1: 0.85 },
  ],
  [
    "holdout8",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.85 },
  ],
  ["holdout9", { f1: 0.95, organization: 0.93, affected_value: 0.93, announced: 0.9, cause: 0.9, data_items_f1: 0.8 }],
  [
    "holdout10",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.92, cause: 0.92, data_items_f1: 0.85 },
  ],
  [
    "holdout11",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.85 },
  ],
  [
    "holdout12",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.9 },
  ],
  // Read and partly fixed in session 7: the floors keep what was reached, well below the line.
  ["holdout13", { f1: 0.85, organization: 0.9, affected_value: 0.9, announced: 0.8, cause: 0.75, data_items_f1: 0.75 }],
  ["holdout14", { f1: 0.9, organization: 0.93, affected_value: 0.9, announced: 0.93, cause: 0.93, data_items_f1: 0.8 }],
  // Written blind in session 8 (first reads, unseen: holdout15 0.842, holdout16 0.843, holdout17 0.760, holdout18
  // 0.792, holdout19 0.750, holdout20 0.842, holdout21 0.723, holdout22 0.836, holdout23 0.800, holdout24 0.830),
  // then read and partly fixed.
  [
    "holdout15",
    { f1: 0.95, organization: 0.93, affected_value: 0.93, announced: 0.9, cause: 0.93, data_items_f1: 0.85 },
  ],
  [
    "holdout16",
    { f1: 0.8, organization: 0.93, affected_value: 0.85, announced: 0.85, cause: 0.8, data_items_f1: 0.68 },
  ],
  [
    "holdout17",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.82 },
  ],
  ["holdout18", { f1: 0.82, organization: 0.8, affected_value: 0.75, announced: 0.8, cause: 0.75, data_items_f1: 0.8 }],
  [
    "holdout19",
    { f1: 0.95, organization: 0.93, affected_value: 0.9, announced: 0.85, cause: 0.93, data_items_f1: 0.82 },
  ],
  [
    "holdout20",
    { f1: 0.9, organization: 0.93, affected_value: 0.82, announced: 0.78, cause: 0.78, data_items_f1: 0.8 },
  ],
  [
    "holdout21",
    { f1: 0.93, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.93, data_items_f1: 0.83 },
  ],
  [
    "holdout22",
    { f1: 0.86, organization: 0.82, affected_value: 0.93, announced: 0.8, cause: 0.78, data_items_f1: 0.85 },
  ],
  [
    "holdout23",
    { f1: 0.78, organization: 0.68, affected_value: 0.75, announced: 0.72, cause: 0.72, data_items_f1: 0.75 },
  ],
  [
    "holdout24",
    { f1: 0.92, organization: 0.88, affected_value: 0.8, announced: 0.78, cause: 0.7, data_items_f1: 0.84 },
  ],
  // Scored once at the end of session 8 (holdout25 0.737, holdout26 0.750), read and fixed in session 9.
  [
    "holdout25",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.9, cause: 0.9, data_items_f1: 0.82 },
  ],
  [
    "holdout26",
    { f1: 0.93, organization: 0.95, affected_value: 0.95, announced: 0.9, cause: 0.9, data_items_f1: 0.76 },
  ],
  // Written blind in session 9 (first reads, unseen: holdout27 0.732, holdout28 0.927, holdout29 0.615, holdout30
  // 0.807). holdout27 and holdout28 were kept unread through session 9 and read and fixed in session 10; holdout29
  // and holdout30 were read and partly fixed in session 9.
  [
    "holdout27",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.9, data_items_f1: 0.8 },
  ],
  [
    "holdout28",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.9 },
  ],
  [
    "holdout29",
    { f1: 0.92, organization: 0.92, affected_value: 0.92, announced: 0.92, cause: 0.8, data_items_f1: 0.82 },
  ],
  [
    "holdout30",
    { f1: 0.9, organization: 0.92, affected_value: 0.88, announced: 0.74, cause: 0.88, data_items_f1: 0.78 },
  ],
  // Written blind in session 10 (first reads, unseen: holdout31 0.933, holdout32 0.837), kept unread through session
  // 10, then read and fixed in session 11.
  [
    "holdout31",
    { f1: 0.95, organization: 0.93, affected_value: 0.93, announced: 0.93, cause: 0.85, data_items_f1: 0.88 },
  ],
  [
    "holdout32",
    { f1: 0.93, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.78 },
  ],
  // Written blind in session 10 (first read, unseen: 0.800), then read and fixed.
  [
    "holdout33",
    { f1: 0.95, organization: 0.95, affected_value: 0.9, announced: 0.95, cause: 0.95, data_items_f1: 0.82 },
  ],
  // Written blind in session 11 (first reads, unseen: holdout34 0.923, holdout35 0.930), then read and fixed.
  [
    "holdout34",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.88 },
  ],
  [
    "holdout35",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.88 },
  ],
  // Written blind in session 11 and kept unread (first read, unseen: 0.884); read and fixed in session 12.
  [
    "holdout36",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.93 },
  ],
  // Written blind at session 11's end (first reads, unseen: holdout37 0.810, holdout38 0.930); holdout37 then read and
  // fixed, holdout38 kept unread.
  [
    "holdout37",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.93, cause: 0.93, data_items_f1: 0.9 },
  ],
  [
    "holdout38",
    { f1: 0.88, organization: 0.9, affected_value: 0.9, announced: 0.85, cause: 0.76, data_items_f1: 0.84 },
  ],
  // Written blind in session 12 (first reads, unseen: holdout39 0.810, holdout40 0.900); both then read and fixed.
  [
    "holdout39",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.9, data_items_f1: 0.84 },
  ],
  [
    "holdout40",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.9, cause: 0.9, data_items_f1: 0.85 },
  ],
  // Written blind in session 12 (first reads, unseen: holdout41 0.821, holdout42 0.780); both then read and fixed.
  [
    "holdout41",
    { f1: 0.93, organization: 0.93, affected_value: 0.86, announced: 0.9, cause: 0.86, data_items_f1: 0.8 },
  ],
  [
    "holdout42",
    { f1: 0.95, organization: 0.95, affected_value: 0.95, announced: 0.95, cause: 0.95, data_items_f1: 0.86 },
  ],
  // Written blind at session 12's end and kept unread (first reads, unseen: holdout43 0.933, holdout44 0.884; 0.837
  // with the session-start build).
  ["holdout43", { f1: 0.9, organization: 0.86, affected_value: 0.86, announced: 0.9, cause: 0.9, data_items_f1: 0.82 }],
  [
    "holdout44",
    { f1: 0.84, organization: 0.86, affected_value: 0.8, announced: 0.85, cause: 0.85, data_items_f1: 0.82 },
  ],
  // Written blind at session 12's end and kept unread (first reads, unseen, with the final build: holdout45 0.889,
  // holdout46 0.927; with the session-start build 0.826 and 0.818).
  [
    "holdout45",
    { f1: 0.85, organization: 0.86, affected_value: 0.86, announced: 0.95, cause: 0.82, data_items_f1: 0.72 },
  ],
  ["holdout46", { f1: 0.9, organization: 0.9, affected_value: 0.8, announced: 0.9, cause: 0.9, data_items_f1: 0.86 }],
];

function extract(dir: string, name: string): Predicted[] {
  const raw = { name, bytes: readFileSync(join(dir, name)), contentType: "text/plain" };
  const article = loadArticle(raw);
  if (!article.ok) throw new Error(`${name}: ${article.error.message}`);
  return extractIncidents(article.value).map((i) => toContract(i) as Predicted);
}

describe.each(SETS)("%s", (set, floors) => {
  const dir = join(import.meta.dirname, set);
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as {
    article: string;
    incidents: GoldIncident[];
  }[];

  it("has gold for every article", () => {
    const articles = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(gold.map((g) => g.article).sort()).toEqual(articles.sort());
  });

  it("extracts at or above the recorded floors", () => {
    const predicted = new Map(gold.map((g) => [g.article, extract(dir, g.article)]));
    const figures = score(gold, predicted);
    for (const [field, floor] of Object.entries(floors)) {
      expect(figures[field as keyof typeof figures], field).toBeGreaterThanOrEqual(floor);
    }
  });
});
