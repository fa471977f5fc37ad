package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSplitCapsLongSentences checks that text running on without a sentence
// end is cut into sentences of at most MaxBytes, at a space, 、 or comma
// where there is one, and that the pieces cover the text exactly.
func TestSplitCapsLongSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		// lastRune is what every piece but the last ends with; 0 for any.
		lastRune rune
		// atSpace: every piece but the last is followed by white space,
		// so no word is cut.
		atSpace bool
	}{
		{"japanese line without punctuation, 2.5 MB", strings.Repeat("東京都港区の会議で協議が続いた", 2_500_000/45+1), 0, false},
		{"japanese with 、", strings.Repeat("東京都で会議が開かれ、", 2000), '、', false},
		{"english words without a full stop", strings.Repeat("ministers met again in Brussels and ", 2000), 0, true},
		{"commas without spaces", strings.Repeat("1,2", 10000), ',', false},
		{"combining marks", strings.Repeat("e\u0301", 10000), 0, false},
		{"one long word then a sentence", strings.Repeat("x", 9000) + ". Talks ended.", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text)
			if len(got) < 2 {
				t.Fatalf("%d sentences, want the text cut", len(got))
			}
			var rebuilt strings.Builder
			prev := 0
			for i, s := range got {
				if s.End-s.Start > MaxBytes {
					t.Errorf("sentence %d is %d bytes, over %d", i, s.End-s.Start, MaxBytes)
				}
				if s.Start < prev || s.End <= s.Start || !boundary(tt.text, s.Start) || !boundary(tt.text, s.End) {
					t.Fatalf("sentence %d [%d,%d) after %d: out of order or off a rune boundary", i, s.Start, s.End, prev)
				}
				if strings.TrimSpace(tt.text[prev:s.Start]) != "" {
					t.Fatalf("text lost before sentence %d: %q", i, tt.text[prev:s.Start])
				}
				piece := tt.text[s.Start:s.End]
				if r, _ := utf8.DecodeRuneInString(piece); r == '\u0301' {
					t.Errorf("sentence %d starts with a combining mark", i)
				}
				if last, _ := utf8.DecodeLastRuneInString(piece); tt.lastRune != 0 && i < len(got)-1 && last != tt.lastRune {
					t.Errorf("sentence %d ends with %q, want a cut after %q", i, last, tt.lastRune)
				}
				if tt.atSpace && i < len(got)-1 && !isSpaceAt(tt.text, s.End) {
					t.Errorf("sentence %d cut inside a word: …%q", i, piece[max(0, len(piece)-20):])
				}
				if s.Lang == "" {
					t.Errorf("sentence %d has no language", i)
				}
				rebuilt.WriteString(piece)
				prev = s.End
			}
			if strings.TrimSpace(tt.text[prev:]) != "" {
				t.Errorf("text lost at the end: %.40q", tt.text[prev:])
			}
			if strings.Join(strings.Fields(tt.text), "") != strings.Join(strings.Fields(rebuilt.String()), "") {
				t.Errorf("the pieces do not make up the text")
			}
		})
	}
}
