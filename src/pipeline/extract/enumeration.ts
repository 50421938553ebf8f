/**
 * @module One sentence that lists several organizations, each with its own count (AのN人分、それにBのM人分): one
 * incident per organization.
 */
import { DATA_ITEMS, type DataItem, type Incident } from "../../domain/incident.js";
import { addDataItems } from "../fields/data-items.js";
import { type Count, findCounts } from "../fields/japanese-number.js";
import type { OrgMention } from "../fields/organization.js";
import type { Sentence } from "../segment/sentences.js";
import type { OrgCluster } from "./discourse.js";
import { signalsOf } from "./signals.js";

export type EnumerationContext = {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly clusters: readonly OrgCluster[];
  readonly bySentence: readonly (readonly OrgMention[])[];
  readonly clusterIdOf: (m: OrgMention) => number;
};

type Part = {
  readonly cluster: OrgCluster;
  readonly mention: OrgMention;
  readonly count: Count;
  readonly clause: string;
};

/**
 * 流出したおそれがあるのは、北浜町の住民約2万人分の氏名、それに「南山健康保険組合」の加入者8000人分の氏名や生年月日など:
 * a contractor's leak reported client by client in one sentence. Each organization followed closely by its own count
 * (within a few words: の住民, の加入者) takes that count and the data its clause lists; the incident that held the
 * whole sentence gives way to them. Two such parts at least, else the sentence is no enumeration.
 */
export function splitEnumerations(incidents: readonly Incident[], ctx: EnumerationContext): readonly Incident[] {
  if (incidents.length === 0) return incidents;
  let out: readonly Incident[] = incidents;
  for (const s of ctx.sentences) {
    // Cheap first: two names in a sentence that states a leak, or goes on from one (…約1万2千人分。B町は3418人分、
    // C村は612人分としている).
    if ((ctx.bySentence[s.index]?.length ?? 0) < 2) continue;
    const prev = ctx.sentences[s.index - 1];
    const goesOn = prev !== undefined && prev.line === s.line && signalsOf(prev).strongLeak;
    if (!signalsOf(s).strongLeak && !goesOn) continue;
    const parts = partsOf(s, ctx);
    if (parts.length >= 2) out = splitBy(out, parts, goesOn ? { start: prev.start, end: s.end } : s, ctx);
  }
  return out;
}

/** The incident that holds the listing (one of its organizations, else the one counted in it) gives way to the parts. */
/** `s`: the span of the listing (with the sentence it goes on from), where a count counts as given in it. */
function splitBy(
  incidents: readonly Incident[],
  parts: readonly Part[],
  s: { readonly start: number; readonly end: number },
  ctx: EnumerationContext,
): readonly Incident[] {
  const clusterOf = (i: Incident) => ctx.clusters.find((c) => c.names.includes(i.organization));
  const listedHere = (i: Incident) => parts.some((p) => p.cluster === clusterOf(i));
  const countedHere = (i: Incident) => {
    const at = i.sources.affected?.start ?? -1;
    return at >= s.start && at < s.end;
  };
  const base =
    incidents.find((i) => listedHere(i) && countedHere(i)) ?? incidents.find(listedHere) ?? incidents.find(countedHere);
  if (!base) return incidents;
  // A listed organization whose own incident found no count takes its part here: that incident gives way.
  const replaced = incidents.filter((i) => i !== base && i.affected.value === null && listedHere(i));
  const others = incidents.filter((i) => i !== base && !replaced.includes(i));
  const taken = new Set(others.map((i) => i.organization));
  const made: Incident[] = [];
  // The other organizations listed are victims of their own, not names of this one.
  const listed = new Set(parts.flatMap((p) => p.cluster.names));
  for (const p of parts) {
    if (p.cluster.names.some((n) => taken.has(n))) continue;
    const also = base.also.filter((n) => !listed.has(n) || p.cluster.names.includes(n));
    made.push(partIncident({ ...base, also }, p, longestName(p.cluster), ctx.text));
  }
  if (made.length < 2) return incidents;
  // Another organization (the contractor) keeps its incident only with a count of its own outside the listing.
  const keepBase = !listedHere(base) && base.affected.value !== null && !countedHere(base);
  const kept = incidents.filter((i) => !replaced.includes(i));
  const at = kept.indexOf(base);
  return [...kept.slice(0, at), ...(keepBase ? [base] : []), ...made, ...kept.slice(at + 1)];
}

/** The (organization, count) parts of a sentence, in order; empty unless two organizations each lead a count. */
function partsOf(s: Sentence, ctx: EnumerationContext): readonly Part[] {
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => ctx.clusterIdOf(m) >= 0);
  if (mentions.length < 2) return [];
  const parts: Part[] = [];
  const seen = new Set<number>();
  mentions.forEach((m, k) => {
    const id = ctx.clusterIdOf(m);
    const stop = mentions[k + 1]?.start ?? s.start + s.text.trimEnd().length;
    const clause = ctx.text.slice(m.end, stop);
    if (seen.has(id) || !COUNT_LEAD.test(clause)) return;
    const count = findCounts(clause.slice(0, 24)).find((c) => c.unit !== "other" && c.start <= 16);
    if (!count) return;
    seen.add(id);
    parts.push({ cluster: ctx.clusters[id]!, mention: m, count: shift(count, m.end), clause });
  });
  return parts.length >= 2 ? parts : [];
}

/**
 * の住民, の加入者, の顧客およそ, が児童生徒と保護者計: the owner's people, then the count (no verb or other clause in
 * between).
 */
const COUNT_LEAD =
  /^[」』]?(?:の|が|は)[^。、]{0,8}?(?:約|およそ|最大|延べ|のべ|計)?[0-9０-９〇一二三四五六七八九十百千万]/u;

function shift(c: Count, by: number): Count {
  return { ...c, start: c.start + by, end: c.end + by };
}

function longestName(c: OrgCluster): string {
  return [...c.names].sort((a, b) => b.length - a.length)[0]!;
}

function partIncident(base: Incident, p: Part, name: string, text: string): Incident {
  const found = new Set<DataItem>();
  addDataItems(p.clause, found);
  const items = DATA_ITEMS.filter((i) => found.has(i));
  // The name and its count up to the next 、 or 。 after the count: 北浜町の住民約2万人分の氏名や住所.
  const end = p.count.end - p.mention.end;
  const stop = p.clause.slice(end).search(/[、。]/u);
  const evidence = `${p.mention.name}${stop < 0 ? p.clause : p.clause.slice(0, end + stop)}`.replace(
    /[「」『』]/gu,
    "",
  );
  return {
    ...base,
    organization: name,
    also: base.organization === name ? base.also : [],
    affected: {
      value: p.count.value,
      qualifier: p.count.qualifier,
      unit: p.count.unit === "people" ? "people" : "records",
    },
    data_items: items.length > 0 ? items : base.data_items,
    evidence,
    breakdown: [],
    breakdown_mismatch: false,
    sources: {
      ...base.sources,
      organization: { start: p.mention.start, end: p.mention.end, text: p.mention.name },
      affected: { start: p.count.start, end: p.count.end, text: text.slice(p.count.start, p.count.end) },
    },
  };
}
