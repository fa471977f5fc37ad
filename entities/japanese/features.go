package japanese

import (
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// Feature templates. Each feature is the hash of a token property combined
// with its template id, so that the same word as the current and as the next
// token are different features. Properties are hashed once per token and
// combined with cheap integer mixing, which keeps featurisation a small part
// of the time kagome takes.
const (
	fBias uint64 = iota + 1
	fWord
	fWordPrev
	fWordNext
	fWordPrev2
	fWordNext2
	fPOS
	fPOSPrev
	fPOSNext
	fPOSPrev2
	fPOSNext2
	fScript
	fScriptPrevCur
	fScriptCurNext
	fScriptTri
	fWordPrevCur
	fWordCurNext
	fPOSPrevCur
	fPOSCurNext
	fShape
	fLastRune
	fFirstRune
	fCue
	fCuePrev
	fCueNext
	fCueNext2
	fGaz
	fGazPrev
	fGazNext
	fRule
	fRun
	fJunk
	fPOSWordNext
	fWordPOSNext
	fLastRunePrev
)

// mix combines a template id with a property hash.
func mix(id, h uint64) uint64 {
	h ^= id * 0x9E3779B97F4A7C15
	h ^= h >> 31
	return h * 0xBF58476D1CE4E5B9
}

// pair combines two property hashes.
func pair(a, b uint64) uint64 {
	return (a*0xFF51AFD7ED558CCD ^ b) * 0xC4CEB9FE1A85EC53
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
// gaz and rules are the spans the gazetteer and the context rules found.
func sentenceProps(dst []props, toks []token, gaz []gazSpan, rules []ruleSpan) []props {
	dst = dst[:0]
	for i := range toks {
		t := &toks[i]
		p := props{
			word:   seqlabel.Hash(t.text),
			pos:    seqlabel.Hash(t.pos[0], t.pos[1], t.pos[2], t.pos[3]),
			script: uint64(t.script) + 1,
			last:   seqlabel.Hash(lastRune(t.text)),
			first:  seqlabel.Hash(firstRune(t.text)),
			cue:    uint64(cueOf(t)),
		}
		n := utf8.RuneCountInString(t.text)
		if n > 4 {
			n = 4
		}
		known := uint64(0)
		if t.known {
			known = 1
		}
		p.shape = uint64(t.script)<<8 | uint64(n)<<4 | known
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
		for j := i; j < end; j++ {
			dst[j].run = uint64(min(end-i, 4))<<8 | uint64(min(dots, 3))<<4
			if j == i {
				dst[j].run |= 1
			}
		}
		i = end
	}
	return dst
}

// featurize appends the features of token i to f.
func featurize(f seqlabel.Features, p []props, junk []bool, i int) seqlabel.Features {
	cur := &p[i]
	prev, next, prev2, next2 := props{word: hBOS, pos: hBOS, last: hBOS}, props{word: hEOS, pos: hEOS}, props{word: hBOS, pos: hBOS}, props{word: hEOS, pos: hEOS}
	if i > 0 {
		prev = p[i-1]
	}
	if i > 1 {
		prev2 = p[i-2]
	}
	if i+1 < len(p) {
		next = p[i+1]
	}
	if i+2 < len(p) {
		next2 = p[i+2]
	}
	f = append(f,
		fBias,
		mix(fWord, cur.word),
		mix(fWordPrev, prev.word),
		mix(fWordNext, next.word),
		mix(fWordPrev2, prev2.word),
		mix(fWordNext2, next2.word),
		mix(fPOS, cur.pos),
		mix(fPOSPrev, prev.pos),
		mix(fPOSNext, next.pos),
		mix(fPOSPrev2, prev2.pos),
		mix(fPOSNext2, next2.pos),
		mix(fScript, cur.script),
		mix(fScriptPrevCur, pair(prev.script, cur.script)),
		mix(fScriptCurNext, pair(cur.script, next.script)),
		mix(fScriptTri, pair(pair(prev.script, cur.script), next.script)),
		mix(fWordPrevCur, pair(prev.word, cur.word)),
		mix(fWordCurNext, pair(cur.word, next.word)),
		mix(fPOSPrevCur, pair(prev.pos, cur.pos)),
		mix(fPOSCurNext, pair(cur.pos, next.pos)),
		mix(fShape, cur.shape),
		mix(fLastRune, cur.last),
		mix(fFirstRune, cur.first),
		mix(fCue, cur.cue),
		mix(fCuePrev, prev.cue),
		mix(fCueNext, next.cue),
		mix(fCueNext2, next2.cue),
		mix(fGaz, cur.gaz),
		mix(fGazPrev, prev.gaz),
		mix(fGazNext, next.gaz),
		mix(fRule, cur.rule),
		mix(fRun, cur.run),
		mix(fPOSWordNext, pair(cur.pos, next.word)),
		mix(fWordPOSNext, pair(cur.word, next.pos)),
		mix(fLastRunePrev, prev.last),
	)
	if junk[i] {
		f = append(f, fJunk)
	}
	return f
}
