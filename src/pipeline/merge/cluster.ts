/** @module Reports → groups naming one organization (alias-aware, parent/subsidiary via `also`), as connected components. */
import { toKey } from "../extract/aliases.js";
import { isOrganizationLinked, type ReportNames, toReportNames, toSharedNames } from "./links.js";
import { type ReportInput, toCanonical } from "./report-input.js";

/** Union-find over indices; the smallest index is each set's root, so roots follow the canonical order. */
function makeSets(size: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  const union = (a: number, b: number): void => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  return { find, union };
}

/** One representative report per distinct name set, so aliases are tested once per pair of spellings. */
function toSignature(names: ReportNames): string {
  return [toKey(names.primary), ...names.also.map(toKey).sort()].join("\u0000");
}

/**
 * Groups reports whose organizations are the same. The output depends only on the set of inputs: each group is in
 * canonical order (source key, content hash, report index) and groups are ordered by their first report.
 */
export function clusterReports(reports: readonly ReportInput[]): ReportInput[][] {
  const inputs = toCanonical(reports);
  const shared = toSharedNames(inputs);
  const names = inputs.map(toReportNames);
  const sets = makeSets(inputs.length);
  const firstBySignature = new Map<string, number>();
  names.forEach((n, i) => {
    const seen = firstBySignature.get(toSignature(n));
    if (seen === undefined) firstBySignature.set(toSignature(n), i);
    else sets.union(seen, i);
  });
  const distinct = [...firstBySignature.values()];
  for (const [at, i] of distinct.entries()) {
    for (const j of distinct.slice(at + 1)) {
      if (isOrganizationLinked(names[i]!, names[j]!, shared)) sets.union(i, j);
    }
  }
  const groups = new Map<number, ReportInput[]>();
  inputs.forEach((input, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(input);
    else groups.set(root, [input]);
  });
  return [...groups.values()];
}
