/** @module `roei campaigns`: reads every stored incident, groups campaigns (shared CVE, product, vendor), prints them. */
import { toCampaigns } from "../../analysis/campaigns.js";
import { formatCampaignsText } from "../../analysis/campaigns-format.js";
import { parseFormat, parseOptions, STORE_TARGET_OPTIONS, type StoreTarget, toStoreTarget } from "./command-args.js";
import type { CliIO } from "./main.js";
import { withStore } from "./open-store.js";
import { readSlimIncidents } from "./read-incidents.js";

export const CAMPAIGNS_USAGE =
  "usage: roei campaigns [--format json|text] [--min-members N] [--db PATH] [--database-url URL]";

type CampaignsCommand = StoreTarget & {
  readonly format: "json" | "text" | null;
  readonly minMembers: number;
};

/** Parses `roei campaigns` options (argv without the command name); a usage error is a string. */
export function parseCampaignsArgs(argv: readonly string[]): CampaignsCommand | string {
  const parsed = parseOptions(
    argv,
    { format: { type: "string" }, "min-members": { type: "string" }, ...STORE_TARGET_OPTIONS },
    false,
  );
  if (!parsed.ok) return parsed.error.message;
  const { values } = parsed.value;
  const format = parseFormat(values.format, ["json", "text"]);
  if (!format.ok) return format.error.message;
  const min = values["min-members"] === undefined ? 2 : Number(values["min-members"]);
  if (!Number.isInteger(min) || min < 2) return "--min-members must be a whole number ≥ 2";
  return { ...toStoreTarget(values), format: format.value, minMembers: min };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCampaignsArgs(argv);
  if (typeof command === "string") {
    io.stderr(`roei: ${command}\n${CAMPAIGNS_USAGE}\n`);
    return 2;
  }
  const campaigns = await withStore(command, async (store) =>
    toCampaigns(await readSlimIncidents(store), { minMembers: command.minMembers }),
  );
  const format = command.format ?? (io.stdoutIsTTY ? "text" : "json");
  await io.stdout(format === "json" ? `${JSON.stringify(campaigns, null, 2)}\n` : formatCampaignsText(campaigns));
  return 0;
}
