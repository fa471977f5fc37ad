package entities

import (
	"strings"
	"testing"
)

func TestTrimName(t *testing.T) {
	tests := []struct {
		text string // the mention's text, with the span marked by | |
		typ  Type   // the tagger's type; organisation when empty
		want string // the name kept, or "" when the mention goes
	}{
		{"supports President (|Donald) Trump|’s efforts", Person, "Trump"},
		{"supports (|Donald) Trump|’s efforts", "", ""},
		{"|金正日(キム・ジョンイル|)総書記", "", "金正日"},
		{"|Yorks) Rishi Sunak| said", Person, "Rishi Sunak"},
		{"a Russian 76th Airborne (|VDV) Division| drone", "", ""},
		{"親会社の|LG Uplus（APT|にハッキング", "", "LG Uplus"},
		{"the |Green New Deal for Europe(GNDE|)", "", "Green New Deal for Europe"},
		{"梁山（|ヤンサン）市|の", "", ""},
		{"（|4）総会|", "", ""},
		{"<br|>Intel| は", "", "Intel"},
		{"|．Etsy|など", "", "Etsy"},
		{"|“Reuters|", "", "Reuters"},
		{"|Reuters”| said", "", "Reuters"},
		{"in |Washington, D.C.| today", "", "Washington, D.C."},
		{"|Lorenzo Styles Jr.|", "", "Lorenzo Styles Jr."},
		{"|AT&T| said", "", "AT&T"},
		{"|7-Eleven| stores", "", "7-Eleven"},
		{"|Kharkiv (city)| was", "", "Kharkiv (city)"},
		{"|北大西洋条約機構（NATO）|は", "", "北大西洋条約機構（NATO）"},
		{"|…| ", "", ""},
		{"|–––|", "", ""},
		{"|12)|", "", ""},
	}
	for _, tc := range tests {
		s := strings.IndexByte(tc.text, '|')
		e := s + 1 + strings.IndexByte(tc.text[s+1:], '|')
		text := tc.text[:s] + tc.text[s+1:e] + tc.text[e+1:]
		e--
		typ := tc.typ
		if typ == "" {
			typ = Organization
		}
		m := Mention{Start: s, End: e, Text: text[s:e], Type: typ}
		got, ok := TrimName(text, m)
		switch {
		case tc.want == "" && ok:
			t.Errorf("TrimName(%q) kept %q, want it dropped", tc.text, got.Text)
		case tc.want != "" && !ok:
			t.Errorf("TrimName(%q) dropped it, want %q", tc.text, tc.want)
		case ok && (got.Text != tc.want || text[got.Start:got.End] != tc.want):
			t.Errorf("TrimName(%q) = %q [%d:%d], want %q", tc.text, got.Text, got.Start, got.End, tc.want)
		}
	}
}
