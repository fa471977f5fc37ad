package timeline

import (
	"slices"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline/document"
)

// TestEventEntitiesOrderFree folds two documents that report one event in
// the same sentence, one of them naming fewer of its entities (its
// extractor missed a name): the event names the entities of both sources,
// in whichever order the documents are folded.
func TestEventEntitiesOrderFree(t *testing.T) {
	p := testPipeline(1)
	day := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	full := p.Partial(document.Document{ID: "a", Source: "a.txt", Published: day, Text: "Alpha met Beta on February 7, 2025."})
	part := p.Partial(document.Document{ID: "b", Source: "b.txt", Published: day, Text: "Alpha met Beta on February 7, 2025. Beta left."})
	if len(part.Sentences) == 0 || len(part.Sentences[0].Locals) != 2 {
		t.Fatalf("sentences %+v: want the first to name two entities", part.Sentences)
	}
	// b's first sentence names only Alpha, as if Beta were missed there.
	alpha := part.Sentences[0].Locals[0]
	if part.Locals[alpha].Aliases[0] != "Alpha" {
		alpha = part.Sentences[0].Locals[1]
	}
	part.Sentences[0].Locals = []int{alpha}
	part.Sentences[0].Paired = nil

	var got [][]string
	for _, order := range [][]Partial{{full, part}, {part, full}} {
		c := p.NewCorpus()
		for _, pt := range order {
			c.Add(pt)
		}
		res, err := c.Result()
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Events) != 1 || res.Events[0].Reports != 2 {
			t.Fatalf("events %+v: want one told by both documents", res.Events)
		}
		got = append(got, res.Events[0].Entities)
	}
	if !slices.Equal(got[0], got[1]) || len(got[0]) != 2 {
		t.Errorf("event entities %v folding a then b, %v folding b then a: want both entities either way", got[0], got[1])
	}
}

// TestIsTextNorm checks IsTextNorm against TextNorm: for each text, its
// Norm and the Norms of other texts near it.
func TestIsTextNorm(t *testing.T) {
	texts := []string{
		"", " ", "a", " a ", "a  b", "\x05", "a\x08\x0e\x1fb", "a\tb\n c", "\u3000東京\u3000都 ", "a\u00a0b", "a\u2028b",
		"ab", "a b", "a b ", "ab c", "\xff", "a\xffb", "a \xe3\x81 b", "\ufffd", "a \ufffd b",
		"Trump met Putin.", "トランプ氏は  会談した。", "x\u0085y", "  lead and trail  ",
	}
	for _, text := range texts {
		norm := TextNorm(text)
		if !IsTextNorm(norm, text) {
			t.Errorf("IsTextNorm(%q, %q) = false, want true", norm, text)
		}
		for _, other := range texts {
			if want := TextNorm(other) == norm; IsTextNorm(TextNorm(other), text) != want {
				t.Errorf("IsTextNorm(%q, %q) = %v, want %v", TextNorm(other), text, !want, want)
			}
			if other != norm && IsTextNorm(other, text) {
				t.Errorf("IsTextNorm(%q, %q) = true, but TextNorm gives %q", other, text, norm)
			}
		}
		for _, cut := range []string{norm + " ", " " + norm, norm + "x"} {
			if IsTextNorm(cut, text) {
				t.Errorf("IsTextNorm(%q, %q) = true, but TextNorm gives %q", cut, text, norm)
			}
		}
		if len(norm) > 0 && IsTextNorm(norm[:len(norm)-1], text) {
			t.Errorf("IsTextNorm(%q, %q) = true, but TextNorm gives %q", norm[:len(norm)-1], text, norm)
		}
	}
}

// FuzzIsTextNorm checks IsTextNorm against TextNorm on any text.
func FuzzIsTextNorm(f *testing.F) {
	f.Add("a  b", "a b")
	f.Add("\xff x", "\ufffd x")
	f.Fuzz(func(t *testing.T, text, norm string) {
		if got, want := IsTextNorm(norm, text), norm == TextNorm(text); got != want {
			t.Errorf("IsTextNorm(%q, %q) = %v, TextNorm gives %q", norm, text, got, TextNorm(text))
		}
		if !IsTextNorm(TextNorm(text), text) {
			t.Errorf("IsTextNorm(TextNorm(%q)) = false", text)
		}
	})
}
