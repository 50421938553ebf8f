/**
 * @module `roei review`: the incidents an analyst should check, with why: every stored incident run through the
 * consistency checks (breakdown vs total, dates out of order, unit or qualifier conflicts between sources…), only the
 * flagged ones printed. Streams: one incident in memory at a time.
 */
import { type ReviewFlag, type ReviewFlagCode, toReviewFlags } from "../../analysis/classify/consistency.js";
import { parseFormat, parseOptions, STORE_TARGET_OPTIONS, type StoreTarget, toStoreTarget } from "./command-args.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";

export const REVIEW_USAGE = "usage: roei review [--code CODE]... [--format json|text] [--db PATH] [--database-url URL]";

type ReviewCommand = StoreTarget & {
  readonly format: "json" | "text" | null;
  readonly codes: ReadonlySet<string>;
};

/** Parses `roei review` options (argv without the command name); a usage error is a string. */
export function parseReviewArgs(argv: readonly string[]): ReviewCommand | string {
  const options = {
    format: { type: "string" },
    code: { type: "string", multiple: true },
    ...STORE_TARGET_OPTIONS,
  } as const;
  const parsed = parseOptions(argv, options, false);
  if (!parsed.ok) return parsed.error.message;
  const { values } = parsed.value;
  const format = parseFormat(values.format, ["json", "text"]);
  if (!format.ok) return format.error.message;
  return { ...toStoreTarget(values), format: format.value, codes: new Set(values.code ?? []) };
}

type Flagged = { readonly id: number; readonly key: string; readonly organization: string; flags: ReviewFlag[] };

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseReviewArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${REVIEW_USAGE}\n`);
    return 2;
  }
  const json = (command.format ?? (io.stdoutIsTTY ? "text" : "json")) === "json";
  const counts = new Map<ReviewFlagCode, number>();
  let checked = 0;
  let flagged = 0;
  await withStore(command, async (store) => {
    if (json) await io.stdout("[");
    for await (const incident of store.allIncidents()) {
      checked++;
      const flags = toReviewFlags(incident).filter((f) => command.codes.size === 0 || command.codes.has(f.code));
      if (flags.length === 0) continue;
      for (const f of flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
      const entry: Flagged = { id: incident.id, key: incident.key, organization: incident.organization, flags };
      await io.stdout(json ? `${flagged === 0 ? "\n" : ",\n"}${JSON.stringify(entry)}` : formatFlagged(entry));
      flagged++;
    }
    if (json) await io.stdout(flagged === 0 ? "]\n" : "\n]\n");
  });
  const summary = [...counts].map(([code, n]) => `${code} ${n}`).join(", ");
  io.stderr(`roei: review: ${flagged} of ${checked} incidents flagged${summary === "" ? "" : ` (${summary})`}\n`);
  return 0;
}

function formatFlagged(entry: Flagged): string {
  const lines = entry.flags.map((f) => `    要確認 [${f.code}] ${f.message}（${f.fields.join(", ")}）`);
  return `#${entry.id}  ${entry.organization}\n${lines.join("\n")}\n`;
}
