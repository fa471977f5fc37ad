// Package render writes chronograph's offline HTML report: a timeline of
// dated events and a co-occurrence network, linked to each other, to the
// sentences behind them and to sortable tables, in one self-contained file.
//
// The charts are echarts options built with go-echarts; echarts itself is
// inlined from the embedded npm build, so the page makes no network request.
// Every string from the input is untrusted: the data travels as escaped JSON
// in a non-executable script element and reaches the DOM only as text, and a
// Content-Security-Policy admits the page's own two scripts and nothing else.
package render

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronograph/chronograph/timeline"
)

// Options shape the report.
type Options struct {
	Title     string // page and chart title; "chronograph" when empty
	Subtitle  string
	Theme     string // light (default) or dark
	Lanes     int    // entities with a timeline lane; 10 when 0
	TopNodes  int    // entities drawn in the network; 80 when 0
	MinWeight int    // minimum shared sentences for a network link; 1 when 0
	Weighting string // network link weight: dice (default), count or pmi
	// ShowSources gives news outlets cited as sources (timeline.Entity.Role
	// "source") timeline lanes and shows them in the network from the start;
	// otherwise the network hides them until the reader ticks "sources".
	ShowSources bool
	// Served is set for the page `chronograph serve` delivers: it holds
	// a slice of a store and asks the server's API for the rest.
	Served *Served
}

// Served describes the slice of a store a served page holds.
type Served struct {
	From     string `json:"from,omitempty"` // the window of the slice, YYYY-MM-DD
	To       string `json:"to,omitempty"`
	Entities int    `json:"entities"` // in the whole store
	Events   int    `json:"events"`
	Writable bool   `json:"writable"` // the server takes corrections
}

// Defaults of Options.
const (
	DefaultLanes    = 10
	DefaultTopNodes = 80
	defaultLabels   = 15 // nodes labelled in the network, the most mentioned
	linksPerNode    = 4  // the network draws at most this many links per node
)

// Charts that Chart can write alone.
const (
	ChartTimeline = "timeline"
	ChartNetwork  = "network"
)

func (o Options) withDefaults() (Options, error) {
	if o.Title == "" {
		o.Title = "chronograph"
	}
	switch o.Theme {
	case "":
		o.Theme = "light"
	case "light", "dark":
	default:
		return o, fmt.Errorf("render: unknown theme %q (want light or dark)", o.Theme)
	}
	switch o.Weighting {
	case "":
		// Dice by default: on the real-news corpus, counts gave the five
		// biggest hubs 42% of the links drawn (each node's strongest links
		// are to Ukraine, Russia…); Dice 13%, and 6% of the drawn width.
		o.Weighting = "dice"
	case "count", "pmi", "dice":
	default:
		return o, fmt.Errorf("render: unknown weighting %q (want count, pmi or dice)", o.Weighting)
	}
	if o.Lanes <= 0 {
		o.Lanes = DefaultLanes
	}
	if o.TopNodes <= 0 {
		o.TopNodes = DefaultTopNodes
	}
	if o.MinWeight <= 0 {
		o.MinWeight = 1
	}
	return o, nil
}

// Report writes the full report for r to w.
func Report(w io.Writer, r *timeline.Result, opts Options) error {
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	d, err := build(r, opts, "report")
	if err != nil {
		return err
	}
	return writePage(w, d)
}

// Chart writes one chart alone, timeline or network, as a small
// self-contained page meant for an <iframe>: the chart, its tooltip and its
// save-as-PNG button, without the panels and tables of the report.
func Chart(w io.Writer, r *timeline.Result, chart string, opts Options) error {
	if chart != ChartTimeline && chart != ChartNetwork {
		return fmt.Errorf("render: unknown chart %q (want %s or %s)", chart, ChartTimeline, ChartNetwork)
	}
	opts, err := opts.withDefaults()
	if err != nil {
		return err
	}
	d, err := build(r, opts, chart)
	if err != nil {
		return err
	}
	return writePage(w, d)
}

// build converts r into the page's data for one mode: report, or a chart
// alone, which carries only what that chart draws.
func build(r *timeline.Result, opts Options, mode string) (*pageData, error) {
	if r == nil {
		r = &timeline.Result{}
	}
	b := newBuilder(r)
	types := b.types()
	d := &pageData{
		Title: opts.Title, Subtitle: opts.Subtitle, Theme: opts.Theme, Mode: mode,
		Types: types, Colors: make([]string, len(types)),
		Settings: settings{
			Lanes: opts.Lanes, TopNodes: opts.TopNodes, MinWeight: opts.MinWeight, Weighting: opts.Weighting,
			Labels: defaultLabels, LinksPerNode: linksPerNode, Sources: opts.ShowSources,
		},
	}
	for i := range types {
		d.Colors[i] = palette[i%len(palette)]
	}
	d.Ents = b.entities(types)
	d.Key = corpusKey(r)
	d.Served = opts.Served
	d.EventsOmitted, d.ReportsOmitted = r.EventsOmitted, r.ReportsOmitted
	report := mode == "report"
	d.Events = b.events(d.Ents, report)
	if report {
		d.Docs = b.docs()
	}
	if report || mode == ChartNetwork {
		d.Edges, d.EdgesUnevidenced = b.edges()
		comm, n := communities(d.Ents, d.Edges)
		for i := range d.Ents {
			d.Ents[i].Comm = comm[i]
		}
		d.Comms = n
		title, sub := "Network", "Co-occurrence in a sentence · node size: mentions · link width: weight"
		if mode == ChartNetwork {
			title, sub = opts.Title, opts.Subtitle
		}
		opt, err := networkOption(title, sub, types, d.Colors)
		if err != nil {
			return nil, err
		}
		d.Charts.Network = opt
	}
	if report || mode == ChartTimeline {
		// The lanes are ranked by the page script, for the window shown.
		off := keepOffAxis(d.Events, r.Documents)
		volume, coarse, undrawn := dailyVolume(d.Events)
		d.Coarse, d.Undrawn, d.OffAxis = coarse, undrawn-off.Before-off.After, off
		t0, t1 := extent(d.Events)
		window := initialWindow(d.Events, t0, t1)
		d.TimelineHeight = timelineHeight(opts.Lanes + 1) // and "other entities"
		title, sub := "Timeline", fmt.Sprintf("%d dated events · lanes: the entities with the most events in the window · bars: events per day", len(d.Events))
		if n := off.note(); n != "" {
			sub += " · " + n
		}
		if mode == ChartTimeline {
			title, sub = opts.Title, opts.Subtitle
		}
		opt, err := timelineOption(title, sub, opts.Lanes+1, volume, t0, t1, window)
		if err != nil {
			return nil, err
		}
		d.Charts.Timeline = opt
	}
	if mode == ChartTimeline {
		// The chart alone needs only the events its marks stand for, and
		// the names of the lane entities.
		d.Events = trimForTimeline(d.Events)
	}
	if mode == ChartNetwork {
		d.Events = nil
	}
	// JSON null where the page expects an array would stop its script.
	d.Types, d.Colors, d.Ents, d.Events = nonNil(d.Types), nonNil(d.Colors), nonNil(d.Ents), nonNil(d.Events)
	return d, nil
}

// corpusKey names a corpus by its entity ids: two reports of the same
// corpus share the corrections kept in the browser, others do not.
func corpusKey(r *timeline.Result) string {
	h := sha256.New()
	for _, e := range r.Entities {
		h.Write([]byte(e.ID))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// trimForTimeline keeps of each event what the timeline's lanes and tooltip
// need.
func trimForTimeline(events []pageEvent) []pageEvent {
	out := make([]pageEvent, len(events))
	for i, ev := range events {
		out[i] = pageEvent{Date: ev.Date, Label: ev.Label, Gran: ev.Gran, T0: ev.T0, T1: ev.T1, Text: ev.Text, Ents: ev.Ents}
	}
	return out
}

// extent is the time span of the axis: the placeable events, padded. The
// wall clock is never used, so an empty result gets a fixed span.
func extent(events []pageEvent) (int64, int64) {
	var lo, hi int64
	for _, ev := range events {
		if ev.T1 == 0 {
			continue
		}
		if lo == 0 || ev.T0 < lo {
			lo = ev.T0
		}
		if ev.T1 > hi {
			hi = ev.T1
		}
	}
	if hi == 0 {
		return 0, dayMS
	}
	pad := max((hi-lo)/50/dayMS*dayMS, dayMS) // whole days keep the axis labels on dates
	return lo - pad, hi + pad
}

// axisYears is how far before the earliest publication date, and after the
// latest, an event stays on the timeline's axis. The news of a corpus is
// about the years it was written in and a few around them; a corpus of 2025
// news that names 1776, 1648 or "by 2050" would otherwise get an axis of
// centuries with its news squeezed into a sliver. Such events stay in the
// tables, and the page says how many are off the axis and where it ends.
const axisYears = 10

// offAxis counts the events kept off the axis, before From and after To
// (YYYY, the years the axis spans).
type offAxis struct {
	Before int `json:"before,omitempty"`
	After  int `json:"after,omitempty"`
	From   int `json:"from,omitempty"`
	To     int `json:"to,omitempty"`
}

// keepOffAxis takes off the axis (zero T0 and T1, as an unplaceable date)
// the events dated wholly before axisYears before the earliest publication
// date of docs or wholly after axisYears after the latest, and counts them.
// Without a dated document nothing is taken off.
func keepOffAxis(events []pageEvent, docs []timeline.Document) offAxis {
	lo, hi := 0, 0
	for _, d := range docs {
		if len(d.Published) < 4 {
			continue
		}
		y, err := strconv.Atoi(d.Published[:4])
		if err != nil {
			continue
		}
		if lo == 0 || y < lo {
			lo = y
		}
		hi = max(hi, y)
	}
	if lo == 0 {
		return offAxis{}
	}
	o := offAxis{From: lo - axisYears, To: hi + axisYears}
	from := time.Date(o.From, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	to := time.Date(o.To+1, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	for i := range events {
		ev := &events[i]
		switch {
		case ev.T1 == 0:
			continue
		case ev.T1 <= from:
			o.Before++
		case ev.T0 >= to:
			o.After++
		default:
			continue
		}
		ev.T0, ev.T1 = 0, 0
	}
	return o
}

// note says, for the timeline's subtitle, which events are off the axis.
func (o offAxis) note() string {
	var parts []string
	if o.Before > 0 {
		parts = append(parts, fmt.Sprintf("%d %s dated before %d", o.Before, plural(o.Before, "event", "events"), o.From))
	}
	if o.After > 0 {
		parts = append(parts, fmt.Sprintf("%d %s dated after %d", o.After, plural(o.After, "event", "events"), o.To))
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("axis %d–%d, the years of the news: %s in the tables only", o.From, o.To, strings.Join(parts, " and "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// initialWindow is the date range the timeline opens on: the shortest span
// holding 90% of the day-level events, padded, so that a stray "February 17"
// resolved a year back does not squeeze a month of news into a few pixels.
// The whole axis stays one drag away, and opening zoomed filters nothing. A
// zero window means the whole axis.
func initialWindow(events []pageEvent, t0, t1 int64) [2]int64 {
	var days []int64
	for _, ev := range events {
		if ev.T1-ev.T0 == dayMS {
			days = append(days, ev.T0)
		}
	}
	if len(days) < 2 {
		return [2]int64{}
	}
	slices.Sort(days)
	k := max(2, (len(days)*9+9)/10) // ceil(90%)
	best := 0
	for i := 0; i+k <= len(days); i++ {
		if days[i+k-1]-days[i] < days[best+k-1]-days[best] {
			best = i
		}
	}
	lo, hi := days[best], days[best+k-1]+dayMS
	pad := max((hi-lo)/10/dayMS*dayMS, 3*dayMS)
	lo, hi = max(lo-pad, t0), min(hi+pad, t1)
	if hi-lo > (t1-t0)*6/10 {
		return [2]int64{}
	}
	return [2]int64{lo, hi}
}

// maxLaneLabel is the longest lane label, in runes, that fits the space left
// of the timeline.
const maxLaneLabel = 22

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
