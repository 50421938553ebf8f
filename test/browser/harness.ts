/**
 * @module Browser tests' harness: the real server on a loopback port over a temp SQLite store with the bundled sample
 * corpus, and Debian's Chromium driven by playwright-core (never a downloaded browser). Screenshots go to
 * test-artifacts/screenshots/ (kept by CI as artifacts, ignored by git).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";
import { createApp } from "../../src/faces/server/app.js";
import { DEFAULT_CONFIG } from "../../src/faces/server/context.js";
import { loadSamplesIfEmpty } from "../../src/faces/server/sample.js";
import { toKey } from "../../src/pipeline/extract/aliases.js";
import { openStore } from "../../src/storage/open.js";
import type { Store } from "../../src/storage/store.js";

export const CHROMIUM = "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SCREENSHOTS = resolve("test-artifacts", "screenshots");

export type LiveServer = { readonly url: string; readonly store: Store; readonly close: () => Promise<void> };

/** The server on 127.0.0.1 at a free port, on a new SQLite store loaded with the sample corpus. */
export async function startSampleServer(): Promise<LiveServer> {
  const dir = mkdtempSync(join(tmpdir(), "roei-browser-"));
  const store = await openStore({ db: join(dir, "roei.db"), nameKey: toKey });
  const now = () => new Date().toISOString();
  await loadSamplesIfEmpty(store, now);
  const app = createApp({ store, config: { ...DEFAULT_CONFIG, rateLimit: { windowMs: 60_000, max: 100_000 } }, now });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((done) => server.once("listening", () => done()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium with the flags this machine needs. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
