/**
 * @module Whole-store views cached in memory: the statistics entries, the exposure index and the newest incident ids,
 * built in one pass over every stored incident and kept until the store changes.
 *
 * When has the store changed? The "generation" is `Store.changeToken()`, read on every request (SQLite: a pragma and
 * a function call; PostgreSQL: one tiny row): it moves with every committed write, ingest or correction, by this
 * process or another. After a change, requests wait at most a second for the reload and are otherwise answered from
 * the previous snapshot; a snapshot older than 10 minutes is reloaded the same way.
 */
import { createHash } from "node:crypto";
import { STATS_DIMENSIONS, type StatsEntry, toStatsEntry } from "../../analysis/stats.js";
import type { StoredIncident } from "../../domain/store.js";
import type { Store } from "../../storage/store.js";

/** Incidents of the newest-first feed kept (its `limit` is at most this). */
export const NEWEST_KEPT = 200;

/** What an exposure check needs of one incident: [id, organization, also, announced, value, qualifier, unit, items, cause, type]. */
export type ExposureRow = readonly [
  id: number,
  organization: string,
  also: readonly string[],
  announced: string | null,
  value: number | null,
  qualifier: string | null,
  unit: string | null,
  dataItems: readonly string[],
  cause: string,
  organizationType: string,
];

export const EXPOSURE_COLUMNS = [
  "id",
  "organization",
  "also",
  "announced",
  "value",
  "qualifier",
  "unit",
  "data_items",
  "cause",
  "organization_type",
] as const;

export function toExposureRow(i: StoredIncident): ExposureRow {
  return [
    i.id,
    i.organization,
    [...i.also],
    i.announced,
    i.affected.value,
    i.affected.qualifier,
    i.affected.unit,
    [...i.data_items],
    i.cause,
    i.organizationType,
  ];
}

export type StoreSnapshot = {
  readonly generation: string;
  /** A short hash of the generation, for ETags. */
  readonly etag: string;
  /** One statistics entry per incident, every dimension. */
  readonly entries: readonly StatsEntry[];
  /** Ids of the newest incidents (highest id first). */
  readonly newestIds: readonly number[];
  /** The exposure index as JSON text (built once, sent many times). */
  readonly exposureIndex: string;
  /** Views derived from the snapshot (a report per period), bounded. */
  readonly memo: Map<string, unknown>;
  readonly loadedAt: number;
};

export type SnapshotOptions = {
  readonly maxAgeMs?: number;
  readonly clock?: () => number;
  /** How long a request waits for a reload before the previous snapshot answers (default 1 s). */
  readonly staleAfterMs?: number;
};

const MEMO_LIMIT = 64;
/** Incidents folded between two turns of the event loop. */
const YIELD_EVERY = 250;
const caches = new WeakMap<Store, SnapshotCache>();

/** The store's generation: its change token (moves with every committed write). */
export function storeGeneration(store: Store): Promise<string> {
  return store.changeToken();
}

/** The pure part of a snapshot: every incident folded into the views, in one pass. */
export async function buildSnapshot(
  incidents: AsyncIterable<StoredIncident>,
  generation: string,
  loadedAt: number,
): Promise<StoreSnapshot> {
  const entries: StatsEntry[] = [];
  const rows: ExposureRow[] = [];
  let newest: number[] = [];
  for await (const incident of incidents) {
    entries.push(toStatsEntry(incident, STATS_DIMENSIONS));
    rows.push(toExposureRow(incident));
    newest.push(incident.id);
    if (newest.length >= NEWEST_KEPT * 4) newest = keepNewest(newest);
    // A turn of the event loop now and then: a reload takes seconds at 100,000 incidents, and requests go on meanwhile.
    if (entries.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const etag = createHash("sha256").update(generation).digest("base64url").slice(0, 16);
  const exposureIndex = JSON.stringify({ generation: etag, columns: EXPOSURE_COLUMNS, rows });
  return { generation, etag, entries, newestIds: keepNewest(newest), exposureIndex, memo: new Map(), loadedAt };
}

function keepNewest(ids: readonly number[]): number[] {
  return [...ids].sort((a, b) => b - a).slice(0, NEWEST_KEPT);
}

/** One store's snapshot, reloaded when its generation changes; concurrent requests share one load. */
export class SnapshotCache {
  private current: StoreSnapshot | null = null;
  private loading: Promise<StoreSnapshot> | null = null;
  private readonly store: Store;
  private readonly maxAgeMs: number;
  private readonly clock: () => number;
  private readonly staleAfterMs: number;

  constructor(store: Store, options: SnapshotOptions = {}) {
    this.store = store;
    this.staleAfterMs = options.staleAfterMs ?? 1000;
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
    this.clock = options.clock ?? Date.now;
  }

  /**
   * The snapshot of the store's current generation. When the store has changed and a snapshot exists, the reload
   * starts and the caller waits for it at most `staleAfterMs` (1 s): a whole-store reload takes seconds at 100,000
   * incidents, so until it is done the previous snapshot answers (stale by the writes since, at most one reload).
   */
  async get(): Promise<StoreSnapshot> {
    const generation = await storeGeneration(this.store);
    const current = this.current;
    if (current && current.generation === generation && this.clock() - current.loadedAt < this.maxAgeMs) return current;
    const loading = this.reload(generation);
    if (current === null) return loading;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stale = new Promise<StoreSnapshot>((resolve) => {
      timer = setTimeout(() => resolve(current), this.staleAfterMs);
    });
    try {
      return await Promise.race([loading, stale]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Starts loading (once at a time; a load already running is shared, and the next get() sees any newer generation). */
  private reload(generation: string): Promise<StoreSnapshot> {
    if (this.loading !== null) return this.loading;
    this.loading = buildSnapshot(this.store.allIncidents(), generation, this.clock())
      .then((snapshot) => {
        this.current = snapshot;
        return snapshot;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}

/** The snapshot cache of a store (one per store, shared by the API and the pages). */
export function snapshotsOf(store: Store): SnapshotCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = new SnapshotCache(store);
    caches.set(store, cache);
  }
  return cache;
}

/** A view derived from a snapshot, computed once per key (e.g. a report per period); the oldest is dropped past 64. */
export function memoize<T>(snapshot: StoreSnapshot, key: string, compute: () => T): T {
  if (snapshot.memo.has(key)) return snapshot.memo.get(key) as T;
  const value = compute();
  if (snapshot.memo.size >= MEMO_LIMIT) snapshot.memo.delete(snapshot.memo.keys().next().value!);
  snapshot.memo.set(key, value);
  return value;
}
