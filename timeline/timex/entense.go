package timex

import (
	"sort"
	"strings"
)

// edNotPast are words in -ed that are not past-tense verbs.
var edNotPast = map[string]bool{
	"need": true, "speed": true, "indeed": true, "hundred": true, "united": true, "red": true,
	"bed": true, "feed": true, "seed": true, "shed": true, "limited": true, "based": true,
	"related": true, "expected": true, "scheduled": true, "proposed": true, "planned": true,
	"supposed": true, "used": true, "embed": true, "exceed": true, "proceed": true, "succeed": true,
}

// tenseAt tells the tense of the clause around tokens [start, end): that of
// the nearest tense marker outside them (will, 'll, is set to … for the
// future; was, said, -ed verbs … for the past).
func (p *enParser) tenseAt(start, end int) tense {
	if !p.marksFound {
		p.marksFound = true
		futureUntil := -1 // "will be held": the participle after a future auxiliary is not past
		for i := range p.toks {
			t := &p.toks[i]
			if t.kind != tkWord {
				continue
			}
			if i <= futureUntil && t.flags&fFuture == 0 {
				continue
			}
			switch {
			case t.flags&fFuture != 0:
				p.marks = append(p.marks, tenseMark{i, tenseFuture})
				if t.cls == clsNone {
					futureUntil = i + 3 // an auxiliary, not "next" or "tomorrow"
				}
			case p.wordIs(i+1, "to") && futureBeforeTo(strings.ToLower(p.word(i))):
				p.marks = append(p.marks, tenseMark{i, tenseFuture})
				futureUntil = i + 3
			case t.flags&fPast != 0:
				p.marks = append(p.marks, tenseMark{i, tensePast})
			default:
				w := p.s[t.s:t.e]
				// "hosted by", "backed by": a participle, not the past tense
				if len(w) >= 5 && !t.cap && strings.HasSuffix(w, "ed") && !edNotPast[w] && !p.wordIs(i+1, "by") {
					p.marks = append(p.marks, tenseMark{i, tensePast})
				}
			}
		}
	}
	best, bestD := tenseNone, 1<<30
	// marks are in token order: look only at those near enough to count
	lo := sort.Search(len(p.marks), func(k int) bool { return p.marks[k].i >= start-maxTenseDistance })
	for _, m := range p.marks[lo:] {
		if m.i >= end+maxTenseDistance {
			break
		}
		d := 0
		switch {
		case m.i < start:
			d = start - m.i
		case m.i >= end:
			d = m.i - end + 1
		default:
			continue
		}
		if d > maxTenseDistance {
			continue
		}
		if p.clauseBreak(min(m.i, start), max(m.i, end-1)) {
			d += clauseBreakCost
		}
		if d > maxTenseDistance {
			continue
		}
		if d < bestD || d == bestD && m.t == tenseFuture {
			best, bestD = m.t, d
		}
	}
	return best
}

// clauseBreakCost is the distance a comma or a subordinating word adds
// between a marker and an expression: "will close on March 3 if approved".
const clauseBreakCost = 5

// clauseBreak reports whether a clause boundary lies strictly between
// tokens i and j.
func (p *enParser) clauseBreak(i, j int) bool {
	for k := i + 1; k < j; k++ {
		t := &p.toks[k]
		if t.kind == tkPunct && (t.punct == ',' || t.punct == ';' || t.punct == ':') {
			return true
		}
		if t.kind == tkWord && t.cls == clsNone {
			switch strings.ToLower(p.s[t.s:t.e]) {
			case "if", "that", "which", "who", "because", "while", "when", "although", "unless":
				return true
			}
		}
	}
	return false
}

// maxTenseDistance is how many tokens away a tense marker may be and still
// belong to the clause of an expression.
const maxTenseDistance = 10

func futureBeforeTo(w string) bool {
	switch w {
	case "going", "set", "expected", "due", "scheduled", "poised", "plans", "planning", "plan", "intends", "likely":
		return true
	}
	return false
}
