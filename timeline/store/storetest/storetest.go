// Package storetest is the conformance suite of store backends: every
// implementation of store.Store runs Run in its tests, so that SQLite and
// any later backend (PostgreSQL) answer alike.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/timex"
)

// Open returns a new, empty store; the suite closes it.
type Open func(t *testing.T) store.Store

// Run runs every conformance test against stores that open makes.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, Open)
	}{
		{"Idempotent", testIdempotent},
		{"Read", testRead},
		{"Paging", testPaging},
		{"Offsets", testOffsets},
		{"WindowEntities", testWindowEntities},
		{"Generation", testGeneration},
		{"Versions", testVersions},
		{"BadQueries", testBadQueries},
		{"SearchJapanese", testSearchJapanese},
		{"StickyIDs", testStickyIDs},
		{"StickyType", testStickyType},
		{"Corrections", testCorrections},
		{"EventRedirects", testEventRedirects},
		{"BatchOrder", testBatchOrder},
		{"KnownNames", testKnownNames},
		{"CountryAnchors", testCountryAnchors},
		{"SurnameDocuments", testSurnameDocuments},
		{"PartialFinish", testPartialFinish},
		{"DaysBefore1970", testDaysBefore1970},
		{"JoinLeavesDay", testJoinLeavesDay},
		{"MovedLocal", testMovedLocal},
		{"FirstSourceMoves", testFirstSourceMoves},
		{"YearAlone", testYearAlone},
		{"Concurrent", testConcurrent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// listExtractor tags the names of a fixed list, in both languages: enough
// to test a store without the real extractors.
type listExtractor struct {
	re   *regexp.Regexp
	typ  map[string]entities.Type
	lang string
}

func (x listExtractor) Extract(text string, sentences []entities.Span) []entities.Mention {
	var out []entities.Mention
	for _, s := range sentences {
		for _, m := range x.re.FindAllStringIndex(text[s.Start:s.End], -1) {
			name := text[s.Start+m[0] : s.Start+m[1]]
			typ := x.typ[name]
			if typ == "" {
				typ = entities.Person
			}
			out = append(out, entities.Mention{Start: s.Start + m[0], End: s.Start + m[1], Type: typ, Lang: x.lang})
		}
	}
	return out
}

// Pipeline is the pipeline the suite analyses its documents with.
func Pipeline() *timeline.Pipeline {
	types := map[string]entities.Type{"Kyiv": entities.Location, "Brussels": entities.Location, "NATO": entities.Organization,
		"中国": entities.Location, "日本": entities.Location, "アメリカ": entities.Location, "民主党": entities.Organization,
		"Warsaw": entities.Location, "ワルシャワ": entities.Location}
	return &timeline.Pipeline{
		Extractors: map[string]entities.Extractor{
			"en": listExtractor{regexp.MustCompile(`Keith Kellogg|Anna Borlow|Carl Borlow|Borlow|Kellogg|Zelensky|Rutte|Kyiv|Brussels|NATO|Alpha|Beta|Gamma|Barack Obama|Michelle Obama|Obama|Sybiha|Warsaw`), types, "en"},
			"ja": listExtractor{regexp.MustCompile(`石破|中国|日本|岩屋|アメリカ|民主党|ケロッグ|ルッテ|シビハ|ワルシャワ`), types, "ja"},
		},
		Tagger:   timex.New(timex.Options{}),
		Resolver: entities.NewResolver(entities.ResolverOptions{}),
		Options:  timeline.Options{Workers: 1},
	}
}

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

// Docs is the suite's corpus: English and Japanese news over three weeks.
func Docs() []document.Document {
	return []document.Document{
		{ID: "a1", Source: "news/a.txt", Published: day("2025-02-03"), Text: "Keith Kellogg met Zelensky in Kyiv on February 3, 2025. Keith Kellogg spoke to NATO."},
		{ID: "a2", Source: "news/b.txt", Published: day("2025-02-05"), Text: "Zelensky met Rutte in Brussels on February 5, 2025. Rutte leads NATO."},
		{ID: "a3", Source: "news/c.txt", Published: day("2025-02-12"), Text: "Kellogg returned to Kyiv on February 12, 2025. Zelensky thanked Kellogg."},
		{ID: "a4", Source: "news/d.txt", Published: day("2025-02-19"), Text: "Alpha met Beta on February 19, 2025. Beta met Gamma. Alpha met Gamma and Beta."},
		{ID: "j1", Source: "news/j.txt", Published: day("2025-02-07"), Text: "石破首相は2025年2月7日、中国の代表と会談した。日本と中国の関係について話した。"},
		{ID: "j2", Source: "news/k.txt", Published: day("2025-02-14"), Text: "岩屋外相は2月14日、中国を訪問した。"},
		{ID: "u1", Source: "news/u.txt", Text: "Rutte met Zelensky again. Rutte praised Kyiv."},
	}
}

// Partials analyses docs with the suite's pipeline.
func Partials(docs []document.Document) []timeline.Partial {
	p := Pipeline()
	out := make([]timeline.Partial, len(docs))
	for i, d := range docs {
		out[i] = p.Partial(d)
	}
	return out
}

func ingest(t *testing.T, st store.Store, ps []timeline.Partial) store.FinishReport {
	t.Helper()
	ctx := context.Background()
	for _, p := range ps {
		if _, err := st.Add(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := st.Finish(ctx, store.FinishOptions{Resolve: Pipeline().ResolveLocals})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func opened(t *testing.T, open Open) store.Store {
	st := open(t)
	t.Cleanup(func() { st.Close() })
	return st
}

func testIdempotent(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ps := Partials(Docs())
	for _, p := range ps {
		if known, err := st.Known(ctx, p.Hash, p.Doc.Source); err != nil || known {
			t.Fatalf("Known before Add = %v, %v", known, err)
		}
		if added, err := st.Add(ctx, p); err != nil || !added {
			t.Fatalf("first Add = %v, %v", added, err)
		}
	}
	for _, p := range ps {
		if added, err := st.Add(ctx, p); err != nil || added {
			t.Fatalf("second Add = %v, %v; want false", added, err)
		}
		if known, err := st.Known(ctx, p.Hash, "zz/"+p.Doc.Source); err != nil || !known {
			t.Fatalf("Known after Add = %v, %v", known, err)
		}
	}
	// The same text under a path that sorts first shows that path.
	if _, err := st.Known(ctx, ps[0].Hash, "aaa/first.txt"); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(ps) || !stats.Stale {
		t.Errorf("stats %+v: want %d documents, stale", stats, len(ps))
	}
	var sources []string
	if err := st.Partials(ctx, store.Slice{}, func(p timeline.Partial) error {
		sources = append(sources, p.Doc.Source)
		for _, s := range p.Sentences {
			if s.Text == "" {
				t.Errorf("%s: sentence at %d has no text", p.Doc.Source, s.Start)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(sources) != len(ps) || !slices.Contains(sources, "aaa/first.txt") {
		t.Errorf("partials from %v", sources)
	}
}

// entityNamed finds the entity with a name or alias.
func entityNamed(t *testing.T, st store.Store, name string) store.Entity {
	t.Helper()
	page, err := st.Entities(context.Background(), store.EntityQuery{Query: name, Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range page.Items {
		if e.Name == name || slices.Contains(e.Aliases, name) {
			return e
		}
	}
	t.Fatalf("no entity named %q in %+v", name, page.Items)
	return store.Entity{}
}

func testRead(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ingest(t, st, Partials(Docs()))
	zel := entityNamed(t, st, "Zelensky")
	rutte := entityNamed(t, st, "Rutte")
	if zel.Mentions != 4 || zel.Documents != 4 {
		t.Errorf("Zelensky %+v: want 4 mentions in 4 documents", zel)
	}
	if got, err := st.Entity(ctx, zel.ID); err != nil || got.ID != zel.ID {
		t.Errorf("Entity(%s) = %+v, %v", zel.ID, got, err)
	}
	if _, err := st.Entity(ctx, "person/nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity of an unknown id: %v, want ErrNotFound", err)
	}

	nb, err := st.Neighbours(ctx, store.NeighbourQuery{ID: zel.ID})
	if err != nil {
		t.Fatal(err)
	}
	kyiv := entityNamed(t, st, "Kyiv")
	counts := map[string]int{}
	for _, n := range nb.Items {
		counts[n.Entity.ID] = n.Count
	}
	if counts[rutte.ID] != 2 || counts[kyiv.ID] != 1 || nb.Total != len(nb.Items) {
		t.Errorf("neighbours of Zelensky %v (total %d): want Rutte 2, Kyiv 1", counts, nb.Total)
	}
	// In the first week only (3-9 February): Rutte once, the undated
	// document left out.
	nb, err = st.Neighbours(ctx, store.NeighbourQuery{ID: zel.ID, Window: store.Window{From: "2025-02-03", To: "2025-02-09"}})
	if err != nil {
		t.Fatal(err)
	}
	counts = map[string]int{}
	for _, n := range nb.Items {
		counts[n.Entity.ID] = n.Count
	}
	if counts[rutte.ID] != 1 {
		t.Errorf("neighbours of Zelensky in the first week %v: want Rutte 1", counts)
	}
	for _, w := range []string{"pmi", "dice"} {
		nb, err := st.Neighbours(ctx, store.NeighbourQuery{ID: zel.ID, Weighting: w})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range nb.Items {
			if n.Score < 0 || n.Score > 1 {
				t.Errorf("%s score %v out of 0..1", w, n.Score)
			}
		}
	}

	ev, err := st.Evidence(ctx, store.EvidenceQuery{A: zel.ID, B: rutte.ID})
	if err != nil {
		t.Fatal(err)
	}
	if ev.Total != 2 || len(ev.Items) != 2 || !ev.Items[0].Dated || ev.Items[0].Text != "Zelensky met Rutte in Brussels on February 5, 2025." {
		t.Errorf("evidence Zelensky–Rutte %+v: want the dated sentence first, then the undated one", ev)
	}

	events, err := st.Events(ctx, store.EventQuery{Window: store.Window{From: "2025-02-04", To: "2025-02-13"}})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, e := range events.Items {
		dates = append(dates, e.Date)
		if len(e.Sources) == 0 || len(e.Entities) == 0 {
			t.Errorf("event %+v without sources or entities", e)
		}
	}
	if !slices.Equal(dates, []string{"2025-02-05", "2025-02-07", "2025-02-12"}) {
		t.Errorf("events 4-13 February on %v", dates)
	}
	events, err = st.Events(ctx, store.EventQuery{Entity: rutte.ID})
	if err != nil {
		t.Fatal(err)
	}
	if events.Total != 1 || events.Items[0].Date != "2025-02-05" {
		t.Errorf("events of Rutte %+v", events)
	}

	vol, err := st.Volume(ctx, store.VolumeQuery{Bucket: "week"})
	if err != nil {
		t.Fatal(err)
	}
	vb := func(b string, docs, events int) store.VolumeBucket {
		return store.VolumeBucket{Bucket: b, Documents: docs, Events: events}
	}
	want := []store.VolumeBucket{vb("2025-02-03", 3, 3), vb("2025-02-10", 2, 2), vb("2025-02-17", 1, 1)}
	if !slices.Equal(vol, want) {
		t.Errorf("weekly volume %+v, want %+v", vol, want)
	}
	vol, err = st.Volume(ctx, store.VolumeQuery{Bucket: "month", Entity: zel.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(vol, []store.VolumeBucket{vb("2025-02", 3, 2)}) {
		t.Errorf("monthly volume of Zelensky %+v", vol)
	}

	hits, err := st.Search(ctx, store.SearchQuery{Query: "NATO"})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Total != 2 {
		t.Errorf("search NATO: %d hits, want 2", hits.Total)
	}
	hits, err = st.Search(ctx, store.SearchQuery{Query: `"met Rutte"`, Window: store.Window{From: "2025-02-01"}})
	if err != nil {
		t.Fatal(err)
	}
	// The hit's text too: the index's row must be its sentence's, not
	// another of the document's.
	if hits.Total != 1 || hits.Items[0].Doc != "a2" || !strings.Contains(hits.Items[0].Text, "met Rutte") {
		t.Errorf(`search "met Rutte" from February: %+v`, hits)
	}

	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(Docs()) || stats.Entities == 0 || stats.Edges == 0 || stats.Events == 0 || stats.Stale ||
		stats.FirstDate != "2025-02-03" || stats.LastDate != "2025-02-19" {
		t.Errorf("stats %+v", stats)
	}
}

// testPaging pages through every list one item at a time and checks that
// the pages give each item once, as many as the total.
func testPaging(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ingest(t, st, Partials(Docs()))
	all, err := st.Entities(ctx, store.EntityQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	cursor := ""
	for {
		page, err := st.Entities(ctx, store.EntityQuery{Limit: 1, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != all.Total {
			t.Fatalf("total %d on a page, %d in all", page.Total, all.Total)
		}
		for _, e := range page.Items {
			ids = append(ids, e.ID)
		}
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	var want []string
	for _, e := range all.Items {
		want = append(want, e.ID)
	}
	if !slices.Equal(ids, want) || len(ids) != all.Total {
		t.Errorf("paged entities %v, want %v", ids, want)
	}

	var dates []string
	cursor = ""
	for {
		page, err := st.Events(ctx, store.EventQuery{Limit: 2, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			dates = append(dates, e.Date+" "+e.ID)
		}
		if cursor = page.Next; cursor == "" {
			if len(dates) != page.Total {
				t.Errorf("%d events paged, total %d", len(dates), page.Total)
			}
			break
		}
	}
	if !slices.IsSorted(dates) || len(slices.Compact(slices.Clone(dates))) != len(dates) {
		t.Errorf("events paged out of order or twice: %v", dates)
	}

	zel := entityNamed(t, st, "Zelensky")
	var texts []string
	cursor = ""
	for {
		page, err := st.Evidence(ctx, store.EvidenceQuery{A: zel.ID, Limit: 1, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range page.Items {
			texts = append(texts, s.Text)
		}
		if cursor = page.Next; cursor == "" {
			if len(texts) != page.Total || page.Total != 4 {
				t.Errorf("%d sentences paged, total %d, want 4", len(texts), page.Total)
			}
			break
		}
	}
	var names []string
	cursor = ""
	for {
		page, err := st.Neighbours(ctx, store.NeighbourQuery{ID: zel.ID, Limit: 1, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range page.Items {
			names = append(names, n.Entity.ID)
		}
		if cursor = page.Next; cursor == "" {
			if len(names) != page.Total {
				t.Errorf("%d neighbours paged, total %d", len(names), page.Total)
			}
			break
		}
	}
}

// testOffsets checks that a page at an offset is the page a walk by
// cursors reaches, for every list that takes offsets, the last page
// among them.
func testOffsets(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ingest(t, st, Partials(Docs()))
	ids := func(es []store.Entity) (out []string) {
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	for _, w := range []store.Window{{}, {From: "2025-02-01", To: "2025-02-16"}} {
		all, err := st.Entities(ctx, store.EntityQuery{Window: w, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		if all.Total < 4 || all.Total != len(all.Items) {
			t.Fatalf("window %v: %d entities of %d", w, len(all.Items), all.Total)
		}
		for off := 0; off <= all.Total; off++ {
			page, err := st.Entities(ctx, store.EntityQuery{Window: w, Limit: 3, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			want := all.Items[off:min(off+3, all.Total)]
			if !slices.Equal(ids(page.Items), ids(want)) || page.Total != all.Total || (page.Next == "") != (off+3 >= all.Total) {
				t.Errorf("window %v, offset %d: %v (total %d, next %q), want %v of %d", w, off, ids(page.Items), page.Total, page.Next, ids(want), all.Total)
			}
		}
	}
	if _, err := st.Entities(ctx, store.EntityQuery{Offset: 1, Cursor: "WzEsImEiXQ"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("an offset and a cursor: %v, want ErrBadQuery", err)
	}
	if _, err := st.Events(ctx, store.EventQuery{Offset: -1}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("a negative offset: %v, want ErrBadQuery", err)
	}

	evs, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	last, err := st.Events(ctx, store.EventQuery{Limit: 2, Offset: evs.Total - 1})
	if err != nil || len(last.Items) != 1 || last.Items[0].ID != evs.Items[evs.Total-1].ID || last.Next != "" {
		t.Errorf("last event by offset: %+v, %v; want %s", last, err, evs.Items[evs.Total-1].ID)
	}
	found, err := st.Search(ctx, store.SearchQuery{Query: "Zelensky", Limit: store.MaxLimit})
	if err != nil || found.Total < 3 {
		t.Fatalf("search: %+v, %v", found, err)
	}
	second, err := st.Search(ctx, store.SearchQuery{Query: "Zelensky", Limit: 1, Offset: 1})
	if err != nil || len(second.Items) != 1 || second.Items[0] != found.Items[1] || second.Total != found.Total {
		t.Errorf("second sentence by offset: %+v, %v; want %+v", second, err, found.Items[1])
	}
}

// testWindowEntities checks that the entities of a window are those named
// in it, ranked by the sentences naming them there.
func testWindowEntities(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ingest(t, st, Partials(Docs()))
	names := func(w store.Window, typ string) (out []string) {
		t.Helper()
		page, err := st.Entities(ctx, store.EntityQuery{Window: w, Type: typ, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Items {
			if e.WindowSentences < 1 {
				t.Errorf("window %v: %s counted in %d sentences", w, e.Name, e.WindowSentences)
			}
			out = append(out, e.Name)
		}
		return out
	}
	// The week of 17 February names only Alpha, Beta and Gamma: Beta in
	// three sentences, the others in two.
	if got := names(store.Window{From: "2025-02-18", To: "2025-02-19"}, ""); len(got) != 3 || got[0] != "Beta" || !slices.Contains(got, "Alpha") || !slices.Contains(got, "Gamma") {
		t.Errorf("entities of 18-19 February: %v, want Beta, then Alpha and Gamma", got)
	}
	// The people of the first week are theirs, none of the 17th's week.
	first := names(store.Window{From: "2025-02-03", To: "2025-02-09"}, "PERSON")
	if len(first) == 0 || slices.Contains(first, "Alpha") || !slices.Contains(first, "Keith Kellogg") {
		t.Errorf("people of the first week: %v", first)
	}
}

// testGeneration checks that the generation changes with what the store
// answers: documents added, a finish, a correction.
func testGeneration(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	gen := func() string {
		t.Helper()
		g, err := st.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	empty := gen()
	ps := Partials(Docs())
	if _, err := st.Add(ctx, ps[0]); err != nil {
		t.Fatal(err)
	}
	added := gen()
	if added == empty {
		t.Errorf("generation %q unchanged by a document", added)
	}
	ingest(t, st, ps[1:])
	finished := gen()
	if finished == added {
		t.Errorf("generation %q unchanged by a finish", finished)
	}
	if again := gen(); again != finished {
		t.Errorf("generation %q, then %q, with nothing done", finished, again)
	}
	// Two finishes within one second (the time the generation holds), the
	// second with other versions, which resolves again: the versions tell
	// them apart. Tried again while the finishes straddle a second.
	for try := 0; try < 5; try++ {
		start := time.Now().Truncate(time.Second)
		var gens [2]string
		for i, v := range []string{"v1", "v2"} {
			if _, err := st.Finish(ctx, store.FinishOptions{Resolve: Pipeline().ResolveLocals, Versions: store.Versions{Chronograph: v}}); err != nil {
				t.Fatal(err)
			}
			gens[i] = gen()
		}
		if time.Now().Truncate(time.Second).Equal(start) {
			if gens[0] == gens[1] {
				t.Errorf("generation %q unchanged by a finish with other versions in the same second", gens[0])
			}
			break
		}
	}
	finished = gen()
	if err := st.Correct(ctx, store.Correction{Kind: store.Rename, Entity: entityNamed(t, st, "Rutte").ID, Name: "Mark Rutte", Who: "ana"}); err != nil {
		t.Fatal(err)
	}
	if gen() == finished {
		t.Errorf("generation %q unchanged by a correction", finished)
	}
}

// testVersions checks that Versions are those of the last finish, as
// Stats has them, and none while the store holds no document even if a
// finish has run.
func testVersions(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	finish := func(v store.Versions) {
		t.Helper()
		if _, err := st.Finish(ctx, store.FinishOptions{Resolve: Pipeline().ResolveLocals, Versions: v}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string, want store.Versions) {
		t.Helper()
		v, err := st.Versions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		stats, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v != want || stats.Documents > 0 && v != stats.Versions {
			t.Errorf("%s: Versions = %+v, want %+v (Stats: %+v)", when, v, want, stats.Versions)
		}
	}
	one := store.Versions{Chronograph: "v1", Models: "m1", Aliases: "a1"}
	finish(one)
	check("no documents", store.Versions{})
	for _, p := range Partials(Docs()[:2]) {
		if _, err := st.Add(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	finish(one)
	check("finished", one)
	two := store.Versions{Chronograph: "v2", Models: "m1", Aliases: "a2"}
	finish(two)
	check("finished again", two)
}

func testBadQueries(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ingest(t, st, Partials(Docs()))
	zel := entityNamed(t, st, "Zelensky")
	bad := map[string]error{}
	_, bad["limit -1"] = st.Entities(ctx, store.EntityQuery{Limit: -1})
	_, bad["limit too large"] = st.Entities(ctx, store.EntityQuery{Limit: store.MaxLimit + 1})
	_, bad["type"] = st.Entities(ctx, store.EntityQuery{Type: "THING"})
	_, bad["cursor"] = st.Entities(ctx, store.EntityQuery{Cursor: "not-a-cursor"})
	_, bad["weighting"] = st.Neighbours(ctx, store.NeighbourQuery{ID: zel.ID, Weighting: "jaccard"})
	_, bad["window"] = st.Neighbours(ctx, store.NeighbourQuery{ID: zel.ID, Window: store.Window{From: "2025-13-01"}})
	_, bad["reversed window"] = st.Events(ctx, store.EventQuery{Window: store.Window{From: "2025-03-01", To: "2025-02-01"}})
	_, bad["same entity"] = st.Evidence(ctx, store.EvidenceQuery{A: zel.ID, B: zel.ID})
	_, bad["bucket"] = st.Volume(ctx, store.VolumeQuery{Bucket: "year"})
	_, bad["empty search"] = st.Search(ctx, store.SearchQuery{Query: "  "})
	_, bad["long search"] = st.Search(ctx, store.SearchQuery{Query: strings.Repeat("a ", 400)})
	_, bad["cursor of another list"] = st.Events(ctx, store.EventQuery{Cursor: "WzEsImEiXQ"})
	for name, err := range bad {
		if !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%s: error %v, want ErrBadQuery", name, err)
		}
	}
	if _, err := st.Evidence(ctx, store.EvidenceQuery{A: "person/nobody"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("evidence of an unknown entity: %v, want ErrNotFound", err)
	}
	// Search syntax of FTS5 in a query is text, not syntax.
	for _, q := range []string{`NATO OR Kyiv`, `"unclosed`, `NEAR(a b)`, `a*`, `-x`, `:`} {
		if _, err := st.Search(ctx, store.SearchQuery{Query: q}); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("search %q: %v", q, err)
		}
	}
}

// testSearchJapanese checks that two-character Japanese names are found.
func testSearchJapanese(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ingest(t, st, Partials(Docs()))
	// 中国を訪問 is a phrase with a particle in it, した one of hiragana
	// alone (PostgreSQL's trigram index leaves such words out).
	for q, want := range map[string]int{"中国": 3, "石破": 1, "石破首相": 1, "日本": 1, "岩屋": 1, "訪問": 1, "中国 訪問": 1, "中国を訪問": 1, "中国の代表": 1, "中国と訪問": 0, "した": 2} {
		hits, err := st.Search(ctx, store.SearchQuery{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if hits.Total != want {
			t.Errorf("search %q: %d hits, want %d", q, hits.Total, want)
		}
	}
}

// testStickyIDs ingests in batches where a later batch merges a cluster
// with a new name and splits another: ids stay.
func testStickyIDs(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	p := Pipeline()
	doc := func(src, text string) timeline.Partial {
		return p.Partial(document.Document{ID: src, Source: src, Published: day("2025-02-10"), Text: text})
	}
	// Batch 1: a surname alone is its own entity.
	ingest(t, st, []timeline.Partial{doc("b1.txt", "Borlow met Alpha. Borlow met Beta.")})
	k := entityNamed(t, st, "Borlow")
	// Batch 2: the full name arrives; the surname joins it (one full name
	// in the corpus) and the entity keeps the earlier id.
	ingest(t, st, []timeline.Partial{doc("b2.txt", "Anna Borlow met Gamma.")})
	full := entityNamed(t, st, "Anna Borlow")
	if full.ID != k.ID || !slices.Contains(full.Aliases, "Borlow") {
		t.Errorf("after the full name came: %+v, want id %s with the surname", full, k.ID)
	}
	// Batch 3: another Borlow makes the surname ambiguous: it splits off
	// again; the part with most mentions (the surname's 2) keeps the id.
	ingest(t, st, []timeline.Partial{doc("b3.txt", "Carl Borlow met Beta.")})
	surname := entityNamed(t, st, "Borlow")
	keith := entityNamed(t, st, "Anna Borlow")
	if surname.ID == keith.ID {
		t.Fatalf("the surname is still with Anna Borlow after Carl Borlow came: %+v", keith)
	}
	if surname.ID != k.ID {
		t.Errorf("the surname (2 mentions) has id %s, want the earlier %s", surname.ID, k.ID)
	}
	// Re-finishing changes nothing.
	rep, err := st.Finish(ctx, store.FinishOptions{Resolve: p.ResolveLocals})
	if err != nil {
		t.Fatal(err)
	}
	if again := entityNamed(t, st, "Anna Borlow"); again.ID != keith.ID || rep.New != 0 || rep.Redirects != 0 {
		t.Errorf("a second finish changed ids: %s -> %s, report %+v", keith.ID, again.ID, rep)
	}
	// A merge by correction leaves a redirect.
	if err := st.Correct(ctx, store.Correction{Kind: store.Merge, Entity: keith.ID, Other: surname.ID, Who: "test"}); err != nil {
		t.Fatal(err)
	}
	rep, err = st.Finish(ctx, store.FinishOptions{Resolve: p.ResolveLocals})
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Entity(ctx, surname.ID)
	if err != nil || got.ID != keith.ID || rep.Redirects != 1 {
		t.Errorf("Entity(%s) after the merge = %+v, %v (report %+v); want a redirect to %s", surname.ID, got, err, rep, keith.ID)
	}
}

// testStickyType ingests a name an earlier batch took for an
// organisation and a later batch, naming it more often, for a person: the
// entity gets a person's id and the organisation's id leads to it.
func testStickyType(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	doc := func(typ entities.Type, src, text string) timeline.Partial {
		p := Pipeline()
		p.Extractors["en"] = listExtractor{regexp.MustCompile(`Oleksandr Usyk|Usyk`), map[string]entities.Type{"Usyk": typ}, "en"}
		return p.Partial(document.Document{ID: src, Source: src, Published: day("2025-02-10"), Text: text})
	}
	ingest(t, st, []timeline.Partial{doc(entities.Organization, "u1.txt", "Usyk won.")})
	old := entityNamed(t, st, "Usyk")
	ingest(t, st, []timeline.Partial{doc(entities.Person, "u2.txt", "Oleksandr Usyk won. Usyk trained."), doc(entities.Person, "u3.txt", "Usyk rested.")})
	now := entityNamed(t, st, "Oleksandr Usyk")
	if !strings.HasPrefix(now.ID, "person/") || now.ID == old.ID {
		t.Fatalf("the person had id %s, then %s: want a person's id", old.ID, now.ID)
	}
	if got, err := st.Entity(ctx, old.ID); err != nil || got.ID != now.ID {
		t.Errorf("Entity(%s) = %+v, %v; want a redirect to %s", old.ID, got, err, now.ID)
	}
}

func testCorrections(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	ps := Partials(Docs())
	ingest(t, st, ps)
	rutte := entityNamed(t, st, "Rutte")
	alpha := entityNamed(t, st, "Alpha")
	for _, c := range []store.Correction{
		{Kind: store.Rename, Entity: rutte.ID, Name: "Mark Rutte", Who: "ana"},
		{Kind: store.Drop, Entity: alpha.ID, Who: "ana"},
		{Kind: store.Source, Entity: entityNamed(t, st, "NATO").ID, Who: "ben"},
	} {
		if err := st.Correct(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Correct(ctx, store.Correction{Kind: "explode", Entity: rutte.ID, Who: "x"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("unknown correction: %v", err)
	}
	ingest(t, st, nil)
	if e, err := st.Entity(ctx, rutte.ID); err != nil || e.Name != "Mark Rutte" {
		t.Errorf("renamed: %+v, %v", e, err)
	}
	if _, err := st.Entity(ctx, alpha.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("dropped entity: %v, want ErrNotFound", err)
	}
	if nato := entityNamed(t, st, "NATO"); !nato.NewsSource {
		t.Errorf("NATO not marked as a source: %+v", nato)
	}
	// Corrections stay applied when more documents come.
	ingest(t, st, Partials([]document.Document{{ID: "x", Source: "x.txt", Text: "Alpha met Rutte."}}))
	if e, err := st.Entity(ctx, rutte.ID); err != nil || e.Name != "Mark Rutte" {
		t.Errorf("renamed after more documents: %+v, %v", e, err)
	}
	cs, err := st.Corrections(ctx)
	if err != nil || len(cs) != 3 || cs[0].Who != "ana" || cs[0].At.IsZero() {
		t.Fatalf("corrections %+v, %v", cs, err)
	}
	var b bytes.Buffer
	if err := store.WriteAliases(ctx, st, &b); err != nil {
		t.Fatal(err)
	}
	al, err := entities.ParseAliases(&b)
	if err != nil {
		t.Fatalf("aliases file does not parse: %v\n%s", err, b.String())
	}
	if len(al.Entries) != 1 || al.Entries[0].Canonical != "Mark Rutte" || !slices.Contains(al.Drop, "Alpha") {
		t.Errorf("aliases %+v", al)
	}
}

// CanonicalJSON is the JSON of a result with entity ids replaced by the
// entity's type and sorted aliases: equal for two stores whose entities
// are the same though sticky ids differ.
func CanonicalJSON(t *testing.T, res *timeline.Result) []byte {
	t.Helper()
	name := map[string]string{}
	for _, e := range res.Entities {
		name[e.ID] = e.Type + ":" + strings.Join(e.Aliases, "|")
	}
	r := *res
	r.Entities = slices.Clone(r.Entities)
	for i := range r.Entities {
		r.Entities[i].ID = name[r.Entities[i].ID]
	}
	slices.SortFunc(r.Entities, func(a, b timeline.Entity) int { return strings.Compare(a.ID, b.ID) })
	r.Mentions = slices.Clone(r.Mentions)
	for i := range r.Mentions {
		r.Mentions[i].Entity = name[r.Mentions[i].Entity]
	}
	r.Events = slices.Clone(r.Events)
	for i := range r.Events {
		ids := make([]string, len(r.Events[i].Entities))
		for j, id := range r.Events[i].Entities {
			ids[j] = name[id]
		}
		slices.Sort(ids)
		r.Events[i].Entities = ids
	}
	r.Edges = slices.Clone(r.Edges)
	for i := range r.Edges {
		a, b := name[r.Edges[i].Source], name[r.Edges[i].Target]
		if b < a {
			a, b = b, a
		}
		r.Edges[i].Source, r.Edges[i].Target = a, b
	}
	slices.SortFunc(r.Edges, func(x, y timeline.Edge) int {
		return strings.Compare(x.Source+"\x00"+x.Target, y.Source+"\x00"+y.Target)
	})
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Result builds the result of a store's documents as `extract --store`
// does.
func Result(t *testing.T, st store.Store) *timeline.Result {
	t.Helper()
	ctx := context.Background()
	resolve, err := st.Resolution(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := Pipeline()
	p.Options.Resolve = resolve
	c := p.NewCorpus()
	if err := st.Partials(ctx, store.Slice{}, func(pt timeline.Partial) error { c.Add(pt); return nil }); err != nil {
		c.Close()
		t.Fatal(err)
	}
	res, err := c.Result()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// inMemory is the result of the partials folded in memory, no store.
func inMemory(t *testing.T, ps []timeline.Partial) *timeline.Result {
	t.Helper()
	c := Pipeline().NewCorpus()
	for _, p := range ps {
		c.Add(p)
	}
	res, err := c.Result()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// testBatchOrder ingests the corpus in one go and in random batches in
// random orders: the results are the same, up to sticky ids, and equal to
// the result of the partials folded in memory.
func testBatchOrder(t *testing.T, open Open) {
	ps := Partials(append(Docs(), document.Document{ID: "k", Source: "news/k2.txt", Published: day("2025-02-20"),
		Text: "Kellogg met Rutte on February 20, 2025."}))
	one := opened(t, open)
	ingest(t, one, ps)
	res := Result(t, one)
	want := CanonicalJSON(t, res)
	// The store's events are the result's.
	var listed []timeline.Event
	for cursor := ""; ; {
		page, err := one.Events(context.Background(), store.EventQuery{Limit: 3, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		listed = append(listed, page.Items...)
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	a, _ := json.Marshal(listed)
	b, _ := json.Marshal(res.Events)
	if !bytes.Equal(a, b) {
		t.Errorf("Events lists\n%s\nthe result has\n%s", a, b)
	}

	if got := CanonicalJSON(t, inMemory(t, ps)); !bytes.Equal(got, want) {
		t.Errorf("store differs from the corpus folded in memory:\n%s\nwant\n%s", got, want)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 4 {
		order := rng.Perm(len(ps))
		k := 1 + rng.IntN(4)
		st := opened(t, open)
		for b := range k {
			var batch []timeline.Partial
			for i, j := range order {
				if i%k == b {
					batch = append(batch, ps[j])
				}
			}
			ingest(t, st, batch)
		}
		if got := CanonicalJSON(t, Result(t, st)); !bytes.Equal(got, want) {
			t.Errorf("round %d (%d batches, order %v) differs:\n%s\nwant\n%s", round, k, order, got, want)
		}
		if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
			t.Errorf("round %d (%d batches, order %v): the finished store differs:\n%s\nwant\n%s", round, k, order, got, want)
		}
	}
}

// Finished is what a finish wrote, read through the store's API: every
// entity with its counts, its neighbours with their counts and PMI, and
// the events, entity ids replaced by type and aliases as in CanonicalJSON.
// A store that finished after each of several batches must give what one
// finish after all of them gives.
func Finished(t *testing.T, st store.Store) []byte {
	t.Helper()
	ctx := context.Background()
	var ents []store.Entity
	for cursor := ""; ; {
		page, err := st.Entities(ctx, store.EntityQuery{Limit: store.MaxLimit, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		ents = append(ents, page.Items...)
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	name := map[string]string{}
	for _, e := range ents {
		name[e.ID] = e.Type + ":" + strings.Join(e.Aliases, "|")
	}
	type neighbour struct {
		Name  string
		Count int
		Score float64
	}
	type entity struct {
		store.Entity
		Neighbours []neighbour
	}
	var out struct {
		Entities []entity
		Events   []timeline.Event
	}
	for _, e := range ents {
		x := entity{Entity: e}
		x.ID = name[e.ID]
		for cursor := ""; ; {
			page, err := st.Neighbours(ctx, store.NeighbourQuery{ID: e.ID, Weighting: "pmi", Limit: store.MaxLimit, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range page.Items {
				x.Neighbours = append(x.Neighbours, neighbour{name[n.Entity.ID], n.Count, n.Score})
			}
			if cursor = page.Next; cursor == "" {
				break
			}
		}
		slices.SortFunc(x.Neighbours, func(a, b neighbour) int { return strings.Compare(a.Name, b.Name) })
		out.Entities = append(out.Entities, x)
	}
	slices.SortFunc(out.Entities, func(a, b entity) int { return strings.Compare(a.ID, b.ID) })
	for cursor := ""; ; {
		page, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range page.Items {
			ids := make([]string, len(ev.Entities))
			for j, id := range ev.Entities {
				ids[j] = name[id]
			}
			slices.Sort(ids)
			ev.Entities = ids
			out.Events = append(out.Events, ev)
		}
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testKnownNames adds, in a second batch, documents of several weeks that
// name entities only as the first batch did (the same local entities): a
// finish rebuilds their counts for the weeks of the new documents only,
// and must give what one finish over all of them gives.
func testKnownNames(t *testing.T, open Open) {
	first := []document.Document{newsDoc("k1", "2025-02-03", "Rutte met Zelensky in Kyiv on February 3, 2025.")}
	second := []document.Document{
		newsDoc("k2", "2025-02-11", "Rutte met Zelensky in Kyiv on February 11, 2025."),
		newsDoc("k3", "2025-02-19", "Rutte met Zelensky in Kyiv on February 19, 2025."),
		newsDoc("k4", "2025-03-04", "Rutte met Zelensky in Kyiv on March 4, 2025."),
	}
	st, one := twoBatches(t, open, first, second)
	if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches:\n%s\none:\n%s", got, want)
	}
}

// testCountryAnchors: a bare party name is the party of the country its
// article is about (民主党 in an article about the United States is the
// Democratic Party, in one about Japan Japan's), a choice the local
// entity's names alone do not make: it must survive the store, whichever
// batch each article comes in, as the corpus folded in memory has it.
func testCountryAnchors(t *testing.T, open Open) {
	us := newsDoc("c1", "2025-02-03", "アメリカの民主党は2025年2月3日に声明を出した。アメリカの議会で。")
	ja := newsDoc("c2", "2025-02-04", "日本の民主党は2025年2月4日に会見した。")
	mem := inMemory(t, Partials([]document.Document{us, ja}))
	party := map[string]string{}
	for _, m := range mem.Mentions {
		if m.Text == "民主党" {
			party[m.Doc] = m.Entity
		}
	}
	if party["c1"] != "organization/democratic-party" || party["c2"] != "organization/民主党" {
		t.Fatalf("民主党 in memory: %v; want the Democratic Party in c1, Japan's in c2", party)
	}
	want := CanonicalJSON(t, mem)
	for _, batches := range [][][]document.Document{{{us, ja}}, {{us}, {ja}}, {{ja}, {us}}} {
		st := opened(t, open)
		for _, b := range batches {
			ingest(t, st, Partials(b))
		}
		if got := CanonicalJSON(t, Result(t, st)); !bytes.Equal(got, want) {
			t.Errorf("%d batches, %s first: the store differs from the corpus in memory:\n%s\nwant\n%s", len(batches), batches[0][0].ID, got, want)
		}
		if e := entityNamed(t, st, "Democratic Party"); e.Mentions != 1 {
			t.Errorf("%d batches, %s first: the Democratic Party has %d mentions, want 1", len(batches), batches[0][0].ID, e.Mentions)
		}
	}
}

// testSurnameDocuments: a bare surname joins the full name named in most
// documents where the mentions agree (Barack Obama six times in three
// documents, Michelle Obama four times in one): the store counts the
// documents of each local entity over its batches as the corpus in memory
// does.
func testSurnameDocuments(t *testing.T, open Open) {
	var docs []document.Document
	for i, d := range []string{"03", "04", "05"} {
		docs = append(docs, newsDoc("o"+strconv.Itoa(i), "2025-02-"+d, "Barack Obama spoke on February "+strings.TrimPrefix(d, "0")+", 2025. Barack Obama left."))
	}
	docs = append(docs,
		newsDoc("m", "2025-02-06", "Michelle Obama spoke on February 6, 2025. Michelle Obama wrote. Michelle Obama left. Michelle Obama smiled."),
		newsDoc("s", "2025-02-07", "Obama spoke on February 7, 2025."))
	mem := inMemory(t, Partials(docs))
	var obama string
	for _, m := range mem.Mentions {
		if m.Text == "Obama" {
			obama = m.Entity
		}
	}
	if obama != "person/barack-obama" {
		t.Fatalf("the bare Obama in memory is %q, want person/barack-obama", obama)
	}
	want := CanonicalJSON(t, mem)
	for _, batches := range [][][]document.Document{{docs}, {docs[:2], docs[2:]}, {docs[4:], docs[:4]}, {docs[:1], docs[1:3], docs[3:]}} {
		st := opened(t, open)
		for _, b := range batches {
			ingest(t, st, Partials(b))
		}
		if got := CanonicalJSON(t, Result(t, st)); !bytes.Equal(got, want) {
			t.Errorf("%d batches, %s first: the store differs from the corpus in memory:\n%s\nwant\n%s", len(batches), batches[0][0].ID, got, want)
		}
	}
}

// newsDoc is a document of the news folder published on date.
func newsDoc(id, date, text string) document.Document {
	return document.Document{ID: id, Source: "news/" + id + ".txt", Published: day(date), Text: text}
}

// twoBatches ingests first and then second into one store, and both in
// one go into another (one), to compare a finish of a second batch with
// one finish over all.
func twoBatches(t *testing.T, open Open, first, second []document.Document) (st, one store.Store) {
	one = opened(t, open)
	ingest(t, one, Partials(append(slices.Clone(first), second...)))
	st = opened(t, open)
	ingest(t, st, Partials(first))
	ingest(t, st, Partials(second))
	return st, one
}

// testDaysBefore1970: a later batch's report of a day before 1970 (a
// negative day number in the reports' rows) has the finish work out again
// the events of that day, the stored report's among them, as one finish
// over all has it.
func testDaysBefore1970(t *testing.T, open Open) {
	first := []document.Document{newsDoc("h1", "2025-02-03", "Kellogg met Rutte in Dallas on November 22, 1963.")}
	second := []document.Document{newsDoc("h2", "2025-02-04", "Zelensky met Rutte in Dallas on November 22, 1963.")}
	st, one := twoBatches(t, open, first, second)
	if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches, finished:\n%s\none:\n%s", got, want)
	}
}

// testPartialFinish adds, in a second batch, reports of days in March: a
// finish works out again the events of those days and the joins of their
// weeks and months into them (March's report joined the day of 10 March,
// which changes; the week of 1 March reaches into February, whose days it
// does not read), and must give what one finish over all of them gives.
func testPartialFinish(t *testing.T, open Open) {
	first := []document.Document{
		newsDoc("p1", "2025-02-03", "Kellogg met Zelensky in Kyiv on February 3, 2025."),
		newsDoc("p2", "2025-02-20", "In February 2025 Kellogg met Zelensky in Kyiv."),
		newsDoc("p3", "2025-02-26", "Alpha met Beta in Brussels on February 26, 2025."),
		newsDoc("p4", "2025-03-10", "Rutte met Zelensky in Brussels on March 10, 2025."),
		newsDoc("p5", "2025-03-20", "In March 2025 Rutte met Zelensky in Brussels."),
	}
	// Days the second batch leaves alone, most of the store.
	for i, d := range []string{"06", "08", "13", "15", "20", "22", "27", "29"} {
		first = append(first, newsDoc("q"+strconv.Itoa(i), "2025-01-"+d, "Gamma met Beta in Kyiv on January "+strings.TrimPrefix(d, "0")+", 2025."))
	}
	second := []document.Document{
		newsDoc("p6", "2025-03-11", "Rutte met Zelensky in Brussels on March 10, 2025, and spoke to NATO."),
		newsDoc("p7", "2025-03-01", "Alpha met Gamma in Brussels on March 1, 2025."),
	}
	st, one := twoBatches(t, open, first, second)
	if got, want := CanonicalJSON(t, Result(t, st)), CanonicalJSON(t, Result(t, one)); !bytes.Equal(got, want) {
		t.Errorf("two batches:\n%s\none:\n%s", got, want)
	}
	if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches, finished:\n%s\none:\n%s", got, want)
	}
	// The month's report joined the day it tells of: February's event
	// holds both, as the one finish has it.
	for _, ev := range Result(t, st).Events {
		if ev.Date == "2025-02" {
			t.Errorf("February's report is an event of its own: %s", ev.Text)
		}
	}
}

// testJoinLeavesDay adds, in a second batch, a day whose report links as
// strongly to February's report as the day that report joined: the month's
// report then joins neither, and the event of that earlier day, which the
// batch does not touch, loses it. The finish finds so only once it has
// worked out the joins, reads that day then, and must give what one finish
// over all gives, reading each report once: those of the new day, of the
// month and of the day the join left.
func testJoinLeavesDay(t *testing.T, open Open) {
	first := []document.Document{
		newsDoc("l1", "2025-02-03", "Kellogg met Zelensky in Kyiv on February 3, 2025."),
		newsDoc("l2", "2025-02-20", "In February 2025 Kellogg met Zelensky in Kyiv."),
	}
	for i, d := range []string{"06", "08", "13", "15"} {
		first = append(first, newsDoc("f"+strconv.Itoa(i), "2025-01-"+d, "Gamma met Beta in Brussels on January "+strings.TrimPrefix(d, "0")+", 2025."))
	}
	second := []document.Document{newsDoc("l3", "2025-02-24", "Kellogg met Zelensky in Kyiv on February 24, 2025.")}
	st := opened(t, open)
	ingest(t, st, Partials(first))
	for _, ev := range Result(t, st).Events {
		if ev.Date == "2025-02" {
			t.Fatalf("the first batch left February's report on its own (%s): the test needs it joined", ev.Text)
		}
	}
	rep := ingest(t, st, Partials(second))
	one := opened(t, open)
	ingest(t, one, Partials(append(slices.Clone(first), second...)))
	if got, want := CanonicalJSON(t, Result(t, st)), CanonicalJSON(t, Result(t, one)); !bytes.Equal(got, want) {
		t.Errorf("two batches:\n%s\none:\n%s", got, want)
	}
	if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches, finished:\n%s\none:\n%s", got, want)
	}
	if rep.ReportsRead != 3 {
		t.Errorf("the second finish read %d stored reports, want 3 (24 and 3 February, and February's)", rep.ReportsRead)
	}
}

// YearBatches are two batches of documents whose reports are dated by a
// year, most of them 2024: the second adds one such report and tells one
// of the first again (a new source of a stored report).
func YearBatches() (first, second []document.Document) {
	first = []document.Document{
		newsDoc("y1", "2025-01-08", "In 2024 Rutte met Zelensky in Brussels."),
		newsDoc("y2", "2025-01-15", "In 2024 Kellogg met Zelensky in Kyiv."),
		newsDoc("y3", "2025-01-22", "In 2024 Alpha met Beta in Brussels."),
		newsDoc("y4", "2025-01-29", "In 2024 Gamma met Beta in Kyiv. Rutte met Zelensky in Kyiv on January 28, 2025."),
		newsDoc("y5", "2025-02-05", "In 2023 Rutte met Beta in Brussels."),
	}
	second = []document.Document{
		newsDoc("y6", "2025-02-12", "In 2024 Kellogg met Rutte in Brussels."),
		newsDoc("y7", "2025-02-19", "In 2024 Alpha met Beta in Brussels. Gamma spoke."),
	}
	return first, second
}

// testYearAlone adds, in a second batch, a report dated by a year the
// first batch's reports are dated by too, and tells one of those again:
// each such report is an event of its own, so the finish reads those two
// and none of the year's others, and gives what one finish over all gives.
func testYearAlone(t *testing.T, open Open) {
	first, second := YearBatches()
	one := opened(t, open)
	ingest(t, one, Partials(append(slices.Clone(first), second...)))
	st := opened(t, open)
	ingest(t, st, Partials(first))
	rep := ingest(t, st, Partials(second))
	if got, want := CanonicalJSON(t, Result(t, st)), CanonicalJSON(t, Result(t, one)); !bytes.Equal(got, want) {
		t.Errorf("two batches:\n%s\none:\n%s", got, want)
	}
	if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches, finished:\n%s\none:\n%s", got, want)
	}
	years := 0
	for _, ev := range Result(t, st).Events {
		if ev.Date == "2024" {
			years++
		}
	}
	if years != 5 {
		t.Errorf("%d events of 2024, want 5: the test tests little", years)
	}
	if rep.ReportsRead != 2 {
		t.Errorf("the second finish read %d stored reports, want 2 (the second batch's of 2024)", rep.ReportsRead)
	}
}

// testMovedLocal adds, in a second batch, a name that makes a surname of
// the first batch ambiguous: the surname's local entity leaves Anna
// Borlow for an entity of its own, on a day the batch does not touch. The
// finish must find that day's report by its local entity, and give what
// one finish over all gives.
func testMovedLocal(t *testing.T, open Open) {
	first := []document.Document{
		newsDoc("m1", "2025-01-10", "Borlow met Rutte in Brussels on January 10, 2025."),
		newsDoc("m2", "2025-02-03", "Anna Borlow met Zelensky in Kyiv on February 3, 2025. Anna Borlow spoke to NATO."),
	}
	second := []document.Document{newsDoc("m3", "2025-03-05", "Carl Borlow met Rutte in Kyiv on March 5, 2025. Carl Borlow thanked Rutte.")}
	st, one := twoBatches(t, open, first, second)
	if got, want := CanonicalJSON(t, Result(t, st)), CanonicalJSON(t, Result(t, one)); !bytes.Equal(got, want) {
		t.Errorf("two batches:\n%s\none:\n%s", got, want)
	}
	if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches, finished:\n%s\none:\n%s", got, want)
	}
	// Borlow's report of 10 January is no longer Anna Borlow's.
	if got, want := EntityEvents(t, st), EntityEvents(t, one); !bytes.Equal(got, want) {
		t.Errorf("two batches, events by entity:\n%s\none:\n%s", got, want)
	}
}

// testFirstSourceMoves tells one report in two documents, each in a batch
// of its own, in both orders: either way the report keeps both sources
// and takes its text from the same one, as one batch of both gives. In
// one of the orders the later batch's source comes first, and the stored
// first source, which the report's row held, joins its others (schema 28).
func testFirstSourceMoves(t *testing.T, open Open) {
	ctx := context.Background()
	a := newsDoc("s1", "2025-02-03", "Kellogg met Zelensky in Kyiv on February 3, 2025.")
	b := newsDoc("s2", "2025-02-04", "Rutte spoke in Brussels. Kellogg met Zelensky in Kyiv on February 3, 2025.")
	// details are the events as the store tells of each.
	details := func(st store.Store) []timeline.Event {
		page, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		var out []timeline.Event
		for _, ev := range page.Items {
			got, err := st.Event(ctx, ev.ID)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, got)
		}
		return out
	}
	for _, order := range [][]document.Document{{a, b}, {b, a}} {
		st, one := twoBatches(t, open, order[:1], order[1:])
		if got, want := Finished(t, st), Finished(t, one); !bytes.Equal(got, want) {
			t.Errorf("%s, then %s, finished:\n%s\none batch:\n%s", order[0].ID, order[1].ID, got, want)
		}
		got, want := details(st), details(one)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s, then %s: events\n%+v\none batch:\n%+v", order[0].ID, order[1].ID, got, want)
		}
		for _, ev := range got {
			if ev.Date == "2025-02-03" && len(ev.Sources) != 2 {
				t.Errorf("%s, then %s: the report of 3 February has %d sources, want 2: %+v", order[0].ID, order[1].ID, len(ev.Sources), ev.Sources)
			}
		}
	}
}

// EntityEvents lists each entity's events, by its aliases and their dates
// and texts (ids differ between stores).
func EntityEvents(t *testing.T, st store.Store) []byte {
	t.Helper()
	ctx := context.Background()
	page, err := st.Entities(ctx, store.EntityQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, e := range page.Items {
		evs, err := st.Events(ctx, store.EventQuery{Entity: e.ID, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "%s %v:", e.Type, e.Aliases)
		for _, ev := range evs.Items {
			fmt.Fprintf(&out, " %s %q", ev.Date, ev.Text)
		}
		fmt.Fprintln(&out)
	}
	return out.Bytes()
}

// testConcurrent adds the corpus from four writers at once, each in its
// own order and each document several times over, with finishes running
// among them: every document is stored once, and a finish once they are
// done gives the result of a one-go ingest.
func testConcurrent(t *testing.T, open Open) {
	ctx := context.Background()
	ps := Partials(Docs())
	one := opened(t, open)
	ingest(t, one, ps)
	want := CanonicalJSON(t, Result(t, one))

	st := opened(t, open)
	var wg sync.WaitGroup
	var added atomic.Int64
	errs := make(chan error, 8)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, i := range rand.New(rand.NewPCG(uint64(w), 3)).Perm(len(ps)) {
				ok, err := st.Add(ctx, ps[i])
				if err != nil {
					errs <- err
					return
				}
				if ok {
					added.Add(1)
				}
			}
			if _, err := st.Finish(ctx, store.FinishOptions{Resolve: Pipeline().ResolveLocals}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if added.Load() != int64(len(ps)) {
		t.Errorf("%d documents added by the writers, want %d", added.Load(), len(ps))
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(ps) {
		t.Errorf("%d documents stored, want %d", stats.Documents, len(ps))
	}
	if got := CanonicalJSON(t, Result(t, st)); !bytes.Equal(got, want) {
		t.Errorf("concurrent writers differ from one:\n%s\nwant\n%s", got, want)
	}
	other := opened(t, open)
	ingest(t, other, ps)
	a, _ := st.Stats(ctx)
	b, _ := other.Stats(ctx)
	if a.Sentences != b.Sentences || a.Mentions != b.Mentions || a.Events != b.Events || a.Edges != b.Edges || a.Entities != b.Entities {
		t.Errorf("stats after concurrent writers %+v, after one %+v", a, b)
	}
}

// testEventRedirects adds, in a later batch, a report of a happening that
// was published first: the event's id (its seed report's key) changes, and
// the old id leads to it.
func testEventRedirects(t *testing.T, open Open) {
	ctx := context.Background()
	st := opened(t, open)
	later := document.Document{ID: "late", Source: "late.txt", Published: day("2025-02-10"),
		Text: "Zelensky met Rutte in Brussels on February 5, 2025."}
	earlier := document.Document{ID: "early", Source: "early.txt", Published: day("2025-02-06"),
		Text: "Rutte met Zelensky in Brussels on February 5, 2025."}
	ingest(t, st, Partials([]document.Document{later}))
	page, err := st.Events(ctx, store.EventQuery{})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("events %+v, %v", page, err)
	}
	first := page.Items[0]
	if got, err := st.Event(ctx, first.ID); err != nil || got.ID != first.ID {
		t.Fatalf("Event(%s) = %+v, %v", first.ID, got, err)
	}
	if _, err := st.Event(ctx, "ev-000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event of an unknown id: %v, want ErrNotFound", err)
	}
	ingest(t, st, Partials([]document.Document{earlier}))
	page, err = st.Events(ctx, store.EventQuery{})
	if err != nil || len(page.Items) != 1 || page.Items[0].Reports != 2 {
		t.Fatalf("after the earlier report: events %+v, %v; want one told twice", page, err)
	}
	now := page.Items[0]
	if now.ID == first.ID {
		t.Skip("the event kept its id: the seed did not change")
	}
	if got, err := st.Event(ctx, first.ID); err != nil || got.ID != now.ID {
		t.Errorf("Event(%s) after the seed changed = %+v, %v; want a redirect to %s", first.ID, got, err, now.ID)
	}
}
