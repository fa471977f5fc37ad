package timeline

import (
	"bytes"
	"cmp"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/entities"
)

// aggregator folds the partial results of documents into a Result. The
// Result does not depend on the order the partials come in: documents,
// mentions and event sources are sorted, local entities are resolved in
// the order of their keys, evidence and the events a lean run keeps are
// chosen by rules that only look at content (see edgeAcc and eventAcc).
//
// What it keeps grows with the distinct entities, edges and events, not
// with the text: each document's mentions are resolved within the document
// by the worker, and the aggregator only keeps each distinct local entity
// (same type, aliases and languages) once, the per-edge counts with capped
// evidence (their sentences in a spool on disk), and the events. At the end
// the local entities are resolved across the corpus, so that links between
// documents (a surname to the one full name that has it, a katakana name to
// the English name it transliterates) are still made, and the counts are
// summed per entity.
type aggregator struct {
	p        *Pipeline
	evidence int // evidence sentences kept per edge
	perDate  int // events kept per date in a lean run
	lean     bool

	docs    chunks[docMeta]
	hashes  map[string]int32 // content hash -> document
	docKeys []uint64         // by document: the first 8 bytes of its content hash, the order of evidence
	// docLocals lists the local entities of each document, as indexes into
	// locals, concatenated; docEnd[i] is where document i's list ends.
	docLocals []int32
	docEnd    []int32

	localOf map[string]int32 // by LocalEntity.Key
	locals  []localAcc

	edgeOf map[[2]int32]int32 // index in edges by pair of local entities, lower index first
	edges  chunks[edgeAcc]
	spool  *spool

	events  map[[16]byte]*eventAcc
	perDay  map[string]*dateEvents // lean: the events kept per date
	omitted map[[16]byte]bool      // lean: events left out over the cap

	pairsOmitted int // pairs of names not made edges, beyond MaxPairedNames in a sentence
	datesOmitted int // dates of a sentence past MaxDatesPerSentence

	mentions []mentionRec // unless lean
	timexes  []timexRec   // unless lean
	strs     map[string]string
	ids      []int32           // scratch: the local entities of one sentence
	paired   []int32           // scratch: those paired into edges
	spans    map[spanKey]int64 // where the result's evidence sentences are in the spool
}

// localAcc counts what the corpus says about one local entity.
type localAcc struct {
	LocalEntity
	key         string
	first, last string // earliest and latest event dates naming it
	lastDoc     int32  // 1 + the last document counted in Docs
}

type mentionRec struct {
	doc, local int32
	start, end int
	text       string
	typ        string
}

type timexRec struct {
	doc int32
	Timex
}

// eventAcc is one event as its sources come in. The fields of Event that
// come from a source (text, language, date as written, anchor) are those
// of its first source in content order (document hash, offset), and its
// local entities are those of all its sources (one sentence may name
// "Trump" in one document and "Donald Trump" in another), so they do not
// depend on which document came first.
type eventAcc struct {
	Event
	key    [16]byte
	rep    srcRec // the source its text is from
	srcs   []srcRec
	locals []int32 // sorted, distinct
}

// srcRec is a source of an event: a sentence of a document.
type srcRec struct {
	doc        int32
	start, end int
	key        uint64 // the document's hash key
}

func (a srcRec) less(b srcRec) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return a.start < b.start
}

// dateEvents are the events a lean run keeps on one date: those with the
// smallest keys, so that which are kept does not depend on arrival order.
type dateEvents struct {
	list []*eventAcc
}

func newAggregator(p *Pipeline) *aggregator {
	a := &aggregator{
		p:        p,
		evidence: p.Options.Evidence,
		perDate:  p.Options.EventsPerDate,
		lean:     p.Options.Lean,
		hashes:   map[string]int32{},
		localOf:  map[string]int32{},
		edgeOf:   map[[2]int32]int32{},
		events:   map[[16]byte]*eventAcc{},
		perDay:   map[string]*dateEvents{},
		omitted:  map[[16]byte]bool{},
		strs:     map[string]string{},
		spool:    newSpool(),
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

// add folds one document's partial result. Two documents with one text
// both count (the reader leaves repeats out before, and a store keeps a
// text once): a caller that gives both means both.
func (a *aggregator) add(r Partial) {
	di := int32(a.docs.len())
	if _, seen := a.hashes[r.Hash]; !seen {
		a.hashes[strings.Clone(r.Hash)] = di
	}
	doc := r.Doc
	if !a.p.Options.WithText {
		doc.Text = ""
	}
	a.docs.add(newDocMeta(doc, r.Hash))
	docKey := keyOfHash(r.Hash)
	a.docKeys = append(a.docKeys, docKey)

	gid := make([]int32, len(r.Locals))
	for i, c := range r.Locals {
		key, n, cited := c.Key(), c.Mentions, c.Cited
		g, ok := a.localOf[key]
		if !ok {
			g = int32(len(a.locals))
			a.localOf[key] = g
			// The aliases may be cut from the document's text: copy them,
			// so that the text is not kept alive.
			c.Aliases = slices.Clone(c.Aliases)
			for i, alias := range c.Aliases {
				c.Aliases[i] = a.intern(alias)
			}
			c.Langs = slices.Clone(c.Langs)
			c.Abbrevs = slices.Clone(c.Abbrevs)
			c.Mentions, c.Cited, c.Docs = 0, 0, 0
			a.locals = append(a.locals, localAcc{LocalEntity: c, key: key})
		}
		a.locals[g].Mentions += n
		if l := &a.locals[g]; l.lastDoc != di+1 {
			l.Docs += max(r.Locals[i].Docs, 1) // another document
			l.lastDoc = di + 1
		}
		a.locals[g].Cited += cited
		gid[i] = g
		a.docLocals = append(a.docLocals, g)
	}
	a.docEnd = append(a.docEnd, int32(len(a.docLocals)))

	if !a.lean {
		for _, m := range r.Mentions {
			a.mentions = append(a.mentions, mentionRec{doc: di, local: gid[m.Local], start: m.Start, end: m.End,
				text: a.intern(m.Text), typ: a.intern(m.Type)})
		}
		for _, t := range r.Timexes {
			a.timexes = append(a.timexes, timexRec{di, Timex{Start: t.Start, End: t.End, Text: a.intern(t.Text),
				Type: t.Type, Value: a.intern(t.Value), Granularity: t.Granularity}})
		}
	}

	for _, s := range r.Sentences {
		ids := a.ids[:0]
		for _, l := range s.Locals {
			ids = append(ids, gid[l])
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		a.ids = ids
		if len(ids) == 0 {
			continue
		}
		paired := ids // the names whose pairs become edges
		if s.Paired != nil {
			paired = a.paired[:0]
			for _, l := range s.Paired {
				paired = append(paired, gid[l])
			}
			slices.Sort(paired)
			paired = slices.Compact(paired)
			a.paired = paired
			n, k := len(ids), len(paired)
			a.pairsOmitted += n*(n-1)/2 - k*(k-1)/2
		}
		a.datesOmitted += s.DatesOmitted
		if len(paired) >= 2 {
			c := evidence{start: int32(s.Start), end: int32(s.End), doc: di, dated: len(s.Dates) > 0, text: -1}
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
					if c.text < 0 {
						c.text = a.spool.put(s.Text)
					}
					e.add(c, a.evidence, a.docKeys)
				}
			}
		}
		src := srcRec{doc: di, start: s.Start, end: s.End, key: docKey}
		for _, date := range s.Dates {
			for _, id := range ids {
				l := &a.locals[id]
				if l.first == "" || date.Value < l.first {
					l.first = a.intern(date.Value)
				}
				if date.Value > l.last {
					l.last = a.intern(date.Value)
				}
			}
			a.addEvent(date, s, ids, src)
		}
	}
}

// alsoAt gives the document with content hash h the source and id of d
// if d's source sorts before its own: of a text read under several names,
// the one that sorts first is shown, whatever order they came in. (Its
// analysis used the metadata, such as the date, of the one read first.)
func (a *aggregator) alsoAt(h string, d Document) {
	di, ok := a.hashes[h]
	if !ok {
		return
	}
	m := a.docs.at(int(di))
	cur := m.document()
	if CompareSources(d.Source, cur.Source) >= 0 {
		return
	}
	cur.ID, cur.Source = d.ID, d.Source
	*m = newDocMeta(cur, m.hash)
}

// addEvent adds one source of the event on date that sentence s is.
func (a *aggregator) addEvent(date EventDate, s NamedSentence, ids []int32, src srcRec) {
	sum := EventKey(date.Value, s.Norm)
	key := [16]byte(sum[:16])
	ev := a.events[key]
	if ev == nil {
		if a.omitted[key] {
			return
		}
		ev = &eventAcc{key: key, Event: Event{ID: "ev-" + hex.EncodeToString(sum[:6]), Date: a.intern(date.Value)},
			locals: slices.Clone(ids), rep: src}
		ev.setSource(a, date, s)
		if a.lean && !a.keepOnDate(ev) {
			return
		}
		a.events[key] = ev
	} else {
		if src.less(ev.rep) {
			ev.rep = src
			ev.setSource(a, date, s)
		}
		ev.addLocals(ids)
	}
	ev.srcs = append(ev.srcs, src)
	if a.lean && len(ev.srcs) > 2*a.evidence {
		ev.trimSources(a.evidence)
	}
}

// addLocals adds the local entities of another source (sorted, distinct)
// to the event's.
func (ev *eventAcc) addLocals(ids []int32) {
	for _, id := range ids {
		if i, found := slices.BinarySearch(ev.locals, id); !found {
			ev.locals = slices.Insert(ev.locals, i, id)
		}
	}
}

// setSource takes the fields that come from a source from sentence s.
func (ev *eventAcc) setSource(a *aggregator, date EventDate, s NamedSentence) {
	ev.Granularity = date.Granularity
	ev.DateText = a.intern(date.Text)
	ev.Anchor = a.intern(date.Anchor)
	ev.Text = strings.Clone(s.Text)
	ev.Lang = s.Lang
}

// trimSources keeps the n first sources in content order.
func (ev *eventAcc) trimSources(n int) {
	slices.SortFunc(ev.srcs, func(x, y srcRec) int {
		if x.less(y) {
			return -1
		}
		if y.less(x) {
			return 1
		}
		return 0
	})
	if len(ev.srcs) > n {
		ev.srcs = slices.Clip(ev.srcs[:n])
	}
}

// reportsPerEvent bounds the reports a lean run holds per date, as a
// multiple of the events it keeps per date: the cap applies to events,
// after clustering, and this only bounds memory.
const reportsPerEvent = 10

// keepOnDate decides whether a lean run keeps a new report: each date
// keeps the reportsPerEvent × EventsPerDate reports with the smallest keys,
// so the choice does not depend on the order documents come in; a report
// pushed out is counted as omitted and never taken back.
func (a *aggregator) keepOnDate(ev *eventAcc) bool {
	de := a.perDay[ev.Date]
	if de == nil {
		de = &dateEvents{}
		a.perDay[ev.Date] = de
	}
	if len(de.list) < reportsPerEvent*a.perDate {
		de.list = append(de.list, ev)
		return true
	}
	worst := 0
	for i, x := range de.list {
		if bytes.Compare(x.key[:], de.list[worst].key[:]) > 0 {
			worst = i
		}
	}
	w := de.list[worst]
	if bytes.Compare(ev.key[:], w.key[:]) > 0 {
		a.omitted[ev.key] = true
		return false
	}
	a.omitted[w.key] = true
	delete(a.events, w.key)
	de.list[worst] = ev
	return true
}

// result resolves the local entities across the corpus and builds the
// Result.
func (a *aggregator) result() (*Result, error) {
	defer a.spool.close()
	// Documents in the order of their sources, whatever order they came in.
	order := make([]int32, a.docs.len())
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		mx, my := a.docs.at(int(x)), a.docs.at(int(y))
		return cmp.Or(CompareSources(mx.field(1), my.field(1)), strings.Compare(mx.field(0), my.field(0)),
			strings.Compare(mx.hash, my.hash))
	})
	rank := make([]int32, len(order))
	res := &Result{Documents: make([]Document, len(order)), ReportsOmitted: len(a.omitted) + a.datesOmitted, PairsOmitted: a.pairsOmitted}
	for i, di := range order {
		rank[di] = int32(i)
		res.Documents[i] = a.docs.at(int(di)).document()
	}
	uniqueIDs(res.Documents, func(i int) string { return a.docs.at(int(order[i])).hash })
	docID := func(di int32) string { return res.Documents[rank[di]].ID }

	locals := make([]LocalEntity, len(a.locals))
	for i, l := range a.locals {
		locals[i] = l.LocalEntity
	}
	resolve := a.p.Options.Resolve
	if resolve == nil {
		resolve = a.p.ResolveLocals
	}
	rs := resolve(locals)
	resolved, entOf := rs.Entities, rs.Of

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
		ent.Mentions += l.Mentions
		cited[e] += l.Cited
		if l.first != "" && (ent.FirstSeen == "" || l.first < ent.FirstSeen) {
			ent.FirstSeen = l.first
		}
		if l.last > ent.LastSeen {
			ent.LastSeen = l.last
		}
	}
	for i := range ents {
		if resolved[i].MarkedSource || entities.SourceRole(resolved[i].Outlet, ents[i].Mentions, cited[i]) == entities.Source {
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

	slices.SortFunc(a.mentions, func(x, y mentionRec) int {
		return cmp.Or(cmp.Compare(rank[x.doc], rank[y.doc]), cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
	})
	for _, m := range a.mentions {
		if e := entOf[m.local]; e >= 0 {
			res.Mentions = append(res.Mentions, Mention{Doc: docID(m.doc), Start: m.start, End: m.end,
				Text: m.text, Type: m.typ, Entity: ents[e].ID})
		}
	}
	slices.SortStableFunc(a.timexes, func(x, y timexRec) int {
		return cmp.Or(cmp.Compare(rank[x.doc], rank[y.doc]), cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	if len(a.timexes) > 0 {
		res.Timexes = make([]Timex, len(a.timexes))
		for i, t := range a.timexes {
			t.Timex.Doc = docID(t.doc)
			res.Timexes[i] = t.Timex
		}
	}

	events := make([]*eventAcc, 0, len(a.events))
	for _, ev := range a.events {
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
		if a.lean {
			ev.trimSources(a.evidence)
		}
		slices.SortFunc(ev.srcs, func(x, y srcRec) int {
			return cmp.Or(cmp.Compare(rank[x.doc], rank[y.doc]), cmp.Compare(x.start, y.start))
		})
		ev.Sources = make([]Source, len(ev.srcs))
		for i, s := range ev.srcs {
			ev.Sources[i] = Source{Doc: docID(s.doc), Start: s.start, End: s.end}
		}
		events = append(events, ev)
	}
	// Sorted as pointers, then copied: moving the events themselves was
	// most of the sort's time.
	slices.SortFunc(events, func(x, y *eventAcc) int {
		return cmp.Or(strings.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID), bytes.Compare(x.key[:], y.key[:]))
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
		res.Edges = a.mergeEdges(entOf, ents, topEntities(res.Entities, a.p.Options.Top), docID)
		Prune(res, a.p.Options.Top, a.p.Options.MinWeight)
	} else {
		res.Edges = a.mergeEdges(entOf, ents, nil, docID)
	}
	if err := a.fillEvidence(res); err != nil {
		return nil, err
	}
	res.fillEmpty()
	return res, nil
}

// uniqueIDs makes the IDs of documents unique: documents that share an ID
// (two JSON records with one "id") are told apart by their content hash,
// so that no mention, event or evidence of one is taken for the other's.
func uniqueIDs(docs []Document, hash func(int) string) {
	n := map[string]int{}
	for _, d := range docs {
		n[d.ID]++
	}
	for i := range docs {
		if n[docs[i].ID] > 1 {
			docs[i].ID += "@" + hash(i)[:12]
		}
	}
}

// ResolveLocals resolves local entities across a corpus: each is given to
// the resolver as one document that names each of its aliases once per
// language, in the order of their keys, so that the outcome does not depend
// on the order they were found in. It returns the entities and, per local
// entity, the index of its entity or -1.
func (p *Pipeline) ResolveLocals(locals []LocalEntity) Resolution {
	keys := make([]string, len(locals))
	order := make([]int, len(locals))
	for i, l := range locals {
		keys[i] = l.Key()
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return strings.Compare(keys[x], keys[y]) })
	docs := make([]entities.DocMentions, len(locals))
	for k, i := range order {
		l := locals[i]
		typ := entities.Type(l.Type)
		ms := make([]entities.Mention, 0, len(l.Aliases)*max(len(l.Langs), 1))
		for _, alias := range l.Aliases {
			if len(l.Langs) == 0 {
				ms = append(ms, entities.Mention{Text: alias, Type: typ})
			}
			for _, lang := range l.Langs {
				ms = append(ms, entities.Mention{Text: alias, Type: typ, Lang: lang})
			}
		}
		docs[k] = entities.DocMentions{Doc: strconv.Itoa(k), Mentions: ms, Weights: make([]int, len(ms)), Resolved: true, Anchor: l.Anchor, Documents: l.Docs}
		for j := range ms {
			// What the corpus says of it: a surname joins the full name
			// mentioned most (entities.DocMentions.Weights).
			docs[k].Weights[j] = max(l.Mentions, 1)
		}
		for _, ab := range l.Abbrevs {
			name, abbr := slices.Index(l.Aliases, ab[0]), slices.Index(l.Aliases, ab[1])
			if name >= 0 && abbr >= 0 {
				// With several languages each alias is named once per
				// language; its first mention stands for it.
				k2 := max(len(l.Langs), 1)
				docs[k].Abbreviations = append(docs[k].Abbreviations, [2]int{name * k2, abbr * k2})
			}
		}
	}
	resolved, of := p.Resolver.Resolve(docs)
	entOf := make([]int, len(locals))
	for k, ms := range of {
		entOf[order[k]] = majority(ms)
	}
	return Resolution{Entities: resolved, Of: entOf}
}

// Resolution is the corpus-wide resolution of local entities.
type Resolution struct {
	Entities []entities.Entity
	Of       []int // per local entity, the index of its entity in Entities, or -1 when dropped
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
	hash   string    // content hash
}

func newDocMeta(d Document, hash string) docMeta {
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
	m.fields, m.text, m.hash = b.String(), d.Text, strings.Clone(hash)
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
// keep, unless it is nil. Their evidence has no text yet: fillEvidence
// reads it from the spool.
func (a *aggregator) mergeEdges(entOf []int, ents []Entity, keep map[string]bool, docID func(int32) string) []Edge {
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
	out := make([]Edge, 0, len(merged))
	a.spans = make(map[spanKey]int64, len(merged))
	for k, list := range merged {
		m := &edgeAcc{}
		for _, e := range list {
			m.weight += e.weight
			m.ev = append(m.ev, e.ev...)
		}
		ev := m.selected(a.evidence, a.docKeys)
		srcs := make([]Source, len(ev))
		for i, c := range ev {
			srcs[i] = Source{Doc: docID(c.doc), Start: int(c.start), End: int(c.end)}
			a.spans[spanKey{docID(c.doc), int(c.start)}] = c.text
		}
		out = append(out, Edge{Source: ents[k[0]].ID, Target: ents[k[1]].ID, Weight: int(m.weight), Evidence: srcs})
	}
	sortEdges(out)
	return out
}

// spanKey locates a sentence in the result: a document ID and an offset.
type spanKey struct {
	doc   string
	start int
}

// fillEvidence reads the text of the evidence the result holds (after
// pruning, for a lean run) from the spool, one copy per sentence.
func (a *aggregator) fillEvidence(r *Result) error {
	texts := map[spanKey]string{}
	for i := range r.Edges {
		for j := range r.Edges[i].Evidence {
			s := &r.Edges[i].Evidence[j]
			k := spanKey{s.Doc, s.Start}
			t, ok := texts[k]
			if !ok {
				off, found := a.spans[k]
				if !found {
					continue
				}
				var err error
				if t, err = a.spool.get(off, s.End-s.Start); err != nil {
					return err
				}
				texts[k] = t
			}
			s.Text = t
		}
	}
	a.spans = nil
	return nil
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
