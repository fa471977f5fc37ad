package english

import (
	"slices"
	"testing"
)

func TestBrandNames(t *testing.T) {
	common := func(w string) bool { return w == "target" || w == "shell" }
	given := func(w string) bool { return w == "julia" }
	in := []string{"Target", "Boeing", "Julia", "Shell Oil", "AT&T", "Go", "iPhone", "Boeing", " Air Corvina ", "Shell"}
	got := BrandNames(in, common, given)
	want := []string{"AT&T", "Air Corvina", "Boeing", "Shell Oil", "iPhone"}
	if !slices.Equal(got, want) {
		t.Errorf("BrandNames(%q) = %q, want %q", in, got, want)
	}
}

func TestMarkBrands(t *testing.T) {
	idx := indexBrands("Air Corvina\nAir Corvina Cargo\nVelmora\n")
	tests := []struct {
		text string
		want string // one mark per token, '.' for none
	}{
		{"Shares of Air Corvina Cargo rose.", "..BII.."},
		{"Air Corvina flew to Velmora.", "BI..B."},
		{"The air corvina was late.", "......"},
		{"Air travel grew.", "...."},
	}
	for _, tt := range tests {
		s := newSentence(tt.text, 0, len(tt.text), nil)
		s.markBrandsFrom(idx)
		got := make([]byte, len(s.Brand))
		for i, b := range s.Brand {
			got[i] = '.'
			if b != 0 {
				got[i] = b
			}
		}
		if string(got) != tt.want {
			t.Errorf("%q: marks %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestMarkOrgs checks that the embedded organisation list marks a club, a
// party and a company written as in the list, and nothing in lower case.
func TestMarkOrgs(t *testing.T) {
	text := "Arsenal FC met the Australian Labor Party and cracker barrel staff at Cracker Barrel Old Country Store."
	s := newSentence(text, 0, len(text), nil)
	var got []string
	for i, m := range s.Org {
		if m == 'B' {
			got = append(got, s.Tokens[i].Text)
		}
	}
	if want := []string{"Arsenal", "Australian", "Cracker"}; !slices.Equal(got, want) {
		t.Errorf("organisation matches start at %q, want %q", got, want)
	}
}
