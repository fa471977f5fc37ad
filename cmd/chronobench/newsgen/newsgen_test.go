package newsgen

import (
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	a, b := New(5), New(5)
	for range 20 {
		for _, lang := range []string{"en", "ja"} {
			x, y := a.Next(lang), b.Next(lang)
			if x != y {
				t.Fatalf("seed 5 gave two different documents:\n%+v\n%+v", x, y)
			}
		}
	}
	if New(5).Next("en").Text == New(6).Next("en").Text {
		t.Error("seeds 5 and 6 gave the same text")
	}
}

func TestDocuments(t *testing.T) {
	g := New(1)
	tests := []struct {
		lang string
		want []string // every document has these
	}{
		{"en", []string{" - ", "."}},
		{"ja", []string{"【", "】", "。"}},
	}
	for _, tt := range tests {
		for range 50 {
			d := g.Next(tt.lang)
			if d.Lang != tt.lang || d.Title == "" || d.Published.IsZero() || len(d.Text) < 500 {
				t.Fatalf("%s: thin document %+v", tt.lang, d)
			}
			for _, w := range tt.want {
				if !strings.Contains(d.Text, w) {
					t.Errorf("%s document without %q: %s", tt.lang, w, d.Text)
				}
			}
			if strings.Contains(d.Text, "{") {
				t.Errorf("%s document with an unfilled slot: %s", tt.lang, d.Text)
			}
		}
	}
}
