package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

var (
	fuzzOnce  sync.Once
	fuzzStore store.Store
)

// FuzzQueries passes arbitrary parameters to every read of a store, as a
// server would from a URL: each answers, or fails with ErrBadQuery or
// ErrNotFound, never otherwise.
func FuzzQueries(f *testing.F) {
	for _, seed := range []struct {
		q, cursor, from string
		limit           int
	}{
		{"NATO", "", "2025-02-01", 10},
		{`"met Rutte"`, "WzEsImEiXQ", "", 0},
		{"中国 訪問", "", "2025-13-40", -1},
		{"NEAR(a b) OR *", "%%%", "2025-02-03", 1001},
		{"person/volodymyr-zelensky", "eyJ4IjoxfQ", "", 1},
	} {
		f.Add(seed.q, seed.cursor, seed.from, seed.limit)
	}
	f.Fuzz(func(t *testing.T, q, cursor, from string, limit int) {
		fuzzOnce.Do(func() {
			st, err := store.Open(context.Background(), t.TempDir()+"/fuzz.db", store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			if _, err := st.AddBatch(ctx, storetest.Partials(storetest.Docs())); err != nil {
				t.Fatal(err)
			}
			if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
				t.Fatal(err)
			}
			fuzzStore = st
		})
		ctx := context.Background()
		st := fuzzStore
		w := store.Window{From: from}
		check := func(what string, err error) {
			if err != nil && !errors.Is(err, store.ErrBadQuery) && !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%s(%q, %q, %q, %d): %v", what, q, cursor, from, limit, err)
			}
		}
		_, err := st.Entities(ctx, store.EntityQuery{Query: q, Type: from, Limit: limit, Cursor: cursor})
		check("Entities", err)
		_, err = st.Entity(ctx, q)
		check("Entity", err)
		_, err = st.Event(ctx, q)
		check("Event", err)
		_, err = st.Neighbours(ctx, store.NeighbourQuery{ID: q, Window: w, Weighting: cursor, Limit: limit, Cursor: cursor})
		check("Neighbours", err)
		_, err = st.Evidence(ctx, store.EvidenceQuery{A: q, B: from, Window: w, Limit: limit, Cursor: cursor})
		check("Evidence", err)
		_, err = st.Events(ctx, store.EventQuery{Window: w, Entity: q, Limit: limit, Cursor: cursor})
		check("Events", err)
		_, err = st.Volume(ctx, store.VolumeQuery{Bucket: cursor, Window: w, Entity: q})
		check("Volume", err)
		_, err = st.Search(ctx, store.SearchQuery{Query: q, Window: w, Limit: limit, Cursor: cursor})
		check("Search", err)
	})
}
