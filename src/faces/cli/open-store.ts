/** @module Opens the store a command names (`--db` / `--database-url`, else the environment) for one use, and closes it. */
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import type { Store } from "../../storage/store.js";
import type { StoreTarget } from "./command-args.js";

/** Runs `use` on the store at `target`; the store is closed however `use` ends. */
export async function withStore<T>(target: StoreTarget, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ db: target.db, databaseUrl: target.databaseUrl, nameKey: toKey });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
