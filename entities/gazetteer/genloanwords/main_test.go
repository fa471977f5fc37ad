package main

import "testing"

func TestCommonNoun(t *testing.T) {
	tests := []struct {
		line string
		want string // "" when the line is not kept
	}{
		{"ドローン /(n) (1) drone/unmanned aircraft/(n) (2) (music) drone/", "ドローン"},
		{"キラー /(n) (1) killer/destroyer/(P)/", "キラー"},
		{"マルクス /(n) Marx/", ""},                               // a person's name
		{"アップル /(n) (1) apple/(n) (2) (comp) Apple/", "アップル"}, // first sense a noun
		{"ジャンプ /(n,vs) jump/(P)/", "ジャンプ"},
		{"キレイ /(adj-na) pretty/", ""}, // no noun
		{"手 [て] /(n) hand/", ""},      // not katakana
		{"ア /(n) a/", ""},             // one letter
		{"ハイ・テク /(n) high tech/", ""}, // a middle dot: two words
		{"broken line without senses", ""},
	}
	for _, tc := range tests {
		got, ok := commonNoun(tc.line)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("commonNoun(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}
