package store

import (
	"strings"
	"testing"
)

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

// TestSearchVector: the tsvector of a search text holds its words at their
// positions among all its words, each word once with its positions in
// order, but the words with Japanese (the trigram index finds those), and
// within PostgreSQL's bounds, which it would refuse the vector beyond.
func TestSearchVector(t *testing.T) {
	got := searchVector(" トランフ氏 と biden 氏 は g7 で biden-harris 会談 ").String()
	if want := "'biden':3,8 'g7':6 'harris':9"; got != want {
		t.Errorf("tsvector %s, want %s", got, want)
	}
	if got := searchVector(fold("Donald TRUMP met Zelensky, then Trump left.")).String(); got != "'donald':1 'left':7 'met':3 'then':5 'trump':2,6 'zelensky':4" {
		t.Errorf("tsvector of an English sentence %s", got)
	}
	long := strings.Repeat("a ", tsMaxPosition+500) + strings.Repeat("x", tsMaxLexeme) + " b"
	v := searchVector(long)
	if len(v.Lexemes) != 2 || v.Lexemes[0].Word != "a" || v.Lexemes[1].Word != "b" {
		t.Fatalf("lexemes of a long text: %d, want a and b (the over-long word left out)", len(v.Lexemes))
	}
	if a := v.Lexemes[0].Positions; len(a) != tsMaxPositions || a[len(a)-1].Position != tsMaxPositions {
		t.Errorf("a: %d positions, the last %d; want the first %d", len(a), a[len(a)-1].Position, tsMaxPositions)
	}
	if b := v.Lexemes[1].Positions; len(b) != 1 || b[0].Position != tsMaxPosition {
		t.Errorf("b at %v, want the last position %d", b, tsMaxPosition)
	}
}

// TestPhraseQuery: a query's words are one phrase, each quoted as tsquery's
// text form takes a lexeme.
func TestPhraseQuery(t *testing.T) {
	if got, want := phraseQuery(searchWords(fold("Biden-Harris"))), "'biden' <-> 'harris'"; got != want {
		t.Errorf("phraseQuery = %s, want %s", got, want)
	}
	if got, want := phraseQuery([]string{`it's`, `a\b`}), `'it''s' <-> 'a\\b'`; got != want {
		t.Errorf("phraseQuery = %s, want %s", got, want)
	}
}

// TestContentWords: the trigram index's text is a search text without the
// words of hiragana alone.
func TestContentWords(t *testing.T) {
	for body, want := range map[string]string{
		" 岩屋 外相 は 中国 を 訪問 し た ": " 岩屋 外相 中国 訪問 ",
		" g7 で スーパー を ":         " g7 スーパー ",
		" し た ":                 " ",
	} {
		if got := contentWords(body); got != want {
			t.Errorf("contentWords(%q) = %q, want %q", body, got, want)
		}
	}
}
