package main

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestCommonNoun(t *testing.T) {
	tests := []struct {
		line    string
		want    string // "" when the line is not kept
		glosses string // its one-word glosses (addGlosses), sorted
	}{
		{"ドローン /(n) (1) drone/unmanned aircraft/(n) (2) (music) drone/", "ドローン", "drone"},
		{"キラー /(n) (1) killer/destroyer/(P)/", "キラー", "destroyer killer"},
		{"マルクス /(n) Marx/", "", ""},                                    // a person's name
		{"アップル /(n) (1) apple/(n) (2) (comp) Apple/", "アップル", "apple"}, // first sense a noun
		{"ジャガー /(n) jaguar (Panthera onca)/(P)/", "ジャガー", "jaguar"},
		{"ジャンプ /(n,vs) jump/(P)/", "ジャンプ", "jump"},
		{"キレイ /(adj-na) pretty/", "", ""}, // no noun
		{"手 [て] /(n) hand/", "", ""},      // not katakana
		{"ア /(n) a/", "", ""},             // one letter
		{"ハイ・テク /(n) high tech/", "", ""}, // a middle dot: two words
		{"broken line without senses", "", ""},
	}
	for _, tc := range tests {
		got, glosses, ok := commonNoun(tc.line)
		if !ok {
			got = ""
		}
		set := map[string]bool{}
		addGlosses(set, glosses)
		words := slices.Sorted(maps.Keys(set))
		if got != tc.want || ok && strings.Join(words, " ") != tc.glosses {
			t.Errorf("commonNoun(%q) = %q, glosses %q; want %q, %q", tc.line, got, words, tc.want, tc.glosses)
		}
	}
}
