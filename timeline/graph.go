package timeline

import (
	"cmp"
	"slices"
	"sort"

	"github.com/dominikbraun/graph"
)

// edgeAcc counts the sentences that name two entities and keeps the most
// informative of them as evidence, up to a cap, as they stream by. Which
// sentences it keeps depends only on the sentences, not on the order they
// come in: see selected. It is kept small: a large corpus has millions of
// edges, and the text of the sentences is in the aggregator's spool.
type edgeAcc struct {
	weight int32
	ev     []evidence // candidates, at most 2*cap after compact
}

// evidence is a sentence offered as evidence for an edge.
type evidence struct {
	start, end int32 // source offsets
	doc        int32 // index of the document
	dated      bool  // the sentence is an event
	text       int64 // where the sentence is in the spool; -1 before it is written
}

// order orders evidence from the most informative: a dated sentence (an
// event) before an undated one, then by the document's content hash key
// (keys, by document index) and the offset, an order that does not depend
// on how the documents came in.
func order(keys []uint64) func(c, d evidence) int {
	return func(c, d evidence) int {
		if c.dated != d.dated {
			if c.dated {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(keys[c.doc], keys[d.doc]), cmp.Compare(c.doc, d.doc), cmp.Compare(c.start, d.start))
	}
}

// add keeps one more candidate, compacting the list once it holds twice
// the cap.
func (e *edgeAcc) add(c evidence, capacity int, keys []uint64) {
	if len(e.ev) == cap(e.ev) {
		// Grow to three times the cap at most: an edge holds its evidence
		// for the whole run.
		n := min(max(2*len(e.ev), 1), 3*capacity)
		e.ev = append(make([]evidence, 0, n), e.ev...)
	}
	e.ev = append(e.ev, c)
	if len(e.ev) >= 3*capacity {
		e.compact(capacity, keys)
	}
}

// compact keeps, of the candidates, those selected could still choose
// however many more come: the capacity best overall and the best of each
// of the capacity best documents. The list is left sorted.
func (e *edgeAcc) compact(capacity int, keys []uint64) {
	slices.SortFunc(e.ev, order(keys))
	e.ev = slices.CompactFunc(e.ev, func(x, y evidence) bool { return x.doc == y.doc && x.start == y.start })
	docs := map[int32]bool{}
	kept := e.ev[:0]
	for i, c := range e.ev {
		first := !docs[c.doc] && len(docs) < capacity
		if first {
			docs[c.doc] = true
		}
		if i < capacity || first {
			kept = append(kept, c)
		}
	}
	e.ev = kept
}

// selected returns the evidence of the edge, the most informative first:
// the best sentence of each document in turn (sentences from documents not
// yet cited come first), then the best of the rest, up to capacity, with
// sentences in the order of order. The choice depends only on the set of
// candidates.
func (e *edgeAcc) selected(capacity int, keys []uint64) []evidence {
	e.compact(capacity, keys)
	out := make([]evidence, 0, min(len(e.ev), capacity))
	docs := map[int32]bool{}
	taken := make([]bool, len(e.ev))
	for i, c := range e.ev {
		if len(out) < capacity && !docs[c.doc] {
			docs[c.doc] = true
			taken[i] = true
			out = append(out, c)
		}
	}
	for i, c := range e.ev {
		if len(out) < capacity && !taken[i] {
			out = append(out, c)
		}
	}
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
	keep := topEntities(r.Entities, top)
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

// topEntities returns the IDs of the top entities by mentions, all when
// top <= 0; ties keep the order of ents.
func topEntities(ents []Entity, top int) map[string]bool {
	if top <= 0 || top >= len(ents) {
		keep := make(map[string]bool, len(ents))
		for _, e := range ents {
			keep[e.ID] = true
		}
		return keep
	}
	// Indexes sorted, not the entities: they are large to move.
	order := make([]int32, len(ents))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int { return cmp.Compare(ents[j].Mentions, ents[i].Mentions) })
	keep := make(map[string]bool, top)
	for _, i := range order[:top] {
		keep[ents[i].ID] = true
	}
	return keep
}
