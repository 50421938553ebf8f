/** @module The stable key of a merged incident: its organization and its earliest report's identity, hashed. */
import { createHash } from "node:crypto";
import { toKey } from "../extract/aliases.js";
import { compareInputs, type ReportInput, toIdentity } from "./report-input.js";

/**
 * The incident key: sha256 of the organization key and the identity (source key, content hash, index) of the earliest
 * report in canonical order, so the same set of sources gives the same key in any ingestion order.
 */
export function toIncidentKey(organization: string, reports: readonly ReportInput[]): string {
  const earliest = [...reports].sort(compareInputs)[0];
  if (earliest === undefined) throw new Error("toIncidentKey: an incident has no reports");
  const digest = createHash("sha256")
    .update(`${toKey(organization)}\u0000${toIdentity(earliest)}`)
    .digest("hex");
  return `inc_${digest.slice(0, 24)}`;
}
