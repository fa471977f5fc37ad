package japanese

import (
	"math/bits"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// Feature templates. Each feature is the hash of a token property combined
// with its template id, so that the same word as the current and as the next
// token are different features. Properties are hashed once per token and
// combined with cheap integer mixing, which keeps featurisation a small part
// of the time kagome takes.
//
// The set is small on purpose: decoding time grows with the number of
// features per token, and ablations on the training corpora showed that
// tokens two away, word and POS bigrams and neighbouring gazetteer tags add
// nothing measurable once the templates below are there.
const (
	fBias uint64 = iota + 1
	fWord
	fWordPrev
	fWordNext
	fPOS
	fPOSPrev
	fPOSNext
	fScripts // previous, current and next token's script
	fShape
	fLastRune
	fFirstRune
	fLastRunePrev
	fLastRuneNext
	fCues // previous, current and next token's cue class
	fCueNext
	fGaz
	fRule
	fRun
	fJunk
	fSuffix2
	fSuffix3
	fPrefix2
	fCompHead
	fCompPos
	fRunNext
	fCompFirst
	fDict // a name-dictionary mark of the token (see markDictNames), one feature per mark
	fDictPrev
	fDictNext
)

// mix combines a template id with a property hash.
func mix(id, h uint64) uint64 {
	h ^= id * 0x9E3779B97F4A7C15
	h ^= h >> 31
	return h * 0xBF58476D1CE4E5B9
}

// Boundary hashes stand for the properties of the tokens before the first
// and after the last.
var (
	hBOS = seqlabel.Hash("<s>")
	hEOS = seqlabel.Hash("</s>")
)

// props are the per-token properties the templates combine, hashed once.
type props struct {
	word, pos, script, shape, last, first, cue, gaz, rule, run uint64
	suffix2, suffix3, prefix2                                  uint64 // 0 for tokens of fewer than 3 runes
	// compHead is the word hash of the last token of the noun compound the
	// token is in, compPos its position there; 0 outside compounds.
	compHead, compPos, compFirst uint64
	// runNext is the word hash of the token after the katakana run the
	// token is in: what a multi-word foreign name is followed by (氏, 社).
	runNext uint64
	dict    uint32 // name-dictionary marks (see markDictNames)
}

// tagOf returns the hash of a B-/I- position tag for span labels on tokens,
// as used by the gazetteer and rule features.
func tagOf(begin bool, t entities.Type) uint64 {
	if begin {
		return seqlabel.Hash("B", string(t))
	}
	return seqlabel.Hash("I", string(t))
}

// sentenceProps computes the properties of every token of a sentence.
// gaz and rules are the spans the gazetteer and the context rules found,
// dict the tokens' name-dictionary marks.
func sentenceProps(dst []props, toks []token, gaz []gazSpan, rules []ruleSpan, dict []uint32) []props {
	dst = dst[:0]
	for i := range toks {
		t := &toks[i]
		p := props{
			word:   seqlabel.Hash(t.text),
			pos:    seqlabel.Hash(t.pos[0], t.pos[1], t.pos[2], t.pos[3]),
			script: uint64(t.script) + 1,
			last:   seqlabel.Hash(lastRune(t.text)),
			dict:   dict[i],
		}
		// The rest only serves the features of tagged tokens (cue words
		// are nouns, so nameable too); context needs no more than the above.
		if nameable(t) {
			p.first = seqlabel.Hash(firstRune(t.text))
			p.cue = uint64(cueOf(t))
			n := runesUpTo(t.text, 4)
			known := uint64(0)
			if t.known {
				known = 1
			}
			p.shape = uint64(t.script)<<8 | uint64(n)<<4 | known<<2 | uint64(latinCase(t))
			if n >= 3 {
				p.suffix2 = seqlabel.Hash(lastRunes(t.text, 2))
				p.suffix3 = seqlabel.Hash(lastRunes(t.text, 3))
				p.prefix2 = seqlabel.Hash(prefix2(t.text))
			}
		}
		dst = append(dst, p)
	}
	for _, s := range gaz {
		for i := s.start; i < s.end; i++ {
			dst[i].gaz = uint64(s.class)<<1 | 1
			if i == s.start {
				dst[i].gaz |= 1 << 8
			}
		}
	}
	for _, s := range rules {
		for i := s.start; i < s.end; i++ {
			dst[i].rule = tagOf(i == s.start, s.typ)
		}
	}
	for i := 0; i < len(toks); {
		if toks[i].script != scKatakana {
			i++
			continue
		}
		end := katakanaRun(toks, i)
		dots := 0
		for j := i; j < end; j++ {
			if toks[j].script == scDot {
				dots++
			}
		}
		after := hEOS
		if end < len(toks) {
			after = seqlabel.Hash(toks[end].text)
		}
		for j := i; j < end; j++ {
			dst[j].runNext = after
			dst[j].run = uint64(min(end-i, 4))<<8 | uint64(min(dots, 3))<<4
			if j == i {
				dst[j].run |= 1
			}
		}
		i = end
	}
	for i := 0; i < len(toks); {
		if !inCompound(&toks[i]) {
			i++
			continue
		}
		end := i + 1
		for end < len(toks) && inCompound(&toks[end]) {
			end++
		}
		if end-i > 1 {
			head, first := dst[end-1].word, dst[i].word
			for j := i; j < end; j++ {
				dst[j].compHead, dst[j].compFirst = head, first
				dst[j].compPos = uint64(min(end-i, 5))<<4 | 2 // inside
			}
			dst[i].compPos = uint64(min(end-i, 5))<<4 | 1
			dst[end-1].compPos = uint64(min(end-i, 5))<<4 | 3
		}
		i = end
	}
	return dst
}

// inCompound reports whether t can be part of a noun compound: a noun,
// a noun prefix or a name separator. Japanese names are noun compounds
// (三井住友海上火災保険株式会社), whose last word says what they name.
func inCompound(t *token) bool {
	return t.pos[0] == "名詞" || t.pos[0] == "接頭詞" || t.script == scDot
}

// featurize appends the features of token i to f. Sparse properties
// (gazetteer, rule, katakana run, cue) add a feature only when set, which
// saves a weight lookup for most tokens.
func featurize(f seqlabel.Features, p []props, junk []bool, i int) seqlabel.Features {
	cur := &p[i]
	prev, next := props{word: hBOS, pos: hBOS, last: hBOS}, props{word: hEOS, pos: hEOS}
	if i > 0 {
		prev = p[i-1]
	}
	if i+1 < len(p) {
		next = p[i+1]
	}
	f = append(f,
		fBias,
		mix(fWord, cur.word),
		mix(fWordPrev, prev.word),
		mix(fWordNext, next.word),
		mix(fPOS, cur.pos),
		mix(fPOSPrev, prev.pos),
		mix(fPOSNext, next.pos),
		mix(fScripts, prev.script<<16|cur.script<<8|next.script),
		mix(fShape, cur.shape),
		mix(fLastRune, cur.last),
		mix(fFirstRune, cur.first),
		mix(fLastRuneNext, next.last),
		mix(fLastRunePrev, prev.last),
	)

	if cues := prev.cue<<16 | cur.cue<<8 | next.cue; cues != 0 {
		f = append(f, mix(fCues, cues), mix(fCueNext, next.cue))
	}
	if cur.compHead != 0 {
		f = append(f, mix(fCompHead, cur.compHead), mix(fCompPos, cur.compPos), mix(fCompFirst, cur.compFirst))
	}
	if cur.gaz != 0 {
		f = append(f, mix(fGaz, cur.gaz))
	}
	if cur.rule != 0 {
		f = append(f, mix(fRule, cur.rule))
	}
	if cur.run != 0 {
		f = append(f, mix(fRun, cur.run), mix(fRunNext, cur.runNext))
	}
	if cur.suffix2 != 0 {
		f = append(f, mix(fSuffix2, cur.suffix2), mix(fSuffix3, cur.suffix3), mix(fPrefix2, cur.prefix2))
	}
	if junk[i] {
		f = append(f, fJunk)
	}
	f = appendMarks(f, fDict, cur.dict)
	f = appendMarks(f, fDictPrev, prev.dict)
	f = appendMarks(f, fDictNext, next.dict)
	return f
}

// appendMarks appends one feature of template id per mark set in marks.
func appendMarks(f seqlabel.Features, id uint64, marks uint32) seqlabel.Features {
	for ; marks != 0; marks &= marks - 1 {
		f = append(f, mix(id, uint64(bits.TrailingZeros32(marks))+1))
	}
	return f
}

// latinCase classifies the letter case of a Latin token: 0 not Latin, 1 all
// upper case (acronyms: NHK), 2 capitalised (Honda), 3 other (eBay, iPhone).
func latinCase(t *token) uint8 {
	if t.script != scLatin {
		return 0
	}
	upper := 0
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; c >= 'A' && c <= 'Z' {
			upper++
		}
	}
	switch {
	case upper == len(t.text):
		return 1
	case upper == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z':
		return 2
	}
	return 3
}

// runesUpTo returns the number of runes in s, counting at most limit.
func runesUpTo(s string, limit int) int {
	n := 0
	for range s {
		if n++; n == limit {
			break
		}
	}
	return n
}
