/** @module `roei triage`: placeholder until the analysis work lands (issue 4); replaced by its real implementation. */
import type { CliIO } from "./main.js";

export async function run(_argv: readonly string[], io: CliIO): Promise<number> {
  io.stderr("roei: triage: not available yet\n");
  return 2;
}
