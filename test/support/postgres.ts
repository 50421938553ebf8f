/** @module The local PostgreSQL for tests: reachability, and throw-away databases with a UTF-8 ctype. */
import pg from "pg";

export const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";

/** Runs one statement as the admin connection; the error message, or null when it worked. */
export async function admin(sql: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(sql);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL of a database on the admin server. */
export function databaseUrl(database: string): string {
  return Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
}

/** Creates a database with a UTF-8 ctype (with LC_CTYPE=C, Japanese text functions break); throws on failure. */
export async function createUtf8Database(database: string): Promise<void> {
  const error = await admin(
    `CREATE DATABASE ${database} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
  );
  if (error) throw new Error(error);
}

export async function dropDatabase(database: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
