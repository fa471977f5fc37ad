package store_test

import (
	"context"
	"testing"

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
