/** @module The `roei` command: argv → exit status; the only place that writes to stdout and stderr. */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import type { Article, RawDocument } from "../../domain/article.js";
import type { Incident } from "../../domain/incident.js";
import { fail, type Issue, ok, type Result } from "../../domain/issue.js";
import { extractIncidents } from "../../pipeline/extract/index.js";
import { readSource, readStreamLimited } from "../../pipeline/fetch/file.js";
import { loadArticle } from "../../pipeline/load.js";
import { type ExtractCommand, type OutputFormat, parseArgs, USAGE } from "./args.js";
import { formatJsonEntry, JSON_CLOSE, JSON_OPEN, toJsonEntry } from "./format-json.js";
import { formatIncidentsText } from "./format-text.js";
import { STORE_COMMANDS, STORE_USAGE } from "./store-args.js";

/** Where the CLI reads and writes; tests pass their own. */
export type CliIO = {
  /** Resolves once the chunk is accepted (waits for the stream to drain, so output stays bounded). */
  readonly stdout: (chunk: string) => Promise<void>;
  readonly stderr: (chunk: string) => void;
  readonly stdoutIsTTY: boolean;
  /** Progress bars go to stderr when it is a terminal; plain log lines otherwise. */
  readonly stderrIsTTY?: boolean;
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
};

const HELP = `${USAGE}

Reads Japanese news articles about personal-information leaks (text or HTML; UTF-8, Shift_JIS, EUC-JP or
ISO-2022-JP) and prints the incidents they report. FILE may be - for standard input.

  --format json|text        json: one array, an entry { "article", "incidents" } per file read
                            (default: text on a terminal, json otherwise)
  --published YYYY-MM-DD    publication date of every article (overrides "# published:" lines and page metadata)
  --max-size BYTES          skip files larger than this (default 10M; K, M, G suffixes read as 1024-based)
  -h, --help                show this help

The incident store (SQLite at --db, ROEI_DB or ./data/roei.db; PostgreSQL when DATABASE_URL is set):
${STORE_USAGE}

Analysis (each command has its own options; roei COMMAND --format json for machine-readable output):
  roei triage ID|--input FILE   legal reporting triage (APPI 規則7条/43条, 番号法) and the JNSA JO damage estimate
  roei review [--code CODE]     incidents whose figures or dates contradict each other, with why
  roei campaigns                incidents sharing a CVE, a product or a vendor
  roei stats [--by DIMENSION]   counts of incidents and people (JNSA/TSR views), disclosure lag, repeated organizations
  roei casebook --format md|html [filters as for list]   a training casebook (事例集) in Japanese
  roei export --format veris|stix|misp   standard exports;  roei import --format veris FILE|DIR

The server (what npm start runs):
  roei serve [--port N] [--host ADDR] [--no-sample]   REST API under /api and the Japanese web UI (PORT, HOST)
  roei token create --role editor|admin [--name LABEL] | token list | token revoke ID   API tokens (shown once)

  -V, --version             show the version

A file that cannot be read or is not an article gets one line on stderr, "roei: FILE: reason", and no entry in
the output; the other files are still processed. Exit status: 0 all files read, 1 some file failed, 2 usage error.
`;

/** Store commands load the storage engines only when asked for, so `extract` stays light. */
async function runStore(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const { runStoreCommand } = await import("./store-main.js");
    return await runStoreCommand(argv, io);
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    io.stderr(`roei: ${errorText(error)}\n`);
    return 1;
  }
}

/** A command in its own module, loaded only when asked for: `run` gets argv without the command name. */
type CommandModule = { readonly run: (argv: readonly string[], io: CliIO) => Promise<number> };

/** Analysis commands (legal triage, campaigns, statistics, imports, casebook), one module each. */
const ANALYSIS_COMMANDS: Readonly<Record<string, () => Promise<CommandModule>>> = {
  triage: () => import("./triage-main.js"),
  campaigns: () => import("./campaigns-main.js"),
  stats: () => import("./stats-main.js"),
  casebook: () => import("./casebook-main.js"),
  import: () => import("./import-main.js"),
  review: () => import("./review-main.js"),
  serve: () => import("./serve-main.js"),
  token: () => import("./token-main.js"),
};

async function runAnalysis(load: () => Promise<CommandModule>, argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await (await load()).run(argv, io);
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    io.stderr(`roei: ${errorText(error)}\n`);
    return 1;
  }
}

/** Runs the command line (without `node roei`) and returns the exit status; never exits the process itself. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  if (argv[0] !== undefined && STORE_COMMANDS.has(argv[0])) return runStore(argv, io);
  const analysis = argv[0] === undefined ? undefined : ANALYSIS_COMMANDS[argv[0]];
  if (analysis !== undefined) return runAnalysis(analysis, argv.slice(1), io);
  const command = parseArgs(argv);
  if (!command.ok) {
    io.stderr(`roei: ${command.error.message}\n${USAGE}\nTry 'roei --help' for more.\n`);
    return 2;
  }
  try {
    switch (command.value.kind) {
      case "help":
        await io.stdout(HELP);
        return 0;
      case "version":
        await io.stdout(`roei ${readVersion()}\n`);
        return 0;
      case "extract":
        return await runExtract(command.value, io);
    }
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    io.stderr(`roei: internal error: ${errorText(error)} (please report this, with roei ${readVersion()})\n`);
    return 1;
  }
}

const READ_AHEAD = 8;

/** Reads, extracts and writes one file at a time, so memory stays bounded however many files there are. */
async function runExtract(command: ExtractCommand, io: CliIO): Promise<number> {
  const format: OutputFormat = command.format ?? (io.stdoutIsTTY ? "text" : "json");
  let written = 0;
  let failed = 0;
  if (format === "json") await io.stdout(JSON_OPEN);
  // Files ahead are read while the current one is extracted: a small window keeps memory bounded (at most
  // READ_AHEAD files, each under --max-size) and hides the latency of opening and reading many small files.
  const read = (path: string) =>
    readSource(path, { maxBytes: command.maxBytes, stdin: () => readStreamLimited(io.stdin(), command.maxBytes) });
  const window: Promise<Result<RawDocument, Issue>>[] = [];
  let next = 0;
  const fill = (): void => {
    while (window.length < READ_AHEAD && next < command.files.length) window.push(read(command.files[next++]!));
  };
  fill();
  for (let i = 0; i < command.files.length; i++) {
    const path = command.files[i]!;
    const raw = await window.shift()!;
    fill();
    const outcome = processFile(raw, command);
    if (!outcome.ok) {
      io.stderr(`roei: ${path === "-" ? "stdin" : path}: ${outcome.error.message}\n`);
      failed++;
      continue;
    }
    const { article, incidents } = outcome.value;
    if (format === "json") await io.stdout(formatJsonEntry(toJsonEntry(article, incidents), written === 0));
    else await io.stdout(`${written === 0 ? "" : "\n"}${formatIncidentsText(article, incidents)}`);
    written++;
  }
  if (format === "json") await io.stdout(JSON_CLOSE);
  return failed > 0 ? 1 : 0;
}

type FileOutcome = { readonly article: Article; readonly incidents: readonly Incident[] };

function processFile(raw: Result<RawDocument, Issue>, command: ExtractCommand): Result<FileOutcome, Issue> {
  if (!raw.ok) return raw;
  const article = loadArticle(raw.value, command.published === null ? {} : { published: command.published });
  if (!article.ok) return article;
  try {
    return ok({ article: article.value, incidents: extractIncidents(article.value) });
  } catch (error) {
    // A bug in the extractor: report it for this file and go on with the others.
    return fail({
      code: "internal_error",
      message: `internal error in extraction: ${errorText(error)} (please report this, with roei ${readVersion()})`,
    });
  }
}

function processIO(): CliIO {
  return {
    stdout: toWriter(process.stdout),
    stderr: (chunk) => {
      process.stderr.write(chunk);
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdin: () => process.stdin,
  };
}

/** A write that waits for 'drain' when the stream's buffer is full, and rethrows a stream error (EPIPE). */
function toWriter(stream: NodeJS.WriteStream): (chunk: string) => Promise<void> {
  let failure: unknown = null;
  stream.on("error", (error) => {
    failure = error;
  });
  return async (chunk) => {
    if (failure !== null) throw failure;
    if (!stream.write(chunk)) await once(stream, "drain");
  };
}

function isBrokenPipe(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "EPIPE";
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function readVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
    return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "unknown";
  } catch {
    return "unknown";
  }
}
