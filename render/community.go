package render

import (
	"cmp"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// louvainSeed fixes the Louvain algorithm's random order so that the same
// graph always gets the same communities, and the page the same bytes.
const louvainSeed = 1

// communities partitions the co-occurrence graph with the Louvain method
// (gonum's modularity optimiser) and returns a community per entity,
// numbered by decreasing size (ties: the smallest entity index first), with
// -1 for entities that share no edge; and the number of communities.
func communities(nEnts int, edges []pageEdge) ([]int, int) {
	comm := make([]int, nEnts)
	for i := range comm {
		comm[i] = -1
	}
	if len(edges) == 0 {
		return comm, 0
	}
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for _, e := range edges {
		// Integer weights keep every sum exact, so the result does not
		// depend on the order in which gonum visits its maps.
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(e.A), simple.Node(e.B), float64(e.W)))
	}
	reduced := community.Modularize(g, 1, rand.NewPCG(louvainSeed, louvainSeed))
	var groups [][]int
	for _, c := range reduced.Communities() {
		members := make([]int, len(c))
		for i, n := range c {
			members[i] = int(n.ID())
		}
		slices.Sort(members)
		groups = append(groups, members)
	}
	slices.SortFunc(groups, func(x, y []int) int {
		return cmp.Or(cmp.Compare(len(y), len(x)), cmp.Compare(x[0], y[0]))
	})
	for i, members := range groups {
		for _, m := range members {
			comm[m] = i
		}
	}
	return comm, len(groups)
}
