/** @module The merge step's input: one stored report with the source facts merging needs, and its canonical order. */
import type { Report } from "../../domain/store.js";

/** The source facts merging uses: identity for ordering and keys, dates for recency. */
export type ReportSource = {
  readonly id: number;
  readonly key: string;
  readonly contentHash: string;
  readonly published: string | null;
  readonly fetchedAt: string;
};

/** One report (what one source says about one incident) with its source. */
export type ReportInput = { readonly report: Report; readonly source: ReportSource };

/** Code-unit order, never locale order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical order: source key, content hash, report index; ids only break ties between identical identities. */
export function compareInputs(a: ReportInput, b: ReportInput): number {
  return (
    compareText(a.source.key, b.source.key) ||
    compareText(a.source.contentHash, b.source.contentHash) ||
    a.report.index - b.report.index ||
    a.report.id - b.report.id ||
    a.source.id - b.source.id
  );
}

/** The inputs in canonical order, each report once (by report id). */
export function toCanonical(inputs: readonly ReportInput[]): ReportInput[] {
  const sorted = [...inputs].sort(compareInputs);
  const seen = new Set<number>();
  return sorted.filter((input) => {
    if (seen.has(input.report.id)) return false;
    seen.add(input.report.id);
    return true;
  });
}

/** The identity a report keeps across ingestions: where it came from, what it said, and its position there. */
export function toIdentity(input: ReportInput): string {
  return `${input.source.key}\u0000${input.source.contentHash}\u0000${input.report.index}`;
}
