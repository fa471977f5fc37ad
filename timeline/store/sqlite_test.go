package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

func openTemp(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestSQLiteConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}

// TestNewReports checks that the reports a finish takes as new, worked out
// from the new documents' partials, are those event_sources names as their
// sentences' reports, in English and Japanese.
func TestNewReports(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	ps := storetest.Partials(storetest.Docs())
	for i, p := range ps {
		if _, err := st.Add(ctx, p); err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, want, err := store.PendingReports(st)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 3 || !slices.Equal(got, want) {
		t.Errorf("new reports %v, want %v", got, want)
	}
}
