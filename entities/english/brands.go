package english

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// brandsFile lists names of companies, media, services and products, one
// per line, as cmd/nertrain --brands derives them from the simple-icons
// brand data (CC0; see MODEL.md). Most organisations the tagger misses in
// news are companies and outlets it never saw in training ("Adidas",
// "Boeing"); a match is a feature the tagger weighs, never a rule, because
// many brands are everyday words too ("Target", "Shell").
//
//go:embed brands.txt
var brandsFile string

var (
	brandOnce  sync.Once
	brandIndex map[string][][]string
)

// indexBrands tokenises every name of file and indexes it by its first token.
func indexBrands(file string) map[string][][]string {
	idx := map[string][][]string{}
	for _, name := range strings.Split(file, "\n") {
		toks := Tokenize(name, 0, len(name))
		if len(toks) == 0 || len(toks) > maxGazTokens {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		idx[words[0]] = append(idx[words[0]], words)
	}
	for _, seqs := range idx {
		sort.SliceStable(seqs, func(i, j int) bool { return len(seqs[i]) > len(seqs[j]) })
	}
	return idx
}

// markBrands marks the longest names of the embedded brand list over
// tokens, case and all, in s.Brand: 'B' on the first token of a match, 'I'
// on the others.
func (s *sentence) markBrands() {
	brandOnce.Do(func() { brandIndex = indexBrands(brandsFile) })
	s.markBrandsFrom(brandIndex)
}

// markBrandsFrom marks the names of idx (see indexBrands).
func (s *sentence) markBrandsFrom(idx map[string][][]string) {
	s.Brand = s.nameMarks(idx)
}

// nameMarks returns, per token, where the longest capitalised name of idx
// (see indexBrands) covers it: 'B' on the first token of a match, 'I' on
// the others, 0 outside.
func (s *sentence) nameMarks(idx map[string][][]string) []byte {
	marks := make([]byte, len(s.Tokens))
	for i := 0; i < len(s.Tokens); {
		if !isCap(s.Cap[i]) {
			i++
			continue
		}
		n := 0
		for _, seq := range idx[s.Tokens[i].Text] {
			if matchesTokens(s.Tokens[i:], seq) {
				n = len(seq)
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		marks[i] = 'B'
		for j := i + 1; j < i+n; j++ {
			marks[j] = 'I'
		}
		i += n
	}
	return marks
}

// matchesTokens reports whether toks starts with the words of seq.
func matchesTokens(toks []Token, seq []string) bool {
	if len(seq) > len(toks) {
		return false
	}
	for k, w := range seq {
		if toks[k].Text != w {
			return false
		}
	}
	return true
}

// BrandNames returns, sorted and without repeats, the names in names that
// are worth a brand feature: those written with a capital ("iPhone" too)
// and, for one-word names, at least three letters long and neither a
// common word nor a given name (isCommon and isGiven take lower-cased
// words).
func BrandNames(names []string, isCommon, isGiven func(string) bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, name := range names {
		name = strings.TrimSpace(name)
		toks := Tokenize(name, 0, len(name))
		if len(toks) == 0 || len(toks) > maxGazTokens || !isCap(capClass(toks[0].Text)) || seen[name] {
			continue
		}
		if len(toks) == 1 {
			w := lower(name)
			if len(name) < 3 || isCommon(w) || isGiven(w) || functionWords[w] {
				continue
			}
		}
		seen[name] = true
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

var brandSet = sync.OnceValue(func() map[string]bool { return lineSet(brandsFile) })

// IsBrand reports whether name, exactly as written, is a name of the
// embedded brand list (companies, media, services and products). Another
// language's extractor reads a Latin name with less to go on than this one
// (see entities/japanese): the list tells it that Meta is a company.
func IsBrand(name string) bool { return brandSet()[name] }
