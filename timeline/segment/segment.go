// Package segment splits text into sentences and tells each one's language by
// its script.
package segment

// Sentence is a half-open byte range of a text and the language of its words.
type Sentence struct {
	Start, End int
	Lang       string // "en", "ja" or "und"
}
