/** @module Versioned schema migrations: which of them a database still needs. */

export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Set when the migration empties the search index: the store rebuilds it from the stored incidents. */
  readonly reindex?: true;
};

/** The migrations not yet applied, in version order. */
export function toPendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
  return [...all].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
}
