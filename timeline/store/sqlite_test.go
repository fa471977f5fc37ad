package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
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
// from the new documents' partials, are those their sources name as their
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

// TestMovedReports checks that the reports a finish takes as changed when a
// local entity moves to another entity, worked out from the partials of
// the sentences naming it, are those whose sources are those sentences:
// for each local entity, in English and Japanese.
func TestMovedReports(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	if _, err := st.AddBatch(ctx, storetest.Partials(storetest.Docs())); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
	named := 0
	for l := int64(1); l < 200; l++ {
		got, want, err := store.MovedReports(st, []int64{l})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("local entity %d: reports %v, want %v", l, got, want)
		}
		if len(want) > 0 {
			named++
		}
	}
	if named < 5 {
		t.Errorf("%d local entities name a report: the test tests little", named)
	}
}

// TestBuiltReports checks that the first finish of a store one handle
// built takes from memory (builtReports) the reports it would read back:
// the same texts, dates, entities and sources, with a report of two
// sources written in two batches in either order, and a document whose
// source Known changed after its batch (which orders the report's
// sources), both in reportOrder; and the local entities' edges and weekly
// counts the finish sums. A store that held documents
// before the handle's first batch keeps none.
func TestBuiltReports(t *testing.T) {
	ctx := context.Background()
	docs := storetest.Docs()
	again := docs[1] // its first sentence, reported again in another batch
	again.ID, again.Source, again.Text = "a5", "news/e.txt", "Zelensky met Rutte in Brussels on February 5, 2025. Rutte spoke."
	again.Published = docs[2].Published
	for name, order := range map[string][]document.Document{
		"first":  append(slices.Clone(docs), again),
		"second": append([]document.Document{again}, docs...),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "test.db")
			st, err := store.Open(ctx, path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ps := storetest.Partials(order)
			for _, b := range [][]timeline.Partial{ps[:3], ps[3:]} {
				if _, err := st.AddBatch(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			// a5 now sorts before a2 among the sources of their report.
			at := slices.IndexFunc(order, func(d document.Document) bool { return d.ID == again.ID })
			if _, err := st.Known(ctx, ps[at].Hash, "news/0.txt"); err != nil {
				t.Fatal(err)
			}
			compare := store.KeepBuilt(st)
			if compare == nil {
				t.Fatal("a new store's batches kept no reports")
			}
			if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
				t.Fatal(err)
			}
			got, want, err := compare()
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("reports from memory:\n%s\nread back:\n%s", got, want)
			}
			if !strings.Contains(want, "local edges [{") || !strings.Contains(want, "local weeks [{") {
				t.Errorf("no local entities' edges or weekly counts stored:\n%s", want)
			}
			if !strings.HasPrefix(want, "in reportOrder: true\n") {
				t.Errorf("the reports read back are not in reportOrder:\n%s", want)
			}
			if !strings.Contains(want, "Sources:[{Doc:a5 Start:0 End:51 Text: Lang:} {Doc:a2") || !strings.Contains(want, "Entities:[") {
				t.Errorf("the reports read back show no changed source or no entities:\n%s", want)
			}
			st.Close()

			st, err = store.Open(ctx, path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			more := storetest.Partials([]document.Document{{ID: "b1", Source: "news/f.txt", Published: docs[0].Published, Text: "Rutte met Kellogg on February 3, 2025."}})
			if _, err := st.AddBatch(ctx, more); err != nil {
				t.Fatal(err)
			}
			if store.KeepBuilt(st) != nil {
				t.Error("the batches of a store that held documents kept its reports")
			}
		})
	}
}

// TestKnownByAnotherWriter checks a document another handle stored after
// this one found the store empty (and so looks up only what it wrote
// itself): Known may say no, but AddBatch leaves the document as it is and
// records the source that sorts first, and Known then looks up the other
// writer's documents too.
func TestKnownByAnotherWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "test.db")
	open := func() store.Store {
		st, err := store.Open(ctx, path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	a, b := open(), open()
	ps := storetest.Partials(storetest.Docs())
	if known, err := a.Known(ctx, ps[0].Hash, ps[0].Doc.Source); err != nil || known {
		t.Fatalf("Known in an empty store = %v, %v", known, err)
	}
	if n, err := b.AddBatch(ctx, ps[:2]); err != nil || n != 2 {
		t.Fatalf("the other writer's AddBatch = %d, %v", n, err)
	}
	again := ps[0]
	again.Doc.Source = "aaa/first.txt"
	if n, err := a.AddBatch(ctx, []timeline.Partial{again, ps[2]}); err != nil || n != 1 {
		t.Fatalf("AddBatch of a document the other stored = %d, %v; want 1 added", n, err)
	}
	if known, err := a.Known(ctx, ps[2].Hash, ""); err != nil || !known {
		t.Errorf("Known of a document this handle wrote = %v, %v", known, err)
	}
	if known, err := a.Known(ctx, ps[1].Hash, ""); err != nil || !known {
		t.Errorf("Known of another document the other writer stored = %v, %v", known, err)
	}
	var sources []string
	if err := b.Partials(ctx, store.Slice{}, func(p timeline.Partial) error {
		sources = append(sources, p.Doc.Source)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(sources)
	if want := []string{"aaa/first.txt", ps[1].Doc.Source, ps[2].Doc.Source}; !slices.Equal(sources, want) {
		t.Errorf("sources %v, want %v", sources, want)
	}
}

// TestReportsOfAnotherWriter checks that a handle whose batches work out
// the first source of each report from the reports it wrote (builtReports)
// notices when another writer has stored documents between its batches:
// a report's first source may then be the other's, and a source of the
// handle's own that it took for the first would be lost from the
// report's sources. Three documents tell one report; every order of
// them over the two writers gives the events of one store of all three.
func TestReportsOfAnotherWriter(t *testing.T) {
	ctx := context.Background()
	told := "Kellogg met Zelensky in Kyiv on February 3, 2025. "
	docs := storetest.Docs()[:3]
	for i, more := range []string{"Kellogg spoke to NATO.", "Zelensky thanked Kellogg.", "Rutte leads NATO."} {
		docs[i].Text = told + more
	}
	ps := storetest.Partials(docs)
	finish := func(st store.Store) []byte {
		t.Helper()
		if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
			t.Fatal(err)
		}
		return storetest.Finished(t, st)
	}
	all := openTemp(t)
	defer all.Close()
	if _, err := all.AddBatch(ctx, ps); err != nil {
		t.Fatal(err)
	}
	want := finish(all)
	for _, order := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		path := filepath.Join(t.TempDir(), "test.db")
		var handles []store.Store
		for range 2 {
			st, err := store.Open(ctx, path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			handles = append(handles, st)
		}
		// The first writer, the other, the first again.
		for k, st := range []store.Store{handles[0], handles[1], handles[0]} {
			if _, err := st.AddBatch(ctx, []timeline.Partial{ps[order[k]]}); err != nil {
				t.Fatal(err)
			}
		}
		if got := finish(handles[0]); string(got) != string(want) {
			t.Errorf("documents in order %v over two writers: finished\n%s\nwant\n%s", order, got, want)
		}
	}
}

// TestSQLiteYearLinks: see testYearLinks.
func TestSQLiteYearLinks(t *testing.T) { testYearLinks(t, openTemp) }

// testYearLinks checks that a finish that reads only the reports of a year
// that changed (storetest.YearBatches) stores the links of one finish over
// all: none of the year's (events.Index.Links), whose other reports it
// did not read.
func testYearLinks(t *testing.T, open func(*testing.T) store.Store) {
	ctx := context.Background()
	first, second := storetest.YearBatches()
	finish := func(st store.Store, docs []document.Document) {
		t.Helper()
		if _, err := st.AddBatch(ctx, storetest.Partials(docs)); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
			t.Fatal(err)
		}
	}
	one, st := open(t), open(t)
	defer one.Close()
	defer st.Close()
	finish(one, append(slices.Clone(first), second...))
	finish(st, first)
	finish(st, second)
	want, err := store.StoredLinks(one)
	if err != nil {
		t.Fatal(err)
	}
	got, err := store.StoredLinks(st)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("links after two batches:\n%v\none finish:\n%v", got, want)
	}
}

// TestAffectedEdgesPlan checks that SQLite finds the edges into the
// entities named by new documents, in the new weeks, from the index by b
// alone, looking up in local_edges only the rows of those weeks: a lookup
// per entry of the index, every week of those entities, cost an
// incremental finish more than the rest of its edges.
func TestAffectedEdgesPlan(t *testing.T) {
	plan, err := store.AffectedEdgesPlan(openTemp(t))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(plan, "SEARCH local_edges USING COVERING INDEX local_edges_b (b=?)") {
		t.Errorf("the plan reads local_edges by b for each entry of the index:\n%s", strings.Join(plan, "\n"))
	}
}

// TestLocalDocsOf checks that a finish reads the rows of local_docs of the
// documents of its reports, all of a store's (a scan) or one (the index
// by document: the store holds more than eight documents), and that for
// many SQLite scans the table rather than looking each row up through the
// index by document (ten times the cost, for most of a large store's
// rows).
func TestLocalDocsOf(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	docs := storetest.Docs()
	for _, d := range storetest.Docs() {
		d.ID, d.Source, d.Text = d.ID+"-again", d.Source+".again", d.Text+" Again."
		docs = append(docs, d)
	}
	if _, err := st.AddBatch(ctx, storetest.Partials(docs)); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var all []int64
	for id := int64(1); id <= int64(stats.Documents); id++ {
		all = append(all, id)
	}
	for _, docs := range [][]int64{all, all[:1], all[1:2]} {
		got, want, plan, err := store.LocalDocsOf(st, docs)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("documents %v: rows %q, want %q", docs, got, want)
		}
		if !slices.Contains(plan, "SCAN local_docs") {
			t.Errorf("the scan of local_docs is not one:\n%s", strings.Join(plan, "\n"))
		}
	}
}

func TestSQLiteStoredSignatures(t *testing.T) { testStoredSignatures(t, openTemp) }

// testStoredSignatures checks that a finish reads the signature of each
// stored event it reads with its reports (storedEvents), all of them or
// those of the reports loaded, as clusters holds it: an event it makes
// again is written again only if its signature differs, and one read
// without it would be written again whatever it is.
func testStoredSignatures(t *testing.T, open func(*testing.T) store.Store) {
	ctx := context.Background()
	st := open(t)
	defer st.Close()
	// A meeting told in English and in Japanese: an event of two reports.
	docs := append(storetest.Docs(),
		document.Document{ID: "s1", Source: "news/s1.txt", Text: "Kellogg met Sybiha in Warsaw on March 2, 2025.", Published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)},
		document.Document{ID: "s2", Source: "news/s2.txt", Text: "ケロッグ特使は2025年3月2日、ワルシャワでシビハ外相と会談した。", Published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)})
	if _, err := st.AddBatch(ctx, storetest.Partials(docs)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
	for _, scoped := range []bool{false, true} {
		got, want, multi, err := store.StoredSignatures(st, scoped)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 3 || multi == 0 || !maps.Equal(got, want) {
			t.Errorf("scoped %v: signatures %v, want %v (%d events of more than one report)", scoped, got, want, multi)
		}
	}
}

// TestFTSMerging checks that the full-text index keeps the segment each
// batch writes unmerged until a level holds 16 (ftsMerging, schema 35):
// merged 4 at a time, as FTS5 does by default, most of the index was
// written again at every fourth batch of an ingest. (FTS5 merges as the
// index grows by 64 of its pages: each batch here writes more than 16.)
func TestFTSMerging(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const batches = 6
	for b := range batches {
		var docs []document.Document
		for d := range 40 {
			var text strings.Builder
			for s := range 30 {
				fmt.Fprintf(&text, "Keith Kellogg met Zelensky in Kyiv about plan%[1]d and route%[1]d and grain%[1]d. ", (b*40+d)*30+s)
			}
			docs = append(docs, document.Document{ID: fmt.Sprintf("d%d-%d", b, d), Source: fmt.Sprintf("news/%d-%d.txt", b, d), Text: text.String()})
		}
		if _, err := st.AddBatch(ctx, storetest.Partials(docs)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// FTS5 keys a segment's pages in sentence_fts_data by its number
	// shifted left by 37 bits; the rows below hold the index's structure.
	var segments, pages int
	if err := db.QueryRow(`SELECT count(DISTINCT id >> 37), count(*) FROM sentence_fts_data WHERE id >= 1 << 37`).Scan(&segments, &pages); err != nil {
		t.Fatal(err)
	}
	if pages < 64 || segments != batches {
		t.Errorf("%d batches (%d pages of the index) left %d segments, want one each", batches, pages, segments)
	}
}
