/** @module Paths → the files under them, recursively, in a stable order. */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/** In a directory, only files that can hold an article are taken (a file named on the command line always is). */
const ARTICLE_FILE = /\.(?:txt|text|html?|xhtml|shtml|md)$|^[^.]+$/iu;

/** Files named on the command line and every file under named directories (hidden entries skipped), sorted. */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<{ path: string; error: string | null }> {
  for (const p of paths) {
    const abs = resolve(p);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(abs);
    } catch {
      yield { path: abs, error: "no such file or directory" };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(abs);
    else yield { path: abs, error: null };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<{ path: string; error: string | null }> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { path: dir, error: `cannot read directory: ${e instanceof Error ? e.message : String(e)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walkDirectory(full);
    else if (e.isFile() && ARTICLE_FILE.test(e.name)) yield { path: full, error: null };
  }
}
