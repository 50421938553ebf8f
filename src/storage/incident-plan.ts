/** @module Engine-neutral pieces of the incident tables: query plans, filter columns and the stored JSON. */
import type { DataItem } from "../domain/incident.js";
import type { StoredIncident } from "../domain/store.js";
import { toQueryRuns } from "./search-grams.js";
import type { IncidentQuery, NewIncident } from "./store.js";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** Filters that are not facet tokens of the search index (ranges, and the organization): compared on the row. */
export function isRowFilter(filter: ColumnFilter): boolean {
  return filter.column === "announced" || filter.column === "affected_value" || filter.column === "organization_id";
}

/** One scalar filter: a column compared with a value. */
export type ColumnFilter = {
  readonly column:
    | "announced"
    | "cause"
    | "organization_type"
    | "affected_value"
    | "affected_qualifier"
    | "certainty"
    | "organization_id";
  readonly op: "=" | ">=" | "<=";
  readonly value: string | number;
};

/** An IncidentQuery with defaults applied, ready to be written in an engine's SQL. */
export type ListPlan = {
  /** Search runs (see search-grams.ts); each must occur. */
  readonly runs: readonly string[];
  readonly filters: readonly ColumnFilter[];
  readonly dataItem: DataItem | null;
  /** `id` for the `recent` sort. */
  readonly sortColumn: "announced" | "affected_value" | "id";
  readonly order: "asc" | "desc";
  readonly limit: number;
  readonly offset: number;
};

/** Upper bound for an `announcedTo` prefix: "2024-03" takes in every date of March 2024. */
const PERIOD_END = "~";

/** The plan for a query: text runs, column filters, sort (announced desc by default), clamped limit and offset. */
export function toListPlan(query: IncidentQuery): ListPlan {
  const filters: ColumnFilter[] = [];
  const add = (column: ColumnFilter["column"], op: ColumnFilter["op"], value: string | number | undefined) => {
    if (value !== undefined) filters.push({ column, op, value });
  };
  add("announced", ">=", query.announcedFrom);
  add("announced", "<=", query.announcedTo === undefined ? undefined : query.announcedTo + PERIOD_END);
  add("cause", "=", query.cause);
  add("organization_type", "=", query.organizationType);
  add("affected_value", ">=", query.minAffected);
  add("affected_value", "<=", query.maxAffected);
  add("affected_qualifier", "=", query.qualifier);
  add("certainty", "=", query.certainty);
  add("organization_id", "=", query.organizationId);
  return {
    runs: query.text === undefined ? [] : toQueryRuns(query.text),
    filters,
    dataItem: query.dataItem ?? null,
    sortColumn: query.sort === "affected" ? "affected_value" : query.sort === "recent" ? "id" : "announced",
    order: query.order ?? "desc",
    limit: clampInt(query.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: clampInt(query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

function clampInt(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : min;
}

/** The filter columns of an incident row. */
export type IncidentColumns = {
  readonly key: string;
  readonly organization: string;
  readonly organization_type: string;
  /** The contract date when it has a year (YYYY, YYYY-MM, YYYY-MM-DD); null for --MM-DD, --MM or unknown. */
  readonly announced: string | null;
  readonly affected_value: number | null;
  readonly affected_qualifier: string | null;
  readonly affected_unit: string | null;
  readonly cause: string;
  readonly certainty: string;
  readonly updated_at: string;
};

/** An incident's filter columns. */
export function toIncidentColumns(incident: NewIncident): IncidentColumns {
  return {
    key: incident.key,
    organization: incident.organization,
    organization_type: incident.organizationType,
    announced: incident.announced !== null && /^\d{4}/.test(incident.announced) ? incident.announced : null,
    affected_value: incident.affected.value,
    affected_qualifier: incident.affected.qualifier,
    affected_unit: incident.affected.unit,
    cause: incident.cause,
    certainty: incident.certainty,
    updated_at: incident.updatedAt,
  };
}

/** What is stored as the incident's JSON: the StoredIncident without the ids the database assigns. */
export type IncidentBody = Omit<StoredIncident, "id" | "organizationId">;

/** The JSON body of a new incident (its organization key lives in the organizations table). */
export function toIncidentBody(incident: NewIncident): IncidentBody {
  const { organization_key: _key, ...body } = incident;
  return body;
}

/** A stored incident from its row: the JSON body plus the ids. */
export function toStoredIncident(body: IncidentBody, id: number, organizationId: number): StoredIncident {
  return { ...body, id, organizationId };
}
