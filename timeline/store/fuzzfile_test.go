package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// FuzzStoreFile opens a store file damaged by a patch of bytes at an
// offset (a disk error, a copy cut short, another program's write) and
// uses it as serve, report --store and ingest would: every read, a fold
// of its documents, a finish. Each answers or fails with an error, never
// a panic.
func FuzzStoreFile(f *testing.F) {
	ctx := context.Background()
	base := filepath.Join(f.TempDir(), "base.db")
	st, err := store.Open(ctx, base, store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	if _, err := st.AddBatch(ctx, storetest.Partials(storetest.Docs())); err != nil {
		f.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		f.Fatal(err)
	}
	if err := st.Close(); err != nil {
		f.Fatal(err)
	}
	good, err := os.ReadFile(base)
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []struct {
		off   uint32
		patch string
	}{
		{0, ""},                    // the file as written
		{0, "SQLite format 4\x00"}, // another format
		{16, "\x00\x01"},           // a page size of 1
		{28, "\xff\xff\xff\xff"},   // a database size in pages past the end
		{uint32(len(good) / 2), "\x00\x00\x00\x00\x00\x00\x00\x00"},
		{uint32(len(good) - 512), "\xff\xfe\xfd\xfc"},
	} {
		f.Add(seed.off, []byte(seed.patch), false)
	}
	f.Add(uint32(4096), []byte("\x0d\x00\x00\x00\x03\x0f\x00"), true) // a page header, file cut there
	p := storetest.Pipeline()
	f.Fuzz(func(t *testing.T, off uint32, patch []byte, cut bool) {
		b := append([]byte(nil), good...)
		at := int(off % uint32(len(b)))
		copy(b[at:], patch)
		if cut {
			b = b[:at]
		}
		path := filepath.Join(t.TempDir(), "damaged.db")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		// The file as written must open and answer: else this target
		// would test nothing.
		intact := len(patch) == 0 && !cut
		check := func(what string, err error) {
			if intact && err != nil {
				t.Fatalf("%s on the intact store: %v", what, err)
			}
		}
		st, err := store.Open(ctx, path, store.Options{})
		if check("Open", err); err != nil {
			return
		}
		defer st.Close()
		_, err = st.Stats(ctx)
		check("Stats", err)
		_, err = st.Corrections(ctx)
		check("Corrections", err)
		page, err := st.Entities(ctx, store.EntityQuery{Limit: store.MaxLimit})
		check("Entities", err)
		if intact && len(page.Items) == 0 {
			t.Fatal("no entities in the intact store")
		}
		for i, e := range page.Items {
			if i == 4 {
				break
			}
			_, err = st.Entity(ctx, e.ID)
			check("Entity", err)
			_, err = st.Neighbours(ctx, store.NeighbourQuery{ID: e.ID, Weighting: "pmi"})
			check("Neighbours", err)
			_, err = st.Evidence(ctx, store.EvidenceQuery{A: e.ID})
			check("Evidence", err)
			_, err = st.Volume(ctx, store.VolumeQuery{Bucket: "day", Entity: e.ID})
			check("Volume", err)
		}
		events, err := st.Events(ctx, store.EventQuery{})
		check("Events", err)
		for i, ev := range events.Items {
			if i == 4 {
				break
			}
			_, err = st.Event(ctx, ev.ID)
			check("Event", err)
		}
		_, err = st.Search(ctx, store.SearchQuery{Query: "Kyiv"})
		check("Search", err)
		_, err = st.Search(ctx, store.SearchQuery{Query: "中国"})
		check("Search", err)
		_, err = store.Fold(ctx, st, p, store.Slice{})
		check("Fold", err)
		_, err = st.Finish(ctx, store.FinishOptions{Resolve: p.ResolveLocals})
		check("Finish", err)
	})
}
