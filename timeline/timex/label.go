package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Label is a TimeML value as a person reads it: "5 Jul 2026" for
// 2026-07-05, "Jul 2026", "week 27, 2026" (2026-W27), "weekend of 4–5 Jul
// 2026" (2026-W27-WE), "Q3 2025", "summer 2026" (2026-SU), "first half of
// 2026" (2026-H1), "the 1990s" (199), "the 21st century" (20), "19 Sep 2006
// (night)" (2006-09-19TNI), "19 Sep 2006, 15:00 UTC", "15:00" for a time
// of an unknown day, "3 years" (P3Y), "the past" (PAST_REF). A value it
// does not know is returned as it is; "" stays "".
func Label(value string) string { return english.label(value) }

// labeler says values in one language: the words for the vague references
// and the readers of durations, dates and clock times.
type labeler struct {
	refs                  map[string]string // PAST_REF, PRESENT_REF, FUTURE_REF
	duration, date, clock func(string) string
	partOpen, partClose   string // around a part of the day: "(night)"
	partSep, clockSep     string // between a date and a part of the day, and a clock time
}

var english = labeler{
	refs:     map[string]string{"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"},
	duration: durationLabel, date: dateLabel, clock: clockLabel,
	partOpen: "(", partClose: ")", partSep: " ", clockSep: ", ",
}

func (lb labeler) label(value string) string {
	if value == "" {
		return ""
	}
	if r, ok := lb.refs[value]; ok {
		return r
	}
	if value[0] == 'P' {
		if l := lb.duration(value); l != "" {
			return l
		}
		return value
	}
	date, clock, _ := strings.Cut(value, "T")
	l := lb.date(date)
	if l == "" {
		return value
	}
	if clock == "" {
		if l == unknownDay {
			return value
		}
		return l
	}
	c := lb.clock(clock)
	switch {
	case c == "":
		return value
	case l == unknownDay:
		return strings.TrimSuffix(strings.TrimPrefix(c, lb.partOpen), lb.partClose)
	case strings.HasPrefix(c, lb.partOpen):
		return l + lb.partSep + c
	}
	return l + lb.clockSep + c
}

// unknownDay is the label of XXXX-XX-XX: a time whose day the text did not
// give.
const unknownDay = "?"

// dateShape is the shape of a TimeML date value: parseDate reads it once,
// and each language's date function only writes it.
type dateShape int

const (
	shapeNone        dateShape = iota
	shapeUnknownDay            // XXXX-XX-XX
	shapeNoYearDay             // XXXX-07-05: t
	shapeNoYearMonth           // XXXX-07: t
	shapeCentury               // 20: n, the 21st century
	shapeDecade                // 199: n, the 1990s
	shapeYear                  // 2026: year
	shapeQuarter               // 2025-Q3: year, n
	shapeHalf                  // 2025-H1: year, n
	shapeSeason                // 2026-SU: year, n (index into seasonCodes)
	shapeMonth                 // 2026-07: t
	shapeWeek                  // 2026-W27: year, n
	shapeWeekend               // 2026-W27-WE: t (Saturday), sun
	shapeDay                   // 2026-07-05: t
)

// dateParts is a date value read by parseDate.
type dateParts struct {
	shape   dateShape
	year, n int
	t, sun  time.Time
}

// parseDate reads the date part of a value; shapeNone when it is not one.
func parseDate(v string) dateParts {
	if v == "XXXX-XX-XX" {
		return dateParts{shape: shapeUnknownDay}
	}
	if rest, ok := strings.CutPrefix(v, "XXXX-"); ok { // a day or month named without its year
		if t, err := time.Parse("01-02", rest); err == nil {
			return dateParts{shape: shapeNoYearDay, t: t}
		}
		if t, err := time.Parse("01", rest); err == nil {
			return dateParts{shape: shapeNoYearMonth, t: t}
		}
		return dateParts{}
	}
	switch len(v) {
	case 2, 3: // a century (20) or a decade (199)
		n, err := strconv.Atoi(v)
		if err != nil {
			return dateParts{}
		}
		return dateParts{shape: map[int]dateShape{2: shapeCentury, 3: shapeDecade}[len(v)], n: n}
	}
	if len(v) < 4 {
		return dateParts{}
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return dateParts{}
	}
	rest := v[4:]
	switch {
	case rest == "":
		return dateParts{shape: shapeYear, year: y}
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		return dateParts{shape: shapeQuarter, year: y, n: int(rest[2] - '0')}
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		return dateParts{shape: shapeHalf, year: y, n: int(rest[2] - '0')}
	case len(rest) == 3 && rest[0] == '-':
		for i, c := range seasonCodes {
			if rest[1:] == c {
				return dateParts{shape: shapeSeason, year: y, n: i}
			}
		}
		if t, err := time.Parse("2006-01", v); err == nil {
			return dateParts{shape: shapeMonth, year: y, t: t}
		}
	case strings.HasPrefix(rest, "-W"):
		w, err := strconv.Atoi(strings.TrimSuffix(rest[2:], "-WE"))
		if err != nil || w < 1 || w > 53 {
			return dateParts{}
		}
		if !strings.HasSuffix(rest, "-WE") {
			return dateParts{shape: shapeWeek, year: y, n: w}
		}
		mon, _ := valueStart(v[:len(v)-len("-WE")])
		return dateParts{shape: shapeWeekend, year: y, t: mon.AddDate(0, 0, 5), sun: mon.AddDate(0, 0, 6)}
	default:
		if t, err := time.Parse("2006-01-02", v); err == nil {
			return dateParts{shape: shapeDay, year: y, t: t}
		}
	}
	return dateParts{}
}

// dateLabel writes the date part of a value in English, or returns "".
func dateLabel(v string) string {
	d := parseDate(v)
	year := strconv.Itoa(d.year)
	switch d.shape {
	case shapeUnknownDay:
		return unknownDay
	case shapeNoYearDay:
		return d.t.Format("2 Jan") + " (year unknown)"
	case shapeNoYearMonth:
		return d.t.Format("Jan") + " (year unknown)"
	case shapeCentury:
		return "the " + ordinal(d.n+1) + " century"
	case shapeDecade:
		return fmt.Sprintf("the %d0s", d.n)
	case shapeYear:
		return year
	case shapeQuarter:
		return fmt.Sprintf("Q%d %s", d.n, year)
	case shapeHalf:
		return [...]string{1: "first", 2: "second"}[d.n] + " half of " + year
	case shapeSeason:
		return seasonNames[d.n] + " " + year
	case shapeMonth:
		return d.t.Format("Jan 2006")
	case shapeWeek:
		return fmt.Sprintf("week %d, %s", d.n, year)
	case shapeWeekend:
		if d.t.Month() == d.sun.Month() {
			return fmt.Sprintf("weekend of %d–%s", d.t.Day(), d.sun.Format("2 Jan 2006"))
		}
		return fmt.Sprintf("weekend of %s – %s", d.t.Format("2 Jan"), d.sun.Format("2 Jan 2006"))
	case shapeDay:
		return d.t.Format("2 Jan 2006")
	}
	return ""
}

var seasonNames = [...]string{"spring", "summer", "autumn", "winter"}

// partNames are TimeML's parts of the day.
var partNames = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

// clockLabel reads the time part of a value: "15:00", "15:00 UTC",
// "(night)"; "" when it is none of these.
func clockLabel(c string) string {
	if p, ok := partNames[c]; ok {
		return "(" + p + ")"
	}
	utc := strings.HasSuffix(c, "Z")
	c = strings.TrimSuffix(c, "Z")
	if len(c) < 5 || c[2] != ':' {
		return ""
	}
	if _, err := time.Parse("15:04", c[:5]); err != nil {
		return ""
	}
	if utc {
		return c[:5] + " UTC"
	}
	return c[:5]
}

// durationLabel reads a duration such as P3Y, P2M, P10D, PT5H: "3 years".
func durationLabel(v string) string {
	n, u := durationParts(v)
	switch {
	case u == "":
		return ""
	case n < 0:
		return u + "s"
	case n == 1:
		return "1 " + u
	}
	return fmt.Sprintf("%d %ss", n, u)
}

// durationParts reads a duration of one unit, P3Y or PT5M: its number (-1
// for X, "some") and its unit in English, "" when it is not one.
func durationParts(v string) (int, string) {
	units := map[byte]string{'Y': "year", 'M': "month", 'W': "week", 'D': "day", 'H': "hour", 'S': "second"}
	body := v[1:]
	if strings.HasPrefix(body, "T") {
		body = body[1:]
		units['M'] = "minute"
	}
	if len(body) < 2 {
		return 0, ""
	}
	u, ok := units[body[len(body)-1]]
	if !ok {
		return 0, ""
	}
	num := body[:len(body)-1]
	if num == "X" {
		return -1, u
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0, ""
	}
	return n, u
}

// ordinal is 21st, 22nd, 23rd, 24th, 11th.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}
