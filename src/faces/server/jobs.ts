/**
 * @module Work the server does besides answering: polling feeds every `pollMinutes`, and delivering watchlists after
 * each ingest (API, page, feed poll). One queue per server context runs the jobs one at a time; a delivery asked for
 * while one is waiting is merged into it. `idle()` resolves when the queue is empty (tests and shutdown wait on it).
 */
import { pollFeeds } from "../../ingest/feeds.js";
import type { ServerContext } from "./context.js";
import { deliverWatchlists, type Poster, webhookPoster } from "./watchlists.js";

export type ServerJobs = {
  /** Schedules a watchlist delivery (after an ingest). */
  readonly afterIngest: () => void;
  /** Polls every feed now, then delivers watchlists; resolves with whether every feed and item worked. */
  readonly pollNow: () => Promise<boolean>;
  /** Starts the poll timer (when pollMinutes > 0). */
  readonly start: () => void;
  /** Stops the timer and waits for the queue. */
  readonly stop: () => Promise<void>;
  readonly idle: () => Promise<void>;
};

const jobs = new WeakMap<ServerContext, ServerJobs>();

/** The jobs of a server context (made on first use). Tests may pass their own webhook poster. */
export function jobsOf(ctx: ServerContext, post?: Poster): ServerJobs {
  let found = jobs.get(ctx);
  if (found === undefined) {
    found = createJobs(ctx, post ?? webhookPoster(ctx.config.allowPrivate));
    jobs.set(ctx, found);
  }
  return found;
}

function createJobs(ctx: ServerContext, post: Poster): ServerJobs {
  let chain: Promise<unknown> = Promise.resolve();
  let deliveryWaiting = false;
  let timer: NodeJS.Timeout | null = null;
  const log = (line: string) => process.stderr.write(`roei serve: ${line}\n`);
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task);
    chain = run.catch((error: unknown) => log(`job failed: ${error instanceof Error ? error.message : String(error)}`));
    return run;
  };
  const deliver = async () => {
    deliveryWaiting = false;
    await deliverWatchlists(ctx.store, post);
  };
  const afterIngest = () => {
    if (deliveryWaiting) return;
    deliveryWaiting = true;
    void enqueue(deliver).catch(() => undefined);
  };
  const pollNow = () =>
    enqueue(async () => {
      const code = await pollFeeds(
        ctx.store,
        { watchSeconds: null, allowPrivate: ctx.config.allowPrivate, now: ctx.now },
        { stderr: (chunk) => process.stderr.write(chunk) },
      );
      ctx.cache.invalidate(); // what the poll ingested is listed at once (other whole-store views: changeToken)
      await deliver();
      return code === 0;
    });
  return {
    afterIngest,
    pollNow,
    start: () => {
      const minutes = ctx.config.pollMinutes;
      if (timer !== null || !(minutes > 0)) return;
      timer = setInterval(() => void pollNow().catch(() => undefined), minutes * 60_000);
      timer.unref();
    },
    stop: async () => {
      if (timer !== null) clearInterval(timer);
      timer = null;
      await chain;
    },
    idle: async () => {
      // A job may enqueue another (afterIngest during a poll): wait until the chain stops growing.
      for (let seen = chain; ; seen = chain) {
        await seen;
        if (seen === chain) return;
      }
    },
  };
}
