// Child process of `npm run bench`: runs extractIncidents (compiled dist/) once, cold, on one pathological case.
//   node measure-pathological.mjs DIST_EXTRACT_JS CASE_NAME   → one JSON line on stdout
import { pathToFileURL } from "node:url";
import { PATHOLOGICAL_CASES } from "./pathological-cases.mjs";

const [distExtract, name] = process.argv.slice(2);
const { extractIncidents } = await import(pathToFileURL(distExtract).href);
const c = PATHOLOGICAL_CASES.find((x) => x.name === name);
if (!c) throw new Error(`unknown pathological case ${JSON.stringify(name)}`);
const text = c.make();
const article = { name: `${name}.txt`, text, published: "2024-06-01", source: null, title: null };
const start = performance.now();
let incidents = null;
let error = null;
try {
  incidents = extractIncidents(article).length;
} catch (e) {
  error = e instanceof Error ? (e.stack ?? e.message) : String(e);
}
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ name, chars: text.length, bytes: Buffer.byteLength(text), ms, incidents, error })}\n`,
);
