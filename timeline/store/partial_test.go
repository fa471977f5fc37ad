package store

import (
	"reflect"
	"strings"
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
	got, dv, err := decodePartial(blob)
	if err != nil {
		t.Fatal(err)
	}
	want := p
	want.Doc, want.Hash, want.Bytes = timeline.Document{}, "", 0
	want.Sentences = append([]timeline.NamedSentence(nil), p.Sentences...)
	want.Sentences[0].Text = ""
	want.Sentences[2].Text, want.Sentences[2].Norm = "", ""
	// The first sentence's date is the temporal expression's: derived.fill
	// gives it (TestPartialTextsDerived).
	want.Sentences[0].Dates = []timeline.EventDate{{Anchor: "2025-02-20"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if blob[0] != partialFormatTexts {
		t.Errorf("a partial is in form %#x, want partialFormatTexts", blob[0])
	}
	if !reflect.DeepEqual(dv.dates, [][3]int{{0, 0, 0}}) {
		t.Errorf("dates that are temporal expressions: %v, want [[0 0 0]]", dv.dates)
	}
	if !reflect.DeepEqual(dv.norms, []int{2}) {
		t.Errorf("sentences whose Norm is their text's: %v, want [2]", dv.norms)
	}
	for _, bad := range [][]byte{blob[:len(blob)/2], blob[:len(blob)-1], {partialFormat}, {partialFormatNorms}, {partialFormatAnchors}, {partialFormatTexts}} {
		if _, _, err := decodePartial(bad); err == nil {
			t.Errorf("a damaged partial (%d bytes) was read without error", len(bad))
		}
	}
}

// TestPartialTextsDerived checks that the texts a document's named
// sentences hold at a mention's or a date's offsets, and a sentence date
// that is one of its temporal expressions, are not stored again but come
// back from the sentences' text (derived.fill); and that those the
// sentences do not hold (a date outside them, a mention whose text is not
// the text at its offsets) are kept.
func TestPartialTextsDerived(t *testing.T) {
	text := "Keith Kellogg met SWP on Tuesday. Rain fell on Monday. 石破氏は2月18日に訪米した。"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	s0, e0 := at("Keith Kellogg met SWP on Tuesday.")
	s1, e1 := at("石破氏は2月18日に訪米した。")
	ms, me := at("Keith Kellogg")
	ks, ke := at("SWP")
	js, je := at("石破")
	ts, te := at("Tuesday")
	os, oe := at("Monday") // in no named sentence
	fs, fe := at("2月18日")
	p := timeline.Partial{
		Locals: []timeline.LocalEntity{{Type: "PERSON", Aliases: []string{"Keith Kellogg"}, Mentions: 1}, {Type: "ORGANIZATION", Aliases: []string{"SWP"}, Mentions: 1}, {Type: "PERSON", Aliases: []string{"石破"}, Mentions: 1}},
		Mentions: []timeline.LocalMention{
			{Start: ms, End: me, Text: "Keith Kellogg", Type: "PERSON", Local: 0},
			{Start: ks, End: ke, Text: "S.W.P.", Type: "ORGANIZATION", Local: 1}, // not the text at its offsets: kept
			{Start: js, End: je, Text: "石破", Type: "PERSON", Local: 2},
		},
		Timexes: []timeline.Timex{
			{Start: ts, End: te, Text: "Tuesday", Type: "DATE", Value: "2025-02-18", Granularity: "day"},
			{Start: os, End: oe, Text: "Monday", Type: "DATE", Value: "2025-02-17", Granularity: "day"},
			{Start: fs, End: fe, Text: "2月18日", Type: "DATE", Value: "2025-02-18", Granularity: "day"},
		},
		Sentences: []timeline.NamedSentence{
			{Start: s0, End: e0, Lang: "en", Text: text[s0:e0], Locals: []int{0, 1}, Norm: text[s0:e0],
				Dates: []timeline.EventDate{{Value: "2025-02-18", Granularity: "day", Text: "Tuesday", Anchor: "2025-02-20"}, {Value: "2025-02", Granularity: "month", Text: "February"}}},
			{Start: s1, End: e1, Lang: "ja", Text: text[s1:e1], Locals: []int{2}, Norm: text[s1:e1],
				Dates: []timeline.EventDate{{Value: "2025-02-18", Granularity: "day", Text: "2月18日"}}},
		},
	}
	blob, err := encodePartial(p)
	if err != nil {
		t.Fatal(err)
	}
	got, dv, err := decodePartial(blob)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 2}; !reflect.DeepEqual(dv.mentions, want) {
		t.Errorf("mentions left to the text: %v, want %v", dv.mentions, want)
	}
	if want := []int{0, 2}; !reflect.DeepEqual(dv.timexes, want) {
		t.Errorf("dates left to the text: %v, want %v", dv.timexes, want)
	}
	if want := [][3]int{{0, 0, 0}, {1, 0, 2}}; !reflect.DeepEqual(dv.dates, want) {
		t.Errorf("sentence dates that are temporal expressions: %v, want %v", dv.dates, want)
	}
	for i := range got.Sentences {
		got.Sentences[i].Text = p.Sentences[i].Text // as Partials reads it
	}
	if err := dv.fill(&got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Mentions, p.Mentions) || !reflect.DeepEqual(got.Timexes, p.Timexes) || !reflect.DeepEqual(got.Sentences, p.Sentences) {
		t.Errorf("got  %+v\nwant %+v", got, p)
	}
}
