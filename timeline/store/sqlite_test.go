package store_test

import (
	"context"
	"path/filepath"
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
