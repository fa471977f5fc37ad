package timex

import "strings"

// Expressions that refer back to a date named earlier: "the same month",
// "that year", "the year before", "the following day", "a year earlier",
// "the same period last year". They resolve against the referent (the last
// calendar expression of the sentence, else of the document's earlier
// sentences) and are never guessed when it is missing, except where the
// phrase also counts from the report's own time ("last year", "a year ago").

// referent is the expression an anaphoric one counts from: the last
// calendar expression of this sentence so far, else of the earlier ones.
func (p *enParser) referent() *Timex {
	for k := len(p.out) - 1; k >= 0; k-- {
		if p.out[k].referable() {
			return &p.out[k]
		}
	}
	return p.ref
}

// singularUnit reports the unit named by token k when it is a singular
// unit word ("month", not "months").
func (p *enParser) singularUnit(k int) (unit, bool) {
	t := p.tok(k)
	if t.kind != tkWord || t.cls != clsUnit || strings.HasSuffix(strings.ToLower(p.word(k)), "s") {
		return 0, false
	}
	return unit(t.val), true
}

// periodWord reads the unit after "same": a unit word, or "period" and
// "time" for the period named before, whatever its size.
func (p *enParser) periodWord(k int) (unit, bool) {
	if u, ok := p.singularUnit(k); ok {
		return u, true
	}
	if p.wordIs(k, "period") || p.wordIs(k, "time") {
		return uPeriod, true
	}
	return 0, false
}

// same reads "the same day", "the same month a year ago", "the same period
// last year" and "that same week" (i at "same"): the period named before,
// or that period some years back.
func (p *enParser) same(i int) (match, bool) {
	if !p.is(i-1, clsThe) && !p.is(i-1, clsThat) {
		return match{}, false
	}
	u, ok := p.periodWord(i + 1)
	if !ok {
		return match{}, false
	}
	if years, end, ok := p.yearsBack(i + 2); ok {
		v, g := samePeriodYearsBack(p.referent(), p.a, u, years)
		return match{start: i, end: end, sem: sem{typ: Date, value: v, gran: g, rel: true, comparison: true}, the: true}, true
	}
	if u == uPeriod {
		return match{}, false // "at the same time that …"
	}
	v, g := periodOf(p.referent(), u)
	return match{start: i, end: i + 2, sem: sem{typ: Date, value: v, gran: g, rel: true}, the: true}, true
}

// yearsBack reads what follows "the same month" to move it back: "last
// year", "the previous year", "a year ago", "a year earlier", "two years
// before". It returns the number of years and the end of the phrase.
func (p *enParser) yearsBack(k int) (int, int, bool) {
	if p.is(k, clsThe) && p.is(k+1, clsRel) && p.rel(k+1) == relPast {
		k++ // "the previous year"
	} else if p.is(k, clsRel) && p.rel(k) != relLast {
		return 0, 0, false
	}
	if p.is(k, clsRel) {
		if u, ok := p.singularUnit(k + 1); ok && u == uYear {
			return 1, k + 2, true
		}
		return 0, 0, false
	}
	n, ok := p.amount(k)
	if !ok || n < 1 {
		return 0, 0, false
	}
	e := k + 1
	if u := p.tok(e); u.kind != tkWord || u.cls != clsUnit || unit(u.val) != uYear {
		return 0, 0, false
	}
	switch {
	case p.is(e+1, clsAgo), p.is(e+1, clsMod) && modKind(p.tok(e+1).val) == modEarlier, p.wordIs(e+1, "before"):
		return n, e + 2, true
	}
	return 0, 0, false
}

// rel is the relKind of token k.
func (p *enParser) rel(k int) relKind { return relKind(p.tok(k).val) }

// that reads "that day", "that month", "that year", "that same week": the
// period named before, unresolved when nothing was. "that year-end" is a
// compound and "that days" no date.
func (p *enParser) that(i int) (match, bool) {
	k := i + 1
	if reportVerbs[strings.ToLower(p.word(i-1))] {
		return match{}, false // "said that day traders …": a conjunction
	}
	if p.is(k, clsSame) {
		m, ok := p.same(k)
		m.start, m.the = i, false
		return m, ok
	}
	u, ok := p.singularUnit(k)
	if !ok || u == uWeekend || unitGran(u) == Day && u != uDay || p.punct(k+1, '-') && p.touch(k+1) {
		return match{}, false
	}
	v, g := periodOf(p.referent(), u)
	return match{start: i, end: k + 1, sem: sem{typ: Date, value: v, gran: g, rel: true}}, true
}

// unitAround reads "the year before", "the day after", "the year previous",
// "the month prior" (i at the unit after "the"): the unit before or after
// the one named before. A word after it that starts a phrase makes
// "before" a preposition ("the day before the vote"), which is not read.
func (p *enParser) unitAround(i int) (match, bool) {
	u, ok := p.singularUnit(i)
	if !ok || !p.is(i-1, clsThe) || u == uWeekend || unitGran(u) == Day && u != uDay {
		return match{}, false
	}
	k := i + 1
	if p.wordIs(k, "before") && p.is(k+1, clsRel) && p.rel(k+1) == relLast {
		// "the year before last": counted from the report, not a referent
		s, ok := p.shiftUnit(u, -2)
		return match{start: i, end: k + 2, sem: s, the: true}, ok
	}
	step := 0
	switch {
	case p.wordIs(k, "before"), p.wordIs(k, "previous"), p.wordIs(k, "prior"), p.wordIs(k, "earlier"):
		step = -1
	case p.wordIs(k, "after"):
		step = 1
	default:
		return match{}, false
	}
	if !p.phraseEnds(k + 1) {
		return match{}, false
	}
	v := fromReferent(p.referent(), p.a, u, step, false)
	return match{start: i, end: k + 1, sem: sem{typ: Date, value: v, gran: unitGran(u), rel: true}, the: true}, true
}

// phraseEnds reports whether token k closes the phrase before it: the end
// of the sentence, a punctuation mark (not an opening one), or a
// conjunction.
func (p *enParser) phraseEnds(k int) bool {
	t := p.tok(k)
	switch t.kind {
	case 0: // past the last token
		return true
	case tkPunct:
		return t.punct != '(' && t.punct != '$' && t.punct != '"' && t.punct != '\''
	case tkWord:
		return t.cls == clsAnd || p.wordIs(k, "but") || p.wordIs(k, "when") || p.wordIs(k, "while")
	}
	return false
}

// reportVerbs are verbs after which "that" is usually a conjunction
// opening a clause, not a determiner: "said that day traders lost".
var reportVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "added": true,
	"noted": true, "stated": true, "announced": true, "believe": true, "believes": true, "believed": true,
	"think": true, "thinks": true, "thought": true, "know": true, "knew": true, "hope": true, "hoped": true,
	"expect": true, "expected": true, "warned": true, "argued": true, "claimed": true, "reported": true,
	"found": true, "showed": true, "shows": true, "means": true, "meant": true}
