package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/period"
)

// Known reports whether the text with this hash is stored, and makes
// source the document's source if it sorts before the one stored.
func (s *SQLite) Known(ctx context.Context, hash, source string) (bool, error) {
	var id int64
	var stored, docID string
	err := s.db.QueryRowContext(ctx, `SELECT id, source, doc_id FROM docs WHERE hash = ?`, hash).Scan(&id, &stored, &docID)
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
	}
	return true, nil
}

// Add writes one document's partial result in one transaction.
func (s *SQLite) Add(ctx context.Context, p timeline.Partial) (bool, error) {
	n, err := s.AddBatch(ctx, []timeline.Partial{p})
	return n > 0, err
}

// AddBatch writes the partial results of several documents in one
// transaction: after a crash the store holds all of them or none. One
// transaction per document costs the pages each touches written again for
// every document; a batch of documents shares them. Documents stored
// before are left as they are; it returns how many it added.
func (s *SQLite) AddBatch(ctx context.Context, ps []timeline.Partial) (added int, err error) {
	for _, p := range ps {
		if len(p.Hash) != 64 {
			return 0, fmt.Errorf("store: partial of %s has no content hash", p.Doc.Source)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	w := s.writer(ctx, tx)
	var known []timeline.Partial
	for _, p := range ps {
		var exists int
		if err := w.queryRow(`SELECT count(*) FROM docs WHERE hash = ?`, p.Hash).Scan(&exists); err != nil {
			return 0, fmt.Errorf("store: %w", err)
		}
		if exists > 0 {
			known = append(known, p)
			continue
		}
		if err := addPartial(w, p); err != nil {
			return 0, fmt.Errorf("store: adding %s: %w", p.Doc.Source, err)
		}
		added++
	}
	if added > 0 {
		if err := setMeta(ctx, tx, "ingested", now().Format(time.RFC3339)); err != nil {
			return 0, err
		}
		if err := setMeta(ctx, tx, "stale", "1"); err != nil {
			return 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	for _, p := range known {
		if _, err := s.Known(ctx, p.Hash, p.Doc.Source); err != nil {
			return added, err
		}
	}
	return added, nil
}

// txWriter runs the statements of a transaction, each prepared once per
// store (parsing SQL was a tenth of an ingest's time).
type txWriter struct {
	ctx   context.Context
	tx    *sql.Tx
	s     *SQLite
	stmts map[string]*sql.Stmt
	err   error
}

func (s *SQLite) writer(ctx context.Context, tx *sql.Tx) *txWriter {
	return &txWriter{ctx: ctx, tx: tx, s: s, stmts: map[string]*sql.Stmt{}}
}

// prepared returns the statement for q, prepared on the store once.
func (s *SQLite) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
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

func (w *txWriter) exec(q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
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

func addPartial(w *txWriter, p timeline.Partial) error {
	blob, err := encodePartial(p)
	if err != nil {
		return err
	}
	d := p.Doc
	res, err := w.exec(`INSERT INTO docs (hash, doc_id, source, title, url, author, lang, published, week, date_source, bytes, ingested, partial)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Hash, d.ID, d.Source, d.Title, d.URL, d.Author, d.Lang, d.Published, weekOf(d.Published), d.DateSource,
		p.Bytes, now().Format(time.RFC3339), blob)
	if err != nil {
		return err
	}
	doc, _ := res.LastInsertId()
	week := weekOf(d.Published)

	// Local entities, with their event dates in this document.
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
	const upsertLocal = `INSERT INTO locals (key, type, aliases, langs, abbrevs, mentions, cited, first, last)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET mentions = mentions + excluded.mentions, cited = cited + excluded.cited,
			first = CASE WHEN first = '' THEN excluded.first WHEN excluded.first = '' THEN first ELSE min(first, excluded.first) END,
			last = max(last, excluded.last)
		RETURNING id`
	gid := make([]int64, len(p.Locals))
	for i, l := range p.Locals {
		if err := w.queryRow(upsertLocal, l.Key(), l.Type, jsonText(l.Aliases), jsonText(l.Langs), jsonText(l.Abbrevs),
			l.Mentions, l.Cited, first[i], last[i]).Scan(&gid[i]); err != nil {
			return err
		}
		if _, err := w.exec(`INSERT OR IGNORE INTO doc_locals (local, doc) VALUES (?, ?)`, gid[i], doc); err != nil {
			return err
		}
	}

	weeks := map[int64]int{}
	pairs := map[[2]int64]int{}
	for _, sn := range p.Sentences {
		r, err := w.exec(`INSERT INTO sentences (doc, start, end, lang, text, dated) VALUES (?, ?, ?, ?, ?, ?)`, doc, sn.Start, sn.End, sn.Lang, sn.Text, len(sn.Dates) > 0)
		if err != nil {
			return err
		}
		sid, _ := r.LastInsertId()
		body, err := indexText(sn.Text, sn.Lang)
		if err != nil {
			return err
		}
		if _, err := w.exec(`INSERT INTO sentence_fts (rowid, body) VALUES (?, ?)`, sid, body); err != nil {
			return err
		}
		ids := make([]int64, len(sn.Locals))
		for i, l := range sn.Locals {
			ids[i] = gid[l]
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		for _, x := range ids {
			if _, err := w.exec(`INSERT OR IGNORE INTO sentence_locals (local, sentence) VALUES (?, ?)`, x, sid); err != nil {
				return err
			}
			weeks[x]++
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
				pairs[[2]int64{x, y}]++
			}
		}
		for _, dt := range sn.Dates {
			if err := addEvent(w, doc, p.Hash, sn, dt, ids); err != nil {
				return err
			}
		}
	}
	if len(p.Sentences) > 0 {
		if _, err := w.exec(`INSERT INTO weeks (week, sentences) VALUES (?, ?)
			ON CONFLICT (week) DO UPDATE SET sentences = sentences + excluded.sentences`, week, len(p.Sentences)); err != nil {
			return err
		}
	}
	for l, n := range weeks {
		if _, err := w.exec(`INSERT INTO local_weeks (local, week, n) VALUES (?, ?, ?)
			ON CONFLICT (local, week) DO UPDATE SET n = n + excluded.n`, l, week, n); err != nil {
			return err
		}
	}
	for k, n := range pairs {
		if _, err := w.exec(`INSERT INTO local_edges (a, b, week, n) VALUES (?, ?, ?, ?)
			ON CONFLICT (a, b, week) DO UPDATE SET n = n + excluded.n`, k[0], k[1], week, n); err != nil {
			return err
		}
	}
	return nil
}

// addEvent adds one source to the event sentence sn is on date dt. The
// event's text and date as written come from its source first in the order
// of (document hash, offset), so they do not depend on ingest order.
func addEvent(w *txWriter, doc int64, hash string, sn timeline.NamedSentence, dt timeline.EventDate, locals []int64) error {
	sum := timeline.EventKey(dt.Value, sn.Norm)
	from, to := dt.Value, dt.Value
	if sp, ok := period.Parse(dt.Value); ok {
		from, to = sp.Start.Format(time.DateOnly), sp.End.AddDate(0, 0, -1).Format(time.DateOnly)
	}
	// One statement inserts the event, or takes this source's text when it
	// comes first in content order (every SET reads the row as it was),
	// and gives the event's row.
	var ev int64
	err := w.queryRow(`INSERT INTO events (key, ev_id, date, granularity, date_text, anchor, text, lang, rep_hash, rep_start, day_from, day_to)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET
			granularity = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.granularity, granularity),
			date_text = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.date_text, date_text),
			anchor = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.anchor, anchor),
			text = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.text, text),
			lang = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.lang, lang),
			rep_hash = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.rep_hash, rep_hash),
			rep_start = iif((excluded.rep_hash, excluded.rep_start) < (rep_hash, rep_start), excluded.rep_start, rep_start)
		RETURNING id`,
		sum[:16], "ev-"+hex.EncodeToString(sum[:6]), dt.Value, dt.Granularity, dt.Text, dt.Anchor, sn.Text, sn.Lang,
		hash, sn.Start, from, to).Scan(&ev)
	if err != nil {
		return err
	}
	if _, err := w.exec(`INSERT OR IGNORE INTO event_sources (event, doc, start, end) VALUES (?, ?, ?, ?)`, ev, doc, sn.Start, sn.End); err != nil {
		return err
	}
	for _, l := range locals {
		if _, err := w.exec(`INSERT OR IGNORE INTO event_locals (local, event) VALUES (?, ?)`, l, ev); err != nil {
			return err
		}
	}
	return nil
}

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

// encodePartial is the stored form of a partial: JSON, deflated, without
// the sentences' text, which the sentences table holds.
func encodePartial(p timeline.Partial) ([]byte, error) {
	p.Doc.Text = ""
	p.Sentences = slices.Clone(p.Sentences)
	for i := range p.Sentences {
		p.Sentences[i].Text = ""
	}
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestSpeed)
	if err := json.NewEncoder(w).Encode(p); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func decodePartial(blob []byte) (timeline.Partial, error) {
	var p timeline.Partial
	r := flate.NewReader(bytes.NewReader(blob))
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return p, fmt.Errorf("a stored document is damaged: %w", err)
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return p, fmt.Errorf("a stored document is damaged: %w", err)
	}
	return p, nil
}

// Partials calls fn with the partial result of every stored document in the
// slice, its sentences' text filled in, in batches of documents.
func (s *SQLite) Partials(ctx context.Context, sl Slice, fn func(timeline.Partial) error) error {
	where, args, err := s.sliceWhere(ctx, sl)
	if err != nil {
		return err
	}
	const batch = 256
	after := int64(0)
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT id, hash, doc_id, source, partial FROM docs WHERE id > ? AND (`+where+`) ORDER BY id LIMIT ?`,
			append(append([]any{after}, args...), batch)...)
		if err != nil {
			return fmt.Errorf("store: reading documents: %w", err)
		}
		var ps []timeline.Partial
		var ids []int64
		for rows.Next() {
			var id int64
			var hash, docID, source string
			var blob []byte
			if err := rows.Scan(&id, &hash, &docID, &source, &blob); err != nil {
				rows.Close()
				return err
			}
			p, err := decodePartial(blob)
			if err != nil {
				rows.Close()
				return fmt.Errorf("store: document %s: %w", source, err)
			}
			p.Hash, p.Doc.ID, p.Doc.Source = hash, docID, source
			ps = append(ps, p)
			ids = append(ids, id)
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
		for _, p := range ps {
			if err := fn(p); err != nil {
				return err
			}
		}
		after = ids[len(ids)-1]
	}
}

// fillSentences fills in the text of the partials' sentences.
func (s *SQLite) fillSentences(ctx context.Context, ids []int64, ps []timeline.Partial) error {
	idx := make(map[int64]int, len(ids))
	for i, id := range ids {
		idx[id] = i
	}
	rows, err := s.db.QueryContext(ctx, `SELECT doc, start, text FROM sentences WHERE doc BETWEEN ? AND ?`, ids[0], ids[len(ids)-1])
	if err != nil {
		return err
	}
	defer rows.Close()
	texts := make([]map[int]string, len(ps))
	for rows.Next() {
		var doc int64
		var start int
		var text string
		if err := rows.Scan(&doc, &start, &text); err != nil {
			return err
		}
		i, ok := idx[doc]
		if !ok {
			continue
		}
		if texts[i] == nil {
			texts[i] = map[int]string{}
		}
		texts[i][start] = text
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range ps {
		for j := range ps[i].Sentences {
			sn := &ps[i].Sentences[j]
			t, ok := texts[i][sn.Start]
			if !ok {
				return fmt.Errorf("store: document %s: sentence at %d missing", ps[i].Doc.Source, sn.Start)
			}
			sn.Text = t
		}
	}
	return nil
}

// Resolution returns the resolution of the last Finish as a
// timeline.Options.Resolve function.
func (s *SQLite) Resolution(ctx context.Context) (func([]timeline.LocalEntity) timeline.Resolution, error) {
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
func (s *SQLite) sliceWhere(ctx context.Context, sl Slice) (string, []any, error) {
	conds := []string{"1"}
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
		conds = append(conds, `docs.id IN (SELECT dl.doc FROM doc_locals dl JOIN locals l ON l.id = dl.local WHERE l.entity = ?)`)
		args = append(args, e.ID)
	}
	if sl.Query != "" {
		m, err := matchExpr(sl.Query)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, `docs.id IN (SELECT s.doc FROM sentences s WHERE s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))`)
		args = append(args, m)
	}
	return strings.Join(conds, " AND "), args, nil
}
