package japanese

import (
	"slices"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
)

// maxNameTokens bounds the length, in tokens, of the names propagated
// through a document.
const maxNameTokens = 6

// sense is what a document says about one name: evidence per type.
type sense struct {
	name   string
	votes  [3]int // weight per entities.Types index
	rule   bool   // typed by a context rule at least once
	common bool   // a person or organisation by the tagger alone that reads as common words
}

func typeIndex(t entities.Type) int {
	switch t {
	case entities.Person:
		return 0
	case entities.Location:
		return 1
	}
	return 2
}

func (s *sense) best() entities.Type {
	best := 0
	for i, v := range s.votes {
		if v > s.votes[best] {
			best = i
		}
	}
	return entities.Types[best]
}

// senseTable maps the names of a document to their senses; it lives in a
// pooled docBuf, so that its map and senses are reused from one document
// to the next.
type senseTable struct {
	index map[string]int32
	list  []sense
}

func (t *senseTable) reset() {
	if t.index == nil || len(t.index) > 1024 {
		t.index = map[string]int32{} // a huge document's map is not kept
	}
	clear(t.index)
	t.list = t.list[:0]
}

func (t *senseTable) get(name string) *sense {
	if i, ok := t.index[name]; ok {
		return &t.list[i]
	}
	return nil
}

// add adds a name, which must not be there, and returns its sense. Pointers
// from get and add stay valid only until the next add.
func (t *senseTable) add(name string) *sense {
	t.index[name] = int32(len(t.list))
	t.list = append(t.list, sense{name: name})
	return &t.list[len(t.list)-1]
}

// oneSensePerDocument gives every occurrence of a name in a document the
// same type: a rule's type outweighs the tagger's, and an occurrence the
// tagger missed (オコンクォ alone, after オコンクォ大統領 earlier) becomes a
// mention when the name is distinctive enough to be safe: typed by a rule,
// or not a single dictionary word. It returns the candidates sorted by start.
//
// A name the tagger alone calls a person is an organisation when it ends
// with a company head (see companyHead) or is a Latin name of the English
// brand list (Meta: see latinBrand).
//
// A name the tagger alone calls a person, with no rule typing it anywhere in
// the document, is dropped when it reads as common words (see
// dictWords.commonWordName), is glossed like a term (レアアース（希土類）) or
// is listed with common nouns (ウラン、レアアース、リチウム): レアアース, 前出. A
// name the tagger alone calls an organisation is dropped when it is glossed
// or listed so too: a model trained with KWAC, whose IREX guidelines tag
// products and materials (ARTIFACT), reads such a loanword as a name of
// something, and an organisation is no more listed with minerals than a
// person is.
func oneSensePerDocument(b *docBuf, text string, words dictWords) []candidate {
	cands := b.cands
	if len(cands) == 0 {
		return cands
	}
	senses := &b.senses
	senses.reset()
	name := func(c candidate) string { return text[b.toks[c.start].start:b.toks[c.end-1].end] }
	longest := 0
	for i := range cands {
		if c := &cands[i]; c.by == byTagger && c.typ == entities.Person && (companyHead(b.toks[c.end-1].text) || latinBrand(name(*c))) {
			c.typ = entities.Organization
		}
		if c := &cands[i]; c.by == byTagger && c.typ == entities.Location {
			if c.end = nameEnd(b.toks, c.start, c.end); c.end == c.start {
				c.typ = ""
			}
		}
	}
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.typ == "" })
	for _, c := range cands {
		n := name(c)
		longest = max(longest, len(n))
		s := senses.get(n)
		if s == nil {
			s = senses.add(n)
		}
		w := 1
		if c.by == byRule {
			w, s.rule = 3, true
		}
		s.votes[typeIndex(c.typ)] += w
	}
	kept := cands[:0]
	for _, c := range cands {
		s := senses.get(name(c))
		if s.rule && c.by < byRule {
			c.typ = s.best()
		}
		if !s.rule && c.typ == entities.Person {
			if !s.common && (words.commonWordName(b.toks[c.start:c.end]) || glossed(b.toks, c.end) ||
				listedWithCommonNouns(b.toks, c.start, c.end)) {
				s.common = true
			}
			if s.common {
				continue
			}
		}
		if !s.rule && c.by == byTagger && c.typ == entities.Organization &&
			(glossed(b.toks, c.end) || listedWithCommonNouns(b.toks, c.start, c.end)) {
			// Nor is the name found again where the tagger missed it
			// (propagation skips a common sense), and a later person
			// mention of it by the tagger is dropped as above; its other
			// organisation mentions stay unless glossed or listed too.
			s.common = true
			continue
		}
		kept = append(kept, c)
	}
	cands = kept

	b.covered = grown(b.covered, len(b.toks))
	covered := b.covered
	clear(covered)
	for _, c := range cands {
		for i := c.start; i < c.end; i++ {
			covered[i] = true
		}
	}
	// The first runes of the names, hashed: most tokens start none, and
	// need no lookup of the spans that start with them.
	starts := &b.starts
	clear(starts[:])
	for i := range senses.list {
		h := firstRuneHash(senses.list[i].name)
		starts[h/64] |= 1 << (h % 64)
	}
	for _, sent := range b.sents {
		for i := sent[0]; i < sent[1]; i++ {
			if covered[i] || b.junk[i] || !canStartName(b.toks[i].script) {
				continue
			}
			if h := firstRuneHash(b.toks[i].text); starts[h/64]&(1<<(h%64)) == 0 {
				continue
			}
			for j := min(i+maxNameTokens, sent[1]); j > i; j-- {
				if covered[j-1] || b.toks[j-1].end-b.toks[i].start > longest {
					continue
				}
				n := text[b.toks[i].start:b.toks[j-1].end]
				s := senses.get(n)
				if s == nil || s.common || !propagates(s, b.toks[i:j]) || !freeStanding(b.toks, sent, i, j) {
					continue
				}
				cands = append(cands, candidate{i, j, s.best(), byPropagation})
				for k := i; k < j; k++ {
					covered[k] = true
				}
				i = j - 1
				break
			}
		}
	}
	sortCandidates(cands)
	return cands
}

// firstRuneHash hashes the first rune of s into [0, 4096).
func firstRuneHash(s string) uint32 {
	r, _ := utf8.DecodeRuneInString(s)
	return uint32(r) * 0x9E3779B1 >> 20
}

// canStartName reports whether a token of script s can begin a name.
func canStartName(s script) bool {
	return s == scKanji || s == scKatakana || s == scLatin || s == scMixed
}

// propagates reports whether a name may be marked wherever it recurs.
func propagates(s *sense, toks []token) bool {
	if s.rule {
		return true
	}
	if len(toks) == 1 && toks[0].known && !toks[0].isProper("") {
		return false
	}
	return utf8.RuneCountInString(toks[0].text) >= 2 || len(toks) > 1
}

// freeStanding reports whether tokens [i, j) are a whole word rather than
// part of a longer katakana or Latin word.
func freeStanding(toks []token, sent [2]int, i, j int) bool {
	if i > sent[0] && sameWordScript(toks[i-1].script, toks[i].script) {
		return false
	}
	if j < sent[1] && sameWordScript(toks[j-1].script, toks[j].script) {
		return false
	}
	return true
}

func sameWordScript(a, b script) bool {
	return a == b && (a == scKatakana || a == scLatin)
}

// sortCandidates orders candidates by start token.
func sortCandidates(c []candidate) {
	slices.SortFunc(c, func(a, b candidate) int { return a.start - b.start })
}

// latinBrand reports whether name is a Latin name of the English brand list
// (english.IsBrand). The tagger, trained on Japanese text where foreign
// persons are written in katakana, reads a Latin word inside a Japanese
// sentence with little to go on and takes many companies for persons (Meta,
// Discord); the brand list, which leaves out given names, says what they
// are.
func latinBrand(name string) bool {
	return name != "" && name[0] < utf8.RuneSelf && english.IsBrand(name)
}
