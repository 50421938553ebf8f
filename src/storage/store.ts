/** @module The storage interface: one contract, two engines (SQLite embedded by default, PostgreSQL to scale). */
import type { Cause, Certainty, DataItem, Incident, Qualifier } from "../domain/incident.js";
import type {
  AuditEntry,
  Correction,
  Organization,
  OrganizationType,
  Report,
  Source,
  SourceStatus,
  StoredIncident,
} from "../domain/store.js";

/** A source about to be written (the store assigns the id). */
export type NewSource = Omit<Source, "id">;

/** An incident computed by the merge step, ready to be written (the store assigns the id). */
export type NewIncident = Omit<StoredIncident, "id" | "organizationId"> & {
  /** The organization it belongs to, by key; the store creates or updates the organization row. */
  readonly organization_key: string;
};

/** An organization as the merge step describes it. */
export type NewOrganization = Omit<Organization, "id" | "parentId"> & { readonly parentKey: string | null };

/** Filters and order for listing or searching incidents. Every field is optional; they combine with AND. */
export type IncidentQuery = {
  /**
   * Japanese full text over incidents (organization, also, evidence, CVEs, vector) and their sources (title, text).
   * Compared after NFKC and lower-casing; an incident matches when its text contains every space-separated term as an
   * exact substring, whatever its length (県, 流出, 不正アクセス). Punctuation inside a term splits it into terms.
   */
  readonly text?: string;
  /**
   * Announced range, in contract form and inclusive: `announcedTo: "2024-03"` takes in all of March 2024. Compared as
   * text, so a coarser date sorts before its finer ones ("2024" < "2024-01-01"). Incidents without a year
   * (--MM-DD, --MM) or without a date never match a range.
   */
  readonly announcedFrom?: string;
  readonly announcedTo?: string;
  readonly cause?: Cause;
  readonly dataItem?: DataItem;
  readonly organizationType?: OrganizationType;
  readonly minAffected?: number;
  readonly maxAffected?: number;
  readonly qualifier?: Qualifier;
  readonly certainty?: Certainty;
  /** Only the incidents of this organization (Organization.id). */
  readonly organizationId?: number;
  /**
   * Default `announced`; unknown values (and yearless dates) come last in both orders, then ties by id. `recent` is by
   * id: the order incidents were first stored in (newest first with the default order), for feeds.
   */
  readonly sort?: "announced" | "affected" | "recent";
  /** Default `desc`. */
  readonly order?: "asc" | "desc";
  /** Default 50, at most 1000 (allIncidents() reads everything). */
  readonly limit?: number;
  readonly offset?: number;
};

export type IncidentPage = {
  /**
   * How many incidents match: exact unless `estimated` is set. PostgreSQL estimates it (from the planner statistics of
   * its gram index) for a search expected to match at least 2,000 incidents and 2 % of all of them, where an exact count
   * would read every match; SQLite always counts.
   */
  readonly total: number;
  /** Set (true) when `total` is an estimate. */
  readonly estimated?: true;
  readonly items: readonly StoredIncident[];
};

/** Work inside one transaction: what ingesting one source reads and writes. */
export interface StoreTx {
  findSourceByHash(contentHash: string): Promise<Source | null>;
  /** The latest version stored under a key (file path or URL), or null. */
  latestSource(key: string): Promise<Source | null>;
  insertSource(source: NewSource): Promise<Source>;
  /**
   * Stores the extractor's incidents for a source as reports 0…n-1, with the keys of their names (organization and
   * also) for reportsNamedLike. Earlier versions of the key need no marking: lookups read only the latest version.
   */
  insertReports(sourceId: number, incidents: readonly Incident[]): Promise<readonly Report[]>;
  deleteReports(sourceId: number): Promise<void>;
  /** The reports of one source version. */
  reportsOfSource(sourceId: number): Promise<readonly Report[]>;
  /** Sources by id (for the key, hash and dates the merge step orders reports by). */
  sourcesByIds(ids: readonly number[]): Promise<readonly Source[]>;
  /**
   * Reports one of whose names (organization or also) has a key equal to one of these, starting with the same
   * character when one of the two has at most 4 characters (abbreviations: 国交省, 東商), or containing or contained in
   * one (2+ characters: 年金機構 ⊂ 北谷年金機構, 北浜市 ⊂ 北谷県北浜市), so the
   * caller can apply its alias rules; from the latest version of each source only, in id order. The store keys names
   * with the `nameKey` it was opened with, which must be the caller's key function.
   */
  reportsNamedLike(organizationKeys: readonly string[]): Promise<readonly Report[]>;
  /** Incident keys that currently hold any of these reports. */
  incidentKeysOfReports(reportIds: readonly number[]): Promise<readonly string[]>;
  /** The standing corrections of these incidents (one per incident and field), by incident key. */
  corrections(incidentKeys: readonly string[]): Promise<readonly Correction[]>;
  /** An incident as stored now, read inside the transaction. */
  incidentByKey(key: string): Promise<StoredIncident | null>;
  /**
   * Replaces incidents: deletes those with `removeKeys` and writes `incidents` (with their organizations, candidate
   * lists, source links and search index). Keys present in both are updated in place, keeping their ids.
   */
  replaceIncidents(
    removeKeys: readonly string[],
    incidents: readonly NewIncident[],
    organizations: readonly NewOrganization[],
  ): Promise<void>;
  /** Records a correction; a newer one for the same incident and field replaces it (the audit log keeps history). */
  addCorrection(correction: Correction): Promise<void>;
  appendAudit(entry: Omit<AuditEntry, "id">): Promise<void>;
}

export interface Store {
  readonly engine: "sqlite" | "postgres";
  /** Applies every pending versioned migration. Safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `fn` in one transaction: all of it is written or none of it (a process killed mid-way leaves nothing half
   * written). Concurrent writers wait, in this process or another (SQLite: BEGIN IMMEDIATE with a busy timeout;
   * PostgreSQL: a transaction-scoped advisory lock), so `fn` runs once and is never retried. Inside `fn`, use only `tx`:
   * the Store's own methods do not see its writes (PostgreSQL) or reject (SQLite, where they would wait on it).
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * A token that differs after any write transaction committed since it was read, by this store or by another
   * connection or process on the same database: the one notion of "the store changed" (the facet index, the server's
   * response cache, statistics snapshot and campaigns are all keyed by it; a spurious change is allowed, a missed one
   * is not). Cheap: one tiny statement. SQLite: `PRAGMA data_version` (commits by other connections) with a count of
   * this store's `transaction()` commits; PostgreSQL: a one-row counter that every `transaction()` bumps. Bookkeeping
   * outside transactions (feeds, a token's last use, watchlists) does not change it.
   */
  changeToken(): Promise<string>;

  getIncident(idOrKey: number | string): Promise<StoredIncident | null>;
  listIncidents(query: IncidentQuery): Promise<IncidentPage>;
  /** Every incident in id order, read a page at a time. */
  allIncidents(): AsyncIterable<StoredIncident>;
  getSource(id: number): Promise<Source | null>;
  allSources(): AsyncIterable<Source>;
  sourceCount(status?: SourceStatus): Promise<number>;
  getOrganization(id: number): Promise<Organization | null>;
  audit(incidentKey: string): Promise<readonly AuditEntry[]>;

  // ---- Browsing: facets, organizations, sources (the server's list pages) ----
  /**
   * Counts over every incident the query matches (limit, offset, sort and order are ignored), per facet: see Facets.
   * Both engines answer from an in-memory index of the filter columns rebuilt when `changeToken()` changes (facets.ts);
   * the text part of a query is answered by the search index.
   */
  incidentFacets(query: IncidentQuery): Promise<Facets>;
  /** Organizations that have at least one incident, with their counts (see OrganizationQuery). */
  listOrganizations(query: OrganizationQuery): Promise<OrganizationPage>;
  /** Sources newest first, without their text. */
  listSources(query: SourceQuery): Promise<SourcePage>;

  /** Feeds polled by `roei feeds poll`, with their HTTP validators. */
  addFeed(url: string): Promise<void>;
  feeds(): Promise<readonly FeedState[]>;
  updateFeed(state: FeedState): Promise<void>;
  /** Item ids (guid or link) already seen for a feed. */
  seenFeedItems(url: string, ids: readonly string[]): Promise<ReadonlySet<string>>;
  markFeedItems(url: string, ids: readonly string[]): Promise<void>;

  // --- Server: feeds removed, API tokens, watchlists (src/faces/server/auth, src/ingest/watchlists.ts) ---

  /** Forgets a feed and the items seen for it; false when there was no such feed. */
  removeFeed(url: string): Promise<boolean>;
  /** Stores a token by its hash (the token itself is never stored). */
  addToken(token: NewToken): Promise<TokenRecord>;
  /** Every token, revoked ones too, in id order. */
  tokens(): Promise<readonly TokenRecord[]>;
  tokenByHash(hash: string): Promise<TokenRecord | null>;
  touchToken(id: number, at: string): Promise<void>;
  /** Marks a token revoked; false when there is no such token or it was already revoked. */
  revokeToken(id: number, at: string): Promise<boolean>;
  addWatchlist(watchlist: NewWatchlist): Promise<Watchlist>;
  watchlists(): Promise<readonly Watchlist[]>;
  removeWatchlist(id: number): Promise<boolean>;
  /** After a delivery attempt: the last incident id checked (on success) and the error (null on success). */
  recordWatchlistDelivery(id: number, lastIncidentId: number, lastError: string | null): Promise<void>;
  /** The highest incident id (0 when there is none): where a new watchlist starts. */
  latestIncidentId(): Promise<number>;
  /** Incidents with an id above `afterId`, in id order, at most `limit`. */
  incidentsAfter(afterId: number, limit: number): Promise<readonly StoredIncident[]>;
}

export type TokenRole = "editor" | "admin";

/** An API token as stored: its SHA-256 hash, never the token. */
export type TokenRecord = {
  readonly id: number;
  readonly role: TokenRole;
  readonly name: string;
  readonly hash: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
};

export type NewToken = Pick<TokenRecord, "role" | "name" | "hash" | "createdAt">;

/** A saved search whose new matches are POSTed to a webhook. */
export type Watchlist = {
  readonly id: number;
  readonly name: string;
  /** The list parameters of /api/incidents (q, from, cause, …), as given. */
  readonly query: Readonly<Record<string, string>>;
  readonly webhookUrl: string;
  readonly createdAt: string;
  /** Incidents up to this id have been checked (and matches delivered). */
  readonly lastIncidentId: number;
  readonly lastError: string | null;
};

export type NewWatchlist = Pick<Watchlist, "name" | "query" | "webhookUrl" | "createdAt" | "lastIncidentId">;

export type FeedState = {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly lastError: string | null;
};

/** One facet value and how many matching incidents have it. */
export type FacetCount = { readonly value: string; readonly count: number };

/**
 * Counts of the incidents a query matches, per facet; values with no incident are left out.
 * - `year`: the year of `announced`, newest first, then `unknown` (no date, or a date without a year).
 * - `cause`, `organizationType`, `certainty`: most frequent first (ties by value).
 * - `dataItem`: an incident counts once for each item it lists, so these add up to more than `total`.
 * - `size`: the affected figure (people or records as announced) in the bands of SIZE_BANDS (facets.ts), in band
 *   order, then `unknown` (no figure).
 */
export type Facets = {
  readonly total: number;
  readonly year: readonly FacetCount[];
  readonly cause: readonly FacetCount[];
  readonly organizationType: readonly FacetCount[];
  readonly dataItem: readonly FacetCount[];
  readonly size: readonly FacetCount[];
  readonly certainty: readonly FacetCount[];
};

export type OrganizationQuery = {
  /** Part of the name, an alias or the key (compared after NFKC and lower-casing). */
  readonly text?: string;
  readonly type?: OrganizationType;
  /** `incidents` (most first, the default), `name` (Japanese collation), `latest` (latest announcement first). */
  readonly sort?: "incidents" | "name" | "latest";
  /** Default 50, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
};

/** An organization with what its incidents add up to. */
export type OrganizationSummary = Organization & {
  readonly incidents: number;
  /** Sums of the known figures, people and records apart (最大/約 figures as given). */
  readonly people: number;
  readonly records: number;
  /** The latest `announced` with a year among its incidents, or null. */
  readonly latestAnnounced: string | null;
};

export type OrganizationPage = { readonly total: number; readonly items: readonly OrganizationSummary[] };

export type SourceQuery = {
  readonly status?: SourceStatus;
  /** Only sources whose key starts with this (`sample:` for the bundled samples). */
  readonly keyPrefix?: string;
  /** Default 50, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
};

/** A source without its text. */
export type SourceSummary = Omit<Source, "text" | "contentHash">;

export type SourcePage = { readonly total: number; readonly items: readonly SourceSummary[] };
