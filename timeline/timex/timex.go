// Package timex finds temporal expressions in English and Japanese sentences
// and resolves them to TimeML-style ISO values against a document's date.
//
// The tagger is hand-written rather than a general date parser: a cheap scan
// of each sentence (digits, or words from a fixed vocabulary) decides whether
// it can hold a date at all, and only then a small rule parser walks the
// candidate tokens. News text is mostly sentences without any date, so the
// scan keeps the tagger far from being the slow stage of the pipeline.
//
// Values follow TimeML: 2025-02-07, 2025-02, 2025, 2025-W06, 2025-W06-WE,
// 2025-Q1, 2025-SU, 199 (the 1990s), 20 (the 21st century), 2025-02-07T15:00,
// 2025-02-07TMO, durations P3Y and the vague PAST_REF, PRESENT_REF and
// FUTURE_REF. Relative expressions are resolved against the anchor and the
// tense of the sentence; with a zero anchor they keep an empty Value.
// Expressions that point back at an earlier date (同日, 翌日, "the same
// day") are resolved from the sentence, or from the document's earlier
// sentences when the caller keeps a Context, and are never guessed.
package timex

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Granularity is how precise a resolved value is.
type Granularity string

// Granularities from coarsest to finest.
const (
	Century Granularity = "century"
	Decade  Granularity = "decade"
	Year    Granularity = "year"
	Quarter Granularity = "quarter"
	Month   Granularity = "month"
	Week    Granularity = "week"
	Day     Granularity = "day"
	Minute  Granularity = "minute"
)

// Kinds of temporal expression, as in TimeML.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Timex is one temporal expression found in a sentence.
type Timex struct {
	Start, End  int    // byte offsets into the sentence given to Tag
	Text        string // sentence[Start:End]
	Type        string // Date, Time, Duration or Set
	Value       string // TimeML value ("2025-02-07", "2025-W06", "199", "P3Y"); "" when unresolved
	Granularity Granularity
	// Relative is true when the value was computed from the anchor date
	// ("last week", 「7日」) rather than read off the text alone.
	Relative bool
	// comparison marks the year-before counterpart of a period the text
	// is about ("the same month a year ago", 前年同期): the text goes on
	// about the period itself, so a later "the same period" or 同月 never
	// refers back to the counterpart.
	comparison bool
}

// IsCalendar reports whether x names a point or period on the calendar that
// an event can be dated with: a DATE or TIME with a resolved ISO value.
// Durations, sets, unresolved expressions and the vague PAST_REF,
// PRESENT_REF and FUTURE_REF are not.
func (x Timex) IsCalendar() bool {
	if x.Type != Date && x.Type != Time || x.Value == "" {
		return false
	}
	c := x.Value[0]
	return c >= '0' && c <= '9'
}

// referable reports whether a later expression that refers back (同日,
// "that year") can count from x: a calendar expression that is not a
// year-before comparison.
func (x Timex) referable() bool { return x.IsCalendar() && !x.comparison }

// Tagger finds and resolves temporal expressions. The zero value is not
// usable; build one with New. A Tagger is safe for concurrent use.
type Tagger struct {
	opts Options
}

// Options configure a Tagger.
type Options struct {
	// DayFirst reads 2/7/2025 as 2 July (day/month/year) instead of 7 February.
	DayFirst bool
}

// New returns a Tagger.
func New(opts Options) *Tagger { return &Tagger{opts: opts} }

// Tag returns the temporal expressions of one sentence in language lang ("en"
// or "ja"), ordered by Start and not overlapping. anchor is the document's date;
// when it is the zero time, relative expressions are returned with an empty
// Value (never guessed from the wall clock).
//
// Any other lang is tagged by script: a sentence holding kana or kanji is read
// as Japanese, else as English.
func (t *Tagger) Tag(sentence, lang string, anchor time.Time) []Timex {
	return t.TagInContext(sentence, lang, anchor, nil)
}

// Context carries the last calendar expression of a document's earlier
// sentences, so that 同日, 翌日 and "the same day" can refer back across a
// sentence boundary. The zero value is ready for a new document; pass the
// same Context for each of its sentences in order. Without one, such
// expressions refer only within their sentence and otherwise stay unresolved.
type Context struct {
	last Timex
	ok   bool
}

// TagInContext is Tag with the document's earlier sentences in ctx (nil for
// none); it records the sentence's last calendar expression in ctx.
func (t *Tagger) TagInContext(sentence, lang string, anchor time.Time, ctx *Context) []Timex {
	out := t.tag(sentence, lang, anchor, ctx)
	for i := range out {
		if longYear(out[i].Value) {
			// "next year" read against 9999-12-31: TimeML has four-digit
			// years, and a fifth digit would sort before 2025.
			out[i].Value = ""
		}
	}
	if ctx != nil {
		for i := len(out) - 1; i >= 0; i-- {
			if out[i].referable() {
				ctx.last, ctx.ok = out[i], true
				break
			}
		}
	}
	return out
}

func (t *Tagger) tag(sentence, lang string, anchor time.Time, ctx *Context) []Timex {
	var ref *Timex
	if ctx != nil && ctx.ok {
		ref = &ctx.last
	}
	if lang != "en" && lang != "ja" {
		lang = "en"
		if hasCJK(sentence) {
			lang = "ja"
		}
	}
	var a anchorDate
	if !anchor.IsZero() {
		y, m, d := anchor.Date()
		a = anchorDate{t: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), ok: true}
	}
	// A sentence of one language may quote a date in the other: a Japanese
	// post signed "February 7, 2025", an English line with 2024年12月17日.
	var out []Timex
	if lang == "ja" {
		out = tagJapanese(sentence, a, ref)
		if hasEnglishDateWord(sentence) {
			out = merge(out, tagEnglish(sentence, a, t.opts, ref))
		}
	} else {
		out = tagEnglish(sentence, a, t.opts, ref)
		if hasCJK(sentence) {
			out = merge(out, tagJapanese(sentence, a, ref))
		}
	}
	out = dropInLinks(sentence, out)
	dayOfClocks(sentence, out, ref, a)
	return out
}

// unknownDayPrefix begins the value of a clock time said without its day.
const unknownDayPrefix = "XXXX-XX-XXT"

// dayOfClocks gives a clock time said without its day ("at 08:30 UTC",
// 午後3時) the day news means by it: the day named right after it ("at 1930
// GMT on Monday"), else the last day named before it in the sentence or in
// the document's earlier sentences (ref), else the report's own day. It stays
// XXXX-XX-XX in an undated document with no day named.
func dayOfClocks(s string, xs []Timex, ref *Timex, a anchorDate) {
	for i := range xs {
		x := &xs[i]
		if !strings.HasPrefix(x.Value, unknownDayPrefix) {
			continue
		}
		day := ""
		if i+1 < len(xs) && xs[i+1].Granularity == Day && xs[i+1].IsCalendar() && xs[i+1].Start-x.End <= 4 {
			day = datePart(xs[i+1].Value) // "at 1930 GMT on Monday"
		}
		for j := i - 1; j >= 0 && day == ""; j-- {
			if (xs[j].Granularity == Day || xs[j].Granularity == Minute) && xs[j].IsCalendar() && !strings.HasPrefix(xs[j].Value, unknownDayPrefix) {
				day = datePart(xs[j].Value)
			}
		}
		if day == "" && ref != nil && (ref.Granularity == Day || ref.Granularity == Minute) && ref.IsCalendar() {
			day = datePart(ref.Value)
		}
		if day == "" && a.ok {
			day = dayValue(a.t)
		}
		if len(day) == len("2006-01-02") {
			x.Value = day + "T" + strings.TrimPrefix(x.Value, unknownDayPrefix)
			x.Relative = true
		}
	}
}

// dropInLinks removes the expressions that lie inside a web address or an
// e-mail address ("…/2026/02/27/30-more…", "desk2025@example.org"): the
// numbers of a link are a path or a name, never a date of the text.
func dropInLinks(s string, xs []Timex) []Timex {
	out := xs[:0]
	for _, x := range xs {
		if !inLink(s, x.Start, x.End) {
			out = append(out, x)
		}
	}
	return out
}

// inLink reports whether s[start:end] is part of a run of ASCII characters
// without spaces that is a link: it holds "://", "www." or an '@' between
// letters or digits, or a '/' next to a letter ("news/2026/02/27").
func inLink(s string, start, end int) bool {
	i, j := start, end
	for i > 0 && s[i-1] > ' ' && s[i-1] < 0x7f {
		i--
	}
	for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
		j++
	}
	run := s[i:j]
	if strings.Contains(run, "://") || strings.Contains(run, "www.") {
		return true
	}
	for k := 1; k+1 < len(run); k++ {
		switch run[k] {
		case '@':
			if isLetter(run[k+1]) && (isLetter(run[k-1]) || isDigit(run[k-1])) {
				return true
			}
		case '/':
			if isLetter(run[k-1]) || isLetter(run[k+1]) {
				return true
			}
		}
	}
	return false
}

// hasEnglishDateWord reports whether s holds an ASCII month or weekday name.
func hasEnglishDateWord(s string) bool {
	var low [16]byte
	for i := 0; i < len(s); {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if j-i >= 3 && j-i <= len(low) {
			for k := i; k < j; k++ {
				low[k-i] = s[k] | 0x20
			}
			switch vocab[string(low[:j-i])].cls {
			case clsMonth, clsMonthAbbr, clsWeekday:
				return true
			}
		}
		i = j
	}
	return false
}

// merge combines two ordered lists of expressions, keeping the earlier (then
// longer) of any two that overlap.
func merge(a, b []Timex) []Timex {
	if len(b) == 0 {
		return a
	}
	all := append(append(make([]Timex, 0, len(a)+len(b)), a...), b...)
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End > all[j].End
	})
	out := all[:0]
	end := -1
	for _, x := range all {
		if x.Start >= end {
			out = append(out, x)
			end = x.End
		}
	}
	return out
}

// anchorDate is the document date at midnight UTC, or ok=false when undated.
type anchorDate struct {
	t  time.Time
	ok bool
}

// tense is the grammatical time a clause refers to, used to pick between the
// previous and the next occurrence of "Friday", "September" or 「14日」.
type tense int

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && r <= 0x30ff || r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// Value formatting. Years outside 0..9999 cannot occur: every year comes from
// at most four digits or from the anchor plus a small offset.

func dayValue(t time.Time) string {
	return fmt.Sprintf("%04d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
}

func monthValue(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

// longYear reports whether a value begins with a year of more than four
// digits.
func longYear(value string) bool {
	n := 0
	for n < len(value) && value[n] >= '0' && value[n] <= '9' {
		n++
	}
	return n > 4
}

func yearValue(y int) string { return fmt.Sprintf("%04d", y) }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func quarterValue(y, q int) string { return fmt.Sprintf("%04d-Q%d", y, q) }

func decadeValue(y int) string { return fmt.Sprintf("%03d", y/10) }

func centuryValue(y int) string { return fmt.Sprintf("%02d", y/100) }

// date builds a UTC midnight date, normalising overflowing months and days
// the way time.Date does.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d exists on the calendar.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return date(y, m, d).Day() == d
}

// addMonths moves (y, m) by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// referTo resolves an expression that names a unit of an earlier date (同日,
// the same month: step 0) or the one before or after it (前日, 翌年: step
// -1 or 1) from ref, the expression referred to. It returns "" when ref is
// missing or coarser than the unit.
func referTo(ref *Timex, u unit, step int) string {
	if ref == nil || !ref.IsCalendar() || rank(ref.Granularity) < rank(unitGran(u)) {
		return ""
	}
	if step == 0 && ref.Granularity == unitGran(u) && u != uWeekend {
		return datePart(ref.Value) // "the same quarter" of 2009-Q3
	}
	t, ok := valueStart(ref.Value)
	if !ok {
		return ""
	}
	return shiftValue(t, u, step)
}

// A date counted from the report's (53年後, "in 230 years", 2000年前) is a
// date of the news only within a plausible distance of it: beyond
// maxYearsAhead years ahead or maxYearsBack years back, a count of decades or
// centuries is a manner of speaking ("in 230 years the world may…"), not a
// day to put on a timeline. A year the text names (by 2050, in 1648) is
// not counted, so it is not bounded.
const (
	maxYearsAhead = 20
	maxYearsBack  = 100
)

// plausible returns a value counted from the anchor a, or FUTURE_REF or
// PAST_REF when it lies too far from a.
func plausible(value string, a time.Time) string {
	if len(value) < 4 {
		return value
	}
	y, err := strconv.Atoi(value[:4])
	if err != nil {
		return value
	}
	switch {
	case y > a.Year()+maxYearsAhead:
		return "FUTURE_REF"
	case y < a.Year()-maxYearsBack:
		return "PAST_REF"
	}
	return value
}

// datePart is a calendar value without its time of day: 2025-02-07 of
// 2025-02-07T15:00 and of 2025-02-07TNI.
func datePart(v string) string {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[:i]
	}
	return v
}

// valueStart is the first day of the period a calendar value names: the day
// itself, the first of a month or quarter, the Monday of an ISO week, the
// first of January of a year. Seasons, halves, decades and centuries are not
// read (false): no unit of an expression that refers back lies inside them
// on a fixed calendar.
func valueStart(v string) (time.Time, bool) {
	v = datePart(v)
	if len(v) < 4 {
		return time.Time{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y < 0 {
		return time.Time{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		return date(y, 1, 1), true
	case len(rest) == 3 && rest[:2] == "-Q":
		q := int(rest[2] - '0')
		if q < 1 || q > 4 {
			return time.Time{}, false
		}
		return date(y, 3*q-2, 1), true
	case len(rest) >= 4 && rest[:2] == "-W":
		w, err := strconv.Atoi(rest[2:4])
		if err != nil || w < 1 || w > 53 {
			return time.Time{}, false
		}
		// the Monday of ISO week 1 is the Monday on or before 4 January
		jan4 := date(y, 1, 4)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return mon.AddDate(0, 0, 7*(w-1)), true
	}
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// fromReferent is the unit of time n units away from the one that holds
// ref ("the previous year" after "in 2008": 2007). When ref is missing or
// coarser than the unit it counts from the anchor if byAnchor is set (news
// writes "a year earlier" of the report's own time), and otherwise stays
// unresolved ("the following day" with nothing named before).
func fromReferent(ref *Timex, a anchorDate, u unit, n int, byAnchor bool) string {
	if v := referTo(ref, u, n); v != "" {
		return v
	}
	if byAnchor && a.ok {
		return shiftValue(a.t, u, n)
	}
	return ""
}

// samePeriodYearsBack resolves "the same month a year ago", "the same
// period last year", 前年同月 and 前年同期: the unit u of the period last
// named (ref), years years earlier. For uPeriod the period is ref's own,
// whatever its size below a year ("in February … the same period last
// year": 2009-02). Without such a ref the period is the anchor's (its month
// for uPeriod): news compares the time it reports on with a year before.
func samePeriodYearsBack(ref *Timex, a anchorDate, u unit, years int) (string, Granularity) {
	if v, g := periodOf(ref, u); v != "" {
		return shiftYears(v, -years), g
	}
	if !a.ok {
		return "", periodGran(u)
	}
	here := &Timex{Type: Date, Value: dayValue(a.t), Granularity: Day}
	if u == uPeriod {
		u = uMonth
	}
	v, g := periodOf(here, u)
	return shiftYears(v, -years), g
}

// periodOf is the value and granularity of unit u of the date x names
// (2009-02 for the month of 2009-02-17). uPeriod is x's own period when it
// is finer than a year and at most a day. It returns "" when x is missing,
// not a calendar date, or coarser than u.
func periodOf(x *Timex, u unit) (string, Granularity) {
	if u != uPeriod {
		return referTo(x, u, 0), unitGran(u)
	}
	if x == nil || !x.IsCalendar() || rank(x.Granularity) <= rank(Year) {
		return "", periodGran(u)
	}
	g := x.Granularity
	if g == Minute {
		g = Day
	}
	return datePart(x.Value), g
}

// periodGran is the granularity an unresolved expression of unit u reports.
func periodGran(u unit) Granularity {
	if u == uPeriod {
		return Month
	}
	return unitGran(u)
}

// shiftYears moves a calendar value that starts with a four-digit year by
// n years, keeping the rest: 2010-02 to 2009-02, 2009-Q3 to 2008-Q3. A 29
// February that the new year lacks becomes the 28th. "" stays "".
func shiftYears(v string, n int) string {
	if len(v) < 4 || len(v) > 4 && v[4] != '-' {
		return ""
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || y+n < 0 || y+n > 9999 {
		return ""
	}
	rest := v[4:]
	if strings.HasPrefix(rest, "-02-29") && !validDay(y+n, 2, 29) {
		rest = "-02-28" + rest[len("-02-29"):]
	}
	return yearValue(y+n) + rest
}

// rank orders granularities from coarse to fine.
func rank(g Granularity) int {
	switch g {
	case Century:
		return 1
	case Decade:
		return 2
	case Year:
		return 3
	case Quarter:
		return 4
	case Month:
		return 5
	case Week:
		return 6
	case Day:
		return 7
	case Minute:
		return 8
	}
	return 0
}

// shiftValue is the unit of time (the day, week, month …) n units away from
// the one that holds a; "" for units without a calendar value.
func shiftValue(a time.Time, u unit, n int) string {
	switch u {
	case uDay:
		return dayValue(a.AddDate(0, 0, n))
	case uWeek:
		return weekValue(a.AddDate(0, 0, 7*n))
	case uWeekend:
		return weekValue(a.AddDate(0, 0, 7*n)) + "-WE"
	case uMonth:
		y, m := addMonths(a.Year(), int(a.Month()), n)
		return monthValue(y, m)
	case uQuarter:
		y, m := addMonths(a.Year(), int(a.Month()), 3*n)
		return quarterValue(y, (m-1)/3+1)
	case uYear:
		return yearValue(a.Year() + n)
	case uDecade:
		return decadeValue(a.Year() + 10*n)
	case uCentury:
		return centuryValue(a.Year() + 100*n)
	}
	return ""
}

// monthByTense picks the year of a month named without one: the nearest such
// month before (or at) the anchor in past or tenseless sentences, the next
// one (or the current) in future ones.
func monthByTense(a time.Time, m int, tn tense) int {
	y := a.Year()
	am := int(a.Month())
	switch tn {
	case tenseFuture:
		if m < am {
			return y + 1
		}
	default:
		if m > am {
			return y - 1
		}
	}
	return y
}

// dayByTense picks the year of a month and day named without one: on or
// before the anchor in past sentences, on or after it in future ones, the
// nearest otherwise.
func dayByTense(a time.Time, m, d int, tn tense) (time.Time, bool) {
	y := a.Year()
	if !validDay(y, m, d) && !validDay(y-1, m, d) && !validDay(y+1, m, d) {
		return time.Time{}, false
	}
	cur := date(y, m, d)
	switch tn {
	case tensePast:
		if cur.After(a) {
			cur = date(y-1, m, d)
		}
	case tenseFuture:
		if cur.Before(a) {
			cur = date(y+1, m, d)
		}
	default:
		best := cur
		for _, c := range []time.Time{date(y-1, m, d), date(y+1, m, d)} {
			if absDays(c.Sub(a)) < absDays(best.Sub(a)) {
				best = c
			}
		}
		cur = best
	}
	return cur, true
}

// weekdayByTense picks the date of a weekday named alone: the most recent one
// on or before the anchor in past sentences (news dated Friday reports "said
// on Friday" of the same day), the next one on or after it in future
// sentences, the nearest otherwise.
func weekdayByTense(a time.Time, wd time.Weekday, tn tense) time.Time {
	back := (int(a.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(a.Weekday()) + 7) % 7
	switch tn {
	case tensePast:
		return a.AddDate(0, 0, -back)
	case tenseFuture:
		return a.AddDate(0, 0, fwd)
	}
	if fwd < back {
		return a.AddDate(0, 0, fwd)
	}
	return a.AddDate(0, 0, -back)
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// quarterByTense picks the year of "the third quarter" named without one.
func quarterByTense(a time.Time, q int, tn tense) int {
	cur := (int(a.Month())-1)/3 + 1
	if tn == tensePast && q > cur {
		return a.Year() - 1
	}
	if tn == tenseFuture && q < cur {
		return a.Year() + 1
	}
	return a.Year()
}

// seasonCodes are TimeML's season values, indexed by season.
var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}
