/** @module `roei casebook`: the incidents a list query selects, as a training casebook (事例集) in Markdown or HTML. */
import { parseArgs } from "node:util";
import {
  type CasebookEntry,
  formatCasebookHtml,
  formatCasebookMarkdown,
  toCasebookEntry,
} from "../../analysis/casebook.js";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import type { IncidentQuery, Store } from "../../storage/store.js";
import type { CliIO } from "./main.js";
import { toQuery } from "./store-args.js";

export const CASEBOOK_USAGE = [
  "usage: roei casebook [QUERY] [--from D] [--to D] [--cause C] [--item K] [--org-type T] [--min N] [--max N]",
  "                     [--qualifier Q] [--certainty confirmed|possible] [--sort announced|affected] [--order asc|desc]",
  "                     [--limit N] [--offset N] --format md|html [--db PATH]",
].join("\n");

/** The list filters (as `roei list`), with the casebook's own formats. */
const OPTIONS = {
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
  format: { type: "string" },
  db: { type: "string" },
  "database-url": { type: "string" },
} as const;

type CasebookCommand = {
  readonly query: IncidentQuery;
  readonly format: "md" | "html";
  readonly db: string | undefined;
  readonly databaseUrl: string | undefined;
};

/** Parses `roei casebook` (argv without the command name); a usage error is a string. */
export function parseCasebookArgs(argv: readonly string[]): CasebookCommand | string {
  let parsed: { values: Record<string, string | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? "md";
  if (format !== "md" && format !== "html") return `--format must be md or html, not ${format}`;
  const query = toQuery(values, positionals.join(" "));
  if (!query.ok) return query.error.message;
  return { query: query.value, format, db: values.db, databaseUrl: values["database-url"] };
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
  const store = await openStore({ db: command.db, databaseUrl: command.databaseUrl, nameKey: toKey });
  let entries: CasebookEntry[];
  try {
    entries = await selectIncidents(store, command.query);
  } finally {
    await store.close();
  }
  await io.stdout(command.format === "html" ? formatCasebookHtml(entries) : formatCasebookMarkdown(entries));
  return 0;
}
