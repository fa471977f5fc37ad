package store_test

import (
	"fmt"
	"maps"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

// TestPickGroups checks that each pass of a finish picks the reports of
// the groups it adds, not again those of the groups an earlier pass
// loaded (their reports are in loaded_events already): by day, by date
// held as text (a week, a month, a day with a time) and, in the first
// pass only, by id for the groups alone.
func TestPickGroups(t *testing.T) {
	byText := map[string]string{"2025-W33": "2025-W33", "2025-W34": "2025-W34", "2025-08": "2025-08", "2025-08-16T09:30": "2025-08-16"}
	alone := map[string][]int64{"2025": {9, 7}}
	first := map[string]bool{"2025-08-14": true, "2025-W33": true, "2025-08": true, "2025": true}
	second := maps.Clone(first)
	second["2025-08-16"], second["2025-W34"] = true, true
	days, texts, ids := store.PickGroups(byText, alone, first, second)
	for _, c := range []struct{ name, got, want string }{
		{"days", fmt.Sprint(days), "[[2025-08-14] [2025-08-16]]"},
		{"texts", fmt.Sprint(texts), "[[2025-08 2025-W33] [2025-08-16T09:30 2025-W34]]"},
		{"ids", fmt.Sprint(ids), "[[7 9] []]"},
	} {
		if c.got != c.want {
			t.Errorf("%s by pass: %s, want %s", c.name, c.got, c.want)
		}
	}
}
