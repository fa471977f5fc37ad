package entities

import (
	"reflect"
	"strings"
	"testing"
)

// fixedExtractor returns the same mentions whatever the text.
type fixedExtractor []Mention

func (f fixedExtractor) Extract(string, []Span) []Mention { return f }

func TestAliasFinder(t *testing.T) {
	aliases, err := ParseAliases(strings.NewReader(strings.Join([]string{
		"Russia\tLOCATION\tRussian|Russians|ロシア|露",
		"Harbor Watch\tORGANIZATION\tHW|ハーバーウォッチ|ＨＷＧ",
		"United States\tLOCATION\tUS",
		"drop\tWatch",
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	f := NewAliasFinder(aliases)
	whole := func(s string) []Span { return []Span{{0, len(s)}} }
	for _, tc := range []struct {
		name, text string
		sentences  []Span // nil: the whole text
		want       []string
	}{
		{name: "whole words, longest first", text: "Russian troops and Russians left Russia.", want: []string{"Russian", "Russians", "Russia"}},
		{name: "not inside a longer word", text: "Belarusian and Prussian ports", want: nil},
		{name: "case as written", text: "Tell us what the US said.", want: []string{"US"}},
		{name: "a multi-word name", text: "a report by Harbor Watch, HW for short", want: []string{"Harbor Watch", "HW"}},
		{name: "katakana inside kanji compounds", text: "ロシア軍とハーバーウォッチ", want: []string{"ロシア", "ハーバーウォッチ"}},
		{name: "not inside a longer katakana word", text: "ベロシアン", want: nil},
		{name: "one-letter surfaces are not searched", text: "露米", want: nil},
		{name: "a full-width surface matches the NFKC text", text: "HWG staff", want: []string{"HWG"}},
		{name: "only inside the sentences", text: "Russia. Russian.", sentences: []Span{{8, 16}}, want: []string{"Russian"}},
		{name: "the sentence end is a word boundary", text: "Russians", sentences: []Span{{0, 7}}, want: []string{"Russian"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sentences := tc.sentences
			if sentences == nil {
				sentences = whole(tc.text)
			}
			var got []string
			for _, m := range f.Find(tc.text, sentences, "en") {
				if m.Text != tc.text[m.Start:m.End] {
					t.Errorf("mention text %q, offsets give %q", m.Text, tc.text[m.Start:m.End])
				}
				got = append(got, m.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAliasFinderWrap(t *testing.T) {
	aliases, err := ParseAliases(strings.NewReader("Russia\tLOCATION\tRussian\nHarbor Watch\tORGANIZATION\tHarbor Watch Group\n"))
	if err != nil {
		t.Fatal(err)
	}
	text := "Russian troops met Harbor Watch Group staff in Kyiv."
	inner := fixedExtractor{
		{Start: 19, End: 31, Text: "Harbor Watch", Type: Person, Lang: "en"}, // the extractor's span wins
		{Start: 47, End: 51, Text: "Kyiv", Type: Location, Lang: "en"},
	}
	got := NewAliasFinder(aliases).Wrap(inner, "en").Extract(text, []Span{{0, len(text)}})
	want := []Mention{
		{Start: 0, End: 7, Text: "Russian", Type: Location, Lang: "en"},
		inner[0],
		inner[1],
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Extract = %+v\nwant %+v", got, want)
	}
}
