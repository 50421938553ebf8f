// Builds a synthetic Japanese news corpus for `npm run bench`: varied articles (2–10 KB each) from our own text.
// Sources: our own test/golden/*/input.txt and test/holdout/*.txt, plus ../shared/seeds/*.txt and
// ../shared/eval/articles/*.txt when present.
// Variation: paragraphs from several sources per article, sentences shuffled, numbers replaced; all from a seeded PRNG.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "./random.mjs";

const intBetween = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/** Lists the source texts: the repo's golden and held-out inputs, and the shared seeds and eval articles if present. */
export function findSources(root, shared) {
  const groups = [
    ["golden", join(root, "test", "golden"), (d) => join(d, "input.txt"), true],
    ["holdout", join(root, "test", "holdout"), (f) => f, false],
    ["seeds", join(shared, "seeds"), (f) => f, false],
    ["articles", join(shared, "eval", "articles"), (f) => f, false],
  ];
  const docs = [];
  const counts = {};
  for (const [label, dir, toFile, perFolder] of groups) {
    counts[label] = 0;
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).sort()) {
      const file = toFile(join(dir, entry));
      if (!(perFolder || entry.endsWith(".txt")) || !existsSync(file)) continue;
      const lines = toParagraphs(readFileSync(file, "utf8"));
      if (lines.length === 0) continue;
      docs.push({ label, file, lines });
      counts[label] += 1;
    }
  }
  return { docs, counts };
}

/** Body lines of a source text: leading `# key: value` metadata dropped, blank lines dropped. */
function toParagraphs(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length && lines[i].startsWith("#")) i++;
  return lines.slice(i).filter((l) => l.trim() !== "");
}

/** Shuffles the sentences of one paragraph (Fisher–Yates); a one-sentence line is returned as is. */
function shuffleSentences(rng, line) {
  const parts = line.split(/(?<=[。！？])/);
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [parts[i], parts[j]] = [parts[j], parts[i]];
  }
  return parts.join("");
}

const FULL_ZERO = "０".codePointAt(0);

/** Replaces every digit run with another number of the same width, kept plausible before 年/月/日. */
function substituteNumbers(rng, line) {
  return line.replace(/[0-9]+|[０-９]+/g, (run, offset, all) => {
    const full = run.codePointAt(0) >= FULL_ZERO;
    const next = all[offset + run.length] ?? "";
    let digits;
    if (next === "月") digits = String(intBetween(rng, 1, 12));
    else if (next === "日") digits = String(intBetween(rng, 1, 28));
    else if (next === "年" && run.length === 4) digits = String(intBetween(rng, 2005, 2025));
    else {
      digits = run.length > 1 && run[0] !== "0" && run[0] !== "０" ? String(intBetween(rng, 1, 9)) : "";
      while (digits.length < run.length) digits += String(intBetween(rng, 0, 9));
    }
    return full ? [...digits].map((d) => String.fromCodePoint(FULL_ZERO + Number(d))).join("") : digits;
  });
}

/** One article file: metadata header, then paragraphs from a base source continued with others, 2–10 KB. */
export function makeArticle(rng, docs, index) {
  const min = 2048;
  const cap = 10240;
  const target = intBetween(rng, min, cap);
  const year = intBetween(rng, 2015, 2025);
  const published = `${year}-${String(intBetween(rng, 1, 12)).padStart(2, "0")}-${String(intBetween(rng, 1, 28)).padStart(2, "0")}`;
  const out = [`# source: https://bench.roei.invalid/articles/${index}`, `# published: ${published}`, ""];
  let bytes = Buffer.byteLength(out.join("\n"));
  let doc = pick(rng, docs);
  let at = 0;
  while (bytes < target) {
    if (at >= doc.lines.length) {
      doc = pick(rng, docs);
      at = rng() < 0.5 ? 0 : Math.floor(rng() * doc.lines.length);
    }
    let line = doc.lines[at++];
    if (rng() < 0.5) line = shuffleSentences(rng, line);
    line = substituteNumbers(rng, line);
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > cap && bytes >= min) break;
    out.push(line);
    bytes += size;
    if (rng() < 0.3) {
      out.push("");
      bytes += 1;
    }
  }
  return `${out.join("\n")}\n`;
}

/** Writes articles into `dir` until they add up to at least `targetBytes`; returns the file names and total size. */
export function writeCorpus(dir, docs, targetBytes, seed) {
  mkdirSync(dir, { recursive: true });
  const rng = mulberry32(seed); // the same seed gives the same corpus
  const files = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const text = makeArticle(rng, docs, i);
    const name = `${String(i).padStart(6, "0")}.txt`;
    writeFileSync(join(dir, name), text);
    files.push(name);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

/** Splits an article file into the Article shape, reading the `# source:` / `# published:` header as the CLI does. */
export function toArticle(name, content) {
  const lines = content.split("\n");
  let source = null;
  let published = null;
  let i = 0;
  for (; i < lines.length && lines[i].startsWith("#"); i++) {
    const m = /^#\s*(source|published):\s*(.*)$/.exec(lines[i]);
    if (m?.[1] === "source") source = m[2].trim();
    if (m?.[1] === "published" && /^\d{4}-\d{2}-\d{2}$/.test(m[2].trim())) published = m[2].trim();
  }
  while (i < lines.length && lines[i].trim() === "") i++;
  return { name, text: lines.slice(i).join("\n"), published, source, title: null };
}
