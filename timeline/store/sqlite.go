package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite": pure Go, FTS5 built in
)

// DefaultPath is the store a command uses without --store.
const DefaultPath = "chronograph.db"

// SQLite is the embedded store: one file, written in WAL mode so that a
// crash (kill -9, power cut aside) loses at most the document being
// written, and readers never wait for the writer.
type SQLite struct {
	db   *sql.DB
	path string

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared once: see txWriter
}

var _ Store = (*SQLite)(nil)

// Options tune Open.
type Options struct {
	// ReadOnly opens an existing store without writing to it (a server):
	// a missing file or one with an older schema is an error.
	ReadOnly bool
}

// Open opens the store at path, creating it unless read-only, and brings
// its schema up to date.
func Open(ctx context.Context, path string, opts Options) (*SQLite, error) {
	if path == "" {
		path = DefaultPath
	}
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store %s: %w (run `chronograph ingest --store %s INPUT…` first)", path, err, path)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(OFF)")
	q.Add("_txlock", "immediate")
	if opts.ReadOnly {
		q.Add("mode", "ro")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	s := &SQLite{db: db, path: path}
	if err := s.migrate(ctx, opts.ReadOnly); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// Close closes the store.
func (s *SQLite) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

// migrations are the schema, in order: migration i brings a store from
// version i to i+1. Never change one that has shipped; append another.
var migrations = []string{
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
}

// SchemaVersion is the schema this code writes.
var SchemaVersion = len(migrations)

// migrate applies the migrations the store lacks, each in a transaction.
func (s *SQLite) migrate(ctx context.Context, readOnly bool) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil && !readOnly {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	v, err := s.schemaVersion(ctx)
	if err != nil {
		return err
	}
	switch {
	case v > SchemaVersion:
		return fmt.Errorf("schema version %d is newer than this chronograph knows (%d): use a newer chronograph", v, SchemaVersion)
	case v == SchemaVersion:
		return nil
	case readOnly:
		return fmt.Errorf("schema version %d, this chronograph needs %d: run `chronograph ingest --store %s` (with no input) once to upgrade it", v, SchemaVersion, s.path)
	}
	for i := v; i < SchemaVersion; i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrating the schema to version %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version; INSERT INTO schema_version VALUES (?)`, i+1); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrating the schema to version %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrating the schema to version %d: %w", i+1, err)
		}
	}
	return nil
}

func (s *SQLite) schemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("reading the schema version: %w (is it a chronograph store?)", err)
	}
	return v, nil
}

func setMeta(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
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
