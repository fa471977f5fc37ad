package store

import "testing"

// TestSearchBodyWords: PostgreSQL's search text of a Japanese sentence is
// the words the extractor gave, each folded (lower case, no voiced marks),
// punctuation left out; without them, kagome's split of the text.
func TestSearchBodyWords(t *testing.T) {
	text := "ドナルド・トランプ氏がG7で演説した。"
	body, ja, err := searchBody(text, []string{"ドナルド", "・", "トランプ氏", "が", "G7", "で", "演説した", "。"})
	if err != nil || !ja {
		t.Fatal(body, ja, err)
	}
	if want := " トナルト トランフ氏 か g7 て 演説した "; body != want {
		t.Errorf("search text from the extractor's words %q, want %q", body, want)
	}
	own, _, err := searchBody(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if own == body || own[0] != ' ' || own[len(own)-1] != ' ' {
		t.Errorf("search text from kagome's words %q (from the extractor's %q)", own, body)
	}
}

// TestFold: lower case without diacritics, for ASCII text (which takes a
// shorter way) as for the rest.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Donald TRUMP, 2025.": "donald trump, 2025.",
		"Zürich Café":         "zurich cafe",
		"ドナルド":                "トナルト",
		"":                    "",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}
