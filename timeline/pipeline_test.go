package timeline

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/normalize"
	"github.com/chronograph/chronograph/timeline/segment"
	"github.com/chronograph/chronograph/timeline/timex"
)

// listExtractor tags the words of a fixed list as people: enough to test
// the pipeline without a real extractor.
type listExtractor struct{ re *regexp.Regexp }

func (x listExtractor) Extract(text string, sentences []entities.Span) []entities.Mention {
	var out []entities.Mention
	for _, s := range sentences {
		for _, m := range x.re.FindAllStringIndex(text[s.Start:s.End], -1) {
			out = append(out, entities.Mention{Start: s.Start + m[0], End: s.Start + m[1], Type: entities.Person, Lang: "en"})
		}
	}
	return out
}

func testPipeline(workers int) *Pipeline {
	return &Pipeline{
		Extractors: map[string]entities.Extractor{"en": listExtractor{regexp.MustCompile(`Alpha|Beta|Gamma`)}},
		Tagger:     timex.New(timex.Options{}),
		Resolver:   entities.NewResolver(entities.ResolverOptions{}),
		Options:    Options{Workers: workers},
	}
}

func testDocs() []document.Document {
	day := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	c := "Ｇａｍｍａ met Alpha on February 7, 2025.\n— Someone (@someone) February 8, 2025"
	sig := strings.Index(c, "—")
	return []document.Document{
		{ID: "a", Published: day, Text: "Alpha met Beta on February 7, 2025. Alpha spoke again."},
		{ID: "b", Published: day, Text: "Alpha met Beta on February 7, 2025."},
		{ID: "c", Published: day, Text: c, Skip: []document.Span{{Start: sig, End: len(c)}}},
	}
}

func TestAnalyze(t *testing.T) {
	res := testPipeline(2).Analyze(testDocs())

	if len(res.Events) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(res.Events), res.Events)
	}
	merged := res.Events[0]
	if merged.Text != "Alpha met Beta on February 7, 2025." {
		merged = res.Events[1]
	}
	if merged.Date != "2025-02-07" || len(merged.Sources) != 2 {
		t.Errorf("merged event: date %s, %d sources; want 2025-02-07 from 2 documents", merged.Date, len(merged.Sources))
	}

	weights := map[[2]string]int{}
	for _, e := range res.Edges {
		weights[[2]string{e.Source, e.Target}] = e.Weight
	}
	if len(weights) != 2 {
		t.Errorf("edges %v, want Alpha–Beta and Alpha–Gamma", weights)
	}
	for _, e := range res.Edges {
		if e.Weight != 2 && e.Weight != 1 || len(e.Evidence) != e.Weight || e.Evidence[0].Text == "" {
			t.Errorf("edge %+v: weight and evidence disagree", e)
		}
	}

	// Offsets index the source text, even where it was full-width.
	for _, m := range res.Mentions {
		if m.Doc == "c" && m.Start == 0 && m.Text != "Ｇａｍｍａ" {
			t.Errorf("mention at 0 in c reads %q, want the full-width source", m.Text)
		}
	}
	// The signature line is not analysed.
	for _, tx := range res.Timexes {
		if tx.Doc == "c" && tx.Start >= strings.Index(testDocs()[2].Text, "—") {
			t.Errorf("timex %q found in the skipped signature", tx.Text)
		}
	}
}

// TestDeterministic checks that output bytes do not depend on the number of
// workers.
func TestDeterministic(t *testing.T) {
	var outs [][]byte
	for _, w := range []int{1, 4} {
		b, err := json.Marshal(testPipeline(w).Analyze(testDocs()))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Errorf("-j 1 and -j 4 differ:\n%s\n%s", outs[0], outs[1])
	}
}

func TestEventDates(t *testing.T) {
	hits := []timexHit{
		{Timex: timex.Timex{Type: timex.Date, Value: "2025-02", Granularity: timex.Month}},
		{Timex: timex.Timex{Type: timex.Duration, Value: "P3Y", Granularity: timex.Year}},
		{Timex: timex.Timex{Type: timex.Date, Value: "2025-02-14", Granularity: timex.Day}},
		{Timex: timex.Timex{Type: timex.Date, Value: "PRESENT_REF", Granularity: timex.Day}},
		{Timex: timex.Timex{Type: timex.Date, Value: "2025-02-07", Granularity: timex.Day}},
		{Timex: timex.Timex{Type: timex.Date, Value: "2024", Granularity: timex.Year}},
		{Timex: timex.Timex{Type: timex.Date, Value: "", Granularity: timex.Day}},
	}
	tests := []struct {
		idx  []int
		want []string
	}{
		{[]int{0, 2}, []string{"2025-02-14"}},
		{[]int{0, 1}, []string{"2025-02"}},
		{[]int{4, 0, 2}, []string{"2025-02-07", "2025-02-14"}},
		{[]int{5, 2}, []string{"2024", "2025-02-14"}},
		{[]int{1, 3, 6}, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range eventDates(hits, tt.idx) {
			got = append(got, h.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("eventDates(%v) = %q, want %q", tt.idx, got, tt.want)
		}
	}
}

func TestInsideName(t *testing.T) {
	// "小泉今日子は今日" : a name at [0,15), a date word inside it at [6,12), one after it.
	mentions := []entities.Mention{{Start: 0, End: 15}}
	tests := []struct {
		start, end int
		want       bool
	}{
		{6, 12, true},   // 今日 inside the name
		{18, 24, false}, // 今日 after it
		{0, 20, false},  // an expression holding the whole name
	}
	for _, tt := range tests {
		if got := insideName(tt.start, tt.end, mentions); got != tt.want {
			t.Errorf("insideName(%d, %d) = %v, want %v", tt.start, tt.end, got, tt.want)
		}
	}
}

// TestLeanEvidence checks that a lean run, which keeps evidence sentences
// in its spool rather than in memory, shows the evidence a full run keeps,
// with the text as first read.
func TestLeanEvidence(t *testing.T) {
	docs := append(testDocs(), document.Document{ID: "d", Text: "Nothing happened on February 7, 2025."})
	for i := range docs {
		docs[i].Source = docs[i].ID + ".txt"
	}
	full := testPipeline(2).Analyze(docs)
	p := testPipeline(2)
	p.Options.Lean = true
	lean := p.Analyze(docs)
	a, _ := json.Marshal(full.Edges)
	b, _ := json.Marshal(lean.Edges)
	if !bytes.Equal(a, b) {
		t.Errorf("lean edges differ:\n%s\n%s", a, b)
	}
	for _, e := range lean.Edges {
		for _, s := range e.Evidence {
			if s.Text == "" {
				t.Errorf("evidence %+v without text", s)
			}
		}
	}
}

// TestSelectedEvidence checks the rule that picks an edge's evidence and
// that it does not depend on the order the sentences come in.
func TestSelectedEvidence(t *testing.T) {
	type sent struct {
		doc   int32 // also the document's hash key: documents sort by number
		start int32
		dated bool
	}
	tests := []struct {
		name  string
		sents []sent
		want  []int32 // starts of the kept sentences, most informative first
	}{
		{"under the cap, all kept; dated first", []sent{{0, 1, false}, {0, 2, true}}, []int32{2, 1}},
		{"dated ranks first among new documents", []sent{{0, 1, false}, {1, 2, true}}, []int32{2, 1}},
		{"dated before undated", []sent{{0, 1, false}, {1, 2, false}, {2, 3, true}}, []int32{3, 1}},
		{"a new document before a cited one", []sent{{0, 1, true}, {0, 2, true}, {1, 3, true}}, []int32{1, 3}},
		{"a cited document fills up", []sent{{0, 1, true}, {0, 2, true}}, []int32{1, 2}},
		{"equals: the smaller hash", []sent{{2, 1, true}, {1, 2, true}, {0, 3, true}}, []int32{3, 2}},
	}
	keys := []uint64{0, 1, 2} // documents sort by number
	for _, tt := range tests {
		for _, perm := range permutations(len(tt.sents)) {
			var e edgeAcc
			for _, k := range perm {
				s := tt.sents[k]
				e.add(evidence{doc: s.doc, dated: s.dated, start: s.start}, 2, keys)
			}
			var got []int32
			for _, c := range e.selected(2, keys) {
				got = append(got, c.start)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s, order %v: kept %v, want %v", tt.name, perm, got, tt.want)
			}
		}
	}
}

// TestSelectedEvidenceMany checks on many random sentences that compacting
// as they come keeps what selecting from all of them at once would.
func TestSelectedEvidenceMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []uint64{7, 3, 5, 1, 6, 0, 4, 2} // the hash keys of documents 0-7
	for round := range 200 {
		n := 1 + rng.IntN(80)
		var all []evidence
		for i := range n {
			doc := int32(rng.IntN(8))
			all = append(all, evidence{doc: doc, start: int32(i), dated: rng.IntN(3) == 0})
		}
		var want []evidence
		{
			var e edgeAcc
			e.ev = slices.Clone(all)
			want = e.selected(5, keys)
		}
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		var e edgeAcc
		for _, c := range all {
			e.add(c, 5, keys)
		}
		if got := e.selected(5, keys); !slices.Equal(got, want) {
			t.Fatalf("round %d: streamed %v, want %v", round, got, want)
		}
	}
}

func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(slices.Clone(p[:i]), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestLeanPrune checks that a lean run pruned as it is built gives the
// entities and edges of a full run pruned afterwards.
func TestLeanPrune(t *testing.T) {
	for _, top := range []int{1, 2, 3} {
		full := testPipeline(1).Analyze(testDocs())
		Prune(full, top, 1)
		p := testPipeline(1)
		p.Options.Lean, p.Options.Top, p.Options.MinWeight = true, top, 1
		lean := p.Analyze(testDocs())
		a, _ := json.Marshal([]any{full.Entities, full.Edges, full.Events})
		b, _ := json.Marshal([]any{lean.Entities, lean.Edges, lean.Events})
		if !bytes.Equal(a, b) {
			t.Errorf("top %d: lean run differs:\n%s\n%s", top, a, b)
		}
	}
}

// TestCorpusLinks checks that names resolved within their documents are
// still linked across documents: a surname alone in one document is the one
// full name of the corpus that has it.
func TestCorpusLinks(t *testing.T) {
	p := testPipeline(2)
	p.Extractors["en"] = listExtractor{regexp.MustCompile(`Keith Kellogg|Kellogg|Alpha`)}
	day := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	res := p.Analyze([]document.Document{
		{ID: "a", Published: day, Text: "Keith Kellogg arrived on February 7, 2025."},
		{ID: "b", Published: day, Text: "Kellogg met Alpha. Kellogg left."},
	})
	var kellogg *Entity
	for i, e := range res.Entities {
		if slices.Contains(e.Aliases, "Kellogg") {
			if kellogg != nil {
				t.Fatalf("Kellogg in two entities: %+v", res.Entities)
			}
			kellogg = &res.Entities[i]
		}
	}
	if kellogg == nil || !slices.Contains(kellogg.Aliases, "Keith Kellogg") || kellogg.Mentions != 3 || kellogg.Documents != 2 {
		t.Errorf("Kellogg entity %+v, want Keith Kellogg with 3 mentions in 2 documents", kellogg)
	}
}

// TestDefinedAbbreviation checks that an abbreviation defined in one
// document ("Lorvian Security Institute (SWP)") is the same entity there and
// in a document that uses it alone, though its letters are not the name's.
func TestDefinedAbbreviation(t *testing.T) {
	p := testPipeline(2)
	p.Extractors["en"] = listExtractor{regexp.MustCompile(`Lorvian Security Institute|SWP|Alpha`)}
	day := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	res := p.Analyze([]document.Document{
		{ID: "a", Published: day, Text: "A study by the Lorvian Security Institute (SWP) was published on February 7, 2025."},
		{ID: "b", Published: day, Text: "SWP met Alpha."},
	})
	var found []Entity
	for _, e := range res.Entities {
		if slices.Contains(e.Aliases, "SWP") || slices.Contains(e.Aliases, "Lorvian Security Institute") {
			found = append(found, e)
		}
	}
	if len(found) != 1 || !slices.Equal(found[0].Aliases, []string{"Lorvian Security Institute", "SWP"}) || found[0].Mentions != 3 || found[0].Documents != 2 {
		t.Errorf("got %+v, want one entity named Lorvian Security Institute and SWP, 3 mentions in 2 documents", found)
	}
}

func TestTruncatedRepeats(t *testing.T) {
	tests := []struct {
		text string
		want []int // indices of the sentences dropped
	}{
		{"Since 2000 the Lorvian network has spent billions on its goals…\nSince 2000 the Lorvian network has spent billions on its goals abroad.", []int{0}},
		{"💸 2000年以降、ロルビア財団のネットワークは世界中の目標に巨額を投入してきた。… https://t.co/AbCd pic.twitter.com/EfGh\n💸 2000年以降、ロルビア財団のネットワークは世界中の目標に巨額を投入してきた。\n次の文。", []int{0}},
		// a sentence that merely trails off is kept
		{"Since 2000 the Lorvian network has spent billions on its goals... Nobody knows how much.", nil},
		// too short to tell a preview from a phrase
		{"He said so… He said so again.", nil},
	}
	for _, tt := range tests {
		text := normalize.NFKC(tt.text).Norm // as analyzeDoc sees it: "…" is "..."
		split := segment.Split(text)
		got := truncatedRepeats(text, split)
		var idx []int
		for i := range split {
			if got[i] {
				idx = append(idx, i)
			}
		}
		if !slices.Equal(idx, tt.want) {
			var ss []string
			for _, s := range split {
				ss = append(ss, text[s.Start:s.End])
			}
			t.Errorf("%q: dropped %v of %q, want %v", tt.text, idx, ss, tt.want)
		}
	}
}

// TestMaskedMarkup checks that markup the document reader masks (a
// shortcode's user name and timestamp) is read as blanks: no timex or
// mention from it, while the prose it holds, and its offsets, stay.
func TestMaskedMarkup(t *testing.T) {
	text := `{{<quote body="Alpha met Beta on February 7, 2025." user="Gamma" createdAt="2025-02-10T00:47:14">}}`
	body := strings.Index(text, "Alpha")
	d := document.Document{ID: "m", Published: time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC), Text: text,
		Mask: []document.Span{{Start: 0, End: body}, {Start: strings.Index(text, `" user`), End: len(text)}}}
	res := testPipeline(1).Analyze([]document.Document{d})
	var values []string
	for _, x := range res.Timexes {
		values = append(values, x.Value)
	}
	if len(values) != 1 || values[0] != "2025-02-07" {
		t.Errorf("timexes %v, want only 2025-02-07 (the timestamp is markup)", values)
	}
	for _, m := range res.Mentions {
		if m.Text == "Gamma" {
			t.Errorf("mention %q from a masked attribute", m.Text)
		}
	}
	if len(res.Events) != 1 || res.Events[0].Sources[0].Start != body {
		t.Errorf("events %+v, want one whose source starts at the prose (%d)", res.Events, body)
	}
}

// TestDisplayLangLabels checks that --display-lang ja labels dates in
// Japanese, and the default in English.
func TestDisplayLangLabels(t *testing.T) {
	for lang, want := range map[string]string{"": "7 Feb 2025", "ja": "2025年2月7日"} {
		p := testPipeline(1)
		p.Options.DisplayLang = lang
		res := p.Analyze(testDocs())
		if len(res.Events) == 0 || res.Events[0].DateLabel != want {
			t.Errorf("display lang %q: events %+v, want the first labelled %q", lang, res.Events, want)
		}
	}
}
