package timex

import (
	"fmt"
	"strings"
	"time"
)

// deictic reads today, yesterday, tomorrow, tonight, and "yesterday morning".
func (p *enParser) deictic(i int) (match, bool) {
	t := p.tok(i)
	if t.cap && i > 0 && p.tok(i-1).kind == tkWord && p.tok(i-1).cap && p.tok(i-1).cls == clsNone {
		return match{}, false // "USA Today"
	}
	off := 0
	switch deicticKind(t.val) {
	case dYesterday:
		off = -1
	case dTomorrow:
		off = 1
	}
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
	switch u {
	case uDay, uWeek, uWeekend, uMonth, uQuarter, uYear, uDecade, uCentury:
		return p.relSem(Date, unitGran(u), func(a time.Time) string { return shiftValue(a, u, n) }), true
	}
	return sem{}, false
}

// stretchCue reports whether token k makes the period after it a stretch of
// time from the report: "over the next year", "during the next month".
func (p *enParser) stretchCue(k int) bool {
	return p.is(k, clsDuraCue) || p.wordIs(k, "during") || p.wordIs(k, "throughout")
}

// relStep is the direction a relative word moves: last -1, next +1, this 0.
func relStep(k relKind) int {
	switch k {
	case relLast, relPast:
		return -1
	case relNext, relComing, relFollowing:
		return 1
	}
	return 0
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
	step := relStep(kind)
	if kind == relFollowing && n.cls == clsUnit { // "the following day" counts from the date named before
		u := unit(n.val)
		s := sem{typ: Date, gran: unitGran(u), rel: true}
		if _, one := p.singularUnit(k); one {
			s.value = fromReferent(p.referent(), p.a, u, 1, false)
		}
		return match{start: i, end: k + 1, sem: s, the: true}, true
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
		if kind == relNext && (u == uDay || u <= uYear && p.is(i-1, clsThe) && !p.stretchCue(i-2)) {
			// "the next day", "the next year" count from the date named
			// before ("opened in 2019; the next year …" is 2020), while
			// "next year" alone and "over the next year" count from the
			// report.
			return match{start: i, end: k + 1, sem: sem{typ: Date, gran: unitGran(u), rel: true,
				value: fromReferent(p.referent(), p.a, u, 1, false)}, the: true}, true
		}
		if u == uDay && kind != relPast || u == uHour || u == uMinute || u == uFortnight {
			return match{}, false
		}
		if kind == relPast && !p.wordIs(i, "past") {
			// "the previous year", "the prior month": before the date named
			// before, or before the report when none was
			return match{start: i, end: k + 1, sem: sem{typ: Date, gran: unitGran(u), rel: true,
				value: fromReferent(p.referent(), p.a, u, -1, true)}, the: true}, u != uNight
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
				off := relStep(relKind(r.val))
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

// durationValue is the TimeML value of n units ("P3Y", "PT24H"); n < 0
// is an unsaid number ("PXY").
func durationValue(n int, u unit) string {
	if u == uFortnight {
		u = uWeek
		if n > 0 {
			n *= 2
		}
	}
	if int(u) >= len(durationUnits) || durationUnits[u] == "" {
		return ""
	}
	num := "X"
	if n > 0 {
		num = fmt.Sprint(n)
	}
	prefix := "P"
	if u == uHour || u == uMinute {
		prefix = "PT"
	}
	return prefix + num + durationUnits[u]
}

// durationUnits are TimeML's duration designators, indexed by unit.
var durationUnits = [...]string{uDay: "D", uNight: "D", uWeek: "W", uMonth: "M", uQuarter: "Q", uYear: "Y",
	uDecade: "DE", uCentury: "CE", uHour: "H", uMinute: "M", uWeekend: "WE"}

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
			// "a year earlier": before the date named before; in news
			// without one, the same period before the report
			return match{start: i, end: end + 1, sem: p.countFromReferent(n, un, -1, true)}, true
		case p.is(end, clsMod) && modKind(p.tok(end).val) == modLater:
			// "two days later": after the date named before, else unresolved
			return match{start: i, end: end + 1, sem: p.countFromReferent(n, un, 1, false)}, true
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

// countFromReferent is the date n units before (dir -1) or after (dir 1)
// the date named before ("three days later"); see fromReferent for byAnchor.
// An unsaid number ("a few years earlier") is the vague PAST_REF or FUTURE_REF
// only where the anchor may stand in.
func (p *enParser) countFromReferent(n int, u unit, dir int, byAnchor bool) sem {
	if n < 0 {
		if byAnchor {
			return p.agoSem(n, u, dir)
		}
		return sem{typ: Date, gran: unitGran(u), rel: true}
	}
	if u == uFortnight {
		u, n = uWeek, 2*n
	}
	return sem{typ: Date, gran: unitGran(u), rel: true, value: fromReferent(p.referent(), p.a, u, dir*n, byAnchor)}
}

// vague reads the vague "recently", "soon", "the future", "at present", "for
// the time being", "these days", "in recent years".
func (p *enParser) vague(i int) (match, bool) {
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
