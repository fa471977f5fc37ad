package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/chronograph/chronograph/timeline"
)

// A document's partial result is stored in docs.partial without what the
// docs columns and docs.text hold (the document's fields, its sentences'
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
// schema 23): their number, then each one's index and anchor. A partial
// none of whose locals has an anchor is written as before.
const partialFormatAnchors = 0x17

// How a partialFormatNorms partial gives a sentence's Norm.
const (
	normNone = iota // no Norm: the sentence dates no event
	normText        // timeline.TextNorm of its text, which docs.text holds
	normKept        // the Norm follows
)

// encodePartial is the stored form of a partial.
func encodePartial(p timeline.Partial) ([]byte, error) {
	var e encoder
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
		e.str(m.Text)
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
		e.str(t.Text)
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
			e.str(d.Value)
			e.str(d.Granularity)
			e.str(d.Text)
			e.str(d.Anchor)
		}
		switch {
		case sn.Norm == "":
			e.int(normNone)
		case sn.Norm == timeline.TextNorm(sn.Text):
			e.int(normText)
		default:
			e.int(normKept)
			e.str(sn.Norm)
		}
		e.int(sn.DatesOmitted)
		at = sn.Start
	}
	anchored := 0
	for _, l := range p.Locals {
		if l.Anchor != "" {
			anchored++
		}
	}
	if anchored == 0 {
		return deflate([]byte{partialFormatNorms}, e.b)
	}
	e.int(anchored)
	for i, l := range p.Locals {
		if l.Anchor != "" {
			e.int(i)
			e.str(l.Anchor)
		}
	}
	return deflate([]byte{partialFormatAnchors}, e.b)
}

// decodePartial reads a stored partial: its document's fields and its
// sentences' text are not in it, nor the Norm of the sentences textNorm
// lists (their Norm is timeline.TextNorm of their text).
func decodePartial(blob []byte) (p timeline.Partial, textNorm []int, err error) {
	if len(blob) == 0 || blob[0] != partialFormat && blob[0] != partialFormatNorms && blob[0] != partialFormatAnchors {
		p, err = decodeJSONPartial(blob)
		return p, nil, err
	}
	norms := blob[0] != partialFormat
	b, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob[1:])))
	if err != nil {
		return p, nil, fmt.Errorf("a stored document is damaged: %w", err)
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
			m.Text = d.str()
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
			t.Text = d.str()
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
					sn.Dates[j] = timeline.EventDate{Value: d.str(), Granularity: d.str(), Text: d.str(), Anchor: d.str()}
				}
			}
			if !norms {
				sn.Norm = d.str()
			} else {
				switch d.int() {
				case normNone:
				case normText:
					textNorm = append(textNorm, i)
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
	if blob[0] == partialFormatAnchors {
		for range d.len() {
			if i := d.int(); i >= 0 && i < len(p.Locals) {
				p.Locals[i].Anchor = d.str()
			} else if d.err == nil {
				d.err = errors.New("an anchor of no local entity")
			}
		}
	}
	if d.err != nil || len(d.b) > 0 {
		return timeline.Partial{}, nil, fmt.Errorf("a stored document is damaged: %w", cmpErr(d.err, errors.New("bytes left over")))
	}
	return p, textNorm, nil
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
