package store

import (
	"database/sql"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline"
)

// TestReportDates: a report's date goes into its row in the smallest form
// that gives it back (a day number, no granularity its form gives, its
// text as a place in the sentence) and otherwise as text, and reads back
// as it was.
func TestReportDates(t *testing.T) {
	const sentence = "Kellogg met Zelensky in Kyiv on February 3, 2025, and again 2月4日."
	long := string(make([]byte, 256)) // the shortest text a span's length byte does not hold
	for _, tc := range []struct {
		name     string
		dt       timeline.EventDate
		sentence string
		day      bool // kept as a day number
		gran     bool // granularity kept
		text     bool // date text kept as text
	}{
		{"day", timeline.EventDate{Value: "2025-02-03", Granularity: "day", Text: "February 3, 2025"}, sentence, true, false, false},
		{"Japanese day", timeline.EventDate{Value: "2025-02-04", Granularity: "day", Text: "2月4日"}, sentence, true, false, false},
		{"before 1970", timeline.EventDate{Value: "1969-12-31", Granularity: "day", Text: "Kyiv"}, sentence, true, false, false},
		{"month", timeline.EventDate{Value: "2025-02", Granularity: "month", Text: "February"}, sentence, false, false, false},
		{"week", timeline.EventDate{Value: "2025-W06", Granularity: "week", Text: "again"}, sentence, false, false, false},
		{"year", timeline.EventDate{Value: "2025", Granularity: "year", Text: "2025"}, sentence, false, false, false},
		{"season", timeline.EventDate{Value: "2025-SU", Granularity: "month", Text: "Kyiv"}, sentence, false, true, false},
		{"day of a coarser granularity", timeline.EventDate{Value: "2025-02-03", Granularity: "month", Text: "Kyiv"}, sentence, true, true, false},
		{"not a day", timeline.EventDate{Value: "2025-02-30", Granularity: "day", Text: "Kyiv"}, sentence, false, true, false},
		{"a day past what a duration holds", timeline.EventDate{Value: "1200-05-01", Granularity: "day", Text: "Kyiv"}, sentence, false, false, false},
		{"text of another sentence", timeline.EventDate{Value: "2025-02-03", Granularity: "day", Text: "Tuesday"}, sentence, true, false, true},
		{"no text", timeline.EventDate{Value: "2025-02-03", Granularity: "day"}, sentence, true, false, false},
		{"longest text of a span", timeline.EventDate{Value: "2025-02-03", Granularity: "day", Text: long[1:]}, "x" + long, true, false, false},
		{"long text", timeline.EventDate{Value: "2025-02-03", Granularity: "day", Text: long}, "x" + long, true, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			day, date, gran, span, text := reportDateRow(tc.dt, tc.sentence)
			if (day != nil) != tc.day || (date == nil) != tc.day || (gran != nil) != tc.gran || (text != nil) != tc.text || (span == nil) != tc.text {
				t.Errorf("row: day %v, date %v, granularity %v, span %v, text %v", day, date, gran, span, text)
			}
			var rd reportDate
			for _, x := range []struct {
				v    any
				dest any
			}{{day, &rd.day}, {date, &rd.date}, {gran, &rd.gran}, {span, &rd.span}, {text, &rd.text}} {
				if err := convertAssign(x.dest, x.v); err != nil {
					t.Fatal(err)
				}
			}
			var ev timeline.Event
			if err := rd.fill(&ev, tc.sentence); err != nil {
				t.Fatal(err)
			}
			if ev.Date != tc.dt.Value || ev.Granularity != tc.dt.Granularity || ev.DateText != tc.dt.Text {
				t.Errorf("read back %q %q %q, want %q %q %q", ev.Date, ev.Granularity, ev.DateText, tc.dt.Value, tc.dt.Granularity, tc.dt.Text)
			}
		})
	}
	var ev timeline.Event
	if err := (reportDate{day: sql.NullInt64{Int64: 20000, Valid: true}, span: sql.NullInt64{Int64: 60<<8 | 20, Valid: true}}).fill(&ev, sentence); err == nil {
		t.Errorf("a span past its sentence's end read %q", ev.DateText)
	}
}

// convertAssign sets a scanned column from a row's value, as a driver
// would.
func convertAssign(dest, v any) error {
	return dest.(sql.Scanner).Scan(v)
}

// TestPlainDay checks that plainDay gives what storedDay gave through
// time for every day it takes, and takes no string that is not one.
func TestPlainDay(t *testing.T) {
	for d := epoch.AddDate(-75, 0, -3); d.Year() < 2202; d = d.AddDate(0, 0, 1) {
		v := d.Format(time.DateOnly)
		n := dayNumber(v)
		got, ok := plainDay(v)
		if want := d.Year() >= 1900 && d.Year() <= 2199; ok != want || ok && got != n {
			t.Fatalf("plainDay(%s) = %d, %v; want %d, %v", v, got, ok, n, want)
		}
	}
	for _, v := range []string{"2025-02-29", "2100-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-04-00", "2025-4-010",
		"2025/04/01", "2025-04-0a", "+025-04-01", "2025-04-01T", "1899-12-31", "2200-01-01", "", "2025-W07", "2025-02"} {
		if d, ok := plainDay(v); ok {
			t.Errorf("plainDay(%q) = %d, true; want false", v, d)
		}
		if _, ok := storedDay(v); ok && dayString(dayNumber(v)) != v {
			t.Errorf("storedDay(%q) takes it", v)
		}
	}
}
