package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplit checks the splitter's contract on arbitrary text: no panic, and
// sentences inside the text, on rune boundaries, non-empty, no longer than
// MaxBytes, trimmed, in order and not overlapping, each with a known language.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", ".", "。", "\n\n", "Lt. Gen. A. B. Carter met the U.S. envoy. He left!",
		"港で停電が続いている。「復旧は明日だ。」と市長は述べた！本当？",
		"Headline without stop\nA wrapped\nsentence ends here. 次の文。",
		"?!?!", "「「「。", "）」』", "e.g. 3.5 p.m. on Jan. 4", "x\u2028y\u2029z", "\uFFFD.\uFFFD",
		strings.Repeat("会議", 700), strings.Repeat("ab, c\u0301d ", 400), // over MaxBytes
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		prev := 0
		for i, s := range Split(text) {
			if s.End-s.Start > MaxBytes {
				t.Fatalf("sentence %d [%d,%d) longer than %d bytes", i, s.Start, s.End, MaxBytes)
			}
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("sentence %d [%d,%d) after %d: outside the text (len %d) or out of order", i, s.Start, s.End, prev, len(text))
			}
			if !boundary(text, s.Start) || !boundary(text, s.End) {
				t.Fatalf("sentence %d [%d,%d) not on rune boundaries in %q", i, s.Start, s.End, text)
			}
			if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
				t.Fatalf("sentence %d %q not trimmed", i, text[s.Start:s.End])
			}
			if s.Lang != "en" && s.Lang != "ja" && s.Lang != "und" {
				t.Fatalf("sentence %d: language %q", i, s.Lang)
			}
			prev = s.End
		}
	})
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
