package timeline

import (
	"errors"
	"sort"

	"github.com/dominikbraun/graph"
)

// cooccurrence counts, for each pair of entities, the sentences that name
// both, in an undirected weighted graph, keeping the first sentences as
// evidence.
type cooccurrence struct {
	g        graph.Graph[string, string]
	evidence map[[2]string][]Source
	cap      int
}

func newCooccurrence(evidenceCap int) *cooccurrence {
	if evidenceCap <= 0 {
		evidenceCap = 20
	}
	return &cooccurrence{
		g:        graph.New(graph.StringHash, graph.Weighted()),
		evidence: map[[2]string][]Source{},
		cap:      evidenceCap,
	}
}

// add records one sentence naming the sorted, distinct entity ids.
func (c *cooccurrence) add(ids []string, src Source, text string) {
	for _, id := range ids {
		if err := c.g.AddVertex(id); err != nil && !errors.Is(err, graph.ErrVertexAlreadyExists) {
			panic(err) // only a duplicate vertex can fail here
		}
	}
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if e, err := c.g.Edge(a, b); err == nil {
				_ = c.g.UpdateEdge(a, b, graph.EdgeWeight(e.Properties.Weight+1))
			} else {
				_ = c.g.AddEdge(a, b, graph.EdgeWeight(1))
			}
			key := [2]string{a, b}
			if ev := c.evidence[key]; len(ev) < c.cap {
				s := src
				s.Text = text
				c.evidence[key] = append(ev, s)
			}
		}
	}
}

// edges lists the graph's edges sorted by source then target, Source < Target.
func (c *cooccurrence) edges() []Edge {
	list, err := c.g.Edges()
	if err != nil {
		panic(err) // the in-memory store does not fail
	}
	out := make([]Edge, 0, len(list))
	for _, e := range list {
		a, b := e.Source, e.Target
		if b < a {
			a, b = b, a
		}
		out = append(out, Edge{Source: a, Target: b, Weight: e.Properties.Weight, Evidence: c.evidence[[2]string{a, b}]})
	}
	sortEdges(out)
	return out
}

func sortEdges(edges []Edge) {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].Source != edges[j].Source {
			return edges[i].Source < edges[j].Source
		}
		return edges[i].Target < edges[j].Target
	})
}

// Prune keeps the top entities by mentions (all when top <= 0) and the edges
// of at least minWeight between them, dropping entities left without an edge
// only when minWeight > 1. Events keep only the entities that remain. It
// changes r in place and is meant for display: the JSON export is unpruned.
func Prune(r *Result, top, minWeight int) {
	keep := map[string]bool{}
	ents := append([]Entity(nil), r.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Mentions > ents[j].Mentions })
	for i, e := range ents {
		if top <= 0 || i < top {
			keep[e.ID] = true
		}
	}
	g := graph.New(graph.StringHash, graph.Weighted())
	for id := range keep {
		_ = g.AddVertex(id)
	}
	for _, e := range r.Edges {
		if keep[e.Source] && keep[e.Target] && e.Weight >= minWeight {
			_ = g.AddEdge(e.Source, e.Target, graph.EdgeWeight(e.Weight))
		}
	}
	if minWeight > 1 {
		adj, _ := g.AdjacencyMap()
		for id, nb := range adj {
			if len(nb) == 0 {
				delete(keep, id)
			}
		}
	}
	var edges []Edge
	for _, e := range r.Edges {
		if _, err := g.Edge(e.Source, e.Target); err == nil && keep[e.Source] && keep[e.Target] {
			edges = append(edges, e)
		}
	}
	var entities []Entity
	for _, e := range r.Entities {
		if keep[e.ID] {
			entities = append(entities, e)
		}
	}
	r.Entities, r.Edges = entities, edges
	for i := range r.Events {
		var ids []string
		for _, id := range r.Events[i].Entities {
			if keep[id] {
				ids = append(ids, id)
			}
		}
		r.Events[i].Entities = nonNil(ids)
	}
	r.fillEmpty()
}
