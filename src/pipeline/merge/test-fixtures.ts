/** @module Test helpers: small hand-written incidents and reports of fictional organizations (not used by the code). */
import type { Incident, Span, TimelineEvent, TimelineKind } from "../../domain/incident.js";
import type { ReportInput } from "./report-input.js";

/** A span over a made-up sentence. */
export function spanOf(text: string, start = 0): Span {
  return { start, end: start + text.length, text };
}

/** A timeline event with its own one-line evidence. */
export function eventOf(date: string, kind: TimelineKind, text = `${date} ${kind}`): TimelineEvent {
  return { date, kind, evidence: spanOf(text) };
}

/** An incident with every field defaulted; `sources` spans are derived from the values unless given. */
export function incidentOf(partial: Partial<Incident> & { readonly organization: string }): Incident {
  const base: Incident = {
    also: [],
    announced: null,
    affected: { value: null, qualifier: null, unit: null },
    data_items: [],
    cause: "unknown",
    cves: [],
    evidence: "",
    certainty: "possible",
    breakdown: [],
    breakdown_mismatch: false,
    timeline: [],
    vector: [],
    secondary_damage: [],
    response: [],
    sources: {},
    ...partial,
  };
  return partial.sources ? base : { ...base, sources: sourcesOf(base) };
}

function sourcesOf(i: Incident): Incident["sources"] {
  const count = i.affected.value === null ? null : `${i.affected.value}`;
  return {
    organization: spanOf(i.organization, 0),
    ...(i.announced === null ? {} : { announced: spanOf(`${i.announced}に発表`, 10) }),
    ...(count === null ? {} : { affected: spanOf(`${count}人分`, 20) }),
    ...(i.cause === "unknown" ? {} : { cause: spanOf(i.cause, 30) }),
    ...(i.data_items.length === 0 ? {} : { data_items: spanOf(i.data_items.join("、"), 40) }),
    ...(i.cves.length === 0 ? {} : { cves: spanOf(i.cves.join(" "), 50) }),
  };
}

export type InputOptions = {
  readonly id: number;
  readonly key?: string;
  readonly hash?: string;
  readonly index?: number;
  readonly sourceId?: number;
  readonly published?: string | null;
  readonly fetchedAt?: string;
};

/** A report on a source of its own (source id = report id unless given). */
export function inputOf(incident: Incident, options: InputOptions): ReportInput {
  const sourceId = options.sourceId ?? options.id;
  return {
    report: { id: options.id, sourceId, index: options.index ?? 0, incident },
    source: {
      id: sourceId,
      key: options.key ?? `https://news.example/${sourceId}`,
      contentHash: options.hash ?? `hash-${sourceId}`,
      published: options.published ?? null,
      fetchedAt: options.fetchedAt ?? "2025-01-01T00:00:00.000Z",
    },
  };
}
