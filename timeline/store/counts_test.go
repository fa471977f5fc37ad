package store

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestBothWays checks bothWays against the rows it stands for: each pair
// and its mirror, sorted, over pairs sharing numbers at either end and
// weeks.
func TestBothWays(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 10, 500} {
		var pairs []entityCount
		for range n {
			a, b := 1+r.Int64N(20), 1+r.Int64N(20)
			if a == b {
				continue
			}
			pairs = append(pairs, entityCount{a: min(a, b), b: max(a, b), week: 20000 + 7*r.Int64N(5), n: 1 + r.Int64N(9)})
		}
		slices.SortFunc(pairs, entityCount.compare)
		pairs = slices.CompactFunc(pairs, func(x, y entityCount) bool { return x.compare(y) == 0 })
		var want []entityCount
		for _, p := range pairs {
			want = append(want, p, entityCount{a: p.b, b: p.a, week: p.week, n: p.n})
		}
		slices.SortFunc(want, entityCount.compare)
		if got := bothWays(pairs); !slices.Equal(got, want) {
			t.Errorf("%d pairs: bothWays = %v, want %v", len(pairs), got, want)
		}
	}
}
