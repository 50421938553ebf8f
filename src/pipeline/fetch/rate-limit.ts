/** @module Per-host politeness: at most one request per host per interval; the clock is injected. */

/** Time source: a monotonic-ish millisecond clock and a way to wait. */
export type Clock = {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
};

export type RateLimiter = {
  /** Resolves when a request to `host` may start; reserves that slot, so concurrent callers queue in order. */
  readonly acquire: (host: string) => Promise<void>;
};

export type RateLimiterOptions = {
  /** Minimum time between the starts of two requests to one host. Default 1000 ms. */
  readonly intervalMs?: number;
  /** Default: `performance.now()` and `setTimeout`. */
  readonly clock?: Clock;
};

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Creates a limiter that spaces requests to each host (case-insensitive) by `intervalMs`.
 * @example const limiter = createRateLimiter({ intervalMs: 1000 }); await limiter.acquire("www.example.jp");
 */
export function createRateLimiter(opts: RateLimiterOptions = {}): RateLimiter {
  const intervalMs = opts.intervalMs ?? 1000;
  const clock = opts.clock ?? systemClock;
  const nextSlot = new Map<string, number>();
  return {
    acquire: async (host) => {
      const key = host.toLowerCase();
      const now = clock.now();
      pruneBefore(nextSlot, now);
      const slot = Math.max(now, nextSlot.get(key) ?? now);
      nextSlot.set(key, slot + intervalMs);
      if (slot > now) await clock.sleep(slot - now);
    },
  };
}

/** Drops hosts whose next slot has passed, so the map holds only hosts with a pending wait. */
function pruneBefore(nextSlot: Map<string, number>, now: number): void {
  for (const [host, slot] of nextSlot) if (slot <= now) nextSlot.delete(host);
}
