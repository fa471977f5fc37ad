// Package period reads the ISO 8601 date values of chronograph's events
// (2025-02-07, 2025-02, 2025-W06, 2025-Q1, 2025) as the interval of time each
// one covers, so that a month-level date is drawn or exported as its whole
// month and no more precisely than the text gave it.
package period

import (
	"strconv"
	"strings"
	"time"
)

// Span is the half-open interval [Start, End) that a date value covers, in
// UTC.
type Span struct {
	Start, End time.Time
}

// Parse reads a date value: a day (2025-02-07; a datetime such as
// 2025-02-07T10:00 counts as its day), an ISO week (2025-W06), a month
// (2025-02), a quarter (2025-Q1) or a year (2025). It reports false for
// anything else, such as unknown years (XXXX-02-07), seasons or durations.
func Parse(value string) (Span, bool) {
	v := value
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if len(v) < 4 {
		return Span{}, false
	}
	year, ok := digits(v[:4])
	if !ok {
		return Span{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		t := date(year, 1, 1)
		return Span{t, t.AddDate(1, 0, 0)}, true
	case len(rest) == 4 && rest[:2] == "-W":
		week, ok := digits(rest[2:])
		if !ok || week < 1 || week > weeksIn(year) {
			return Span{}, false
		}
		t := weekStart(year, week)
		return Span{t, t.AddDate(0, 0, 7)}, true
	case len(rest) == 3 && rest[:2] == "-Q":
		q, ok := digits(rest[2:])
		if !ok || q < 1 || q > 4 {
			return Span{}, false
		}
		t := date(year, 3*q-2, 1)
		return Span{t, t.AddDate(0, 3, 0)}, true
	case len(rest) == 3 && rest[0] == '-':
		month, ok := digits(rest[1:])
		if !ok || month < 1 || month > 12 {
			return Span{}, false
		}
		t := date(year, month, 1)
		return Span{t, t.AddDate(0, 1, 0)}, true
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		month, ok1 := digits(rest[1:3])
		day, ok2 := digits(rest[4:6])
		if !ok1 || !ok2 || month < 1 || month > 12 || day < 1 {
			return Span{}, false
		}
		t := date(year, month, day)
		if t.Day() != day { // 2025-02-30 would normalise into March
			return Span{}, false
		}
		return Span{t, t.AddDate(0, 0, 1)}, true
	}
	return Span{}, false
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// weekStart returns the Monday that starts ISO week w of year y.
func weekStart(y, w int) time.Time {
	jan4 := date(y, 1, 4) // always in week 1
	sinceMonday := (int(jan4.Weekday()) + 6) % 7
	return jan4.AddDate(0, 0, -sinceMonday+7*(w-1))
}

// weeksIn returns the number of ISO weeks of year y: 53 when 28 December
// falls in week 53, else 52.
func weeksIn(y int) int {
	_, w := date(y, 12, 28).ISOWeek()
	return w
}

// digits parses s as a non-negative decimal made of ASCII digits only.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
