package english

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// commonFile lists English words that are usually written in lower case,
// one per line, derived by cmd/nertrain from the training corpora (see
// CommonWords). A capitalised common word at the start of a sentence
// ("Shares of ...", "Given ...") is most likely not a name.
//
//go:embed common.txt
var commonFile string

// firstNamesFile lists lower-cased given names, one per line, derived by
// cmd/nertrain from the person names of the training corpora (see
// FirstNameCounter): a known given name before a capitalised word makes a
// person of a surname the tagger has never seen.
//
//go:embed firstnames.txt
var firstNamesFile string

var (
	commonOnce    sync.Once
	commonSet     map[string]bool
	firstNameOnce sync.Once
	firstNameSet  map[string]bool
)

// isFirstName reports whether the lower-cased word w is a known given name.
func isFirstName(w string) bool {
	firstNameOnce.Do(func() { firstNameSet = lineSet(firstNamesFile) })
	return firstNameSet[w]
}

func lineSet(file string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(file, "\n") {
		if l != "" {
			m[l] = true
		}
	}
	return m
}

// isCommonWord reports whether the lower-cased word w is usually written in
// lower case.
func isCommonWord(w string) bool {
	commonOnce.Do(func() { commonSet = lineSet(commonFile) })
	return commonSet[w]
}

// CommonWordCounter counts how each word is written in running text, to
// find the words that are common nouns, verbs and adjectives rather than
// names.
type CommonWordCounter struct {
	lowerCount, capCount map[string]int
}

// NewCommonWordCounter returns an empty counter.
func NewCommonWordCounter() *CommonWordCounter {
	return &CommonWordCounter{lowerCount: map[string]int{}, capCount: map[string]int{}}
}

// Add counts the words of text: lower-case ones, and capitalised ones not at
// the start of a sentence.
func (c *CommonWordCounter) Add(text string) {
	for _, t := range Tokenize(text, 0, len(text)) {
		switch cl := capClass(t.Text); {
		case cl == capLower:
			c.lowerCount[t.Text]++
		case isCap(cl) && !t.Initial:
			c.capCount[lower(t.Text)]++
		}
	}
}

// Words returns, sorted, the words seen in lower case at least minCount
// times and at least ratio times as often as capitalised mid-sentence.
func (c *CommonWordCounter) Words(minCount int, ratio float64) []string {
	var out []string
	for w, n := range c.lowerCount {
		if n >= minCount && float64(n) >= ratio*float64(c.capCount[w]) && len(w) > 1 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// FirstNameCounter counts the given names of annotated person names.
type FirstNameCounter struct {
	count map[string]int
}

// NewFirstNameCounter returns an empty counter.
func NewFirstNameCounter() *FirstNameCounter {
	return &FirstNameCounter{count: map[string]int{}}
}

// Add counts the first word of every person name of two or more words in
// text.
func (c *FirstNameCounter) Add(text string, gold []GoldSpan) {
	for _, g := range gold {
		if g.Type != "PERSON" || g.Start < 0 || g.End > len(text) || g.Start >= g.End {
			continue
		}
		toks := Tokenize(text, g.Start, g.End)
		if len(toks) < 2 || capClass(toks[0].Text) != capTitle || len(toks[0].Text) < 2 || capClass(toks[1].Text) == capLower {
			continue
		}
		c.count[lower(toks[0].Text)]++
	}
}

// Words returns, sorted, the given names seen at least minCount times that
// are not in exclude.
func (c *FirstNameCounter) Words(minCount int, exclude map[string]bool) []string {
	var out []string
	for w, n := range c.count {
		if n >= minCount && !exclude[w] && titleWords[w] == "" && !functionWords[w] && !joinWords[w] {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
