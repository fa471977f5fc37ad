package timex

import (
	"strings"
	"sync"
	"time"
)

// enParser holds one English sentence while the rules walk its tokens.
type enParser struct {
	s    string
	toks []token
	a    anchorDate
	opts Options

	marks      []tenseMark // clause-tense markers, found on first need
	marksFound bool

	lastDecadeEnd int // token index just after the last decade read ("the 70s and 80s")

	ref *Timex  // the last calendar expression of earlier sentences, or nil
	out []Timex // expressions found so far in this sentence
}

type tenseMark struct {
	i int
	t tense
}

// sem is what a rule read: the kind of expression and its value.
type sem struct {
	typ   string
	value string
	gran  Granularity
	rel   bool
	// comparison: see Timex.comparison
	comparison bool
}

// match is a rule's result: tokens [start, end) and their meaning. the is
// set when a preceding "the" belongs to the expression ("the fourth quarter").
type match struct {
	start, end int
	sem
	the bool
}

var noTok = token{}

// tokenPool recycles token buffers: most sentences are tokenised only to
// find that they hold no date.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 64); return &b }}

func tagEnglish(s string, a anchorDate, opts Options, ref *Timex) []Timex {
	buf := tokenPool.Get().(*[]token)
	defer func() {
		if cap(*buf) <= 4096 {
			tokenPool.Put(buf)
		}
	}()
	toks, trigger := tokenizeEnglish(s, (*buf)[:0])
	*buf = toks
	if !trigger {
		return nil
	}
	p := &enParser{s: s, toks: toks, a: a, opts: opts, lastDecadeEnd: -1, ref: ref}
	for i := 0; i < len(toks); {
		m, ok := p.at(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		start, end := toks[m.start].s, toks[m.end-1].e
		p.out = append(p.out, Timex{Start: start, End: end, Text: s[start:end], Type: m.typ,
			Value: m.value, Granularity: m.gran, Relative: m.rel, comparison: m.comparison})
		i = m.end
	}
	return p.out
}

func (p *enParser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &noTok
	}
	return &p.toks[i]
}

func (p *enParser) is(i int, c wordClass) bool {
	t := p.tok(i)
	return t.kind == tkWord && t.cls == c
}

func (p *enParser) punct(i int, c byte) bool {
	t := p.tok(i)
	return t.kind == tkPunct && t.punct == c
}

// touch reports whether token i follows token i-1 without a space.
func (p *enParser) touch(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i-1].e == p.toks[i].s
}

func (p *enParser) word(i int) string {
	t := p.tok(i)
	if t.kind != tkWord {
		return ""
	}
	return p.s[t.s:t.e]
}

func (p *enParser) wordIs(i int, w string) bool { return strings.EqualFold(p.word(i), w) }

// smallNum is a plain number token of at most two digits in [lo, hi].
func (p *enParser) smallNum(i, lo, hi int) bool {
	t := p.tok(i)
	return t.kind == tkNum && !t.group && t.digits <= 2 && t.val >= lo && t.val <= hi
}

func ordinalSuffix(s string) bool {
	return s == "" || s == "st" || s == "nd" || s == "rd" || s == "th"
}

// yearAt reads a four-digit year at token i.
func (p *enParser) yearAt(i int) (int, bool) {
	t := p.tok(i)
	if t.kind != tkNum || t.group || t.digits != 4 || t.suffix != "" || t.val < 1000 || t.val > 2099 {
		return 0, false
	}
	if p.punct(i+1, ':') && p.touch(i+1) || p.punct(i+1, '%') {
		return 0, false
	}
	return t.val, true
}

// at tries every rule at token i.
func (p *enParser) at(i int) (match, bool) {
	if p.is(i, clsThe) {
		if m, ok := p.modOrCore(i+1, false); ok && m.the && m.start == i+1 {
			m.start = i
			return m, true
		}
	}
	return p.modOrCore(i, false)
}

func (p *enParser) modOrCore(i int, cued bool) (match, bool) {
	t := p.tok(i)
	if t.kind == tkWord && t.cls == clsMod {
		if m, ok := p.modified(i); ok {
			return m, true
		}
	}
	return p.core(i, cued)
}

// modified reads "early 2022", "mid-March", "late last year", "earlier this
// week", "late in the day", "the end of next month": the value is that of
// the modified expression (TimeML keeps the nuance in a mod attribute).
func (p *enParser) modified(i int) (match, bool) {
	kind := modKind(p.tok(i).val)
	k := i + 1
	switch kind {
	case modEnd, modBeginning, modMiddle:
		if !p.is(k, clsOf) {
			return match{}, false
		}
		k++
		if p.is(k, clsThe) {
			if u := p.tok(k + 1); u.kind == tkWord && u.cls == clsUnit && p.a.ok {
				if s, ok := p.thisUnit(unit(u.val)); ok {
					return match{start: i, end: k + 2, sem: s, the: true}, true
				}
			}
		}
		m, ok := p.core(k, true)
		if !ok || !coarse(m.gran) {
			return match{}, false
		}
		m.start, m.the = i, true
		return m, true
	}
	if p.punct(k, '-') && p.touch(k) {
		k++
	}
	// "late in the day", "earlier in the year"
	if p.is(k, clsNone) && p.wordIs(k, "in") && p.is(k+1, clsThe) {
		if u := p.tok(k + 2); u.kind == tkWord && u.cls == clsUnit {
			if s, ok := p.thisUnit(unit(u.val)); ok {
				return match{start: i, end: k + 3, sem: s}, true
			}
		}
	}
	m, ok := p.core(k, true)
	if !ok || m.start != k {
		return match{}, false
	}
	if kind == modEarlier || kind == modLater {
		// only "earlier this year", "later today": a bare "later" is not a date
		first := p.tok(k)
		if !(first.cls == clsRel && relKind(first.val) == relThis || first.cls == clsDeictic) {
			return match{}, false
		}
	} else if !coarse(m.gran) {
		return match{}, false
	}
	m.start = i
	return m, true
}

// coarse granularities take early/late/mid and the end of.
func coarse(g Granularity) bool {
	switch g {
	case Century, Decade, Year, Quarter, Month, Week:
		return true
	}
	return false
}

// core tries the rules that do not start with a modifier. cued is set when
// a modifier or preposition already announced a date ("mid-March").
func (p *enParser) core(i int, cued bool) (match, bool) {
	t := p.tok(i)
	switch t.kind {
	case tkNum:
		if m, ok := p.numericDate(i); ok {
			return p.extendTime(m), true
		}
		if m, ok := p.dayMonth(i); ok {
			return p.extendTime(m), true
		}
		if t.digits == 4 {
			if m, ok := p.bareClock(i); ok { // "1930 GMT" before the year 1930
				return m, true
			}
		}
		if m, ok := p.count(i); ok {
			return m, true
		}
		if m, ok := p.century(i); ok {
			return m, true
		}
		if m, ok := p.yearOrDecade(i, cued); ok {
			return m, true
		}
		return p.bareClock(i)
	case tkPunct:
		if t.punct == '\'' {
			return p.yearOrDecade(i+1, true)
		}
		return match{}, false
	}
	switch t.cls {
	case clsMonth, clsMonthAbbr:
		m, ok := p.monthDate(i, cued)
		if ok {
			return p.extendTime(m), true
		}
	case clsWeekday:
		m, ok := p.weekday(i)
		if ok {
			return p.extendTime(m), true
		}
	case clsDeictic:
		return p.deictic(i)
	case clsRel:
		return p.relative(i)
	case clsOrdinal, clsQ:
		return p.quarter(i)
	case clsSeason:
		return p.season(i, cued)
	case clsNumWord, clsA, clsTimes:
		return p.count(i)
	case clsRef:
		return p.vague(i)
	case clsEvery, clsSetAdj, clsWeekdayPl:
		return p.set(i)
	case clsDecadeWord:
		if p.is(i-1, clsThe) || cued {
			y := 1900 + t.val*10
			return match{start: i, end: i + 1, sem: sem{typ: Date, value: decadeValue(y), gran: Decade}, the: true}, true
		}
	case clsUnit:
		if m, ok := p.unitAround(i); ok {
			return m, true
		}
		// "its best week since November": the week of the report
		if superlatives[strings.ToLower(p.word(i-1))] && (p.wordIs(i+1, "since") || p.wordIs(i+1, "in")) &&
			!strings.HasSuffix(strings.ToLower(p.word(i)), "s") {
			if s, ok := p.thisUnit(unit(t.val)); ok {
				return match{start: i, end: i + 1, sem: s}, true
			}
		}
		// "years ago", "decades ago": some time before, not a calendar date
		if strings.HasSuffix(strings.ToLower(p.word(i)), "s") && !p.is(i-1, clsConsec) && p.tok(i-1).kind != tkNum && p.tok(i-1).cls != clsNumWord {
			if p.is(i+1, clsAgo) {
				return match{start: i, end: i + 2, sem: sem{typ: Date, value: "PAST_REF", rel: true}}, true
			}
			// "days after the vote": counted from an event, a date we cannot resolve
			if p.wordIs(i+1, "after") || p.wordIs(i+1, "later") {
				return match{start: i, end: i + 2, sem: sem{typ: Date, gran: unitGran(unit(p.tok(i).val)), rel: true}}, true
			}
		}
	case clsHoliday:
		return p.holiday(i)
	case clsFiscal:
		if y, ok := p.yearAt(i + 1); ok {
			return match{start: i, end: i + 2, sem: sem{typ: Date, value: yearValue(y), gran: Year}}, true
		}
	case clsThe:
		return p.theDay(i)
	case clsSame:
		return p.same(i)
	case clsThat:
		return p.that(i)
	}
	return match{}, false
}

// relSem builds the meaning of a relative expression; with no anchor the
// value stays empty.
func (p *enParser) relSem(typ string, g Granularity, value func(a time.Time) string) sem {
	s := sem{typ: typ, gran: g, rel: true}
	if p.a.ok {
		s.value = plausible(value(p.a.t), p.a.t)
	}
	return s
}

func absDay(t time.Time) sem { return sem{typ: Date, value: dayValue(t), gran: Day} }
