package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
)

// Known reports whether the text with this hash is stored, and makes
// source the document's source if it sorts before the one stored. In a
// store that held no document when this handle first asked, only the
// documents its own batches wrote are looked up: a query a document cost
// as much as writing its sentences (each its own read transaction), and
// on building a store every answer was no. A document another writer
// stored meanwhile is then not known here; AddBatch finds it stored,
// leaves it as it is and records its source (knownStored), and from then
// on Known looks every document up (recordFresh).
func (s *sqlStore) Known(ctx context.Context, hash, source string) (bool, error) {
	s.freshMu.Lock()
	if !s.freshLooked {
		var any bool
		if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM docs)`).Scan(&any); err != nil {
			s.freshMu.Unlock()
			return false, fmt.Errorf("store: looking up a document: %w", err)
		}
		s.freshLooked = true
		if !any {
			s.fresh = map[string]bool{}
		}
	}
	unseen := s.fresh != nil && !s.fresh[hash]
	s.freshMu.Unlock()
	if unseen {
		return false, nil
	}
	return s.knownStored(ctx, hash, source)
}

// recordFresh notes the documents of a batch written (or found stored) as
// this handle's, for Known. A document the batch found stored that it did
// not hold twice and this handle had not written is another writer's:
// then writers share the store, and Known looks every document up again,
// so that documents another ingest is storing are not all analysed twice.
func (s *sqlStore) recordFresh(ps, known []timeline.Partial) {
	s.freshMu.Lock()
	defer s.freshMu.Unlock()
	if s.fresh == nil {
		return
	}
	in := make(map[string]int, len(ps))
	for _, p := range ps {
		in[p.Hash]++
	}
	for _, p := range known {
		if in[p.Hash] == 1 && !s.fresh[p.Hash] {
			s.fresh = nil
			return
		}
	}
	for _, p := range ps {
		s.fresh[p.Hash] = true
	}
}

// knownStored is Known looked up in the store.
func (s *sqlStore) knownStored(ctx context.Context, hash, source string) (bool, error) {
	var id int64
	var stored, docID string
	// Prepared once: ingest asks this of every document it reads, and
	// preparing the query each time cost as much as running it.
	st, err := s.prepared(ctx, `SELECT id, source, doc_id FROM docs WHERE hash = ?`)
	if err == nil {
		err = st.QueryRowContext(ctx, hash).Scan(&id, &stored, &docID)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: looking up a document: %w", err)
	}
	if source != "" && timeline.CompareSources(source, stored) < 0 {
		newID := docID
		if docID == stored {
			newID = source // an id that was the source follows it
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE docs SET source = ?, doc_id = ? WHERE id = ?`, source, newID, id); err != nil {
			return true, fmt.Errorf("store: recording a document's source: %w", err)
		}
		s.builtMu.Lock()
		if d := s.built.doc(id); d != nil {
			d.source, d.docID = source, newID
		}
		s.builtMu.Unlock()
	}
	return true, nil
}

// Ingesting registers an ingest until done: see Store.Ingesting.
func (s *sqlStore) Ingesting(ctx context.Context) (func() (bool, error), error) {
	return s.db.d.ingesting(ctx, s.db)
}

// Add writes one document's partial result in one transaction.
func (s *sqlStore) Add(ctx context.Context, p timeline.Partial) (bool, error) {
	n, err := s.AddBatch(ctx, []timeline.Partial{p})
	return n > 0, err
}

// AddBatch writes the partial results of several documents in one
// transaction: after a crash the store holds all of them or none. One
// transaction per document costs the pages each touches written again for
// every document; a batch of documents shares them. Documents stored
// before are left as they are; it returns how many it added. Writers may
// run at once (several ingests into one PostgreSQL store): a document two
// of them add is stored once, and a batch that met another in a deadlock
// is written again.
func (s *sqlStore) AddBatch(ctx context.Context, ps []timeline.Partial) (int, error) {
	for _, p := range ps {
		if len(p.Hash) != 64 {
			return 0, fmt.Errorf("store: partial of %s has no content hash", p.Doc.Source)
		}
	}
	var added int
	var known []timeline.Partial
	err := s.retrying(ctx, func() (err error) {
		added, known, err = s.addBatch(ctx, ps)
		return err
	})
	if err != nil {
		return 0, err
	}
	for _, p := range known {
		if _, err := s.knownStored(ctx, p.Hash, p.Doc.Source); err != nil {
			return added, err
		}
	}
	return added, nil
}

// retrying runs op, a whole transaction, again while it fails only because
// another transaction ran at the same time (a PostgreSQL deadlock). Two
// writers that met once tend to meet again if both start over at once, so
// each attempt waits a random time up to twice the one before.
func (s *sqlStore) retrying(ctx context.Context, op func() error) error {
	const attempts = 10
	wait := 20 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := op()
		if err == nil || attempt == attempts || !s.db.d.retry(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait/2 + rand.N(wait)):
		}
		wait = min(2*wait, 2*time.Second)
	}
}

func (s *sqlStore) addBatch(ctx context.Context, ps []timeline.Partial) (added int, known []timeline.Partial, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	w := s.writer(ctx, tx)
	w.copies = &deferredCopies{} // rows no statement of the batch reads back
	if w.built, err = s.building(ctx, tx); err != nil {
		return 0, nil, err
	}
	if added, known, err = addPartials(w, ps); err != nil {
		return 0, nil, fmt.Errorf("store: %w", err)
	}
	if added > 0 {
		if err := setMeta(ctx, tx, "ingested", now().Format(time.RFC3339)); err != nil {
			return 0, nil, err
		}
		if err := markStale(ctx, tx); err != nil {
			return 0, nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, fmt.Errorf("store: %w", err)
	}
	s.recordFresh(ps, known)
	if w.built != nil {
		s.builtMu.Lock()
		if s.built != nil && !s.built.merge(w.built) {
			s.built, s.builtOff = nil, true
		}
		s.builtMu.Unlock()
	}
	return added, known, nil
}

// building returns the batch's share of the reports built (builtReports),
// nil when they are not kept: the store held documents before this
// handle's first batch, or they grew too large.
func (s *sqlStore) building(ctx context.Context, tx *tx) (*builtBatch, error) {
	s.builtMu.Lock()
	defer s.builtMu.Unlock()
	if s.builtOff {
		return nil, nil
	}
	if s.built == nil {
		var any bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM docs)`).Scan(&any); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		if any {
			s.builtOff = true
			return nil, nil
		}
		s.built = newBuiltReports()
	}
	return &builtBatch{docs: map[int64]*builtDoc{}}, nil
}

// txWriter runs the statements of a transaction, each prepared once per
// store (parsing SQL was a tenth of an ingest's time).
type txWriter struct {
	ctx   context.Context
	tx    *tx
	s     *sqlStore
	stmts map[string]*sql.Stmt
	// built, when set, collects the reports of the batch (builtReports).
	built *builtBatch
	// copies, when set, keeps the rows of COPYs until the batch ends,
	// when each table is loaded once: on PostgreSQL a COPY costs the
	// server about as much to start as to load a document's rows.
	copies *deferredCopies
}

// deferredCopies are the rows of a batch's COPYs, by table.
type deferredCopies struct {
	tables []string
	cols   map[string][]string
	rows   map[string][][]any
}

func (d *deferredCopies) add(table string, cols []string, rows [][]any) error {
	if d.cols == nil {
		d.cols, d.rows = map[string][]string{}, map[string][][]any{}
	}
	if have, ok := d.cols[table]; !ok {
		d.tables = append(d.tables, table)
		d.cols[table] = cols
	} else if !slices.Equal(have, cols) {
		return fmt.Errorf("loading %s: columns %v, then %v", table, have, cols)
	}
	d.rows[table] = append(d.rows[table], rows...)
	return nil
}

// flushCopies loads the rows the writer kept, and stops keeping them.
func (w *txWriter) flushCopies() error {
	d := w.copies
	w.copies = nil
	if d == nil {
		return nil
	}
	for _, t := range d.tables {
		if err := w.tx.d.copyRows(w, t, d.cols[t], d.rows[t]); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlStore) writer(ctx context.Context, tx *tx) *txWriter {
	return &txWriter{ctx: ctx, tx: tx, s: s, stmts: map[string]*sql.Stmt{}}
}

// prepared returns the statement for q, prepared on the store once.
func (s *sqlStore) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[q] = st
	return st, nil
}

func (w *txWriter) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	base, err := w.s.prepared(w.ctx, q)
	if err != nil {
		return nil, err
	}
	st := w.tx.StmtContext(w.ctx, base)
	w.stmts[q] = st
	return st, nil
}

// exec runs a statement that returns no rows: on the driver's connection
// where the transaction has it pinned (SQLite), else as a statement
// prepared on the store.
func (w *txWriter) exec(q string, args ...any) error {
	if p := w.tx.pinned; p != nil {
		if w.tx.done { // else it would run alone, beside the next transaction
			return sql.ErrTxDone
		}
		return p.execRaw(w.ctx, w.tx.d.rebind(q), args)
	}
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

// write runs an upsert's statement, calling scan on each row it returns
// when scan is not nil, and names the table in its error.
func (w *txWriter) write(table string, scan func(*sql.Rows) error, q string, args ...any) error {
	var err error
	if scan == nil {
		err = w.exec(q, args...)
	} else {
		err = w.scanAll(scan, q, args...)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", table, err)
	}
	return nil
}

// scanAll runs a query and calls scan on each row.
func (w *txWriter) scanAll(scan func(*sql.Rows) error, q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(w.ctx, args...)
	if err != nil {
		return err
	}
	return scanEach(rows, scan)
}

// rowScanner is a row, or the error of preparing its statement.
type rowScanner struct {
	row *sql.Row
	err error
}

func (r rowScanner) Scan(dst ...any) error {
	if r.err != nil {
		return r.err
	}
	return r.row.Scan(dst...)
}

func (w *txWriter) queryRow(q string, args ...any) rowScanner {
	st, err := w.stmt(q)
	if err != nil {
		return rowScanner{err: err}
	}
	return rowScanner{row: st.QueryRowContext(w.ctx, args...)}
}

// addPartials writes the partials of a batch, but those whose documents
// are stored (known), with one statement per table for the whole batch:
// on PostgreSQL a statement costs a round trip and the server about as
// much to start as to write a document's rows (a statement per document
// and table was 28,000 statements for 3,561 documents).
//
// Rows that other writers may update at the same time (local entities'
// counts, weeks, events, weekly counts and edges) are written last, just
// before the commit, each table's in the order of its keys and the tables
// in one order: a writer holds their locks only while it commits, and two
// cannot wait on each other in a circle. Where writers run at once, the
// local entities the batch names are first inserted uncounted when new
// (an existing row is not locked by that) to give their ids.
func addPartials(w *txWriter, ps []timeline.Partial) (added int, known []timeline.Partial, err error) {
	dl := w.tx.d
	// The documents, each stored once: a document stored before, or twice
	// in the batch, is known.
	var rows [][]any
	var texts [][]byte // of fresh, packText
	var fresh []timeline.Partial
	seen := map[string]bool{}
	stamp := now().Format(time.RFC3339)
	for _, p := range ps {
		if seen[p.Hash] {
			known = append(known, p)
			continue
		}
		seen[p.Hash] = true
		blob, err := encodePartial(p)
		if err != nil {
			return 0, nil, fmt.Errorf("adding %s: %w", p.Doc.Source, err)
		}
		text, err := packText(p.Bytes, p.Sentences)
		if err != nil {
			return 0, nil, fmt.Errorf("adding %s: %w", p.Doc.Source, err)
		}
		d := p.Doc
		rows = append(rows, []any{p.Hash, d.ID, d.Source, d.Title, d.URL, d.Author, d.Lang, d.Published, weekOf(d.Published), d.DateSource,
			p.Bytes, stamp, blob})
		texts = append(texts, text)
		fresh = append(fresh, p)
	}
	docOf := map[string]int64{}
	err = dl.upsertRows(w, insertDocs, rows, func(r *sql.Rows) error {
		var id int64
		var hash string
		err := r.Scan(&id, &hash)
		docOf[hash] = id
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	var docs []int64
	var adding []timeline.Partial
	var textRows [][]any
	for i, p := range fresh {
		if id, ok := docOf[p.Hash]; ok {
			docs, adding = append(docs, id), append(adding, p)
			textRows = append(textRows, []any{id, texts[i]})
		} else {
			known = append(known, p)
		}
	}
	if len(adding) == 0 {
		return 0, known, nil
	}
	if err := dl.copyRows(w, "doc_texts", []string{"id", "text"}, textRows); err != nil {
		return 0, nil, err
	}

	// The local entities, one row per key over the batch, with their
	// counts and event dates added up.
	locals := map[string]*localSum{}
	nsent, ndates := 0, 0 // for the rows' slices, sized once
	for n, p := range adding {
		nsent += len(p.Sentences)
		for _, sn := range p.Sentences {
			ndates += len(sn.Dates)
		}
		first := make([]string, len(p.Locals))
		last := make([]string, len(p.Locals))
		for _, sn := range p.Sentences {
			for _, dt := range sn.Dates {
				for _, l := range sn.Locals {
					if first[l] == "" || dt.Value < first[l] {
						first[l] = dt.Value
					}
					if dt.Value > last[l] {
						last[l] = dt.Value
					}
				}
			}
		}
		for i, l := range p.Locals {
			k := l.Key()
			r, ok := locals[k]
			if !ok {
				locals[k] = &localSum{first: l, mentions: l.Mentions, cited: l.Cited, from: first[i], to: last[i], docs: 1, lastDoc: n}
				continue
			}
			r.mentions, r.cited = r.mentions+l.Mentions, r.cited+l.Cited
			if r.lastDoc != n {
				r.docs, r.lastDoc = r.docs+1, n // another document
			}
			if f := first[i]; f != "" && (r.from == "" || f < r.from) {
				r.from = f
			}
			r.to = max(r.to, last[i])
		}
	}
	keys := sortedKeys(locals)
	rows = make([][]any, len(keys))
	for i, k := range keys {
		r := locals[k]
		rows[i] = []any{dl.key(k), r.first.Type, jsonText(r.first.Aliases), jsonText(r.first.Langs), jsonText(r.first.Abbrevs),
			r.mentions, r.cited, r.from, r.to, r.first.Anchor, r.docs}
	}
	idOf, err := localIDs(w, rows)
	if err != nil {
		return 0, nil, err
	}
	if w.s.batchHook != nil {
		w.s.batchHook()
	}

	sids, err := dl.nextIDs(w, "sentences", nsent)
	if err != nil {
		return 0, nil, err
	}
	var (
		localDocs     [][]any
		sentences     = make([]sentenceRow, 0, nsent)
		evs           = make([]eventSource, 0, ndates)
		weekSentences = map[string]int{}
		weeks         = map[localWeek]int{}
		pairs         = map[pairWeek]int{}
	)
	if w.built != nil {
		w.built.sources = slices.Grow(w.built.sources, ndates)
	}
	for n, p := range adding {
		doc, week := docs[n], weekOf(p.Doc.Published)
		num := weekKey(week)
		if w.built != nil {
			w.built.docs[doc] = &builtDoc{docID: p.Doc.ID, source: p.Doc.Source, published: p.Doc.Published}
		}
		gid := make([]int64, len(p.Locals))
		// The sentences naming each local entity, ascending (the
		// sentences' ids are given in order).
		named := make(map[int64][]int64, len(p.Locals))
		for i, l := range p.Locals {
			gid[i] = idOf[l.Key()]
			named[gid[i]] = nil
		}
		if len(p.Sentences) > 0 {
			weekSentences[week] += len(p.Sentences)
		}
		for _, sn := range p.Sentences {
			sid := sids[0]
			sids = sids[1:]
			sentences = append(sentences, sentenceRow{id: sid, doc: doc, start: sn.Start, end: sn.End, lang: sn.Lang, text: sn.Text, dated: b2i(len(sn.Dates) > 0), words: sn.Words})
			ids := make([]int64, len(sn.Locals))
			for i, l := range sn.Locals {
				ids[i] = gid[l]
			}
			slices.Sort(ids)
			ids = slices.Compact(ids)
			for _, x := range ids {
				named[x] = append(named[x], sid)
				weeks[localWeek{x, num}]++
			}
			paired := ids // as timeline pairs them: at most MaxPairedNames
			if sn.Paired != nil {
				paired = nil
				for _, l := range sn.Paired {
					paired = append(paired, gid[l])
				}
				slices.Sort(paired)
				paired = slices.Compact(paired)
			}
			for i, x := range paired {
				for _, y := range paired[i+1:] {
					pairs[pairWeek{x, y, num}]++
				}
			}
			for _, dt := range sn.Dates {
				sum := timeline.EventKey(dt.Value, sn.Norm)
				e := eventSource{id: reportID(sum[:]), sentence: sid, text: sn.Text, rep: repRank(p.Hash, sn.Start), dt: dt, published: p.Doc.Published}
				evs = append(evs, e)
				if w.built != nil {
					w.built.sources = append(w.built.sources, builtSourceOf{id: e.id, sentence: sid, doc: doc, rank: e.rep, dt: dt,
						lang: sn.Lang, text: sn.Text, start: sn.Start, end: sn.End, locals: ids})
				}
			}
		}
		for _, id := range sortedKeysOf(named, cmp.Compare[int64]) {
			localDocs = append(localDocs, []any{id, doc, packNumbers(named[id])})
		}
	}
	if err := dl.copyRows(w, "local_docs", []string{"local", "doc", "sentences"}, localDocs); err != nil {
		return 0, nil, err
	}
	if err := dl.addSentences(w, sentences); err != nil {
		return 0, nil, err
	}
	if err := w.flushCopies(); err != nil {
		return 0, nil, err
	}

	// The rows others may write too, in one order.
	if dl.concurrent() {
		if err := dl.upsertRows(w, upsertLocals, rows, nil); err != nil {
			return 0, nil, err
		}
	}
	rows = nil
	for _, wk := range sortedKeys(weekSentences) {
		rows = append(rows, []any{wk, weekSentences[wk]})
	}
	if err := dl.upsertRows(w, upsertWeeks, rows, nil); err != nil {
		return 0, nil, err
	}
	events, sources, ranks := eventRows(evs)
	firstOf, err := writeEvents(w, events, ranks)
	if err != nil {
		return 0, nil, err
	}
	if err := dl.copyRows(w, "event_sources", []string{"event", "sentence"}, otherSources(sources, firstOf)); err != nil {
		return 0, nil, err
	}
	rows = nil
	for _, k := range sortedKeysOf(weeks, func(a, b localWeek) int {
		return cmp.Or(cmp.Compare(a.local, b.local), cmp.Compare(a.week, b.week))
	}) {
		rows = append(rows, []any{k.local, int64(k.week), weeks[k]})
		if w.built != nil {
			w.built.weeks = append(w.built.weeks, entityCount{a: k.local, week: int64(k.week), n: int64(weeks[k])})
		}
	}
	if err := dl.upsertRows(w, upsertLocalWeeks, rows, nil); err != nil {
		return 0, nil, err
	}
	rows = nil
	for _, k := range sortedKeysOf(pairs, func(a, b pairWeek) int {
		return cmp.Or(cmp.Compare(a.a, b.a), cmp.Compare(a.b, b.b), cmp.Compare(a.week, b.week))
	}) {
		rows = append(rows, []any{k.a, k.b, int64(k.week), pairs[k]})
		if w.built != nil {
			w.built.edges = append(w.built.edges, entityCount{a: k.a, b: k.b, week: int64(k.week), n: int64(pairs[k])})
		}
	}
	if err := dl.upsertRows(w, upsertLocalEdges, rows, nil); err != nil {
		return 0, nil, err
	}
	return len(adding), known, nil
}

// localSum is a batch's row of locals (upsertLocals) for one key: the
// first local entity of the batch with that key, and the counts and event
// dates of all of them added up. (Summed in the row's cells, each count
// was boxed again at every document naming it.)
type localSum struct {
	first           timeline.LocalEntity
	mentions, cited int
	from, to        string // the earliest and latest event dates naming it
	docs            int    // documents naming it
	lastDoc         int    // the batch index of the last of them: each counts once
}

// localWeek and pairWeek key the weekly counts of a batch, each week by
// weekKey.
type (
	localWeek struct {
		local int64
		week  int32
	}
	pairWeek struct {
		a, b int64
		week int32
	}
)

// weekKey is a week (weekOf) as local_edges and local_weeks key it
// (since schema 18), and the tables a finish derives: the day number of its
// Monday, noWeek for none. As text it took 10 bytes of each row and of
// the index of local_edges.
func weekKey(week string) int32 {
	if week == "" {
		return noWeek
	}
	return dayNumber(week)
}

// localIDs gives the ids of the local entities of rows (in key order),
// which one writer counts at once (upsertLocals). Where writers run at
// once, it inserts those not stored, uncounted, in a transaction of their
// own, committed at once, and reads the ids of all: their counts are added
// as the batch ends (see addPartials). Inserted in the batch's
// transaction, a new key kept any other writer that named it waiting
// until the whole batch was in (15 of 43 s in two 4 MB ingests at once).
// A key whose batch then fails stays uncounted, and a finish leaves
// uncounted local entities out.
func localIDs(w *txWriter, rows [][]any) (map[string]int64, error) {
	if !w.tx.d.concurrent() {
		return upsertIDs(w, upsertLocals, rows)
	}
	zero := make([][]any, len(rows))
	for i, r := range rows {
		zero[i] = append(slices.Clone(r[:5]), 0, 0, "", "", r[9], 0) // counts and dates zero; the anchor as named
	}
	insert := upsertLocals
	insert.tail = `ON CONFLICT (key) DO NOTHING`
	err := w.s.retrying(w.ctx, func() error {
		tx, err := w.s.db.BeginTx(w.ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if err := w.tx.d.upsertRows(w.s.writer(w.ctx, tx), insert, zero, nil); err != nil {
			return err
		}
		return tx.Commit()
	})
	if err != nil {
		return nil, err
	}
	arr, err := column(rows, 0, "bytea")
	if err != nil {
		return nil, err
	}
	idOf := make(map[string]int64, len(rows))
	err = w.scanAll(func(r *sql.Rows) error {
		var id int64
		var key []byte
		err := r.Scan(&id, &key)
		idOf[string(key)] = id
		return err
	}, `SELECT id, key FROM locals WHERE key = ANY(?::bytea[])`, arr)
	if err != nil {
		return nil, fmt.Errorf("reading locals: %w", err)
	}
	if len(idOf) != len(rows) {
		return nil, fmt.Errorf("reading locals: %d of %d keys found", len(idOf), len(rows))
	}
	return idOf, nil
}

// The statements of a batch's rows: documents, inserted unless stored;
// the rows others may have written too, whose counts add up.
var (
	insertDocs = upsert{
		table: "docs",
		cols:  []string{"hash", "doc_id", "source", "title", "url", "author", "lang", "published", "week", "date_source", "bytes", "ingested", "partial"},
		types: []string{"text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "bigint", "text", "bytea"},
		tail:  `ON CONFLICT (hash) DO NOTHING RETURNING id, hash`,
	}
	upsertLocals = upsert{
		table: "locals",
		cols:  []string{"key", "type", "aliases", "langs", "abbrevs", "mentions", "cited", "first", "last", "anchor", "docs"},
		types: []string{"bytea", "text", "text", "text", "text", "integer", "integer", "text", "text", "text", "integer"},
		tail: `ON CONFLICT (key) DO UPDATE SET mentions = locals.mentions + excluded.mentions, cited = locals.cited + excluded.cited,
			docs = locals.docs + excluded.docs,
			first = CASE WHEN locals.first = '' OR excluded.first <> '' AND excluded.first < locals.first THEN excluded.first ELSE locals.first END,
			last = CASE WHEN excluded.last > locals.last THEN excluded.last ELSE locals.last END
		RETURNING id, key`,
	}
	upsertWeeks = upsert{
		table: "weeks",
		cols:  []string{"week", "sentences"},
		types: []string{"text", "integer"},
		tail:  `ON CONFLICT (week) DO UPDATE SET sentences = weeks.sentences + excluded.sentences`,
	}
	upsertLocalWeeks = upsert{
		table: "local_weeks",
		cols:  []string{"local", "week", "n"},
		types: []string{"bigint", "integer", "integer"},
		tail:  `ON CONFLICT (local, week) DO UPDATE SET n = local_weeks.n + excluded.n`,
	}
	upsertLocalEdges = upsert{
		table: "local_edges",
		cols:  []string{"a", "b", "week", "n"},
		types: []string{"bigint", "bigint", "integer", "integer"},
		tail:  `ON CONFLICT (a, b, week) DO UPDATE SET n = local_edges.n + excluded.n`,
	}
)

// sortedKeysOf is the keys of a map in order.
func sortedKeysOf[K comparable, V any](m map[K]V, compare func(a, b K) int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compare)
	return keys
}

// eventSource is a sentence reporting an event on a date.
type eventSource struct {
	id       int64 // the report's: reportID of its date and normalised text
	sentence int64
	text     string // the sentence's, which its date's text is kept as a place in
	rep      []byte // repRank of the sentence: the least is the report's text
	dt       timeline.EventDate
	// published is the day its document was published: the anchor of
	// most relative dates ("on Tuesday"), not kept again (NULL).
	published string
}

// eventRows are the rows of a batch's reports, in the order of their keys,
// and of their sources, and the rank (repRank) of the source each
// report's row is written from (ranks, for writeEvents). A report's text
// and date are written from its source first in the order of (document
// hash, offset), so that they do not depend on ingest order: the upsert
// takes this batch's when it comes before the stored one's (every SET
// reads the row as it was). The
// entities a report names are those of its sources' sentences
// (local_docs): not written again.
func eventRows(evs []eventSource) (events, sources [][]any, ranks [][]byte) {
	// The sources in that order, those of one rank in the batch's: sorted
	// as positions, not moved (stably sorted, moving a batch's sources of
	// about 150 bytes each took as long as packing their rows).
	order := make([]int32, len(evs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &evs[i], &evs[j]
		if a.id != b.id { // most often: the ranks are not compared
			return cmp.Compare(a.id, b.id)
		}
		return cmp.Or(bytes.Compare(a.rep, b.rep), cmp.Compare(i, j))
	})
	// A source (report, sentence) is written once. Its rank is that of
	// its sentence's document and offset, so that the repeats of one are
	// in the run of its report and rank: run holds the sentences of the
	// run so far (one, but where documents share a hash's first bytes). A
	// set of every pair took as long as sorting them.
	var run []int64
	for k, i := range order {
		e := &evs[i]
		if k > 0 {
			if p := &evs[order[k-1]]; p.id != e.id || !bytes.Equal(p.rep, e.rep) {
				run = run[:0]
			}
		}
		if !slices.Contains(run, e.sentence) {
			run = append(run, e.sentence)
			sources = append(sources, []any{e.id, e.sentence})
		}
		if k > 0 && e.id == evs[order[k-1]].id {
			continue
		}
		var anchor any = e.dt.Anchor
		if anchor == e.published {
			anchor = nil
		}
		day, date, gran, span, text := reportDateRow(e.dt, e.text)
		events = append(events, []any{e.id, day, date, gran, span, text, anchor, e.sentence})
		ranks = append(ranks, e.rep)
	}
	return events, sources, ranks
}

// writeEvents writes a batch's reports (eventRows: events, and the rank
// of each one's source, ranks) and returns the first source of each as
// the store holds it after the batch (firstOf). A store this handle has
// written every document of, one writer at a time (SQLite), holds the
// reports builtReports keeps, and the first source of each is worked out
// from them as the upsert does (a stored first source stays unless the
// batch's comes before it): reading it back for every report (RETURNING)
// was a twentieth of the store's share of an ingest. Otherwise it is read
// back.
func writeEvents(w *txWriter, events [][]any, ranks [][]byte) (map[int64]int64, error) {
	firstOf := make(map[int64]int64, len(events))
	s := w.s
	if w.built != nil && !w.tx.d.concurrent() {
		s.builtMu.Lock()
		defer s.builtMu.Unlock()
		if b := s.built; b != nil {
			// Every document stored is this handle's: none another
			// writer added is.
			ok, err := b.serves(w.ctx, w.tx, w.built)
			if err != nil {
				return nil, err
			}
			if ok {
				if err := w.tx.d.upsertRows(w, upsertEventsQuiet, events, nil); err != nil {
					return nil, err
				}
				for i, e := range events {
					id, first := e[0].(int64), e[7].(int64)
					if r := b.reports[id]; r != nil && bytes.Compare(ranks[i], r.rank) >= 0 {
						first = r.first
					}
					firstOf[id] = first
				}
				return firstOf, nil
			}
		}
	}
	err := w.tx.d.upsertRows(w, upsertEvents, events, func(r *sql.Rows) error {
		var id, sentence int64
		err := r.Scan(&id, &sentence)
		firstOf[id] = sentence
		return err
	})
	return firstOf, err
}

// otherSources are the rows of event_sources among a batch's sources of
// reports: those that are not the report's first source, which its row
// holds (firstOf, by report, as the batch's upsert left it; schema 28).
// A stored first source that the batch's comes before is moved into
// event_sources by the trigger events_first_moved; under concurrent
// writers the upsert's row lock orders them, so that the first source
// each sees is the one its rows are written against. The first of a
// report only ever moves to one that comes before it, so a source kept in
// event_sources never becomes its row's again.
func otherSources(sources [][]any, firstOf map[int64]int64) [][]any {
	out := sources[:0:0]
	for _, r := range sources {
		if r[1].(int64) != firstOf[r[0].(int64)] {
			out = append(out, r)
		}
	}
	return out
}

// upsertIDs writes rows by an upsert RETURNING id, key and gives the id
// of each row by its key.
func upsertIDs(w *txWriter, u upsert, rows [][]any) (map[string]int64, error) {
	idOf := make(map[string]int64, len(rows))
	err := w.tx.d.upsertRows(w, u, rows, func(r *sql.Rows) error {
		var id int64
		var key []byte
		err := r.Scan(&id, &key)
		idOf[string(key)] = id
		return err
	})
	return idOf, err
}

// firstSource is the condition that the batch's source of a report
// (excluded.sentence) comes before the stored one (events.sentence) in
// the order of repRank: the first 8 bytes of the document's hash (16 hex
// digits), then the offset. Both sentences are stored by then; the rank is
// read from them rather than kept in each report (since schema 19: 13
// bytes of each).
var firstSource = func() string {
	hash := func(sentence string) string {
		return `(SELECT substr(d.hash, 1, 16) FROM sentences s JOIN docs d ON d.id = s.doc WHERE s.id = ` + sentence + `)`
	}
	start := func(sentence string) string { return `(SELECT s.start FROM sentences s WHERE s.id = ` + sentence + `)` }
	return `(` + hash("excluded.sentence") + ` < ` + hash("events.sentence") + ` OR ` + hash("excluded.sentence") + ` = ` + hash("events.sentence") +
		` AND ` + start("excluded.sentence") + ` < ` + start("events.sentence") + `)`
}()

// eventsOnConflict keeps the first source of a report (firstSource) in
// its row.
var eventsOnConflict = `ON CONFLICT (id) DO UPDATE SET
			granularity = CASE WHEN ` + firstSource + ` THEN excluded.granularity ELSE events.granularity END,
			date_span = CASE WHEN ` + firstSource + ` THEN excluded.date_span ELSE events.date_span END,
			date_text = CASE WHEN ` + firstSource + ` THEN excluded.date_text ELSE events.date_text END,
			anchor = CASE WHEN ` + firstSource + ` THEN excluded.anchor ELSE events.anchor END,
			sentence = CASE WHEN ` + firstSource + ` THEN excluded.sentence ELSE events.sentence END`

var (
	upsertEvents = upsert{
		table: "events",
		cols:  []string{"id", "day", "date", "granularity", "date_span", "date_text", "anchor", "sentence"},
		types: []string{"bigint", "integer", "text", "text", "bigint", "text", "text", "bigint"},
		tail:  eventsOnConflict + ` RETURNING id, sentence`,
	}
	// upsertEventsQuiet is upsertEvents, returning nothing (writeEvents).
	upsertEventsQuiet = upsert{table: upsertEvents.table, cols: upsertEvents.cols, types: upsertEvents.types, tail: eventsOnConflict}
)

// weekOf is the Monday of the week of a YYYY-MM-DD date, "" for none.
func weekOf(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off).Format(time.DateOnly)
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	if string(b) == "null" {
		return "[]"
	}
	return string(b)
}

// Partials calls fn with the partial result of every stored document in the
// slice, its sentences' text filled in, in batches of documents.
func (s *sqlStore) Partials(ctx context.Context, sl Slice, fn func(timeline.Partial) error) error {
	where, args, err := s.sliceWhere(ctx, sl)
	if err != nil {
		return err
	}
	const batch = 256
	after := int64(0)
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT id, hash, bytes, doc_id, source, title, url, author, lang, published, date_source, partial
			FROM docs WHERE id > ? AND (`+where+`) ORDER BY id LIMIT ?`,
			append(append([]any{after}, args...), batch)...)
		if err != nil {
			return fmt.Errorf("store: reading documents: %w", err)
		}
		var ps []timeline.Partial
		var ids []int64
		var dvs []derived
		for rows.Next() {
			var id int64
			var hash string
			var bytes int
			var d timeline.Document
			var blob []byte
			if err := rows.Scan(&id, &hash, &bytes, &d.ID, &d.Source, &d.Title, &d.URL, &d.Author, &d.Lang, &d.Published, &d.DateSource, &blob); err != nil {
				rows.Close()
				return err
			}
			p, dv, err := decodePartial(blob)
			if err != nil {
				rows.Close()
				return fmt.Errorf("store: document %s: %w", d.Source, err)
			}
			p.Hash, p.Bytes, p.Doc = hash, bytes, d
			ps = append(ps, p)
			ids = append(ids, id)
			dvs = append(dvs, dv)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(ps) == 0 {
			return nil
		}
		if err := s.fillSentences(ctx, ids, ps); err != nil {
			return err
		}
		for i := range ps {
			if err := dvs[i].fill(&ps[i]); err != nil {
				return fmt.Errorf("store: document %s: %w", ps[i].Doc.Source, err)
			}
		}
		for _, p := range ps {
			if err := fn(p); err != nil {
				return err
			}
		}
		after = ids[len(ids)-1]
	}
}

// fillSentences fills in the text of the partials' sentences, cut from
// their documents' stored texts.
func (s *sqlStore) fillSentences(ctx context.Context, ids []int64, ps []timeline.Partial) error {
	var spans []span
	for i := range ps {
		for _, sn := range ps[i].Sentences {
			spans = append(spans, span{doc: ids[i], start: sn.Start, end: sn.End})
		}
	}
	got, err := texts(ctx, s.db, spans)
	if err != nil {
		return err
	}
	k := 0
	for i := range ps {
		for j := range ps[i].Sentences {
			ps[i].Sentences[j].Text = got[k]
			k++
		}
	}
	return nil
}

// Resolution returns the resolution of the last Finish as a
// timeline.Options.Resolve function.
func (s *sqlStore) Resolution(ctx context.Context) (func([]timeline.LocalEntity) timeline.Resolution, error) {
	entOf := map[string]string{} // local key -> entity id
	rows, err := s.db.QueryContext(ctx, `SELECT key, entity FROM locals WHERE entity IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	for rows.Next() {
		var k, e string
		if err := rows.Scan(&k, &e); err != nil {
			rows.Close()
			return nil, err
		}
		entOf[k] = e
	}
	rows.Close()
	ents, err := s.allEntities(ctx)
	if err != nil {
		return nil, err
	}
	index := make(map[string]int, len(ents))
	list := make([]entities.Entity, len(ents))
	for i, e := range ents {
		index[e.ID] = i
		names := map[string]string{"en": e.Name}
		if e.NameJA != "" {
			names["ja"] = e.NameJA
		}
		list[i] = entities.Entity{ID: e.ID, Type: entities.Type(e.Type), Names: names, Aliases: e.Aliases, Langs: e.Langs, Outlet: e.outlet}
	}
	return func(locals []timeline.LocalEntity) timeline.Resolution {
		of := make([]int, len(locals))
		for i, l := range locals {
			of[i] = -1
			if id, ok := entOf[l.Key()]; ok {
				if e, ok := index[id]; ok {
					of[i] = e
				}
			}
		}
		return timeline.Resolution{Entities: list, Of: of}
	}, nil
}

// sliceWhere is the condition on docs (as d) of a slice, with its
// arguments.
func (s *sqlStore) sliceWhere(ctx context.Context, sl Slice) (string, []any, error) {
	conds := []string{"TRUE"}
	var args []any
	w, wargs, err := windowDocs(sl.Window, "docs")
	if err != nil {
		return "", nil, err
	}
	conds = append(conds, w)
	args = append(args, wargs...)
	if sl.Focus != "" {
		e, err := s.Entity(ctx, sl.Focus)
		if err != nil {
			return "", nil, fmt.Errorf("--focus %s: %w", sl.Focus, err)
		}
		conds = append(conds, `docs.id IN (SELECT ld.doc FROM local_docs ld JOIN locals l ON l.id = ld.local WHERE l.entity = ?)`)
		args = append(args, e.ID)
	}
	if sl.Query != "" {
		m, margs, err := s.db.d.match(sl.Query)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, `docs.id IN (SELECT s.doc FROM sentences s WHERE `+m+`)`)
		args = append(args, margs...)
	}
	return strings.Join(conds, " AND "), args, nil
}
