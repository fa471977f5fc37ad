package timex

import "testing"

func TestLabel(t *testing.T) {
	for _, tt := range []struct{ value, want string }{
		{"2026-07-05", "5 Jul 2026"},
		{"2026-07", "Jul 2026"},
		{"2026", "2026"},
		{"2026-W27", "week 27, 2026"},
		{"2026-W27-WE", "weekend of 4–5 Jul 2026"},
		{"2026-W05-WE", "weekend of 31 Jan – 1 Feb 2026"},
		{"2025-Q3", "Q3 2025"},
		{"2026-SU", "summer 2026"},
		{"2026-WI", "winter 2026"},
		{"2027-SP", "spring 2027"},
		{"2025-FA", "autumn 2025"},
		{"2026-H1", "first half of 2026"},
		{"199", "the 1990s"},
		{"20", "the 21st century"},
		{"19", "the 20th century"},
		{"2006-09-19TNI", "19 Sep 2006 (night)"},
		{"2006-09-19TMO", "19 Sep 2006 (morning)"},
		{"2006-09-19T15:00", "19 Sep 2006, 15:00"},
		{"2025-06-11T20:01Z", "11 Jun 2025, 20:01 UTC"},
		{"XXXX-XX-XXT06:00", "06:00"},
		{"XXXX-02-07", "7 Feb (year unknown)"},
		{"XXXX-02", "Feb (year unknown)"},
		{"XXXX-XX-XXTNI", "night"},
		{"P3Y", "3 years"},
		{"P1D", "1 day"},
		{"PT5H", "5 hours"},
		{"PXY", "years"},
		{"PAST_REF", "the past"},
		{"PRESENT_REF", "the present"},
		{"", ""},
		{"2026-13", "2026-13"},
		{"XXXX-XX-XX", "XXXX-XX-XX"},
		{"garbage", "garbage"},
	} {
		if got := Label(tt.value); got != tt.want {
			t.Errorf("Label(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
