/**
 * @module `roei review`: the incidents an analyst should check, with why: every stored incident run through the
 * consistency checks (breakdown vs total, dates out of order, unit or qualifier conflicts between sources…), only the
 * flagged ones printed. Streams: one incident in memory at a time.
 */
import { parseArgs } from "node:util";
import { type ReviewFlag, type ReviewFlagCode, toReviewFlags } from "../../analysis/classify/consistency.js";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import type { CliIO } from "./main.js";

export const REVIEW_USAGE = "usage: roei review [--code CODE]... [--format json|text] [--db PATH] [--database-url URL]";

type ReviewCommand = {
  readonly format: "json" | "text" | null;
  readonly codes: ReadonlySet<string>;
  readonly db: string | undefined;
  readonly databaseUrl: string | undefined;
};

/** Parses `roei review` options (argv without the command name); a usage error is a string. */
export function parseReviewArgs(argv: readonly string[]): ReviewCommand | string {
  let values: { format?: string; code?: string[]; db?: string; "database-url"?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: "string" },
        code: { type: "string", multiple: true },
        db: { type: "string" },
        "database-url": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
  }
  const format = values.format;
  if (format !== undefined && format !== "json" && format !== "text")
    return `--format must be json or text, not ${format}`;
  return {
    format: format ?? null,
    codes: new Set(values.code ?? []),
    db: values.db,
    databaseUrl: values["database-url"],
  };
}

type Flagged = { readonly id: number; readonly key: string; readonly organization: string; flags: ReviewFlag[] };

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseReviewArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${REVIEW_USAGE}\n`);
    return 2;
  }
  const json = (command.format ?? (io.stdoutIsTTY ? "text" : "json")) === "json";
  const store = await openStore({ db: command.db, databaseUrl: command.databaseUrl, nameKey: toKey });
  const counts = new Map<ReviewFlagCode, number>();
  let checked = 0;
  let flagged = 0;
  try {
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
  } finally {
    await store.close();
  }
  const summary = [...counts].map(([code, n]) => `${code} ${n}`).join(", ");
  io.stderr(`roei: review: ${flagged} of ${checked} incidents flagged${summary === "" ? "" : ` (${summary})`}\n`);
  return 0;
}

function formatFlagged(entry: Flagged): string {
  const lines = entry.flags.map((f) => `    要確認 [${f.code}] ${f.message}（${f.fields.join(", ")}）`);
  return `#${entry.id}  ${entry.organization}\n${lines.join("\n")}\n`;
}
