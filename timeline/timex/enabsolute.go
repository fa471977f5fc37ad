package timex

import (
	"fmt"
	"strings"
	"time"
)

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
