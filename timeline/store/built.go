package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/chronograph/chronograph/timeline"
)

// builtReports are the reports the batches of one store handle wrote,
// kept for the finish that follows them, so that the first finish of a
// store built by one ingest takes its reports from memory instead of
// reading them back (reportRows.read: about a sixth of the store's share
// of an ingest of generated news, which has a dozen dated sentences per
// document). They serve only a finish that clusters all reports afresh
// (none finished before) while every stored document is one of theirs:
// otherwise a report may have sources they do not hold, and the finish
// reads the store.
//
// They keep the rows the batches wrote of local_edges and local_weeks too
// (each batch's, not summed across batches), which the first finish sums
// by entity (rebuild) instead of reading them back.
type builtReports struct {
	docs    map[int64]*builtDoc // by row of docs
	docSum  int64               // the sum of the documents' rows: with their number, what the store must hold
	reports map[int64]*builtReport
	edges   []entityCount // local_edges' rows: local entities a and b, week, n
	weeks   []entityCount // local_weeks' rows: local entity a, week, n
	size    int           // bytes held, about: past maxBuilt, the finish reads the store
}

// maxBuilt bounds the bytes builtReports hold (about 500 a report: 18 MB
// for the 36,000 reports of 2,200 generated documents, so about 17,000 such
// documents, or several times as many of real news): an ingest that builds
// a larger store drops them and its finish reads the reports back, as one
// of a store built before does. Held with the analysis's own heap, more
// would bring ingest near its soft memory limit (800 MB), where the
// garbage collector runs more often.
const maxBuilt = 128 << 20

// builtDoc is a stored document as a report's source shows it, as read
// takes it from the document's row; Known changes its source and id when
// it meets the text under a lesser source.
type builtDoc = docRow

// builtReport is a report and its sources as written: the columns of its
// events row are those of its first source (repRank), as upsertEvents
// keeps them.
type builtReport struct {
	ev        timeline.Event // without its entities and sources
	rank      []byte
	first     int64 // the sentence of the source of rank: its row's (events.sentence)
	sp        span
	sentences []int64 // its sources' sentences, each once
	srcs      []builtSource
	locals    []int64 // the local entities its sources' sentences name
}

type builtSource struct {
	doc        int64
	start, end int
}

func newBuiltReports() *builtReports {
	return &builtReports{docs: map[int64]*builtDoc{}, reports: map[int64]*builtReport{}}
}

// builtBatch is what a batch adds to builtReports, merged once its
// transaction has committed.
type builtBatch struct {
	docs         map[int64]*builtDoc
	sources      []builtSourceOf
	edges, weeks []entityCount
}

// builtSourceOf is a dated sentence of a batch: a source of report id.
type builtSourceOf struct {
	id       int64
	sentence int64
	doc      int64
	rank     []byte
	dt       timeline.EventDate
	lang     string
	text     string
	start    int
	end      int
	locals   []int64
}

// merge adds a committed batch; it reports false when the reports grew
// past maxBuilt, and are to be dropped.
func (b *builtReports) merge(bb *builtBatch) bool {
	for id, d := range bb.docs {
		b.docs[id] = d
		b.docSum += id
		b.size += 64 + len(d.docID) + len(d.source)
	}
	b.edges, b.weeks = append(b.edges, bb.edges...), append(b.weeks, bb.weeks...)
	b.size += 32 * (len(bb.edges) + len(bb.weeks))
	for _, s := range bb.sources {
		r := b.reports[s.id]
		if r == nil {
			r = &builtReport{}
			b.reports[s.id] = r
			b.size += 256
		}
		if r.rank == nil || bytes.Compare(s.rank, r.rank) < 0 {
			if r.rank == nil {
				b.size += len(s.text)
			}
			r.rank, r.first = s.rank, s.sentence
			r.ev = timeline.Event{Date: s.dt.Value, Granularity: s.dt.Granularity, DateText: s.dt.Text, Anchor: s.dt.Anchor, Lang: s.lang, Text: s.text}
			r.sp = span{doc: s.doc, start: s.start, end: s.end}
		}
		if slices.Contains(r.sentences, s.sentence) {
			continue
		}
		r.sentences = append(r.sentences, s.sentence)
		r.srcs = append(r.srcs, builtSource{doc: s.doc, start: s.start, end: s.end})
		r.locals = append(r.locals, s.locals...)
		b.size += 48 + 8*len(s.locals)
	}
	return b.size <= maxBuilt
}

// serves reports whether the reports built, with those of a batch tx has
// written and not yet committed (nil for none), are all the store holds:
// the documents stored are theirs.
func (b *builtReports) serves(ctx context.Context, tx *tx, batch *builtBatch) (bool, error) {
	if b == nil {
		return false, nil
	}
	docs, docSum := int64(len(b.docs)), b.docSum
	if batch != nil {
		for id := range batch.docs {
			docs, docSum = docs+1, docSum+id
		}
	}
	if docs == 0 {
		return false, nil
	}
	var n, sum int64
	if err := tx.QueryRowContext(ctx, `SELECT count(*), CAST(coalesce(sum(id), 0) AS BIGINT) FROM docs`).Scan(&n, &sum); err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return n == docs && sum == docSum, nil
}

// fill sets rr to the reports built, in the order reportRows.read gives
// them (reportOrder), each naming the entities its local entities are in
// (entity, "" for none), as read would after the finish's resolution.
// Each report is made in its place in rr.reports, and its sources in one
// array all share: a copy of every report and a list of sources grown
// for each were a fifth of fill.
func (b *builtReports) fill(rr *reportRows, entity func(local int64) string) {
	type dated struct {
		date string
		id   int64
		r    *builtReport
	}
	order := make([]dated, 0, len(b.reports))
	n := 0
	for id, r := range b.reports {
		order = append(order, dated{r.ev.Date, id, r})
		n += len(r.srcs)
	}
	slices.SortFunc(order, func(x, y dated) int { return reportOrder(x.date, x.id, y.date, y.id) })
	rr.reports = make([]timeline.Event, len(order))
	rr.rowIDs = make([]int64, len(order))
	rr.spans = make([]span, len(order))
	all := make([]timeline.Source, 0, n)
	var srcs []reportSource
	for i, o := range order {
		id, r := o.id, o.r
		rr.rowIDs[i] = id
		ev := &rr.reports[i]
		*ev = r.ev
		ev.ID = reportEventID(id)
		for _, l := range r.locals {
			if e := entity(l); e != "" {
				ev.Entities = append(ev.Entities, e)
			}
		}
		slices.Sort(ev.Entities)
		ev.Entities = slices.Compact(ev.Entities)
		rr.index[id] = i
		rr.spans[i] = r.sp
		srcs = srcs[:0]
		for _, s := range r.srcs {
			srcs = append(srcs, rr.source(s.doc, *b.docs[s.doc], s.start, s.end))
		}
		ev.Sources = sortedSources(&all, srcs)
	}
}

// doc is the document of row id, nil when b holds none.
func (b *builtReports) doc(id int64) *builtDoc {
	if b == nil {
		return nil
	}
	return b.docs[id]
}
