package timex_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronograph/chronograph/timeline/timex"
)

// FuzzTag checks the tagger's contract on arbitrary sentences, in either
// language and with or without an anchor date: no panic, and expressions
// inside the sentence, on rune boundaries, with Text equal to their span,
// ordered and not overlapping.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", "On February 7, 2025 the talks resumed; last week they stalled.",
		"2024年12月17日に会談し、来週も7日に会う。昨年9月には", "in September", "3/4/2025 and 2/30/2025",
		"9999年99月99日", "0年0月0日", "the 1990s, Q4 2024, the 21st century", "１２月３１日", "99999999999999999999 years ago",
	} {
		f.Add(s, uint8(0), int32(20126))
		f.Add(s, uint8(1), int32(0))
	}
	dmy := timex.New(timex.Options{DayFirst: true})
	mdy := timex.New(timex.Options{})
	f.Fuzz(func(t *testing.T, sentence string, flags uint8, anchorDays int32) {
		sentence = strings.ToValidUTF8(sentence, "\uFFFD")
		lang := [...]string{"en", "ja", "und", ""}[flags%4]
		tagger := mdy
		if flags&4 != 0 {
			tagger = dmy
		}
		var anchor time.Time
		if flags&8 == 0 {
			anchor = time.Unix(0, 0).UTC().AddDate(0, 0, int(anchorDays%200000))
		}
		prev := 0
		for i, x := range tagger.Tag(sentence, lang, anchor) {
			if x.Start < prev || x.End <= x.Start || x.End > len(sentence) {
				t.Fatalf("timex %d [%d,%d) after %d: outside the sentence (len %d), empty, out of order or overlapping", i, x.Start, x.End, prev, len(sentence))
			}
			if !boundary(sentence, x.Start) || !boundary(sentence, x.End) {
				t.Fatalf("timex %d [%d,%d) not on rune boundaries in %q", i, x.Start, x.End, sentence)
			}
			if x.Text != sentence[x.Start:x.End] {
				t.Fatalf("timex %d: Text %q, span holds %q", i, x.Text, sentence[x.Start:x.End])
			}
			prev = x.End
		}
	})
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
