package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// TestUpgradeSingleReportEvents: a store whose events are in the form
// before schema 17 (every event's reports in cluster_reports, its
// languages always kept) is moved to the compact form by the migration,
// and reads as it did.
func TestUpgradeSingleReportEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	upgradeSingleReportEvents(t, path, "sqlite", path)
}

// upgradeSingleReportEvents builds a store at dsn, writes its events back
// in the form before schema 17 through db (driver, source), and checks
// that opening it again moves them to the compact form and that the store
// reads as before.
func upgradeSingleReportEvents(t *testing.T, dsn, driver, source string) {
	ctx := context.Background()
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddBatch(ctx, storetest.Partials(storetest.Docs())); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
	want, wantEvents := storetest.Finished(t, st), eventDetails(t, st)
	st.Close()

	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts := func() (reports, languages int) {
		t.Helper()
		if err := db.QueryRow(`SELECT (SELECT count(*) FROM cluster_reports), (SELECT count(languages) FROM clusters)`).Scan(&reports, &languages); err != nil {
			t.Fatal(err)
		}
		return reports, languages
	}
	compactReports, compactLanguages := counts()
	for _, q := range []string{
		`INSERT INTO cluster_reports (cluster, pos, event) SELECT c.id, 0, c.report FROM clusters c
			WHERE NOT EXISTS (SELECT 1 FROM cluster_reports cr WHERE cr.cluster = c.id)`,
		`UPDATE clusters SET languages = (SELECT '["' || s.lang || '"]' FROM events r JOIN sentences s ON s.id = r.sentence WHERE r.id = clusters.report)
			WHERE languages IS NULL`,
		fmt.Sprintf(`UPDATE schema_version SET version = %d`, store.SchemaVersion-1),
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	oldReports, oldLanguages := counts()
	if oldReports == compactReports || oldLanguages == compactLanguages {
		t.Fatalf("no event of one report or of its text's language alone: %d/%d report rows, %d/%d languages", compactReports, oldReports, compactLanguages, oldLanguages)
	}

	st, err = store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if reports, languages := counts(); reports != compactReports || languages != compactLanguages {
		t.Errorf("upgraded: %d report rows, %d languages kept; a new store has %d, %d", reports, languages, compactReports, compactLanguages)
	}
	if got := storetest.Finished(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store reads otherwise:\n%s\nwant\n%s", got, want)
	}
	if got := eventDetails(t, st); !bytes.Equal(got, wantEvents) {
		t.Errorf("the upgraded store's events read otherwise:\n%s\nwant\n%s", got, wantEvents)
	}
}

// eventDetails is every event as Event gives it (its sources with their
// texts), as JSON.
func eventDetails(t *testing.T, st store.Store) []byte {
	t.Helper()
	ctx := context.Background()
	var out bytes.Buffer
	for cursor := ""; ; {
		page, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range page.Items {
			got, err := st.Event(ctx, ev.ID)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "%+v\n", got)
		}
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	return out.Bytes()
}

// TestPostgresUpgradeSingleReportEvents is TestUpgradeSingleReportEvents
// on PostgreSQL.
func TestPostgresUpgradeSingleReportEvents(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	upgradeSingleReportEvents(t, dsn, "pgx", dsn)
}
