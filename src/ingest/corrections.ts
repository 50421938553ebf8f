/** @module An analyst's correction: recorded, audited, and applied by re-merging the incident's reports. */
import type { CorrectableField, StoredIncident } from "../domain/store.js";
import { toKey } from "../pipeline/extract/aliases.js";
import type { Store, StoreTx } from "../storage/store.js";
import { recomputeIncidents } from "./recompute.js";

export type CorrectionInput = {
  readonly field: CorrectableField;
  readonly value: unknown;
  readonly reason: string;
  readonly who: string;
  readonly at: string;
};

/**
 * Stores the correction and its audit entry and rewrites the incident, all in one transaction. An incident with no
 * reports to re-merge (one imported from another database) passes `rewrite`, which rebuilds it inside the same
 * transaction, so a crash never leaves a correction stored but not applied.
 */
export async function applyCorrection(
  store: Store,
  incident: StoredIncident,
  c: CorrectionInput,
  rewrite?: (tx: StoreTx) => Promise<void>,
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.addCorrection({
      incidentKey: incident.key,
      field: c.field,
      value: c.value,
      reason: c.reason,
      who: c.who,
      at: c.at,
    });
    await tx.appendAudit({
      at: c.at,
      who: c.who,
      incidentKey: incident.key,
      field: c.field,
      oldValue: currentValue(incident, c.field),
      newValue: c.value,
      why: c.reason,
    });
    const ids = new Set(incident.reportIds);
    const reports = (await tx.reportsNamedLike([toKey(incident.organization), ...incident.also.map(toKey)])).filter(
      (r) => ids.has(r.id),
    );
    if (reports.length > 0) await recomputeIncidents(tx, reports, [], c.at);
    if (rewrite !== undefined) await rewrite(tx);
  });
}

function currentValue(i: StoredIncident, field: CorrectableField): unknown {
  return field === "organization_type" ? i.organizationType : i[field];
}
