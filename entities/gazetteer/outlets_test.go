package gazetteer

import (
	"slices"
	"testing"
)

func TestIsOutlet(t *testing.T) {
	g := Default()
	tests := []struct {
		name string
		want bool
	}{
		{"Reuters", true},             // gazetteer media entry
		{"ロイター通信", true},              // its Japanese name
		{"Süddeutsche Zeitung", true}, // outlet list
		{"Frankfurter Allgemeine Zeitung", true},
		{"朝日新聞社", true},     // gazetteer media entry, company form
		{"北海道新聞", true},     // shape: ends with 新聞
		{"時事通信社", true},     // shape and entry
		{"Kyiv Post", true}, // shape: capitalised word + Post
		{"The Japan Times", true},
		{"Fox News", true},
		{"新聞", false}, // the head alone
		{"News", false},
		{"Signpost", false},
		{"Pentagon", false},
		{"Kremlin", false},
		{"Vladimir Putin", false},
		{"ウクライナ", false},
		{"Toyota", false},
	}
	for _, tt := range tests {
		if got := g.IsOutlet(tt.name); got != tt.want {
			t.Errorf("IsOutlet(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLoanwords checks what the dictionaries' katakana words say: a noun no
// name (ドローン), a noun and a thing's name (ポニー, the brand Pony), a
// brand alone (ソニー), and a person's name that is a noun too (ミラー
// "mirror", Miller), which is neither.
func TestLoanwords(t *testing.T) {
	g := Default()
	for _, tt := range []struct {
		word     string
		loanword bool
		gloss    string // one of its ThingWord glosses, "" when not one
	}{
		{"ドローン", true, "drone"},
		{"ポニー", false, "pony"},
		{"ジャガー", false, "jaguar"},
		{"ソニー", false, "sony"},
		{"ミラー", false, ""},
		{"ブッシュ", false, ""},
		{"トランプ", false, ""},
	} {
		if got := g.IsLoanword(tt.word); got != tt.loanword {
			t.Errorf("IsLoanword(%s) = %v, want %v", tt.word, got, tt.loanword)
		}
		glosses, ok := g.ThingWord(tt.word)
		if ok != (tt.gloss != "") || ok && !slices.Contains(glosses, tt.gloss) {
			t.Errorf("ThingWord(%s) = %q, %v; want %q among the glosses", tt.word, glosses, ok, tt.gloss)
		}
	}
}
