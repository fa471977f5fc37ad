package timeline

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/timex"
)

// TestTimexContextAcrossSentences checks that an expression referring back
// ("the same year", 同年, 同日) resolves against the date last named earlier
// in the same document, not against the document's date, and never against a
// date-like word that is part of a name or one in another document.
func TestTimexContextAcrossSentences(t *testing.T) {
	day := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		docs    []document.Document
		doc     string // the document holding the expression
		text    string // the expression
		want    string // its value
		anchors []document.Anchor
	}{
		{
			name: "same year, english",
			docs: []document.Document{{ID: "a", Published: day, Text: "Alpha joined the board in 2014. In the same year, Beta left."}},
			doc:  "a", text: "the same year", want: "2014",
		},
		{
			name: "同年, japanese",
			docs: []document.Document{{ID: "a", Published: day, Text: "2014年、センターは助成金を受け始めた。同年、政権が崩壊した。"}},
			doc:  "a", text: "同年", want: "2014",
		},
		{
			name: "同日 after a day",
			docs: []document.Document{{ID: "a", Published: day, Text: "首相は7日に会見した。\n同日、野党が反発した。"}},
			doc:  "a", text: "同日", want: "2025-02-07",
		},
		{
			name: "a weekday that is part of a name is no referent",
			docs: []document.Document{{ID: "a", Published: day, Text: "Alpha joined the board in 2014. Beta met Gamma on Monday Street. In the same year, Gamma left."}},
			doc:  "a", text: "the same year", want: "2014",
		},
		{
			name: "no referent from another document",
			docs: []document.Document{
				{ID: "a", Published: day, Text: "Alpha joined the board in 2014."},
				{ID: "b", Published: day, Text: "In the same year, Gamma left."},
			},
			doc: "b", text: "the same year", want: "",
		},
		{
			name: "a dated heading starts afresh",
			docs: []document.Document{{ID: "a", Published: day, Text: "Alpha joined the board in 2014.\nRelated post\nIn the same year, Gamma left.",
				Anchors: []document.Anchor{{Start: len("Alpha joined the board in 2014.\n"), Date: time.Date(2024, 12, 17, 0, 0, 0, 0, time.UTC)}}}},
			doc: "a", text: "the same year", want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Pipeline{
				Extractors: map[string]entities.Extractor{"en": listExtractor{regexp.MustCompile(`Alpha|Beta|Gamma|Monday Street`)}},
				Tagger:     timex.New(timex.Options{}),
				Resolver:   entities.NewResolver(entities.ResolverOptions{}),
				Options:    Options{Workers: 2},
			}
			res := p.Analyze(tt.docs)
			var found []string
			for _, x := range res.Timexes {
				if x.Doc != tt.doc || !strings.EqualFold(x.Text, tt.text) {
					continue
				}
				found = append(found, x.Value)
				if x.Value != tt.want {
					t.Errorf("%q in %s = %q, want %q", x.Text, x.Doc, x.Value, tt.want)
				}
			}
			if len(found) != 1 {
				t.Errorf("found %q %d times in %s, want once; timexes %+v", tt.text, len(found), tt.doc, res.Timexes)
			}
		})
	}
}
