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

// maxCommunityNodes caps the graph the communities are computed on: the
// entities with the most mentions, far more than the network draws legibly.
// Louvain on 2,000 entities and 20,000 edges takes a second; on these, a
// tenth of it.
const maxCommunityNodes = 400

// communities partitions the co-occurrence graph of the most mentioned
// entities with the Louvain method (gonum's modularity optimiser) and returns
// a community per entity, numbered by decreasing size (ties: the smallest
// entity index first), with -1 for entities left out or that share no edge;
// and the number of communities.
func communities(ents []pageEnt, edges []pageEdge) ([]int, int) {
	comm := make([]int, len(ents))
	for i := range comm {
		comm[i] = -1
	}
	byMentions := make([]int, len(ents))
	for i := range byMentions {
		byMentions[i] = i
	}
	slices.SortStableFunc(byMentions, func(a, b int) int { return cmp.Compare(ents[b].Mentions, ents[a].Mentions) })
	kept := make([]bool, len(ents))
	for _, i := range byMentions[:min(len(ents), maxCommunityNodes)] {
		kept[i] = true
	}
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for _, e := range edges {
		if !kept[e.A] || !kept[e.B] {
			continue
		}
		// Integer weights keep every sum exact, so the result does not
		// depend on the order in which gonum visits its maps.
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(e.A), simple.Node(e.B), float64(e.W)))
	}
	if g.Edges().Len() == 0 {
		return comm, 0
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
