/** @module What every route of the server gets: the store, the configuration, the clock. No globals. */
import type { Store } from "../../storage/store.js";

export type ServerConfig = {
  /** Reading needs a token too (default false: reading is open). */
  readonly requireReadToken: boolean;
  /** Requests per client (by address) per window before 429. */
  readonly rateLimit: { readonly windowMs: number; readonly max: number };
  /** Largest request body accepted, in bytes (413 above). */
  readonly maxBodyBytes: number;
  /** Fetching URLs (ingest by URL, feeds, webhooks) may reach private addresses (tests only). */
  readonly allowPrivate: boolean;
  /** Feeds are polled inside the server every this many minutes; 0: never (`--poll-minutes`). */
  readonly pollMinutes: number;
  /** PostgreSQL URL when the store is PostgreSQL: `POST /api/ingest?queue=1` enqueues URL jobs for `roei worker`. */
  readonly queueUrl: string | null;
};

export const DEFAULT_CONFIG: ServerConfig = {
  requireReadToken: false,
  rateLimit: { windowMs: 60_000, max: 600 },
  maxBodyBytes: 12 * 1024 * 1024,
  allowPrivate: false,
  pollMinutes: 30,
  queueUrl: null,
};

export type ServerContext = {
  readonly store: Store;
  readonly config: ServerConfig;
  /** ISO timestamp; tests pass a fixed clock. */
  readonly now: () => string;
};
