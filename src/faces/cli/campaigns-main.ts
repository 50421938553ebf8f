/** @module `roei campaigns`: reads every stored incident, groups campaigns (shared CVE, product, vendor), prints them. */
import { parseArgs } from "node:util";
import { type Campaign, toCampaigns } from "../../analysis/campaigns.js";
import { formatCampaignsText } from "../../analysis/campaigns-format.js";
import { toKey } from "../../pipeline/extract/aliases.js";
import { openStore } from "../../storage/open.js";
import type { CliIO } from "./main.js";
import { readSlimIncidents } from "./read-incidents.js";

export const CAMPAIGNS_USAGE =
  "usage: roei campaigns [--format json|text] [--min-members N] [--db PATH] [--database-url URL]";

type CampaignsCommand = {
  readonly format: "json" | "text" | null;
  readonly minMembers: number;
  readonly db: string | undefined;
  readonly databaseUrl: string | undefined;
};

/** Parses `roei campaigns` options (argv without the command name); a usage error is a string. */
export function parseCampaignsArgs(argv: readonly string[]): CampaignsCommand | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: "string" },
        "min-members": { type: "string" },
        db: { type: "string" },
        "database-url": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
  const format = values.format as string | undefined;
  if (format !== undefined && format !== "json" && format !== "text")
    return `--format must be json or text, not ${format}`;
  const min = values["min-members"] === undefined ? 2 : Number(values["min-members"]);
  if (!Number.isInteger(min) || min < 2) return "--min-members must be a whole number ≥ 2";
  return {
    format: format ?? null,
    minMembers: min,
    db: values.db as string | undefined,
    databaseUrl: values["database-url"] as string | undefined,
  };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCampaignsArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${CAMPAIGNS_USAGE}\n`);
    return 2;
  }
  const store = await openStore({ db: command.db, databaseUrl: command.databaseUrl, nameKey: toKey });
  let campaigns: Campaign[];
  try {
    const incidents = await readSlimIncidents(store);
    campaigns = toCampaigns(incidents, { minMembers: command.minMembers });
  } finally {
    await store.close();
  }
  const format = command.format ?? (io.stdoutIsTTY ? "text" : "json");
  await io.stdout(format === "json" ? `${JSON.stringify(campaigns, null, 2)}\n` : formatCampaignsText(campaigns));
  return 0;
}
