package period

import (
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParse(t *testing.T) {
	tests := []struct {
		value      string
		start, end time.Time
		ok         bool
	}{
		{"2025-02-07", day(2025, 2, 7), day(2025, 2, 8), true},
		{"2025-02-07T10:30", day(2025, 2, 7), day(2025, 2, 8), true},
		{"2024-02-29", day(2024, 2, 29), day(2024, 3, 1), true},
		{"2025-02", day(2025, 2, 1), day(2025, 3, 1), true},
		{"2025-12", day(2025, 12, 1), day(2026, 1, 1), true},
		{"2025", day(2025, 1, 1), day(2026, 1, 1), true},
		{"2025-W06", day(2025, 2, 3), day(2025, 2, 10), true}, // week 6 of 2025 starts on Monday 3 February
		{"2026-W01", day(2025, 12, 29), day(2026, 1, 5), true},
		{"2020-W53", day(2020, 12, 28), day(2021, 1, 4), true}, // 2020 has 53 weeks
		{"2025-W53", time.Time{}, time.Time{}, false},          // 2025 has 52
		{"2025-Q2", day(2025, 4, 1), day(2025, 7, 1), true},
		{"2025-02-30", time.Time{}, time.Time{}, false},
		{"2025-13", time.Time{}, time.Time{}, false},
		{"2025-Q5", time.Time{}, time.Time{}, false},
		{"XXXX-02-07", time.Time{}, time.Time{}, false},
		{"2025-SU", time.Time{}, time.Time{}, false},
		{"P3D", time.Time{}, time.Time{}, false},
		{"", time.Time{}, time.Time{}, false},
		{"２０２５", time.Time{}, time.Time{}, false}, // full-width digits are not ISO
		{"2025-+2", time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		s, ok := Parse(tt.value)
		if ok != tt.ok || !s.Start.Equal(tt.start) || !s.End.Equal(tt.end) {
			t.Errorf("Parse(%q) = [%v, %v) %v, want [%v, %v) %v", tt.value, s.Start, s.End, ok, tt.start, tt.end, tt.ok)
		}
	}
}
