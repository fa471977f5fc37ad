package timeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/timeline/document"
)

// Partial is what one document contributes to the analysis of a corpus,
// once the per-document stages have run: the document's own entities,
// mentions, temporal expressions and the sentences that name an entity,
// with their text as read. It is a plain value that holds no reference to
// the pipeline, so that it can be kept, serialised (a store writes one per
// document) and folded into a corpus later, in any order: a Corpus built
// from the same partials gives the same Result whatever order they were
// added in.
type Partial struct {
	Doc Document `json:"doc"` // Text only with Options.WithText
	// Hash is the hex SHA-256 of the document's text: the same text read
	// under another name is the same document.
	Hash      string          `json:"hash"`
	Bytes     int             `json:"bytes"` // length of the text
	Locals    []LocalEntity   `json:"locals,omitempty"`
	Mentions  []LocalMention  `json:"mentions,omitempty"` // in text order, those the resolver kept
	Timexes   []Timex         `json:"timexes,omitempty"`  // Doc left empty: it is Doc.ID
	Sentences []NamedSentence `json:"sentences,omitempty"`
}

// LocalEntity is an entity as resolved within one document; the corpus
// resolves the local entities of every document into its entities.
type LocalEntity struct {
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
	Langs   []string `json:"langs,omitempty"`
	// Abbrevs pairs a name with an abbreviation the document defines for
	// it ("… Security Affairs (SWP)"), both among Aliases: the corpus pass
	// keeps them together.
	Abbrevs  [][2]string `json:"abbrevs,omitempty"`
	Mentions int         `json:"mentions"`        // in this document
	Cited    int         `json:"cited,omitempty"` // mentions that cite it as a source (entities.Attributions)
	// Anchor is the English name of the gazetteer entry the document gave
	// a bare name of it by the country it is about (民主党 in an article
	// about the United States: entities.Entity.Anchor); the corpus pass,
	// which reads the names alone, keeps the choice.
	Anchor string `json:"anchor,omitempty"`
	// Docs is how many documents it was found in where a corpus or a store
	// counts equal local entities together; a partial's are its own (0).
	Docs int `json:"docs,omitempty"`
}

// Key identifies a local entity across documents: equal keys (type,
// aliases, languages, abbreviations and anchor) are resolved alike, so a
// corpus keeps each distinct local entity once. A local entity with no
// anchor has the key it had before anchors were kept.
func (l LocalEntity) Key() string {
	var b strings.Builder
	b.WriteString(l.Type)
	b.WriteByte(0)
	for _, a := range l.Aliases {
		b.WriteString(a)
		b.WriteByte(0x1f)
	}
	b.WriteByte(0)
	for _, lang := range l.Langs {
		b.WriteString(lang)
		b.WriteByte(0x1f)
	}
	for _, ab := range l.Abbrevs {
		b.WriteString("\x00" + ab[0] + "\x1f" + ab[1])
	}
	if l.Anchor != "" {
		b.WriteString("\x00\x1e" + l.Anchor)
	}
	return b.String()
}

// LocalMention is a mention of a local entity; offsets index the text as
// read.
type LocalMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Local int    `json:"local"` // index in Partial.Locals
}

// NamedSentence is a sentence that names at least one local entity: the
// evidence of the edges between them and, when dated, an event.
type NamedSentence struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Lang   string `json:"lang"`
	Text   string `json:"text"`   // the sentence as read: evidence shows these bytes
	Locals []int  `json:"locals"` // distinct, ascending
	// Paired, when set, lists the locals whose pairs become edges: a
	// sentence naming more than MaxPairedNames entities pairs only its most
	// prominent names (see pairedNames). Nil when all are paired.
	Paired []int `json:"paired,omitempty"`
	// Dates are the dates that make it an event; Norm, set with them, is
	// its normalised text, the key that merges one event's sources.
	Dates []EventDate `json:"dates,omitempty"`
	Norm  string      `json:"norm,omitempty"`
	// DatesOmitted counts the dates past the first MaxDatesPerSentence,
	// which make no event (Result.ReportsOmitted).
	DatesOmitted int `json:"dates_omitted,omitempty"`
	// Words, when set, are the words of Text as the extractor split them
	// to find mentions (kagome's, for Japanese), which a store's full-text
	// index takes instead of splitting the text again. Not kept: a
	// partial read back from a store has none.
	Words []string `json:"-"`
}

// EventDate is one date an event sentence holds.
type EventDate struct {
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
	Text        string `json:"text"`
	Anchor      string `json:"anchor,omitempty"`
}

// HashText is the content hash of a document's text, as Partial.Hash.
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Partial runs the per-document stages on d.
func (p *Pipeline) Partial(d document.Document) Partial {
	return p.partialOf(p.analyzeDoc(d))
}

// partialOf turns the worker's result into a Partial. Its strings are cut
// from the document's text: a Corpus copies what it keeps.
func (p *Pipeline) partialOf(r docResult) Partial {
	d := r.doc
	out := Partial{Hash: HashText(d.Text), Bytes: len(d.Text)}
	out.Doc = Document{ID: d.ID, Source: d.Source, Title: d.Title, URL: d.URL, Author: d.Author,
		Lang: r.lang, DateSource: d.DateSource}
	if d.Lang != "" {
		out.Doc.Lang = d.Lang
	}
	if !d.Published.IsZero() {
		out.Doc.Published = d.Published.Format(time.DateOnly)
	}
	if p.Options.WithText {
		out.Doc.Text = d.Text
	}
	out.Locals = make([]LocalEntity, len(r.clusters))
	for i, c := range r.clusters {
		out.Locals[i] = LocalEntity{Type: string(c.typ), Aliases: c.aliases, Langs: c.langs, Abbrevs: c.abbrevs, Anchor: c.anchor}
	}
	out.Mentions = make([]LocalMention, 0, len(r.mentions))
	for i, m := range r.mentions {
		c := r.cluster[i]
		if c < 0 {
			continue
		}
		out.Locals[c].Mentions++
		if r.cited[i] {
			out.Locals[c].Cited++
		}
		out.Mentions = append(out.Mentions, LocalMention{Start: m.Start, End: m.End, Text: d.Text[m.Start:m.End],
			Type: string(m.Type), Local: c})
	}
	out.Timexes = make([]Timex, len(r.timexes))
	for i, t := range r.timexes {
		out.Timexes[i] = Timex{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value,
			Granularity: string(t.Granularity)}
	}
	for _, s := range r.sentences {
		var locals []int
		for mi := s.mentions[0]; mi < s.mentions[1]; mi++ {
			if c := r.cluster[mi]; c >= 0 {
				locals = append(locals, c)
			}
		}
		if len(locals) == 0 {
			continue
		}
		slices.Sort(locals)
		ns := NamedSentence{Start: s.start, End: s.end, Lang: s.lang, Text: d.Text[s.start:s.end],
			Locals: slices.Compact(locals), Words: s.words}
		if len(ns.Locals) > MaxPairedNames {
			ns.Paired = pairedNames(r, s, out.Locals)
		}
		for k, dt := range s.dates {
			if k == MaxDatesPerSentence {
				ns.DatesOmitted = len(s.dates) - k
				break
			}
			ns.Dates = append(ns.Dates, EventDate{Value: dt.Value, Granularity: string(dt.Granularity),
				Text: dt.Text, Anchor: dt.anchor})
		}
		if len(ns.Dates) > 0 {
			ns.Norm = s.norm
		}
		out.Sentences = append(out.Sentences, ns)
	}
	return out
}

// TextNorm is the Norm of an event sentence whose text normalising left
// as it was: the text with runs of space made one. Most sentences' Norm is
// this, so a store that keeps the text need not keep the Norm again.
func TextNorm(text string) string { return collapseSpace(text) }

// IsTextNorm reports whether norm is TextNorm(text), without making it: a
// store asks this of every sentence it writes, and making the Norm to
// compare was a third of encoding a document's result (0.03 CPU-s an
// ingest of 2,202 generated documents).
func IsTextNorm(norm, text string) bool {
	at := 0 // bytes of norm matched
	space := false
	for _, r := range text { // an invalid byte as U+FFFD, as collapseSpace reads it
		if r == ' ' || uint32(r-'\t') <= '\r'-'\t' || r >= utf8.RuneSelf && unicode.IsSpace(r) { // unicode.IsSpace, ASCII first
			space = true
			continue
		}
		if space && at > 0 {
			if at == len(norm) || norm[at] != ' ' {
				return false
			}
			at++
		}
		space = false
		if r < utf8.RuneSelf {
			if at == len(norm) || norm[at] != byte(r) {
				return false
			}
			at++
			continue
		}
		// As collapseSpace writes it: an invalid byte as U+FFFD.
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if len(norm)-at < n || norm[at:at+n] != string(buf[:n]) {
			return false
		}
		at += n
	}
	return at == len(norm)
}

// EventKey is the key that merges the sources of one event: its date and
// normalised text.
func EventKey(date, norm string) [32]byte {
	return sha256.Sum256([]byte(date + "\x00" + norm + "\x00"))
}

// CompareSources orders document sources naturally: path parts as text,
// the "#N" record and post numbers that follow as numbers, so that
// a.jsonl#2 comes before a.jsonl#10.
func CompareSources(a, b string) int {
	for a != "" || b != "" {
		pa, ra, _ := strings.Cut(a, "#")
		pb, rb, _ := strings.Cut(b, "#")
		if c := compareNatural(pa, pb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
	return 0
}

// compareNatural compares two strings, a run of digits in both as a number.
func compareNatural(a, b string) int {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				if len(na) < len(nb) {
					return -1
				}
				return 1
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			if da != db {
				if da < db {
					return -1
				}
				return 1
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			if a[0] < b[0] {
				return -1
			}
			return 1
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// keyOfHash is the first 8 bytes of a hex content hash as a number: the
// order of evidence and event sources among equals, which does not depend on
// the order documents arrived in.
func keyOfHash(h string) uint64 {
	var k uint64
	for i := 0; i < 16 && i < len(h); i++ {
		c := h[i]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		}
		k = k<<4 | uint64(v)
	}
	return k
}

// MaxDatesPerSentence bounds the reports one sentence gives: one per date
// it names, each carrying the whole sentence. A sentence naming more dates
// is a list or a table (a page without sentence punctuation, cut into
// 4,000-byte pieces, can name dozens), and would repeat its text once per
// date: 1 MB of such text gave 94 MB of events. Its first dates make
// reports; the others are counted in Result.ReportsOmitted and date
// nothing.
const MaxDatesPerSentence = 3

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

// pairedNames returns the MaxPairedNames local entities of sentence s that
// are paired into edges, in increasing order: those the document mentions
// most, and of those equally mentioned, the ones named first in s.
func pairedNames(r docResult, s sentence, locals []LocalEntity) []int {
	var order []int // in order of first mention in s
	seen := map[int]bool{}
	for mi := s.mentions[0]; mi < s.mentions[1]; mi++ {
		if c := r.cluster[mi]; c >= 0 && !seen[c] {
			seen[c] = true
			order = append(order, c)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(locals[y].Mentions, locals[x].Mentions) })
	order = order[:min(len(order), MaxPairedNames)]
	slices.Sort(order)
	return order
}
