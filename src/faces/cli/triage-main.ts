/** @module `roei triage ID|--input FILE`: reads an incident (store or JSON), runs legal triage and the JO estimate. */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  fromStoredIncident,
  OFFICER_ORG_TYPES,
  parseTriageInput,
  RESPONSE_QUALITIES,
  type TriageResult,
  triageIncident,
} from "../../analysis/legal/index.js";
import { toOrganizationType } from "../../pipeline/merge/names.js";
import { STORE_TARGET_OPTIONS } from "./command-args.js";
import type { CliIO } from "./main.js";
import { formatTriageText } from "./triage-format.js";

export const TRIAGE_USAGE = [
  "usage: roei triage ID|KEY [--db PATH] [--database-url URL] [options]",
  "       roei triage --input FILE|- [options]",
  "  --format json|text            (default: text on a terminal, json otherwise)",
  "  --discovered YYYY-MM-DD       発覚日 (starts the deadlines)",
  "  --org-type private|national_government|local_government",
  "  --encrypted | --not-encrypted high-level encryption with the key safe (or not)",
  "  --mynumber                    特定個人情報 involved",
  "  --social 1|2                  JO 社会的責任度 (default 1; 2 for public bodies)",
  "  --response appropriate|inappropriate|unknown   JO 事後対応評価 (default unknown → 1)",
].join("\n");

const OPTIONS = {
  input: { type: "string" },
  format: { type: "string" },
  ...STORE_TARGET_OPTIONS,
  discovered: { type: "string" },
  "org-type": { type: "string" },
  encrypted: { type: "boolean" },
  "not-encrypted": { type: "boolean" },
  mynumber: { type: "boolean" },
  social: { type: "string" },
  response: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type TriageCommand = {
  readonly target: { readonly kind: "id"; readonly id: string } | { readonly kind: "file"; readonly path: string };
  readonly format: "json" | "text" | null;
  readonly db: string | undefined;
  readonly databaseUrl: string | undefined;
  /** Officer facts from flags; they win over the same fields in the input. */
  readonly overrides: Readonly<Record<string, unknown>>;
};

class UsageError extends Error {}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag}: expected ${allowed.join("|")}, got "${value}"`);
}

function toOverrides(v: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"]) {
  if (v.encrypted && v["not-encrypted"]) throw new UsageError("--encrypted and --not-encrypted exclude each other");
  const social = oneOf("social", v.social, ["1", "2"]);
  const entries: [string, unknown][] = [
    ["discovered", v.discovered],
    ["organization_type", oneOf("org-type", v["org-type"], OFFICER_ORG_TYPES)],
    ["encrypted", v.encrypted ? true : v["not-encrypted"] ? false : undefined],
    ["mynumber", v.mynumber ? true : undefined],
    ["social_responsibility", social === undefined ? undefined : Number(social)],
    ["response_quality", oneOf("response", v.response, RESPONSE_QUALITIES)],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** argv → a triage command, or null for --help; throws UsageError. */
export function parseTriageArgs(argv: readonly string[]): TriageCommand | null {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) return null;
  const ids = parsed.positionals;
  if (v.input !== undefined && ids.length > 0) throw new UsageError("give an incident ID or --input FILE, not both");
  if (v.input === undefined && ids.length !== 1) throw new UsageError("give one incident ID or --input FILE");
  return {
    target: v.input === undefined ? { kind: "id", id: ids[0]! } : { kind: "file", path: v.input },
    format: oneOf("format", v.format, ["json", "text"] as const) ?? null,
    db: v.db,
    databaseUrl: v["database-url"],
    overrides: toOverrides(v),
  };
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(chunks).toString("utf8");
}

type Loaded = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly error: string };

async function loadFile(path: string, io: CliIO): Promise<Loaded> {
  let text: string;
  try {
    text = path === "-" ? await readAll(io.stdin()) : await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(error),
    };
  }
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (typeof json !== "object" || json === null || Array.isArray(json))
      return { ok: false, error: "expected one incident as a JSON object" };
    return { ok: true, json };
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
}

async function loadStored(command: TriageCommand, id: string): Promise<Loaded> {
  const { withStore } = await import("./open-store.js");
  return withStore(command, async (store): Promise<Loaded> => {
    const incident = /^\d+$/.test(id) ? await store.getIncident(Number(id)) : await store.getIncident(id);
    return incident === null
      ? { ok: false, error: "no such incident" }
      : { ok: true, json: fromStoredIncident(incident) };
  });
}

/** Entry for `roei triage`; argv without the command name. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let command: TriageCommand | null;
  try {
    command = parseTriageArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`roei: triage: ${error.message}\n${TRIAGE_USAGE}\n`);
    return 2;
  }
  if (command === null) {
    await io.stdout(`${TRIAGE_USAGE}\n`);
    return 0;
  }
  const name =
    command.target.kind === "id" ? command.target.id : command.target.path === "-" ? "stdin" : command.target.path;
  const loaded =
    command.target.kind === "id"
      ? await loadStored(command, command.target.id)
      : await loadFile(command.target.path, io);
  if (!loaded.ok) {
    io.stderr(`roei: ${name}: ${loaded.error}\n`);
    return 1;
  }
  const input = parseTriageInput({ ...(loaded.json as Record<string, unknown>), ...command.overrides });
  if (!input.ok) {
    io.stderr(`roei: ${name}: ${input.error}\n`);
    return 1;
  }
  const result: TriageResult = triageIncident(input.value, { organizationTypeOf: toOrganizationType });
  const format = command.format ?? (io.stdoutIsTTY ? "text" : "json");
  await io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatTriageText(result));
  return 0;
}
