/** @module One report's facts as incident matching and field resolution read them: dates, recency, names. */
import type { TimelineKind } from "../../domain/incident.js";
import { type DayInterval, toInterval, toResolvedInterval } from "./dates.js";
import { type ReportNames, toReportNames } from "./links.js";
import { compareInputs, compareText, type ReportInput } from "./report-input.js";

export type ReportFacts = {
  readonly input: ReportInput;
  readonly names: ReportNames;
  /** When the report says the incident was announced, else its first stated announcement, else its publication. */
  readonly anchor: DayInterval | null;
  /** Announcement dates the report mentions (its own and earlier ones it refers back to), as written. */
  readonly announcements: readonly string[];
  /** Sort key for "later source": publication date, else the announcement, else when roei fetched it. */
  readonly time: string;
};

/** Timeline kinds that date an announcement an article may refer back to (同社は5月9日に…と発表していた). */
const ANNOUNCING: ReadonlySet<TimelineKind> = new Set(["announced", "follow_up"]);

function isoDay(interval: DayInterval): string {
  return new Date(interval.start * 86_400_000).toISOString().slice(0, 10);
}

export function toFacts(input: ReportInput): ReportFacts {
  const { incident } = input.report;
  const published = input.source.published;
  const announcements = [
    ...(incident.announced === null ? [] : [incident.announced]),
    ...incident.timeline.filter((e) => ANNOUNCING.has(e.kind)).map((e) => e.date),
  ];
  const resolved = announcements.map((d) => toResolvedInterval(d, published)).find((d) => d !== null);
  const anchor = resolved ?? toInterval(published);
  const announcedDay = toResolvedInterval(incident.announced, published);
  const pub = toInterval(published);
  const time = pub ? isoDay(pub) : announcedDay ? isoDay(announcedDay) : input.source.fetchedAt;
  return { input, names: toReportNames(input), anchor, announcements, time };
}

/** Oldest first: by time, then fetch time, then canonical order. */
export function compareByTime(a: ReportFacts, b: ReportFacts): number {
  return (
    compareText(a.time, b.time) ||
    compareText(a.input.source.fetchedAt, b.input.source.fetchedAt) ||
    compareInputs(a.input, b.input)
  );
}
