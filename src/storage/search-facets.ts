/** @module Facet tokens: an incident's equality-filter values as search tokens, so one index answers text and filters. */
import type { ColumnFilter } from "./incident-plan.js";

/** A facet token: x + facet letter + the value's ASCII letters and digits (one token for FTS5's `ascii` tokenizer). */
export function toFacetToken(facet: "c" | "t" | "q" | "k" | "d", value: string): string {
  return `x${facet}${value.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

/** An incident's equality-filter values. */
export type FacetValues = {
  readonly cause: string;
  readonly organizationType: string;
  readonly qualifier: string | null;
  readonly certainty: string;
  readonly dataItems: readonly string[];
};

/** The facet tokens of an incident, space-joined. */
export function toFacetDocument(values: FacetValues): string {
  return toFacetTokens(values).join(" ");
}

/** The facet tokens of an incident. */
export function toFacetTokens(values: FacetValues): string[] {
  return [
    toFacetToken("c", values.cause),
    toFacetToken("t", values.organizationType),
    toFacetToken("q", values.qualifier ?? "none"),
    toFacetToken("k", values.certainty),
    ...values.dataItems.map((d) => toFacetToken("d", d)),
  ];
}

const FACETS: Record<
  Exclude<ColumnFilter["column"], "announced" | "affected_value" | "organization_id">,
  "c" | "t" | "q" | "k"
> = {
  cause: "c",
  organization_type: "t",
  affected_qualifier: "q",
  certainty: "k",
};

/** The token of an equality filter (cause, organization type, qualifier, certainty). */
export function toFilterToken(filter: ColumnFilter): string {
  if (filter.column === "announced" || filter.column === "affected_value" || filter.column === "organization_id") {
    throw new Error(`roei store: ${filter.column} is a row filter, not a facet`);
  }
  return toFacetToken(FACETS[filter.column], String(filter.value));
}
