package render

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chronograph/chronograph/render/export"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/period"
	"github.com/chronograph/chronograph/timeline/timex"
)

// Caps on what the page carries and draws, so that a corpus of 10,000 events
// and 2,000 entities still opens quickly: the charts draw aggregates, the
// tables paginate.
//
// Nothing is left out: every entity, event and edge is in the page. Only the
// undated evidence sentences are capped: those of the heaviest edges are
// carried, and the page says how many edges have none (the dated sentences
// of every edge are its events, which are all there).
const (
	maxEvidenceEdges   = 20000 // heaviest edges that carry their undated evidence sentences
	maxEvidencePerEdge = 10    // evidence sentences kept per edge
	maxEntitiesInPairs = 30    // an event naming more entities adds no pairs beyond these
)

// pageData is the JSON document the page's script reads with JSON.parse.
// Entities, documents and events are referred to by their index in these
// slices, which keeps the page small.
type pageData struct {
	Title    string      `json:"title"`
	Subtitle string      `json:"subtitle,omitempty"`
	Theme    string      `json:"theme"`
	Mode     string      `json:"mode"` // report, timeline or network
	Served   *Served     `json:"served,omitempty"`
	Types    []string    `json:"types"`
	Colors   []string    `json:"colors"` // one per type
	Docs     []pageDoc   `json:"docs,omitempty"`
	Ents     []pageEnt   `json:"ents"`
	Events   []pageEvent `json:"events"`
	Edges    []pageEdge  `json:"edges,omitempty"`
	Comms    int         `json:"comms"` // number of communities; ents carry theirs
	// Key names the corpus (a hash of its entity ids), so that corrections
	// kept in the browser apply to this corpus's reports only.
	Key string `json:"key"`
	// EventsOmitted counts the events the analysis left out over its cap
	// per date: the page says so, and how to get them.
	EventsOmitted int `json:"eventsOmitted,omitempty"`
	// ReportsOmitted counts the reports the analysis left out before
	// grouping them into events, over its bound per date.
	ReportsOmitted int `json:"reportsOmitted,omitempty"`
	// EdgesUnevidenced counts the lightest edges carried without their
	// undated evidence sentences.
	EdgesUnevidenced int       `json:"edgesUnevidenced,omitempty"`
	Coarse           int       `json:"coarse"`                   // events dated more coarsely than a day
	Undrawn          int       `json:"undrawn"`                  // events whose date cannot be placed on the axis
	OffAxis          offAxis   `json:"offAxis"`                  // events kept off the axis, far from the news: render.keepOffAxis
	TimelineHeight   int       `json:"timelineHeight,omitempty"` // pixels
	Settings         settings  `json:"settings"`                 // the initial state of the network controls
	Charts           chartOpts `json:"charts"`                   // echarts options built with go-echarts
}

type settings struct {
	Lanes        int    `json:"lanes"` // timeline lanes: the entities with the most events in the window
	TopNodes     int    `json:"topNodes"`
	MinWeight    int    `json:"minWeight"`
	Weighting    string `json:"weighting"`
	Labels       int    `json:"labels"`
	LinksPerNode int    `json:"linksPerNode"` // the network draws at most this many links per node shown
	Sources      bool   `json:"sources"`      // show entities whose role is source
}

type pageDoc struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"` // http(s) only
	Lang      string `json:"lang,omitempty"`
	Published string `json:"published,omitempty"`
}

type pageEnt struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     int      `json:"type"` // index into pageData.Types
	Aliases  []string `json:"aliases,omitempty"`
	Langs    []string `json:"langs,omitempty"`
	Mentions int      `json:"mentions"`
	Docs     int      `json:"docs"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	// FirstLabel and LastLabel are First and Last as a person reads them.
	FirstLabel string `json:"firstLabel,omitempty"`
	LastLabel  string `json:"lastLabel,omitempty"`
	Events     int    `json:"events"`
	Comm       int    `json:"comm"`
	Role       string `json:"role,omitempty"` // "source" for a news outlet cited as a source (timeline.Entity.Role)
}

type pageEvent struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Label string `json:"label,omitempty"` // Date as a person reads it: timex.Label
	Gran  string `json:"gran,omitempty"`
	T0    int64  `json:"t0,omitempty"` // span on the time axis, ms; both 0 when not placeable
	T1    int64  `json:"t1,omitempty"`
	Text  string `json:"text"`
	Lang  string `json:"lang,omitempty"`
	Ents  []int  `json:"ents"`
	Src   []int  `json:"src,omitempty"`   // document indexes
	Marks []int  `json:"marks,omitempty"` // flat triples: UTF-16 start, end, entity index
	// N counts the reports that tell the event, when more than one; Rep
	// lists those the result carries.
	N   int          `json:"n,omitempty"`
	Rep []pageReport `json:"rep,omitempty"`
}

// pageReport is one report of an event: its document, language and
// sentence (left out when it is the event's own text).
type pageReport struct {
	Doc  int    `json:"d"`
	Lang string `json:"l,omitempty"`
	Text string `json:"t,omitempty"`
}

type pageEdge struct {
	A  int            `json:"a"`
	B  int            `json:"b"`
	W  int            `json:"w"`
	Ev []pageEvidence `json:"ev,omitempty"`
}

// pageEvidence is one sentence behind an edge: either an event (by index) or
// an undated sentence carried here.
type pageEvidence struct {
	Event int    `json:"e"` // -1 when the sentence is not an event
	Doc   int    `json:"d"`
	Text  string `json:"t,omitempty"`
	Marks []int  `json:"m,omitempty"`
}

// typeOrder fixes the colour of the three core types whatever the corpus holds.
var typeOrder = []string{"PERSON", "ORGANIZATION", "LOCATION"}

var palette = []string{"#4e79a7", "#59a14f", "#f28e2b", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"}

// builder turns a timeline.Result into pageData; it holds the lookups that
// the conversion needs.
type builder struct {
	r        *timeline.Result
	entIndex map[string]int
	docIndex map[string]int
	mentions map[string][]timeline.Mention // by document, sorted by start
	aliases  [][]string                    // per entity, longest first
}

func newBuilder(r *timeline.Result) *builder {
	b := &builder{
		r:        r,
		entIndex: make(map[string]int, len(r.Entities)),
		docIndex: make(map[string]int, len(r.Documents)),
		mentions: make(map[string][]timeline.Mention),
		aliases:  make([][]string, len(r.Entities)),
	}
	for i, e := range r.Entities {
		b.entIndex[e.ID] = i
		names := append([]string{e.Name}, e.Aliases...)
		names = slices.DeleteFunc(names, func(s string) bool { return strings.TrimSpace(s) == "" })
		slices.SortFunc(names, func(x, y string) int {
			return cmp.Or(cmp.Compare(len(y), len(x)), strings.Compare(x, y))
		})
		b.aliases[i] = slices.Compact(names)
	}
	for i, d := range r.Documents {
		b.docIndex[d.ID] = i
	}
	for _, m := range r.Mentions {
		b.mentions[m.Doc] = append(b.mentions[m.Doc], m)
	}
	for _, ms := range b.mentions {
		slices.SortFunc(ms, func(x, y timeline.Mention) int {
			return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
		})
	}
	return b
}

// types lists the entity types present, core types first.
func (b *builder) types() []string {
	seen := map[string]bool{}
	for _, e := range b.r.Entities {
		seen[e.Type] = true
	}
	var out []string
	for _, t := range typeOrder {
		if seen[t] {
			out = append(out, t)
			delete(seen, t)
		}
	}
	var rest []string
	for t := range seen {
		rest = append(rest, t)
	}
	slices.Sort(rest)
	return append(out, rest...)
}

func (b *builder) docs() []pageDoc {
	out := make([]pageDoc, len(b.r.Documents))
	for i, d := range b.r.Documents {
		out[i] = pageDoc{ID: d.ID, Source: d.Source, Title: d.Title, URL: export.HTTPURL(d.URL), Lang: d.Lang, Published: d.Published}
	}
	return out
}

func (b *builder) entities(types []string) []pageEnt {
	typeIdx := make(map[string]int, len(types))
	for i, t := range types {
		typeIdx[t] = i
	}
	out := make([]pageEnt, len(b.r.Entities))
	for i, e := range b.r.Entities {
		out[i] = pageEnt{
			ID: e.ID, Name: e.Name, Type: typeIdx[e.Type], Aliases: e.Aliases, Langs: e.Langs,
			Mentions: e.Mentions, Docs: e.Documents, First: e.FirstSeen, Last: e.LastSeen, Role: e.Role,
			FirstLabel: cmp.Or(e.FirstSeenLabel, timex.Label(e.FirstSeen)), LastLabel: cmp.Or(e.LastSeenLabel, timex.Label(e.LastSeen)),
		}
	}
	return out
}

// events converts the events, counting each entity's events into ents.
func (b *builder) events(ents []pageEnt, withMarks bool) []pageEvent {
	out := make([]pageEvent, len(b.r.Events))
	for i, ev := range b.r.Events {
		pe := pageEvent{ID: ev.ID, Date: ev.Date, Label: cmp.Or(ev.DateLabel, timex.Label(ev.Date)), Gran: ev.Granularity, Text: ev.Text, Lang: ev.Lang, Ents: []int{}}
		if s, ok := period.Parse(ev.Date); ok {
			pe.T0, pe.T1 = s.Start.UnixMilli(), s.End.UnixMilli()
		}
		for _, id := range ev.Entities {
			if k, ok := b.entIndex[id]; ok {
				pe.Ents = append(pe.Ents, k)
			}
		}
		slices.Sort(pe.Ents)
		pe.Ents = slices.Compact(pe.Ents)
		for _, k := range pe.Ents {
			ents[k].Events++
		}
		for _, s := range ev.Sources {
			d, ok := b.docIndex[s.Doc]
			if !ok {
				continue
			}
			if !slices.Contains(pe.Src, d) {
				pe.Src = append(pe.Src, d)
			}
			if n := max(ev.Reports, len(ev.Sources)); n > 1 {
				pe.N = n
				r := pageReport{Doc: d, Lang: s.Lang}
				if s.Text != ev.Text {
					r.Text = s.Text
				}
				pe.Rep = append(pe.Rep, r)
			}
		}
		if withMarks {
			var src timeline.Source
			if len(ev.Sources) > 0 {
				src = ev.Sources[0]
			}
			pe.Marks = b.marks(ev.Text, src, pe.Ents)
		}
		out[i] = pe
	}
	return out
}

// marks locates the entities of a sentence in its text, as UTF-16 offsets
// (the unit of JavaScript strings). The mentions recorded for the sentence's
// document give the spans; when the sentence text does not match the document
// offsets (no source, or a normalised copy), the entity's names are searched
// for instead. Only entities in want are marked (nil: any entity).
func (b *builder) marks(text string, src timeline.Source, want []int) []int {
	type mark struct{ start, end, ent int }
	var ms []mark
	overlaps := func(s, e int) bool {
		for _, m := range ms {
			if s < m.end && m.start < e {
				return true
			}
		}
		return false
	}
	for _, m := range b.mentions[src.Doc] {
		if m.Start < src.Start || m.End > src.End || m.Start >= m.End {
			continue
		}
		k, ok := b.entIndex[m.Entity]
		if !ok || (want != nil && !slices.Contains(want, k)) {
			continue
		}
		s, e := m.Start-src.Start, m.End-src.Start
		if e > len(text) || text[s:e] != m.Text || !boundary(text, s) || !boundary(text, e) || overlaps(s, e) {
			continue
		}
		ms = append(ms, mark{s, e, k})
	}
	for _, k := range want {
		if slices.ContainsFunc(ms, func(m mark) bool { return m.ent == k }) {
			continue
		}
		for _, name := range b.aliases[k] {
			for from := 0; from < len(text); {
				j := strings.Index(text[from:], name)
				if j < 0 {
					break
				}
				s, e := from+j, from+j+len(name)
				from = e
				if wordEdge(text, s, e) && !overlaps(s, e) {
					ms = append(ms, mark{s, e, k})
				}
			}
		}
	}
	if len(ms) == 0 {
		return nil
	}
	slices.SortFunc(ms, func(x, y mark) int { return cmp.Compare(x.start, y.start) })
	out := make([]int, 0, 3*len(ms))
	for _, m := range ms {
		out = append(out, utf16Len(text[:m.start]), utf16Len(text[:m.end]), m.ent)
	}
	return out
}

// boundary reports whether byte offset i of s is on a rune boundary.
func boundary(s string, i int) bool {
	return i == len(s) || (i >= 0 && i < len(s) && utf8.RuneStart(s[i]))
}

// wordEdge reports whether s[start:end] is not part of a longer Latin word:
// "Iran" must not be marked inside "Iranian". Scripts written without spaces
// (Japanese) have no such edge to check.
func wordEdge(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	first, _ := utf8.DecodeRuneInString(s[start:])
	last, _ := utf8.DecodeLastRuneInString(s[:end])
	latin := func(r rune) bool { return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	if start > 0 && latin(first) && latin(before) {
		return false
	}
	if end < len(s) && latin(last) && latin(after) {
		return false
	}
	return true
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// edges converts every edge, heaviest first; the heaviest maxEvidenceEdges
// carry their evidence, and unevidenced counts the others. An evidence
// sentence that is also an event refers to it, so that its date and marks
// are shown.
func (b *builder) edges() (out []pageEdge, unevidenced int) {
	type loc struct {
		doc   string
		start int
	}
	eventAt := make(map[loc]int, len(b.r.Events))
	for i, ev := range b.r.Events {
		for _, s := range ev.Sources {
			if _, dup := eventAt[loc{s.Doc, s.Start}]; !dup {
				eventAt[loc{s.Doc, s.Start}] = i
			}
		}
	}
	sorted := slices.Clone(b.r.Edges)
	slices.SortStableFunc(sorted, func(x, y timeline.Edge) int { return cmp.Compare(y.Weight, x.Weight) })
	out = make([]pageEdge, 0, len(sorted))
	for _, e := range sorted {
		a, okA := b.entIndex[e.Source]
		c, okC := b.entIndex[e.Target]
		if !okA || !okC || a == c {
			continue
		}
		pe := pageEdge{A: min(a, c), B: max(a, c), W: e.Weight}
		if len(out) >= maxEvidenceEdges {
			if slices.ContainsFunc(e.Evidence, func(s timeline.Source) bool { _, ok := eventAt[loc{s.Doc, s.Start}]; return !ok }) {
				unevidenced++
			}
			out = append(out, pe)
			continue
		}
		for _, s := range e.Evidence {
			if len(pe.Ev) == maxEvidencePerEdge {
				break
			}
			doc, ok := b.docIndex[s.Doc]
			if !ok {
				doc = -1
			}
			if i, ok := eventAt[loc{s.Doc, s.Start}]; ok {
				pe.Ev = append(pe.Ev, pageEvidence{Event: i, Doc: doc})
				continue
			}
			text := s.Text
			if text == "" && doc >= 0 {
				dt := b.r.Documents[doc].Text
				if 0 <= s.Start && s.Start < s.End && s.End <= len(dt) && boundary(dt, s.Start) && boundary(dt, s.End) {
					text = dt[s.Start:s.End]
				}
			}
			if text == "" {
				continue
			}
			pe.Ev = append(pe.Ev, pageEvidence{Event: -1, Doc: doc, Text: text, Marks: b.marks(text, s, []int{pe.A, pe.B})})
		}
		out = append(out, pe)
	}
	return out, unevidenced
}
