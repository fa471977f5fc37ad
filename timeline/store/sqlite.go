package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite": pure Go, FTS5 built in
)

// DefaultPath is the store a command uses without --store.
const DefaultPath = "chronograph.db"

// Options tune Open.
type Options struct {
	// ReadOnly opens an existing store without writing to it (a server):
	// a missing store or one with an older schema is an error.
	ReadOnly bool
}

// Open opens the store at path — a SQLite file, or a PostgreSQL database
// named by a postgres:// or postgresql:// URL — creating it unless
// read-only, and brings its schema up to date.
func Open(ctx context.Context, path string, opts Options) (Store, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path, opts)
	}
	return openSQLite(ctx, path, opts)
}

// openSQLite opens the embedded store: one file, written in WAL mode so
// that a crash (kill -9, power cut aside) loses at most the document being
// written, and readers never wait for the writer.
func openSQLite(ctx context.Context, path string, opts Options) (*sqlStore, error) {
	if path == "" {
		path = DefaultPath
	}
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store %s: %w (run `chronograph ingest --store %s INPUT…` first)", path, err, path)
		}
	}
	q := url.Values{}
	// Pages of 8 KB for a new store (an existing one keeps its own): a
	// document's row, its result and text, often takes more than half of
	// 4 KB, so that two did not fit in a page (4 KB pages: 5% larger).
	// (The driver runs the _pragma list sorted by name, then
	// _journal_mode: the page size is set before WAL fixes it.)
	q.Add("_pragma", "page_size(8192)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_journal_mode", "WAL")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(OFF)")
	q.Add("_pragma", "cache_size(-65536)") // 64 MB of pages: a finish rewrites large tables
	// Statement journals (each multi-row INSERT of a transaction keeps
	// one to undo itself) and the finish's temporary tables in memory:
	// in a file they cost an ingest a write call per page, a third of
	// its system time.
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Add("_txlock", "immediate")
	if opts.ReadOnly {
		q.Add("mode", "ro")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	s := &sqlStore{db: &db{DB: sdb, d: sqliteDialect{}, pinned: newPinnedConn()}, path: path}
	if err := s.migrate(ctx, opts.ReadOnly); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// sqliteMigrations are the schema, in order: migration i brings a store
// from version i to i+1. Never change one that has shipped; append
// another, and its PostgreSQL form to postgresMigrations.
var sqliteMigrations = []string{
	// 1: the first schema.
	`
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (
	id INTEGER PRIMARY KEY,
	hash TEXT NOT NULL UNIQUE,   -- SHA-256 of the text: the document's identity
	doc_id TEXT NOT NULL,        -- the JSON id, else the source
	source TEXT NOT NULL,        -- the least source it was read from
	title TEXT NOT NULL, url TEXT NOT NULL, author TEXT NOT NULL, lang TEXT NOT NULL,
	published TEXT NOT NULL,     -- YYYY-MM-DD, '' when undated
	week TEXT NOT NULL,          -- Monday of published's week, '' when undated
	date_source TEXT NOT NULL,
	bytes INTEGER NOT NULL,
	ingested TEXT NOT NULL,
	partial BLOB NOT NULL        -- the timeline.Partial, sentence texts left out, deflated JSON
);
CREATE INDEX docs_published ON docs(published);
CREATE TABLE locals (
	id INTEGER PRIMARY KEY,
	key TEXT NOT NULL UNIQUE,    -- timeline.LocalEntity.Key
	type TEXT NOT NULL, aliases TEXT NOT NULL, langs TEXT NOT NULL, abbrevs TEXT NOT NULL, -- JSON
	mentions INTEGER NOT NULL,
	cited INTEGER NOT NULL,      -- mentions that cite it as a source
	first TEXT NOT NULL, last TEXT NOT NULL, -- earliest and latest event dates naming it
	entity TEXT                  -- set by Finish; NULL when dropped or not yet resolved
);
CREATE INDEX locals_entity ON locals(entity);
CREATE TABLE doc_locals (local INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (local, doc)) WITHOUT ROWID;
CREATE INDEX doc_locals_doc ON doc_locals(doc);
CREATE TABLE sentences (
	id INTEGER PRIMARY KEY,
	doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
	lang TEXT NOT NULL, text TEXT NOT NULL, dated INTEGER NOT NULL
);
CREATE INDEX sentences_doc ON sentences(doc, start);
CREATE TABLE sentence_locals (local INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (local, sentence)) WITHOUT ROWID;
CREATE TABLE local_edges (a INTEGER NOT NULL, b INTEGER NOT NULL, week TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b, week)) WITHOUT ROWID;
CREATE TABLE local_weeks (local INTEGER NOT NULL, week TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (local, week)) WITHOUT ROWID;
CREATE TABLE events (
	id INTEGER PRIMARY KEY,
	key BLOB NOT NULL UNIQUE,    -- date and normalised text
	ev_id TEXT NOT NULL, date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL,
	anchor TEXT NOT NULL, text TEXT NOT NULL, lang TEXT NOT NULL,
	rep_hash TEXT NOT NULL, rep_start INTEGER NOT NULL, -- the source text and date_text are from
	day_from TEXT NOT NULL, day_to TEXT NOT NULL         -- the days the date covers
);
CREATE INDEX events_date ON events(date, ev_id);
CREATE TABLE event_sources (event INTEGER NOT NULL, doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (event, doc, start)) WITHOUT ROWID;
CREATE TABLE event_locals (local INTEGER NOT NULL, event INTEGER NOT NULL, PRIMARY KEY (local, event)) WITHOUT ROWID;
CREATE TABLE entities (
	id TEXT PRIMARY KEY, name TEXT NOT NULL, name_ja TEXT NOT NULL, type TEXT NOT NULL,
	aliases TEXT NOT NULL, langs TEXT NOT NULL,
	mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
	first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
	outlet INTEGER NOT NULL,     -- a news outlet by name (entities.Entity.Outlet)
	role TEXT NOT NULL,          -- 'source' for an outlet cited as a source (entities.SourceRole)
	news_source INTEGER NOT NULL -- marked a source by a correction
);
CREATE INDEX entities_mentions ON entities(mentions DESC, id);
CREATE TABLE redirects (id TEXT PRIMARY KEY, target TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE edges (a TEXT NOT NULL, b TEXT NOT NULL, week TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b, week)) WITHOUT ROWID; -- both directions
CREATE TABLE entity_weeks (entity TEXT NOT NULL, week TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity, week)) WITHOUT ROWID;
CREATE TABLE corrections (
	id INTEGER PRIMARY KEY, kind TEXT NOT NULL, entity TEXT NOT NULL,
	other TEXT NOT NULL, alias TEXT NOT NULL, name TEXT NOT NULL,
	aliases TEXT NOT NULL,       -- JSON: the entity's aliases when the correction was made
	type TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE weeks (week TEXT PRIMARY KEY, sentences INTEGER NOT NULL) WITHOUT ROWID; -- sentences naming an entity
CREATE VIRTUAL TABLE sentence_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`,
	// 2: events as timeline/events clusters the reports (the rows of
	// events), rebuilt by every finish.
	`
CREATE TABLE clusters (
	id TEXT PRIMARY KEY, date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL,
	anchor TEXT NOT NULL, text TEXT NOT NULL, lang TEXT NOT NULL,
	reports INTEGER NOT NULL, languages TEXT NOT NULL, first_reported TEXT NOT NULL,
	day_from TEXT NOT NULL, day_to TEXT NOT NULL
);
CREATE INDEX clusters_date ON clusters(date, id);
CREATE TABLE cluster_reports (cluster TEXT NOT NULL, pos INTEGER NOT NULL, event INTEGER NOT NULL, PRIMARY KEY (cluster, pos)) WITHOUT ROWID;
CREATE TABLE cluster_entities (entity TEXT NOT NULL, cluster TEXT NOT NULL, PRIMARY KEY (entity, cluster)) WITHOUT ROWID;
`,
	// 3: event ids a later finish changed lead to the event that holds
	// their seed report.
	`
CREATE TABLE event_redirects (id TEXT PRIMARY KEY, target TEXT NOT NULL, at TEXT NOT NULL);
`,
	// 4: what an event was at the last finish, so that a finish writes
	// only the events that changed.
	`
ALTER TABLE clusters ADD COLUMN sig TEXT NOT NULL DEFAULT '';
`,
	// 5: the documents a finish has taken in, so that the next one works
	// only on what the new documents touch; the edges of a local entity
	// found from either end.
	`
CREATE TABLE finished_docs (doc INTEGER PRIMARY KEY);
CREATE INDEX local_edges_b ON local_edges(b);
`,
	// 6: the entities of an event found from the event, so that a finish
	// removes a changed event's without reading them all.
	`
CREATE INDEX cluster_entities_cluster ON cluster_entities(cluster);
`,
	// 7: indexes of the explorer's reads: the events of a window, the
	// entities of a window's weeks.
	`
CREATE INDEX clusters_day_to ON clusters(day_to, day_from);
CREATE INDEX entity_weeks_week ON entity_weeks(week, entity, n);
`,
	// 8: what the last finish's clustering learnt (events.Index.Links):
	// each cluster of its first step by the hash of its reports' keys
	// (target 0), and the day clusters a week or month cluster links to.
	`
CREATE TABLE event_links (cluster INTEGER NOT NULL, target INTEGER NOT NULL, PRIMARY KEY (cluster, target)) WITHOUT ROWID;
`,
	// 9: every text once (compactStore moves the data): the named
	// sentences in docs.text, deflated, and no longer in sentences; the
	// reports (events) keyed by an integer and pointing at their first
	// source's sentence, their sources at their sentences; the clusters
	// at the report their text is from, their signatures hashed.
	`
ALTER TABLE docs ADD COLUMN text BLOB NOT NULL DEFAULT x''; -- the named sentences at their offsets, NUL elsewhere, deflated
CREATE TABLE events9 (
	id INTEGER PRIMARY KEY,      -- the report's key (SHA-256 of date and normalised text): its first 8 bytes as a signed integer
	date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL, anchor TEXT NOT NULL,
	sentence INTEGER NOT NULL,   -- the source its text, language and date_text are from: the least rep
	rep BLOB NOT NULL            -- that source's rank: 8 bytes of its document's hash, then its offset (4 bytes, big-endian)
);
CREATE TABLE event_sources9 (event INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (event, sentence)) WITHOUT ROWID;
`,
	// 10: documents' results (docs.partial) written in a compact form
	// (partial.go) that a chronograph of schema 9 cannot read; those
	// written before stay as they are.
	partialFormatMigration,
	// 11: the entities a report names are those of its sources'
	// sentences (sentence_locals): not kept again.
	`DROP TABLE event_locals`,
	// 12: the tables a finish derives keyed by integers (they were 53% of
	// a store, most of it text ids repeated): an entity by n, a number
	// kept for its id; an event by the 6 bytes of its seed report's key
	// that its id shows; a week by the day number of its Monday. Their
	// rows are rebuilt by the next finish (rebuildDerived). Indexes no
	// query uses are gone: the events' by date (the read index orders
	// them, order.go), sentences by document.
	`
CREATE TABLE entities12 (
	n INTEGER PRIMARY KEY,       -- the entity's number in the tables below; never given to another id
	id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_ja TEXT NOT NULL, type TEXT NOT NULL,
	aliases TEXT NOT NULL, langs TEXT NOT NULL,
	mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
	first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
	outlet INTEGER NOT NULL, role TEXT NOT NULL, news_source INTEGER NOT NULL
);
INSERT INTO entities12 SELECT row_number() OVER (ORDER BY id), id, name, name_ja, type, aliases, langs,
	mentions, documents, first_seen, last_seen, outlet, role, news_source FROM entities;
DROP TABLE entities;
ALTER TABLE entities12 RENAME TO entities;
CREATE INDEX entities_mentions ON entities(mentions DESC, id);
DROP TABLE edges;
DROP TABLE entity_weeks;
DROP TABLE clusters;
DROP TABLE cluster_reports;
DROP TABLE cluster_entities;
DROP INDEX sentences_doc;
CREATE TABLE edges (a INTEGER NOT NULL, b INTEGER NOT NULL, week INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b, week)) WITHOUT ROWID; -- both directions
CREATE TABLE entity_weeks (entity INTEGER NOT NULL, week INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (entity, week)) WITHOUT ROWID;
CREATE INDEX entity_weeks_week ON entity_weeks(week, entity, n);
CREATE TABLE clusters (
	id INTEGER PRIMARY KEY,      -- the event's id (ev- and these 6 bytes in hex)
	date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL, anchor TEXT NOT NULL,
	report INTEGER NOT NULL,     -- the report (events.id) the event's text and language are from
	reports INTEGER NOT NULL, languages TEXT NOT NULL, first_reported TEXT NOT NULL,
	sig INTEGER NOT NULL         -- what the event was: see signature
);
CREATE TABLE cluster_reports (cluster INTEGER NOT NULL, pos INTEGER NOT NULL, event INTEGER NOT NULL, PRIMARY KEY (cluster, pos)) WITHOUT ROWID;
CREATE TABLE cluster_entities (entity INTEGER NOT NULL, cluster INTEGER NOT NULL, PRIMARY KEY (entity, cluster)) WITHOUT ROWID;
CREATE INDEX cluster_entities_cluster ON cluster_entities(cluster);
`,
	// 13: documents' results written without the Norm of event sentences
	// that their text gives (partialFormatNorms), which a chronograph of
	// schema 12 cannot read; those written before stay as they are. An
	// event's date as the report its text is from gives it is not kept
	// again (NULL); the next finish writes the events afresh
	// (rebuildDerived).
	partialNormsMigration + `;
DELETE FROM cluster_reports;
DELETE FROM cluster_entities;
DROP TABLE clusters;
CREATE TABLE clusters (
	id INTEGER PRIMARY KEY,      -- the event's id (ev- and these 6 bytes in hex)
	date TEXT, granularity TEXT, date_text TEXT, anchor TEXT, -- NULL: as the report's
	report INTEGER NOT NULL,     -- the report (events.id) the event's text and language are from
	reports INTEGER NOT NULL, languages TEXT NOT NULL, first_reported TEXT NOT NULL,
	sig INTEGER NOT NULL         -- what the event was: see signature
);
`,
	// 14: PostgreSQL's search text of Japanese sentences written again
	// (by migration 16's reindexSearch); nothing here.
	`SELECT 1`,
	// 15: the links of a finish's clustering by group (a day, a week, a
	// month …: the hash of its key, groupHash), so that a finish reads and
	// replaces those of the groups it works on (events.Index.Partial). The
	// next finish clusters afresh.
	linksByGroupMigration + ` WITHOUT ROWID` + linksByGroupMigrationEnd,
	// 16: PostgreSQL's tsvector made by chronograph (by migration 22's
	// reindexSearch); nothing here.
	`SELECT 1`,
	// 17: an event's languages are not kept when they are its text's
	// alone (NULL), nor the reports of an event of one report, which is
	// the report its text is from (clusterReports): 80% of the events of
	// generated news. The stored events are moved to that form.
	`
CREATE TABLE clusters17 (
	id INTEGER PRIMARY KEY,      -- the event's id (ev- and these 6 bytes in hex)
	date TEXT, granularity TEXT, date_text TEXT, anchor TEXT, -- NULL: as the report's
	report INTEGER NOT NULL,     -- the report (events.id) the event's text and language are from
	reports INTEGER NOT NULL,
	languages TEXT,              -- NULL: the language of its text alone
	first_reported TEXT NOT NULL,
	sig INTEGER NOT NULL         -- what the event was: see signature
);
INSERT INTO clusters17 SELECT c.id, c.date, c.granularity, c.date_text, c.anchor, c.report, c.reports,
	` + languagesKept + `, c.first_reported, c.sig FROM clusters c;
DROP TABLE clusters;
ALTER TABLE clusters17 RENAME TO clusters;
` + singleReportsDropped,
	// 18: the weekly counts kept at ingest key a week by the day number
	// of its Monday (weekKey), as the tables a finish derives do: as text
	// it took 10 bytes of each row and of the index of local_edges.
	`
CREATE TABLE local_edges18 (a INTEGER NOT NULL, b INTEGER NOT NULL, week INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b, week)) WITHOUT ROWID;
INSERT INTO local_edges18 SELECT a, b, ` + weekKeyOf + `, n FROM local_edges;
DROP TABLE local_edges;
ALTER TABLE local_edges18 RENAME TO local_edges;
CREATE INDEX local_edges_b ON local_edges(b);
CREATE TABLE local_weeks18 (local INTEGER NOT NULL, week INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (local, week)) WITHOUT ROWID;
INSERT INTO local_weeks18 SELECT local, ` + weekKeyOf + `, n FROM local_weeks;
DROP TABLE local_weeks;
ALTER TABLE local_weeks18 RENAME TO local_weeks;
`,
	// 19: a report's rank among its sources (events.rep) is read from the
	// sentence it points at and its document (firstSource), not kept.
	`ALTER TABLE events DROP COLUMN rep`,
	// 20: nor when an event was first reported if that is when its text's
	// document was published (NULL).
	`
CREATE TABLE clusters20 (
	id INTEGER PRIMARY KEY,      -- the event's id (ev- and these 6 bytes in hex)
	date TEXT, granularity TEXT, date_text TEXT, anchor TEXT, -- NULL: as the report's
	report INTEGER NOT NULL,     -- the report (events.id) the event's text and language are from
	reports INTEGER NOT NULL,
	languages TEXT,              -- NULL: the language of its text alone
	first_reported TEXT,         -- NULL: the day its text's document was published
	sig INTEGER NOT NULL         -- what the event was: see signature
);
INSERT INTO clusters20 SELECT c.id, c.date, c.granularity, c.date_text, c.anchor, c.report, c.reports, c.languages,
	` + firstReportedKept + `, c.sig FROM clusters c;
DROP TABLE clusters;
ALTER TABLE clusters20 RENAME TO clusters;
`,
	// 21: nor a report's anchor when it is the day its sentence's
	// document was published (NULL): 78% of the reports of generated news.
	`
CREATE TABLE events21 (
	id INTEGER PRIMARY KEY,      -- the report's key (SHA-256 of date and normalised text): its first 8 bytes as a signed integer
	date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL,
	anchor TEXT,                 -- NULL: the day the document of sentence was published
	sentence INTEGER NOT NULL    -- the source its text, language and date_text are from: the first by firstSource
);
INSERT INTO events21 SELECT e.id, e.date, e.granularity, e.date_text, ` + anchorKept + `, e.sentence FROM events e;
DROP TABLE events;
ALTER TABLE events21 RENAME TO events;
`,
	// 22: PostgreSQL's trigram index over the words not of hiragana alone
	// (reindexSearch); nothing here.
	`SELECT 1`,
	// 23: a local entity's anchor by its article's country
	// (timeline.LocalEntity.Anchor), '' for none, as the stored ones
	// have; documents' results that hold one are written in
	// partialFormatAnchors, which a chronograph of schema 22 cannot read.
	localAnchorMigration,
	// 24: documents' results written without the texts their named
	// sentences hold (partialFormatTexts), which a chronograph of schema
	// 23 cannot read; repackPartials writes the stored ones so.
	partialTextsMigration,
	// 25: how many documents name each local entity (timeline.LocalEntity.Docs),
	// counted from doc_locals for the stored ones.
	localDocsMigration,
	// 26: an event's entities are listed in its row (clusters.entities,
	// packNumbers; packClusterEntities fills it), and cluster_entities is
	// no longer indexed by event too: the index took as much room as the
	// table.
	`
CREATE TABLE clusters26 (
	id INTEGER PRIMARY KEY,      -- the event's id (ev- and these 6 bytes in hex)
	date TEXT, granularity TEXT, date_text TEXT, anchor TEXT, -- NULL: as the report's
	report INTEGER NOT NULL,     -- the report (events.id) the event's text and language are from
	reports INTEGER NOT NULL,
	languages TEXT,              -- NULL: the language of its text alone
	first_reported TEXT,         -- NULL: the day its text's document was published
	sig INTEGER NOT NULL,        -- what the event was: see signature
	entities BLOB NOT NULL       -- the numbers (entities.n) of its entities: packNumbers
);
INSERT INTO clusters26 SELECT c.id, c.date, c.granularity, c.date_text, c.anchor, c.report, c.reports, c.languages,
	c.first_reported, c.sig, x'00' FROM clusters c;
DROP TABLE clusters;
ALTER TABLE clusters26 RENAME TO clusters;
DROP INDEX IF EXISTS cluster_entities_cluster;
`,
	// 27: the links of a finish's clustering a row per group, not per
	// link (packLinks); packEventLinks moves them.
	`
DROP TABLE IF EXISTS event_links27;
CREATE TABLE event_links27 (grp INTEGER PRIMARY KEY, links BLOB NOT NULL); -- a group's hash (groupHash), its links (packLinks)
`,
	// 28: a report's first source (events.sentence) is not kept again in
	// event_sources, which holds its others alone: 96% of the reports of
	// generated news have one source. A trigger moves the first there
	// when a later batch's source comes before it (see otherSources).
	sourcesApartMigration + `;
` + sqliteFirstMoved + `;
`,
	// 29: the events naming an entity a row per entity, their keys
	// packed (packNumbers), not a row per pair: 4.4 MB of 10,000
	// generated documents, two thirds of it each row's own overhead.
	// packEntityClusters moves them.
	`
DROP TABLE IF EXISTS entity_clusters;
CREATE TABLE entity_clusters (entity INTEGER PRIMARY KEY, clusters BLOB NOT NULL); -- an entity's number (entities.n), the keys (clusters.id) of the events naming it
`,
	// 30: a report's date as a day number, its granularity only where
	// the date's form does not give it, and its date's text as where it
	// is in the report's sentence (dates.go): 7.5 → 5.1 MB of 10,000
	// generated documents. packReportDates moves the reports into
	// events30, which takes the place of events.
	`
DROP TABLE IF EXISTS events30;
CREATE TABLE events30 (
	id INTEGER PRIMARY KEY,      -- the report's key (SHA-256 of date and normalised text): its first 8 bytes as a signed integer
	day INTEGER,                 -- its date as a day number when it is a day; NULL: date holds it
	date TEXT,                   -- NULL: day holds it
	granularity TEXT,            -- NULL: the one the date's form gives (formGranularity)
	date_span INTEGER,           -- its date's text in the text of sentence: start*256 + length; NULL: date_text holds it
	date_text TEXT,
	anchor TEXT,                 -- NULL: the day the document of sentence was published
	sentence INTEGER NOT NULL    -- the source its text, language and date are from: the first by firstSource
);
`,
	// 31: a document's named sentences (docs.text) in a table of their
	// own: a row of docs held both its result and its text, about 1.8 KB,
	// and an 8 KB page then left a tenth of itself unused (2.2 of the 20
	// MB of 10,000 generated documents); rows half as long leave half as
	// much. Readers of the text (texts) no longer read the results.
	`CREATE TABLE doc_texts (id INTEGER PRIMARY KEY, text BLOB NOT NULL); -- a document's (docs.id) named sentences at their offsets, NUL elsewhere, deflated (packText)
` + docTextsMoved,
	// 32: what an event does not take from the report its text is from
	// (its date, languages, when first reported: 5% of the events of
	// generated news) in a table of its own, cluster_own: six columns of
	// NULL cost every row of clusters six bytes. And an event's signature
	// in 48 bits (6 bytes of an integer, not 8): a change it misses is
	// one in 2⁴⁸.
	`
CREATE TABLE cluster_own (
	id INTEGER PRIMARY KEY,      -- the event (clusters.id)
	date TEXT, granularity TEXT, date_text TEXT, anchor TEXT, -- NULL: as the report's
	languages TEXT,              -- NULL: the language of its text alone
	first_reported TEXT          -- NULL: the day its text's document was published
);
` + clusterOwnMoved + `;
CREATE TABLE clusters32 (
	id INTEGER PRIMARY KEY,      -- the event's id (ev- and these 6 bytes in hex)
	report INTEGER NOT NULL,     -- the report (events.id) the event's text, language and date are from
	reports INTEGER NOT NULL,
	sig INTEGER NOT NULL,        -- what the event was: see signature
	entities BLOB NOT NULL       -- the numbers (entities.n) of its entities: packNumbers
);
INSERT INTO clusters32 SELECT id, report, reports, ` + sig48 + `, entities FROM clusters ORDER BY id;
DROP TABLE clusters;
ALTER TABLE clusters32 RENAME TO clusters;
`,
	// 33: the sentences naming a local entity in a document a row per
	// (local entity, document), their ids packed (packNumbers), in place
	// of a row per (local entity, sentence) in sentence_locals and one
	// per (local entity, document) in doc_locals: at write time a row
	// costs ingest for being a row more than for its bytes.
	// packLocalDocs moves them.
	`
DROP TABLE IF EXISTS local_docs;
CREATE TABLE local_docs (local INTEGER NOT NULL, doc INTEGER NOT NULL, sentences BLOB NOT NULL, PRIMARY KEY (local, doc)) WITHOUT ROWID; -- the ids of the document's sentences naming the local entity: packNumbers
CREATE INDEX local_docs_doc ON local_docs(doc);
`,
	// 34: cluster_reports indexed by report, so that a finish finds the
	// stored events of the reports it reads (storedEvents) by lookups
	// rather than by a scan of every row: 808,136 rows, about 0.8 CPU-s
	// of adding 1% to 100,000 generated documents, for an index of
	// about 2% of the store.
	`CREATE INDEX IF NOT EXISTS cluster_reports_event ON cluster_reports(event);
`,
	// 35: the full-text index merges its segments 16 at a time, not 4
	// (ftsMerging).
	ftsMerging,
}

// ftsMerging sets how FTS5 merges the segments of the full-text index.
// Each batch's sentences go in as a segment of their own, which FTS5 by
// default (automerge 4) begins to merge as soon as a level holds 4: an
// ingest wrote most of the index again at every fourth batch (about
// log₄ of the batches times in all; a tenth of the pages the batches of
// 2,202 generated documents wrote, 0.03 of the 0.73 CPU-s they cost).
// Merged 16 at a time, a segment is written again half as often (log₁₆),
// and a search looks each term up in at most 15 more segments per level
// (about 1 µs each: 10,000 generated documents leave 13 segments rather
// than 7). A crisis merge (a level's segments all at once, in one batch)
// waits for 32 rather than FTS5's 16, so that merging stays incremental,
// spread over the batches that follow.
const ftsMerging = `INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('automerge', 16);
INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('crisismerge', 32)`

// clusterOwnMoved and sig48 move the stored events to the form of schema
// 32, in both dialects.
const (
	clusterOwnMoved = `INSERT INTO cluster_own (id, date, granularity, date_text, anchor, languages, first_reported)
	SELECT id, date, granularity, date_text, anchor, languages, first_reported FROM clusters
	WHERE date IS NOT NULL OR languages IS NOT NULL OR first_reported IS NOT NULL ORDER BY id`
	sig48 = `(sig >> 16) & 281474976710655`
)

// docTextsMoved moves docs.text into doc_texts (schema 31), in both
// dialects.
const docTextsMoved = `INSERT INTO doc_texts (id, text) SELECT id, text FROM docs ORDER BY id;
ALTER TABLE docs DROP COLUMN text`

// sqliteFirstMoved is migration 28's trigger, made again by
// packReportDates with the table it is on.
const sqliteFirstMoved = `CREATE TRIGGER IF NOT EXISTS events_first_moved AFTER UPDATE OF sentence ON events WHEN old.sentence <> new.sentence BEGIN
	INSERT OR IGNORE INTO event_sources (event, sentence) VALUES (old.id, old.sentence);
END`

// sourcesApartMigration leaves out of event_sources the first source of
// each report that its row holds (schema 28), in both dialects.
const sourcesApartMigration = `DELETE FROM event_sources WHERE sentence = (SELECT e.sentence FROM events e WHERE e.id = event_sources.event)`

// anchorKept moves the stored reports to the form of migration 21, in both
// dialects.
const anchorKept = `CASE WHEN e.anchor = (SELECT d.published FROM sentences s JOIN docs d ON d.id = s.doc WHERE s.id = e.sentence) THEN NULL ELSE e.anchor END`

// firstReportedKept moves the stored events to the form of migration 20,
// in both dialects.
const firstReportedKept = `CASE WHEN c.first_reported = (SELECT d.published FROM events r JOIN sentences s ON s.id = r.sentence JOIN docs d ON d.id = s.doc WHERE r.id = c.report)
		THEN NULL ELSE c.first_reported END`

// weekKeyOf is migration 18's week of a row: the day number of a week kept
// as text, a number as it is (a test may run the migration again).
var weekKeyOf = `CASE WHEN typeof(week) = 'integer' THEN week ELSE ` + sqliteDialect{}.weekNumber("week") + ` END`

// languagesKept and singleReportsDropped move the stored events to the form
// of migration 17, in both dialects: the languages kept unless they are
// the text's alone; a single report's row in cluster_reports dropped.
const (
	languagesKept = `CASE WHEN c.languages = (SELECT '["' || s.lang || '"]' FROM events r JOIN sentences s ON s.id = r.sentence WHERE r.id = c.report)
		THEN NULL ELSE c.languages END`
	singleReportsDropped = `DELETE FROM cluster_reports WHERE cluster IN (SELECT cr.cluster FROM cluster_reports cr JOIN clusters c ON c.id = cr.cluster
	GROUP BY cr.cluster HAVING count(*) = 1 AND min(cr.event) = min(c.report))`
)

// linksByGroupMigration and its end key event_links by group, in both
// dialects.
const (
	linksByGroupMigration = `
DROP TABLE event_links;
CREATE TABLE event_links (grp BIGINT NOT NULL, cluster BIGINT NOT NULL, target BIGINT NOT NULL, PRIMARY KEY (grp, cluster, target))`
	linksByGroupMigrationEnd = `;
DELETE FROM meta WHERE key = 'event_links'`
)

// partialFormatMigration records the form of new partials.
const partialFormatMigration = `INSERT INTO meta (key, value) VALUES ('partial_format', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value`

// localAnchorMigration adds the locals' anchors (schema 23) in both
// dialects, and records the form of new partials.
const localAnchorMigration = `ALTER TABLE locals ADD COLUMN anchor TEXT NOT NULL DEFAULT '';
INSERT INTO meta (key, value) VALUES ('partial_format', '3') ON CONFLICT (key) DO UPDATE SET value = excluded.value`

// partialTextsMigration records the form of partials since schema 24.
const partialTextsMigration = `INSERT INTO meta (key, value) VALUES ('partial_format', '4') ON CONFLICT (key) DO UPDATE SET value = excluded.value`

// localDocsMigration counts the documents of each local entity (schema
// 25) in both dialects.
const localDocsMigration = `ALTER TABLE locals ADD COLUMN docs INTEGER NOT NULL DEFAULT 0;
UPDATE locals SET docs = (SELECT count(*) FROM doc_locals WHERE doc_locals.local = locals.id)`

// partialNormsMigration records the form of new partials since schema 13.
const partialNormsMigration = `INSERT INTO meta (key, value) VALUES ('partial_format', '2') ON CONFLICT (key) DO UPDATE SET value = excluded.value`

// sqliteIndexSchema is the full-text index of a new store: contentless
// (the text is in doc_texts), without the column sizes no query ranks by.
const sqliteIndexSchema = `CREATE VIRTUAL TABLE sentence_fts USING fts5(body, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2')`

// SchemaVersion is the schema this code writes.
var SchemaVersion = len(sqliteMigrations)

// migrate applies the migrations the store lacks, in one transaction that
// holds the migration lock: several processes opening a new store at once
// migrate it once.
func (s *sqlStore) migrate(ctx context.Context, readOnly bool) error {
	if readOnly {
		v, err := s.schemaVersion(ctx, s.db)
		if err != nil {
			return err
		}
		return s.checkVersion(v, readOnly)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.db.d.lock(ctx, tx, "migrate"); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	v, err := s.schemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if err := s.checkVersion(v, readOnly); err != nil || v == SchemaVersion {
		return err
	}
	migrations := s.db.d.migrations()
	for i := v; i < SchemaVersion; i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrating the schema to version %d: %w", i+1, err)
		}
		if step := migrationSteps[i+1]; step != nil {
			if err := step(ctx, tx); err != nil {
				return fmt.Errorf("migrating the schema to version %d: %w", i+1, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version VALUES (?)`, SchemaVersion); err != nil {
		return fmt.Errorf("migrating the schema to version %d: %w", SchemaVersion, err)
	}
	return tx.Commit()
}

// checkVersion says what to do about a store's schema version.
func (s *sqlStore) checkVersion(v int, readOnly bool) error {
	switch {
	case v > SchemaVersion:
		return fmt.Errorf("schema version %d is newer than this chronograph knows (%d): use a newer chronograph", v, SchemaVersion)
	case v < SchemaVersion && readOnly:
		return fmt.Errorf("schema version %d, this chronograph needs %d: run `chronograph ingest --store %s` (with no input) once to upgrade it", v, SchemaVersion, s.path)
	}
	return nil
}

func (s *sqlStore) schemaVersion(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("reading the schema version: %w (is it a chronograph store?)", err)
	}
	return v, nil
}

// markStale counts a change the next Finish must take in: documents added,
// a correction made. A count, not a flag: a Finish subtracts the count it
// read before it read what to resolve (see Finish), so that a change
// committed while it ran — another ingest's batch, on PostgreSQL — leaves
// the store stale rather than being cleared with the rest.
func markStale(ctx context.Context, q querier) error {
	_, err := q.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('stale', '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`)
	return err
}

func setMeta(ctx context.Context, tx *tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// now is the time stamps' clock, in UTC to the second.
func now() time.Time { return time.Now().UTC().Truncate(time.Second) }

// Compare says what to do when the versions that analysed a store's
// documents (s) differ from those of the running chronograph (cur): ""
// when they agree.
func (s Versions) Compare(cur Versions) string {
	switch {
	case s == (Versions{}):
		return ""
	case s.Models != cur.Models:
		return fmt.Sprintf("the store's documents were analysed with other models (%s, now %s): new documents are not comparable; build a new store from the inputs (chronograph ingest --store NEW.db …) to re-extract", short(s.Models), short(cur.Models))
	case s.Aliases != cur.Aliases:
		return "the --aliases file differs from the one the store's documents were analysed with: names the new file adds are only found in documents ingested from now on; build a new store to re-extract them all, or keep corrections in the store (chronograph aliases)"
	case s.Chronograph != cur.Chronograph:
		return fmt.Sprintf("the store was written by chronograph %s (now %s): entities are re-resolved on this ingest; build a new store to re-extract with this version", s.Chronograph, cur.Chronograph)
	}
	return ""
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	if h == "" {
		return "none"
	}
	return h
}

// sqliteDialect is SQLite's: FTS5 for search, one writer at a time.
type sqliteDialect struct{}

func (sqliteDialect) migrations() []string   { return sqliteMigrations }
func (sqliteDialect) rebind(q string) string { return q }

// lock: a SQLite transaction (BEGIN IMMEDIATE) is the only writer.
func (sqliteDialect) lock(context.Context, *tx, string) error { return nil }

// ingesting: an ingest that ends finishes (two processes writing one file
// take turns at every batch; there is no ingest that ends last to wait for).
func (sqliteDialect) ingesting(context.Context, *db) (func() (bool, error), error) {
	return func() (bool, error) { return false, nil }, nil
}

// nextIDs: the transaction is the only writer, so the ids after the
// largest are free.
func (sqliteDialect) nextIDs(w *txWriter, table string, n int) ([]int64, error) {
	var last int64
	if err := w.queryRow(`SELECT coalesce(max(id), 0) FROM ` + table).Scan(&last); err != nil {
		return nil, err
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = last + 1 + int64(i)
	}
	return ids, nil
}

func (sqliteDialect) copyRows(w *txWriter, table string, cols []string, rows [][]any) error {
	return insertRows(w, table, cols, rows)
}

func (sqliteDialect) upsertRows(w *txWriter, u upsert, rows [][]any, scan func(*sql.Rows) error) error {
	return upsertEach(w, u, rows, scan)
}

func (sqliteDialect) updateRows(w *txWriter, table string, cols, _ []string, rows [][]any) error {
	return updateEach(w, table, cols, rows)
}

func (sqliteDialect) deleteRows(w *txWriter, table, col, _ string, keys []any) error {
	return deleteEach(w, table, col, keys)
}

// addSentences writes the sentences and their rows of the search index.
// The index's rows of the whole batch go in one statement, as a JSON
// array of their bodies: FTS5 writes the terms it holds out as a new
// segment of the index whenever a statement opens a savepoint, as each
// multi-row INSERT does, so that a statement per 64 sentences wrote a
// small segment each (800 for 2,000 generated documents), which its
// merges then read and wrote again and again (a sixth of the batch's
// writing). One statement writes one segment per batch.
//
// A row's id is the first one's plus its place in the array (rows' ids
// are consecutive, as nextIDs gives them): an array of [id, body] pairs,
// as before, had SQLite parse each pair's JSON again for each of its two
// values (value ->> 0, value ->> 1), a fifth of the statement's time.
func (sqliteDialect) addSentences(w *txWriter, rows []sentenceRow) error {
	if len(rows) == 0 {
		return nil
	}
	sent := make([][]any, len(rows))
	bodies := make([]string, len(rows))
	for i, r := range rows {
		if r.id != rows[0].id+int64(i) {
			return fmt.Errorf("writing sentence_fts: sentence %d after %d: ids not consecutive", r.id, rows[max(i-1, 0)].id)
		}
		body, err := indexText(r.text, r.words)
		if err != nil {
			return err
		}
		sent[i] = []any{r.id, r.doc, r.start, r.end, r.lang, r.dated}
		bodies[i] = body
	}
	if err := insertRows(w, "sentences", []string{"id", "doc", "start", "end", "lang", "dated"}, sent); err != nil {
		return err
	}
	list, err := json.Marshal(bodies)
	if err != nil {
		return fmt.Errorf("writing sentence_fts: %w", err)
	}
	if err := w.exec(`INSERT INTO sentence_fts (rowid, body) SELECT ? + key, value FROM json_each(?)`, rows[0].id, string(list)); err != nil {
		return fmt.Errorf("writing sentence_fts: %w", err)
	}
	return nil
}

func (sqliteDialect) match(q string) (string, []any, error) {
	m, err := matchExpr(q)
	if err != nil {
		return "", nil, err
	}
	return `s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)`, []any{m}, nil
}

func (sqliteDialect) weekStart(col string) string { return `date(` + col + `, '-6 days', 'weekday 1')` }
func (sqliteDialect) weekNumber(col string) string {
	return `CASE WHEN ` + col + ` = '' THEN ` + strconv.Itoa(noWeek) + ` ELSE CAST(julianday(` + col + `) - 2440587.5 AS INTEGER) END`
}
func (sqliteDialect) key(k string) any { return k }
func (sqliteDialect) like() string     { return "LIKE" }
func (sqliteDialect) retry(error) bool { return false }

// concurrent: a SQLite transaction (BEGIN IMMEDIATE) is the only writer.
func (sqliteDialect) concurrent() bool { return false }

// analyze: SQLite's planner needs no fresh statistics for the finish.
func (sqliteDialect) analyze(context.Context, *tx, string) error { return nil }
