package timex

import (
	"testing"
	"time"
)

// FuzzTag checks the invariants every caller relies on, on any input:
// spans in order, not overlapping, inside the sentence, on rune boundaries.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On Friday, February 7, 2025, at 3 p.m. UTC the envoys met; last week they spoke.",
		"トランプ大統領は7日午後3時ごろ、来週会談すると述べた。令和元年5月1日（水）",
		"２０２５／０２／０７ 2/7/2025 07.02.2025 '90s 1990's the 20th century",
		"\xff\xfe 12:\u3000年月日 7日(金 昨夜11時",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	tg := New(Options{})
	anchor := time.Date(2025, 2, 8, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string, ja bool) {
		lang := "en"
		if ja {
			lang = "ja"
		}
		boundary := make([]bool, len(s)+1)
		for i := range s { // rune starts, an invalid byte counting as one rune
			boundary[i] = true
		}
		boundary[len(s)] = true
		prev := 0
		for _, x := range tg.Tag(s, lang, anchor) {
			if x.Start < prev || x.End <= x.Start || x.End > len(s) {
				t.Fatalf("%q: bad span %+v after %d", s, x, prev)
			}
			if s[x.Start:x.End] != x.Text {
				t.Fatalf("%q: text %q is not s[%d:%d]", s, x.Text, x.Start, x.End)
			}
			if !boundary[x.Start] || !boundary[x.End] {
				t.Fatalf("%q: span %d-%d cuts a rune", s, x.Start, x.End)
			}
			prev = x.End
		}
		ParseDateLine(s)
	})
}
