/**
 * @module Options the commands that read the store share: where the store is (`--db`, `--database-url`), the list
 * filters (as `roei list`) and `--format`; argv → values with usage errors as values. Pure.
 */
import { parseArgs } from "node:util";
import { CAUSES, type Cause, DATA_ITEMS, type DataItem, QUALIFIERS, type Qualifier } from "../../domain/incident.js";
import { fail, ok, type Result } from "../../domain/issue.js";
import { ORGANIZATION_TYPES, type OrganizationType } from "../../domain/store.js";
import type { IncidentQuery } from "../../storage/store.js";
import type { UsageError } from "./args.js";

/** One option as node:util `parseArgs` takes it. */
type OptionConfig = { readonly type: "string" | "boolean"; readonly multiple?: boolean; readonly short?: string };
type OptionsConfig = Readonly<Record<string, OptionConfig>>;

/** Where the store is: SQLite at `--db PATH` or PostgreSQL at `--database-url URL` (else the environment). */
export const STORE_TARGET_OPTIONS = {
  db: { type: "string" },
  "database-url": { type: "string" },
} as const satisfies OptionsConfig;

/** The filters of `roei list`, read by `toQuery`. */
export const LIST_FILTER_OPTIONS = {
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
} as const satisfies OptionsConfig;

export type StoreTarget = { readonly db: string | undefined; readonly databaseUrl: string | undefined };

/** Parsed option values: a string or a flag, an array of them for a repeated option. */
export type OptionValues = Readonly<
  Record<string, string | boolean | readonly string[] | readonly boolean[] | undefined>
>;

type OptionValue<C extends OptionConfig> = C["type"] extends "string"
  ? C extends { readonly multiple: true }
    ? string[]
    : string
  : C extends { readonly multiple: true }
    ? boolean[]
    : boolean;

/** What `parseOptions` gives for `options`: each option's value when given, and the positionals. */
export type ParsedOptions<O extends OptionsConfig> = {
  readonly values: { readonly [K in keyof O]?: OptionValue<O[K]> };
  readonly positionals: string[];
};

/** node:util `parseArgs`, strict: an unknown or malformed option is a usage error (the first line of node's message). */
export function parseOptions<const O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
  allowPositionals: boolean,
): Result<ParsedOptions<O>, UsageError> {
  try {
    return ok(parseArgs({ args: [...argv], options, allowPositionals, strict: true }) as ParsedOptions<O>);
  } catch (e) {
    return fail({ message: e instanceof Error ? e.message.split("\n")[0]! : String(e) });
  }
}

/** The store a command names with `--db` / `--database-url`. */
export function toStoreTarget(v: OptionValues): StoreTarget {
  return { db: lastString(v.db), databaseUrl: lastString(v["database-url"]) };
}

/**
 * `--format` among `allowed`; null when not given.
 * @example parseFormat("xml", ["text", "json", "csv"]) → "--format must be text, json or csv, not xml"
 */
export function parseFormat<const T extends string>(
  value: string | undefined,
  allowed: readonly T[],
): Result<T | null, UsageError> {
  if (value === undefined) return ok(null);
  if ((allowed as readonly string[]).includes(value)) return ok(value as T);
  const choices =
    allowed.length <= 2 ? allowed.join(" or ") : `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}`;
  return fail({ message: `--format must be ${choices}, not ${value}` });
}

const PERIOD_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `--from` / `--to` take YYYY, YYYY-MM or YYYY-MM-DD: the usage error for any other value, else null. */
export function checkPeriodDate(name: "from" | "to", value: string | undefined): string | null {
  return value === undefined || PERIOD_DATE.test(value) ? null : `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD`;
}

/** Filters from options; each value is checked against the contract's vocabulary. */
export function toQuery(v: OptionValues, text: string | undefined): Result<IncidentQuery, UsageError> {
  const out: Record<string, unknown> = {};
  if (text?.trim()) out.text = text.trim();
  const date = (name: "from" | "to", key: string) => {
    const d = lastString(v[name]);
    const problem = checkPeriodDate(name, d);
    if (problem === null && d !== undefined) out[key] = d;
    return problem;
  };
  const problems = [date("from", "announcedFrom"), date("to", "announcedTo")];
  const pick = <T extends string>(name: keyof typeof LIST_FILTER_OPTIONS, key: string, allowed: readonly T[]) => {
    const x = lastString(v[name]);
    if (x === undefined) return null;
    if (!allowed.includes(x as T)) return `--${name} must be one of ${allowed.join(", ")}`;
    out[key] = x;
    return null;
  };
  problems.push(
    pick<Cause>("cause", "cause", CAUSES),
    pick<DataItem>("item", "dataItem", DATA_ITEMS),
    pick<OrganizationType>("org-type", "organizationType", ORGANIZATION_TYPES),
    pick<Qualifier>("qualifier", "qualifier", QUALIFIERS),
    pick("certainty", "certainty", ["confirmed", "possible"]),
    pick("sort", "sort", ["announced", "affected"]),
    pick("order", "order", ["asc", "desc"]),
  );
  const num = (name: keyof typeof LIST_FILTER_OPTIONS, key: string) => {
    const x = lastString(v[name]);
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

/** A string option's value; the last one when it was given more than once. */
export function lastString(x: OptionValues[string]): string | undefined {
  const last: unknown = Array.isArray(x) ? x.at(-1) : x;
  return typeof last === "string" ? last : undefined;
}
