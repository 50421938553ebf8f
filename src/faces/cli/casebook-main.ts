/** @module `roei casebook`: the incidents a list query selects, as a training casebook (事例集) in Markdown or HTML. */
import {
  type CasebookEntry,
  formatCasebookHtml,
  formatCasebookMarkdown,
  toCasebookEntry,
} from "../../analysis/casebook.js";
import type { IncidentQuery, Store } from "../../storage/store.js";
import {
  LIST_FILTER_OPTIONS,
  parseFormat,
  parseOptions,
  STORE_TARGET_OPTIONS,
  type StoreTarget,
  toQuery,
  toStoreTarget,
} from "./command-args.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";

export const CASEBOOK_USAGE = [
  "usage: roei casebook [QUERY] [--from D] [--to D] [--cause C] [--item K] [--org-type T] [--min N] [--max N]",
  "                     [--qualifier Q] [--certainty confirmed|possible] [--sort announced|affected] [--order asc|desc]",
  "                     [--limit N] [--offset N] --format md|html [--db PATH]",
].join("\n");

/** The list filters (as `roei list`), with the casebook's own formats. */
const OPTIONS = { ...LIST_FILTER_OPTIONS, format: { type: "string" }, ...STORE_TARGET_OPTIONS } as const;

type CasebookCommand = StoreTarget & { readonly query: IncidentQuery; readonly format: "md" | "html" };

/** Parses `roei casebook` (argv without the command name); a usage error is a string. */
export function parseCasebookArgs(argv: readonly string[]): CasebookCommand | string {
  const parsed = parseOptions(argv, OPTIONS, true);
  if (!parsed.ok) return parsed.error.message;
  const { values, positionals } = parsed.value;
  const format = parseFormat(values.format, ["md", "html"]);
  if (!format.ok) return format.error.message;
  const query = toQuery(values, positionals.join(" "));
  if (!query.ok) return query.error.message;
  return { ...toStoreTarget(values), query: query.value, format: format.value ?? "md" };
}

const PAGE = 1000;

/** Every incident the query selects: one page when --limit is given, else page after page. */
async function selectIncidents(store: Store, query: IncidentQuery): Promise<CasebookEntry[]> {
  if (query.limit !== undefined) return (await store.listIncidents(query)).items.map(toCasebookEntry);
  const entries: CasebookEntry[] = [];
  for (let offset = query.offset ?? 0; ; offset += PAGE) {
    const page = await store.listIncidents({ ...query, limit: PAGE, offset });
    entries.push(...page.items.map(toCasebookEntry));
    if (page.items.length < PAGE) return entries;
  }
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCasebookArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${CASEBOOK_USAGE}\n`);
    return 2;
  }
  const entries = await withStore(command, (store) => selectIncidents(store, command.query));
  await io.stdout(command.format === "html" ? formatCasebookHtml(entries) : formatCasebookMarkdown(entries));
  return 0;
}
