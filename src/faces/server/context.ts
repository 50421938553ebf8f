/** @module What every route of the server gets: the store, the configuration, the clock. No globals. */
import type { Store } from "../../storage/store.js";
import type { ResponseCache } from "./cache.js";

export type ServerConfig = {
  /** Reading needs a token too (default false: reading is open). */
  readonly requireReadToken: boolean;
  /** Requests per client (by address) per window before 429; `max` 0 turns the limit off. */
  readonly rateLimit: { readonly windowMs: number; readonly max: number };
  /**
   * The response cache of the list routes (cache.ts): most answers and bytes kept; `maxEntries` 0 keeps none (ETag
   * and 304 still work).
   */
  readonly cache: { readonly maxEntries: number; readonly maxBytes: number };
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
  cache: { maxEntries: 1000, maxBytes: 64 * 1024 * 1024 },
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
  /** The response cache of the read routes: a route that writes calls `ctx.cache.invalidate()` after its write. */
  readonly cache: ResponseCache;
};

/** What createApp needs: a context whose cache it makes from the config when none is given. */
export type AppContext = Omit<ServerContext, "cache"> & { readonly cache?: ResponseCache };
