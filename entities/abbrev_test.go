package entities

import (
	"slices"
	"strings"
	"testing"
)

// mentionsOf returns mentions of text for the given names, in text order.
func mentionsOf(text string, typ Type, names ...string) []Mention {
	var ms []Mention
	from := 0
	for _, n := range names {
		i := strings.Index(text[from:], n) + from
		ms = append(ms, Mention{Start: i, End: i + len(n), Text: n, Type: typ})
		from = i + len(n)
	}
	return ms
}

func TestDefinedAbbreviations(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		want  [][2]int
	}{
		{"A study by the Lorvian Institute for Security Affairs (SWP) found it.",
			[]string{"Lorvian Institute for Security Affairs", "SWP"}, [][2]int{{0, 1}}},
		{"北大西洋条約機構（NATO）の会合で", []string{"北大西洋条約機構", "NATO"}, [][2]int{{0, 1}}},
		{"Radio Free Europe/Radio Liberty (RFE/RL) said", []string{"Radio Free Europe/Radio Liberty", "RFE/RL"}, [][2]int{{0, 1}}},
		// a list, not a definition
		{"North Korea, UK and Japan", []string{"North Korea", "UK", "Japan"}, nil},
		// no closing parenthesis right after
		{"Lorvian Institute (SWP report) said", []string{"Lorvian Institute", "SWP"}, nil},
		// not written as an acronym
		{"Lorvian Institute (Lorvia) said", []string{"Lorvian Institute", "Lorvia"}, nil},
	}
	for _, tt := range tests {
		got := DefinedAbbreviations(tt.text, mentionsOf(tt.text, Organization, tt.names...))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
	// Types must agree.
	text := "Talks in Lorvia City (LC) ended."
	ms := []Mention{{Start: 9, End: 20, Text: "Lorvia City", Type: Location}, {Start: 22, End: 24, Text: "LC", Type: Organization}}
	if got := DefinedAbbreviations(text, ms); got != nil {
		t.Errorf("%q: got %v for names of two types", text, got)
	}
}
