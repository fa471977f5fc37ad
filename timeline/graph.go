package timeline

import (
	"cmp"
	"errors"
	"slices"
	"sort"
	"strings"

	"github.com/dominikbraun/graph"

	"github.com/chronograph/chronograph/timeline/document"
)

// edgeAcc counts the sentences that name two entities and keeps the most
// informative of them as evidence, up to a cap, as they stream by. It is
// kept small: a large corpus has millions of edges.
type edgeAcc struct {
	weight int32
	// settled is set once every kept sentence is dated and from a document
	// of its own: no later sentence can be more informative.
	settled bool
	ev      []evidence // in input order
	texts   []string   // the sentences of ev, unless their text is deferred
}

// evidence is a sentence offered as evidence for an edge.
type evidence struct {
	start, end int32 // source offsets
	doc        int32 // index of the document
	seq        int32 // input order
	dated      bool  // the sentence is an event
}

// rank orders evidence from the most informative: a sentence from a
// document not yet cited before one from a cited document, a dated sentence
// (an event) before an undated one. Lower is better.
func rank(dated, citedDoc bool) int {
	r := 0
	if citedDoc {
		r += 2
	}
	if !dated {
		r++
	}
	return r
}

// offer considers one more sentence, later in input order than those kept.
// Until the cap is reached it is kept; after, it replaces the least
// informative kept sentence (the latest among equals) if it is more
// informative. text, when not nil, gives the sentence's text to keep.
func (e *edgeAcc) offer(c evidence, capacity int, text func() string) {
	if len(e.ev) < capacity {
		if len(e.ev) == cap(e.ev) {
			// Grow to the cap at most: an edge holds its evidence for the
			// whole run.
			n := min(max(2*len(e.ev), 1), capacity)
			e.ev = append(make([]evidence, 0, n), e.ev...)
			if text != nil {
				e.texts = append(make([]string, 0, n), e.texts...)
			}
		}
		e.ev = append(e.ev, c)
		if text != nil {
			e.texts = append(e.texts, text())
		}
		return
	}
	if e.settled {
		return
	}
	cited := false
	for _, k := range e.ev {
		cited = cited || k.doc == c.doc
	}
	rc := rank(c.dated, cited)
	if rc == 3 {
		return // nothing ranks lower
	}
	worst, rw := -1, -1
	for i, k := range e.ev {
		r := rank(k.dated, citedBefore(e.ev[:i], k.doc))
		if r >= rw {
			worst, rw = i, r
		}
	}
	if rw == 0 {
		e.settled = true
		return
	}
	if rc >= rw {
		return
	}
	e.ev = append(e.ev[:worst], e.ev[worst+1:]...)
	e.ev = append(e.ev, c)
	if text != nil {
		e.texts = append(e.texts[:worst], e.texts[worst+1:]...)
		e.texts = append(e.texts, text())
	}
}

func citedBefore(ev []evidence, doc int32) bool {
	for _, k := range ev {
		if k.doc == doc {
			return true
		}
	}
	return false
}

// ranked returns the kept sentences, the most informative first, in input
// order among equals. docID gives a document's ID by index.
func (e *edgeAcc) ranked(docID func(int32) string) []Source {
	type ranked struct {
		Source
		rank int
		seq  int32
	}
	rs := make([]ranked, len(e.ev))
	for i, k := range e.ev {
		src := Source{Doc: docID(k.doc), Start: int(k.start), End: int(k.end)}
		if e.texts != nil {
			src.Text = e.texts[i]
		}
		rs[i] = ranked{src, rank(k.dated, citedBefore(e.ev[:i], k.doc)), k.seq}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].rank != rs[j].rank {
			return rs[i].rank < rs[j].rank
		}
		return rs[i].seq < rs[j].seq
	})
	out := make([]Source, len(rs))
	for i, r := range rs {
		out[i] = r.Source
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

// FillEvidence fills in the sentence of each edge evidence that has none,
// after an analysis with Options.DeferEvidenceText, reading the documents
// again through read, which must give the documents the analysis read. Run
// it after Prune, so that only the evidence shown is read back.
func FillEvidence(r *Result, read func(emit func(document.Document) error) error) error {
	type ref struct{ edge, ev int }
	want := map[string][]ref{}
	for i, e := range r.Edges {
		for j, s := range e.Evidence {
			if s.Text == "" {
				want[s.Doc] = append(want[s.Doc], ref{i, j})
			}
		}
	}
	if len(want) == 0 {
		return nil
	}
	err := read(func(d document.Document) error {
		refs, ok := want[d.ID]
		if !ok {
			return nil
		}
		delete(want, d.ID)
		texts := map[[2]int]string{} // one copy of a sentence that backs several edges
		for _, rf := range refs {
			s := &r.Edges[rf.edge].Evidence[rf.ev]
			if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
				continue // not the document the analysis read
			}
			k := [2]int{s.Start, s.End}
			t, ok := texts[k]
			if !ok {
				t = strings.Clone(d.Text[s.Start:s.End])
				texts[k] = t
			}
			s.Text = t
		}
		if len(want) == 0 {
			return errAllRead
		}
		return nil
	})
	if errors.Is(err, errAllRead) {
		return nil
	}
	return err
}

// EvidenceSources returns the sources of the documents that FillEvidence
// would read evidence sentences from, in the order of r.Documents: pass
// them to document.NewSources as the Options.Only of its reading, so that
// the rest of the corpus is not decoded again.
func EvidenceSources(r *Result) []string {
	want := map[string]bool{}
	for _, e := range r.Edges {
		for _, s := range e.Evidence {
			if s.Text == "" {
				want[s.Doc] = true
			}
		}
	}
	var sources []string
	for _, d := range r.Documents {
		if want[d.ID] {
			sources = append(sources, d.Source)
		}
	}
	return sources
}

// errAllRead stops FillEvidence's reading once every document it needs is read.
var errAllRead = errors.New("all evidence read")
