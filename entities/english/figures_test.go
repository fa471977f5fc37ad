package english

import (
	"slices"
	"testing"

	"github.com/chronograph/chronograph/entities"
)

func TestFiguresOfSpeechAreNoPeople(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // person mentions
	}{
		{"European allies over-relied on Uncle Sam to protect them.", nil},
		{"The suspect was listed as John Doe in court papers.", nil},
		{"Mother Nature had other plans for the harvest.", nil},
		{"Sam Altman said on Monday that the company would grow.", []string{"Sam Altman"}},
		{"Her uncle Sam Smith said the family was relieved.", []string{"Sam Smith"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range x.Extract(tt.text, []entities.Span{{Start: 0, End: len(tt.text)}}) {
			if m.Type == entities.Person {
				got = append(got, m.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Extract(%q) persons = %q, want %q", tt.text, got, tt.want)
		}
	}
}
