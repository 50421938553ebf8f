/**
 * @module The facet index: every incident's filter columns in typed arrays, held in memory by a store and rebuilt when
 * its generation changes. It answers the column filters of an IncidentQuery exactly as the engines' SQL does (the
 * contract tests compare the two), counts facets over the matches, and sums incidents per organization. Text is not
 * in it: the engine's search index gives the ids matching the text, and the index filters and counts those.
 *
 * At 100,000 incidents it takes about 5 MB and one pass over the incidents and data-item tables to build; a count over
 * every incident is one loop over the arrays (about 1 ms).
 */
import { CAUSES, DATA_ITEMS, QUALIFIERS, UNITS } from "../domain/incident.js";
import { ORGANIZATION_TYPES, type Organization } from "../domain/store.js";
import type {
  FacetCount,
  Facets,
  IncidentQuery,
  OrganizationPage,
  OrganizationQuery,
  OrganizationSummary,
} from "./store.js";

/**
 * Size bands of the affected figure (people or records, as announced), by order of magnitude like the size classes
 * of JNSA's yearly survey tables (1–99 … 1,000,000+). `min`/`max` are the list filters that select a band (a figure of
 * 0 falls in the first band). Incidents without a figure are `unknown`.
 */
export const SIZE_BANDS = [
  { key: "1-99", min: null, max: 99 },
  { key: "100-999", min: 100, max: 999 },
  { key: "1000-9999", min: 1000, max: 9999 },
  { key: "10000-99999", min: 10_000, max: 99_999 },
  { key: "100000-999999", min: 100_000, max: 999_999 },
  { key: "1000000-", min: 1_000_000, max: null },
] as const satisfies readonly { key: string; min: number | null; max: number | null }[];

export type SizeBand = (typeof SIZE_BANDS)[number]["key"] | "unknown";

/** The band of a figure. */
export function toSizeBand(value: number | null): SizeBand {
  if (value === null || !Number.isFinite(value)) return "unknown";
  for (const band of SIZE_BANDS) if (band.max === null || value <= band.max) return band.key;
  return "unknown";
}

/** One incident's filter columns, as both engines store them (announced: null when it has no year). */
export type FacetRow = {
  readonly id: number;
  readonly organizationId: number;
  readonly announced: string | null;
  readonly affectedValue: number | null;
  readonly qualifier: string | null;
  readonly unit: string | null;
  readonly cause: string;
  readonly organizationType: string;
  readonly certainty: string;
};

/** Values of a coded column; 0 is null or a value roei does not know. */
const codes = (values: readonly string[]) => new Map(values.map((v, i) => [v, i + 1] as const));
const CAUSE = codes(CAUSES);
const TYPE = codes(ORGANIZATION_TYPES);
const QUALIFIER = codes(QUALIFIERS);
const UNIT = codes(UNITS);
const CERTAINTY = codes(["confirmed", "possible"]);
const ITEM = new Map<string, number>(DATA_ITEMS.map((v, i) => [v, i] as const));

export type FacetIndex = {
  readonly size: number;
  /** Position of each incident id. */
  readonly position: ReadonlyMap<number, number>;
  readonly id: Int32Array;
  readonly organizationId: Int32Array;
  readonly announced: readonly (string | null)[];
  /** NaN when unknown. */
  readonly value: Float64Array;
  readonly qualifier: Uint8Array;
  readonly unit: Uint8Array;
  readonly cause: Uint8Array;
  readonly type: Uint8Array;
  readonly certainty: Uint8Array;
  /** Data items as a bit set (DATA_ITEMS order): bits 0–31 and 32–63. */
  readonly itemsLo: Uint32Array;
  readonly itemsHi: Uint32Array;
};

/** Builds the index from the incident rows and (incident id, data item) pairs. */
export function buildFacetIndex(
  rows: readonly FacetRow[],
  items: Iterable<readonly [incidentId: number, item: string]>,
): FacetIndex {
  const n = rows.length;
  const index = {
    size: n,
    position: new Map<number, number>(),
    id: new Int32Array(n),
    organizationId: new Int32Array(n),
    announced: new Array<string | null>(n),
    value: new Float64Array(n),
    qualifier: new Uint8Array(n),
    unit: new Uint8Array(n),
    cause: new Uint8Array(n),
    type: new Uint8Array(n),
    certainty: new Uint8Array(n),
    itemsLo: new Uint32Array(n),
    itemsHi: new Uint32Array(n),
  };
  rows.forEach((r, i) => {
    index.position.set(r.id, i);
    index.id[i] = r.id;
    index.organizationId[i] = r.organizationId;
    index.announced[i] = r.announced;
    index.value[i] = r.affectedValue ?? Number.NaN;
    index.qualifier[i] = r.qualifier === null ? 0 : (QUALIFIER.get(r.qualifier) ?? 0);
    index.unit[i] = r.unit === null ? 0 : (UNIT.get(r.unit) ?? 0);
    index.cause[i] = CAUSE.get(r.cause) ?? 0;
    index.type[i] = TYPE.get(r.organizationType) ?? 0;
    index.certainty[i] = CERTAINTY.get(r.certainty) ?? 0;
  });
  for (const [incidentId, item] of items) {
    const i = index.position.get(incidentId);
    const bit = ITEM.get(item);
    if (i === undefined || bit === undefined) continue;
    if (bit < 32) index.itemsLo[i]! |= 1 << bit;
    else index.itemsHi[i]! |= 1 << (bit - 32);
  }
  return index;
}

/** Upper bound for an `announcedTo` prefix, as incident-plan.ts writes it in SQL. */
const PERIOD_END = "~";

/** A test of one position against the column filters of a query (text is the engine's part). */
export function toColumnTest(index: FacetIndex, query: IncidentQuery): (i: number) => boolean {
  const tests: ((i: number) => boolean)[] = [];
  const from = query.announcedFrom;
  const to = query.announcedTo === undefined ? undefined : query.announcedTo + PERIOD_END;
  if (from !== undefined) tests.push((i) => index.announced[i] != null && index.announced[i]! >= from);
  if (to !== undefined) tests.push((i) => index.announced[i] != null && index.announced[i]! <= to);
  const eq = (column: Uint8Array, table: ReadonlyMap<string, number>, value: string | undefined) => {
    if (value === undefined) return;
    const code = table.get(value) ?? -1;
    tests.push((i) => column[i] === code);
  };
  eq(index.cause, CAUSE, query.cause);
  eq(index.type, TYPE, query.organizationType);
  eq(index.qualifier, QUALIFIER, query.qualifier);
  eq(index.certainty, CERTAINTY, query.certainty);
  const min = query.minAffected;
  const max = query.maxAffected;
  if (min !== undefined) tests.push((i) => index.value[i]! >= min);
  if (max !== undefined) tests.push((i) => index.value[i]! <= max);
  if (query.dataItem !== undefined) {
    const bit = ITEM.get(query.dataItem) ?? -1;
    if (bit < 0) tests.push(() => false);
    else if (bit < 32) tests.push((i) => (index.itemsLo[i]! & (1 << bit)) !== 0);
    else tests.push((i) => (index.itemsHi[i]! & (1 << (bit - 32))) !== 0);
  }
  const org = query.organizationId;
  if (org !== undefined) tests.push((i) => index.organizationId[i] === org);
  if (tests.length === 0) return () => true;
  return (i) => tests.every((t) => t(i));
}

/**
 * Facet counts over the positions that pass the query's column filters, among `candidates` (positions of the
 * incidents matching the text) or among every incident when `candidates` is null.
 */
export function countFacets(index: FacetIndex, query: IncidentQuery, candidates: Iterable<number> | null): Facets {
  const test = toColumnTest(index, query);
  const years = new Map<string, number>();
  const cause = new Float64Array(CAUSES.length + 1);
  const type = new Float64Array(ORGANIZATION_TYPES.length + 1);
  const certainty = new Float64Array(3);
  const items = new Float64Array(DATA_ITEMS.length);
  const sizes = new Map<SizeBand, number>();
  let total = 0;
  const visit = (i: number) => {
    if (!test(i)) return;
    total++;
    const year = index.announced[i]?.slice(0, 4) ?? "unknown";
    years.set(year, (years.get(year) ?? 0) + 1);
    cause[index.cause[i]!]!++;
    type[index.type[i]!]!++;
    certainty[index.certainty[i]!]!++;
    const band = toSizeBand(Number.isNaN(index.value[i]!) ? null : index.value[i]!);
    sizes.set(band, (sizes.get(band) ?? 0) + 1);
    let lo = index.itemsLo[i]!;
    let hi = index.itemsHi[i]!;
    for (let b = 0; lo !== 0; b++, lo >>>= 1) if (lo & 1) items[b]!++;
    for (let b = 32; hi !== 0; b++, hi >>>= 1) if (hi & 1) items[b]!++;
  };
  if (candidates === null) for (let i = 0; i < index.size; i++) visit(i);
  else for (const i of candidates) visit(i);
  const coded = (values: readonly string[], counts: Float64Array, offset: number) =>
    byCount(values.map((value, k) => ({ value, count: counts[k + offset]! })));
  const yearList = [...years.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (a.value === "unknown" ? 1 : b.value === "unknown" ? -1 : b.value.localeCompare(a.value)));
  return {
    total,
    year: yearList,
    cause: coded(CAUSES, cause, 1),
    organizationType: coded(ORGANIZATION_TYPES, type, 1),
    dataItem: coded(DATA_ITEMS, items, 0),
    size: [...SIZE_BANDS.map((b) => b.key), "unknown" as const]
      .map((value) => ({ value, count: sizes.get(value) ?? 0 }))
      .filter((f) => f.count > 0),
    certainty: coded(["confirmed", "possible"], certainty, 1),
  };
}

/** Non-zero counts, most first, ties by value. */
function byCount(counts: readonly FacetCount[]): FacetCount[] {
  return counts
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** The positions of incident ids (ids the index does not hold, written after it was built, are skipped). */
export function toPositions(index: FacetIndex, ids: Iterable<number>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const i = index.position.get(id);
    if (i !== undefined) out.push(i);
  }
  return out;
}

type OrganizationTotals = { incidents: number; people: number; records: number; latest: string | null };

/** Incidents per organization id, with their summed figures and latest dated announcement. */
export function toOrganizationTotals(index: FacetIndex): Map<number, OrganizationTotals> {
  const out = new Map<number, OrganizationTotals>();
  const people = UNIT.get("people");
  const records = UNIT.get("records");
  for (let i = 0; i < index.size; i++) {
    const org = index.organizationId[i]!;
    let t = out.get(org);
    if (t === undefined) {
      t = { incidents: 0, people: 0, records: 0, latest: null };
      out.set(org, t);
    }
    t.incidents++;
    const v = index.value[i]!;
    if (!Number.isNaN(v) && index.unit[i] === people) t.people += v;
    if (!Number.isNaN(v) && index.unit[i] === records) t.records += v;
    const a = index.announced[i];
    if (a != null && (t.latest === null || a > t.latest)) t.latest = a;
  }
  return out;
}

const COLLATOR = new Intl.Collator("ja");
const normalize = (s: string) => s.normalize("NFKC").toLowerCase();

/** A page of organizations (those with incidents), filtered and sorted as the query asks. */
export function toOrganizationPage(
  organizations: readonly Organization[],
  totals: ReadonlyMap<number, OrganizationTotals>,
  query: OrganizationQuery,
): OrganizationPage {
  const text = query.text === undefined ? "" : normalize(query.text.trim());
  const matches = (o: Organization) =>
    text === "" || [o.name, o.key, ...o.aliases].some((name) => normalize(name).includes(text));
  const items: OrganizationSummary[] = [];
  for (const o of organizations) {
    const t = totals.get(o.id);
    if (t === undefined || (query.type !== undefined && o.type !== query.type) || !matches(o)) continue;
    items.push({ ...o, incidents: t.incidents, people: t.people, records: t.records, latestAnnounced: t.latest });
  }
  const sort = query.sort ?? "incidents";
  items.sort((a, b) => {
    if (sort === "name") return COLLATOR.compare(a.name, b.name) || a.id - b.id;
    if (sort === "latest") {
      if (a.latestAnnounced !== b.latestAnnounced) {
        if (a.latestAnnounced === null) return 1;
        if (b.latestAnnounced === null) return -1;
        return a.latestAnnounced < b.latestAnnounced ? 1 : -1;
      }
      return a.id - b.id;
    }
    return b.incidents - a.incidents || COLLATOR.compare(a.name, b.name) || a.id - b.id;
  });
  const limit = clamp(query.limit ?? 50, 0, 1000);
  const offset = clamp(query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER);
  return { total: items.length, items: items.slice(offset, offset + limit) };
}

function clamp(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : min;
}

/**
 * Keeps one value per generation: a whole-store view (the facet index, campaigns) is rebuilt once when the store has
 * changed, however many requests ask for it at once.
 */
export function cachedByGeneration<T>(generation: () => Promise<string>, build: () => Promise<T>): () => Promise<T> {
  let current: { readonly generation: string; readonly value: Promise<T> } | null = null;
  return async () => {
    const g = await generation();
    if (current === null || current.generation !== g) {
      const value = build();
      current = { generation: g, value };
      value.catch(() => {
        if (current?.value === value) current = null;
      });
    }
    return current.value;
  };
}
