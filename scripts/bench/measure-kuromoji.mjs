// Child process of `npm run bench`: times bare @patdx/kuromoji tokenize(), one call per non-empty line, over a corpus dir.
//   node measure-kuromoji.mjs CORPUS_DIR   → one JSON line on stdout
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { TokenizerBuilder } from "@patdx/kuromoji";
import NodeDictionaryLoader from "@patdx/kuromoji/node";
import { peakRssMiB } from "./rss.mjs";

const [dir] = process.argv.slice(2);
// The package's exports hide package.json, so find the dictionary next to the resolved entry (build/ → dict/).
const entry = createRequire(import.meta.url).resolve("@patdx/kuromoji");
const dicPath = join(dirname(entry), "..", "dict");

const loadStart = performance.now();
// 1.0.4 reads `dic_path` (its README's `dicPath` throws ERR_INVALID_ARG_TYPE).
const tokenizer = await new TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: dicPath }) }).build();
const loadMs = performance.now() - loadStart;

const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const contents = names.map((n) => readFileSync(join(dir, n), "utf8"));
const bytes = contents.reduce((sum, c) => sum + Buffer.byteLength(c), 0);
const perFile = contents.map((c) => c.split("\n").filter((l) => l.trim() !== ""));
const lines = perFile.reduce((sum, l) => sum + l.length, 0);

for (const l of perFile.slice(0, 20).flat()) tokenizer.tokenize(l);

let tokens = 0;
const start = performance.now();
for (const fileLines of perFile) for (const l of fileLines) tokens += tokenizer.tokenize(l).length;
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ files: perFile.length, bytes, lines, tokens, loadMs, ms, peakRssMiB: peakRssMiB() })}\n`,
);
