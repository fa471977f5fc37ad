package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"sync"

	kflate "github.com/klauspost/compress/flate"

	"github.com/chronograph/chronograph/timeline"
)

// A document's sentences are stored once, in doc_texts: the document's
// text as read with every byte outside its named sentences (those the
// store keeps) set to NUL, deflated. The runs of NUL cost next to nothing,
// and a sentence is cut out of it by its offsets, so that the sentences
// table, the reports (events) and the clusters refer to a sentence by id
// or offsets and never hold its text again. Deflated, the text takes
// about 0.4 of its bytes.

// span is the offsets of a sentence in a stored document.
type span struct {
	doc        int64
	start, end int
}

// packText is the stored form of a document's named sentences.
func packText(size int, sentences []timeline.NamedSentence) ([]byte, error) {
	for _, sn := range sentences {
		size = max(size, sn.End)
	}
	buf := make([]byte, size)
	for _, sn := range sentences {
		if sn.End-sn.Start != len(sn.Text) {
			return nil, fmt.Errorf("sentence at %d: offsets %d..%d for %d bytes of text", sn.Start, sn.Start, sn.End, len(sn.Text))
		}
		copy(buf[sn.Start:sn.End], sn.Text)
	}
	return deflate(nil, buf)
}

// deflaters are flate writers to reuse: a new one allocates and clears
// about 1 MB of state, which cost as much as deflating a document's text
// (a third of the store's deflate time).
//
// They are klauspost/compress's: deflating each document's result and
// text with the standard library's writer was the largest item of
// ingest's own writing (0.19 of about 1.1 CPU-s per 2,202 generated
// documents); this one writes the same format (the standard library
// reads it, and reads every store written before) in a third of the time,
// at level 6 0.4% larger (level 7 would be smaller than the standard
// library's, for twice level 6's time).
var deflaters = sync.Pool{New: func() any {
	w, _ := kflate.NewWriter(nil, 6)
	return w
}}

// deflate appends the deflated data to prefix.
func deflate(prefix, data []byte) ([]byte, error) {
	b := bytes.NewBuffer(prefix)
	w := deflaters.Get().(*kflate.Writer)
	defer deflaters.Put(w)
	w.Reset(b)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// inflaters are flate readers to reuse: a new one allocates its window
// and tables (about 40 KB), which took a quarter of the time of inflating
// the texts a finish reads (0.36 of 1.39 CPU-s for 72,000 documents,
// adding 1% to 100,000 generated documents). They are klauspost/compress's
// (as deflaters), which read any deflated data, in 0.82 of the standard
// library's time on 5,000 stored texts of generated news (215, 200, 234
// against 273, 215, 303 ms, alternated).
var inflaters = sync.Pool{New: func() any { return kflate.NewReader(bytes.NewReader(nil)) }}

// unpackText inflates a stored text up to byte end, the last a caller
// needs (a long document is not inflated past its last sentence asked for),
// into buf, which it grows as needed (nil: a new one).
func unpackText(buf, blob []byte, end int) ([]byte, error) {
	r := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(r)
	if err := r.(kflate.Resetter).Reset(bytes.NewReader(blob), nil); err != nil {
		return nil, fmt.Errorf("a stored text is damaged: %w", err)
	}
	buf = slices.Grow(buf[:0], end)[:end]
	n, err := io.ReadFull(r, buf)
	if err != nil && err != io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("a stored text is damaged: %w", err)
	}
	return buf[:n], nil
}

// cut is a sentence's text from its document's inflated text.
func cut(text []byte, sp span) (string, error) {
	if sp.start < 0 || sp.end < sp.start || sp.end > len(text) {
		return "", fmt.Errorf("store: document %d: sentence %d..%d outside its stored text (%d bytes)", sp.doc, sp.start, sp.end, len(text))
	}
	return string(text[sp.start:sp.end]), nil
}

// texts returns the texts of sentences, reading each document's stored
// text once.
func texts(ctx context.Context, q querier, spans []span) ([]string, error) {
	return textsIn(ctx, q, "doc_texts", spans)
}

// textsIn is texts read from table: doc_texts, or docs for the steps of
// the migrations before schema 31 (reindexSearch, packReportDates).
//
// Each document's text is inflated into the same buffer, its sentences
// cut out of it at once, and its row read in place (sql.RawBytes): a
// finish adding 1% to 100,000 generated documents reads the sentences of
// 72,000, and a buffer and a copy of the row apiece came to some 500 MB
// for the collector.
func textsIn(ctx context.Context, q querier, table string, spans []span) ([]string, error) {
	// The spans by document: order[r.from:r.to] are those of a document,
	// r.end the last byte they need.
	type run struct {
		from, to, end int
		read          bool
	}
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(spans[a].doc, spans[b].doc) })
	runs := map[int64]*run{}
	var docs []int64
	for i := 0; i < len(order); {
		r := &run{from: i}
		doc := spans[order[i]].doc
		for r.to = i; r.to < len(order) && spans[order[r.to]].doc == doc; r.to++ {
			r.end = max(r.end, spans[order[r.to]].end)
		}
		runs[doc] = r
		docs = append(docs, doc)
		i = r.to
	}
	out := make([]string, len(spans))
	var text []byte
	err := eachIn(ctx, q, `SELECT id, text FROM `+table+` WHERE id IN `, docs, func(rows *sql.Rows) error {
		var id int64
		var blob sql.RawBytes
		if err := rows.Scan(&id, &blob); err != nil {
			return err
		}
		r := runs[id]
		if r == nil || r.read {
			return nil
		}
		r.read = true
		var err error
		if text, err = unpackText(text, blob, r.end); err != nil {
			return fmt.Errorf("document %d: %w", id, err)
		}
		for _, k := range order[r.from:r.to] {
			if out[k], err = cut(text, spans[k]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: reading sentences: %w", err)
	}
	for i, sp := range spans {
		if !runs[sp.doc].read { // no text stored: only an empty span is in it
			var err error
			if out[i], err = cut(nil, sp); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
