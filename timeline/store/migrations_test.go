package store

import "testing"

// TestMigrationsInStep checks that every dialect has every migration: a
// schema change made for SQLite alone would leave PostgreSQL stores behind.
func TestMigrationsInStep(t *testing.T) {
	if n, m := len(sqliteMigrations), len(postgresMigrations); n != m {
		t.Errorf("%d SQLite migrations, %d PostgreSQL migrations: write the PostgreSQL form of each", n, m)
	}
}
