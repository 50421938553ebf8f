/** @module Opens the store the environment asks for: PostgreSQL when a database URL is given, else embedded SQLite. */
import type { Store } from "./store.js";

export type OpenOptions = {
  /** SQLite file (`--db`, else ROEI_DB, else ./data/roei.db). */
  readonly db?: string | undefined;
  /** postgres://… (`--database-url`, else DATABASE_URL). */
  readonly databaseUrl?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How organization names are keyed for lookups; the composition root passes the pipeline's `toKey`. */
  readonly nameKey?: (name: string) => string;
};

export const DEFAULT_DB = "./data/roei.db";

/** Opens and migrates the store; the engines' modules load only when chosen. */
export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const env = options.env ?? process.env;
  const url = options.databaseUrl ?? (options.db ? undefined : env.DATABASE_URL);
  let store: Store;
  if (url) {
    const { openPostgresStore } = await import("./postgres/pg-store.js");
    store = await openPostgresStore(url, options.nameKey ? { nameKey: options.nameKey } : {});
  } else {
    const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
    store = await openSqliteStore(
      options.db ?? env.ROEI_DB ?? DEFAULT_DB,
      options.nameKey ? { nameKey: options.nameKey } : {},
    );
  }
  await store.migrate();
  return store;
}
