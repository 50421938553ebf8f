/** @module Article + incidents → a readable report: each field with the sentence of the article it came from. */
import type { Article } from "../../domain/article.js";
import type { Affected, Incident, Span } from "../../domain/incident.js";

const LABEL_WIDTH = 20;
const CONTEXT_CHARS = 160;

/** A plain-text report of one article's incidents, each field followed by its source sentence. */
export function formatIncidentsText(article: Article, incidents: readonly Incident[]): string {
  const lines = [...articleHeader(article, incidents.length)];
  incidents.forEach((incident, i) => {
    lines.push("", ...incidentLines(article.text, incident, i + 1));
  });
  return `${lines.join("\n")}\n`;
}

function articleHeader(article: Article, count: number): readonly string[] {
  const title = article.title === null ? "" : ` ${article.title}`;
  const facts = [`published ${article.published ?? "unknown"}`];
  if (article.source !== null) facts.push(`source ${article.source}`);
  const found = count === 0 ? "no incidents found" : count === 1 ? "1 incident" : `${count} incidents`;
  return [`== ${article.name}${title}`, `   ${facts.join(" · ")} · ${found}`];
}

function incidentLines(text: string, incident: Incident, n: number): readonly string[] {
  const src = incident.sources;
  const also = incident.also.length > 0 ? ` (also: ${incident.also.join(", ")})` : "";
  return [
    `[${n}] ${incident.organization} (${incident.certainty})`,
    ...field("organization", `${incident.organization}${also}`, text, src.organization),
    ...field("announced", incident.announced ?? "unknown", text, src.announced),
    ...field("affected", formatAffected(incident.affected), text, src.affected),
    ...field("data items", incident.data_items.join(", ") || "none stated", text, src.data_items),
    ...field("cause", incident.cause, text, src.cause),
    ...field("CVEs", incident.cves.join(", ") || "none", text, src.cves),
    ...field("evidence", incident.evidence || "–", text, undefined),
    ...field("certainty", incident.certainty, text, undefined),
    ...listLines(
      "timeline",
      incident.timeline.map((e) => [`${e.date} ${e.kind.replaceAll("_", " ")}`, e.evidence]),
      text,
    ),
    ...listLines(
      "breakdown",
      incident.breakdown.map((b) => [`${b.label}: ${formatCount(b.value, null, b.unit)}`, b.evidence]),
      text,
    ),
    ...(incident.breakdown_mismatch ? [`${pad("")}(the breakdown does not add up to the affected count)`] : []),
    ...(incident.vector.length > 0 ? field("vector", incident.vector.join(", "), text, undefined) : []),
    ...listLines(
      "secondary damage",
      incident.secondary_damage.map((s) => [s.text, s]),
      text,
    ),
    ...listLines(
      "response",
      incident.response.map((s) => [s.text, s]),
      text,
    ),
  ];
}

/** `label  value` and, when the field has a source, `← the sentence` below it (unless it is the value itself). */
function field(label: string, value: string, text: string, span: Span | undefined): readonly string[] {
  const line = `${pad(`  ${label}`)}${value}`;
  if (span === undefined) return [line];
  const sentence = sentenceAround(text, span);
  return sentence === value ? [line] : [line, `${pad("")}← ${sentence}`];
}

function listLines(label: string, items: readonly (readonly [string, Span])[], text: string): readonly string[] {
  return items.flatMap(([value, span], i) => field(i === 0 ? label : "", value, text, span));
}

function pad(label: string): string {
  return label.padEnd(LABEL_WIDTH);
}

export function formatAffected(affected: Affected): string {
  if (affected.value === null) return "not stated";
  return formatCount(affected.value, affected.qualifier, affected.unit);
}

const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  exact: "",
  max: "up to ",
  approx: "about ",
  cumulative: "cumulatively ",
  at_least: "at least ",
};

function formatCount(value: number, qualifier: string | null, unit: string | null): string {
  return `${QUALIFIER_WORDS[qualifier ?? "exact"] ?? ""}${value.toLocaleString("en-US")}${unit === null ? "" : ` ${unit}`}`;
}

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "\n"]);

/**
 * The sentence of `text` that holds the span (cut to about 160 characters around it); the span's own text when
 * its offsets do not point into `text`.
 * @example sentenceAround("前文。架空商事は流出を発表した。後文。", { start: 8, end: 10, text: "流出" }) // "架空商事は流出を発表した。"
 */
export function sentenceAround(text: string, span: Span): string {
  if (span.start < 0 || span.end > text.length || span.start > span.end) return oneLine(span.text);
  if (text.slice(span.start, span.end) !== span.text) return oneLine(span.text);
  let start = span.start;
  while (start > 0 && span.start - start < CONTEXT_CHARS && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = span.end;
  const closed = end > span.start && SENTENCE_END.has(text[end - 1]!);
  while (!closed && end < text.length && end - span.end < CONTEXT_CHARS && text[end] !== "\n") {
    end++;
    if (SENTENCE_END.has(text[end - 1]!)) break;
  }
  const head = start > 0 && !SENTENCE_END.has(text[start - 1]!) ? "…" : "";
  const tail = end < text.length && !SENTENCE_END.has(text[end - 1]!) && text[end] !== "\n" ? "…" : "";
  return `${head}${oneLine(text.slice(start, end).trim())}${tail}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
