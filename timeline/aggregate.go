package timeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph/chronograph/entities"
)

// aggregator folds document results, in input order, into a Result.
//
// What it keeps grows with the distinct entities, edges and events, not
// with the text: each document's mentions are resolved within the document
// by the worker, and the aggregator only keeps each distinct local entity
// (same type, aliases and languages) once, the per-edge counts with capped
// evidence, and the events. At the end the local entities are resolved
// across the corpus, so that links between documents (a surname to the one
// full name that has it, a katakana name to the English name it
// transliterates) are still made, and the counts are summed per entity.
type aggregator struct {
	p        *Pipeline
	evidence int // evidence sentences kept per edge
	perDate  int // events kept per date in a lean run
	lean     bool

	docs chunks[docMeta]
	// docLocals lists the local entities of each document, as indexes into
	// locals, concatenated; docEnd[i] is where document i's list ends.
	docLocals []int32
	docEnd    []int32

	localOf map[string]int32 // by localEntity.key
	locals  []localAcc

	edgeOf       map[[2]int32]int32 // index in edges by pair of local entities, lower index first
	edges        chunks[edgeAcc]
	events       map[[16]byte]*eventAcc
	eventList    []*eventAcc // in order of first appearance
	eventsOnDate map[string]int
	omitted      int
	pairsOmitted int // pairs of names not made edges, beyond MaxPairedNames in a sentence

	mentions []mentionRec // unless lean
	timexes  []Timex      // unless lean
	strs     map[string]string
	seq      int32   // sentences naming an entity, so far: the input order of evidence
	ids      []int32 // scratch: the local entities of one sentence
}

// localAcc counts what the corpus says about one local entity.
type localAcc struct {
	localEntity
	mentions    int
	cited       int    // mentions that cite it as a source
	first, last string // earliest and latest event dates naming it
}

type mentionRec struct {
	doc, local int32
	start, end int
	text       string
	typ        entities.Type
}

// reportsPerEvent bounds the reports a lean run holds per date, as a
// multiple of the events it keeps per date: the cap applies to events,
// after clustering, and this only bounds memory.
const reportsPerEvent = 10

type eventAcc struct {
	Event
	locals []int32
}

func newAggregator(p *Pipeline) *aggregator {
	a := &aggregator{
		p:            p,
		evidence:     p.Options.Evidence,
		perDate:      p.Options.EventsPerDate,
		lean:         p.Options.Lean,
		localOf:      map[string]int32{},
		edgeOf:       map[[2]int32]int32{},
		events:       map[[16]byte]*eventAcc{},
		eventsOnDate: map[string]int{},
		strs:         map[string]string{},
	}
	if a.evidence <= 0 {
		a.evidence = 20
	}
	if a.perDate <= 0 {
		a.perDate = 20
	}
	return a
}

// intern returns a copy of s that shares its bytes with earlier equal ones
// and holds no reference to the text s was cut from.
func (a *aggregator) intern(s string) string {
	if t, ok := a.strs[s]; ok {
		return t
	}
	t := strings.Clone(s)
	a.strs[t] = t
	return t
}

// add folds one document's result.
func (a *aggregator) add(r docResult) {
	d := r.doc
	di := int32(a.docs.len())
	doc := Document{ID: d.ID, Source: d.Source, Title: d.Title, URL: d.URL, Author: d.Author,
		Lang: r.lang, DateSource: d.DateSource}
	if d.Lang != "" {
		doc.Lang = d.Lang
	}
	if !d.Published.IsZero() {
		doc.Published = d.Published.Format(time.DateOnly)
	}
	if a.p.Options.WithText {
		doc.Text = d.Text
	}
	a.docs.add(newDocMeta(doc))
	doc = a.docs.at(int(di)).document() // its strings no longer hold the text they came with

	gid := make([]int32, len(r.clusters))
	for i, c := range r.clusters {
		g, ok := a.localOf[c.key]
		if !ok {
			g = int32(len(a.locals))
			a.localOf[c.key] = g
			// The aliases may be cut from the document's text: copy them,
			// so that the text is not kept alive.
			c.aliases = slices.Clone(c.aliases)
			for i, alias := range c.aliases {
				c.aliases[i] = a.intern(alias)
			}
			a.locals = append(a.locals, localAcc{localEntity: c})
		}
		gid[i] = g
		a.docLocals = append(a.docLocals, g)
	}
	a.docEnd = append(a.docEnd, int32(len(a.docLocals)))

	for mi, m := range r.mentions {
		c := r.cluster[mi]
		if c < 0 {
			continue
		}
		a.locals[gid[c]].mentions++
		if r.cited[mi] {
			a.locals[gid[c]].cited++
		}
		if !a.lean {
			a.mentions = append(a.mentions, mentionRec{doc: di, local: gid[c], start: m.Start, end: m.End,
				text: a.intern(d.Text[m.Start:m.End]), typ: m.Type})
		}
	}
	if !a.lean {
		for _, t := range r.timexes {
			a.timexes = append(a.timexes, Timex{Doc: doc.ID, Start: t.Start, End: t.End, Text: a.intern(t.Text),
				Type: t.Type, Value: a.intern(t.Value), Granularity: string(t.Granularity)})
		}
	}

	var docMentions map[int32]int // by local entity, for pairedNames
	for _, s := range r.sentences {
		ids := a.ids[:0]
		for mi := s.mentions[0]; mi < s.mentions[1]; mi++ {
			if c := r.cluster[mi]; c >= 0 {
				ids = append(ids, gid[c])
			}
		}
		a.ids = ids
		if len(ids) == 0 {
			continue
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		paired := ids // the names whose pairs become edges
		if len(ids) > MaxPairedNames {
			if docMentions == nil {
				docMentions = mentionsPerLocal(r, gid)
			}
			paired = pairedNames(r, s, gid, docMentions)
			n, k := len(ids), len(paired)
			a.pairsOmitted += n*(n-1)/2 - k*(k-1)/2
		}
		a.seq++
		src := Source{Doc: doc.ID, Start: s.start, End: s.end}
		text := "" // the sentence, copied once something keeps it
		sentenceText := func() string {
			if text == "" {
				text = strings.Clone(d.Text[s.start:s.end])
			}
			return text
		}
		if len(paired) >= 2 {
			c := evidence{start: int32(s.start), end: int32(s.end), doc: di, dated: len(s.dates) > 0, seq: a.seq}
			text := sentenceText
			if a.p.Options.DeferEvidenceText {
				text = nil
			}
			for i, x := range paired {
				for _, y := range paired[i+1:] {
					k, ok := a.edgeOf[[2]int32{x, y}]
					if !ok {
						k = int32(a.edges.len())
						a.edgeOf[[2]int32{x, y}] = k
						a.edges.add(edgeAcc{})
					}
					e := a.edges.at(int(k))
					e.weight++
					e.offer(c, a.evidence, text)
				}
			}
		}
		for _, date := range s.dates {
			for _, id := range ids {
				l := &a.locals[id]
				if l.first == "" || date.Value < l.first {
					l.first = a.intern(date.Value)
				}
				if date.Value > l.last {
					l.last = a.intern(date.Value)
				}
			}
			sum := sha256.Sum256([]byte(date.Value + "\x00" + s.norm + "\x00"))
			key := [16]byte(sum[:16])
			ev := a.events[key]
			if ev == nil {
				if a.lean && a.eventsOnDate[date.Value] >= reportsPerEvent*a.perDate {
					a.omitted++
					continue
				}
				if a.lean {
					a.eventsOnDate[a.intern(date.Value)]++
				}
				ev = &eventAcc{Event: Event{ID: "ev-" + hex.EncodeToString(sum[:6]), Date: a.intern(date.Value),
					Granularity: string(date.Granularity), DateText: a.intern(date.Text), Anchor: a.intern(date.anchor),
					Text: sentenceText(), Lang: s.lang}, locals: slices.Clone(ids)}
				a.events[key] = ev
				a.eventList = append(a.eventList, ev)
			}
			if !a.lean || len(ev.Sources) < a.evidence {
				ev.Sources = append(ev.Sources, src)
			}
		}
	}
}

// MaxPairedNames bounds the names of one sentence that are paired into
// edges. A sentence naming n entities would give n(n-1)/2 edges, each with
// the sentence as evidence: a guest list of 200 names, or a page without
// sentence punctuation cut into 4,000-byte pieces, gives megabytes of
// output per kilobyte of input. Beyond this many, a sentence pairs only its
// most prominent names — those the document mentions most, then those
// named first in the sentence — so that what a sentence adds to the output
// stays within a small multiple of its length (15 pairs at most). The pairs
// left out are counted in Result.PairsOmitted.
const MaxPairedNames = 6

// mentionsPerLocal counts the mentions of each local entity in a document.
func mentionsPerLocal(r docResult, gid []int32) map[int32]int {
	n := map[int32]int{}
	for _, c := range r.cluster {
		if c >= 0 {
			n[gid[c]]++
		}
	}
	return n
}

// pairedNames returns the MaxPairedNames local entities of sentence s that
// are paired into edges, in increasing order: those the document mentions
// most, and of those equally mentioned, the ones named first in s.
func pairedNames(r docResult, s sentence, gid []int32, docMentions map[int32]int) []int32 {
	var order []int32 // in order of first mention in s
	seen := map[int32]bool{}
	for mi := s.mentions[0]; mi < s.mentions[1]; mi++ {
		if c := r.cluster[mi]; c >= 0 && !seen[gid[c]] {
			seen[gid[c]] = true
			order = append(order, gid[c])
		}
	}
	slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(docMentions[y], docMentions[x]) })
	order = order[:min(len(order), MaxPairedNames)]
	slices.Sort(order)
	return order
}

// result resolves the local entities across the corpus and builds the
// Result.
func (a *aggregator) result() *Result {
	res := &Result{Documents: make([]Document, a.docs.len()), ReportsOmitted: a.omitted,
		PairsOmitted: a.pairsOmitted}
	for i := range res.Documents {
		res.Documents[i] = a.docs.at(i).document()
	}
	resolved, entOf := a.resolve()

	displayLang := a.p.Options.DisplayLang
	if displayLang == "" {
		displayLang = "en"
	}
	ents := make([]Entity, len(resolved))
	for i, e := range resolved {
		ents[i] = Entity{ID: e.ID, Name: e.Name(displayLang), Type: string(e.Type),
			Aliases: nonNil(e.Aliases), Langs: nonNil(e.Langs)}
	}
	cited := make([]int, len(ents))
	for li, l := range a.locals {
		e := entOf[li]
		if e < 0 {
			continue
		}
		ent := &ents[e]
		ent.Mentions += l.mentions
		cited[e] += l.cited
		if l.first != "" && (ent.FirstSeen == "" || l.first < ent.FirstSeen) {
			ent.FirstSeen = l.first
		}
		if l.last > ent.LastSeen {
			ent.LastSeen = l.last
		}
	}
	for i := range ents {
		if entities.SourceRole(resolved[i].Outlet, ents[i].Mentions, cited[i]) == entities.Source {
			ents[i].Role = string(entities.Source)
		}
	}
	// Documents per entity: two local entities of one document may be one
	// entity of the corpus, so count distinct entities per document.
	lastDoc := make([]int, len(ents))
	for i := range lastDoc {
		lastDoc[i] = -1
	}
	start := int32(0)
	for di, end := range a.docEnd {
		for _, l := range a.docLocals[start:end] {
			if e := entOf[l]; e >= 0 && lastDoc[e] != di {
				lastDoc[e] = di
				ents[e].Documents++
			}
		}
		start = end
	}

	for _, m := range a.mentions {
		if e := entOf[m.local]; e >= 0 {
			res.Mentions = append(res.Mentions, Mention{Doc: res.Documents[m.doc].ID, Start: m.start, End: m.end,
				Text: m.text, Type: string(m.typ), Entity: ents[e].ID})
		}
	}
	res.Timexes = a.timexes

	events := make([]*eventAcc, 0, len(a.eventList))
	for _, ev := range a.eventList {
		ids := make([]string, 0, len(ev.locals))
		for _, l := range ev.locals {
			if e := entOf[l]; e >= 0 {
				ids = append(ids, ents[e].ID)
			}
		}
		if len(ids) == 0 {
			continue
		}
		sort.Strings(ids)
		ev.Entities = slices.Compact(ids)
		events = append(events, ev)
	}
	// Sorted as pointers, then copied: moving the events themselves was
	// most of the sort's time.
	slices.SortStableFunc(events, func(x, y *eventAcc) int {
		return cmp.Or(strings.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
	})
	if len(events) > 0 {
		res.Events = make([]Event, len(events))
		for i, ev := range events {
			res.Events[i] = ev.Event
		}
	}
	if a.lean {
		res.Events, res.EventsOmitted = clusterReports(res.Events, res.Documents, ents, displayLang, a.perDate, a.evidence)
	} else {
		res.Events, _ = clusterReports(res.Events, res.Documents, ents, displayLang, 0, 0)
	}
	for _, e := range ents {
		if e.Mentions > 0 {
			res.Entities = append(res.Entities, e)
		}
	}
	if a.lean && (a.p.Options.Top > 0 || a.p.Options.MinWeight > 1) {
		// Build only the edges that pruning keeps: on a large corpus the
		// others are most of them.
		res.Edges = a.mergeEdges(entOf, ents, topEntities(res.Entities, a.p.Options.Top))
		Prune(res, a.p.Options.Top, a.p.Options.MinWeight)
	} else {
		res.Edges = a.mergeEdges(entOf, ents, nil)
	}
	res.fillEmpty()
	return res
}

// resolve merges the local entities into the corpus' entities: each local
// entity is given to the resolver as one document that names each of its
// aliases once per language. It returns the entities and, per local entity,
// the index of its entity or -1.
func (a *aggregator) resolve() ([]entities.Entity, []int) {
	docs := make([]entities.DocMentions, len(a.locals))
	for i, l := range a.locals {
		ms := make([]entities.Mention, 0, len(l.aliases)*max(len(l.langs), 1))
		for _, alias := range l.aliases {
			if len(l.langs) == 0 {
				ms = append(ms, entities.Mention{Text: alias, Type: l.typ})
			}
			for _, lang := range l.langs {
				ms = append(ms, entities.Mention{Text: alias, Type: l.typ, Lang: lang})
			}
		}
		docs[i] = entities.DocMentions{Doc: strconv.Itoa(i), Mentions: ms}
		for _, ab := range l.abbrevs {
			name, abbr := slices.Index(l.aliases, ab[0]), slices.Index(l.aliases, ab[1])
			if name >= 0 && abbr >= 0 {
				// With several languages each alias is named once per
				// language; its first mention stands for it.
				k := max(len(l.langs), 1)
				docs[i].Abbreviations = append(docs[i].Abbreviations, [2]int{name * k, abbr * k})
			}
		}
	}
	resolved, of := a.p.Resolver.Resolve(docs)
	entOf := make([]int, len(a.locals))
	for i, ms := range of {
		entOf[i] = majority(ms)
	}
	return resolved, entOf
}

// majority returns the value most of xs hold, ignoring -1; the smallest on a
// tie; -1 when there is none.
func majority(xs []int) int {
	best, bestN := -1, 0
	for i, x := range xs {
		if x < 0 || slices.Contains(xs[:i], x) {
			continue
		}
		n := 0
		for _, y := range xs[i:] {
			if y == x {
				n++
			}
		}
		if n > bestN || n == bestN && x < best {
			best, bestN = x, n
		}
	}
	return best
}

// docMeta holds a Document compactly until the result is built: its
// strings in one allocation, since a large corpus has hundreds of
// thousands of documents.
type docMeta struct {
	fields string    // ID, Source, Title, URL, Author, Lang, Published, DateSource, end to end
	ends   [8]uint32 // where each field ends in fields
	text   string    // with Options.WithText
}

func newDocMeta(d Document) docMeta {
	var m docMeta
	fields := [8]string{d.ID, d.Source, d.Title, d.URL, d.Author, d.Lang, d.Published, d.DateSource}
	n := 0
	for _, f := range fields {
		n += len(f)
	}
	var b strings.Builder
	b.Grow(n)
	for i, f := range fields {
		b.WriteString(f)
		m.ends[i] = uint32(b.Len())
	}
	m.fields, m.text = b.String(), d.Text
	return m
}

func (m *docMeta) field(i int) string {
	start := uint32(0)
	if i > 0 {
		start = m.ends[i-1]
	}
	return m.fields[start:m.ends[i]]
}

func (m *docMeta) document() Document {
	return Document{ID: m.field(0), Source: m.field(1), Title: m.field(2), URL: m.field(3), Author: m.field(4),
		Lang: m.field(5), Published: m.field(6), DateSource: m.field(7), Text: m.text}
}

// chunks is a growing list stored in blocks of fixed size: unlike a slice,
// it never copies what it holds nor leaves half its capacity unused.
type chunks[T any] struct {
	blocks [][]T
	n      int
}

const chunkSize = 4096

func (c *chunks[T]) len() int { return c.n }

func (c *chunks[T]) add(x T) {
	if c.n%chunkSize == 0 {
		c.blocks = append(c.blocks, make([]T, 0, chunkSize))
	}
	last := &c.blocks[len(c.blocks)-1]
	*last = append(*last, x)
	c.n++
}

func (c *chunks[T]) at(i int) *T { return &c.blocks[i/chunkSize][i%chunkSize] }

// mergeEdges turns the edges between local entities into edges between
// entities, sorted by source then target; only those between entities in
// keep, unless it is nil.
func (a *aggregator) mergeEdges(entOf []int, ents []Entity, keep map[string]bool) []Edge {
	type pair [2]int
	merged := map[pair][]*edgeAcc{}
	for k, i := range a.edgeOf {
		e := a.edges.at(int(i))
		x, y := entOf[k[0]], entOf[k[1]]
		if x < 0 || y < 0 || x == y || keep != nil && (!keep[ents[x].ID] || !keep[ents[y].ID]) {
			continue
		}
		if ents[y].ID < ents[x].ID {
			x, y = y, x
		}
		merged[pair{x, y}] = append(merged[pair{x, y}], e)
	}
	docID := func(i int32) string { return a.docs.at(int(i)).field(0) }
	out := make([]Edge, 0, len(merged))
	for k, list := range merged {
		e := list[0]
		if len(list) > 1 {
			e = mergeEvidence(list, a.evidence)
		}
		out = append(out, Edge{Source: ents[k[0]].ID, Target: ents[k[1]].ID, Weight: int(e.weight), Evidence: e.ranked(docID)})
	}
	sortEdges(out)
	return out
}

// mergeEvidence sums the weights of several edges between local entities
// that are one edge between entities and picks their evidence anew.
func mergeEvidence(list []*edgeAcc, capacity int) *edgeAcc {
	type withText struct {
		evidence
		text string
	}
	var all []withText
	m := &edgeAcc{}
	deferred := true
	for _, e := range list {
		m.weight += e.weight
		for i, c := range e.ev {
			w := withText{evidence: c}
			if e.texts != nil {
				w.text, deferred = e.texts[i], false
			}
			all = append(all, w)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].seq < all[j].seq })
	for i, c := range all {
		if i > 0 && c.seq == all[i-1].seq {
			continue // one sentence that named both pairs
		}
		var text func() string
		if !deferred {
			text = func() string { return c.text }
		}
		m.offer(c.evidence, capacity, text)
	}
	return m
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// fillEmpty replaces nil slices by empty ones so that the JSON says [] rather
// than null.
func (r *Result) fillEmpty() {
	if r.Inputs == nil {
		r.Inputs = []Input{}
	}
	if r.Documents == nil {
		r.Documents = []Document{}
	}
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	if r.Mentions == nil {
		r.Mentions = []Mention{}
	}
	if r.Timexes == nil {
		r.Timexes = []Timex{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	if r.Edges == nil {
		r.Edges = []Edge{}
	}
}
