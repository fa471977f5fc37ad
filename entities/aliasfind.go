package entities

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// An AliasFinder finds the names of a user's alias file in text. The
// resolver only links mentions the extractors found; a user who lists
// "Russian" as an alias of Russia, or the name of an organisation the
// extractors do not know, expects those words in the text to count too.
//
// A surface is found as written in the file (after NFKC, as the analysed
// text is), case-sensitively — "US" is not "us" — and only as a whole word:
// a Latin surface not inside a longer Latin word, a katakana one not inside
// a longer katakana word. One-letter surfaces are not searched (米 is also
// rice), nor are the file's drop lines.
type AliasFinder struct {
	surfaces map[string]Type // normalised surface → the entry's type
	lengths  map[rune][]int  // first rune → byte lengths of the surfaces it starts, longest first
}

// NewAliasFinder indexes the surfaces of a. A surface two entries claim
// belongs to the first, as in the resolver.
func NewAliasFinder(a Aliases) *AliasFinder {
	f := &AliasFinder{surfaces: map[string]Type{}, lengths: map[rune][]int{}}
	for _, e := range a.Entries {
		for _, s := range append([]string{e.Canonical}, e.Aliases...) {
			s = norm.NFKC.String(s)
			if utf8.RuneCountInString(s) < 2 {
				continue
			}
			if _, ok := f.surfaces[s]; ok {
				continue
			}
			f.surfaces[s] = e.Type
			r, _ := utf8.DecodeRuneInString(s)
			f.lengths[r] = append(f.lengths[r], len(s))
		}
	}
	for r, ls := range f.lengths {
		sort.Sort(sort.Reverse(sort.IntSlice(ls)))
		f.lengths[r] = compactInts(ls)
	}
	return f
}

// compactInts drops repeated values from a sorted slice.
func compactInts(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// Find returns the surfaces found in the given sentences of text, leftmost
// and then longest first, not overlapping one another, with the given
// language.
func (f *AliasFinder) Find(text string, sentences []Span, lang string) []Mention {
	var found []Mention
	for _, sp := range sentences {
		for i := sp.Start; i < sp.End; {
			r, size := utf8.DecodeRuneInString(text[i:])
			if n := f.match(text, sp, i, r); n > 0 {
				found = append(found, Mention{Start: i, End: i + n, Text: text[i : i+n], Type: f.surfaces[text[i:i+n]], Lang: lang})
				i += n
				continue
			}
			i += size
		}
	}
	return found
}

// match returns the byte length of the longest surface starting at text[i]
// (whose first rune is r) that ends inside the sentence on a word boundary,
// or 0.
func (f *AliasFinder) match(text string, sp Span, i int, r rune) int {
	ls := f.lengths[r]
	if len(ls) == 0 {
		return 0
	}
	if i > sp.Start {
		prev, _ := utf8.DecodeLastRuneInString(text[sp.Start:i])
		if sameWord(prev, r) {
			return 0
		}
	}
	for _, n := range ls {
		if i+n > sp.End {
			continue
		}
		if _, ok := f.surfaces[text[i:i+n]]; !ok {
			continue
		}
		if i+n < sp.End {
			last, _ := utf8.DecodeLastRuneInString(text[i : i+n])
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if sameWord(last, next) {
				continue
			}
		}
		return n
	}
	return 0
}

// sameWord reports whether adjacent runes a and b belong to one word, so
// that no name may start or end between them: two letters or digits of
// alphabetic scripts, or two katakana. Kanji and kana compounds (ロシア軍,
// 中国側) are split freely, as Japanese writes names into them.
func sameWord(a, b rune) bool {
	switch {
	case isKatakana(a) && isKatakana(b):
		return true
	case isHanOrKana(a) || isHanOrKana(b):
		return false
	}
	return (unicode.IsLetter(a) || unicode.IsDigit(a)) && (unicode.IsLetter(b) || unicode.IsDigit(b))
}

func isKatakana(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }

func isHanOrKana(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || isKatakana(r)
}

// Wrap returns an extractor that adds to x's mentions the alias surfaces it
// finds where x found nothing: x's span and type win where they overlap, and
// the resolver links both to the user's entity either way. The added
// mentions carry lang.
func (f *AliasFinder) Wrap(x Extractor, lang string) Extractor {
	return aliasExtractor{x: x, f: f, lang: lang}
}

type aliasExtractor struct {
	x    Extractor
	f    *AliasFinder
	lang string
}

func (a aliasExtractor) Extract(text string, sentences []Span) []Mention {
	return a.add(text, sentences, a.x.Extract(text, sentences))
}

// ExtractWords is Extract, with the words of the extractor it wraps (see
// WordExtractor); the alias mentions split no word.
func (a aliasExtractor) ExtractWords(text string, sentences []Span) ([]Mention, [][]string) {
	ms, words := ExtractWords(a.x, text, sentences)
	return a.add(text, sentences, ms), words
}

// add merges the alias surfaces found in sentences into ms, the wrapped
// extractor's mentions.
func (a aliasExtractor) add(text string, sentences []Span, ms []Mention) []Mention {
	extra := a.f.Find(text, sentences, a.lang)
	if len(extra) == 0 {
		return ms
	}
	out := make([]Mention, 0, len(ms)+len(extra))
	i := 0
	for _, e := range extra {
		for i < len(ms) && ms[i].End <= e.Start {
			out = append(out, ms[i])
			i++
		}
		if i < len(ms) && ms[i].Start < e.End {
			continue // overlaps the extractor's mention
		}
		out = append(out, e)
	}
	return append(out, ms[i:]...)
}
