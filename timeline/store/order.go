package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chronograph/chronograph/timeline/period"
)

// readIndex holds every stored sentence's place in the order of sentence
// pages — dated sentences first, then by their document's content hash
// and their offset, an order that does not depend on when documents were
// ingested — with its document's publication day. A busy entity is named
// in tens of thousands of sentences: sorting them in SQL joined every one
// to its document (a second per page on a store of a million mentions).
// With the order kept here, a page of evidence or search results is
// chosen from the ids of the matching sentences alone, and only its own
// rows are read. It is built once per generation of the store.
type readIndex struct {
	gen  string
	rank []int32 // by sentence id: its place in the order; -1 for none
	// by place in the order:
	id    []int64
	dated []bool
	doc   []int32 // index into hash and day
	start []int32
	// by document index:
	hash  []string
	day   []int32 // days since 1970-01-01 of its publication; -1 undated
	docIx map[int64]int32

	// The events (clusters), in the order of event pages (date, id).
	events eventOrder
}

// eventOrder is every event in the order of event pages (date, then id)
// with the days its date covers: the events of a window, or of an entity
// (whose ids its index gives at once), are counted, paged and bucketed
// here; only a page's rows are read.
type eventOrder struct {
	date, id []string
	from, to []int32 // days its date covers; -1 when not a day
	place    map[string]int32
}

// readIndexes keeps the index of the store's current generation, and
// its Stats.
type readIndexes struct {
	mu  sync.Mutex
	cur *readIndex
	// stats are the Stats of generation statsGen.
	stats    Stats
	statsGen string
}

// readIndex returns the index of the store's current generation,
// building it when the store changed.
func (s *sqlStore) readIndex(ctx context.Context) (*readIndex, error) {
	gen, err := s.Generation(ctx)
	if err != nil {
		return nil, err
	}
	s.index.mu.Lock()
	defer s.index.mu.Unlock()
	if o := s.index.cur; o != nil && o.gen == gen {
		return o, nil
	}
	o, err := s.buildReadIndex(ctx)
	if err != nil {
		return nil, err
	}
	o.gen = gen
	s.index.cur = o
	return o, nil
}

// dayNumber is the days since 1970-01-01 of a YYYY-MM-DD day; -1 for
// anything else.
func dayNumber(s string) int32 {
	if len(s) != 10 {
		return -1
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return -1
	}
	return int32(t.Sub(epoch).Hours() / 24)
}

// dayString is dayNumber's day as YYYY-MM-DD.
func dayString(d int32) string { return epoch.AddDate(0, 0, int(d)).Format(time.DateOnly) }

func (s *sqlStore) buildEventOrder(ctx context.Context) (eventOrder, error) {
	e := eventOrder{place: map[string]int32{}}
	type row struct {
		date string
		key  int64
	}
	var all []row
	rows, err := s.db.QueryContext(ctx, `SELECT o.date, r.day, r.date, c.id FROM clusters c JOIN events r ON r.id = c.report LEFT JOIN cluster_own o ON o.id = c.id`)
	if err != nil {
		return e, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	dates := dateCache{}
	for rows.Next() {
		var r row
		var own sql.NullString // the event's date, when not its report's
		var rd reportDate
		if err := rows.Scan(&own, &rd.day, &rd.date, &r.key); err != nil {
			return e, err
		}
		r.date = own.String
		if !own.Valid {
			r.date = dates.value(rd)
		}
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return e, err
	}
	// By date, then id: an id's hex is in the order of its key.
	slices.SortFunc(all, func(a, b row) int { return cmp.Or(strings.Compare(a.date, b.date), cmp.Compare(a.key, b.key)) })
	days := map[string][2]int32{}
	for _, r := range all {
		id := eventID(r.key)
		e.place[id] = int32(len(e.id))
		e.date = append(e.date, r.date)
		e.id = append(e.id, id)
		d, ok := days[r.date]
		if !ok {
			d = eventDays(r.date)
			days[r.date] = d
		}
		e.from = append(e.from, d[0])
		e.to = append(e.to, d[1])
	}
	return e, nil
}

// eventDays is the first and last day an event's date covers, as day
// numbers: -1 for a date of no days.
func eventDays(date string) [2]int32 {
	if sp, ok := period.Parse(date); ok {
		return [2]int32{dayNumber(sp.Start.Format(time.DateOnly)), dayNumber(sp.End.AddDate(0, 0, -1).Format(time.DateOnly))}
	}
	return [2]int32{dayNumber(date), dayNumber(date)}
}

// windowDays is a window as day numbers, open ends as the widest.
func windowDays(w Window) (from, to int32) {
	from, to = -1<<30, 1<<30
	if w.From != "" {
		from = dayNumber(w.From)
	}
	if w.To != "" {
		to = dayNumber(w.To)
	}
	return from, to
}

// overlaps reports whether event p is in the window, as the report's
// page counts one: its days overlap the window's and are no more than
// them — a year's event is not one of each of its months (an event with
// no days is only in an open window).
func (e *eventOrder) overlaps(p int32, w Window, from, to int32) bool {
	if w.From != "" && (e.to[p] < 0 || e.to[p] < from) {
		return false
	}
	if w.To != "" && (e.from[p] < 0 || e.from[p] > to) {
		return false
	}
	if w.From != "" && w.To != "" && e.to[p]-e.from[p] > to-from {
		return false
	}
	return true
}

// places returns the places of the events of the window, of those ids
// only when ids is not nil, in order.
func (e *eventOrder) places(ids []string, w Window) []int32 {
	from, to := windowDays(w)
	var out []int32
	if ids == nil {
		for p := range e.id {
			if e.overlaps(int32(p), w, from, to) {
				out = append(out, int32(p))
			}
		}
		return out
	}
	for _, id := range ids {
		if p, ok := e.place[id]; ok && e.overlaps(p, w, from, to) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

func (s *sqlStore) buildReadIndex(ctx context.Context) (*readIndex, error) {
	o := &readIndex{}
	docIdx := map[int64]int32{}
	rows, err := s.db.QueryContext(ctx, `SELECT id, hash, published FROM docs`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	for rows.Next() {
		var id int64
		var hash, published string
		if err := rows.Scan(&id, &hash, &published); err != nil {
			rows.Close()
			return nil, err
		}
		day := dayNumber(published)
		docIdx[id] = int32(len(o.hash))
		o.hash = append(o.hash, hash)
		o.day = append(o.day, day)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT id, doc, start, dated FROM sentences`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var maxID int64
	for rows.Next() {
		var id, doc int64
		var start int32
		var dated bool
		if err := rows.Scan(&id, &doc, &start, &dated); err != nil {
			rows.Close()
			return nil, err
		}
		d, ok := docIdx[doc]
		if !ok {
			continue // a document written after the documents were read
		}
		o.id = append(o.id, id)
		o.doc = append(o.doc, d)
		o.start = append(o.start, start)
		o.dated = append(o.dated, dated)
		maxID = max(maxID, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	perm := make([]int32, len(o.id))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(a, b int32) int { return o.compare(a, o.dated[b], o.hash[o.doc[b]], o.start[b]) })
	sorted := &readIndex{hash: o.hash, day: o.day, rank: make([]int32, maxID+1)}
	for i := range sorted.rank {
		sorted.rank[i] = -1
	}
	sorted.docIx = docIdx
	if sorted.events, err = s.buildEventOrder(ctx); err != nil {
		return nil, err
	}
	for r, i := range perm {
		sorted.id = append(sorted.id, o.id[i])
		sorted.doc = append(sorted.doc, o.doc[i])
		sorted.start = append(sorted.start, o.start[i])
		sorted.dated = append(sorted.dated, o.dated[i])
		sorted.rank[o.id[i]] = int32(r)
	}
	return sorted, nil
}

// compare compares the sentence at place a with a key of the order.
func (o *readIndex) compare(a int32, dated bool, hash string, start int32) int {
	if o.dated[a] != dated {
		if o.dated[a] {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(o.hash[o.doc[a]], hash), cmp.Compare(o.start[a], start))
}

// page chooses a page of the sentences ids names: those of documents
// published in the window (every one when it is open at both ends), in
// the order, after the cursor's sentence and offset more. It returns the
// page's ids in order, up to n, and how many there are in all.
func (o *readIndex) page(ids []int64, w Window, cursor string, offset, n int) ([]int64, int, error) {
	from, to := windowDays(w)
	open := w == (Window{})
	places := make([]int32, 0, len(ids))
	for _, id := range ids {
		if id < 0 || id >= int64(len(o.rank)) || o.rank[id] < 0 {
			continue // written after the order was built
		}
		r := o.rank[id]
		if d := o.day[o.doc[r]]; !open && (d < 0 || d < from || d > to) {
			continue
		}
		places = append(places, r)
	}
	slices.Sort(places)
	places = slices.Compact(places)
	total := len(places)
	if cursor != "" {
		var dated int
		var hash string
		var start int32
		if err := decodeCursor(cursor, &dated, &hash, &start); err != nil {
			return nil, 0, err
		}
		// The first place after the cursor's sentence.
		k, _ := slices.BinarySearchFunc(places, 0, func(p int32, _ int) int {
			if o.compare(p, dated == 1, hash, start) <= 0 {
				return -1
			}
			return 1
		})
		places = places[k:]
	}
	places = places[min(offset, len(places)):]
	places = places[:min(n, len(places))]
	out := make([]int64, len(places))
	for i, p := range places {
		out[i] = o.id[p]
	}
	return out, total, nil
}

// after drops the places up to the event (date, id), which need not be
// one of them.
func (e *eventOrder) after(places []int32, date, id string) []int32 {
	k, _ := slices.BinarySearchFunc(places, 0, func(p int32, _ int) int {
		if cmp.Or(cmp.Compare(e.date[p], date), cmp.Compare(e.id[p], id)) <= 0 {
			return -1
		}
		return 1
	})
	return places[k:]
}
