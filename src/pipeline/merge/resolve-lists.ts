/** @module Field resolution for list fields: unions over an incident's reports, in a fixed order. */
import { DATA_ITEMS, type DataItem, type Span, type TimelineEvent, type TimelineKind } from "../../domain/incident.js";
import type { ReportFacts } from "./facts.js";
import { compareText } from "./report-input.js";

/** A merged list and the reports that contributed to it. */
export type Union<T> = { readonly value: readonly T[]; readonly from: readonly ReportFacts[] };

/** Every data item any report names, in the contract's order. */
export function unionDataItems(reports: readonly ReportFacts[]): Union<DataItem> {
  const items = new Set(reports.flatMap((f) => f.input.report.incident.data_items));
  return {
    value: DATA_ITEMS.filter((d) => items.has(d)),
    from: reports.filter((f) => f.input.report.incident.data_items.length > 0),
  };
}

/** Every CVE any report names, sorted. */
export function unionCves(reports: readonly ReportFacts[]): Union<string> {
  const cves = new Set(reports.flatMap((f) => f.input.report.incident.cves));
  return {
    value: [...cves].sort(compareText),
    from: reports.filter((f) => f.input.report.incident.cves.length > 0),
  };
}

/** Strings in first-seen order, each once. */
export function unionStrings(lists: readonly (readonly string[])[], exclude: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const s of list) if (s !== "" && !exclude.includes(s)) out.add(s);
  return [...out];
}

/** Spans in first-seen order, each text once. */
export function unionSpans(lists: readonly (readonly Span[])[]): Span[] {
  return unionSpansFrom(lists.map((spans) => ({ sourceId: 0, spans }))).spans;
}

/** unionSpans, with the source each kept span came from. */
export function unionSpansFrom(lists: readonly { readonly sourceId: number; readonly spans: readonly Span[] }[]): {
  spans: Span[];
  sourceIds: number[];
} {
  const out = new Map<string, { span: Span; sourceId: number }>();
  for (const { sourceId, spans } of lists) {
    for (const span of spans) if (!out.has(span.text)) out.set(span.text, { span, sourceId });
  }
  const kept = [...out.values()];
  return { spans: kept.map((k) => k.span), sourceIds: kept.map((k) => k.sourceId) };
}

const KIND_ORDER: readonly TimelineKind[] = [
  "exposure_start",
  "occurred",
  "exposure",
  "exposure_end",
  "discovered",
  "extortion",
  "service_stopped",
  "reported_police",
  "reported_ppc",
  "announced",
  "notified",
  "reissued",
  "service_resumed",
  "follow_up",
  "other",
];

/** Dated events first by date (YYYY before YYYY-MM before YYYY-MM-DD of the same time), year-less dates last. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const yearless = Number(a.date.startsWith("--")) - Number(b.date.startsWith("--"));
  return (
    yearless ||
    compareText(a.date, b.date) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    compareText(a.evidence.text, b.evidence.text)
  );
}

/** Every report's events in date order; an event with the same date and kind as an earlier one is dropped. */
export function mergeTimeline(reports: readonly ReportFacts[]): TimelineEvent[] {
  return mergeTimelineFrom(reports).events;
}

/** mergeTimeline, with the source each kept event came from (the stable sort keeps the earlier report's event). */
export function mergeTimelineFrom(reports: readonly ReportFacts[]): { events: TimelineEvent[]; sourceIds: number[] } {
  const tagged = reports.flatMap((f) =>
    f.input.report.incident.timeline.map((event) => ({ event, sourceId: f.input.report.sourceId })),
  );
  const seen = new Set<string>();
  const kept = [...tagged]
    .sort((a, b) => compareEvents(a.event, b.event))
    .filter(({ event: e }) => {
      const id = `${e.date}/${e.kind}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return { events: kept.map((k) => k.event), sourceIds: kept.map((k) => k.sourceId) };
}
