/** @module When two reports name the same organization: alias-aware names, `also` names, vendor names shared by many. */
import { isAlias, toKey } from "../extract/aliases.js";
import { isProperName } from "./names.js";
import type { ReportInput } from "./report-input.js";

/** The names a report gives: its organization and the other names it lists for it (parents, vendors, short names). */
export type ReportNames = { readonly primary: string; readonly also: readonly string[] };

export function toReportNames(input: ReportInput): ReportNames {
  const { organization, also } = input.report.incident;
  return { primary: organization, also: also.filter((n) => isProperName(n) && !isAlias(n, organization)) };
}

/**
 * True when two reports name one organization: their organizations are aliases (株式会社X = （株）X = X, 東商), or one
 * report's `also` names the other's organization (a parent or a subsidiary), unless that name is `shared` (a vendor
 * named by reports of several organizations, which links incidents without making them one organization).
 */
export function isOrganizationLinked(a: ReportNames, b: ReportNames, shared: ReadonlySet<string> = new Set()): boolean {
  if (isAlias(a.primary, b.primary)) return true;
  const names = (x: ReportNames, y: ReportNames): boolean =>
    x.also.some((n) => !shared.has(toKey(n)) && isAlias(n, y.primary));
  return names(a, b) || names(b, a);
}

/**
 * Keys of names that reports of two or more different organizations give in `also` or `vector`: a contractor serving
 * many victims (a printing company's ransomware), not a name of any one of them.
 */
export function toSharedNames(inputs: readonly ReportInput[]): ReadonlySet<string> {
  const owners = new Map<string, string[]>();
  for (const input of inputs) {
    const { organization, also, vector } = input.report.incident;
    for (const name of [...also, ...vector]) {
      if (!isProperName(name) || isAlias(name, organization)) continue;
      const list = owners.get(toKey(name)) ?? [];
      if (!list.some((o) => isAlias(o, organization))) list.push(organization);
      owners.set(toKey(name), list);
    }
  }
  return new Set([...owners].filter(([, list]) => list.length >= 2).map(([key]) => key));
}
