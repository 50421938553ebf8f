#!/usr/bin/env node
// The extractor's whole output over many texts, for checking that a speed change moves no byte: writes one line per
// file (path, tab, the incidents' JSON) and prints the file count and a SHA-1 of it all.
//   node scripts/bench/snapshot-extract.mjs dist/pipeline/extract/index.js OUT.jsonl DIR_OR_FILE...
// Every .txt file under a directory is read (sorted), as the bench reads them (`# key: value` metadata lines first).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { toArticle } from "./corpus.mjs";

const [dist, out, ...inputs] = process.argv.slice(2);
if (!dist || !out || inputs.length === 0) {
  process.stderr.write("usage: snapshot-extract.mjs DIST_EXTRACT_JS OUT.jsonl DIR_OR_FILE...\n");
  process.exit(2);
}
const { extractIncidents } = await import(pathToFileURL(resolve(dist)).href);

/** The .txt files of a path: the file itself, or every one under a directory, sorted. */
function textFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(path, f));
}

const lines = inputs.flatMap(textFiles).map((file) => {
  try {
    return `${file}\t${JSON.stringify(extractIncidents(toArticle(basename(file), readFileSync(file, "utf8"))))}`;
  } catch (e) {
    return `${file}\tERROR ${e instanceof Error ? e.message : String(e)}`;
  }
});
const all = lines.join("\n");
writeFileSync(out, all);
process.stdout.write(`${lines.length} files ${createHash("sha1").update(all).digest("hex")}\n`);
