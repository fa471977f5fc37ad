package store

import (
	"bytes"
	"cmp"
	"compress/flate"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/chronograph/chronograph/timeline"
)

// A document's partial result is stored in docs.partial without what the
// docs columns and doc_texts hold (the document's fields, its sentences'
// text): its local entities, mentions, temporal expressions and sentences
// as varints and strings, offsets as differences from the one before,
// deflated. Stores before schema 9 hold deflated JSON; they are read as
// they are.

// partialFormat starts a partial in the compact form. No deflate stream
// starts with it: it is a final block of the reserved type 3.
const partialFormat = 0x07

// partialFormatNorms starts a partial in the compact form whose event
// sentences' Norm is left out where it is timeline.TextNorm of the
// sentence's text (since schema 13; the Norms were 39% of the partials of
// generated news): another final block of the reserved type.
const partialFormatNorms = 0x0f

// partialFormatAnchors is partialFormatNorms followed by the anchors of
// the local entities that have one (timeline.LocalEntity.Anchor, since
// schema 23): their number, then each one's index and anchor. Schema 23
// wrote a partial none of whose locals has an anchor as before; since
// schema 24 every partial is written in partialFormatTexts.
const partialFormatAnchors = 0x17

// partialFormatTexts starts a partialFormatAnchors partial (its anchors
// always follow, perhaps none) that also leaves out the text of a mention
// or temporal expression where its document's named sentences (doc_texts)
// hold it at its offsets, and an event date's value, granularity and text
// where they are those of a temporal expression of the partial (since
// schema 24; these texts were 19% of the partials of generated news,
// deflated): another final block of the reserved type. Every partial is
// written in it.
const partialFormatTexts = 0x1f

// How a partialFormatNorms partial gives a sentence's Norm.
const (
	normNone = iota // no Norm: the sentence dates no event
	normText        // timeline.TextNorm of its text, which doc_texts holds
	normKept        // the Norm follows
)

// encodePartial is the stored form of a partial. The texts its sentences
// hold at a mention's or temporal expression's offsets are not kept again
// (see partialFormatTexts): decodePartial's derived gives them back once
// the sentences' text is read.
func encodePartial(p timeline.Partial) ([]byte, error) {
	var e encoder
	inText := func(start, end int, s string) bool {
		t, ok := textAt(p.Sentences, start, end)
		return ok && t == s
	}
	e.int(len(p.Locals))
	for _, l := range p.Locals {
		e.str(l.Type)
		e.strs(l.Aliases)
		e.strs(l.Langs)
		e.int(len(l.Abbrevs))
		for _, ab := range l.Abbrevs {
			e.str(ab[0])
			e.str(ab[1])
		}
		e.int(l.Mentions)
		e.int(l.Cited)
	}
	e.int(len(p.Mentions))
	at := 0
	for _, m := range p.Mentions {
		e.int(m.Start - at)
		e.int(m.End - m.Start)
		e.strUnless(m.Text, inText(m.Start, m.End, m.Text))
		e.str(m.Type)
		e.int(m.Local)
		at = m.Start
	}
	e.int(len(p.Timexes))
	at = 0
	for _, t := range p.Timexes {
		e.int(t.Start - at)
		e.int(t.End - t.Start)
		e.str(t.Doc)
		e.strUnless(t.Text, inText(t.Start, t.End, t.Text))
		e.str(t.Type)
		e.str(t.Value)
		e.str(t.Label)
		e.str(t.Granularity)
		at = t.Start
	}
	e.int(len(p.Sentences))
	at = 0
	for _, sn := range p.Sentences {
		e.int(sn.Start - at)
		e.int(sn.End - sn.Start)
		e.str(sn.Lang)
		e.ints(sn.Locals)
		if sn.Paired == nil {
			e.int(-1)
		} else {
			e.ints(sn.Paired)
		}
		e.int(len(sn.Dates))
		for _, d := range sn.Dates {
			// A date is most often one of the partial's temporal
			// expressions: kept as its number (from 1), else 0.
			if k := timexOf(p.Timexes, sn, d); k >= 0 {
				e.int(k + 1)
				e.str(d.Anchor)
				continue
			}
			e.int(0)
			e.str(d.Value)
			e.str(d.Granularity)
			e.str(d.Text)
			e.str(d.Anchor)
		}
		switch {
		case sn.Norm == "":
			e.int(normNone)
		case timeline.IsTextNorm(sn.Norm, sn.Text):
			e.int(normText)
		default:
			e.int(normKept)
			e.str(sn.Norm)
		}
		e.int(sn.DatesOmitted)
		at = sn.Start
	}
	// The anchors of the local entities that have one.
	anchored := 0
	for _, l := range p.Locals {
		if l.Anchor != "" {
			anchored++
		}
	}
	e.int(anchored)
	for i, l := range p.Locals {
		if l.Anchor != "" {
			e.int(i)
			e.str(l.Anchor)
		}
	}
	return deflate([]byte{partialFormatTexts}, e.b)
}

// repackPartials writes the stored partials in the form encodePartial
// writes (schema 24), each read with its sentences' text, a batch of
// documents at a time: a store of 10,000 documents takes seconds.
func repackPartials(ctx context.Context, t *tx) error {
	const batch = 256
	type doc struct {
		id    int64
		bytes int
		p     timeline.Partial
		dv    derived
	}
	for after := int64(0); ; {
		rows, err := t.QueryContext(ctx, `SELECT id, bytes, partial, text FROM docs WHERE id > ? ORDER BY id LIMIT ?`, after, batch)
		if err != nil {
			return err
		}
		var docs []doc
		n := 0
		for rows.Next() {
			n++
			var d doc
			var blob, packed []byte
			if err := rows.Scan(&d.id, &d.bytes, &blob, &packed); err != nil {
				rows.Close()
				return err
			}
			after = d.id
			if len(blob) > 0 && blob[0] == partialFormatTexts {
				continue
			}
			if d.p, d.dv, err = decodePartial(blob); err == nil {
				var text []byte
				if text, err = unpackText(nil, packed, d.bytes); err == nil {
					for i := range d.p.Sentences {
						sn := &d.p.Sentences[i]
						if sn.Text, err = cut(text, span{doc: d.id, start: sn.Start, end: sn.End}); err != nil {
							break
						}
					}
				}
			}
			if err == nil {
				err = d.dv.fill(&d.p)
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("document %d: %w", d.id, err)
			}
			docs = append(docs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, d := range docs {
			blob, err := encodePartial(d.p)
			if err != nil {
				return err
			}
			if _, err := t.ExecContext(ctx, `UPDATE docs SET partial = ? WHERE id = ?`, blob, d.id); err != nil {
				return err
			}
		}
		if n < batch {
			return nil
		}
	}
}

// textAt is the text of a partial's named sentences at start..end, if one
// holds it.
func textAt(sentences []timeline.NamedSentence, start, end int) (string, bool) {
	i, _ := slices.BinarySearchFunc(sentences, start+1, func(sn timeline.NamedSentence, at int) int { return cmp.Compare(sn.Start, at) })
	if i == 0 {
		return "", false
	}
	sn := sentences[i-1]
	if start < sn.Start || end > sn.End || end < start || sn.End-sn.Start != len(sn.Text) {
		return "", false
	}
	return sn.Text[start-sn.Start : end-sn.Start], true
}

// timexOf is the index of the first temporal expression inside sentence sn
// with date d's value, granularity and text, or -1.
func timexOf(timexes []timeline.Timex, sn timeline.NamedSentence, d timeline.EventDate) int {
	for k, t := range timexes {
		if t.Start >= sn.Start && t.End <= sn.End && t.Value == d.Value && t.Granularity == d.Granularity && t.Text == d.Text {
			return k
		}
	}
	return -1
}

// derived lists what a stored partial leaves to be read from its
// sentences' text once that is filled in (fill): the sentences whose Norm
// is timeline.TextNorm of their text, the mentions and temporal
// expressions whose text is the sentences' at their offsets; and the
// dates that are a temporal expression's (sentence, date, expression).
type derived struct {
	norms, mentions, timexes []int
	dates                    [][3]int
}

// fill sets what d lists in p, whose sentences hold their text.
func (d derived) fill(p *timeline.Partial) error {
	for _, j := range d.norms {
		p.Sentences[j].Norm = timeline.TextNorm(p.Sentences[j].Text)
	}
	// set gives *text the sentences' text at start..end.
	set := func(what string, start, end int, text *string) error {
		t, ok := textAt(p.Sentences, start, end)
		if !ok {
			return fmt.Errorf("a stored document is damaged: %s at %d..%d is in no sentence", what, start, end)
		}
		*text = t
		return nil
	}
	for _, i := range d.mentions {
		m := &p.Mentions[i]
		if err := set("mention", m.Start, m.End, &m.Text); err != nil {
			return err
		}
	}
	for _, i := range d.timexes {
		x := &p.Timexes[i]
		if err := set("date", x.Start, x.End, &x.Text); err != nil {
			return err
		}
	}
	for _, sdt := range d.dates {
		x, dt := p.Timexes[sdt[2]], &p.Sentences[sdt[0]].Dates[sdt[1]]
		dt.Value, dt.Granularity, dt.Text = x.Value, x.Granularity, x.Text
	}
	return nil
}

// decodePartial reads a stored partial: its document's fields and its
// sentences' text are not in it, nor what dv lists, which dv.fill sets
// once the sentences' text is read (dv.norms, the sentences whose Norm is
// timeline.TextNorm of their text, needs only those).
func decodePartial(blob []byte) (p timeline.Partial, dv derived, err error) {
	if len(blob) == 0 || blob[0] != partialFormat && blob[0] != partialFormatNorms && blob[0] != partialFormatAnchors && blob[0] != partialFormatTexts {
		p, err = decodeJSONPartial(blob)
		return p, derived{}, err
	}
	norms := blob[0] != partialFormat
	texts := blob[0] == partialFormatTexts
	// text reads a text the form may leave to the sentences (texts),
	// noting it in list.
	text := func(d *decoder, list *[]int, i int) string {
		if !texts {
			return d.str()
		}
		s, ok := d.strUnless()
		if ok {
			*list = append(*list, i)
		}
		return s
	}
	b, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob[1:])))
	if err != nil {
		return p, derived{}, fmt.Errorf("a stored document is damaged: %w", err)
	}
	d := decoder{b: b}
	if n := d.len(); n > 0 {
		p.Locals = make([]timeline.LocalEntity, n)
		for i := range p.Locals {
			l := &p.Locals[i]
			l.Type = d.str()
			l.Aliases = d.strs()
			l.Langs = d.strs()
			if n := d.len(); n > 0 {
				l.Abbrevs = make([][2]string, n)
				for j := range l.Abbrevs {
					l.Abbrevs[j] = [2]string{d.str(), d.str()}
				}
			}
			l.Mentions = d.int()
			l.Cited = d.int()
		}
	}
	at := 0
	if n := d.len(); n > 0 {
		p.Mentions = make([]timeline.LocalMention, n)
		for i := range p.Mentions {
			m := &p.Mentions[i]
			m.Start = at + d.int()
			m.End = m.Start + d.int()
			m.Text = text(&d, &dv.mentions, i)
			m.Type = d.str()
			m.Local = d.int()
			at = m.Start
		}
	}
	at = 0
	if n := d.len(); n > 0 {
		p.Timexes = make([]timeline.Timex, n)
		for i := range p.Timexes {
			t := &p.Timexes[i]
			t.Start = at + d.int()
			t.End = t.Start + d.int()
			t.Doc = d.str()
			t.Text = text(&d, &dv.timexes, i)
			t.Type = d.str()
			t.Value = d.str()
			t.Label = d.str()
			t.Granularity = d.str()
			at = t.Start
		}
	}
	at = 0
	if n := d.len(); n > 0 {
		p.Sentences = make([]timeline.NamedSentence, n)
		for i := range p.Sentences {
			sn := &p.Sentences[i]
			sn.Start = at + d.int()
			sn.End = sn.Start + d.int()
			sn.Lang = d.str()
			sn.Locals = d.ints()
			sn.Paired = d.ints()
			if n := d.len(); n > 0 {
				sn.Dates = make([]timeline.EventDate, n)
				for j := range sn.Dates {
					if texts {
						if k := d.int() - 1; k >= 0 {
							if k >= len(p.Timexes) {
								d.err = errors.New("a date of no temporal expression")
							}
							dv.dates = append(dv.dates, [3]int{i, j, k})
							sn.Dates[j] = timeline.EventDate{Anchor: d.str()}
							continue
						}
					}
					sn.Dates[j] = timeline.EventDate{Value: d.str(), Granularity: d.str(), Text: d.str(), Anchor: d.str()}
				}
			}
			if !norms {
				sn.Norm = d.str()
			} else {
				switch d.int() {
				case normNone:
				case normText:
					dv.norms = append(dv.norms, i)
				case normKept:
					sn.Norm = d.str()
				default:
					d.err = errors.New("an unknown kind of Norm")
				}
			}
			sn.DatesOmitted = d.int()
			at = sn.Start
		}
	}
	if blob[0] == partialFormatAnchors || blob[0] == partialFormatTexts {
		for range d.len() {
			if i := d.int(); i >= 0 && i < len(p.Locals) {
				p.Locals[i].Anchor = d.str()
			} else if d.err == nil {
				d.err = errors.New("an anchor of no local entity")
			}
		}
	}
	if d.err != nil || len(d.b) > 0 {
		return timeline.Partial{}, derived{}, fmt.Errorf("a stored document is damaged: %w", cmpErr(d.err, errors.New("bytes left over")))
	}
	return p, dv, nil
}

func cmpErr(err, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}

// decodeJSONPartial reads a partial stored before schema 9: deflated JSON.
func decodeJSONPartial(blob []byte) (timeline.Partial, error) {
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

// encoder writes varints and strings.
type encoder struct{ b []byte }

func (e *encoder) int(n int)    { e.b = binary.AppendVarint(e.b, int64(n)) }
func (e *encoder) str(s string) { e.int(len(s)); e.b = append(e.b, s...) }

// strUnless writes s, or -1 when derived says it is to be read elsewhere.
func (e *encoder) strUnless(s string, derived bool) {
	if derived {
		e.int(-1)
		return
	}
	e.str(s)
}

func (e *encoder) ints(v []int) {
	e.int(len(v))
	for _, n := range v {
		e.int(n)
	}
}
func (e *encoder) strs(v []string) {
	e.int(len(v))
	for _, s := range v {
		e.str(s)
	}
}

// decoder reads what encoder wrote; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) int() int {
	if d.err != nil {
		return 0
	}
	n, k := binary.Varint(d.b)
	if k <= 0 {
		d.err = errors.New("a number cut short")
		return 0
	}
	d.b = d.b[k:]
	return int(n)
}

// len reads a length: -1 for nil, and an error for one longer than what
// is left (a damaged length must not make a large allocation).
func (d *decoder) len() int {
	n := d.int()
	if n > len(d.b) {
		d.err = errors.New("a length past the end")
		return 0
	}
	return n
}

func (d *decoder) str() string {
	n := d.len()
	if n < 0 {
		d.err = errors.New("a negative length")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// strUnless reads what encoder.strUnless wrote: a string, or "" and true
// when it is to be read elsewhere.
func (d *decoder) strUnless() (string, bool) {
	if len(d.b) > 0 && d.b[0] == 1 { // the varint -1
		d.b = d.b[1:]
		return "", true
	}
	return d.str(), false
}

// ints reads a list of numbers, nil for -1 or none.
func (d *decoder) ints() []int {
	n := d.len()
	if n <= 0 {
		return nil
	}
	v := make([]int, n)
	for i := range v {
		v[i] = d.int()
	}
	return v
}

func (d *decoder) strs() []string {
	n := d.len()
	if n <= 0 {
		return nil
	}
	v := make([]string, n)
	for i := range v {
		v[i] = d.str()
	}
	return v
}
