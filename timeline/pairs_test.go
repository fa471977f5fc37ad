package timeline

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/timex"
)

// namePipeline tags every "Name<digits>" as a person.
func namePipeline() *Pipeline {
	return &Pipeline{
		Extractors: map[string]entities.Extractor{"en": listExtractor{regexp.MustCompile(`Name[0-9]+`)}},
		Tagger:     timex.New(timex.Options{}),
		Resolver:   entities.NewResolver(entities.ResolverOptions{}),
		Options:    Options{Workers: 1},
	}
}

// guestList is a sentence naming Name1 … Namen.
func guestList(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("Name%d", i+1)
	}
	return "Guests included " + strings.Join(names, ", ") + ". "
}

// TestPairsPerSentenceBounded checks that a sentence naming many entities
// gives edges among its MaxPairedNames most prominent names only, and that
// the pairs left out are counted.
func TestPairsPerSentenceBounded(t *testing.T) {
	day := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	// Name40 is mentioned again in the document: it is among the paired.
	text := guestList(40) + "Name40 spoke. Name1 met Name2."
	res := namePipeline().Analyze([]document.Document{{ID: "a", Published: day, Text: text}})
	k := MaxPairedNames
	if want := k * (k - 1) / 2; len(res.Edges) != want {
		t.Errorf("%d edges, want %d", len(res.Edges), want)
	}
	if want := 40*39/2 - k*(k-1)/2; res.PairsOmitted != want {
		t.Errorf("pairs_omitted %d, want %d", res.PairsOmitted, want)
	}
	named := map[string]bool{}
	for _, e := range res.Edges {
		named[e.Source], named[e.Target] = true, true
	}
	ids := map[string]string{}
	for _, e := range res.Entities {
		ids[e.Name] = e.ID
	}
	for _, want := range []string{"Name40", "Name1", "Name2", "Name3", "Name4", "Name5"} {
		if !named[ids[want]] {
			t.Errorf("%s is in no edge; edges: %v", want, res.Edges)
		}
	}
	for _, e := range res.Edges {
		if e.Source == ids["Name1"] && e.Target == ids["Name2"] || e.Source == ids["Name2"] && e.Target == ids["Name1"] {
			if e.Weight != 2 {
				t.Errorf("Name1-Name2 weight %d, want 2", e.Weight)
			}
		}
	}
}
