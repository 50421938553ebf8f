/**
 * Golden cases: each folder under test/golden holds input.txt (our own words) and expected.json (the contract fields
 * plus certainty, reviewed by hand). `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites expected.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/domain/article.js";
import { extractIncidents, toContract } from "../src/pipeline/extract/index.js";
import { splitSentences } from "../src/pipeline/segment/sentences.js";

const root = join(import.meta.dirname, "golden");
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "input.txt")))
  .map((d) => d.name);

function toArticle(name: string, raw: string): Article {
  const meta = /^# source: (.*)\n# published: (\S+)\n\n?/.exec(raw);
  const published = meta && /^\d{4}-\d{2}-\d{2}$/.test(meta[2]!) ? meta[2]! : null;
  return { name, text: meta ? raw.slice(meta[0].length) : raw, published, source: meta?.[1] ?? null, title: null };
}

describe.each(cases)("golden %s", (name) => {
  const article = toArticle(`${name}.txt`, readFileSync(join(root, name, "input.txt"), "utf8"));
  const incidents = extractIncidents(article);
  const actual = incidents.map((i) => ({ ...toContract(i), certainty: i.certainty }));
  const file = join(root, name, "expected.json");

  it("matches expected.json", () => {
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file))
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("keeps every field's source inside the article and pointing at the quoted text", () => {
    for (const i of incidents) {
      for (const span of Object.values(i.sources)) {
        expect(span && article.text.slice(span.start, span.end)).toBe(span?.text);
      }
      for (const e of i.timeline) expect(article.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      expect(article.text).toContain(i.evidence);
    }
  });

  it("segments cover the article exactly", () => {
    expect(
      splitSentences(article.text)
        .map((s) => s.text)
        .join(""),
    ).toBe(article.text);
  });
});
