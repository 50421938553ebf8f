/**
 * @module Incidents → campaigns: incidents of different organizations that share a CVE, a product named as the vector
 * (Apache Struts 2, a VPN appliance) or a vendor/contractor (an `also` name that several victims give: 委託先, 印刷会社,
 * SaaS). Pure over a list of incidents; the output order depends only on the incidents, not on their order.
 */
import type { Affected, Incident, Qualifier, TimelineKind } from "../domain/incident.js";
import { isAlias, toKey } from "../pipeline/extract/aliases.js";
import { classifyOrganization } from "../pipeline/fields/organization-type.js";
import { isProperName } from "../pipeline/merge/names.js";
import { toDayRange, toYear } from "./classify/dates.js";
import { toProductKey, toProducts } from "./classify/product.js";

export type CampaignKind = "cve" | "product" | "vendor";

/** What campaigns read: an incident with its stable key (StoredIncident has both). */
export type CampaignIncident = Incident & { readonly key: string };

export type CampaignMember = {
  readonly key: string;
  readonly organization: string;
  readonly announced: string | null;
  readonly affected: Affected;
  readonly cves: readonly string[];
  /** In a vendor campaign, `vendor` for the vendor's own incident, else `victim`. */
  readonly role: "victim" | "vendor";
};

export type CampaignEvent = {
  readonly date: string;
  readonly kind: TimelineKind;
  readonly incident: string;
  readonly organization: string;
};

/** A sum of figures in one unit, with how many of them were 最大, 約, 延べ, 以上 or exact. */
export type CountTotal = { readonly sum: number; readonly qualifiers: Readonly<Partial<Record<Qualifier, number>>> };

export type CampaignTotals = {
  readonly incidents: number;
  readonly organizations: number;
  /** Figures in 人 summed as announced (最大 figures included as given, like 東京商工リサーチ). */
  readonly people: CountTotal;
  /** Figures in 件, kept apart from people. */
  readonly records: CountTotal;
  /** Members with no figure (counted as incidents, adding nobody). */
  readonly unknown: number;
};

export type Campaign = {
  /** Stable: kind, the shared CVE, product or vendor key, and the first year when the group was split in time. */
  readonly key: string;
  readonly kind: CampaignKind;
  readonly label: string;
  /** CVEs stated by any member. */
  readonly cves: readonly string[];
  /** Products shared by at least two members. */
  readonly products: readonly string[];
  readonly vendor: string | null;
  readonly members: readonly CampaignMember[];
  readonly timeline: readonly CampaignEvent[];
  readonly totals: CampaignTotals;
};

export type CampaignOptions = {
  /** Fewest incidents a campaign has (default 2); it also always needs two different organizations. */
  readonly minMembers?: number;
};

/**
 * Members further apart than this (days between consecutive announcements) are different waves: a product exploited
 * again years later, a vendor with two separate breaches. A CVE names one flaw, so CVE groups are never split.
 */
const SPLIT_DAYS: Readonly<Record<CampaignKind, number | null>> = { cve: null, product: 365, vendor: 180 };

/** Campaigns among incidents: technical ones (shared CVE or product) first, then vendor ones, each by first date. */
export function toCampaigns(incidents: Iterable<CampaignIncident>, options: CampaignOptions = {}): Campaign[] {
  const list = [...incidents].sort((a, b) => compareStrings(a.key, b.key));
  const minMembers = Math.max(2, options.minMembers ?? 2);
  const groups = [...technicalGroups(list), ...vendorGroups(list)];
  const campaigns = groups
    .flatMap((g) => splitInTime(g, SPLIT_DAYS[g.kind]))
    .filter((g) => g.members.length >= minMembers && new Set(g.members.map((m) => toKey(m.organization))).size >= 2)
    .map(toCampaign);
  return campaigns.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      firstDay(a.members) - firstDay(b.members) ||
      compareStrings(a.key, b.key),
  );
}

const KIND_ORDER: Readonly<Record<CampaignKind, number>> = { cve: 0, product: 1, vendor: 2 };

type Group = {
  readonly kind: CampaignKind;
  /** CVE id, product key or vendor key. */
  readonly id: string;
  readonly label: string;
  readonly products: readonly string[];
  readonly vendor: string | null;
  readonly members: readonly CampaignIncident[];
  readonly vendorKey: string | null;
};

/** Incidents linked by a shared CVE or product, as connected groups (union-find over the links). */
function technicalGroups(list: readonly CampaignIncident[]): Group[] {
  const productsOf = list.map((i) => toProducts(i));
  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  const linkBy = (keysOf: (i: number) => readonly string[]) => {
    const first = new Map<string, number>();
    list.forEach((_, i) => {
      for (const k of keysOf(i)) {
        const j = first.get(k);
        if (j === undefined) first.set(k, i);
        else parent[find(i)] = find(j);
      }
    });
  };
  linkBy((i) => list[i]!.cves.map((c) => `cve:${c}`));
  linkBy((i) => productsOf[i]!.map((p) => `product:${toProductKey(p)}`));
  const components = new Map<number, number[]>();
  for (let i = 0; i < list.length; i++) {
    const root = find(i);
    const members = components.get(root);
    if (members === undefined) components.set(root, [i]);
    else members.push(i);
  }
  return [...components.values()].filter((c) => c.length >= 2).map((c) => technicalGroup(c, list, productsOf));
}

function technicalGroup(
  ids: readonly number[],
  list: readonly CampaignIncident[],
  productsOf: readonly (readonly string[])[],
): Group {
  const members = ids.map((i) => list[i]!);
  const shared = (values: readonly (readonly string[])[]) =>
    [...new Set(values.flat())].filter((v) => values.filter((vs) => vs.includes(v)).length >= 2).sort(compareStrings);
  const cves = shared(members.map((m) => m.cves));
  const products = shared(ids.map((i) => productsOf[i]!));
  const allCves = [...new Set(members.flatMap((m) => m.cves))].sort(compareStrings);
  const product = products[0];
  if (cves[0] !== undefined) {
    const label = product === undefined ? cves.join(", ") : `${cves.join(", ")} (${product})`;
    return { kind: "cve", id: cves[0], label, products, vendor: null, members, vendorKey: null };
  }
  const label = allCves.length > 0 ? `${products.join(", ")} (${allCves.join(", ")})` : products.join(", ");
  return {
    kind: "product",
    id: toProductKey(product ?? "unknown"),
    label,
    products,
    vendor: null,
    members,
    vendorKey: null,
  };
}

/** Kinds of organization that are not contractors (a prefecture named beside its hospital is its owner). */
const NOT_VENDORS = new Set(["local_government", "national_government", "police", "education", "medical"]);

/**
 * The vendor names an incident gives: proper `also` names that are not another name of the victim itself, and
 * `vector` entries that are some incident's organization (the rule src/pipeline/merge/related.ts links incidents by).
 */
function vendorNamesOf(incident: CampaignIncident, known: ReadonlySet<string>): Map<string, string> {
  const names = [...incident.also, ...incident.vector.filter((v) => known.has(toKey(v)))];
  const out = new Map<string, string>();
  for (const name of names) {
    if (!isProperName(name) || isAlias(name, incident.organization)) continue;
    if (NOT_VENDORS.has(classifyOrganization(name).type)) continue;
    const key = toKey(name);
    if (!out.has(key)) out.set(key, name);
  }
  return out;
}

/** Incidents that name one vendor, with the vendor's own incidents when it reported one. */
function vendorGroups(list: readonly CampaignIncident[]): Group[] {
  const known = new Set(list.map((i) => toKey(i.organization)));
  const naming = new Map<string, { names: string[]; members: CampaignIncident[] }>();
  for (const incident of list) {
    for (const [key, name] of vendorNamesOf(incident, known)) {
      const entry = naming.get(key) ?? { names: [], members: [] };
      entry.names.push(name);
      entry.members.push(incident);
      naming.set(key, entry);
    }
  }
  const groups: Group[] = [];
  for (const [key, { names, members }] of naming) {
    const own = list.filter((i) => toKey(i.organization) === key && !members.includes(i));
    const vendor = [...names, ...own.map((i) => i.organization)].sort(
      (a, b) => b.length - a.length || compareStrings(a, b),
    )[0]!;
    groups.push({
      kind: "vendor",
      id: key,
      label: vendor,
      products: [],
      vendor,
      members: [...members, ...own],
      vendorKey: key,
    });
  }
  return groups;
}

/** Splits a group where consecutive dated members are more than `days` apart; undated members join the largest part. */
function splitInTime(group: Group, days: number | null): Group[] {
  if (days === null) return [group];
  const dated = group.members
    .map((m) => ({ m, day: toDayRange(m.announced)?.first ?? null }))
    .filter((x): x is { m: CampaignIncident; day: number } => x.day !== null && toYear(x.m.announced) !== null)
    .sort((a, b) => a.day - b.day || compareStrings(a.m.key, b.m.key));
  const parts: CampaignIncident[][] = [];
  let last: number | null = null;
  for (const { m, day } of dated) {
    if (last === null || day - last > days) parts.push([]);
    parts.at(-1)!.push(m);
    last = day;
  }
  if (parts.length <= 1) return [group];
  const undated = group.members.filter((m) => !dated.some((d) => d.m === m));
  const largest = parts.reduce((best, p) => (p.length > best.length ? p : best), parts[0]!);
  largest.push(...undated);
  return parts.map((members) => ({ ...group, members, id: `${group.id}:${toYear(members[0]!.announced)}` }));
}

function toCampaign(group: Group): Campaign {
  const members = [...group.members].sort(compareMembers).map((m) => toMember(m, group.vendorKey));
  return {
    key: `${group.kind}:${group.id}`,
    kind: group.kind,
    label: group.label,
    cves: [...new Set(group.members.flatMap((m) => m.cves))].sort(compareStrings),
    products: group.products,
    vendor: group.vendor,
    members,
    timeline: toTimeline(group.members),
    totals: toTotals(group.members),
  };
}

function toMember(i: CampaignIncident, vendorKey: string | null): CampaignMember {
  return {
    key: i.key,
    organization: i.organization,
    announced: i.announced,
    affected: i.affected,
    cves: i.cves,
    role: vendorKey !== null && toKey(i.organization) === vendorKey ? "vendor" : "victim",
  };
}

/** Every member's dates (announcement and timeline events), dated ones in day order, yearless ones after. */
function toTimeline(members: readonly CampaignIncident[]): CampaignEvent[] {
  const events = members.flatMap((m) => {
    const own = m.timeline.map((e) => ({ date: e.date, kind: e.kind }));
    const announced = m.announced !== null && !own.some((e) => e.kind === "announced" && e.date === m.announced);
    const all = announced ? [...own, { date: m.announced!, kind: "announced" as const }] : own;
    return all.map((e) => ({ ...e, incident: m.key, organization: m.organization }));
  });
  const unique = [...new Map(events.map((e) => [`${e.date}|${e.kind}|${e.incident}`, e])).values()];
  return unique.sort(
    (a, b) =>
      dayOrLast(a.date) - dayOrLast(b.date) ||
      compareStrings(a.date, b.date) ||
      compareStrings(a.incident, b.incident) ||
      compareStrings(a.kind, b.kind),
  );
}

/** Sums figures per unit, noting how many were qualified. */
export function toCountTotals(items: readonly Affected[]): {
  people: CountTotal;
  records: CountTotal;
  unknown: number;
} {
  const sum = (unit: "people" | "records"): CountTotal => {
    const given = items.filter((a) => a.value !== null && a.unit === unit);
    const qualifiers: Partial<Record<Qualifier, number>> = {};
    for (const a of given) qualifiers[a.qualifier ?? "exact"] = (qualifiers[a.qualifier ?? "exact"] ?? 0) + 1;
    return { sum: given.reduce((t, a) => t + a.value!, 0), qualifiers };
  };
  const unknown = items.filter((a) => a.value === null || a.unit === null).length;
  return { people: sum("people"), records: sum("records"), unknown };
}

function toTotals(members: readonly CampaignIncident[]): CampaignTotals {
  return {
    incidents: members.length,
    organizations: new Set(members.map((m) => toKey(m.organization))).size,
    ...toCountTotals(members.map((m) => m.affected)),
  };
}

function dayOrLast(date: string | null): number {
  return (toYear(date) !== null ? toDayRange(date)?.first : undefined) ?? Number.MAX_SAFE_INTEGER;
}

function firstDay(members: readonly CampaignMember[]): number {
  return Math.min(...members.map((m) => dayOrLast(m.announced)));
}

function compareMembers(a: CampaignIncident, b: CampaignIncident): number {
  return dayOrLast(a.announced) - dayOrLast(b.announced) || compareStrings(a.key, b.key);
}

/** Code-unit order: the same on every machine and locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
