/**
 * @module Whether one incident matches an IncidentQuery, in memory, with the engines' semantics: the same ListPlan
 * (filters as column comparisons, null never matching; text runs as substrings of the normalized search text). Used to
 * test a few new incidents against saved searches (watchlists) without a search per incident.
 */
import type { StoredIncident } from "../domain/store.js";
import { type ColumnFilter, toIncidentColumns, toListPlan } from "./incident-plan.js";
import { type SearchSource, toIncidentSearchText } from "./search-document.js";
import { toSearchText } from "./search-grams.js";
import type { IncidentQuery } from "./store.js";

/** True when `incident` (with the sources it cites) is one listIncidents(query) would return, ignoring paging. */
export function matchesQuery(
  incident: StoredIncident,
  sources: readonly SearchSource[],
  query: IncidentQuery,
): boolean {
  const plan = toListPlan(query);
  const columns = toIncidentColumns({ ...incident, organization_key: "" });
  const columnValue = (f: ColumnFilter) =>
    f.column === "organization_id" ? incident.organizationId : columns[f.column];
  if (!plan.filters.every((f) => passes(columnValue(f), f))) return false;
  if (plan.dataItem !== null && !incident.data_items.includes(plan.dataItem)) return false;
  if (plan.runs.length === 0) return true;
  const text = toSearchText(toIncidentSearchText(incident, sources));
  return plan.runs.every((run) => text.includes(run));
}

function passes(value: string | number | null, f: ColumnFilter): boolean {
  if (value === null) return false;
  if (typeof value === "number" && typeof f.value === "number") return compare(value - f.value, f.op);
  const a = String(value);
  const b = String(f.value);
  // Only dates are compared as text (ASCII digits, "-" and the "~" period end): code-point order, as in both engines.
  return compare(a < b ? -1 : a > b ? 1 : 0, f.op);
}

function compare(diff: number, op: ColumnFilter["op"]): boolean {
  return op === "=" ? diff === 0 : op === ">=" ? diff >= 0 : diff <= 0;
}
