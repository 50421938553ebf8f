/** @module Versioned schema migrations: which of them a database still needs. */

export type Migration = { readonly version: number; readonly name: string; readonly sql: string };

/** The migrations not yet applied, in version order. */
export function toPendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
  return [...all].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
}
