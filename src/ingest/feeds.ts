/** @module `roei feeds poll`: fetch each feed (conditionally), ingest only its new items, remember validators. */
import { fetchFeed } from "../pipeline/fetch/feed.js";
import { fetchUrl } from "../pipeline/fetch/http.js";
import { createRateLimiter } from "../pipeline/fetch/rate-limit.js";
import type { FeedState, Store } from "../storage/store.js";
import { ingestDocument } from "./ingest-source.js";

export type PollOptions = {
  readonly watchSeconds: number | null;
  readonly allowPrivate: boolean;
  readonly now: () => string;
  readonly signal?: AbortSignal;
};

type Output = { readonly stderr: (chunk: string) => void };

/** Polls every feed once, or every `watchSeconds` until stopped; returns 1 when a feed or an item failed. */
export async function pollFeeds(store: Store, options: PollOptions, io: Output): Promise<number> {
  const rateLimiter = createRateLimiter();
  let failed = false;
  for (;;) {
    for (const feed of await store.feeds()) {
      const ok = await pollOne(store, feed, { ...options, rateLimiter }, io);
      failed ||= !ok;
    }
    if (options.watchSeconds === null || options.signal?.aborted) break;
    await new Promise((resolve) => setTimeout(resolve, options.watchSeconds! * 1000));
    if (options.signal?.aborted) break;
  }
  return failed ? 1 : 0;
}

async function pollOne(
  store: Store,
  feed: FeedState,
  options: PollOptions & { rateLimiter: ReturnType<typeof createRateLimiter> },
  io: Output,
): Promise<boolean> {
  const fetchOptions = { allowPrivate: options.allowPrivate, rateLimiter: options.rateLimiter };
  const state = {
    ...(feed.etag ? { etag: feed.etag } : {}),
    ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
  };
  const fetched = await fetchFeed(feed.url, state, fetchOptions);
  if (!fetched.ok) {
    io.stderr(`roei: ${fetched.error.message}\n`);
    await store.updateFeed({ ...feed, lastPolledAt: options.now(), lastError: fetched.error.message });
    return false;
  }
  const next: FeedState = {
    url: feed.url,
    etag: fetched.value.state.etag ?? null,
    lastModified: fetched.value.state.lastModified ?? null,
    lastPolledAt: options.now(),
    lastError: null,
  };
  if (fetched.value.notModified) {
    await store.updateFeed(next);
    return true;
  }
  const items = fetched.value.items;
  const seen = await store.seenFeedItems(
    feed.url,
    items.map((i) => i.id),
  );
  let ok = true;
  for (const item of items) {
    if (seen.has(item.id) || !item.link) continue;
    const page = await fetchUrl(item.link, fetchOptions);
    if (!page.ok) {
      io.stderr(`roei: ${page.error.message}\n`);
      ok = false;
      continue;
    }
    const published = item.published?.slice(0, 10);
    const outcome = await ingestDocument(page.value, item.link, {
      store,
      now: options.now,
      ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
    });
    if (outcome.status === "failed") {
      io.stderr(`roei: ${item.link}: ${outcome.error}\n`);
      ok = false;
    }
    await store.markFeedItems(feed.url, [item.id]);
  }
  await store.updateFeed(next);
  return ok;
}
