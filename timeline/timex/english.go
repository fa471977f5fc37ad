package timex

import (
	"fmt"
	"sort"
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

func tagEnglish(s string, a anchorDate, opts Options) []Timex {
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
	p := &enParser{s: s, toks: toks, a: a, opts: opts, lastDecadeEnd: -1}
	var out []Timex
	for i := 0; i < len(toks); {
		m, ok := p.at(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		start, end := toks[m.start].s, toks[m.end-1].e
		out = append(out, Timex{Start: start, End: end, Text: s[start:end], Type: m.typ,
			Value: m.value, Granularity: m.gran, Relative: m.rel})
		i = m.end
	}
	return out
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
		return p.ref(i)
	case clsEvery, clsSetAdj, clsWeekdayPl:
		return p.set(i)
	case clsDecadeWord:
		if p.is(i-1, clsThe) || cued {
			y := 1900 + t.val*10
			return match{start: i, end: i + 1, sem: sem{typ: Date, value: decadeValue(y), gran: Decade}, the: true}, true
		}
	case clsUnit:
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
		// "the same day": the day of an event named before, not known here
		// "the same period a year earlier", "the same month last year": a
		// period of an earlier year that the sentence names elsewhere
		u := p.tok(i + 1)
		isUnit := u.kind == tkWord && u.cls == clsUnit && !strings.HasSuffix(strings.ToLower(p.word(i+1)), "s")
		if !p.is(i-1, clsThe) || !(isUnit || p.wordIs(i+1, "period") || p.wordIs(i+1, "time")) {
			break
		}
		g := Day
		if isUnit {
			g = unitGran(unit(u.val))
		}
		end := i + 2
		if m, ok := p.core(end, false); ok && m.start == end && m.gran == Year && m.rel {
			end = m.end // "a year ago", "last year", "a year earlier"
		} else if !isUnit {
			break // "at the same time that …"
		}
		return match{start: i, end: end, sem: sem{typ: Date, gran: g, rel: true}, the: true}, true
	}
	return match{}, false
}

// superlatives make "week" in "its best week since November" the
// current week.
var superlatives = map[string]bool{"best": true, "worst": true, "biggest": true, "largest": true,
	"highest": true, "lowest": true, "strongest": true, "weakest": true, "busiest": true, "sharpest": true}

// century reads "the 20th century" and "the 21st century".
func (p *enParser) century(i int) (match, bool) {
	t := p.tok(i)
	if !p.smallNum(i, 1, 30) || t.suffix == "" || !ordinalSuffix(t.suffix) || !p.wordIs(i+1, "century") {
		return match{}, false
	}
	return match{start: i, end: i + 2, sem: sem{typ: Date, value: fmt.Sprintf("%02d", t.val-1), gran: Century}, the: true}, true
}

// holidays are fixed-date holidays named in news, by their first word and
// the words that must follow it.
var holidays = []struct {
	words []string
	month int
	day   int
}{
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas"}, 12, 25},
	{[]string{"halloween"}, 10, 31},
	{[]string{"valentine", "'", "s", "day"}, 2, 14},
	{[]string{"new", "year", "'", "s", "eve"}, 12, 31},
	{[]string{"new", "year", "'", "s", "day"}, 1, 1},
}

// holiday reads "Christmas", "Christmas Eve", "New Year's Day": the nearest
// one by tense, like a month and day without a year.
func (p *enParser) holiday(i int) (match, bool) {
	if !p.tok(i).cap {
		return match{}, false
	}
	for _, h := range holidays {
		k := i
		ok := true
		for _, w := range h.words {
			t := p.tok(k)
			switch {
			case w == "'" && t.kind == tkPunct && t.punct == '\'':
			case w != "'" && t.kind == tkWord && strings.EqualFold(p.s[t.s:t.e], w):
			default:
				ok = false
			}
			if !ok {
				break
			}
			k++
		}
		if !ok {
			continue
		}
		y3 := k
		if p.punct(y3, ',') {
			y3++
		}
		if y, ok := p.yearAt(y3); ok {
			return match{start: i, end: y3 + 1, sem: absDay(date(y, h.month, h.day))}, true
		}
		tn := p.tenseAt(i, k)
		return match{start: i, end: k, sem: p.relSem(Date, Day, func(a time.Time) string {
			dt, _ := dayByTense(a, h.month, h.day, tn)
			return dayValue(dt)
		})}, true
	}
	return match{}, false
}

// relSem builds the meaning of a relative expression; with no anchor the
// value stays empty.
func (p *enParser) relSem(typ string, g Granularity, value func(a time.Time) string) sem {
	s := sem{typ: typ, gran: g, rel: true}
	if p.a.ok {
		s.value = value(p.a.t)
	}
	return s
}

func absDay(t time.Time) sem { return sem{typ: Date, value: dayValue(t), gran: Day} }

// numericDate reads 2025-02-07, 2025/02/07, 2/7/2025 (7/2/2025 with
// DayFirst) and 07.02.2025 (always day first).
func (p *enParser) numericDate(i int) (match, bool) {
	s := p.s
	j := p.toks[i].s
	run := func(j int) (int, int) {
		n, k := 0, j
		for k < len(s) && isDigit(s[k]) && k-j < 5 {
			n = n*10 + int(s[k]-'0')
			k++
		}
		return n, k
	}
	a, j1 := run(j)
	if j1 >= len(s) || (s[j1] != '-' && s[j1] != '/' && s[j1] != '.') {
		return match{}, false
	}
	sep := s[j1]
	b, j2 := run(j1 + 1)
	if j2 == j1+1 || j2 >= len(s) || s[j2] != sep {
		return match{}, false
	}
	c, j3 := run(j2 + 1)
	if j3 == j2+1 {
		return match{}, false
	}
	if j3 < len(s) && (isDigit(s[j3]) || s[j3] == sep || (s[j3] == '.' || s[j3] == ',') && j3+1 < len(s) && isDigit(s[j3+1])) {
		return match{}, false
	}
	la, lb, lc := j1-j, j2-j1-1, j3-j2-1
	var y, m, d int
	switch {
	case la == 4 && lb <= 2 && lc <= 2:
		y, m, d = a, b, c
	case la <= 2 && lb <= 2 && (lc == 4 || lc == 2 && sep == '/'):
		y, m, d = c, a, b
		if p.opts.DayFirst || sep == '.' {
			m, d = b, a
		}
		if lc == 2 {
			y += 2000
			if p.a.ok && y > p.a.t.Year()+1 {
				y -= 100
			}
		}
	default:
		return match{}, false
	}
	if !validDay(y, m, d) {
		return match{}, false
	}
	k := i
	for k < len(p.toks) && p.toks[k].s < j3 {
		k++
	}
	if p.toks[k-1].e != j3 { // the last token runs past the date ("2025-02-07abc")
		return match{}, false
	}
	return match{start: i, end: k, sem: absDay(date(y, m, d))}, true
}

// monthDate reads "February 7, 2025", "Feb. 7", "March 12 2009",
// "January 2005", "January of 2009" and a month alone ("in September").
func (p *enParser) monthDate(i int, cued bool) (match, bool) {
	t := p.tok(i)
	if !t.cap {
		return match{}, false
	}
	mo := t.val
	abbr := t.cls == clsMonthAbbr
	k := i + 1
	if abbr && p.punct(k, '.') && p.touch(k) {
		k++
	}
	if p.smallNum(k, 1, 31) && ordinalSuffix(p.tok(k).suffix) && !(p.punct(k+1, ':') && p.touch(k+1)) {
		d := p.tok(k).val
		y3 := k + 1
		if p.punct(y3, ',') {
			y3++
		}
		if y, ok := p.yearAt(y3); ok && validDay(y, mo, d) {
			return match{start: i, end: y3 + 1, sem: absDay(date(y, mo, d))}, true
		}
		if !validDay(2000, mo, d) { // 2000 is a leap year: Feb 29 passes
			return match{}, false
		}
		tn := p.tenseAt(i, k+1)
		s := sem{typ: Date, gran: Day, rel: true}
		if p.a.ok {
			if dt, ok := dayByTense(p.a.t, mo, d, tn); ok {
				s.value = dayValue(dt)
			}
		}
		return match{start: i, end: k + 1, sem: s}, true
	}
	y3 := k
	if p.is(y3, clsOf) || p.punct(y3, ',') {
		y3++
	}
	if y, ok := p.yearAt(y3); ok {
		return match{start: i, end: y3 + 1, sem: sem{typ: Date, value: monthValue(y, mo), gran: Month}}, true
	}
	if abbr || k != i+1 {
		return match{}, false
	}
	prev := p.tok(i - 1)
	cue := cued || prev.kind == tkWord && prev.flags&fCue != 0 || p.is(i-1, clsOf)
	if mo == 5 || mo == 3 { // May and March are also a verb, a modal and names
		if !cue {
			return match{}, false
		}
	}
	if next := p.tok(i + 1); next.kind == tkWord && next.cap && next.cls != clsWeekday && !cue {
		return match{}, false // a name: "April Ryan"
	}
	if prev.kind == tkWord && prev.cap && !cue && i > 0 && prev.flags == 0 && prev.cls == clsNone {
		return match{}, false // "Mary June"
	}
	tn := p.tenseAt(i, i+1)
	return match{start: i, end: i + 1, sem: p.relSem(Date, Month, func(a time.Time) string {
		return monthValue(monthByTense(a, mo, tn), mo)
	})}, true
}

// dayMonth reads "7 February 2025", "7th Feb", "the 7th of February".
func (p *enParser) dayMonth(i int) (match, bool) {
	t := p.tok(i)
	if !p.smallNum(i, 1, 31) || !ordinalSuffix(t.suffix) {
		return match{}, false
	}
	k := i + 1
	if p.is(k, clsOf) && t.suffix != "" {
		k++
	}
	mt := p.tok(k)
	if mt.kind != tkWord || (mt.cls != clsMonth && mt.cls != clsMonthAbbr) || !mt.cap {
		return match{}, false
	}
	mo, d := mt.val, t.val
	k++
	if p.punct(k, '.') && p.touch(k) && mt.cls == clsMonthAbbr {
		k++
	}
	y3 := k
	if p.punct(y3, ',') {
		y3++
	}
	if y, ok := p.yearAt(y3); ok && validDay(y, mo, d) {
		return match{start: i, end: y3 + 1, sem: absDay(date(y, mo, d)), the: true}, true
	}
	if !validDay(2000, mo, d) || (mo == 5 || mo == 3) && p.tok(k).kind == tkWord && !p.tok(k).cap && p.tok(k).cls == clsNone {
		return match{}, false // "3 may be": a modal
	}
	tn := p.tenseAt(i, k)
	s := sem{typ: Date, gran: Day, rel: true}
	if p.a.ok {
		if dt, ok := dayByTense(p.a.t, mo, d, tn); ok {
			s.value = dayValue(dt)
		}
	}
	return match{start: i, end: k, sem: s, the: true}, true
}

// weekday reads "Friday", "Friday, February 7, 2025" and "Friday morning".
func (p *enParser) weekday(i int) (match, bool) {
	t := p.tok(i)
	if !t.cap {
		return match{}, false
	}
	k := i + 1
	if p.punct(k, ',') {
		k++
	}
	wd := time.Weekday(t.val)
	if next := p.tok(i + 1); next.kind == tkWord && next.cap && next.cls != clsMonth && next.cls != clsMonthAbbr && next.cls != clsPartDay && !p.is(i-1, clsOn) {
		return match{}, false // a name: "the Sunday Times"
	}
	m, ok := p.monthDate(k, true)
	if !ok || m.gran != Day {
		m, ok = p.dayMonth(k)
	}
	if ok {
		m.start = i
		if m.rel && p.a.ok {
			m.value = p.yearOfWeekday(m.value, wd)
		}
		return m, true
	}
	tn := p.tenseAt(i, i+1)
	return match{start: i, end: i + 1, sem: p.relSem(Date, Day, func(a time.Time) string {
		return dayValue(weekdayByTense(a, wd, tn))
	})}, true
}

// yearOfWeekday moves a day named with its weekday but no year ("Tuesday,
// December 4") to the year, within one of the anchor's, where that day
// falls on that weekday, when exactly one does.
func (p *enParser) yearOfWeekday(value string, wd time.Weekday) string {
	t, err := time.Parse("2006-01-02", value)
	if err != nil || t.Weekday() == wd {
		return value
	}
	found := ""
	for y := p.a.t.Year() - 1; y <= p.a.t.Year()+1; y++ {
		if c := date(y, int(t.Month()), t.Day()); c.Day() == t.Day() && c.Weekday() == wd {
			if found != "" {
				return value
			}
			found = dayValue(c)
		}
	}
	if found == "" {
		return value
	}
	return found
}

// extendTime adds a part of the day or a clock time to a day: "Friday
// morning", "February 7, 2025, at 3:30 p.m. UTC".
func (p *enParser) extendTime(m match) match {
	if m.gran != Day {
		return m
	}
	k := m.end
	if pd := p.tok(k); pd.kind == tkWord && pd.cls == clsPartDay {
		m.end = k + 1
		m.typ = Time
		if m.value != "" {
			m.value += "T" + partCodes[pd.val]
		}
		return m
	}
	if p.punct(k, ',') {
		k++
	}
	if p.is(k, clsAt) {
		k++
	}
	if end, h, mi, zone, ok := p.clock(k); ok {
		m.end = end
		m.typ = Time
		m.gran = Minute
		if m.value != "" {
			m.value += fmt.Sprintf("T%02d:%02d", h, mi)
			if zone {
				m.value += "Z"
			}
		}
	}
	return m
}

// bareClock reads a time of day named without its day, "at 3 p.m.": a
// TIME whose day stays unknown (TimeML's XXXX-XX-XX), never a calendar date.
func (p *enParser) bareClock(i int) (match, bool) {
	if p.touch(i) && p.tok(i-1).kind == tkPunct && strings.IndexByte("$.,:/", p.tok(i-1).punct) >= 0 {
		return match{}, false
	}
	end, h, mi, utc, ok := p.clock(i)
	if !ok {
		return match{}, false
	}
	v := fmt.Sprintf("XXXX-XX-XXT%02d:%02d", h, mi)
	if utc {
		v += "Z"
	}
	return match{start: i, end: end, sem: sem{typ: Time, value: v, gran: Minute}}, true
}

// clock reads "3 p.m.", "15:30", "8:30 a.m. UTC". A bare number is not a
// time: it needs minutes or a.m./p.m.
func (p *enParser) clock(k int) (end, h, mi int, utc, ok bool) {
	t := p.tok(k)
	if t.kind != tkNum || t.group || t.digits > 2 || t.val > 24 {
		return
	}
	h = t.val
	end = k + 1
	marked := false
	switch t.suffix {
	case "am", "pm":
		marked = true
		if t.suffix == "pm" && h < 12 {
			h += 12
		}
	case "":
	default:
		return
	}
	if !marked && p.punct(end, ':') && p.touch(end) && p.smallNum(end+1, 0, 59) && p.tok(end+1).digits == 2 {
		mi = p.tok(end + 1).val
		marked = true
		suf := p.tok(end + 1).suffix
		end += 2
		if suf == "pm" && h < 12 {
			h += 12
		}
		if suf == "am" || suf == "pm" {
			return end, h, mi, false, h < 24
		}
	}
	// a.m. / p.m. / am / pm as separate tokens
	if w := strings.ToLower(p.word(end)); w == "a" || w == "p" || w == "am" || w == "pm" {
		e := end + 1
		if w == "a" || w == "p" {
			if p.punct(e, '.') && p.wordIs(e+1, "m") {
				e += 2
				if p.punct(e, '.') {
					e++
				}
			} else {
				e = -1
			}
		}
		if e > 0 {
			if w[0] == 'p' && h < 12 {
				h += 12
			}
			if w[0] == 'a' && h == 12 {
				h = 0
			}
			end = e
			marked = true
		}
	}
	if !marked || h > 23 {
		return 0, 0, 0, false, false
	}
	if z := p.tok(end); z.kind == tkWord && z.cls == clsZone {
		utc = p.wordIs(end, "utc") || p.wordIs(end, "gmt") || p.wordIs(end, "z")
		end++
	}
	return end, h, mi, utc, true
}

// measureWords follow a number that counts things rather than names a year.
var measureWords = map[string]bool{
	"people": true, "police": true, "staff": true, "personnel": true, "yen": true, "won": true,
	"km": true, "kg": true, "feet": true, "foot": true, "head": true, "cattle": true, "per": true,
	"percent": true, "mph": true, "miles": true, "metres": true, "meters": true, "tonnes": true,
	"tons": true, "times": true, "euros": true, "dollars": true, "pounds": true, "acres": true,
	"hectares": true, "degrees": true, "b": true, "m": true, "bn": true, "million": true,
	"billion": true, "thousand": true, "hundred": true, "st": true,
}

// yearOrDecade reads "2008", "1990s", "1990's", "'90s", "the 70s".
func (p *enParser) yearOrDecade(i int, cued bool) (match, bool) {
	t := p.tok(i)
	if t.kind != tkNum || t.group {
		return match{}, false
	}
	prev := p.tok(i - 1)
	if p.touch(i) && prev.kind == tkPunct && strings.IndexByte("$#€£:/.+-", prev.punct) >= 0 && prev.punct != '-' {
		return match{}, false
	}
	if p.touch(i) && prev.kind == tkPunct && prev.punct == '-' {
		// a range "1998-2000" is fine; a phone number "555-2025" is not
		if pp := p.tok(i - 2); pp.kind == tkNum && pp.digits != 4 {
			return match{}, false
		}
	}
	if p.touch(i) && prev.kind == tkPunct && prev.punct == '?' { // a currency sign outside ASCII
		return match{}, false
	}
	apostropheS := p.punct(i+1, '\'') && p.touch(i+1) && p.wordIs(i+2, "s") && p.touch(i+2)
	if t.digits == 2 && (t.suffix == "s" || apostropheS) {
		afterThe := p.is(i-1, clsThe) || p.punct(i-1, '\'') && p.touch(i) ||
			prev.kind == tkWord && prev.flags&fLink != 0 && p.lastDecadeEnd == i-1
		if !afterThe && !cued || p.is(i-1, clsPossPron) {
			return match{}, false
		}
		y := 1900 + t.val
		if p.a.ok && 2000+t.val <= p.a.t.Year() || !p.a.ok && t.val < 30 {
			y = 2000 + t.val
		}
		end := i + 1
		if apostropheS {
			end = i + 3
		}
		p.lastDecadeEnd = end
		return match{start: i, end: end, sem: sem{typ: Date, value: decadeValue(y), gran: Decade}, the: true}, true
	}
	if t.digits != 4 || t.val < 1000 || t.val > 2099 {
		return match{}, false
	}
	if t.suffix == "s" || apostropheS {
		end := i + 1
		if apostropheS {
			end = i + 3
		}
		if t.val%10 != 0 {
			return match{}, false
		}
		p.lastDecadeEnd = end
		return match{start: i, end: end, sem: sem{typ: Date, value: decadeValue(t.val), gran: Decade}, the: true}, true
	}
	if t.suffix != "" {
		return match{}, false
	}
	y, ok := p.yearAt(i)
	if !ok {
		return match{}, false
	}
	next := p.tok(i + 1)
	if next.kind == tkWord && measureWords[strings.ToLower(p.word(i+1))] {
		return match{}, false
	}
	if p.touch(i+1) && next.kind == tkPunct && (next.punct == '-' || next.punct == '/') && p.tok(i+2).kind == tkNum && p.tok(i+2).digits != 4 && p.tok(i+2).digits != 2 {
		return match{}, false
	}
	cue := cued || prev.kind == tkWord && (prev.flags&(fCue|fLink) != 0 || prev.cls == clsThe || prev.cls == clsOf ||
		prev.cls == clsMonth || prev.cls == clsSeason || prev.cls == clsFiscal) || p.wordIs(i-1, "year")
	if !cue {
		if y < 1900 {
			return match{}, false
		}
		if w := strings.ToLower(p.word(i + 1)); next.kind == tkWord && !next.cap && (pluralNoun(w) || w == "were" || w == "are" || w == "have") {
			return match{}, false // "2000 troops"
		}
	}
	return match{start: i, end: i + 1, sem: sem{typ: Date, value: yearValue(y), gran: Year}}, true
}

// pluralNoun guesses that a lower-case word after a number is what it counts.
func pluralNoun(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	switch w {
	case "was", "has", "is", "its", "his", "this", "always", "elections", "olympics", "games", "results",
		"figures", "levels", "accounts", "series", "sales", "earnings", "finals", "playoffs", "as", "does", "says":
		return false
	}
	return true
}

// deictic reads today, yesterday, tomorrow, tonight, and "yesterday morning".
func (p *enParser) deictic(i int) (match, bool) {
	t := p.tok(i)
	if t.cap && i > 0 && p.tok(i-1).kind == tkWord && p.tok(i-1).cap && p.tok(i-1).cls == clsNone {
		return match{}, false // "USA Today"
	}
	off := map[deicticKind]int{dToday: 0, dYesterday: -1, dTomorrow: 1, dTonight: 0}[deicticKind(t.val)]
	m := match{start: i, end: i + 1, sem: p.relSem(Date, Day, func(a time.Time) string {
		return dayValue(a.AddDate(0, 0, off))
	})}
	if deicticKind(t.val) == dTonight {
		m.typ = Time
		if m.value != "" {
			m.value += "TNI"
		}
		return m, true
	}
	return p.extendTime(m), true
}

// theDay reads "the day before yesterday", "the day after tomorrow", "the
// weekend" and the trading day of market reports ("ending the day").
func (p *enParser) theDay(i int) (match, bool) {
	u := p.tok(i + 1)
	if u.kind == tkWord && u.cls == clsUnit && unit(u.val) == uWeekend && p.word(i+1) == "weekend" {
		tn := p.tenseAt(i, i+2)
		return match{start: i, end: i + 2, sem: p.relSem(Date, Week, func(a time.Time) string {
			return weekValue(weekdayByTense(a, time.Saturday, tn)) + "-WE"
		})}, true
	}
	if u.kind == tkWord && u.cls == clsUnit && p.word(i+1) == "day" && dayEndVerbs[strings.ToLower(p.word(i-1))] &&
		!p.is(i+2, clsAfter) && !p.is(i+2, clsOf) {
		return match{start: i, end: i + 2, sem: p.relSem(Date, Day, dayValue)}, true
	}
	if u.kind != tkWord || u.cls != clsUnit || unit(u.val) != uDay || !p.is(i+2, clsAfter) || !p.is(i+3, clsDeictic) {
		return match{}, false
	}
	off := 2
	if p.wordIs(i+2, "before") {
		off = -2
	}
	if (off < 0) != (deicticKind(p.tok(i+3).val) == dYesterday) {
		return match{}, false
	}
	return match{start: i, end: i + 4, sem: p.relSem(Date, Day, func(a time.Time) string {
		return dayValue(a.AddDate(0, 0, off))
	})}, true
}

// dayEndVerbs precede "the day" when it is the day of the report.
var dayEndVerbs = map[string]bool{"end": true, "ended": true, "ending": true, "ends": true, "finish": true,
	"finished": true, "finishing": true, "close": true, "closed": true, "closing": true, "start": true,
	"started": true, "starting": true, "began": true, "begin": true, "for": true}

// thisUnit is the unit of time that holds the anchor: this week, this year.
func (p *enParser) thisUnit(u unit) (sem, bool) {
	return p.shiftUnit(u, 0)
}

// shiftUnit is the unit of time n units away from the anchor's.
func (p *enParser) shiftUnit(u unit, n int) (sem, bool) {
	var g Granularity
	var f func(a time.Time) string
	switch u {
	case uDay:
		g, f = Day, func(a time.Time) string { return dayValue(a.AddDate(0, 0, n)) }
	case uWeek:
		g, f = Week, func(a time.Time) string { return weekValue(a.AddDate(0, 0, 7*n)) }
	case uWeekend:
		g, f = Week, func(a time.Time) string { return weekValue(a.AddDate(0, 0, 7*n)) + "-WE" }
	case uMonth:
		g, f = Month, func(a time.Time) string {
			y, m := addMonths(a.Year(), int(a.Month()), n)
			return monthValue(y, m)
		}
	case uQuarter:
		g, f = Quarter, func(a time.Time) string {
			y, m := addMonths(a.Year(), int(a.Month()), 3*n)
			return quarterValue(y, (m-1)/3+1)
		}
	case uYear:
		g, f = Year, func(a time.Time) string { return yearValue(a.Year() + n) }
	case uDecade:
		g, f = Decade, func(a time.Time) string { return decadeValue(a.Year() + 10*n) }
	case uCentury:
		g, f = Century, func(a time.Time) string { return centuryValue(a.Year() + 100*n) }
	default:
		return sem{}, false
	}
	return p.relSem(Date, g, f), true
}

// relative reads "last week", "this year", "next Friday", "last September",
// "this summer", "last night", "the past decade", "the past two years".
func (p *enParser) relative(i int) (match, bool) {
	kind := relKind(p.tok(i).val)
	k := i + 1
	n := p.tok(k)
	// "the past two years", "the next four years", "the last few months": durations
	if amount, ok := p.amount(k); ok && kind != relThis && kind != relCurrent {
		e := k + 1
		if p.is(k, clsA) {
			e++
		}
		if u := p.tok(e); u.kind == tkWord && u.cls == clsUnit && strings.HasSuffix(strings.ToLower(p.word(e)), "s") {
			return match{start: i, end: e + 1, sem: sem{typ: Duration, value: durationValue(amount, unit(u.val))}, the: true}, true
		}
	}
	if n.kind != tkWord {
		return p.pastRef(i)
	}
	step := 0
	switch kind {
	case relLast, relPast:
		step = -1
	case relNext, relComing:
		step = 1
	case relFollowing:
		if n.cls == clsUnit { // "the following day" counts from a date we do not know
			return match{start: i, end: k + 1, sem: sem{typ: Date, gran: unitGran(unit(n.val)), rel: true}, the: true}, true
		}
		step = 1
	}
	switch n.cls {
	case clsUnit:
		u := unit(n.val)
		if strings.HasSuffix(strings.ToLower(p.word(k)), "s") {
			if kind == relThis || kind == relCurrent || kind == relFollowing {
				return match{}, false
			}
			// "the coming weeks", "the past months": an unsaid number of units
			return match{start: i, end: k + 1, sem: sem{typ: Duration, value: durationValue(-1, u)}, the: true}, true
		}
		if u == uDay && kind == relNext {
			// "the next day" counts from a date we do not know
			return match{start: i, end: k + 1, sem: sem{typ: Date, gran: Day, rel: true}, the: true}, true
		}
		if u == uDay && kind != relPast || u == uHour || u == uMinute || u == uFortnight {
			return match{}, false
		}
		s, ok := p.shiftUnit(u, step)
		return match{start: i, end: k + 1, sem: s, the: true}, ok
	case clsWeekday:
		if !n.cap {
			return match{}, false
		}
		wd := time.Weekday(n.val)
		tn := p.tenseAt(i, k+1)
		m := match{start: i, end: k + 1, sem: p.relSem(Date, Day, func(a time.Time) string {
			back := (int(a.Weekday()) - int(wd) + 7) % 7
			fwd := (int(wd) - int(a.Weekday()) + 7) % 7
			switch {
			case step < 0:
				if back == 0 {
					back = 7
				}
				return dayValue(a.AddDate(0, 0, -back))
			case step > 0:
				if fwd == 0 {
					fwd = 7
				}
				return dayValue(a.AddDate(0, 0, fwd))
			}
			return dayValue(weekdayByTense(a, wd, tn))
		})}
		return p.extendTime(m), true
	case clsMonth:
		if !n.cap {
			return match{}, false
		}
		mo := n.val
		tn := p.tenseAt(i, k+1)
		return match{start: i, end: k + 1, sem: p.relSem(Date, Month, func(a time.Time) string {
			am, y := int(a.Month()), a.Year()
			switch {
			case step < 0:
				if mo >= am {
					y--
				}
			case step > 0:
				if mo <= am {
					y++
				}
			default:
				y = monthByTense(a, mo, tn)
			}
			return monthValue(y, mo)
		})}, true
	case clsSeason:
		se := n.val
		return match{start: i, end: k + 1, sem: p.relSem(Date, Month, func(a time.Time) string {
			return seasonValue(a, se, step, tensePast)
		}), the: true}, true
	case clsPartDay:
		pd := n.val
		off := 0
		if step < 0 && pd == 3 {
			off = -1 // last night
		} else if step != 0 {
			return match{}, false
		}
		return match{start: i, end: k + 1, sem: p.relSem(Time, Day, func(a time.Time) string {
			return dayValue(a.AddDate(0, 0, off)) + "T" + partCodes[pd]
		})}, true
	}
	return p.pastRef(i)
}

// pastRef reads "in the past" as PAST_REF.
func (p *enParser) pastRef(i int) (match, bool) {
	if relKind(p.tok(i).val) == relPast && p.is(i-1, clsThe) && p.wordIs(i-2, "in") {
		return match{start: i, end: i + 1, sem: sem{typ: Date, value: "PAST_REF"}, the: true}, true
	}
	return match{}, false
}

func unitGran(u unit) Granularity {
	switch u {
	case uWeek, uWeekend:
		return Week
	case uMonth:
		return Month
	case uQuarter:
		return Quarter
	case uYear:
		return Year
	case uDecade:
		return Decade
	case uCentury:
		return Century
	}
	return Day
}

// seasonValue is the season se of the year step years from the one the
// anchor is in or last saw it.
func seasonValue(a time.Time, se, step int, tn tense) string {
	start := [...]int{3, 6, 9, 12}[se]
	y := a.Year()
	am := int(a.Month())
	if se == 3 && am <= 2 {
		y-- // January's winter began last December
	}
	switch step {
	case -1:
		if start >= am || se == 3 && am <= 2 {
			y--
		}
	case 1:
		if start <= am && !(se == 3 && am <= 2) {
			y++
		}
	default:
		if tn == tensePast && start > am && se != 3 {
			y--
		}
	}
	return fmt.Sprintf("%04d-%s", y, seasonCodes[se])
}

// quarter reads "the first quarter of 2009", "the fourth quarter",
// "third-quarter", "Q3 2024", "the first half of last year".
func (p *enParser) quarter(i int) (match, bool) {
	t := p.tok(i)
	var q, k int
	half := false
	if t.cls == clsQ {
		if !t.cap || !p.touch(i+1) || !p.smallNum(i+1, 1, 4) || p.tok(i+1).suffix != "" {
			return match{}, false
		}
		q, k = p.tok(i+1).val, i+2
	} else {
		q, k = t.val, i+1
		if p.punct(k, '-') && p.touch(k) {
			k++
		}
		u := p.tok(k)
		switch {
		case u.kind == tkWord && u.cls == clsUnit && unit(u.val) == uQuarter && !strings.HasSuffix(strings.ToLower(p.word(k)), "s"):
		case u.kind == tkWord && u.cls == clsHalf && q <= 2:
			half = true
		default:
			return match{}, false
		}
		if q == 4 && p.wordIs(i, "final") && half {
			return match{}, false
		}
		k++
	}
	code := func(y int) string {
		if half {
			return fmt.Sprintf("%04d-H%d", y, q)
		}
		return quarterValue(y, q)
	}
	gran := Quarter
	if half {
		gran = Month
	}
	y3 := k
	if p.is(y3, clsOf) || p.is(y3, clsFiscal) {
		y3++
		if p.is(y3, clsFiscal) {
			y3++
		}
	}
	if y, ok := p.yearAt(y3); ok {
		return match{start: i, end: y3 + 1, sem: sem{typ: Date, value: code(y), gran: gran}, the: true}, true
	}
	if p.is(k, clsOf) {
		if r := p.tok(k + 1); r.kind == tkWord && r.cls == clsRel {
			if u := p.tok(k + 2); u.kind == tkWord && u.cls == clsUnit && unit(u.val) == uYear {
				off := map[relKind]int{relLast: -1, relPast: -1, relNext: 1, relComing: 1}[relKind(r.val)]
				return match{start: i, end: k + 3, sem: p.relSem(Date, gran, func(a time.Time) string {
					return code(a.Year() + off)
				}), the: true}, true
			}
		}
		if p.is(k+1, clsThe) && p.wordIs(k+2, "year") {
			return match{start: i, end: k + 3, sem: p.relSem(Date, gran, func(a time.Time) string {
				return code(a.Year())
			}), the: true}, true
		}
	}
	tn := p.tenseAt(i, k)
	return match{start: i, end: k, sem: p.relSem(Date, gran, func(a time.Time) string {
		if half {
			return code(a.Year())
		}
		return code(quarterByTense(a, q, tn))
	}), the: true}, true
}

// season reads "summer 2024", "the summer of 2024", "in the spring".
func (p *enParser) season(i int, cued bool) (match, bool) {
	t := p.tok(i)
	se := t.val
	k := i + 1
	if p.is(k, clsOf) {
		k++
	}
	if y, ok := p.yearAt(k); ok {
		return match{start: i, end: k + 1, sem: sem{typ: Date, value: fmt.Sprintf("%04d-%s", y, seasonCodes[se]), gran: Month}, the: true}, true
	}
	prev := p.tok(i - 1)
	if prev.kind == tkWord && prev.cap && prev.cls == clsNone {
		return match{}, false // "Arab Spring"
	}
	if next := p.tok(i + 1); next.kind == tkWord && (next.cap || next.cls == clsOf || next.flags&fCue != 0 || p.wordIs(i+1, "to")) {
		return match{}, false // "Spring Street", "the fall of Kabul", "a fall in prices"
	}
	theCue := p.is(i-1, clsThe) && p.tok(i-2).kind == tkWord && p.tok(i-2).flags&fCue != 0
	if !(cued || theCue || prev.kind == tkWord && prev.flags&fCue != 0 && !p.wordIs(i, "fall")) {
		return match{}, false
	}
	tn := p.tenseAt(i, i+1)
	return match{start: i, end: i + 1, sem: p.relSem(Date, Month, func(a time.Time) string {
		return seasonValue(a, se, 0, tn)
	}), the: true}, true
}

// amount reads the number that starts a count: 3, three, a, several, a few.
// Vague amounts are -1.
func (p *enParser) amount(k int) (int, bool) {
	t := p.tok(k)
	switch {
	case t.kind == tkNum && !t.group && t.suffix == "" && t.digits <= 3 && t.val > 0:
		return t.val, true
	case t.kind == tkWord && t.cls == clsNumWord:
		return t.val, true
	case t.kind == tkWord && t.cls == clsA:
		if n := p.tok(k + 1); n.kind == tkWord && n.cls == clsNumWord && n.val < 0 {
			return -1, true // "a few", "a couple"
		}
		return 1, true
	}
	return 0, false
}

func durationValue(n int, u unit) string {
	num := "X"
	if n > 0 {
		num = fmt.Sprint(n)
	}
	switch u {
	case uDay, uNight:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uFortnight:
		if n > 0 {
			return fmt.Sprintf("P%dW", 2*n)
		}
		return "PXW"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		return "P" + num + "DE"
	case uCentury:
		return "P" + num + "CE"
	case uHour:
		return "PT" + num + "H"
	case uMinute:
		return "PT" + num + "M"
	case uWeekend:
		return "P" + num + "WE"
	}
	return ""
}

// count reads "two years ago", "three days later", "for three years",
// "five-year", "once a week".
func (p *enParser) count(i int) (match, bool) {
	t := p.tok(i)
	if t.kind == tkWord && t.cls == clsTimes {
		k := i + 1
		if !(p.is(k, clsA) || p.is(k, clsPer)) {
			return match{}, false
		}
		if u := p.tok(k + 1); u.kind == tkWord && u.cls == clsUnit {
			n := 1
			if p.wordIs(i, "twice") {
				n = 2
			}
			_ = n
			return match{start: i, end: k + 2, sem: sem{typ: Set, value: durationValue(1, unit(u.val))}}, true
		}
		return match{}, false
	}
	n, ok := p.amount(i)
	if !ok {
		return match{}, false
	}
	k := i + 1
	if t.kind == tkWord && t.cls == clsA && n < 0 {
		k++
		if p.is(k, clsOf) {
			k++
		}
	}
	if t.kind == tkNum && p.touch(i) && p.tok(i-1).kind == tkPunct {
		if c := p.tok(i - 1).punct; c == '$' || c == '.' || c == ',' || c == '?' {
			return match{}, false
		}
	}
	hyphen := false
	if p.punct(k, '-') && p.touch(k) {
		hyphen = true
		k++
	}
	if p.is(k, clsConsec) {
		k++
	}
	u := p.tok(k)
	if u.kind != tkWord || u.cls != clsUnit {
		return match{}, false
	}
	un := unit(u.val)
	end := k + 1
	if !hyphen {
		switch {
		case p.is(end, clsAgo):
			return match{start: i, end: end + 1, sem: p.agoSem(n, un, -1)}, true
		case p.wordIs(end, "from") && p.is(end+1, clsNow) || p.wordIs(end, "hence"):
			e := end + 1
			if !p.wordIs(end, "hence") {
				e++
			}
			return match{start: i, end: e, sem: p.agoSem(n, un, 1)}, true
		case p.is(end, clsMod) && modKind(p.tok(end).val) == modEarlier:
			// "a year earlier": in news, the same period before the report
			return match{start: i, end: end + 1, sem: p.agoSem(n, un, -1)}, true
		case p.is(end, clsMod) && modKind(p.tok(end).val) == modLater:
			// counted from an event we do not know: a date without a value
			return match{start: i, end: end + 1, sem: sem{typ: Date, gran: unitGran(un), rel: true}}, true
		}
	}
	if t.kind == tkWord && t.cls == clsA && n == 1 {
		prev := p.tok(i - 1)
		if prev.kind == tkWord && (prev.cls == clsTimes) {
			return match{start: i - 1, end: end, sem: sem{typ: Set, value: durationValue(1, un)}}, true
		}
		if !(prev.kind == tkWord && (prev.cls == clsDuraCue || p.wordIs(i-1, "in"))) {
			return match{}, false
		}
	}
	v := durationValue(n, un)
	if v == "" {
		return match{}, false
	}
	return match{start: i, end: end, sem: sem{typ: Duration, value: v}, the: true}, true
}

// agoSem is the date n units before (dir -1) or after (dir 1) the anchor.
func (p *enParser) agoSem(n int, u unit, dir int) sem {
	if n < 0 {
		ref := "PAST_REF"
		if dir > 0 {
			ref = "FUTURE_REF"
		}
		return sem{typ: Date, value: ref, rel: true}
	}
	if u == uFortnight {
		u, n = uWeek, 2*n
	}
	s, ok := p.shiftUnit(u, dir*n)
	if !ok {
		return sem{typ: Date, rel: true}
	}
	return s
}

// ref reads the vague "recently", "soon", "the future", "at present", "for
// the time being", "these days", "in recent years".
func (p *enParser) ref(i int) (match, bool) {
	kind := refKind(p.tok(i).val)
	one := func(v string) (match, bool) {
		return match{start: i, end: i + 1, sem: sem{typ: Date, value: v}}, true
	}
	switch kind {
	case refRecently:
		return one("PAST_REF")
	case refSoon:
		if p.is(i-1, clsAs) || p.is(i+1, clsAs) || p.is(i+1, clsAfter) {
			return match{}, false
		}
		m, _ := one("FUTURE_REF")
		if p.wordIs(i-1, "very") {
			m.start = i - 1
		}
		return m, true
	case refFuture:
		if p.is(i-1, clsThe) {
			return match{start: i, end: i + 1, sem: sem{typ: Date, value: "FUTURE_REF"}, the: true}, true
		}
		if w := strings.ToLower(p.word(i - 1)); (w == "near" || w == "foreseeable" || w == "distant") && p.is(i-2, clsThe) {
			return match{start: i - 2, end: i + 1, sem: sem{typ: Date, value: "FUTURE_REF"}}, true
		}
	case refPresent:
		return one("PRESENT_REF")
	case refTimeBeing:
		if p.is(i-1, clsThe) && p.wordIs(i+1, "being") {
			return match{start: i, end: i + 2, sem: sem{typ: Date, value: "PRESENT_REF"}, the: true}, true
		}
	case refRecent:
		if u := p.tok(i + 1); u.kind == tkWord && u.cls == clsUnit && strings.HasSuffix(strings.ToLower(p.word(i+1)), "s") {
			return match{start: i, end: i + 2, sem: sem{typ: Duration, value: durationValue(-1, unit(u.val))}}, true
		}
	case refTheseDays:
		if p.wordIs(i+1, "days") {
			return match{start: i, end: i + 2, sem: sem{typ: Date, value: "PRESENT_REF"}}, true
		}
	}
	return match{}, false
}

// set reads "every Monday", "each year", "every two weeks", "daily",
// "on Mondays".
func (p *enParser) set(i int) (match, bool) {
	t := p.tok(i)
	switch t.cls {
	case clsSetAdj:
		return match{start: i, end: i + 1, sem: sem{typ: Set, value: durationValue(1, unit(t.val))}}, true
	case clsWeekdayPl:
		if !t.cap || !p.is(i-1, clsOn) {
			return match{}, false
		}
		return match{start: i, end: i + 1, sem: sem{typ: Set, value: weekdaySetValue(time.Weekday(t.val))}}, true
	}
	k := i + 1
	n := 1
	if a, ok := p.amount(k); ok && !p.is(k, clsA) {
		n = a
		k++
	}
	u := p.tok(k)
	switch {
	case u.kind == tkWord && u.cls == clsUnit:
		if v := durationValue(n, unit(u.val)); v != "" {
			return match{start: i, end: k + 1, sem: sem{typ: Set, value: v}}, true
		}
	case u.kind == tkWord && u.cls == clsWeekday && u.cap:
		return match{start: i, end: k + 1, sem: sem{typ: Set, value: weekdaySetValue(time.Weekday(u.val))}}, true
	case u.kind == tkWord && u.cls == clsMonth && u.cap:
		return match{start: i, end: k + 1, sem: sem{typ: Set, value: fmt.Sprintf("XXXX-%02d", u.val)}}, true
	case u.kind == tkWord && u.cls == clsPartDay:
		return match{start: i, end: k + 1, sem: sem{typ: Set, value: "XXXX-XX-XXT" + partCodes[u.val]}}, true
	}
	return match{}, false
}

func weekdaySetValue(wd time.Weekday) string {
	iso := int(wd)
	if iso == 0 {
		iso = 7
	}
	return fmt.Sprintf("XXXX-WXX-%d", iso)
}

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
				if len(w) >= 5 && !t.cap && strings.HasSuffix(w, "ed") && !edNotPast[w] {
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
