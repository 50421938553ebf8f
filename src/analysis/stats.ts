/**
 * @module Incidents → statistics: counts of incidents and of people per group (year, month, cause, JNSA and TSR cause
 * categories, organization type, industry, media, data item, size, disclosure lag), the disclosure lag, the largest
 * incidents and organizations with repeated incidents. Pure over an iterable; one pass, then small tables.
 */
import { CAUSES, DATA_ITEMS, type Incident } from "../domain/incident.js";
import type { OrganizationType } from "../domain/store.js";
import { toKey } from "../pipeline/extract/aliases.js";
import { classifyOrganization } from "../pipeline/fields/organization-type.js";
import { type CountTotal, toCountTotals } from "./campaigns.js";
import { JNSA_CAUSES, TSR_CAUSES, toJnsaCause, toTsrCause } from "./classify/cause-category.js";
import { toDaysBetween, toMonth, toYear } from "./classify/dates.js";
import { INDUSTRIES, toIndustry } from "./classify/industry.js";
import { CAUSE_JA, DATA_ITEM_JA, ORGANIZATION_TYPE_JA } from "./classify/labels.js";
import { ROUTE_JA, ROUTES, toRoute } from "./classify/route.js";

export const STATS_DIMENSIONS = [
  "year",
  "month",
  "cause",
  "jnsa_cause",
  "tsr_cause",
  "org_type",
  "industry",
  "media",
  "data_item",
  "size",
  "lag",
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** The tables shown when no `by` is asked for: the views of the JNSA and TSR reports. */
export const DEFAULT_DIMENSIONS: readonly StatsDimension[] = [
  "year",
  "jnsa_cause",
  "tsr_cause",
  "org_type",
  "industry",
  "media",
  "size",
  "lag",
];

/** What statistics read: an incident, with its key and stored organization type when it comes from the store. */
export type StatsIncident = Incident & { readonly key?: string; readonly organizationType?: OrganizationType };

export type StatsOptions = {
  /** Announced range in contract form, inclusive (2024-03 takes in all of March); undated incidents then drop out. */
  readonly from?: string;
  readonly to?: string;
  readonly by?: StatsDimension;
  /** Several tables at once, in this order (overrides `by`). */
  readonly dimensions?: readonly StatsDimension[];
  /** How many incidents the top list holds (default 10). */
  readonly top?: number;
};

export type StatsRow = {
  readonly group: string;
  readonly label: string;
  readonly incidents: number;
  /** Share of all incidents in the period, in percent, one decimal. */
  readonly share: number;
  readonly people: CountTotal;
  readonly records: CountTotal;
  readonly unknown: number;
};

export type StatsTable = {
  readonly by: StatsDimension;
  /** Japanese title of the view (原因別 (JNSA分類) …). */
  readonly title: string;
  /** True when an incident can count in several rows (data items): the rows then don't add up to the total. */
  readonly multiValued: boolean;
  readonly rows: readonly StatsRow[];
};

export type LagSummary = {
  /** Incidents with both a discovery and an announcement day. */
  readonly measured: number;
  readonly medianDays: number | null;
  readonly buckets: readonly { readonly label: string; readonly incidents: number }[];
};

export type TopIncident = {
  readonly key: string | null;
  readonly organization: string;
  readonly announced: string | null;
  readonly affected: Incident["affected"];
};

export type StatsReport = {
  readonly from: string | null;
  readonly to: string | null;
  readonly incidents: number;
  readonly people: CountTotal;
  readonly records: CountTotal;
  readonly unknown: number;
  /** How the figures were counted, in Japanese: printed with every output. */
  readonly method: readonly string[];
  readonly tables: readonly StatsTable[];
  readonly lag: LagSummary;
  readonly top: readonly TopIncident[];
  readonly repeated: readonly { readonly organization: string; readonly incidents: number; readonly keys: string[] }[];
};

/** The counting rules, stated as 東京商工リサーチ states its own (legal-rules.md §6, anchors.md §5.2). */
export const STATS_METHOD: readonly string[] = [
  "人数は東京商工リサーチの集計と同じく、公表された数値（「最大」「約」「延べ」「以上」を含む）をそのまま合算しています（最大値の合算）。",
  "単位が「件」の数値（レコード・ID・通数）は人数と分けて合算しています。",
  "人数・件数が不明な事故は事故件数に数え、人数・件数には加えていません。",
  "公表日のない事故は年・月別で「不明」に入り、期間（--from/--to）を指定すると対象外になります。",
];

/**
 * One incident reduced to what the tables need, computed once and grouped many times: a server keeps these for a whole
 * store (a few hundred bytes each, where the incident itself is kilobytes) and builds a report for any period from them.
 */
export type StatsEntry = {
  readonly key: string | null;
  readonly organization: string;
  /** The organization's name key (株式会社 etc. removed), for repeated incidents. */
  readonly organizationKey: string;
  readonly announced: string | null;
  readonly affected: Incident["affected"];
  /** Groups of the dimensions the entry was made for (the others are absent). */
  readonly groups: Readonly<Partial<Record<StatsDimension, readonly string[]>>>;
  readonly lagDays: number | null;
};

/** The dimensions a report's tables need. */
function dimensionsOf(options: StatsOptions): readonly StatsDimension[] {
  return options.dimensions ?? (options.by === undefined ? DEFAULT_DIMENSIONS : [options.by]);
}

/** Statistics over incidents, in one pass over the iterable. */
export function toStats(incidents: Iterable<StatsIncident>, options: StatsOptions = {}): StatsReport {
  const dimensions = dimensionsOf(options);
  const entries: StatsEntry[] = [];
  for (const incident of incidents) {
    if (isInPeriod(incident.announced, options.from, options.to)) entries.push(toStatsEntry(incident, dimensions));
  }
  return toStatsReport(entries, options);
}

/** Statistics over entries made beforehand (toStatsEntry with at least the dimensions asked for). */
export function toStatsReport(entries: Iterable<StatsEntry>, options: StatsOptions = {}): StatsReport {
  const rows = [...entries].filter((e) => isInPeriod(e.announced, options.from, options.to));
  const totals = toCountTotals(rows.map((r) => r.affected));
  return {
    from: options.from ?? null,
    to: options.to ?? null,
    incidents: rows.length,
    ...totals,
    method: STATS_METHOD,
    tables: dimensionsOf(options).map((by) => toTable(rows, by)),
    lag: toLagSummary(rows),
    top: toTop(rows, options.top ?? 10),
    repeated: toRepeated(rows),
  };
}

/** Contract-date range check, as the store's announcedFrom/To: compared as text, `to` taking in its finer dates. */
export function isInPeriod(announced: string | null, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (announced === null || toYear(announced) === null) return false;
  if (from !== undefined && announced < from) return false;
  if (to !== undefined && announced > to && !announced.startsWith(to)) return false;
  return true;
}

const UNKNOWN = "不明";

/** What each dimension groups an incident under (data items: several groups). */
const GROUPERS: Readonly<
  Record<StatsDimension, (incident: StatsIncident, type: OrganizationType, lagDays: number | null) => readonly string[]>
> = {
  year: (i) => [toYear(i.announced) ?? UNKNOWN],
  month: (i) => [toMonth(i.announced) ?? UNKNOWN],
  cause: (i) => [i.cause],
  jnsa_cause: (i) => [toJnsaCause(i)],
  tsr_cause: (i) => [toTsrCause(i)],
  org_type: (_, type) => [type],
  industry: (i, type) => [toIndustry(i.organization, type)],
  media: (i) => [toRoute(i).route],
  data_item: (i) => (i.data_items.length > 0 ? i.data_items : [UNKNOWN]),
  size: (i) => [toSizeBucket(i.affected.value)],
  lag: (_, _type, lagDays) => [toLagBucket(lagDays)],
};

/** An incident's entry for these dimensions (the lag band is always included: the lag summary reads it). */
export function toStatsEntry(
  incident: StatsIncident,
  dimensions: readonly StatsDimension[] = STATS_DIMENSIONS,
): StatsEntry {
  const type = incident.organizationType ?? classifyOrganization(incident.organization).type;
  const lagDays = toLagDays(incident);
  const groups: Partial<Record<StatsDimension, readonly string[]>> = {};
  for (const by of new Set<StatsDimension>([...dimensions, "lag"])) groups[by] = GROUPERS[by](incident, type, lagDays);
  return {
    key: incident.key ?? null,
    organization: incident.organization,
    organizationKey: toKey(incident.organization),
    announced: incident.announced,
    affected: incident.affected,
    groups,
    lagDays,
  };
}

/** Days from the first discovery to the announcement (the incident's date, else its first announced event). */
export function toLagDays(incident: Incident): number | null {
  const discovered = incident.timeline.filter((e) => e.kind === "discovered").map((e) => e.date);
  const announced = incident.announced ?? incident.timeline.find((e) => e.kind === "announced")?.date ?? null;
  if (announced === null) return null;
  const lags = discovered.map((d) => toDaysBetween(d, announced)).filter((d): d is number => d !== null);
  return lags.length === 0 ? null : Math.max(...lags);
}

/** JNSA's 漏えい規模 bands (anchors.md §5.1), applied to the headline figure whatever its unit (人 or 件). */
const SIZE_BUCKETS: readonly (readonly [below: number, label: string])[] = [
  [10, "10未満"],
  [100, "10〜100未満"],
  [1_000, "100〜1,000未満"],
  [10_000, "1,000〜1万未満"],
  [100_000, "1万〜10万未満"],
  [1_000_000, "10万〜100万未満"],
  [Number.POSITIVE_INFINITY, "100万以上"],
];

function toSizeBucket(value: number | null): string {
  if (value === null) return UNKNOWN;
  return SIZE_BUCKETS.find(([below]) => value < below)![1];
}

/** Disclosure lag bands (discovery → announcement), in days; a negative lag is a data problem, shown apart. */
const LAG_BUCKETS: readonly (readonly [upTo: number, label: string])[] = [
  [0, "当日"],
  [3, "1〜3日"],
  [7, "4〜7日"],
  [30, "8〜30日"],
  [90, "31〜90日"],
  [365, "91〜365日"],
  [Number.POSITIVE_INFINITY, "1年超"],
];
const LAG_NEGATIVE = "発覚が公表より後（要確認）";
const LAG_UNKNOWN = "不明（発覚日・公表日なし）";

function toLagBucket(days: number | null): string {
  if (days === null) return LAG_UNKNOWN;
  if (days < 0) return LAG_NEGATIVE;
  return LAG_BUCKETS.find(([upTo]) => days <= upTo)![1];
}

/** Row order and labels per dimension: the category lists' own order, dates in time order, 不明 last. */
const ORDER: Readonly<Record<StatsDimension, readonly string[] | null>> = {
  year: null,
  month: null,
  cause: CAUSES,
  jnsa_cause: JNSA_CAUSES,
  tsr_cause: TSR_CAUSES,
  org_type: Object.keys(ORGANIZATION_TYPE_JA),
  industry: INDUSTRIES,
  media: ROUTES,
  data_item: [...DATA_ITEMS, UNKNOWN],
  size: [...SIZE_BUCKETS.map(([, label]) => label), UNKNOWN],
  lag: [...LAG_BUCKETS.map(([, label]) => label), LAG_NEGATIVE, LAG_UNKNOWN],
};

const TITLES: Readonly<Record<StatsDimension, string>> = {
  year: "公表年別",
  month: "公表月別",
  cause: "原因別（roei分類）",
  jnsa_cause: "原因別（JNSA分類）",
  tsr_cause: "原因別（東京商工リサーチ分類）",
  org_type: "組織種別",
  industry: "業種別（JNSA・日本標準産業分類）",
  media: "漏えい媒体・経路別",
  data_item: "漏えい項目別（1件が複数項目に数えられます）",
  size: "漏えい規模別（人・件）",
  lag: "発覚から公表までの日数別",
};

const LABELS: Readonly<Partial<Record<StatsDimension, Readonly<Record<string, string>>>>> = {
  cause: CAUSE_JA,
  org_type: ORGANIZATION_TYPE_JA,
  media: ROUTE_JA,
  data_item: DATA_ITEM_JA,
};

function toTable(rows: readonly StatsEntry[], by: StatsDimension): StatsTable {
  const members = new Map<string, StatsEntry[]>();
  for (const row of rows) {
    const groups = row.groups[by];
    if (groups === undefined) throw new Error(`stats: entries were made without the ${by} dimension`);
    for (const group of groups) {
      const list = members.get(group);
      if (list === undefined) members.set(group, [row]);
      else list.push(row);
    }
  }
  const order = ORDER[by];
  const rank = (g: string) => (g === UNKNOWN ? Number.MAX_SAFE_INTEGER : (order?.indexOf(g) ?? 0));
  const groups = [...members.keys()].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
  return {
    by,
    title: TITLES[by],
    multiValued: by === "data_item",
    rows: groups.map((group) => toStatsRow(group, LABELS[by]?.[group] ?? group, members.get(group)!, rows.length)),
  };
}

function toStatsRow(group: string, label: string, members: readonly StatsEntry[], all: number): StatsRow {
  const totals = toCountTotals(members.map((r) => r.affected));
  const share = all === 0 ? 0 : Math.round((members.length / all) * 1000) / 10;
  return { group, label, incidents: members.length, share, ...totals };
}

function toLagSummary(rows: readonly StatsEntry[]): LagSummary {
  const lags = rows
    .map((r) => r.lagDays)
    .filter((d): d is number => d !== null && d >= 0)
    .sort((a, b) => a - b);
  const mid = Math.floor(lags.length / 2);
  const median = lags.length === 0 ? null : lags.length % 2 === 1 ? lags[mid]! : (lags[mid - 1]! + lags[mid]!) / 2;
  return {
    measured: lags.length,
    medianDays: median,
    buckets: toTable(rows, "lag").rows.map((r) => ({ label: r.label, incidents: r.incidents })),
  };
}

/** The largest incidents by their headline figure (people and records alike), ties by date then key. */
function toTop(rows: readonly StatsEntry[], n: number): TopIncident[] {
  return rows
    .filter((i) => i.affected.value !== null)
    .sort(
      (a, b) =>
        b.affected.value! - a.affected.value! ||
        compareText(a.announced ?? "", b.announced ?? "") ||
        compareText(a.key ?? "", b.key ?? ""),
    )
    .slice(0, n)
    .map((i) => ({ key: i.key ?? null, organization: i.organization, announced: i.announced, affected: i.affected }));
}

/** Organizations with more than one incident in the period (names compared after removing 株式会社 etc.). */
function toRepeated(rows: readonly StatsEntry[]): StatsReport["repeated"] {
  const byOrg = new Map<string, StatsEntry[]>();
  for (const entry of rows) {
    const list = byOrg.get(entry.organizationKey);
    if (list === undefined) byOrg.set(entry.organizationKey, [entry]);
    else list.push(entry);
  }
  return [...byOrg.values()]
    .filter((list) => list.length >= 2)
    .map((list) => ({
      organization: [...list].sort((a, b) => b.organization.length - a.organization.length)[0]!.organization,
      incidents: list.length,
      keys: list.map((i) => i.key ?? "").sort(compareText),
    }))
    .sort((a, b) => b.incidents - a.incidents || compareText(a.organization, b.organization));
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Incidents counted by two dimensions at once (cause per year, for a stacked chart). */
export type StatsCrossTable = {
  readonly rowsBy: StatsDimension;
  readonly columnsBy: StatsDimension;
  readonly rows: readonly { readonly group: string; readonly label: string }[];
  readonly columns: readonly { readonly group: string; readonly label: string }[];
  /** counts[r][c]: incidents in row group r and column group c. */
  readonly counts: readonly (readonly number[])[];
};

/** A cross table of incident counts over entries in the period, rows and columns in each dimension's table order. */
export function toStatsCrossTable(
  entries: Iterable<StatsEntry>,
  rowsBy: StatsDimension,
  columnsBy: StatsDimension,
  options: Pick<StatsOptions, "from" | "to"> = {},
): StatsCrossTable {
  const rows = [...entries].filter((e) => isInPeriod(e.announced, options.from, options.to));
  const rowGroups = toTable(rows, rowsBy).rows;
  const columnGroups = toTable(rows, columnsBy).rows;
  const rowIndex = new Map(rowGroups.map((r, i) => [r.group, i]));
  const columnIndex = new Map(columnGroups.map((c, i) => [c.group, i]));
  const counts = rowGroups.map(() => columnGroups.map(() => 0));
  for (const entry of rows) {
    for (const r of entry.groups[rowsBy]!) {
      for (const c of entry.groups[columnsBy]!) counts[rowIndex.get(r)!]![columnIndex.get(c)!]!++;
    }
  }
  const head = ({ group, label }: { group: string; label: string }) => ({ group, label });
  return { rowsBy, columnsBy, rows: rowGroups.map(head), columns: columnGroups.map(head), counts };
}
