/** @module `roei stats`: reads every stored incident once and prints statistics as text, JSON or CSV. */
import { STATS_DIMENSIONS, type StatsDimension, type StatsOptions, toStats } from "../../analysis/stats.js";
import { formatStatsCsv, formatStatsText } from "../../analysis/stats-format.js";
import {
  checkPeriodDate,
  parseFormat,
  parseOptions,
  STORE_TARGET_OPTIONS,
  type StoreTarget,
  toStoreTarget,
} from "./command-args.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";
import { readSlimIncidents } from "./read-incidents.js";

export const STATS_USAGE = [
  "usage: roei stats [--from D] [--to D] [--by DIMENSION] [--format text|json|csv] [--top N] [--db PATH]",
  `  DIMENSION: ${STATS_DIMENSIONS.join("|")} (default: the JNSA/TSR views)`,
].join("\n");

type StatsCommand = StoreTarget & {
  readonly options: StatsOptions;
  readonly format: "text" | "json" | "csv" | null;
};

const OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  by: { type: "string" },
  format: { type: "string" },
  top: { type: "string" },
  ...STORE_TARGET_OPTIONS,
} as const;

/** Parses `roei stats` options (argv without the command name); a usage error is a string. */
export function parseStatsArgs(argv: readonly string[]): StatsCommand | string {
  const parsed = parseOptions(argv, OPTIONS, false);
  if (!parsed.ok) return parsed.error.message;
  const { values } = parsed.value;
  const period = checkPeriodDate("from", values.from) ?? checkPeriodDate("to", values.to);
  if (period !== null) return period;
  const by = values.by;
  if (by !== undefined && !(STATS_DIMENSIONS as readonly string[]).includes(by)) {
    return `--by must be one of ${STATS_DIMENSIONS.join(", ")}`;
  }
  const format = parseFormat(values.format, ["text", "json", "csv"]);
  if (!format.ok) return format.error.message;
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 0) return "--top must be a whole number ≥ 0";
  const options: StatsOptions = {
    top,
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
    ...(by === undefined ? {} : { by: by as StatsDimension }),
  };
  return { ...toStoreTarget(values), options, format: format.value };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseStatsArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${STATS_USAGE}\n`);
    return 2;
  }
  const report = await withStore(command, async (store) => toStats(await readSlimIncidents(store), command.options));
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
