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

var (
	commonOnce sync.Once
	commonSet  map[string]bool
)

// isCommonWord reports whether the lower-cased word w is usually written in
// lower case.
func isCommonWord(w string) bool {
	commonOnce.Do(func() {
		commonSet = map[string]bool{}
		for _, l := range strings.Split(commonFile, "\n") {
			if l != "" {
				commonSet[l] = true
			}
		}
	})
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
