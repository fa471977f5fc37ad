package main

import "testing"

func TestGoodJapanese(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"キーウ", true},
		{"ドネツク州", true},
		{"アメリカ領サモア", true},
		{"東京", true},
		{"読む", false},              // a verb, machine translation of "Reading"
		{"ピコ将軍", false},            // "General Pico" translated word by word
		{"アムシュテッテン警察署", false},     // Bezirk as police station
		{"Guelmim-Oued 名詞", false}, // half translated
		{"ドナウ川委員会（1948年）", false},  // annotation in the name
	}
	for _, tt := range tests {
		if got := goodJapanese(tt.in); got != tt.want {
			t.Errorf("goodJapanese(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeSpelling(t *testing.T) {
	tests := []struct {
		alias, name string
		want        bool
	}{
		{"Tiranë", "Tirana", true},
		{"Bakı", "Baku", true},
		{"Kursk Oblast", "Kursk", true},
		{"Visual", "Menongue", false},
		{"No", "N’dalatando", false},
	}
	for _, tt := range tests {
		if got := looksLikeSpelling(tt.alias, tt.name); got != tt.want {
			t.Errorf("looksLikeSpelling(%q, %q) = %v, want %v", tt.alias, tt.name, got, tt.want)
		}
	}
}
