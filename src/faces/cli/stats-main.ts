/** @module `roei stats`: reads every stored incident once and prints statistics as text, JSON or CSV. */
import { parseArgs } from "node:util";
import { STATS_DIMENSIONS, type StatsDimension, type StatsOptions, toStats } from "../../analysis/stats.js";
import { formatStatsCsv, formatStatsText } from "../../analysis/stats-format.js";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import type { CliIO } from "./main.js";
import { readSlimIncidents } from "./read-incidents.js";

export const STATS_USAGE = [
  "usage: roei stats [--from D] [--to D] [--by DIMENSION] [--format text|json|csv] [--top N] [--db PATH]",
  `  DIMENSION: ${STATS_DIMENSIONS.join("|")} (default: the JNSA/TSR views)`,
].join("\n");

type StatsCommand = {
  readonly options: StatsOptions;
  readonly format: "text" | "json" | "csv" | null;
  readonly db: string | undefined;
  readonly databaseUrl: string | undefined;
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parses `roei stats` options (argv without the command name); a usage error is a string. */
export function parseStatsArgs(argv: readonly string[]): StatsCommand | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: "string" },
        to: { type: "string" },
        by: { type: "string" },
        format: { type: "string" },
        top: { type: "string" },
        db: { type: "string" },
        "database-url": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
  const str = (name: string) => values[name] as string | undefined;
  for (const name of ["from", "to"]) {
    const d = str(name);
    if (d !== undefined && !DATE.test(d)) return `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  const by = str("by");
  if (by !== undefined && !(STATS_DIMENSIONS as readonly string[]).includes(by)) {
    return `--by must be one of ${STATS_DIMENSIONS.join(", ")}`;
  }
  const format = str("format");
  if (format !== undefined && format !== "text" && format !== "json" && format !== "csv") {
    return `--format must be text, json or csv, not ${format}`;
  }
  const top = str("top") === undefined ? 10 : Number(str("top"));
  if (!Number.isInteger(top) || top < 0) return "--top must be a whole number ≥ 0";
  const options: StatsOptions = {
    top,
    ...(str("from") === undefined ? {} : { from: str("from")! }),
    ...(str("to") === undefined ? {} : { to: str("to")! }),
    ...(by === undefined ? {} : { by: by as StatsDimension }),
  };
  return { options, format: format ?? null, db: str("db"), databaseUrl: str("database-url") };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseStatsArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${STATS_USAGE}\n`);
    return 2;
  }
  const store = await openStore({ db: command.db, databaseUrl: command.databaseUrl, nameKey: toKey });
  let report: ReturnType<typeof toStats>;
  try {
    const incidents = await readSlimIncidents(store);
    report = toStats(incidents, command.options);
  } finally {
    await store.close();
  }
  const format = command.format ?? (io.stdoutIsTTY ? "text" : "json");
  const out =
    format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === "csv"
        ? formatStatsCsv(report)
        : formatStatsText(report);
  await io.stdout(out);
  return 0;
}
