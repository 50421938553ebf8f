/** @module argv → a store command (ingest, reextract, list, search, show, export, edit, feeds): pure parsing. */
import { parseArgs as parseNodeArgs } from "node:util";
import { CAUSES, type Cause, DATA_ITEMS, type DataItem, QUALIFIERS, type Qualifier } from "../../domain/incident.js";
import { fail, ok, type Result } from "../../domain/issue.js";
import type { OrganizationType } from "../../domain/store.js";
import type { IncidentQuery } from "../../storage/store.js";

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

export type StoreTarget = { readonly db: string | undefined; readonly databaseUrl: string | undefined };
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

const ORG_TYPES: readonly OrganizationType[] = [
  "local_government",
  "national_government",
  "police",
  "medical",
  "education",
  "company",
  "association",
  "unknown",
];

const OPTIONS = {
  db: { type: "string" },
  "database-url": { type: "string" },
  url: { type: "string", multiple: true },
  "allow-private": { type: "boolean" },
  published: { type: "string" },
  "max-size": { type: "string" },
  format: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  cause: { type: "string" },
  item: { type: "string" },
  "org-type": { type: "string" },
  min: { type: "string" },
  max: { type: "string" },
  qualifier: { type: "string" },
  certainty: { type: "string" },
  sort: { type: "string" },
  order: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  reason: { type: "string" },
  who: { type: "string" },
  watch: { type: "string" },
  queue: { type: "boolean" },
  "exit-when-idle": { type: "string" },
  out: { type: "string" },
} as const;

type Values = Partial<Record<keyof typeof OPTIONS, string | string[] | boolean>>;
type UsageError = { readonly message: string };

/** Parses a store command; usage errors are values. */
export function parseStoreArgs(argv: readonly string[]): Result<StoreCommand, UsageError> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as {
      values: Values;
      positionals: string[];
    };
  } catch (e) {
    return fail({ message: e instanceof Error ? e.message.split("\n")[0]! : String(e) });
  }
  const { values: v, positionals } = parsed;
  const [command, ...rest] = positionals;
  const target: StoreTarget = { db: str(v.db), databaseUrl: str(v["database-url"]) };
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

/** Filters from options; each value is checked against the contract's vocabulary. */
export function toQuery(v: Values, text: string | undefined): Result<IncidentQuery, UsageError> {
  const out: Record<string, unknown> = {};
  if (text?.trim()) out.text = text.trim();
  const date = (name: "from" | "to", key: string) => {
    const d = str(v[name]);
    if (d === undefined) return null;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD`;
    out[key] = d;
    return null;
  };
  const problems = [date("from", "announcedFrom"), date("to", "announcedTo")];
  const pick = <T extends string>(name: keyof Values, key: string, allowed: readonly T[]) => {
    const x = str(v[name]);
    if (x === undefined) return null;
    if (!allowed.includes(x as T)) return `--${name} must be one of ${allowed.join(", ")}`;
    out[key] = x;
    return null;
  };
  problems.push(
    pick<Cause>("cause", "cause", CAUSES),
    pick<DataItem>("item", "dataItem", DATA_ITEMS),
    pick<OrganizationType>("org-type", "organizationType", ORG_TYPES),
    pick<Qualifier>("qualifier", "qualifier", QUALIFIERS),
    pick("certainty", "certainty", ["confirmed", "possible"]),
    pick("sort", "sort", ["announced", "affected"]),
    pick("order", "order", ["asc", "desc"]),
  );
  const num = (name: keyof Values, key: string) => {
    const x = str(v[name]);
    if (x === undefined) return null;
    const n = Number(x);
    if (!Number.isInteger(n) || n < 0) return `--${name} must be a whole number ≥ 0`;
    out[key] = n;
    return null;
  };
  problems.push(num("min", "minAffected"), num("max", "maxAffected"), num("limit", "limit"), num("offset", "offset"));
  const problem = problems.find((p) => p !== null);
  return problem ? fail({ message: problem }) : ok(out as IncidentQuery);
}

function listFormat(x: Values[keyof Values]): Result<ListFormat | null, UsageError> {
  const f = str(x);
  if (f === undefined) return ok(null);
  return f === "json" || f === "text" ? ok(f) : fail({ message: `--format must be json or text, not ${f}` });
}

function str(x: Values[keyof Values]): string | undefined {
  return typeof x === "string" ? x : Array.isArray(x) ? x.at(-1) : undefined;
}
