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
		// except into an ISO time: 2025-02-10T17:31:30
		if !(j3+1 < len(s) && s[j3] == 'T' && isDigit(s[j3+1]) && la == 4) {
			return match{}, false
		}
		if p.toks[k-1].e != j3+1 {
			return match{}, false
		}
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
	if m, ok := p.gluedDayClock(i, k, mo); ok {
		return m, true
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

// gluedDayClock reads a month's day run into a clock time, as a page
// stamp that lost its space does: "June 1120:01:29 UTC" (11 June, 20:01),
// never the year 1120. k is the token after the month.
func (p *enParser) gluedDayClock(i, k, mo int) (match, bool) {
	t := p.tok(k)
	if t.kind != tkNum || t.group || t.suffix != "" || t.digits < 3 || t.digits > 4 ||
		!p.punct(k+1, ':') || !p.touch(k+1) || !p.smallNum(k+2, 0, 59) || p.tok(k+2).digits != 2 || !p.touch(k+2) {
		return match{}, false
	}
	d, h, mi := t.val/100, t.val%100, p.tok(k+2).val
	if d < 1 || h > 23 || !validDay(2000, mo, d) {
		return match{}, false
	}
	end := k + 3
	if p.punct(end, ':') && p.touch(end) && p.smallNum(end+1, 0, 59) && p.touch(end+1) {
		end += 2 // seconds
	}
	end, utc := p.zone(end)
	s := sem{typ: Time, gran: Minute, rel: true}
	if p.a.ok {
		if dt, ok := dayByTense(p.a.t, mo, d, p.tenseAt(i, k+1)); ok {
			s.value = fmt.Sprintf("%sT%02d:%02d", dayValue(dt), h, mi)
			if utc {
				s.value += "Z"
			}
		}
	}
	return match{start: i, end: end, sem: s}, true
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
	if t.kind == tkNum && t.digits == 4 && !t.group && t.suffix == "" {
		return p.clock24(k, true)
	}
	dotted := false
	if t.kind == tkNum && t.group {
		// "11.30am", "7.45 pm": hours and minutes with a dot, which only
		// a.m. or p.m. tells from a decimal number
		num := p.s[t.s : t.e-len(t.suffix)]
		dot := strings.IndexByte(num, '.')
		if dot < 1 || dot > 2 || len(num)-dot-1 != 2 || strings.IndexByte(num, ',') >= 0 {
			return
		}
		mi = int(num[dot+1]-'0')*10 + int(num[dot+2]-'0')
		if mi > 59 {
			return
		}
		dotted = true
	} else if t.kind != tkNum || t.group || t.digits > 2 || t.val > 24 {
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
	if !marked && !dotted && p.punct(end, ':') && p.touch(end) && p.smallNum(end+1, 0, 59) && p.tok(end+1).digits == 2 {
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
	end, utc = p.zone(end)
	return end, h, mi, utc, true
}

// zone reads a time zone after a clock time at token k ("UTC", "GMT"): the
// end and whether it is UTC.
func (p *enParser) zone(k int) (end int, utc bool) {
	if z := p.tok(k); z.kind == tkWord && z.cls == clsZone {
		return k + 1, p.wordIs(k, "utc") || p.wordIs(k, "gmt") || p.wordIs(k, "z")
	}
	return k, false
}

// placeTime reports whether "local time" or a place's time ("Moscow time")
// follows at token k, which marks a number before it as a clock time.
func (p *enParser) placeTime(k int) bool {
	return p.tok(k).kind == tkWord && (p.wordIs(k, "local") || p.tok(k).cap) && p.wordIs(k+1, "time")
}

// clock24 reads a 24-hour time written as four digits, "0600 local time",
// "1930 GMT", "at 0415", "from 2200 to 0500 hrs": only with a zone or
// "hours" after it, or a leading zero after "at", "from", "until" …, or
// joined to such a time, since four digits are otherwise a year or a count.
// joined says whether to look at a time joined after it.
func (p *enParser) clock24(k int, joined bool) (end, h, mi int, utc, ok bool) {
	t := p.tok(k)
	h, mi = t.val/100, t.val%100
	if h > 23 || mi > 59 || p.touch(k) && p.tok(k-1).kind != tkPunct {
		return
	}
	end, utc = p.zone(k + 1)
	if end > k+1 || p.placeTime(k+1) {
		return end, h, mi, utc, true
	}
	cued := p.is(k-1, clsAt) || p.tok(k-1).kind == tkWord && p.tok(k-1).flags&(fCue|fLink) != 0
	if w := strings.ToLower(p.word(k + 1)); cued && (w == "hours" || w == "hrs" || w == "h") {
		return k + 2, h, mi, false, true
	}
	if cued && p.s[t.s] == '0' {
		return k + 1, h, mi, false, true
	}
	// "from 2200 to 0500 local time": the second time makes the first one
	if j := k + 1; joined && (p.tok(j).kind == tkWord && p.tok(j).flags&fLink != 0 || p.punct(j, '-')) {
		if n := p.tok(j + 1); n.kind == tkNum && n.digits == 4 && !n.group && n.suffix == "" {
			if _, _, _, _, ok2 := p.clock24(j+1, false); ok2 {
				return k + 1, h, mi, false, true
			}
		}
	}
	return 0, 0, 0, false, false
}

// measureWords follow a number that counts things rather than names a year.
var measureWords = map[string]bool{
	"people": true, "police": true, "staff": true, "personnel": true, "yen": true, "won": true,
	"children": true, "men": true, "women": true, "persons": true, "sheep": true, "fish": true, "aircraft": true,
	"grams": true, "g": true, "cm": true, "mm": true, "kilograms": true, "lbs": true, "lb": true, "ounces": true,
	"oz": true, "litres": true, "liters": true, "gallons": true, "barrels": true, "calories": true, "kcal": true,
	"mw": true, "kw": true, "gw": true, "volts": true, "ft": true, "sq": true, "square": true,
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
		// a range "1998-2000" is fine; a phone number "555-2025" or a score
		// "2014-1979" is not
		if pp := p.tok(i - 2); pp.kind == tkNum && (pp.digits != 4 || pp.val >= t.val) {
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
	if !ok || p.numberIsNotYear(i, y) {
		return match{}, false
	}
	next := p.tok(i + 1)
	cue := cued || prev.kind == tkWord && (prev.flags&(fCue|fLink) != 0 || prev.cls == clsThe || prev.cls == clsOf ||
		prev.cls == clsMonth || prev.cls == clsSeason || prev.cls == clsFiscal) || p.wordIs(i-1, "year")
	if !cue || p.approx(i-1) && (y < 1900 || p.a.ok && y < p.a.t.Year()-100) {
		if y < 1900 || p.a.ok && y > p.a.t.Year()+30 {
			return match{}, false // no cue and far from the report's time: a number
		}
		if w := strings.ToLower(p.word(i + 1)); next.kind == tkWord && !next.cap && (w == "were" || w == "are" || w == "have") {
			return match{}, false // "2000 were hurt"
		}
	}
	return match{start: i, end: i + 1, sem: sem{typ: Date, value: yearValue(y), gran: Year}}, true
}

// approx reports whether token i is a word that rounds a count more often
// than a year ("around 1000", "about 1500"): before a year far from the
// report's own, it is no cue.
func (p *enParser) approx(i int) bool {
	switch strings.ToLower(p.word(i)) {
	case "around", "about", "some", "nearly", "almost", "over", "roughly":
		return true
	}
	return false
}

// numberIsNotYear reports whether the four-digit number y at token i, which
// could be a year, is by its neighbours something else, whatever cue stands
// before it: a count ("1200 shells", "a 2049-page report"), a label's
// number ("Route 1945", "Article 2022", "Blade Runner 2049", "hull number
// 2041"), part of an id, code or phone number ("desk2025", "2026/0318",
// "0800 2026 555"), or a street address ("1200 Riverside Drive").
func (p *enParser) numberIsNotYear(i, y int) bool {
	prev, next := p.tok(i-1), p.tok(i+1)
	if p.inCopyright(i) || p.inCitation(i) {
		return true
	}
	// glued to letters or a code mark: "desk2025", "M1911", "#2025", "No.2025"
	if p.touch(i) && (prev.kind == tkWord || prev.kind == tkPunct && strings.IndexByte("#@_&", prev.punct) >= 0) {
		return true
	}
	// among other numbers: "0800 2026 555", "2026 2027"
	if prev.kind == tkNum && !p.touch(i) || next.kind == tkNum && !p.touch(i+1) {
		return true
	}
	// a label and its number: "Route 1945", "no. 1987-4412"; a name and its
	// number: "Blade Runner 2049", "Trump 2028", unless the year is the
	// report's own or next to it, as in an event's name ("Conference 2010")
	if prev.kind == tkWord {
		w := strings.ToLower(p.word(i - 1))
		if numberLabels[w] {
			return true
		}
		near := p.a.ok && y >= p.a.t.Year()-1 && y <= p.a.t.Year()+1
		if prev.cap && prev.cls == clsNone && prev.flags == 0 && !monthNames[w] && !near {
			return true
		}
	}
	if p.punct(i-1, '.') && p.touch(i-1) && numberLabels[strings.ToLower(p.word(i-2))] {
		return true
	}
	if next.kind == tkPunct && p.touch(i+1) {
		after := p.tok(i + 2)
		switch {
		case next.punct == '-' && after.kind == tkWord && p.touch(i+2):
			return true // a compound: "2049-page", "1461-day"
		case (next.punct == '-' || next.punct == '/') && after.kind == tkNum && p.touch(i+2):
			// a range of years "2014-2016" or "2014/15"; another number is an id
			if after.digits == 4 {
				return after.val <= y || after.val > y+100
			}
			return after.digits != 2
		}
	}
	// one unit after two numbers counts both: "2024 & 2031 grams", "1900
	// or 2000 people"
	if j := i + 1; p.punct(j, '&') || p.is(j, clsAnd) || p.wordIs(j, "to") || p.punct(j, '-') {
		if n := p.tok(j + 1); n.kind == tkNum && measureWords[strings.ToLower(p.word(j+2))] {
			return true
		}
		// paired with a number that is no year: "2042 & 2105 Line" (models)
		if n := p.tok(j + 1); n.kind == tkNum && !n.group && n.digits >= 4 && (n.val > 2099 || n.digits > 4) {
			return true
		}
	}
	if next.kind == tkWord {
		w := strings.ToLower(p.word(i + 1))
		if measureWords[w] || w == "series" || !next.cap && pluralNoun(w) {
			return true // "2000 troops", "the 2000 series"
		}
		// an address: a number, up to two names, then a street word
		for k := i + 1; k <= i+3 && p.tok(k).kind == tkWord && p.tok(k).cap; k++ {
			if streetWords[strings.ToLower(p.word(k))] {
				return true
			}
		}
	}
	return false
}

// inCopyright reports whether the number at token i is a year of a
// copyright notice ("© 2026 AOL Media", "Copyright 2000-2026 X", "©
// European Union, 2026"): the year of a right, never a date of the news.
// The notice opens with © or "Copyright" at most eight tokens before, with
// no sentence end between.
func (p *enParser) inCopyright(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := p.tok(k)
		switch {
		case t.kind == tkWord && strings.EqualFold(p.word(k), "copyright"):
			return true
		case t.kind == tkPunct && strings.HasPrefix(p.s[t.s:], "©"):
			return true
		case t.kind == tkPunct && p.s[t.s] == '(' && strings.HasPrefix(strings.ToLower(p.s[t.s:]), "(c)"):
			return true
		case t.kind == tkPunct && strings.IndexByte(".!?;", t.punct) >= 0:
			return false
		}
	}
	return false
}

// inCitation reports whether the number at token i is the year of a
// bibliographic citation, the date a source was published rather than a
// date of the news: an author and year in brackets ("(Hamilton 2009)",
// "(Anderson et al. 2018)", "(World Meteorological Organization, 2023)"), a
// reference list's "Hamilton, J (2009), “Title”", a publisher's "Wiley;
// 2007." or a journal's "2014;52".
func (p *enParser) inCitation(i int) bool {
	next := p.tok(i + 1)
	closes := next.kind == tkPunct && strings.IndexByte(");,", next.punct) >= 0
	// "Wiley; 2007." and "Rheumatol. 2014;52"
	if p.punct(i-1, ';') && p.tok(i-2).kind == tkWord && (p.tok(i-2).cap || p.nonASCIIWord(i-2)) && next.kind == tkPunct && strings.IndexByte(".;", next.punct) >= 0 {
		return true
	}
	if p.punct(i+1, ';') && p.touch(i+1) && p.tok(i+2).kind == tkNum && p.touch(i+2) {
		return true
	}
	// "Hamilton, J (2009), “Title”"
	if p.punct(i-1, '(') && p.punct(i+1, ')') && p.tok(i-2).kind == tkWord && p.tok(i-2).cap &&
		(p.punct(i+2, ',') || p.punct(i+2, '.')) && p.quoteAt(i+3) {
		return true
	}
	if !closes {
		return false
	}
	// an author before the year, within brackets: capitalised names, "et
	// al.", "and", "&", commas, and the years of earlier sources
	author := false
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		t := p.tok(k)
		switch {
		case t.kind == tkPunct && t.punct == '(':
			return author
		case t.kind == tkWord && t.cap && t.cls == clsNone && !monthNames[strings.ToLower(p.word(k))]:
			author = author || k == i-1 || k == i-2 && p.punct(i-1, ',')
		case t.kind == tkWord && (p.wordIs(k, "et") || p.wordIs(k, "al") || p.wordIs(k, "and")):
			author = author || p.wordIs(k, "al") && (k == i-1 || k == i-2 && p.punct(i-1, '.'))
		case t.kind == tkPunct && strings.IndexByte(",.&;-'", t.punct) >= 0:
		case t.kind == tkNum && t.digits == 4:
		default:
			return false
		}
	}
	return false
}

// nonASCIIWord reports whether word token i is the end of a word with
// letters outside ASCII ("xico" of "México"), whose capital the tokens do
// not show.
func (p *enParser) nonASCIIWord(i int) bool {
	t := p.tok(i)
	return t.kind == tkWord && t.s > 0 && p.s[t.s-1] >= 0x80
}

// quoteAt reports whether token i is an opening quotation mark.
func (p *enParser) quoteAt(i int) bool {
	t := p.tok(i)
	if t.kind != tkPunct {
		return false
	}
	q := p.s[t.s:]
	return strings.HasPrefix(q, `"`) || strings.HasPrefix(q, "“") || strings.HasPrefix(q, "'") || strings.HasPrefix(q, "‘")
}

// numberLabels are words that a number after them names or counts, as a
// label's number rather than a year: "Route 1945", "page 2022".
var numberLabels = map[string]bool{
	"number": true, "no": true, "nos": true, "num": true, "room": true, "route": true, "road": true,
	"highway": true, "interstate": true, "flight": true, "train": true, "bus": true, "page": true,
	"pages": true, "article": true, "section": true, "clause": true, "resolution": true, "chapter": true,
	"kilometre": true, "kilometer": true, "km": true, "mile": true, "milepost": true, "model": true,
	"version": true, "unit": true, "platform": true, "gate": true, "seat": true, "code": true,
	"ticket": true, "case": true, "file": true, "item": true, "lot": true, "exit": true, "suite": true,
	"apartment": true, "floor": true, "level": true, "bill": true, "hull": true, "serial": true,
	"id": true, "ref": true, "reference": true, "order": true, "decree": true, "law": true,
	"paragraph": true, "rule": true, "step": true, "vol": true, "volume": true, "issue": true,
	"pp": true, "p": true, "sec": true, "art": true, "rev": true, "ver": true, "v": true, "tel": true,
	"phone": true, "fax": true, "box": true, "zip": true, "postcode": true, "cell": true, "block": true,
	"brigade": true, "regiment": true, "battalion": true, "division": true, "squadron": true,
}

// monthNames are the month words a year may follow ("Sept 2025", "June
// 2025"): a capitalised word before a year is otherwise a name.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// streetWords end a street address: "1200 Riverside Drive", "2025 Elm St".
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "drive": true,
	"dr": true, "boulevard": true, "blvd": true, "lane": true, "ln": true, "way": true, "place": true,
	"pl": true, "court": true, "ct": true, "terrace": true, "parkway": true, "pkwy": true, "highway": true,
	"square": true, "sq": true, "circle": true, "crescent": true, "close": true, "row": true,
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
