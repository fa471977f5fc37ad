package render

import (
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestKeepOffAxis checks that events far from the years the news was
// published in leave the axis (and only they), are counted, and that the
// timeline says so.
func TestKeepOffAxis(t *testing.T) {
	docs := []timeline.Document{{Published: "2024-05-01"}, {Published: "2026-02-03"}, {}}
	tests := []struct {
		date                 string
		before, after, drawn bool
	}{
		{"1776", true, false, false},
		{"2013-12-31", true, false, false},
		{"2014-01", false, false, true}, // the first year of the axis
		{"2025-02-07", false, false, true},
		{"2036-12-31", false, false, true}, // the last
		{"2037", false, true, false},
		{"2079-05", false, true, false},
		{"XXXX-02", false, false, false}, // no place on any axis: undrawn, not off it
	}
	r := &timeline.Result{Documents: docs}
	for _, tt := range tests {
		r.Events = append(r.Events, timeline.Event{ID: tt.date, Date: tt.date, Text: "x"})
	}
	opts, err := Options{}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	d, err := build(r, opts, "report")
	if err != nil {
		t.Fatal(err)
	}
	wantBefore, wantAfter, undrawn := 0, 0, 0
	for i, tt := range tests {
		ev := d.Events[i]
		if drawn := ev.T1 != 0; drawn != tt.drawn {
			t.Errorf("%s: on the axis %v, want %v", tt.date, drawn, tt.drawn)
		}
		switch {
		case tt.before:
			wantBefore++
		case tt.after:
			wantAfter++
		case !tt.drawn:
			undrawn++
		}
	}
	if d.OffAxis.Before != wantBefore || d.OffAxis.After != wantAfter || d.OffAxis.From != 2014 || d.OffAxis.To != 2036 {
		t.Errorf("off axis %+v, want %d before 2014 and %d after 2036", d.OffAxis, wantBefore, wantAfter)
	}
	if d.Undrawn != undrawn {
		t.Errorf("undrawn %d, want %d (events off the axis are not undrawn)", d.Undrawn, undrawn)
	}
	sub := d.Charts.Timeline
	for _, want := range []string{"2 events dated before 2014", "2 events dated after 2036", "axis 2014–2036", "in the tables only"} {
		if !strings.Contains(string(sub), want) {
			t.Errorf("timeline option lacks %q", want)
		}
	}
}

// TestKeepOffAxisUndated checks that a corpus without a dated document
// keeps every event on the axis.
func TestKeepOffAxisUndated(t *testing.T) {
	events := []pageEvent{{T0: 1, T1: 2}}
	if o := keepOffAxis(events, []timeline.Document{{}}); o != (offAxis{}) || events[0].T1 != 2 {
		t.Errorf("got %+v, %+v", o, events)
	}
}
