package events

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed cues.tsv
var cuesTSV string

// lexicon is the parsed cue list: which kinds of happening a sentence tells.
type lexicon struct {
	classes  []string // by bit (at most 64)
	family   []uint64 // per class: the bit of its family
	families []string // by bit (at most one a class, so at most 64)
	// statement is the family of reporting verbs alone: weak support, never
	// a reason to keep two reports apart.
	statement uint64
	// reaction is the family of responses to something that happened (a
	// condemnation, an appeal, an apology, a warning): a report of one tells
	// another happening than a report of what it answers, though it names
	// the same people and repeats its words ("condemned the strikes").
	reaction uint64
	en       []enCue
	ja       []jaCue
	// exact lists the English cues of one whole word by that word; first
	// the others by the first two letters of their first word (lead), so
	// that a token is matched against few of them (parseLexicon refuses
	// them a first word of one letter).
	exact map[string][]int
	first map[uint16][]int
	// weakFirst is first for the weak cues of several words alone.
	weakFirst map[uint16][]int
	// jaFirst lists the Japanese cues by their first character.
	jaFirst map[rune][]int
}

type enCue struct {
	words []enWord
	class int
	weak  bool // says the kind only where no other cue does (see match)
}

type enWord struct {
	text   string
	prefix bool
}

type jaCue struct {
	text  string
	class int
	weak  bool
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
	l := &lexicon{exact: map[string][]int{}, first: map[uint16][]int{}, weakFirst: map[uint16][]int{}, jaFirst: map[rune][]int{}}
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
		if class == 64 {
			return nil, fmt.Errorf("cues.tsv:%d: more than 64 classes", n+1)
		}
		fb, ok := famBit[f[1]]
		if !ok {
			fb = len(l.families)
			famBit[f[1]] = fb
			l.families = append(l.families, f[1])
		}
		l.classes = append(l.classes, f[0])
		l.family = append(l.family, 1<<fb)
		switch f[1] {
		case "statement":
			l.statement = 1 << fb
		case "reaction":
			l.reaction = 1 << fb
		}
		for _, p := range strings.Split(f[2], ",") {
			var c enCue
			p, c.weak = strings.CutPrefix(strings.TrimSpace(p), "~")
			for _, w := range strings.Fields(strings.ToLower(p)) {
				t, prefix := strings.CutSuffix(w, "*")
				c.words = append(c.words, enWord{t, prefix})
			}
			if len(c.words) == 0 {
				continue
			}
			c.class = class
			w := c.words[0]
			switch {
			case len(c.words) == 1 && !w.prefix:
				l.exact[w.text] = append(l.exact[w.text], len(l.en))
			case len(w.text) < 2:
				return nil, fmt.Errorf("cues.tsv:%d: a cue of several words or a prefix begins with one letter", n+1)
			default:
				l.first[lead(w.text)] = append(l.first[lead(w.text)], len(l.en))
				if c.weak && len(c.words) > 1 {
					l.weakFirst[lead(w.text)] = append(l.weakFirst[lead(w.text)], len(l.en))
				}
			}
			l.en = append(l.en, c)
		}
		for _, p := range strings.Split(f[3], ",") {
			p, weak := strings.CutPrefix(strings.TrimSpace(p), "~")
			if p != "" {
				r, _ := utf8.DecodeRuneInString(p)
				l.jaFirst[r] = append(l.jaFirst[r], len(l.ja))
				l.ja = append(l.ja, jaCue{p, class, weak})
			}
		}
	}
	return l, nil
}

// match returns the cue classes found in a sentence, as bits: tokens are
// its lower-cased English words in order, text the sentence for the
// Japanese cues. A cue found only as a weak one is in weak, not in strong:
// a word of several senses (struck, support), a gathering named as a
// setting rather than as what happened ("at the G7 summit", 「会合で」,
// 「会談後」, "while … visiting"), or a cue negated ("without signing",
// 「署名せず」). Weak cues say what kind of happening a sentence tells when
// nothing else does, and never keep two reports apart.
func (l *lexicon) match(tokens []string, text string, ja bool) (strong, weak uint64) {
	// A weak cue of several words makes weak the cues of its class that
	// start where it does: "meeting of Congress" is a gathering, "a meeting
	// between Trump and Zelensky" what happened.
	type at struct{ class, token int }
	var weakened map[at]bool
	for i, t := range tokens {
		if len(t) < 2 {
			continue
		}
		for _, ci := range l.weakFirst[lead(t)] {
			c := &l.en[ci]
			if !c.matchesAt(tokens, i) {
				continue
			}
			if weakened == nil {
				weakened = map[at]bool{}
			}
			weakened[at{c.class, i}] = true
		}
	}
	found := func(c *enCue, i int) {
		bit := uint64(1) << c.class
		switch {
		case strong&bit != 0:
		case c.weak || weakened[at{c.class, i}] || enSetting(tokens, i):
			weak |= bit
		default:
			strong |= bit
		}
	}
	for i, t := range tokens {
		if t == "" {
			continue
		}
		for _, ci := range l.exact[t] {
			found(&l.en[ci], i)
		}
		if len(t) < 2 {
			continue
		}
		for _, ci := range l.first[lead(t)] {
			if c := &l.en[ci]; strong&(1<<c.class) == 0 && c.matchesAt(tokens, i) {
				found(c, i)
			}
		}
	}
	if ja {
		for i, r := range text {
			for _, ci := range l.jaFirst[r] {
				c := &l.ja[ci]
				bit := uint64(1) << c.class
				if strong&bit != 0 || !strings.HasPrefix(text[i:], c.text) {
					continue
				}
				if c.weak || jaSetting(text[i+len(c.text):]) || strings.HasSuffix(text[:i], "記者") {
					weak |= bit
				} else {
					strong |= bit
				}
			}
		}
	}
	return strong, weak &^ strong
}

// lead is the key of a word of two letters or more in lexicon.first: its
// first two bytes.
func lead(w string) uint16 { return uint16(w[0])<<8 | uint16(w[1]) }

// enSetting reports whether the cue at tokens[i] is a setting, background
// or a negation rather than what a sentence tells: it follows, within a few
// words, a preposition of time or place, a negation or a word that says it
// did not happen ("at the G7 summit", "since the invasion", "without signing
// the deal", "while Guterres was visiting", "postponed his visit").
func enSetting(tokens []string, i int) bool {
	if i > 0 && (tokens[i-1] == "after" || tokens[i-1] == "before") ||
		i > 1 && (tokens[i-2] == "before" && determiners[tokens[i-1]] || tokens[i-2] == "after" && possessives[tokens[i-1]]) ||
		i > 1 && tokens[i-2] == "to" && tokens[i-1] == "be" {
		return true // "waited to be evacuated", "said after meeting Lavrov", "after his death", "before the raid"
	}
	for k := 1; k <= 5 && k <= i; k++ {
		switch tokens[i-k] {
		case "while", "without":
			return true
		case "at":
			if k <= 3 && tokens[i-k+1] != "least" && tokens[i-k+1] != "most" {
				return true // "at the summit", not "at least 12 dead"
			}
		case "since", "during", "amid", "sidelines", "ahead", "not", "never", "postponed", "cancelled", "canceled", "delayed", "scrapped":
			if k <= 3 {
				return true
			}
		}
	}
	return false
}

// determiners and possessives are the words between "before" or "after"
// and the cue of a happening that is the time of what a sentence tells
// ("before the raid", "after his death"). "After the strike" is left
// alone: "twelve were dead after the strike" tells the strike.
var (
	determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true}
	possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true}
)

// A Japanese cue right after 記者 is a press conference (記者会見し), not a
// meeting of the people a report names: see match.

// jaSettings are what follows a Japanese cue that makes it the setting,
// background or a negation of what a sentence tells: 「会談後」, 「訪問中の」,
// 「サミットに合わせ」, 「侵攻以来」, 「開幕を前に」, 「署名せず」, 「選挙なき」, the topic of
// another act (「死亡について抗議」, 「殺害をめぐり訴追」), an adjective made
// of the cue (「批判的な議員」, a critic, not a criticism), and the venue of
// a happening, 「演説会場に爆発物が投げ込まれた」 (a bomb, not a speech). (「で」 is not
// one: 「電話で協議」 tells a call; the names of gatherings, 「会合で」, are
// weak cues in cues.tsv instead.)
var jaSettings = []string{"後", "の後", "中", "の際", "会場", "に合わせ", "を受け", "以来", "前", "の前", "を前に", "せず", "しな", "できず", "なき", "のない", "的", "について", "をめぐ"}

func jaSetting(rest string) bool {
	// A cue that begins a compound noun is a setting when the compound is
	// one (開幕戦を前に: the opening match, before it).
	if r, n := utf8.DecodeRuneInString(rest); unicode.Is(unicode.Han, r) && strings.HasPrefix(rest[n:], "を前に") {
		return true
	}
	for _, s := range jaSettings {
		if strings.HasPrefix(rest, s) {
			return true
		}
	}
	return false
}

// matchesAt reports whether the cue's words are the tokens from i on.
func (c *enCue) matchesAt(tokens []string, i int) bool {
	if i+len(c.words) > len(tokens) {
		return false
	}
	for k, w := range c.words {
		if !w.matches(tokens[i+k]) {
			return false
		}
	}
	return true
}

func (w enWord) matches(token string) bool {
	if w.prefix {
		return strings.HasPrefix(token, w.text)
	}
	return token == w.text
}

// familyOf returns the families of the classes in mask.
func (l *lexicon) familyOf(mask uint64) uint64 {
	var f uint64
	for c := range l.classes {
		if mask&(1<<c) != 0 {
			f |= l.family[c]
		}
	}
	return f
}

// names lists the classes in mask, for tests and explanations.
func (l *lexicon) names(mask uint64) []string {
	var out []string
	for c, name := range l.classes {
		if mask&(1<<c) != 0 {
			out = append(out, name)
		}
	}
	return out
}
