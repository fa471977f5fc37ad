package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/events"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// TestUpgradeSingleReportEvents: a store whose events are in the form
// before schema 17 (every event's reports in cluster_reports, its
// languages and when it was first reported always kept: schema 20; each
// report's anchor always kept: schema 21) is
// moved to the compact form by the migrations, and reads as it did.
func TestUpgradeSingleReportEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	upgradeSingleReportEvents(t, path, "sqlite", path, sqliteTextWeeks)
}

// upgradeSingleReportEvents builds a store at dsn, writes its events back
// in the form before schema 17 through db (driver, source) — and its weeks
// as the statements textWeeks leave them, as before schema 18 — and checks
// that opening it again moves them to the compact form and that the store
// reads as before.
func upgradeSingleReportEvents(t *testing.T, dsn, driver, source string, textWeeks []string) {
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
	asOldForms(t, st)
	st.Close()

	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// counts reads the events' rows, their own columns in table (clusters
	// before schema 32, cluster_own since).
	counts := func(table string) (reports, languages int) {
		t.Helper()
		if err := db.QueryRow(`SELECT (SELECT count(*) FROM cluster_reports), (SELECT count(languages) + count(first_reported) FROM `+table+`) + (SELECT count(anchor) FROM events)`).Scan(&reports, &languages); err != nil {
			t.Fatal(err)
		}
		return reports, languages
	}
	compactReports, compactLanguages := counts("clusters")
	for _, q := range append(textWeeks,
		`INSERT INTO cluster_reports (cluster, pos, event) SELECT c.id, 0, c.report FROM clusters c
			WHERE NOT EXISTS (SELECT 1 FROM cluster_reports cr WHERE cr.cluster = c.id)`,
		`UPDATE clusters SET languages = (SELECT '["' || s.lang || '"]' FROM events r JOIN sentences s ON s.id = r.sentence WHERE r.id = clusters.report)
			WHERE languages IS NULL`,
		`UPDATE clusters SET first_reported = (SELECT d.published FROM events r JOIN sentences s ON s.id = r.sentence JOIN docs d ON d.id = s.doc WHERE r.id = clusters.report)
			WHERE first_reported IS NULL`,
		`UPDATE events SET anchor = (SELECT d.published FROM sentences s JOIN docs d ON d.id = s.doc WHERE s.id = events.sentence) WHERE anchor IS NULL`,
		`UPDATE schema_version SET version = 16`,
	) {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	oldReports, oldLanguages := counts("clusters")
	if oldReports == compactReports || oldLanguages == compactLanguages {
		t.Fatalf("no event of one report or of its text's language alone: %d/%d report rows, %d/%d languages", compactReports, oldReports, compactLanguages, oldLanguages)
	}

	st, err = store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if reports, languages := counts("cluster_own"); reports != compactReports || languages != compactLanguages {
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

// evidence is the evidence of every entity, and of it with each of its
// neighbours, as Evidence pages it, as JSON: the sentences naming an
// entity as the store keeps them.
func evidence(t *testing.T, st store.Store) []byte {
	t.Helper()
	ctx := context.Background()
	var out bytes.Buffer
	pages := func(q store.EvidenceQuery) {
		for {
			page, err := st.Evidence(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(page)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "%s %s %s\n", q.A, q.B, b)
			if q.Cursor = page.Next; q.Cursor == "" {
				return
			}
		}
	}
	for cursor := ""; ; {
		page, err := st.Entities(ctx, store.EntityQuery{Limit: store.MaxLimit, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			pages(store.EvidenceQuery{A: e.ID, Limit: 7})
			ns, err := st.Neighbours(ctx, store.NeighbourQuery{ID: e.ID, Limit: store.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range ns.Items {
				pages(store.EvidenceQuery{A: e.ID, B: n.Entity.ID, Limit: 7})
			}
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
	upgradeSingleReportEvents(t, dsn, "pgx", dsn, postgresTextWeeks)
}

// TestUpgradeWeekNumbers: a store whose weekly counts kept at ingest key
// weeks by text (before schema 18) is moved to day numbers, and a later
// batch (whose finish counts again the weeks of its documents alone)
// gives what one finish over all the documents gives.
func TestUpgradeWeekNumbers(t *testing.T) {
	dir := t.TempDir()
	upgradeWeekNumbers(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite", sqliteTextWeeks)
}

// sqliteTextWeeks and postgresTextWeeks write the weeks of the weekly
// counts kept at ingest back as text (YYYY-MM-DD of the Monday, empty for
// none), as before schema 18, and give the reports the column of their
// rank that schema 19 drops (PostgreSQL's migration drops it if there);
// SQLite's drop the locals' anchors and documents, which schemas 23 and
// 25 add.
var (
	sqliteTextWeeks = []string{
		`ALTER TABLE events ADD COLUMN rep BLOB NOT NULL DEFAULT x''`,
		`ALTER TABLE locals DROP COLUMN anchor`, // added again by schema 23
		`ALTER TABLE locals DROP COLUMN docs`,   // and 25
		`UPDATE local_edges SET week = CASE WHEN week = -2147483648 THEN '' ELSE date(week * 86400, 'unixepoch') END`,
		`UPDATE local_weeks SET week = CASE WHEN week = -2147483648 THEN '' ELSE date(week * 86400, 'unixepoch') END`,
	}
	postgresTextWeeks = []string{
		`ALTER TABLE local_edges ALTER COLUMN week` + postgresTextWeek,
		`ALTER TABLE local_weeks ALTER COLUMN week` + postgresTextWeek,
	}
)

const postgresTextWeek = ` TYPE TEXT USING CASE WHEN week = -2147483648 THEN '' ELSE to_char(DATE '1970-01-01' + week, 'YYYY-MM-DD') END`

// TestPostgresUpgradeWeekNumbers is TestUpgradeWeekNumbers on PostgreSQL.
func TestPostgresUpgradeWeekNumbers(t *testing.T) {
	upgradeWeekNumbers(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx", postgresTextWeeks)
}

// upgradeWeekNumbers ingests the suite's documents but the last two into
// a store at dsn, writes its weeks back as text with the downgrade
// statements, sets its schema back one version, then ingests the last two
// (upgrading it), and compares it with a store at oneDSN that took them
// all at once.
func upgradeWeekNumbers(t *testing.T, oneDSN, dsn, driver string, downgrade []string) {
	ctx := context.Background()
	docs := storetest.Docs()
	one, err := store.Open(ctx, oneDSN, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	finishBatch(t, one, docs)
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	finishBatch(t, st, docs[:len(docs)-2])
	asOldForms(t, st)
	st.Close()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range append(downgrade, `UPDATE schema_version SET version = 17`) {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	var textWeeks int
	if err := db.QueryRow(`SELECT count(*) FROM local_weeks WHERE week LIKE '2025-%'`).Scan(&textWeeks); err != nil || textWeeks == 0 {
		t.Fatalf("%d weeks as text after the downgrade (%v)", textWeeks, err)
	}
	if st, err = store.Open(ctx, dsn, store.Options{}); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	finishBatch(t, st, docs[len(docs)-2:])
	if got, want := storetest.Finished(t, st), storetest.Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
	var weeks int
	if err := db.QueryRow(`SELECT count(*) FROM local_weeks WHERE week BETWEEN 20000 AND 20200`).Scan(&weeks); err != nil || weeks == 0 {
		t.Errorf("%d weeks as day numbers after the upgrade (%v)", weeks, err)
	}
}

// TestUpgradeLocals: a store of schema 22, whose local entities have no
// anchor nor count of documents, gains both on opening: no stored local
// has an anchor, and each counts the documents doc_locals gives it, as a
// new store's do. It reads as before, and a later batch finishes as one
// store of all.
func TestUpgradeLocals(t *testing.T) {
	dir := t.TempDir()
	upgradeLocals(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeLocals is TestUpgradeLocals on PostgreSQL.
func TestPostgresUpgradeLocals(t *testing.T) {
	upgradeLocals(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeLocals(t *testing.T, oneDSN, dsn, driver string) {
	ctx := context.Background()
	party := document.Document{ID: "c1", Source: "news/c1.txt", Text: "アメリカの民主党は声明を出した。"}
	docs := storetest.Docs()
	one, err := store.Open(ctx, oneDSN, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	finishBatch(t, one, append(slices.Clone(docs), party))
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	finishBatch(t, st, docs)
	want := storetest.Finished(t, st)
	asOldForms(t, st)
	st.Close()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts := func() string {
		t.Helper()
		var out bytes.Buffer
		rows, err := db.Query(`SELECT type, aliases, docs FROM locals ORDER BY key`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var typ, aliases string
			var n int
			if err := rows.Scan(&typ, &aliases, &n); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&out, "%s %s %d\n", typ, aliases, n)
		}
		return out.String()
	}
	wantCounts := counts()
	if !strings.Contains(wantCounts, `["Zelensky"] 4`) {
		t.Fatalf("a new store's documents per local entity:\n%s\nwant Zelensky's 4", wantCounts)
	}
	for _, q := range []string{`ALTER TABLE locals DROP COLUMN anchor`, `ALTER TABLE locals DROP COLUMN docs`, `UPDATE schema_version SET version = 22`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if st, err = store.Open(ctx, dsn, store.Options{}); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var anchored int
	if err := db.QueryRow(`SELECT count(*) FROM locals WHERE anchor <> ''`).Scan(&anchored); err != nil || anchored != 0 {
		t.Fatalf("upgraded: %d stored locals with an anchor (%v), want 0", anchored, err)
	}
	if got := counts(); got != wantCounts {
		t.Errorf("upgraded, the documents per local entity:\n%s\nwant\n%s", got, wantCounts)
	}
	if got := storetest.Finished(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store reads otherwise:\n%s\nwant\n%s", got, want)
	}
	finishBatch(t, st, []document.Document{party})
	if err := db.QueryRow(`SELECT count(*) FROM locals WHERE anchor <> ''`).Scan(&anchored); err != nil || anchored != 1 {
		t.Errorf("after a batch naming the Democratic Party by its country: %d locals with an anchor (%v), want 1", anchored, err)
	}
	if got, want := storetest.Finished(t, st), storetest.Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
}

// asOldForms writes st's events by entity, its reports' dates, its
// documents' texts, its events and its local entities' sentences and
// documents in the forms before schemas 29, 30, 31, 32 and 33, as a store
// taken back to an older schema has them.
func asOldForms(t *testing.T, st store.Store) {
	t.Helper()
	for _, write := range []func(store.Store) error{store.WriteEntityClustersAsRows, store.WriteReportDatesAsText,
		store.WriteDocTextsInDocs, store.WriteClustersWithOwn, store.WriteLocalDocsAsRows} {
		if err := write(st); err != nil {
			t.Fatal(err)
		}
	}
}

// upgradeAfterBatch builds a store of all at oneDSN and one of first at
// dsn, calls read on the latter, takes it back to an older schema by the
// statements downgrade (through driver) after asOldForms, and opens it
// again, upgrading it: the stores to compare, and the database under the
// second.
func upgradeAfterBatch(t *testing.T, oneDSN, dsn, driver string, all, first []document.Document, read func(store.Store), downgrade ...string) (one, st store.Store, db *sql.DB) {
	t.Helper()
	ctx := context.Background()
	one, err := store.Open(ctx, oneDSN, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { one.Close() })
	finishBatch(t, one, all)
	if st, err = store.Open(ctx, dsn, store.Options{}); err != nil {
		t.Fatal(err)
	}
	finishBatch(t, st, first)
	read(st)
	asOldForms(t, st)
	st.Close()
	if db, err = sql.Open(driver, dsn); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, q := range downgrade {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if st, err = store.Open(ctx, dsn, store.Options{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return one, st, db
}

// finishBatch ingests docs into st as one batch and finishes.
func finishBatch(t *testing.T, st store.Store, docs []document.Document) {
	t.Helper()
	ctx := context.Background()
	if _, err := st.AddBatch(ctx, storetest.Partials(docs)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
}

// TestUpgradePartialTexts: a store whose documents' results keep the texts
// their named sentences hold (here in the first form, deflated JSON) has
// them written without on opening (schema 24, repackPartials), smaller,
// and gives the same partials and finished store as before.
func TestUpgradePartialTexts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	upgradePartialTexts(t, path, "sqlite", path)
}

// TestPostgresUpgradePartialTexts is TestUpgradePartialTexts on PostgreSQL.
func TestPostgresUpgradePartialTexts(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	upgradePartialTexts(t, dsn, "pgx", dsn)
}

func upgradePartialTexts(t *testing.T, dsn, driver, source string) {
	ctx := context.Background()
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	finishBatch(t, st, storetest.Docs())
	partials := func(st store.Store) []byte {
		t.Helper()
		var out bytes.Buffer
		if err := st.Partials(ctx, store.Slice{}, func(p timeline.Partial) error {
			b, err := json.Marshal(p)
			out.Write(append(b, '\n'))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	want, wantPartials := storetest.Finished(t, st), partials(st)
	if err := store.WritePartialsAsJSON(st); err != nil {
		t.Fatal(err)
	}
	asOldForms(t, st)
	st.Close()
	db, err := sql.Open(driver, source)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	size := func() (total int64) {
		t.Helper()
		if err := db.QueryRow(`SELECT sum(length(partial)) FROM docs`).Scan(&total); err != nil {
			t.Fatal(err)
		}
		return total
	}
	jsonSize := size()
	// Back to schema 23: without the locals' documents, which schema 25 adds.
	for _, q := range []string{`ALTER TABLE locals DROP COLUMN docs`, `UPDATE schema_version SET version = 23`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if st, err = store.Open(ctx, dsn, store.Options{}); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var old int
	if err := db.QueryRow(`SELECT count(*) FROM docs WHERE ` + firstByteIsNot(driver, 0x1f)).Scan(&old); err != nil || old != 0 {
		t.Errorf("upgraded: %d partials in an older form (%v)", old, err)
	}
	if got := size(); got >= jsonSize {
		t.Errorf("upgraded partials take %d bytes, as JSON %d", got, jsonSize)
	}
	if got := partials(st); !bytes.Equal(got, wantPartials) {
		t.Errorf("the upgraded store's partials read otherwise:\n%s\nwant\n%s", got, wantPartials)
	}
	if got := storetest.Finished(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store reads otherwise:\n%s\nwant\n%s", got, want)
	}
}

// firstByteIsNot is a condition on docs.partial's first byte in the
// dialect of driver.
func firstByteIsNot(driver string, b byte) string {
	if driver == "pgx" {
		return fmt.Sprintf("get_byte(partial, 0) <> %d", b)
	}
	return fmt.Sprintf("hex(substr(partial, 1, 1)) <> '%02X'", b)
}

// TestUpgradeClusterEntities: a store whose events' entities are found
// through an index of cluster_entities by event (before schema 26) has
// them listed in the events' rows on opening and the index dropped; it
// reads as before, and a later batch, which writes some events again,
// gives what one store of all gives.
func TestUpgradeClusterEntities(t *testing.T) {
	dir := t.TempDir()
	upgradeClusterEntities(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeClusterEntities is TestUpgradeClusterEntities on
// PostgreSQL.
func TestPostgresUpgradeClusterEntities(t *testing.T) {
	upgradeClusterEntities(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeClusterEntities(t *testing.T, oneDSN, dsn, driver string) {
	docs := storetest.Docs()
	empty := `x'00'`
	if driver == "pgx" {
		empty = `'\x00'::bytea`
	}
	var want []byte
	one, st, _ := upgradeAfterBatch(t, oneDSN, dsn, driver, docs, docs[:len(docs)-2],
		func(st store.Store) { want = eventDetails(t, st) },
		`UPDATE clusters SET entities = `+empty,
		`CREATE INDEX cluster_entities_cluster ON cluster_entities(cluster)`,
		`UPDATE schema_version SET version = 25`)
	if got := eventDetails(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store's events read otherwise:\n%s\nwant\n%s", got, want)
	}
	finishBatch(t, st, docs[len(docs)-2:])
	if got, want := eventDetails(t, st), eventDetails(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
	if got, want := storetest.Finished(t, st), storetest.Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
}

// TestUpgradeEventLinks: a store whose finish's links are a row per link
// (before schema 27) has them a row per group on opening, the same links;
// a later batch, whose finish reuses them, gives what one store of all
// gives.
func TestUpgradeEventLinks(t *testing.T) {
	dir := t.TempDir()
	upgradeEventLinks(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeEventLinks is TestUpgradeEventLinks on PostgreSQL.
func TestPostgresUpgradeEventLinks(t *testing.T) {
	upgradeEventLinks(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeEventLinks(t *testing.T, oneDSN, dsn, driver string) {
	docs := storetest.Docs()
	var want []events.Link
	one, st, db := upgradeAfterBatch(t, oneDSN, dsn, driver, docs, docs[:len(docs)-2],
		func(st store.Store) {
			var err error
			if want, err = store.StoredLinks(st); err != nil {
				t.Fatal(err)
			}
			if err := store.WriteLinksAsRows(st); err != nil {
				t.Fatal(err)
			}
		},
		`UPDATE schema_version SET version = 26`)
	var groups int
	if err := db.QueryRow(`SELECT count(links) FROM event_links`).Scan(&groups); err != nil || groups == 0 || groups > len(want) {
		t.Errorf("upgraded: %d groups' rows of event links (%v), %d links", groups, err, len(want))
	}
	got, err := store.StoredLinks(st)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("upgraded: links\n%v\nwant\n%v", got, want)
	}
	finishBatch(t, st, docs[len(docs)-2:])
	if got, want := eventDetails(t, st), eventDetails(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
}

// TestUpgradeSourcesApart: a store whose event_sources holds every source
// of a report, its first too (before schema 28), has the first left out
// on opening; its events read as before, and a later batch whose source
// of a stored report comes first gives what one store of all gives.
func TestUpgradeSourcesApart(t *testing.T) {
	dir := t.TempDir()
	upgradeSourcesApart(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeSourcesApart is TestUpgradeSourcesApart on
// PostgreSQL.
func TestPostgresUpgradeSourcesApart(t *testing.T) {
	upgradeSourcesApart(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeSourcesApart(t *testing.T, oneDSN, dsn, driver string) {
	// The same report in a document of each batch (the later batch's
	// source comes first: r1's hash is the less), and the whole corpus.
	r1 := document.Document{ID: "r1", Source: "news/r1.txt", Published: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), Text: "Kellogg met Zelensky in Kyiv on February 3, 2025."}
	r2 := document.Document{ID: "r2", Source: "news/r2.txt", Published: time.Date(2025, 2, 4, 0, 0, 0, 0, time.UTC), Text: "Rutte spoke in Brussels. Kellogg met Zelensky in Kyiv on February 3, 2025."}
	corpus := storetest.Docs()
	docs := append(slices.Clone(corpus), r1, r2)
	first := append(corpus[:len(corpus)-1], r2)
	drop := `DROP TRIGGER events_first_moved`
	if driver == "pgx" {
		drop += ` ON events`
	}
	var want []byte
	one, st, db := upgradeAfterBatch(t, oneDSN, dsn, driver, docs, first,
		func(st store.Store) { want = eventDetails(t, st) },
		drop,
		`INSERT INTO event_sources (event, sentence) SELECT id, sentence FROM events`,
		`UPDATE schema_version SET version = 27`)
	var twice int
	if err := db.QueryRow(`SELECT count(*) FROM event_sources es JOIN events e ON e.id = es.event AND e.sentence = es.sentence`).Scan(&twice); err != nil || twice != 0 {
		t.Errorf("upgraded: %d first sources kept in event_sources too (%v), want 0", twice, err)
	}
	if got := eventDetails(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store's events read otherwise:\n%s\nwant\n%s", got, want)
	}
	finishBatch(t, st, []document.Document{corpus[len(corpus)-1], r1})
	if got, want := eventDetails(t, st), eventDetails(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
	var moved int
	if err := db.QueryRow(`SELECT count(*) FROM event_sources es JOIN sentences s ON s.id = es.sentence JOIN docs d ON d.id = s.doc WHERE d.doc_id = 'r2'`).Scan(&moved); err != nil || moved != 1 {
		t.Errorf("r2's source, first until r1 came: %d rows of event_sources (%v), want 1", moved, err)
	}
}

// TestUpgradeEntityClusters: a store whose events are found from an entity
// through a row per entity and event (cluster_entities, before schema 29)
// has them a row per entity on opening; each entity's events list as
// before, and after a later batch, which writes some events again, as one
// store of all lists them.
func TestUpgradeEntityClusters(t *testing.T) {
	dir := t.TempDir()
	upgradeEntityClusters(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeEntityClusters is TestUpgradeEntityClusters on
// PostgreSQL.
func TestPostgresUpgradeEntityClusters(t *testing.T) {
	upgradeEntityClusters(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeEntityClusters(t *testing.T, oneDSN, dsn, driver string) {
	docs := storetest.Docs()
	var want []byte
	one, st, db := upgradeAfterBatch(t, oneDSN, dsn, driver, docs, docs[:len(docs)-2],
		func(st store.Store) { want = storetest.EntityEvents(t, st) },
		`UPDATE schema_version SET version = 28`)
	var rows, ents int
	if err := db.QueryRow(`SELECT count(*), (SELECT count(*) FROM entities) FROM entity_clusters`).Scan(&rows, &ents); err != nil || rows == 0 || rows > ents {
		t.Errorf("upgraded: %d rows of entity_clusters for %d entities (%v)", rows, ents, err)
	}
	if got := storetest.EntityEvents(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store's events by entity:\n%s\nwant\n%s", got, want)
	}
	finishBatch(t, st, docs[len(docs)-2:])
	if got, want := storetest.EntityEvents(t, st), storetest.EntityEvents(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch, events by entity:\n%s\none store of all:\n%s", got, want)
	}
}

// TestUpgradeReportDates: a store whose reports keep their date,
// granularity and date text as text (before schema 30) has them as a day
// number and a place in the report's sentence on opening; its events read
// as before, and after a later batch, which writes some reports again, as
// one store of all reads.
func TestUpgradeReportDates(t *testing.T) {
	dir := t.TempDir()
	upgradeReportDates(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite", storetest.Docs())
}

// TestPostgresUpgradeReportDates is TestUpgradeReportDates on PostgreSQL.
func TestPostgresUpgradeReportDates(t *testing.T) {
	upgradeReportDates(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx", storetest.Docs())
}

// TestUpgradeReportDatesInPages is TestUpgradeReportDates with migration
// 30 paging through the reports one at a time, as it does through a big
// store's 20,000 at a time, over the suite's documents and one whose
// sentence tells two reports (two dates), so that a page ends inside one
// sentence's reports.
func TestUpgradeReportDatesInPages(t *testing.T) {
	defer store.PageReportDates(1)()
	dir := t.TempDir()
	upgradeReportDates(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite", twoReportsInASentence())
}

// TestPostgresUpgradeReportDatesInPages is TestUpgradeReportDatesInPages
// on PostgreSQL.
func TestPostgresUpgradeReportDatesInPages(t *testing.T) {
	defer store.PageReportDates(1)()
	upgradeReportDates(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx", twoReportsInASentence())
}

// twoReportsInASentence is the suite's documents after one whose first
// sentence tells two reports, one for each of its dates.
func twoReportsInASentence() []document.Document {
	return append([]document.Document{{ID: "p1", Source: "news/p.txt", Published: time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC),
		Text: "Kellogg met Zelensky in Kyiv on February 10, 2025 and again on February 18, 2025. Rutte praised them."}}, storetest.Docs()...)
}

func upgradeReportDates(t *testing.T, oneDSN, dsn, driver string, docs []document.Document) {
	upgradeReads(t, oneDSN, dsn, driver, docs, func(db *sql.DB) {
		var reports, days, texts int
		if err := db.QueryRow(`SELECT count(*), count(day), count(date_text) FROM events`).Scan(&reports, &days, &texts); err != nil || days == 0 || texts == reports {
			t.Errorf("upgraded: %d of %d reports dated by a day number, %d keep their date's text (%v)", days, reports, texts, err)
		}
	})
}

// upgradeReads builds a store of docs but the last two at dsn, takes it back to the forms before schema 29 (asOldForms),
// opens it again, calls check with the database under it, and checks that
// it reads as before (every event, the finished store, the evidence), keeps
// the signatures its finish worked out (the upgrade narrows the 64 bits
// asOldForms wrote to those 48) and, after a later batch of the last two,
// reads as a store of all at oneDSN.
func upgradeReads(t *testing.T, oneDSN, dsn, driver string, docs []document.Document, check func(*sql.DB), downgrade ...string) {
	var want, wantFinished, wantEvidence []byte
	var wantSigs []int64
	one, st, db := upgradeAfterBatch(t, oneDSN, dsn, driver, docs, docs[:len(docs)-2],
		func(st store.Store) {
			want, wantFinished, wantEvidence = eventDetails(t, st), storetest.Finished(t, st), evidence(t, st)
			var err error
			if wantSigs, err = store.Signatures(st); err != nil {
				t.Fatal(err)
			}
		},
		append([]string{`UPDATE schema_version SET version = 28`}, downgrade...)...) // asOldForms writes schema 28's events by entity too
	check(db)
	if got, err := store.Signatures(st); err != nil || !slices.Equal(got, wantSigs) {
		t.Errorf("the upgraded store's signatures (%v):\n%v\nwant those its finish worked out\n%v", err, got, wantSigs)
	}
	if got := eventDetails(t, st); !bytes.Equal(got, want) {
		t.Errorf("the upgraded store's events read otherwise:\n%s\nwant\n%s", got, want)
	}
	if got := storetest.Finished(t, st); !bytes.Equal(got, wantFinished) {
		t.Errorf("the upgraded store reads otherwise:\n%s\nwant\n%s", got, wantFinished)
	}
	if got := evidence(t, st); !bytes.Equal(got, wantEvidence) {
		t.Errorf("the upgraded store's evidence reads otherwise:\n%s\nwant\n%s", got, wantEvidence)
	}
	finishBatch(t, st, docs[len(docs)-2:])
	if got, want := eventDetails(t, st), eventDetails(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch:\n%s\none store of all:\n%s", got, want)
	}
	if got, want := storetest.Finished(t, st), storetest.Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch, the store:\n%s\none store of all:\n%s", got, want)
	}
	if got, want := evidence(t, st), evidence(t, one); !bytes.Equal(got, want) {
		t.Errorf("upgraded, then a batch, the evidence:\n%s\none store of all:\n%s", got, want)
	}
}

// TestUpgradeDocTexts: a store whose documents' named sentences are in
// their docs rows (before schema 31) has them in doc_texts on opening; it
// reads as before, and after a later batch as one store of all reads.
func TestUpgradeDocTexts(t *testing.T) {
	dir := t.TempDir()
	upgradeDocTexts(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeDocTexts is TestUpgradeDocTexts on PostgreSQL.
func TestPostgresUpgradeDocTexts(t *testing.T) {
	upgradeDocTexts(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeDocTexts(t *testing.T, oneDSN, dsn, driver string) {
	upgradeReads(t, oneDSN, dsn, driver, storetest.Docs(), func(db *sql.DB) {
		var texts, stored int
		if err := db.QueryRow(`SELECT (SELECT count(*) FROM doc_texts), (SELECT count(*) FROM docs)`).Scan(&texts, &stored); err != nil || texts != stored || texts == 0 {
			t.Errorf("upgraded: the texts of %d of %d documents in doc_texts (%v)", texts, stored, err)
		}
		if _, err := db.Exec(`SELECT text FROM docs`); err == nil {
			t.Errorf("upgraded: docs keeps its column text")
		}
	})
}

// TestUpgradeClusterOwn: a store whose events keep in their rows what they
// do not take from their reports, and signatures of 64 bits (before schema
// 32), has the first in cluster_own and the second in 48 bits on opening;
// it reads as before, and after a later batch as one store of all reads
// (an event a signature would take as changed is written again, the same).
// Its corpus has an event of each kind cluster_own holds (its own date, its
// own languages, first reported before its text), so a column the
// migration dropped would read otherwise.
func TestUpgradeClusterOwn(t *testing.T) {
	dir := t.TempDir()
	upgradeClusterOwn(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeClusterOwn is TestUpgradeClusterOwn on PostgreSQL.
func TestPostgresUpgradeClusterOwn(t *testing.T) {
	upgradeClusterOwn(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeClusterOwn(t *testing.T, oneDSN, dsn, driver string) {
	// The same report in two documents, the one whose text the event
	// shows (the less hash) published later: the event keeps when it was
	// first reported.
	a := document.Document{ID: "o1", Source: "news/o1.txt", Text: "Rutte spoke in Brussels. Kellogg met Sybiha in Warsaw on March 2, 2025."}
	b := document.Document{ID: "o2", Source: "news/o2.txt", Text: "Zelensky spoke in Kyiv. Kellogg met Sybiha in Warsaw on March 2, 2025."}
	if timeline.HashText(a.Text) > timeline.HashText(b.Text) {
		a, b = b, a
	}
	a.Published, b.Published = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	// The same meeting told in Japanese: the event's languages are not its
	// text's alone.
	c := document.Document{ID: "o3", Source: "news/o3.txt", Text: "ケロッグ特使は2025年3月2日、ワルシャワでシビハ外相と会談した。", Published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)}
	// Another meeting told in English by its month alone, in Japanese by
	// its day: the event's text is the English, its date the Japanese.
	d := document.Document{ID: "o4", Source: "news/o4.txt", Text: "Rutte met Sybiha in Warsaw in April 2025.", Published: time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)}
	e := document.Document{ID: "o5", Source: "news/o5.txt", Text: "ルッテ事務総長は2025年4月9日、ワルシャワでシビハ外相と会談した。", Published: time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC)}
	upgradeReads(t, oneDSN, dsn, driver, append([]document.Document{a, b, c, d, e}, storetest.Docs()...), func(db *sql.DB) {
		var events, own, wide int
		if err := db.QueryRow(`SELECT (SELECT count(*) FROM clusters), (SELECT count(*) FROM cluster_own), (SELECT count(*) FROM clusters WHERE sig < 0 OR sig >= 281474976710656)`).Scan(&events, &own, &wide); err != nil || own == 0 || own >= events || wide > 0 {
			t.Errorf("upgraded: %d of %d events in cluster_own, %d signatures of more than 48 bits (%v)", own, events, wide, err)
		}
		// Each of cluster_own's kinds of column is held by some event, so
		// that reading as before checks that the migration moved it.
		var dates, languages, first int
		if err := db.QueryRow(`SELECT count(date), count(languages), count(first_reported) FROM cluster_own`).Scan(&dates, &languages, &first); err != nil || dates == 0 || languages == 0 || first == 0 {
			t.Errorf("upgraded: cluster_own holds %d own dates, %d own languages, %d first reported; want each (%v)", dates, languages, first, err)
		}
	})
}

// TestUpgradeLocalDocs: a store whose local entities' sentences are a row
// per sentence and their documents a row per document (before schema 33)
// has them a row per local entity and document on opening, the sentences
// packed; it reads as before (the evidence of every entity and pair too),
// and after a later batch as one store of all reads.
func TestUpgradeLocalDocs(t *testing.T) {
	dir := t.TempDir()
	upgradeLocalDocs(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite")
}

// TestPostgresUpgradeLocalDocs is TestUpgradeLocalDocs on PostgreSQL.
func TestPostgresUpgradeLocalDocs(t *testing.T) {
	upgradeLocalDocs(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx")
}

func upgradeLocalDocs(t *testing.T, oneDSN, dsn, driver string) {
	upgradeReads(t, oneDSN, dsn, driver, storetest.Docs(), func(db *sql.DB) {
		var rows, none int
		if err := db.QueryRow(`SELECT count(*), count(CASE WHEN length(sentences) = 1 THEN 1 END) FROM local_docs`).Scan(&rows, &none); err != nil || rows == 0 || none == rows {
			t.Errorf("upgraded: %d rows of local_docs, %d listing no sentence (%v)", rows, none, err)
		}
		for _, table := range []string{"sentence_locals", "doc_locals"} {
			if _, err := db.Exec(`SELECT count(*) FROM ` + table); err == nil {
				t.Errorf("upgraded: %s is still there", table)
			}
		}
	})
}

// TestUpgradeReportEvents: a store whose cluster_reports has no index by
// report (before schema 34) has it on opening; it reads as before, and a
// later batch, whose finish finds its reports' events through the index,
// leaves it as one store of all.
func TestUpgradeReportEvents(t *testing.T) {
	dir := t.TempDir()
	upgradeReportEvents(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite",
		`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'cluster_reports_event'`)
}

// TestPostgresUpgradeReportEvents is TestUpgradeReportEvents on PostgreSQL.
func TestPostgresUpgradeReportEvents(t *testing.T) {
	upgradeReportEvents(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx",
		`SELECT count(*) FROM pg_indexes WHERE indexname = 'cluster_reports_event' AND schemaname = current_schema()`)
}

func upgradeReportEvents(t *testing.T, oneDSN, dsn, driver, indexed string) {
	upgradeReads(t, oneDSN, dsn, driver, storetest.Docs(), func(db *sql.DB) {
		var n int
		if err := db.QueryRow(indexed).Scan(&n); err != nil || n != 1 {
			t.Errorf("upgraded: %d indexes cluster_reports_event (%v)", n, err)
		}
	}, `DROP INDEX cluster_reports_event`)
}

// TestUpgradeFTSMerging: a store of schema 34, whose full-text index FTS5
// merges 4 segments at a time, merges them 16 at a time on opening
// (schema 35, ftsMerging); it reads as before, and after a later batch as
// one store of all reads.
func TestUpgradeFTSMerging(t *testing.T) {
	dir := t.TempDir()
	upgradeReads(t, filepath.Join(dir, "one.db"), filepath.Join(dir, "s.db"), "sqlite", storetest.Docs(), func(db *sql.DB) {
		var merge string
		err := db.QueryRow(`SELECT group_concat(k || ' ' || v, ', ') FROM (SELECT k, v FROM sentence_fts_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k)`).Scan(&merge)
		if err != nil || merge != "automerge 16, crisismerge 32" {
			t.Errorf("upgraded: the full-text index merges by %q (%v), want automerge 16, crisismerge 32", merge, err)
		}
	}, `INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('automerge', 4)`, `INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('crisismerge', 16)`)
}

// TestPostgresUpgradeFTSMerging is TestUpgradeFTSMerging on PostgreSQL,
// where schema 35 changes nothing: the store reads as before.
func TestPostgresUpgradeFTSMerging(t *testing.T) {
	upgradeReads(t, storetest.PostgresDSN(t), storetest.PostgresDSN(t), "pgx", storetest.Docs(), func(*sql.DB) {})
}
