package store

import (
	"reflect"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestPartialRoundTrip checks that a partial comes back from its stored
// form as it went in, but for what the store keeps elsewhere (the
// document's fields, its hash and size, its sentences' text), and that a
// form cut short is an error, not a wrong partial.
func TestPartialRoundTrip(t *testing.T) {
	p := timeline.Partial{
		Doc:   timeline.Document{ID: "d", Source: "a.txt", Lang: "en", Text: "ignored"},
		Hash:  "00",
		Bytes: 120,
		Locals: []timeline.LocalEntity{
			{Type: "PERSON", Aliases: []string{"Keith Kellogg", "Kellogg"}, Langs: []string{"en"}, Mentions: 2},
			{Type: "ORGANIZATION", Aliases: []string{"Stiftung Wissenschaft und Politik", "SWP"}, Abbrevs: [][2]string{{"Stiftung Wissenschaft und Politik", "SWP"}}, Mentions: 1, Cited: 1},
			{Type: "LOCATION", Aliases: []string{"キーウ"}, Langs: []string{"ja"}, Mentions: 1},
			{Type: "ORGANIZATION", Aliases: []string{"民主党"}, Langs: []string{"ja"}, Mentions: 1, Anchor: "Democratic Party"},
		},
		Mentions: []timeline.LocalMention{
			{Start: 0, End: 13, Text: "Keith Kellogg", Type: "PERSON", Local: 0},
			{Start: 40, End: 47, Text: "Kellogg", Type: "PERSON", Local: 0},
			{Start: 30, End: 33, Text: "SWP", Type: "ORGANIZATION", Local: 1}, // out of order: offsets go back
			{Start: 100, End: 109, Text: "キーウ", Type: "LOCATION", Local: 2},
		},
		Timexes: []timeline.Timex{{Start: 17, End: 24, Text: "Tuesday", Type: "DATE", Value: "2025-02-18", Granularity: "day"}},
		Sentences: []timeline.NamedSentence{
			{Start: 0, End: 60, Lang: "en", Text: "dropped", Locals: []int{0, 1}, Dates: []timeline.EventDate{{Value: "2025-02-18", Granularity: "day", Text: "Tuesday", Anchor: "2025-02-20"}}, Norm: "Keith Kellogg met SWP", DatesOmitted: 2},
			{Start: 90, End: 120, Lang: "ja", Locals: []int{0, 1, 2}, Paired: []int{0, 2}},
			// A Norm that is the text's, spaces collapsed, is not kept:
			// Partials gives it back from the text.
			{Start: 130, End: 160, Lang: "en", Text: "Kellogg  met\nSWP.", Locals: []int{0, 1}, Dates: []timeline.EventDate{{Value: "2025-02-19", Granularity: "day", Text: "Wednesday"}}, Norm: "Kellogg met SWP."},
		},
	}
	blob, err := encodePartial(p)
	if err != nil {
		t.Fatal(err)
	}
	got, textNorm, err := decodePartial(blob)
	if err != nil {
		t.Fatal(err)
	}
	want := p
	want.Doc, want.Hash, want.Bytes = timeline.Document{}, "", 0
	want.Sentences = append([]timeline.NamedSentence(nil), p.Sentences...)
	want.Sentences[0].Text = ""
	want.Sentences[2].Text, want.Sentences[2].Norm = "", ""
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if blob[0] != partialFormatAnchors {
		t.Errorf("a partial with an anchored local is in form %#x, want partialFormatAnchors", blob[0])
	}
	if !reflect.DeepEqual(textNorm, []int{2}) {
		t.Errorf("sentences whose Norm is their text's: %v, want [2]", textNorm)
	}
	for _, bad := range [][]byte{blob[:len(blob)/2], blob[:len(blob)-1], {partialFormat}, {partialFormatNorms}, {partialFormatAnchors}} {
		if _, _, err := decodePartial(bad); err == nil {
			t.Errorf("a damaged partial (%d bytes) was read without error", len(bad))
		}
	}
}
