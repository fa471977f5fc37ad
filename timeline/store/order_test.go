package store

import "testing"

// TestEventWindow checks which events a window holds: those whose days
// overlap it, no longer than it when both its ends are set.
func TestEventWindow(t *testing.T) {
	e := eventOrder{}
	add := func(from, to string) int32 {
		e.from = append(e.from, dayNumber(from))
		e.to = append(e.to, dayNumber(to))
		return int32(len(e.from) - 1)
	}
	day := add("2026-07-20", "2026-07-20")
	year := add("2026-01-01", "2026-12-31")
	month := add("2026-07-01", "2026-07-31")
	undated := add("", "")
	tests := []struct {
		w    Window
		want map[int32]bool
	}{
		{Window{}, map[int32]bool{day: true, year: true, month: true, undated: true}},
		{Window{From: "2026-07-13", To: "2026-08-12"}, map[int32]bool{day: true, month: true}},
		{Window{From: "2026-07-21", To: "2026-08-12"}, map[int32]bool{}},
		{Window{From: "2026-01-01", To: "2026-12-31"}, map[int32]bool{day: true, year: true, month: true}},
		{Window{From: "2026-07-21"}, map[int32]bool{year: true, month: true}},
	}
	for _, tt := range tests {
		from, to := windowDays(tt.w)
		for p := range int32(len(e.from)) {
			if got := e.overlaps(p, tt.w, from, to); got != tt.want[p] {
				t.Errorf("window %v, event %d (%d..%d): %v, want %v", tt.w, p, e.from[p], e.to[p], got, tt.want[p])
			}
		}
	}
}
