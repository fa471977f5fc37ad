package events

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed cues.tsv
var cuesTSV string

// lexicon is the parsed cue list: which kinds of happening a sentence tells.
type lexicon struct {
	classes  []string // by bit
	family   []uint32 // per class: the bit of its family
	families []string
	// statement is the family of reporting verbs alone: weak support, never
	// a reason to keep two reports apart.
	statement uint32
	en        []enCue
	ja        []jaCue
	// first lists the English cues by the first letter of their first
	// word, so that a token is matched against few of them.
	first map[byte][]int
}

type enCue struct {
	words []enWord
	class int
}

type enWord struct {
	text   string
	prefix bool
}

type jaCue struct {
	text  string
	class int
}

// cues is the lexicon of cues.tsv, parsed once: it is fixed data embedded
// in the binary, so a parse error is a bug caught by any test.
var cues = mustParseLexicon(cuesTSV)

func mustParseLexicon(src string) *lexicon {
	l, err := parseLexicon(src)
	if err != nil {
		panic(err)
	}
	return l
}

func parseLexicon(src string) (*lexicon, error) {
	l := &lexicon{first: map[byte][]int{}}
	famBit := map[string]int{}
	for n, line := range strings.Split(src, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("cues.tsv:%d: want 4 tab-separated columns, have %d", n+1, len(f))
		}
		class := len(l.classes)
		if class == 32 {
			return nil, fmt.Errorf("cues.tsv:%d: more than 32 classes", n+1)
		}
		fb, ok := famBit[f[1]]
		if !ok {
			fb = len(l.families)
			famBit[f[1]] = fb
			l.families = append(l.families, f[1])
		}
		l.classes = append(l.classes, f[0])
		l.family = append(l.family, 1<<fb)
		if f[1] == "statement" {
			l.statement = 1 << fb
		}
		for _, p := range strings.Split(f[2], ",") {
			var c enCue
			for _, w := range strings.Fields(strings.ToLower(p)) {
				t, prefix := strings.CutSuffix(w, "*")
				c.words = append(c.words, enWord{t, prefix})
			}
			if len(c.words) == 0 {
				continue
			}
			c.class = class
			l.first[c.words[0].text[0]] = append(l.first[c.words[0].text[0]], len(l.en))
			l.en = append(l.en, c)
		}
		for _, p := range strings.Split(f[3], ",") {
			if p = strings.TrimSpace(p); p != "" {
				l.ja = append(l.ja, jaCue{p, class})
			}
		}
	}
	if len(l.families) > 32 {
		return nil, fmt.Errorf("cues.tsv: more than 32 families")
	}
	return l, nil
}

// match returns the cue classes found in a sentence, as bits: tokens are
// its lower-cased English words in order, text the sentence for the
// Japanese cues.
func (l *lexicon) match(tokens []string, text string, ja bool) uint32 {
	var found uint32
	for i, t := range tokens {
		if t == "" {
			continue
		}
		for _, ci := range l.first[t[0]] {
			c := &l.en[ci]
			if found&(1<<c.class) != 0 || i+len(c.words) > len(tokens) {
				continue
			}
			ok := true
			for k, w := range c.words {
				if !w.matches(tokens[i+k]) {
					ok = false
					break
				}
			}
			if ok {
				found |= 1 << c.class
			}
		}
	}
	if ja {
		for _, c := range l.ja {
			if found&(1<<c.class) == 0 && strings.Contains(text, c.text) {
				found |= 1 << c.class
			}
		}
	}
	return found
}

func (w enWord) matches(token string) bool {
	if w.prefix {
		return strings.HasPrefix(token, w.text)
	}
	return token == w.text
}

// familyOf returns the families of the classes in mask.
func (l *lexicon) familyOf(mask uint32) uint32 {
	var f uint32
	for c := range l.classes {
		if mask&(1<<c) != 0 {
			f |= l.family[c]
		}
	}
	return f
}

// names lists the classes in mask, for tests and explanations.
func (l *lexicon) names(mask uint32) []string {
	var out []string
	for c, name := range l.classes {
		if mask&(1<<c) != 0 {
			out = append(out, name)
		}
	}
	return out
}
