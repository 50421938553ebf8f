/** @module The roei CLI in process for tests: run it on argv and collect its output; seed a throw-away store. */
import type { Incident } from "../../src/domain/incident.js";
import { type CliIO, run } from "../../src/faces/cli/main.js";
import { toKey } from "../../src/pipeline/extract/aliases.js";
import { openStore } from "../../src/storage/open.js";
import { anIncident, aSource, toNewIncident } from "../../src/storage/store.contract.js";

/** What the in-process terminal looks like. */
export type RunRoeiOptions = {
  /** Standard input, read as one chunk; without it standard input yields nothing. */
  readonly stdin?: string;
  /** Default false, as on a pipe. */
  readonly stdoutIsTTY?: boolean;
  /** Left unset unless given. */
  readonly stderrIsTTY?: boolean;
};

/** The exit status and everything written to stdout and stderr. */
export type RoeiResult = { readonly code: number; readonly out: string; readonly err: string };

/**
 * Runs `roei ARGV…` in process (`run` from src/faces/cli/main.ts) and collects what it writes.
 * @example const r = await runRoei(["stats", "--db", db, "--format", "json"]);
 */
export async function runRoei(argv: readonly string[], options: RunRoeiOptions = {}): Promise<RoeiResult> {
  let out = "";
  let err = "";
  const { stdin } = options;
  const io: CliIO = {
    stdout: async (chunk) => {
      out += chunk;
    },
    stderr: (chunk) => {
      err += chunk;
    },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    ...(options.stderrIsTTY === undefined ? {} : { stderrIsTTY: options.stderrIsTTY }),
    stdin: async function* () {
      if (stdin !== undefined) yield new TextEncoder().encode(stdin);
    },
  };
  return { code: await run([...argv], io), out, err };
}

/** One incident to seed: its key and the fields that differ from `anIncident()`. */
export type SeedEntry = readonly [key: string, fields: Partial<Incident>];

/** Writes each entry into the SQLite store at `db` as one source, its report and a merged incident citing both. */
export async function seedIncidents(db: string, entries: readonly SeedEntry[]): Promise<void> {
  const store = await openStore({ db, nameKey: toKey });
  try {
    await store.transaction(async (tx) => {
      for (const [key, fields] of entries) {
        const source = await tx.insertSource(aSource());
        const incident = anIncident(fields);
        const [report] = await tx.insertReports(source.id, [incident]);
        const extras = {
          sourceIds: [source.id],
          reportIds: [report!.id],
          organizationKey: toKey(incident.organization),
        };
        await tx.replaceIncidents([], [toNewIncident(key, incident, extras)], []);
      }
    });
  } finally {
    await store.close();
  }
}
