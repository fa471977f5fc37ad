package nereval

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities"
)

func TestDocKey(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"GUM_news_nasa-12", "GUM_news_nasa"},
		{"answers-20070404104007AAY1Chs_ans-0001", "answers-20070404104007AAY1Chs_ans"},
		{"redocred-dev-d4-s2", "redocred-dev-d4"},
		{"kwac:wiki00010002-00-01", "kwac:wiki00010002"},
		{"stockmark:3572156:0", "stockmark:3572156"},
		{"btc-train-17", "btc-train"},
		{"plain", "plain"},
	} {
		if got := DocKey(c.id); got != c.want {
			t.Errorf("DocKey(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}

func TestDocuments(t *testing.T) {
	var recs []Record
	for _, id := range []string{"GUM_a-1", "GUM_a-2", "GUM_b-1"} {
		recs = append(recs, Record{ID: id, Corpus: "gum"})
	}
	for i := range maxDocRecords + 5 {
		recs = append(recs, Record{ID: "btc-train-" + string(rune('0'+i%10)), Corpus: "btc"})
	}
	docs := Documents(recs)
	if len(docs) < 3 || docs[0].Key != "GUM_a" || len(docs[0].Records) != 2 || !docs[0].Whole || docs[1].Key != "GUM_b" {
		t.Fatalf("documents = %+v", docs[:3])
	}
	for _, d := range docs[2:] {
		if d.Whole || len(d.Records) > blockRecords {
			t.Errorf("split-wide prefix grouped as %q whole=%v with %d records", d.Key, d.Whole, len(d.Records))
		}
	}
}

func TestFoldDeterministicAndSpread(t *testing.T) {
	count := make([]int, 5)
	for i := range 1000 {
		d := Doc{Corpus: "c", Key: strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26))}
		f := Fold(d, 5, 3)
		if f != Fold(d, 5, 3) {
			t.Fatal("Fold is not deterministic")
		}
		count[f]++
	}
	for f, n := range count {
		if n < 150 || n > 250 {
			t.Errorf("fold %d holds %d of 1000 documents", f, n)
		}
	}
}

func TestNormalise(t *testing.T) {
	text := "RT @ colgo : the United States and #Ukraine , Catholic Church and Catholic"
	r := Record{Text: text, Entities: []Span{
		{5, 10, "PERSON"},        // colgo, after "@ "
		{3, 4, "PERSON"},         // "@" alone
		{13, 30, "LOCATION"},     // the United States
		{35, 43, "LOCATION"},     // #Ukraine
		{46, 61, "ORGANIZATION"}, // Catholic Church
		{66, 74, "ORGANIZATION"}, // Catholic
	}}
	Normalise(&r)
	want := []Span{{5, 10, Skip}, {3, 4, Skip}, {17, 30, "LOCATION"}, {35, 43, Skip}, {46, 61, "ORGANIZATION"}, {66, 74, "MISC"}}
	for i, g := range r.Entities {
		if g != want[i] {
			t.Errorf("span %d (%q) = %+v, want %+v", i, text[want[i].Start:want[i].End], g, want[i])
		}
	}
}

// fixed is an extractor that finds the given names wherever they occur.
type fixed map[string]entities.Type

func (f fixed) Extract(text string, _ []entities.Span) []entities.Mention {
	var out []entities.Mention
	for name, typ := range f {
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			s := i + j
			out = append(out, entities.Mention{Start: s, End: s + len(name), Text: name, Type: typ})
			i = s + len(name)
		}
	}
	return out
}

func TestScoreDoc(t *testing.T) {
	d := Doc{Corpus: "c", Whole: true, Records: []Record{
		{Text: "Anna Berg met Oslo officials.", Entities: []Span{{0, 9, "PERSON"}, {14, 18, "LOCATION"}}},
		{Text: "The Nobel Prize went to Acme.", Entities: []Span{{4, 15, "MISC"}, {24, 28, "ORGANIZATION"}}},
	}}
	x := fixed{"Anna Berg": entities.Person, "Oslo": entities.Organization, "Nobel": entities.Person, "Acme": entities.Organization}
	tl := NewTally()
	var errs []string
	tl.Errors = func(kind, corpus string, typ entities.Type, name, context string) {
		errs = append(errs, kind+" "+string(typ)+" "+name)
	}
	tl.ScoreDoc(x, d)
	got := tl.sum(All, micro)
	// Anna Berg and Acme right; Oslo mistyped (an FP and an FN); Nobel
	// inside a MISC span is not counted.
	if got != (Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("counts = %+v, want 2 TP, 1 FP, 1 FN; errors %v", got, errs)
	}
	if len(errs) != 2 {
		t.Errorf("errors = %v", errs)
	}
	var b bytes.Buffer
	Report(&b, "test", []*Tally{tl, tl})
	if !strings.Contains(b.String(), "0.667 (0.667±0.000)") {
		t.Errorf("report:\n%s", b.String())
	}

	// Two corpora together: c's counts and d's summed, not e's.
	tl.ByCorpus["d"] = map[entities.Type]*Counts{entities.Person: {TP: 0, FP: 0, FN: 2}}
	tl.ByCorpus["e"] = map[entities.Type]*Counts{entities.Person: {TP: 5, FP: 0, FN: 0}}
	b.Reset()
	Report(&b, "test", []*Tally{tl}, []string{"c", "d"})
	if want := "c+d                         5  0.500"; !strings.Contains(b.String(), want) {
		t.Errorf("report with c and d together, want a row %q:\n%s", want, b.String())
	}
}

// TestCrossValidate checks that every fold trains without the documents it
// scores, and that each pool document is scored exactly once.
func TestCrossValidate(t *testing.T) {
	var recs []Record
	for d := range 20 {
		for s := range 3 {
			recs = append(recs, Record{ID: fmt.Sprintf("GUM_d%d-%d", d, s), Corpus: "gum", Text: "Oslo is cold.", Entities: []Span{{0, 4, "LOCATION"}}})
		}
	}
	scored := 0
	x := fixed{"Oslo": entities.Location}
	fit := func(label string, keep func(int) bool) (entities.Extractor, error) {
		for i := range recs {
			if !keep(i) {
				scored++ // held out here, so scored in this fold
			}
		}
		return x, nil
	}
	var b bytes.Buffer
	folds, err := CrossValidate(recs, recs, Plan{Folds: 4, Seed: 1}, fit, &b)
	if err != nil {
		t.Fatal(err)
	}
	if scored != len(recs) {
		t.Errorf("%d records held out over the folds, want each of %d once", scored, len(recs))
	}
	var tp int
	for _, f := range folds {
		tp += f.sum(All, micro).TP
	}
	if tp != len(recs) {
		t.Errorf("%d names found over the folds, want %d", tp, len(recs))
	}
	if _, err := CrossValidate(recs, recs, Plan{Holdout: []string{"nope"}}, fit, &b); err == nil {
		t.Error("hold-out of an unknown corpus accepted")
	}
}
