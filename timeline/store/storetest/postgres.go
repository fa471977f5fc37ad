package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

// PostgresEnv names the variable that holds the DSN of a PostgreSQL
// database the tests may create databases from (.ci/run sets it); the
// PostgreSQL tests are skipped without it.
const PostgresEnv = "CHRONOGRAPH_TEST_POSTGRES"

var dbSeq atomic.Int64

// PostgresDSN creates an empty database for a test, dropped when it ends,
// and returns its DSN; it skips the test when PostgresEnv is not set.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		t.Skipf("%s is not set: no PostgreSQL to test against", PostgresEnv)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	name := fmt.Sprintf("chronograph_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, dbSeq.Add(1))
	if _, err := db.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		db.Close()
		t.Fatalf("creating a test database in %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		db.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
		db.Close()
	})
	u.Path = "/" + name
	return u.String()
}
