/** @module Ingestion jobs on a PostgreSQL queue (pg-boss): `roei ingest --queue` enqueues, `roei worker` takes them. */
import { readSource } from "../pipeline/fetch/file.js";
import type { Store } from "../storage/store.js";
import { ingestDocument } from "./ingest-source.js";

export const INGEST_QUEUE = "roei-ingest";

/** One unit of work: a file path (as seen by the workers) or a URL. */
export type IngestJob = { readonly kind: "file" | "url"; readonly target: string; readonly published?: string };

type Boss = {
  start(): Promise<unknown>;
  stop(options?: { graceful?: boolean; wait?: boolean }): Promise<void>;
  createQueue(name: string): Promise<void>;
  insert(jobs: { name: string; data: IngestJob }[]): Promise<void>;
  fetch(name: string, options: { batchSize: number }): Promise<{ id: string; data: IngestJob }[] | null>;
  complete(name: string, id: string): Promise<unknown>;
  fail(name: string, id: string, data?: object): Promise<unknown>;
  getQueueSize(name: string): Promise<number>;
};

async function openBoss(databaseUrl: string): Promise<Boss> {
  const { default: PgBoss } = (await import("pg-boss")) as unknown as { default: new (url: string) => Boss };
  const boss = new PgBoss(databaseUrl);
  await boss.start();
  await boss.createQueue(INGEST_QUEUE);
  return boss;
}

/** Puts jobs on the queue; returns how many. */
export async function enqueueJobs(databaseUrl: string, jobs: readonly IngestJob[]): Promise<number> {
  const boss = await openBoss(databaseUrl);
  try {
    for (let i = 0; i < jobs.length; i += 500) {
      await boss.insert(jobs.slice(i, i + 500).map((data) => ({ name: INGEST_QUEUE, data })));
    }
    return jobs.length;
  } finally {
    await boss.stop({ graceful: true, wait: true });
  }
}

export type WorkerOptions = {
  readonly maxBytes: number;
  readonly now: () => string;
  /** Stop once the queue has stayed empty this long (for batch runs and tests); null: run until stopped. */
  readonly exitWhenIdleMs: number | null;
  readonly log: (line: string) => void;
  /** One limiter shared by every fetch of this worker (per-host politeness). */
  readonly rateLimiter: import("../pipeline/fetch/rate-limit.js").RateLimiter;
  readonly signal?: AbortSignal;
};

/**
 * Takes jobs one at a time (pg-boss hands each job to one worker: SELECT … FOR UPDATE SKIP LOCKED), ingests them with
 * the same transaction-per-source code as `roei ingest`, and completes or fails each job. Returns jobs done.
 */
export async function runWorker(databaseUrl: string, store: Store, options: WorkerOptions): Promise<number> {
  const boss = await openBoss(databaseUrl);
  let done = 0;
  let idleSince = Date.now();
  try {
    while (!options.signal?.aborted) {
      const jobs = (await boss.fetch(INGEST_QUEUE, { batchSize: 1 })) ?? [];
      const job = jobs[0];
      if (!job) {
        if (options.exitWhenIdleMs !== null && Date.now() - idleSince >= options.exitWhenIdleMs) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      idleSince = Date.now();
      const error = await runJob(job.data, store, options);
      if (error === null) await boss.complete(INGEST_QUEUE, job.id);
      else {
        options.log(`roei: ${job.data.target}: ${error}`);
        await boss.fail(INGEST_QUEUE, job.id, { error });
      }
      done++;
    }
    return done;
  } finally {
    await boss.stop({ graceful: true, wait: true });
  }
}

async function runJob(job: IngestJob, store: Store, options: WorkerOptions): Promise<string | null> {
  const deps = { store, now: options.now, ...(job.published ? { published: job.published } : {}) };
  if (job.kind === "file") {
    const raw = await readSource(job.target, { maxBytes: options.maxBytes });
    if (!raw.ok) return raw.error.message;
    const outcome = await ingestDocument(raw.value, job.target, deps);
    return outcome.status === "failed" ? outcome.error : null;
  }
  const { fetchUrl } = await import("../pipeline/fetch/http.js");
  const fetched = await fetchUrl(job.target, { maxBytes: options.maxBytes, rateLimiter: options.rateLimiter });
  if (!fetched.ok) return fetched.error.message;
  const outcome = await ingestDocument(fetched.value, job.target, deps);
  return outcome.status === "failed" ? outcome.error : null;
}
