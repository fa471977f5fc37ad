package store_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

func openPostgres(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), storetest.PostgresDSN(t), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestPostgresConformance runs the conformance suite on PostgreSQL when
// CHRONOGRAPH_TEST_POSTGRES names a database to create test databases
// from.
func TestPostgresConformance(t *testing.T) {
	storetest.PostgresDSN(t) // skips without a server
	storetest.Run(t, openPostgres)
}

// twoWriters opens one new PostgreSQL store twice, as two ingests do: each
// with its own connections.
func twoWriters(t *testing.T) (st, other store.Store) {
	dsn := storetest.PostgresDSN(t)
	for _, s := range []*store.Store{&st, &other} {
		var err error
		if *s, err = store.Open(context.Background(), dsn, store.Options{}); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { (*s).Close() })
	}
	return st, other
}

// TestPostgresStaleWhileFinishing: documents another ingest adds while a
// finish runs (after it read what to resolve) leave the store stale, so
// that the last ingest's finish or `chronograph resolve` takes them in. A
// flag the finish cleared would say the store is up to date while they
// are unresolved.
func TestPostgresStaleWhileFinishing(t *testing.T) {
	ctx := context.Background()
	st, other := twoWriters(t)

	ps := storetest.Partials(storetest.Docs())
	if _, err := st.AddBatch(ctx, ps[:1]); err != nil {
		t.Fatal(err)
	}
	opts := store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}
	store.SetFinishHook(st, func() {
		store.SetFinishHook(st, nil)
		if n, err := other.AddBatch(ctx, ps[1:]); err != nil || n != len(ps)-1 {
			t.Errorf("AddBatch during a finish = %d, %v; want %d", n, err, len(ps)-1)
		}
	})
	if _, err := st.Finish(ctx, opts); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(ps) || !stats.Stale {
		t.Fatalf("after a finish that ran while %d documents were added: %d documents, stale %v; want %d, stale",
			len(ps)-1, stats.Documents, stats.Stale, len(ps))
	}
	if _, err := st.Finish(ctx, opts); err != nil {
		t.Fatal(err)
	}
	if stats, err = st.Stats(ctx); err != nil || stats.Stale {
		t.Fatalf("after the next finish: stale %v, %v; want up to date", stats.Stale, err)
	}
}

// TestPostgresIngestingLast: of ingests that write at once, only the last
// to end is told that no other writes still, whichever began first, and
// an ingest alone is the last.
func TestPostgresIngestingLast(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)
	var stores []store.Store
	for range 3 {
		st, err := store.Open(ctx, dsn, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores = append(stores, st)
	}
	var dones []func() (bool, error)
	for _, st := range stores {
		done, err := st.Ingesting(ctx)
		if err != nil {
			t.Fatal(err)
		}
		dones = append(dones, done)
	}
	for i, want := range []bool{true, true, false} {
		k := []int{1, 0, 2}[i] // ends in another order than they began
		if others, err := dones[k](); err != nil || others != want {
			t.Errorf("ingest %d, %d of 3 to end: others %v, %v; want %v", k, i+1, others, err, want)
		}
	}
	done, err := stores[0].Ingesting(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if others, err := done(); err != nil || others {
		t.Errorf("an ingest alone: others %v, %v; want none", others, err)
	}
}

// TestPostgresBatchesShareNewLocals: a batch that names a local entity
// another batch, not yet committed, has just added does not wait for that
// batch to end (new local entities were inserted in the batch's
// transaction: writers naming the same new names took turns).
func TestPostgresBatchesShareNewLocals(t *testing.T) {
	ctx := context.Background()
	st, other := twoWriters(t)
	ps := storetest.Partials(storetest.Docs())
	shared := func(a, b timeline.Partial) bool {
		for _, x := range a.Locals {
			for _, y := range b.Locals {
				if x.Key() == y.Key() {
					return true
				}
			}
		}
		return false
	}
	if !shared(ps[0], ps[1]) {
		t.Fatal("the first two documents name no local entity in common")
	}
	store.SetBatchHook(st, func() {
		store.SetBatchHook(st, nil)
		wait, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if n, err := other.AddBatch(wait, ps[1:2]); err != nil || n != 1 {
			t.Errorf("a batch naming the new local entities of one not yet committed: %d, %v; want it added at once", n, err)
		}
	})
	if n, err := st.AddBatch(ctx, ps[:1]); err != nil || n != 1 {
		t.Fatalf("AddBatch = %d, %v", n, err)
	}
}

// TestPostgresReindexSearch: opening a store of schema 15 (its tsvector
// made by the server from body, body held for every sentence, the trigram
// index over body) writes the search columns of every sentence again
// (migrations 16 and 22): the tsvector of the words a query is split into,
// body for Japanese sentences alone, trgm, so that words and Japanese are
// found as in a new store.
func TestPostgresReindexSearch(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddBatch(ctx, storetest.Partials(storetest.Docs())); err != nil {
		t.Fatal(err)
	}
	asOldForms(t, st)
	st.Close()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// As schema 15 left them, but unsearchable: the step must write them.
	if _, err := db.Exec(`DROP INDEX sentences_tsv;
		DROP INDEX sentences_trgm;
		ALTER TABLE sentences DROP COLUMN tsv;
		ALTER TABLE sentences DROP COLUMN trgm;
		UPDATE sentences SET body = ' ';
		ALTER TABLE sentences ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED;
		CREATE INDEX sentences_tsv ON sentences USING gin (tsv);
		CREATE INDEX sentences_trgm ON sentences USING gin (body gin_trgm_ops) WHERE ja;
		UPDATE schema_version SET version = 15`); err != nil {
		t.Fatal(err)
	}
	if st, err = store.Open(ctx, dsn, store.Options{}); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for q, want := range map[string]int{"NATO": 2, `"met Rutte"`: 1, "中国": 3, "石破首相": 1, "中国 訪問": 1, "中国を訪問": 1, "した": 2} {
		if hits, err := st.Search(ctx, store.SearchQuery{Query: q}); err != nil || hits.Total != want {
			t.Errorf("search %q after the upgrade: %d hits (%v), want %d", q, hits.Total, err, want)
		}
	}
	var bodies int
	if err := db.QueryRow(`SELECT count(*) FROM sentences WHERE NOT ja AND body <> ''`).Scan(&bodies); err != nil || bodies != 0 {
		t.Errorf("%d sentences without Japanese keep a body (%v)", bodies, err)
	}
}

// TestPostgresKeepsConnections: an ingest's connections (its lock, the
// batches written while the reader looks up known texts) stay open from
// batch to batch; closed as they came back, every batch started a server
// process anew.
func TestPostgresKeepsConnections(t *testing.T) {
	ctx := context.Background()
	st := openPostgres(t)
	defer st.Close()
	done, err := st.Ingesting(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ps := storetest.Partials(storetest.Docs())
	for _, p := range ps {
		stop := make(chan struct{})
		looked := make(chan error)
		go func() { // the reader, meanwhile
			for {
				if _, err := st.Known(ctx, p.Hash, ""); err != nil {
					looked <- err
					return
				}
				select {
				case <-stop:
					looked <- nil
					return
				default:
				}
			}
		}()
		_, err := st.AddBatch(ctx, []timeline.Partial{p})
		close(stop)
		if err := errors.Join(err, <-looked); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := done(); err != nil {
		t.Fatal(err)
	}
	if n := store.ConnectionsClosed(st); n > 0 {
		t.Errorf("%d connections closed while idle over %d batches", n, len(ps))
	}
}

// TestPostgresStoredSignatures: see testStoredSignatures.
func TestPostgresStoredSignatures(t *testing.T) { testStoredSignatures(t, openPostgres) }

// TestPostgresYearLinks: see testYearLinks.
func TestPostgresYearLinks(t *testing.T) {
	storetest.PostgresDSN(t) // skips without a server
	testYearLinks(t, openPostgres)
}
