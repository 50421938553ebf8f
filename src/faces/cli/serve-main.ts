/**
 * @module `roei serve` (what `npm start` runs): the REST API and the web UI on one port, on the embedded SQLite default
 * or PostgreSQL with DATABASE_URL; loads the sample corpus into an empty store unless `--no-sample`.
 */
import { serve } from "@hono/node-server";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import { createApp, createServerContext } from "../server/app.js";
import { DEFAULT_CONFIG, type ServerConfig } from "../server/context.js";
import { parseRateLimit } from "../server/guards.js";
import { jobsOf } from "../server/jobs.js";
import { loadSamplesIfEmpty } from "../server/sample.js";
import { warmUp } from "../server/warm-up.js";
import { parseOptions, STORE_TARGET_OPTIONS, type StoreTarget, toStoreTarget } from "./command-args.js";
import type { CliIO } from "./main.js";

export const SERVE_USAGE =
  "usage: roei serve [--port N] [--host ADDR] [--no-sample] [--no-cache] [--require-read-token] [--poll-minutes N] [--db PATH] [--database-url URL]\n" +
  "  env: PORT, HOST, DATABASE_URL, ROEI_REQUIRE_READ_TOKEN=1, ROEI_POLL_MINUTES, ROEI_RATE_LIMIT=N requests per minute per client (0 = off)";

type ServeCommand = StoreTarget & {
  readonly port: number;
  readonly host: string;
  readonly sample: boolean;
  readonly config: ServerConfig;
};

/** Parses `roei serve` options; PORT and HOST come from the environment when not given. */
export function parseServeArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeCommand | string {
  const parsed = parseOptions(
    argv,
    {
      port: { type: "string" },
      host: { type: "string" },
      "no-sample": { type: "boolean" },
      "no-cache": { type: "boolean" },
      "require-read-token": { type: "boolean" },
      "poll-minutes": { type: "string" },
      ...STORE_TARGET_OPTIONS,
    },
    false,
  );
  if (!parsed.ok) return parsed.error.message;
  const { values } = parsed.value;
  const portText = values.port ?? env.PORT ?? "8080";
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) return `--port must be a port number 0–65535, not ${portText}`;
  const pollText = values["poll-minutes"] ?? env.ROEI_POLL_MINUTES ?? String(DEFAULT_CONFIG.pollMinutes);
  if (!/^\d{1,5}$/.test(pollText)) return `--poll-minutes must be a whole number of minutes (0: off), not ${pollText}`;
  const perMinute = parseRateLimit(env.ROEI_RATE_LIMIT, DEFAULT_CONFIG.rateLimit.max);
  if (typeof perMinute === "string") return perMinute;
  return {
    ...toStoreTarget(values),
    port,
    host: values.host ?? env.HOST ?? "127.0.0.1",
    sample: values["no-sample"] !== true,
    config: {
      ...DEFAULT_CONFIG,
      requireReadToken: values["require-read-token"] === true || env.ROEI_REQUIRE_READ_TOKEN === "1",
      pollMinutes: Number(pollText),
      rateLimit: { windowMs: 60_000, max: perMinute },
      cache: values["no-cache"] === true ? { ...DEFAULT_CONFIG.cache, maxEntries: 0 } : DEFAULT_CONFIG.cache,
    },
  };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseServeArgs(argv, process.env);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${SERVE_USAGE}\n`);
    return 2;
  }
  const store = await openStore({ db: command.db, databaseUrl: command.databaseUrl, nameKey: toKey });
  const now = () => new Date().toISOString();
  if (command.sample) {
    const added = await loadSamplesIfEmpty(store, now);
    if (added > 0) io.stderr(`roei serve: loaded ${added} sample articles (fictional organizations)\n`);
  }
  const databaseUrl = command.databaseUrl ?? (command.db ? undefined : process.env.DATABASE_URL);
  const ctx = createServerContext({
    store,
    config: { ...command.config, queueUrl: store.engine === "postgres" ? (databaseUrl ?? null) : null },
    now,
  });
  const app = createApp(ctx);
  const jobs = jobsOf(ctx);
  jobs.start();
  const server = serve({ fetch: app.fetch, port: command.port, hostname: command.host });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : command.port;
  const { max } = command.config.rateLimit;
  const notes = [
    store.engine,
    max > 0 ? `rate limit ${max}/min per client` : "rate limit off",
    command.config.cache.maxEntries > 0 ? "response cache on" : "response cache off",
  ];
  io.stderr(
    `roei serve: http://${command.host.includes(":") ? `[${command.host}]` : command.host}:${port}/ (${notes.join(", ")})\n`,
  );
  // The whole-store views in the background, not before listening: the first visitor of 統計 or キャンペーン should
  // not wait for them, and nobody should wait for the port.
  const warming = warmUp(store, (line) => io.stderr(`roei serve: ${line}\n`)).then((t) =>
    io.stderr(
      `roei serve: warm-up done (facets ${t.facets} ms, statistics ${t.snapshot} ms, campaigns ${t.campaigns} ms)\n`,
    ),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await jobs.stop();
  await warming; // its reads end before the store closes
  await store.close();
  return 0;
}
