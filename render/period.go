package render

import (
	"strconv"
	"strings"
	"time"
)

// span is the half-open time interval [start, end) that an ISO date value
// covers, in milliseconds since the Unix epoch (UTC), the unit of echarts'
// time axis. A month-level date spans its whole month, so the timeline draws
// the precision the text gave and no more.
type span struct {
	start, end int64
}

// parseSpan reads the ISO values the temporal tagger produces — 2025-02-07,
// 2025-02, 2025-W06, 2025-Q1, 2025, and datetimes such as 2025-02-07T10:00,
// whose time is ignored — and reports false for anything it cannot place on
// the axis (unknown years, seasons, durations).
func parseSpan(value string) (span, bool) {
	v := value
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if len(v) < 4 {
		return span{}, false
	}
	year, ok := digits(v[:4])
	if !ok {
		return span{}, false
	}
	rest := v[4:]
	ms := func(t time.Time) int64 { return t.UnixMilli() }
	switch {
	case rest == "":
		t := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		return span{ms(t), ms(t.AddDate(1, 0, 0))}, true
	case len(rest) == 4 && rest[:2] == "-W":
		week, ok := digits(rest[2:])
		if !ok || week < 1 || week > 53 {
			return span{}, false
		}
		t := isoWeekStart(year, week)
		return span{ms(t), ms(t.AddDate(0, 0, 7))}, true
	case len(rest) == 3 && rest[:2] == "-Q":
		q, ok := digits(rest[2:])
		if !ok || q < 1 || q > 4 {
			return span{}, false
		}
		t := time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return span{ms(t), ms(t.AddDate(0, 3, 0))}, true
	case len(rest) == 3 && rest[0] == '-':
		month, ok := digits(rest[1:])
		if !ok || month < 1 || month > 12 {
			return span{}, false
		}
		t := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		return span{ms(t), ms(t.AddDate(0, 1, 0))}, true
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		month, ok1 := digits(rest[1:3])
		day, ok2 := digits(rest[4:6])
		if !ok1 || !ok2 || month < 1 || month > 12 || day < 1 {
			return span{}, false
		}
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day { // 2025-02-30 normalises into March: reject it
			return span{}, false
		}
		return span{ms(t), ms(t.AddDate(0, 0, 1))}, true
	}
	return span{}, false
}

// isoWeekStart returns the Monday that starts ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	// 4 January is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+7*(w-1))
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
