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
