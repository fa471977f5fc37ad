package store

import (
	"fmt"
	"slices"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestEventRowsSources checks that eventRows writes each source (report,
// sentence) of a batch once, a report's row from its least ranked source:
// a sentence with two dates of one day is a report's source twice, and
// documents whose hashes share their first 8 bytes give sentences of
// equal rank, whose sources may come between a sentence's repeats; and
// a sentence that is a source of two reports is written for each.
func TestEventRowsSources(t *testing.T) {
	const a, b = "aaaaaaaaaaaaaaaa1111", "aaaaaaaaaaaaaaaa2222" // one rank prefix
	dt := timeline.EventDate{Value: "2025-02-03"}
	evs := []eventSource{
		{id: 7, sentence: 10, rep: repRank(a, 5), dt: dt},
		{id: 7, sentence: 20, rep: repRank(b, 5), dt: dt},
		{id: 3, sentence: 30, rep: repRank(b, 9), dt: dt},
		{id: 7, sentence: 10, rep: repRank(a, 5), dt: dt}, // a repeat, after another of its rank
		{id: 3, sentence: 30, rep: repRank(b, 9), dt: dt},
		{id: 7, sentence: 40, rep: repRank(a, 1), dt: dt},
		{id: 3, sentence: 50, rep: repRank(a, 9), dt: dt},
	}
	events, sources, _ := eventRows(evs)
	var got []string
	for _, s := range sources {
		got = append(got, fmt.Sprint(s...))
	}
	if want := []string{"3 30", "3 50", "7 40", "7 10", "7 20"}; !slices.Equal(got, want) {
		t.Errorf("sources %v, want %v", got, want)
	}
	var firsts []string
	for _, e := range events {
		firsts = append(firsts, fmt.Sprint(e[0], " ", e[7]))
	}
	if want := []string{"3 30", "7 40"}; !slices.Equal(firsts, want) {
		t.Errorf("reports (id, first source) %v, want %v", firsts, want)
	}
	// A sentence with dates of two days is a source of two reports, of
	// one rank: each report has it.
	_, sources, _ = eventRows([]eventSource{
		{id: 3, sentence: 10, rep: repRank(a, 5), dt: dt},
		{id: 7, sentence: 10, rep: repRank(a, 5), dt: timeline.EventDate{Value: "2025-02-04"}},
	})
	if got := fmt.Sprint(sources); got != "[[3 10] [7 10]]" {
		t.Errorf("a sentence reporting two events: sources %s, want [[3 10] [7 10]]", got)
	}
}
