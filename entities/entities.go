// Package entities finds people, places and organisations in text and merges
// their mentions into canonical entities.
//
// Extraction is per language (sub-packages english and japanese); this package
// holds what they share: the mention and entity types, the extractor contract and
// the resolver that turns mentions from many documents into one list of entities.
package entities

// Type is an entity type. Only the three core types are extracted.
type Type string

// The core entity types, named as in the evaluation corpora.
const (
	Person       Type = "PERSON"
	Location     Type = "LOCATION"
	Organization Type = "ORGANIZATION"
)

// Types lists the core types in their display order.
var Types = []Type{Person, Location, Organization}

// Valid reports whether t is one of the core types.
func (t Type) Valid() bool {
	return t == Person || t == Location || t == Organization
}

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start, End int
}

// Mention is one occurrence of a name in a text.
//
// The span covers the name alone: titles ("President"), honorifics (氏) and
// possessives ("'s") are outside it, so that the same person mentioned as
// "President Trump's" and "Trump" has the same surface text.
type Mention struct {
	Start, End int    // byte offsets into the text given to the extractor
	Text       string // text[Start:End]
	Type       Type
	Lang       string // "en" or "ja"
}

// Extractor finds mentions in the sentences of one language.
//
// Extract looks only inside the given sentences of text (byte spans, in order)
// and returns mentions with offsets into text, ordered by Start and not
// overlapping. Seeing all sentences of a document at once lets an extractor keep
// one sense per document (a name typed by evidence once keeps that type).
// Implementations must be safe for concurrent use.
type Extractor interface {
	Extract(text string, sentences []Span) []Mention
}

// WordExtractor is an Extractor that splits sentences into words to find
// mentions (kagome, for Japanese) and gives those words too: a full-text
// index of the sentences need not split them again.
type WordExtractor interface {
	Extractor
	// ExtractWords is Extract, and the words of each sentence as
	// Extract split it: words[i] those of sentences[i] (nil for a span
	// clipping or an overlap cut), substrings of text in order.
	ExtractWords(text string, sentences []Span) (mentions []Mention, words [][]string)
}

// ExtractWords is x's ExtractWords when x is a WordExtractor, else its
// Extract with no words: an extractor that wraps another (loading it
// lazily, adding alias mentions) passes the words of the one it wraps on.
func ExtractWords(x Extractor, text string, sentences []Span) ([]Mention, [][]string) {
	if wx, ok := x.(WordExtractor); ok {
		return wx.ExtractWords(text, sentences)
	}
	return x.Extract(text, sentences), nil
}
