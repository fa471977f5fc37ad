package store

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/events"
)

// SetFinishHook makes st's Finish call hook once it has read the local
// entities it resolves: a test's other writer goes there.
func SetFinishHook(st Store, hook func()) { st.(*sqlStore).finishHook = hook }

// SetBatchHook makes st's batches call hook once they have the ids of
// their local entities: a test's other writer goes there.
func SetBatchHook(st Store, hook func()) { st.(*sqlStore).batchHook = hook }

// ConnectionsClosed is how many of st's connections were closed because
// too many were idle.
func ConnectionsClosed(st Store) int64 { return st.(*sqlStore).db.DB.Stats().MaxIdleClosed }

// PendingReports returns the reports the documents no finish has taken in
// are sources of: as a finish works them out from their partials
// (newReports), and as their sources have them (reportSources); each
// sorted, once.
func PendingReports(st Store) (got, want []int64, err error) {
	ctx := context.Background()
	tx, err := st.(*sqlStore).db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	if _, _, err := pendingDocs(ctx, tx); err != nil {
		return nil, nil, err
	}
	if got, err = newReports(ctx, tx); err != nil {
		return nil, nil, err
	}
	want, err = readColumn[int64](ctx, tx, `SELECT DISTINCT es.event FROM (`+reportSources+`) es JOIN sentences s ON s.id = es.sentence WHERE s.doc IN (SELECT id FROM new_docs)`)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Compact(got), want, err
}

// MovedReports returns the reports whose sources' sentences name one of
// the local entities locals: as a finish works them out from the partials
// of those sentences' documents (reportsNaming), and as their sources
// have them (reportSources); each sorted, once.
func MovedReports(st Store, locals []int64) (got, want []int64, err error) {
	ctx := context.Background()
	tx, err := st.(*sqlStore).db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	for _, q := range []string{`CREATE TEMP TABLE IF NOT EXISTS moved_locals (id BIGINT PRIMARY KEY)`, `DELETE FROM moved_locals`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, nil, err
		}
	}
	var rows [][]any
	for _, l := range locals {
		rows = append(rows, []any{l})
	}
	if err := insertValues(ctx, tx, "moved_locals", []string{"id"}, rows); err != nil {
		return nil, nil, err
	}
	if got, err = reportsNaming(ctx, tx); err != nil {
		return nil, nil, err
	}
	naming := map[int64]bool{}
	if err := eachPacked(ctx, tx, `SELECT local, sentences FROM local_docs WHERE local IN (SELECT id FROM moved_locals)`, nil, func(_ int64, sns []int64) {
		for _, sn := range sns {
			naming[sn] = true
		}
	}); err != nil {
		return nil, nil, err
	}
	srcs, err := tx.QueryContext(ctx, reportSources)
	if err != nil {
		return nil, nil, err
	}
	defer srcs.Close()
	for srcs.Next() {
		var ev, sn int64
		if err := srcs.Scan(&ev, &sn); err != nil {
			return nil, nil, err
		}
		if naming[sn] {
			want = append(want, ev)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	return slices.Compact(got), slices.Compact(want), srcs.Err()
}

// WritePartialsAsJSON writes every stored partial of st back in the first
// form, deflated JSON (before schema 9), which every later schema reads:
// a store to upgrade.
func WritePartialsAsJSON(st Store) error {
	ctx := context.Background()
	s := st.(*sqlStore)
	return s.Partials(ctx, Slice{}, func(p timeline.Partial) error {
		hash := p.Hash
		p.Doc, p.Hash, p.Bytes = timeline.Document{}, "", 0
		for i := range p.Sentences {
			p.Sentences[i].Text = ""
		}
		b, err := json.Marshal(p)
		if err != nil {
			return err
		}
		blob, err := deflate(nil, b)
		if err != nil {
			return err
		}
		_, err = s.db.ExecContext(ctx, `UPDATE docs SET partial = ? WHERE hash = ?`, blob, hash)
		return err
	})
}

// StoredLinks is every link of st's event_links, as a finish reads them.
func StoredLinks(st Store) ([]events.Link, error) {
	ctx := context.Background()
	tx, err := st.(*sqlStore).db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	links, err := storedLinks(st.(*sqlStore).writer(ctx, tx), false, newLastFinish())
	slices.SortFunc(links, events.CompareLinks)
	return links, err
}

// WriteLinksAsRows writes st's event_links back a row per link, as before
// schema 27.
func WriteLinksAsRows(st Store) error {
	links, err := StoredLinks(st)
	if err != nil {
		return err
	}
	ctx := context.Background()
	tx, err := st.(*sqlStore).db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DROP TABLE event_links; CREATE TABLE event_links (grp BIGINT NOT NULL, cluster BIGINT NOT NULL, target BIGINT NOT NULL, PRIMARY KEY (grp, cluster, target))`); err != nil {
		return err
	}
	var rows [][]any
	for _, l := range links {
		grp, _ := strconv.ParseInt(l.Group, 10, 64)
		rows = append(rows, []any{grp, int64(l.From), int64(l.To)})
	}
	if err := insertValues(ctx, tx, "event_links", []string{"grp", "cluster", "target"}, rows); err != nil {
		return err
	}
	return tx.Commit()
}

// KeepBuilt takes the reports st's batches kept for its next finish
// (builtReports), nil when it kept none. Called once that finish has run,
// the function it returns gives them as the finish took them
// (builtReports.fill) and the same reports as read back from the store
// (reportRows.read), each printed.
func KeepBuilt(st Store) func() (got, want string, err error) {
	s := st.(*sqlStore)
	s.builtMu.Lock()
	b := s.built
	s.builtMu.Unlock()
	if b == nil {
		return nil
	}
	show := func(rr *reportRows) string {
		ordered := true // in reportOrder
		for i := 1; i < len(rr.reports); i++ {
			ordered = ordered && reportOrder(rr.reports[i-1].Date, rr.rowIDs[i-1], rr.reports[i].Date, rr.rowIDs[i]) < 0
		}
		for i, id := range rr.rowIDs {
			ordered = ordered && rr.index[id] == i
		}
		return fmt.Sprintf("in reportOrder: %v\n%+v\n%v\n%v\n%v\n%v", ordered, rr.reports, rr.rowIDs, rr.spans, rr.published, rr.publishedRow)
	}
	return func() (string, string, error) {
		ctx := context.Background()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return "", "", err
		}
		defer tx.Rollback()
		if _, _, err := pendingDocs(ctx, tx); err != nil {
			return "", "", err
		}
		entity := map[int64]string{}
		rows, err := tx.QueryContext(ctx, `SELECT id, coalesce(entity, '') FROM locals`)
		if err != nil {
			return "", "", err
		}
		for rows.Next() {
			var id int64
			var e string
			if err := rows.Scan(&id, &e); err != nil {
				rows.Close()
				return "", "", err
			}
			entity[id] = e
		}
		rows.Close()
		entityOf := func(l int64) string { return entity[l] }
		read := newReportRows()
		if err := read.read(s.writer(ctx, tx), nil, entityOf, false, 0); err != nil {
			return "", "", err
		}
		filled := newReportRows()
		b.fill(filled, entityOf)
		// And the local entities' edges and weekly counts, summed by
		// local entity and week.
		self := map[int64]int64{}
		for id := range entity {
			self[id] = id
		}
		edges, err := readCounts(ctx, tx, `SELECT a, b, week, n FROM local_edges`, true)
		if err != nil {
			return "", "", err
		}
		weeks, err := readCounts(ctx, tx, `SELECT local, week, n FROM local_weeks`, false)
		if err != nil {
			return "", "", err
		}
		counts := func(edges, weeks []entityCount) string {
			return fmt.Sprintf("\nlocal edges %v\nlocal weeks %v", sumByEntity(edges, self, true), sumByEntity(weeks, self, false))
		}
		return show(filled) + counts(b.edges, b.weeks), show(read) + counts(edges, weeks), nil
	}
}

// WriteEntityClustersAsRows writes the events naming each entity back as
// a row per entity and event, in cluster_entities (before schema 29): a
// store to upgrade.
func WriteEntityClustersAsRows(st Store) error {
	return inTx(st, func(ctx context.Context, tx *tx) error {
		ents, err := readColumn[any](ctx, tx, `SELECT entity FROM entity_clusters`)
		if err != nil {
			return err
		}
		var pairs [][]any
		err = readPacked(ctx, tx, `SELECT entity, clusters FROM entity_clusters WHERE entity IN `, ents, func(n int64, keys []int64) {
			for _, k := range keys {
				pairs = append(pairs, []any{n, k})
			}
		})
		if err != nil {
			return err
		}
		table := `CREATE TABLE cluster_entities (entity INTEGER NOT NULL, cluster INTEGER NOT NULL, PRIMARY KEY (entity, cluster)) WITHOUT ROWID`
		if _, ok := tx.d.(postgresDialect); ok {
			table = `CREATE TABLE cluster_entities (entity BIGINT NOT NULL, cluster BIGINT NOT NULL, PRIMARY KEY (entity, cluster))`
		}
		if err := tx.execEach(ctx, `DROP TABLE entity_clusters`, table); err != nil {
			return err
		}
		return insertValues(ctx, tx, "cluster_entities", []string{"entity", "cluster"}, pairs)
	})
}

// WriteReportDatesAsText writes the reports' dates back as text, their
// date, granularity and date text in columns of their own (before schema
// 30): a store to upgrade.
func WriteReportDatesAsText(st Store) error {
	return inTx(st, func(ctx context.Context, tx *tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT e.id, `+reportDateColumns("e")+`, e.anchor, e.sentence, s.doc, s.start, s."end"
			FROM events e JOIN sentences s ON s.id = e.sentence ORDER BY e.id`)
		if err != nil {
			return err
		}
		var vals [][]any
		var dates []reportDate
		var spans []span
		for rows.Next() {
			var id, sentence int64
			var anchor any
			var rd reportDate
			var sp span
			if err := rows.Scan(append(append([]any{&id}, rd.dest()...), &anchor, &sentence, &sp.doc, &sp.start, &sp.end)...); err != nil {
				rows.Close()
				return err
			}
			vals = append(vals, []any{id, nil, nil, nil, anchor, sentence})
			dates, spans = append(dates, rd), append(spans, sp)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		got, err := texts(ctx, tx, spans)
		if err != nil {
			return err
		}
		for i, rd := range dates {
			var ev timeline.Event
			if err := rd.fill(&ev, got[i]); err != nil {
				return err
			}
			vals[i][1], vals[i][2], vals[i][3] = ev.Date, ev.Granularity, ev.DateText
		}
		table, trigger := `CREATE TABLE events (id INTEGER PRIMARY KEY, date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL,
			anchor TEXT, sentence INTEGER NOT NULL)`, sqliteFirstMoved
		if _, ok := tx.d.(postgresDialect); ok {
			table, trigger = collateC(`CREATE TABLE events (id BIGINT PRIMARY KEY, date TEXT NOT NULL, granularity TEXT NOT NULL, date_text TEXT NOT NULL,
			anchor TEXT, sentence BIGINT NOT NULL)`), postgresFirstMoved
		}
		if err := tx.execEach(ctx, `DROP TABLE events`, table); err != nil {
			return err
		}
		if err := insertValues(ctx, tx, "events", []string{"id", "date", "granularity", "date_text", "anchor", "sentence"}, vals); err != nil {
			return err
		}
		return tx.execEach(ctx, trigger)
	})
}

// WriteDocTextsInDocs moves the documents' named sentences back into
// docs.text (before schema 31): a store to upgrade.
func WriteDocTextsInDocs(st Store) error {
	s := st.(*sqlStore)
	add := `ALTER TABLE docs ADD COLUMN text BLOB NOT NULL DEFAULT x''`
	if _, ok := s.db.d.(postgresDialect); ok {
		add = `ALTER TABLE docs ADD COLUMN text BYTEA NOT NULL DEFAULT ''`
	}
	return inTx(st, func(ctx context.Context, tx *tx) error {
		return tx.execEach(ctx, add, `UPDATE docs SET text = (SELECT t.text FROM doc_texts t WHERE t.id = docs.id)`, `DROP TABLE doc_texts`)
	})
}

// Signatures is the stored events' signatures in the order of their keys.
func Signatures(st Store) ([]int64, error) {
	return readColumn[int64](context.Background(), st.(*sqlStore).db, `SELECT sig FROM clusters ORDER BY id`)
}

// WriteClustersWithOwn writes what events do not take from their reports
// back into their rows, and their signatures in 64 bits (before schema
// 32): a store to upgrade.
func WriteClustersWithOwn(st Store) error {
	s := st.(*sqlStore)
	qs := []string{`CREATE TABLE clusters31 (id INTEGER PRIMARY KEY, date TEXT, granularity TEXT, date_text TEXT, anchor TEXT,
			report INTEGER NOT NULL, reports INTEGER NOT NULL, languages TEXT, first_reported TEXT, sig INTEGER NOT NULL, entities BLOB NOT NULL)`,
		`INSERT INTO clusters31 SELECT c.id, o.date, o.granularity, o.date_text, o.anchor, c.report, c.reports, o.languages, o.first_reported, c.sig << 16, c.entities
			FROM clusters c LEFT JOIN cluster_own o ON o.id = c.id`,
		`DROP TABLE clusters`, `ALTER TABLE clusters31 RENAME TO clusters`, `DROP TABLE cluster_own`}
	if _, ok := s.db.d.(postgresDialect); ok {
		qs = []string{collateC(`ALTER TABLE clusters ADD COLUMN date TEXT, ADD COLUMN granularity TEXT, ADD COLUMN date_text TEXT, ADD COLUMN anchor TEXT,
				ADD COLUMN languages TEXT, ADD COLUMN first_reported TEXT`),
			`UPDATE clusters c SET date = o.date, granularity = o.granularity, date_text = o.date_text, anchor = o.anchor, languages = o.languages,
				first_reported = o.first_reported FROM cluster_own o WHERE o.id = c.id`,
			`UPDATE clusters SET sig = sig << 16`, `DROP TABLE cluster_own`}
	}
	return inTx(st, func(ctx context.Context, tx *tx) error { return tx.execEach(ctx, qs...) })
}

// WriteLocalDocsAsRows writes the sentences naming each local entity a
// row per sentence (sentence_locals) and its documents a row per document
// (doc_locals), as before schema 33: a store to upgrade.
func WriteLocalDocsAsRows(st Store) error {
	return inTx(st, func(ctx context.Context, tx *tx) error {
		var sentLocals, docLocals [][]any
		rows, err := tx.QueryContext(ctx, `SELECT local, doc, sentences FROM local_docs ORDER BY local, doc`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var local, doc int64
			var blob []byte
			if err := rows.Scan(&local, &doc, &blob); err != nil {
				rows.Close()
				return err
			}
			sns, err := unpackNumbers(blob)
			if err != nil {
				rows.Close()
				return err
			}
			docLocals = append(docLocals, []any{local, doc})
			for _, sn := range sns {
				sentLocals = append(sentLocals, []any{local, sn})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		qs := []string{`CREATE TABLE doc_locals (local INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (local, doc))`,
			`CREATE INDEX doc_locals_doc ON doc_locals(doc)`,
			`CREATE TABLE sentence_locals (local INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (local, sentence))`,
			`DROP TABLE local_docs`}
		if err := tx.execEach(ctx, qs...); err != nil {
			return err
		}
		if err := insertValues(ctx, tx, "doc_locals", []string{"local", "doc"}, docLocals); err != nil {
			return err
		}
		return insertValues(ctx, tx, "sentence_locals", []string{"local", "sentence"}, sentLocals)
	})
}

// reportSources is a query of the sources of reports as rows (event,
// sentence): each report's first, which its row holds, and its others, in
// event_sources (schema 28).
const reportSources = `SELECT event, sentence FROM event_sources UNION ALL SELECT id, sentence FROM events`

// inTx runs do in a transaction of st's and commits it when do succeeds:
// the frame of each Write… above, which rewrites tables as an older
// schema had them.
func inTx(st Store, do func(ctx context.Context, tx *tx) error) error {
	ctx := context.Background()
	tx, err := st.(*sqlStore).db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := do(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}

// PageReportDates makes migration 30 page through the reports n at a time
// until the function it returns puts the step back, so that a test's small
// store takes the path of a big one (many pages, a page ending inside the
// reports of one sentence). Not for parallel tests.
func PageReportDates(n int) (restore func()) {
	was := migrationSteps[30]
	migrationSteps[30] = func(ctx context.Context, t *tx) error { return packReportDatesBy(ctx, t, n) }
	return func() { migrationSteps[30] = was }
}

// PickGroups returns, for each set of groups loaded in turn by the passes
// of one finish, what loadGroups inserts to pick their reports
// (reportGroups.pick): the days (as dates), the dates held as text and
// the reports' ids, each sorted; byText gives the group of each date held
// as text, alone the changed reports of the groups alone.
func PickGroups(byText map[string]string, alone map[string][]int64, passes ...map[string]bool) (days, texts [][]string, ids [][]int64) {
	rg := &reportGroups{byText: byText, alone: alone, held: map[string]bool{}}
	for _, loaded := range passes {
		d, t, i := rg.pick(loaded)
		var ds []string
		for _, n := range sortedFirsts[int32](d) {
			ds = append(ds, dayString(n))
		}
		days, texts, ids = append(days, ds), append(texts, sortedFirsts[string](t)), append(ids, sortedFirsts[int64](i))
	}
	return days, texts, ids
}

// sortedFirsts is the first value of each row, sorted.
func sortedFirsts[T cmp.Ordered](rows [][]any) []T {
	out := []T{}
	for _, r := range rows {
		out = append(out, r[0].(T))
	}
	slices.Sort(out)
	return out
}

// AffectedEdgesPlan is SQLite's plan of the query of the edges of the
// entities an incremental finish rebuilds (affectedQueries): the detail
// of each step.
func AffectedEdgesPlan(st Store) ([]string, error) {
	var plan []string
	err := inTx(st, func(ctx context.Context, tx *tx) error {
		for _, q := range []string{
			`CREATE TEMP TABLE IF NOT EXISTS affected (id TEXT PRIMARY KEY, n BIGINT NOT NULL, moved INTEGER NOT NULL)`,
			`CREATE TEMP TABLE IF NOT EXISTS new_weeks (week TEXT PRIMARY KEY, num INTEGER NOT NULL)`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		edgesOf, _, _ := affectedQueries()
		var err error
		plan, err = queryPlan(ctx, tx, edgesOf)
		return err
	})
	return plan, err
}

// queryPlan is the detail of each step of SQLite's plan of the query q.
func queryPlan(ctx context.Context, tx *tx, q string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `EXPLAIN QUERY PLAN `+q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return nil, err
		}
		plan = append(plan, detail)
	}
	return plan, rows.Err()
}

// LocalDocsOf returns the rows of local_docs of the documents docs as a
// finish reads them (localDocsOf) and as the index by document gives
// them, "local: sentences" each, sorted, and SQLite's plan of the
// finish's scan of the table.
func LocalDocsOf(st Store, docs []int64) (got, want, plan []string, err error) {
	err = inTx(st, func(ctx context.Context, tx *tx) error {
		if err := localDocsOf(ctx, tx, docs, func(local int64, sns []int64) { got = append(got, fmt.Sprint(local, ": ", sns)) }); err != nil {
			return err
		}
		if err := readPacked(ctx, tx, `SELECT local, sentences FROM local_docs WHERE doc IN `, asArgs(docs), func(local int64, sns []int64) {
			want = append(want, fmt.Sprint(local, ": ", sns))
		}); err != nil {
			return err
		}
		plan, err = queryPlan(ctx, tx, scanLocalDocs)
		return err
	})
	slices.Sort(got)
	slices.Sort(want)
	return got, want, plan, err
}

// StoredSignatures returns the signatures of the stored events as a
// finish's storedEvents gives them (lastFinish.sig), reading all events
// (scoped false) or those of every report as loaded (scoped), and as
// clusters holds them; by event id; and how many events have more than
// one report.
func StoredSignatures(st Store, scoped bool) (got, want map[string]int64, multi int, err error) {
	s := st.(*sqlStore)
	err = inTx(st, func(ctx context.Context, tx *tx) error {
		if scoped {
			for _, q := range []string{
				`CREATE TEMP TABLE IF NOT EXISTS loaded_events (id BIGINT PRIMARY KEY, pass INTEGER NOT NULL)`,
				`DELETE FROM loaded_events`,
				`INSERT INTO loaded_events (id, pass) SELECT id, 0 FROM events`,
			} {
				if _, err := tx.ExecContext(ctx, q); err != nil {
					return err
				}
			}
		}
		lf := newLastFinish()
		if _, _, _, err := storedEvents(s.writer(ctx, tx), nil, scoped, 0, lf); err != nil {
			return err
		}
		got, want = lf.sig, map[string]int64{}
		if err := tx.QueryRowContext(ctx, `SELECT count(DISTINCT cluster) FROM cluster_reports`).Scan(&multi); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, sig FROM clusters`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var key, sig int64
			if err := rows.Scan(&key, &sig); err != nil {
				return err
			}
			want[eventID(key)] = sig
		}
		return rows.Err()
	})
	return got, want, multi, err
}
