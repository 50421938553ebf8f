/**
 * @module The bundled sample corpus: articles the team wrote about fictional organizations (samples/*.txt), loaded into
 * an empty store so a newcomer sees a working system. Their sources are keyed `sample:NAME`, so pages can mark them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDocument } from "../../ingest/ingest-source.js";
import type { Store } from "../../storage/store.js";

export const SAMPLE_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", ".."), "samples");
export const SAMPLE_PREFIX = "sample:";

export function isSampleKey(key: string): boolean {
  return key.startsWith(SAMPLE_PREFIX);
}

/** Loads the sample articles when the store holds no source at all; returns how many were added (0 otherwise). */
export async function loadSamplesIfEmpty(store: Store, now: () => string, dir = SAMPLE_DIR): Promise<number> {
  if ((await store.sourceCount()) > 0 || !existsSync(dir)) return 0;
  let added = 0;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const outcome = await ingestDocument({ name, bytes, contentType: "text/plain" }, `${SAMPLE_PREFIX}${name}`, {
      store,
      now,
    });
    if (outcome.status === "added") added++;
  }
  return added;
}
