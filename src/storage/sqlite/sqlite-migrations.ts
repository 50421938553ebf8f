/** @module SQLite schema, as versioned migrations applied in order and recorded in schema_migrations. */

import type { Migration } from "../migration.js";

const INIT = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  version INTEGER NOT NULL,
  fetched_at TEXT NOT NULL,
  published TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  text TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'skipped')),
  error TEXT,
  UNIQUE (key, version)
);
CREATE INDEX sources_status ON sources (status);

CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  incident TEXT NOT NULL,
  UNIQUE (source_id, idx)
);

-- Keys of the names a report gives (organization and also), for reportsNamedLike.
CREATE TABLE report_names (
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  name_key TEXT NOT NULL,
  head TEXT NOT NULL,
  PRIMARY KEY (report_id, name_key)
) WITHOUT ROWID;
CREATE INDEX report_names_key ON report_names (name_key);
CREATE INDEX report_names_head ON report_names (head);

CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  type TEXT NOT NULL,
  parent_id INTEGER REFERENCES organizations (id) ON DELETE SET NULL
);

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  organization_id INTEGER NOT NULL REFERENCES organizations (id),
  organization TEXT NOT NULL,
  organization_type TEXT NOT NULL,
  announced TEXT,
  affected_value INTEGER,
  affected_qualifier TEXT,
  affected_unit TEXT,
  cause TEXT NOT NULL,
  certainty TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX incidents_announced ON incidents (announced);
CREATE INDEX incidents_affected ON incidents (affected_value);
CREATE INDEX incidents_cause ON incidents (cause);
CREATE INDEX incidents_organization ON incidents (organization_id);

CREATE TABLE incident_data_items (
  item TEXT NOT NULL,
  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  PRIMARY KEY (item, incident_id)
) WITHOUT ROWID;
CREATE INDEX incident_data_items_incident ON incident_data_items (incident_id);

CREATE TABLE incident_sources (
  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  PRIMARY KEY (incident_id, source_id)
) WITHOUT ROWID;
CREATE INDEX incident_sources_source ON incident_sources (source_id);

CREATE TABLE incident_reports (
  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  PRIMARY KEY (incident_id, report_id)
) WITHOUT ROWID;
CREATE INDEX incident_reports_report ON incident_reports (report_id);

CREATE TABLE candidates (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  chosen INTEGER NOT NULL
);
CREATE INDEX candidates_incident ON candidates (incident_id);
CREATE INDEX candidates_report ON candidates (report_id);

-- One standing correction per incident and field; audit_log keeps the history.
CREATE TABLE corrections (
  incident_key TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  reason TEXT NOT NULL,
  who TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (incident_key, field)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  incident_key TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  new_value TEXT NOT NULL,
  why TEXT NOT NULL
);
CREATE INDEX audit_log_incident ON audit_log (incident_key, id);

CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_polled_at TEXT,
  last_error TEXT
);

CREATE TABLE feed_items (
  feed_url TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_id)
) WITHOUT ROWID;

-- Search: bigram phrases (positions kept) and single characters (no positions), rowid = incidents.id.
CREATE VIRTUAL TABLE incident_grams USING fts5 (grams, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE incident_chars USING fts5 (chars, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'none');
`;

/**
 * One search table whose rowid is announcedKey * 2^24 + id (sqlite-search.ts): newest-first pages and announced ranges
 * become FTS5 rowid order and bounds, and facet tokens let FTS5 count filtered searches on its own.
 */
const SEARCH_BY_ANNOUNCED = `
DROP TABLE incident_grams;
DROP TABLE incident_chars;
ALTER TABLE incidents ADD COLUMN fts_rowid INTEGER;
CREATE INDEX incidents_announced_asc ON incidents (announced IS NULL, announced, id);
CREATE INDEX incidents_affected_asc ON incidents (affected_value IS NULL, affected_value, id);
CREATE VIRTUAL TABLE incident_fts USING fts5 (grams, chars, facets, content = '', contentless_delete = 1, tokenize = 'ascii');
`;

/**
 * The bigrams of each report name key, so reportsNamedLike finds the names containing a key through an index (the
 * key's first bigram) instead of reading every name. Filled from report_names (substr counts characters).
 */
const REPORT_NAME_GRAMS = `
CREATE TABLE report_name_grams (
  gram TEXT NOT NULL,
  name_key TEXT NOT NULL,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  PRIMARY KEY (gram, name_key, report_id)
) WITHOUT ROWID;
CREATE INDEX report_name_grams_report ON report_name_grams (report_id);
INSERT OR IGNORE INTO report_name_grams (gram, name_key, report_id)
WITH RECURSIVE pos (report_id, name_key, i) AS (
  SELECT report_id, name_key, 1 FROM report_names WHERE length(name_key) >= 2
  UNION ALL SELECT report_id, name_key, i + 1 FROM pos WHERE i + 2 <= length(name_key)
)
SELECT substr(name_key, i, 2), name_key, report_id FROM pos;
`;

/** API tokens (by SHA-256 hash, never the token) and watchlists (a saved list query and its webhook), for the server. */
const TOKENS_WATCHLISTS = `
CREATE TABLE tokens (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
  name TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE TABLE watchlists (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  webhook_url TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_incident_id INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
`;

/** Every migration, oldest first. Append; never edit one that has shipped. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "init", sql: INIT },
  { version: 2, name: "search_by_announced", sql: SEARCH_BY_ANNOUNCED, reindex: true },
  { version: 3, name: "report_name_grams", sql: REPORT_NAME_GRAMS },
  { version: 4, name: "tokens_watchlists", sql: TOKENS_WATCHLISTS },
];
