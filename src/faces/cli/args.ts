/** @module argv → Command: the CLI's grammar, as a pure function (usage errors are values, not exits). */
import { fail, ok, type Result } from "../../domain/issue.js";

export type OutputFormat = "json" | "text";

export type ExtractCommand = {
  readonly kind: "extract";
  /** null: decided by the caller (text on a terminal, JSON otherwise). */
  readonly format: OutputFormat | null;
  /** YYYY-MM-DD that overrides every article's publication date. */
  readonly published: string | null;
  readonly maxBytes: number;
  /** Paths in the order given; `-` is standard input. */
  readonly files: readonly string[];
};

export type Command = { readonly kind: "help" } | { readonly kind: "version" } | ExtractCommand;

export type UsageError = { readonly message: string };

export const USAGE = "usage: roei extract [--format json|text] [--published YYYY-MM-DD] [--max-size BYTES] FILE...";
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const HELP_FLAGS = new Set(["help", "--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-V", "version"]);

/**
 * Parses the arguments after `roei`.
 * @example parseArgs(["extract", "--format", "json", "a.txt"]) // { ok: true, value: { kind: "extract", format: "json", … } }
 */
export function parseArgs(argv: readonly string[]): Result<Command, UsageError> {
  const [first, ...rest] = argv;
  if (first === undefined) return usage("no command given");
  if (HELP_FLAGS.has(first)) return ok({ kind: "help" });
  if (VERSION_FLAGS.has(first)) return ok({ kind: "version" });
  if (first === "extract") return parseExtract(rest);
  return usage(first.startsWith("-") ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`);
}

type ExtractDraft = { format: OutputFormat | null; published: string | null; maxBytes: number; files: string[] };

function parseExtract(argv: readonly string[]): Result<Command, UsageError> {
  const draft: ExtractDraft = { format: null, published: null, maxBytes: DEFAULT_MAX_BYTES, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      draft.files.push(...argv.slice(i + 1));
      break;
    }
    if (HELP_FLAGS.has(arg) && arg !== "help") return ok({ kind: "help" });
    if (arg === "-" || !arg.startsWith("-")) {
      draft.files.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    const applied = applyOption(draft, name, value);
    if (!applied.ok) return applied;
  }
  return checkFiles(draft);
}

/** "--format=json" → ["--format", "json"]; "--format" → ["--format", undefined]. */
function splitOption(arg: string): readonly [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function applyOption(draft: ExtractDraft, name: string, value: string | undefined): Result<true, UsageError> {
  if (!["--format", "--published", "--max-size"].includes(name)) return usage(`unknown option ${name}`);
  if (value === undefined) return usage(`${name} needs a value`);
  if (name === "--format") {
    if (value !== "json" && value !== "text")
      return usage(`--format must be json or text, not ${JSON.stringify(value)}`);
    draft.format = value;
  } else if (name === "--published") {
    if (!isCalendarDate(value)) return usage(`--published must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`);
    draft.published = value;
  } else {
    const bytes = parseByteSize(value);
    if (bytes === null)
      return usage(`--max-size must be a number of bytes (e.g. 5000000 or 10M), not ${JSON.stringify(value)}`);
    draft.maxBytes = bytes;
  }
  return ok(true);
}

function checkFiles(draft: ExtractDraft): Result<Command, UsageError> {
  if (draft.files.length === 0) return usage("no input files (give FILE... or - for standard input)");
  if (draft.files.filter((f) => f === "-").length > 1) return usage("standard input (-) can be read only once");
  return ok({ kind: "extract", ...draft });
}

/** True for YYYY-MM-DD naming a real day. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

const SIZE_UNITS: Readonly<Record<string, number>> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A positive byte count: digits with an optional K, M or G (1024-based; KB, KiB and the like also read).
 * @example parseByteSize("10M") // 10485760
 */
export function parseByteSize(value: string): number | null {
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (m === null) return null;
  const bytes = Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!;
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

function usage(message: string): Result<never, UsageError> {
  return fail({ message });
}
