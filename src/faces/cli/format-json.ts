/** @module Article + incidents → one entry of the JSON output array (SCHEMA.md shape plus roei's richer fields). */
import type { Article } from "../../domain/article.js";
import type { Incident } from "../../domain/incident.js";
import { toContract } from "../../pipeline/extract/index.js";

export type JsonEntry = {
  /** The article's file name (base name; `stdin` for standard input). */
  readonly article: string;
  readonly incidents: readonly Readonly<Record<string, unknown>>[];
};

/** The output entry for one article: every incident field, the contract keys first and in contract order. */
export function toJsonEntry(article: Article, incidents: readonly Incident[]): JsonEntry {
  return { article: article.name, incidents: incidents.map(toJsonIncident) };
}

function toJsonIncident(incident: Incident): Readonly<Record<string, unknown>> {
  const contract: Readonly<Record<string, unknown>> = toContract(incident);
  const richer = Object.entries(incident).filter(([key]) => !(key in contract));
  return { ...contract, ...Object.fromEntries(richer) };
}

/** The opening of the streamed array. */
export const JSON_OPEN = "[";

/** One entry, preceded by the separator it needs: the array stays valid JSON however many entries follow. */
export function formatJsonEntry(entry: JsonEntry, isFirst: boolean): string {
  return `${isFirst ? "\n" : ",\n"}${JSON.stringify(entry)}`;
}

/** The closing of the streamed array. */
export const JSON_CLOSE = "\n]\n";
