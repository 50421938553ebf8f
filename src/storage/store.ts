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
  /** Japanese full text over incidents and their sources; 1- and 2-character terms match. Space-separated terms AND. */
  readonly text?: string;
  readonly announcedFrom?: string;
  readonly announcedTo?: string;
  readonly cause?: Cause;
  readonly dataItem?: DataItem;
  readonly organizationType?: OrganizationType;
  readonly minAffected?: number;
  readonly maxAffected?: number;
  readonly qualifier?: Qualifier;
  readonly certainty?: Certainty;
  readonly sort?: "announced" | "affected";
  readonly order?: "asc" | "desc";
  readonly limit?: number;
  readonly offset?: number;
};

export type IncidentPage = { readonly total: number; readonly items: readonly StoredIncident[] };

/** Work inside one transaction: what ingesting one source reads and writes. */
export interface StoreTx {
  findSourceByHash(contentHash: string): Promise<Source | null>;
  /** The latest version stored under a key (file path or URL), or null. */
  latestSource(key: string): Promise<Source | null>;
  insertSource(source: NewSource): Promise<Source>;
  /** Marks a key's earlier versions as superseded so only its latest version's reports count. */
  insertReports(sourceId: number, incidents: readonly Incident[]): Promise<readonly Report[]>;
  deleteReports(sourceId: number): Promise<void>;
  /** The reports of one source version. */
  reportsOfSource(sourceId: number): Promise<readonly Report[]>;
  /** Sources by id (for the key, hash and dates the merge step orders reports by). */
  sourcesByIds(ids: readonly number[]): Promise<readonly Source[]>;
  /**
   * Reports whose organization name has one of these keys (or whose key starts with the same character, so the caller
   * can apply its alias rules), from the latest version of each source only.
   */
  reportsNamedLike(organizationKeys: readonly string[]): Promise<readonly Report[]>;
  /** Incident keys that currently hold any of these reports. */
  incidentKeysOfReports(reportIds: readonly number[]): Promise<readonly string[]>;
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
   * written). Concurrent writers from other processes wait (SQLite: BEGIN IMMEDIATE with a busy timeout; PostgreSQL:
   * SERIALIZABLE with retry, or an advisory lock).
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;

  getIncident(idOrKey: number | string): Promise<StoredIncident | null>;
  listIncidents(query: IncidentQuery): Promise<IncidentPage>;
  allIncidents(): AsyncIterable<StoredIncident>;
  getSource(id: number): Promise<Source | null>;
  allSources(): AsyncIterable<Source>;
  sourceCount(status?: SourceStatus): Promise<number>;
  getOrganization(id: number): Promise<Organization | null>;
  audit(incidentKey: string): Promise<readonly AuditEntry[]>;

  /** Feeds polled by `roei feeds poll`, with their HTTP validators. */
  addFeed(url: string): Promise<void>;
  feeds(): Promise<readonly FeedState[]>;
  updateFeed(state: FeedState): Promise<void>;
  /** Item ids (guid or link) already seen for a feed. */
  seenFeedItems(url: string, ids: readonly string[]): Promise<ReadonlySet<string>>;
  markFeedItems(url: string, ids: readonly string[]): Promise<void>;
}

export type FeedState = {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly lastError: string | null;
};
