package normalize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNFKCOffsets(t *testing.T) {
	tests := []struct {
		name, src, norm string
		// a span in the normalised text and the source text it maps to
		start, end int
		want       string
	}{
		{"ascii is identity", "NATO met in Brussels", "NATO met in Brussels", 12, 20, "Brussels"},
		{"full-width latin", "ＮＡＴＯの会合", "NATOの会合", 0, 4, "ＮＡＴＯ"},
		{"full-width digits", "２０２５年２月", "2025年2月", 0, 7, "２０２５年"},
		{"half-width katakana", "ｿﾞﾛ氏", "ゾロ氏", 0, 6, "ｿﾞﾛ"},
		{"span inside one expansion widens", "㍻元年", "平成元年", 0, 3, "㍻"},
		{"after expansion", "㍻元年", "平成元年", 6, 12, "元年"},
		// Halfwidth Hangul consonant and vowel compose once decomposed:
		// one segment, as whole-string NFKC makes one syllable of them.
		{"halfwidth hangul composes", "\uFFBE\uFFDC", "\uD788", 0, 3, "\uFFBE\uFFDC"},
		{"halfwidth hangul after a syllable", "가\uFFA3 x", "\uAC03 x", 4, 5, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := NFKC(tt.src)
			if n.Norm != tt.norm {
				t.Fatalf("Norm = %+q, want %+q", n.Norm, tt.norm)
			}
			got := tt.src[n.Start(tt.start):n.End(tt.end)]
			if got != tt.want {
				t.Errorf("span [%d,%d) maps to %q, want %q", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestEndOfText(t *testing.T) {
	src := "ＡＢ"
	n := NFKC(src)
	if n.Start(len(n.Norm)) != len(src) || n.End(len(n.Norm)) != len(src) {
		t.Errorf("end of text maps to %d/%d, want %d", n.Start(len(n.Norm)), n.End(len(n.Norm)), len(src))
	}
}

// FuzzNFKC checks that segment-wise normalisation equals whole-string NFKC and
// that every offset maps inside the source on a rune boundary.
func FuzzNFKC(f *testing.F) {
	for _, s := range []string{"ＮＡＴＯ", "ｿﾞﾛ", "㍻元年", "e\u0301t\u00e9", "한국어", "x\u0308\u0301", "\xff\xfe", "\uFFBE\uFFDC", "가\uFFA3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n := NFKC(s)
		if want := norm.NFKC.String(s); n.Norm != want {
			t.Fatalf("NFKC(%+q) = %+q, want %+q", s, n.Norm, want)
		}
		for i := 0; i <= len(n.Norm); i++ {
			if !utf8.RuneStart(at(n.Norm, i)) {
				continue
			}
			a, b := n.Start(i), n.End(i)
			if a < 0 || a > len(s) || b < a || b > len(s) || !utf8.RuneStart(at(s, a)) || !utf8.RuneStart(at(s, b)) {
				t.Fatalf("offset %d maps to %d/%d in %q", i, a, b, s)
			}
		}
	})
}

func at(s string, i int) byte {
	if i == len(s) {
		return 0
	}
	return s[i]
}
