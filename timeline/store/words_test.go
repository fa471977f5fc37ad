package store

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/timex"
)

// TestIndexTextFromExtractorWords checks that a Japanese sentence indexed
// from the words the extractor split it into (timeline.NamedSentence.Words)
// holds the same search terms as one split again by kagome, which a query
// is: the sample corpus's Japanese posts, through the real extractor.
func TestIndexTextFromExtractorWords(t *testing.T) {
	text, err := os.ReadFile("../../testdata/corpus/02_posts_ja.txt")
	if err != nil {
		t.Fatal(err)
	}
	ja, err := japanese.New()
	if err != nil {
		t.Fatal(err)
	}
	p := &timeline.Pipeline{
		Extractors: map[string]entities.Extractor{"ja": ja},
		Tagger:     timex.New(timex.Options{}),
		Resolver:   entities.NewResolver(entities.ResolverOptions{}),
		Options:    timeline.Options{Words: true},
	}
	part := p.Partial(document.Document{ID: "ja", Source: "02_posts_ja.txt", Published: time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC), Text: string(text)})
	// The terms FTS5's unicode61 tokenizer makes of an indexed text.
	terms := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }), " ")
	}
	given, japaneseSentences := 0, 0
	for _, sn := range part.Sentences {
		if !hasJapanese(sn.Text) {
			continue
		}
		japaneseSentences++
		if sn.Words != nil {
			given++
		}
		got, err := indexText(sn.Text, sn.Words)
		if err != nil {
			t.Fatal(err)
		}
		want, err := indexText(sn.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if terms(got) != terms(want) {
			t.Errorf("sentence %q\nindexed from the extractor's words as %q\nsplit again: %q", sn.Text, got, want)
		}
	}
	t.Logf("%d of %d Japanese sentences came with the extractor's words", given, japaneseSentences)
	if given == 0 {
		t.Errorf("no Japanese sentence of %d came with the extractor's words", len(part.Sentences))
	}
}
