package store

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/japanese"
)

// The full-text index holds each sentence naming an entity. FTS5's
// unicode61 tokenizer splits English at spaces and punctuation but takes
// a run of Japanese as one token, and its trigram tokenizer finds nothing
// shorter than three characters: 中国 or 石破 would be unfindable. So a
// sentence with Japanese in it is indexed as its words, as kagome (the
// extractor's tokenizer) splits them, separated by spaces, and a query's
// Japanese is split the same way into a phrase.

// indexText is the text the full-text index holds for a sentence: split
// into words where it has Japanese, those the extractor split it into when
// given (splitting again cost 6% of an ingest), else kagome's.
func indexText(text string, words []string) (string, error) {
	if !hasJapanese(text) {
		return text, nil
	}
	if words == nil {
		var err error
		if words, err = japanese.Words(text); err != nil {
			return "", fmt.Errorf("splitting a sentence into words: %w", err)
		}
	}
	return strings.Join(words, " "), nil
}

// hasJapanese reports whether s has kana or kanji.
func hasJapanese(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
			return true
		}
	}
	return false
}

// maxQuery bounds a search query, in bytes.
const maxQuery = 500

// matchExpr turns a user's query into an FTS5 expression: every word (or
// "quoted phrase") must be in the sentence; Japanese is split into words
// and looked for as a phrase. Nothing of the query is FTS5 syntax.
func matchExpr(q string) (string, error) {
	terms, err := queryTerms(q)
	if err != nil {
		return "", err
	}
	for i, p := range terms {
		if hasJapanese(p) {
			words, err := japanese.Words(p)
			if err != nil {
				return "", err
			}
			p = strings.Join(words, " ")
		}
		terms[i] = `"` + strings.ReplaceAll(p, `"`, `""`) + `"`
	}
	return strings.Join(terms, " AND "), nil
}

// queryTerms are the terms of a search query that a sentence must all
// hold: its words, and its "quoted phrases".
func queryTerms(q string) ([]string, error) {
	// Control characters (NUL ends a string for FTS5's parser) and bytes
	// that are not UTF-8 separate words like spaces.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	q = strings.TrimSpace(q)
	if q == "" {
		return nil, fmt.Errorf("%w: empty search query", ErrBadQuery)
	}
	if len(q) > maxQuery {
		return nil, fmt.Errorf("%w: search query longer than %d bytes", ErrBadQuery, maxQuery)
	}
	var terms []string
	for i, part := range strings.Split(q, `"`) {
		pieces := strings.Fields(part)
		if i%2 == 1 {
			pieces = []string{part} // inside quotes: one phrase
		}
		for _, p := range pieces {
			if strings.TrimSpace(p) != "" {
				terms = append(terms, p)
			}
		}
	}
	if len(terms) == 0 {
		return nil, fmt.Errorf("%w: empty search query", ErrBadQuery)
	}
	return terms, nil
}
