/** @module The feed URL of a list or search: the same query parameters (without the cursor) on /feed.atom. */
import type { ListQuery } from "../api/query.js";

export function feedHref(query: Partial<ListQuery>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== "" && k !== "cursor") params.set(k, String(v));
  const search = params.toString();
  return search === "" ? "/feed.atom" : `/feed.atom?${search}`;
}
