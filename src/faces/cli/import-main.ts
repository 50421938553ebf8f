/**
 * @module `roei import --format veris FILE|DIR...`: reads VERIS/VCDB incident JSON (a file holds one incident or an
 * array of them; directories are read recursively for *.json) and stores each apart from the news incidents.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type ImportStatus, importVerisRecord } from "../../analysis/import/import-veris.js";
import { parseVerisRecord } from "../../analysis/import/veris-record.js";
import type { Store } from "../../storage/store.js";
import { parseOptions, STORE_TARGET_OPTIONS, type StoreTarget, toStoreTarget } from "./command-args.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";

export const IMPORT_USAGE = "usage: roei import --format veris [--db PATH | --database-url URL] FILE|DIR...";

/** Larger files are refused: a VERIS incident is a few kilobytes, VCDB's whole joined file tens of megabytes. */
const MAX_BYTES = 64 * 1024 * 1024;

type ImportCommand = StoreTarget & { readonly paths: readonly string[] };

/** argv (without `import`) → the command, or a usage error message. */
export function parseImportArgs(argv: readonly string[]): ImportCommand | string {
  const parsed = parseOptions(argv, { format: { type: "string" }, ...STORE_TARGET_OPTIONS }, true);
  if (!parsed.ok) return parsed.error.message;
  const { values: v, positionals } = parsed.value;
  if (v.format !== "veris") return `--format veris is required (the only import format), not ${v.format ?? "none"}`;
  if (positionals.length === 0) return "import needs a FILE or DIR";
  return { ...toStoreTarget(v), paths: positionals };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseImportArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  return withStore(command, (store) => importPaths(command.paths, store, io));
}

async function importPaths(paths: readonly string[], store: Store, io: CliIO): Promise<number> {
  const counts: Record<ImportStatus | "failed", number> = { added: 0, new_version: 0, unchanged: 0, failed: 0 };
  const now = new Date().toISOString();
  for (const path of paths) {
    for await (const file of jsonFiles(path)) {
      if (file.error !== null) {
        counts.failed++;
        io.stderr(`roei: ${file.path}: ${file.error}\n`);
        continue;
      }
      for (const outcome of await importFile(file.path, store, now)) {
        if (outcome.ok) counts[outcome.status]++;
        else {
          counts.failed++;
          io.stderr(`roei: ${file.path}: ${outcome.error}\n`);
        }
      }
    }
  }
  io.stderr(
    `roei: import: ${counts.added} added, ${counts.new_version} updated, ${counts.unchanged} unchanged, ${counts.failed} failed\n`,
  );
  return counts.failed > 0 ? 1 : 0;
}

type FileOutcome =
  | { readonly ok: true; readonly status: ImportStatus }
  | { readonly ok: false; readonly error: string };

/** One file: each incident it holds, imported or failed with its reason. */
async function importFile(path: string, store: Store, now: string): Promise<readonly FileOutcome[]> {
  const size = (await stat(path)).size;
  if (size > MAX_BYTES) return [{ ok: false, error: `larger than ${MAX_BYTES} bytes` }];
  let value: unknown;
  try {
    value = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch (e) {
    return [{ ok: false, error: `not JSON (${e instanceof Error ? e.message.split("\n")[0] : String(e)})` }];
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) return [{ ok: false, error: "an empty array, no incident" }];
  const out: FileOutcome[] = [];
  for (const [i, r] of records.entries()) {
    const parsed = parseVerisRecord(r);
    const where = Array.isArray(value) ? `incident ${i + 1}: ` : "";
    out.push(
      parsed.ok
        ? { ok: true, status: await importVerisRecord(store, parsed.value, now) }
        : { ok: false, error: `${where}${parsed.error}` },
    );
  }
  return out;
}

type Entry = { readonly path: string; readonly error: string | null };

/** A file as given, or every *.json under a directory (sorted, recursively). */
async function* jsonFiles(path: string): AsyncIterable<Entry> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    yield { path, error: "no such file or directory" };
    return;
  }
  if (info.isFile()) {
    yield { path, error: null };
    return;
  }
  const names = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const d of names) {
    const child = join(path, d.name);
    if (d.isDirectory()) yield* jsonFiles(child);
    else if (d.isFile() && /\.json$/i.test(d.name)) yield { path: child, error: null };
  }
}
