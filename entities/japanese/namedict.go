package japanese

import (
	"math/bits"

	"github.com/chronograph/chronograph/entities/namedict"
)

// Name-dictionary marks. ENAMDICT (package namedict) knows some 600,000
// written names with their kind: surnames, given names, full names of
// people, places and stations, companies and organisations. A run of
// whole tokens written as such a name is marked on each of its tokens with
// the kind and the token's position in the run, and the tagger weighs the
// marks as features (it learns that nearly every single kanji is some
// surname, and that 安倍|晋|三 — the given name cut by the tokeniser, 三
// read as a numeral — is a surname then a given name). A surname run
// directly followed by a given-name run is marked as one more kind, the
// shape of most Japanese full names the dictionary does not list whole.
//
// A token's marks are a bit set: bit kind*4+position, with kinds in the
// order of namedict.Kind and then the surname-and-given pattern.
const (
	markWhole  = 1 << iota // the run is this one token
	markFirst              // the first token of a longer run
	markInside             // neither first nor last
	markLast               // the last token of a longer run
)

// dictKinds is the number of namedict kinds (see namedict.Kind).
const dictKinds = 6

// patternKind is the kind index of a surname run followed by a given-name run.
const patternKind = dictKinds

// maxDictTokens bounds the tokens of a dictionary name looked up.
const maxDictTokens = maxNameTokens

// dictSpan is a name of the dictionary over tokens [start, end).
type dictSpan struct {
	start, end int
	kind       namedict.Kind
}

// markDictNames sets marks[i] for each token of toks (one sentence) from
// the dictionary names made of whole tokens inside one nameable run that
// starts with a kanji or katakana token. spans is scratch space, returned
// for reuse.
func markDictNames(marks []uint32, spans []dictSpan, text string, toks []token, kinds *namedict.Kinds) ([]uint32, []dictSpan) {
	if cap(marks) < len(toks) {
		marks = make([]uint32, len(toks), 2*len(toks))
	}
	marks = marks[:len(toks)]
	clear(marks)
	spans = spans[:0]
	regions(toks, func(rs, re int) {
		for i := rs; i < re; i++ {
			if s := toks[i].script; s != scKanji && s != scKatakana && s != scMixed {
				continue
			}
			h := namedict.HashName("")
			for j := i; j < min(i+maxDictTokens, re); j++ {
				if j > i && toks[j].start != toks[j-1].end {
					break
				}
				h = namedict.HashMore(h, text[toks[j].start:toks[j].end])
				if k := kinds.Of(h); k != 0 {
					spans = append(spans, dictSpan{i, j + 1, k})
				}
			}
		}
	})
	for _, s := range spans {
		for k := s.kind; k != 0; k &= k - 1 {
			markSpan(marks, s.start, s.end, bits.TrailingZeros8(uint8(k)))
		}
	}
	// spans are ordered by start, so the given names after a surname
	// are found by a forward scan from it.
	for a, s := range spans {
		if s.kind&namedict.Surname == 0 {
			continue
		}
		for _, g := range spans[a+1:] {
			if g.start > s.end {
				break
			}
			if g.start == s.end && g.kind&namedict.GivenName != 0 && g.end-s.start <= maxDictTokens {
				markSpan(marks, s.start, g.end, patternKind)
			}
		}
	}
	return marks, spans
}

// markSpan marks the tokens [start, end) as a name of kind index kind.
func markSpan(marks []uint32, start, end, kind int) {
	if end-start == 1 {
		marks[start] |= markWhole << (4 * kind)
		return
	}
	marks[start] |= markFirst << (4 * kind)
	for i := start + 1; i < end-1; i++ {
		marks[i] |= markInside << (4 * kind)
	}
	marks[end-1] |= markLast << (4 * kind)
}
