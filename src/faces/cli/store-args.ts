/** @module argv → a store command (ingest, reextract, list, search, show, export, edit, feeds): pure parsing. */
import { fail, ok, type Result } from "../../domain/issue.js";
import type { IncidentQuery } from "../../storage/store.js";
import type { UsageError } from "./args.js";
import {
  LIST_FILTER_OPTIONS,
  parseFormat,
  parseOptions,
  STORE_TARGET_OPTIONS,
  type StoreTarget,
  lastString as str,
  toQuery,
  toStoreTarget,
} from "./command-args.js";

export const STORE_COMMANDS = new Set([
  "ingest",
  "reextract",
  "list",
  "search",
  "show",
  "export",
  "edit",
  "feeds",
  "worker",
]);

export type ListFormat = "text" | "json";
export const EXPORT_FORMATS = ["csv", "json", "jsonl", "veris", "stix", "misp"] as const;
/** csv/json/jsonl: roei's own rows; veris (one VERIS 1.4 JSON per incident), stix (one STIX 2.1 bundle), misp (one MISP event per incident). */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type StoreCommand = StoreTarget &
  (
    | {
        readonly kind: "ingest";
        readonly paths: readonly string[];
        readonly urls: readonly string[];
        readonly allowPrivate: boolean;
        readonly published: string | undefined;
        readonly maxBytes: number;
        /** Enqueue for `roei worker` (PostgreSQL) instead of ingesting here. */
        readonly queue: boolean;
      }
    | { readonly kind: "worker"; readonly exitWhenIdleSeconds: number | null; readonly maxBytes: number }
    | { readonly kind: "reextract" }
    | { readonly kind: "list"; readonly query: IncidentQuery; readonly format: ListFormat | null }
    | { readonly kind: "show"; readonly id: string; readonly format: ListFormat | null }
    | {
        readonly kind: "export";
        readonly query: IncidentQuery;
        readonly format: ExportFormat;
        /** veris and misp: write one file per incident into this directory instead of JSON lines on stdout. */
        readonly out: string | undefined;
      }
    | {
        readonly kind: "edit";
        readonly id: string;
        readonly field: string;
        readonly value: string;
        readonly reason: string;
        readonly who: string;
      }
    | { readonly kind: "feeds-add"; readonly url: string }
    | { readonly kind: "feeds-list" }
    | { readonly kind: "feeds-poll"; readonly watchSeconds: number | null; readonly allowPrivate: boolean }
  );

export const STORE_USAGE = [
  "usage: roei ingest [--db PATH] [--url URL]... [--allow-private] [--published YYYY-MM-DD] PATH...",
  "       roei reextract [--db PATH]",
  "       roei list|search [QUERY] [--from D] [--to D] [--cause C] [--item K] [--org-type T] [--min N] [--max N]",
  "                 [--qualifier Q] [--certainty confirmed|possible] [--sort announced|affected] [--order asc|desc]",
  "                 [--limit N] [--offset N] [--format json|text]",
  "       roei show ID [--format json|text]",
  "       roei export --format csv|json|jsonl|veris|stix|misp [--out DIR] [filters as for list]",
  '       roei edit ID FIELD=VALUE --reason "…" [--who NAME]',
  "       roei feeds add URL | feeds list | feeds poll [--watch SECONDS] [--allow-private]",
  "       roei ingest --queue PATH... | --url URL...   (PostgreSQL: enqueue for workers)",
  "       roei worker [--exit-when-idle SECONDS]        (PostgreSQL: take ingestion jobs from the queue)",
  "  The store is SQLite at --db, ROEI_DB or ./data/roei.db, or PostgreSQL when DATABASE_URL (or --database-url) is set.",
].join("\n");

const OPTIONS = {
  ...STORE_TARGET_OPTIONS,
  url: { type: "string", multiple: true },
  "allow-private": { type: "boolean" },
  published: { type: "string" },
  "max-size": { type: "string" },
  format: { type: "string" },
  ...LIST_FILTER_OPTIONS,
  reason: { type: "string" },
  who: { type: "string" },
  watch: { type: "string" },
  queue: { type: "boolean" },
  "exit-when-idle": { type: "string" },
  out: { type: "string" },
} as const;

type Values = Partial<Record<keyof typeof OPTIONS, string | string[] | boolean>>;

/** Parses a store command; usage errors are values. */
export function parseStoreArgs(argv: readonly string[]): Result<StoreCommand, UsageError> {
  const parsed = parseOptions(argv, OPTIONS, true);
  if (!parsed.ok) return parsed;
  const v: Values = parsed.value.values;
  const [command, ...rest] = parsed.value.positionals;
  const target = toStoreTarget(v);
  switch (command) {
    case "ingest":
      return parseIngest(target, v, rest);
    case "reextract":
      return ok({ ...target, kind: "reextract" });
    case "list":
    case "search":
      return withQuery(v, command === "search" ? rest.join(" ") : undefined, (query) => {
        const format = listFormat(v.format);
        return format.ok ? ok({ ...target, kind: "list", query, format: format.value }) : format;
      });
    case "show": {
      if (!rest[0]) return fail({ message: "show needs an incident id or key" });
      const format = listFormat(v.format);
      return format.ok ? ok({ ...target, kind: "show", id: rest[0], format: format.value }) : format;
    }
    case "export":
      return withQuery(v, undefined, (query) => parseExport(target, v, query));
    case "edit":
      return parseEdit(target, v, rest);
    case "feeds":
      return parseFeeds(target, v, rest);
    case "worker": {
      const idle = str(v["exit-when-idle"]);
      const seconds = idle === undefined ? null : Number(idle);
      if (seconds !== null && (!Number.isFinite(seconds) || seconds < 0))
        return fail({ message: "--exit-when-idle needs seconds" });
      return ok({ ...target, kind: "worker", exitWhenIdleSeconds: seconds, maxBytes: 10 * 1024 * 1024 });
    }
    default:
      return fail({ message: `unknown command ${JSON.stringify(command ?? "")}` });
  }
}

function parseIngest(target: StoreTarget, v: Values, rest: readonly string[]): Result<StoreCommand, UsageError> {
  const urls = (v.url as string[] | undefined) ?? [];
  if (rest.length === 0 && urls.length === 0) return fail({ message: "ingest needs a PATH or --url URL" });
  const published = str(v.published);
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return fail({ message: `--published must be YYYY-MM-DD, not ${JSON.stringify(published)}` });
  }
  const maxBytes = str(v["max-size"]) === undefined ? 10 * 1024 * 1024 : Number(str(v["max-size"]));
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    return fail({ message: "--max-size must be a positive number of bytes" });
  return ok({
    ...target,
    kind: "ingest",
    paths: rest,
    urls,
    allowPrivate: v["allow-private"] === true,
    published,
    maxBytes,
    queue: v.queue === true,
  });
}

function parseExport(target: StoreTarget, v: Values, query: IncidentQuery): Result<StoreCommand, UsageError> {
  const f = str(v.format) ?? "json";
  if (!(EXPORT_FORMATS as readonly string[]).includes(f))
    return fail({ message: `--format must be one of ${EXPORT_FORMATS.join(", ")}, not ${f}` });
  const format = f as ExportFormat;
  const out = str(v.out);
  if (out !== undefined && format !== "veris" && format !== "misp")
    return fail({ message: "--out DIR is for --format veris or misp (one file per incident)" });
  return ok({ ...target, kind: "export", query, format, out });
}

function parseEdit(target: StoreTarget, v: Values, rest: readonly string[]): Result<StoreCommand, UsageError> {
  const [id, assignment] = rest;
  const eq = assignment?.indexOf("=") ?? -1;
  if (!id || !assignment || eq <= 0) return fail({ message: 'edit needs ID FIELD=VALUE --reason "…"' });
  const reason = str(v.reason);
  if (!reason) return fail({ message: 'edit needs --reason "…" (every correction says why)' });
  return ok({
    ...target,
    kind: "edit",
    id,
    field: assignment.slice(0, eq),
    value: assignment.slice(eq + 1),
    reason,
    who: str(v.who) ?? process.env.USER ?? "analyst",
  });
}

function parseFeeds(target: StoreTarget, v: Values, rest: readonly string[]): Result<StoreCommand, UsageError> {
  const [sub, url] = rest;
  if (sub === "add")
    return url ? ok({ ...target, kind: "feeds-add", url }) : fail({ message: "feeds add needs a URL" });
  if (sub === "list") return ok({ ...target, kind: "feeds-list" });
  if (sub === "poll") {
    const watch = str(v.watch);
    const seconds = watch === undefined ? null : Number(watch);
    if (seconds !== null && (!Number.isFinite(seconds) || seconds < 1))
      return fail({ message: "--watch needs seconds ≥ 1" });
    return ok({ ...target, kind: "feeds-poll", watchSeconds: seconds, allowPrivate: v["allow-private"] === true });
  }
  return fail({ message: "feeds needs add URL, list or poll" });
}

function withQuery(
  v: Values,
  text: string | undefined,
  then: (q: IncidentQuery) => Result<StoreCommand, UsageError>,
): Result<StoreCommand, UsageError> {
  const q = toQuery(v, text);
  return q.ok ? then(q.value) : q;
}

function listFormat(x: Values[keyof Values]): Result<ListFormat | null, UsageError> {
  return parseFormat(str(x), ["json", "text"]);
}
