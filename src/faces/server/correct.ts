/** @module An editor's correction from the server (API or edit form): checked, applied and audited as `roei edit` does. */
import { isImportedKey } from "../../analysis/import/veris-record.js";
import type { CorrectableField, StoredIncident } from "../../domain/store.js";
import { applyCorrection } from "../../ingest/corrections.js";
import type { ServerContext } from "./context.js";
import { checkCorrectionValue } from "./correction-value.js";
import { HttpError } from "./http-error.js";

export type CorrectionRequest = {
  readonly field: CorrectableField;
  readonly value: unknown;
  readonly reason: string;
  /** Recorded in the audit log: the token's name. */
  readonly who: string;
};

/** The incident by numeric id or key, or a 404. */
export async function findIncident(ctx: ServerContext, id: string): Promise<StoredIncident> {
  const incident = await ctx.store.getIncident(/^\d{1,15}$/.test(id) ? Number(id) : id);
  if (!incident) throw new HttpError("not_found", `no incident ${id}`);
  return incident;
}

/** Applies the correction; returns the incident as stored afterwards. 400 for a value the field cannot hold. */
export async function correctIncident(
  ctx: ServerContext,
  incident: StoredIncident,
  request: CorrectionRequest,
): Promise<StoredIncident | null> {
  const checked = checkCorrectionValue(request.field, request.value);
  if (!checked.ok) throw new HttpError("bad_request", checked.message);
  const reason = request.reason.trim();
  if (reason === "") throw new HttpError("bad_request", "reason: every correction says why");
  const at = ctx.now();
  // An imported incident has no reports to re-merge: it is rewritten from its record and corrections (as roei edit).
  const rewrite = isImportedKey(incident.key)
    ? (await import("../../analysis/import/import-veris.js")).refreshImportedIncidentIn
    : null;
  await applyCorrection(
    ctx.store,
    incident,
    { field: request.field, value: checked.value, reason, who: request.who, at },
    rewrite === null ? undefined : async (tx) => void (await rewrite(tx, incident.key, at)),
  );
  return ctx.store.getIncident(incident.key);
}
