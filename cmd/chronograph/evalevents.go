package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
)

// eventGold is one report of an event gold set (testdata/eventpairs): a
// sentence, the date it tells of and the happening it tells, by label.
type eventGold struct {
	ID        string `json:"id"`
	Event     string `json:"event"` // reports with one label tell one happening
	Split     string `json:"split"` // tune, test, fresh, fresh2, … fresh7
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Text      string `json:"text"`
}

func readEventGold(path string) ([]eventGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []eventGold
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g eventGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		if g.ID == "" || g.Event == "" || g.Text == "" {
			return nil, fmt.Errorf("%s line %d: a report needs id, event and text", path, n)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// pairScore counts the pairs of one language pair.
type pairScore struct {
	tp, fp, fn int
	pos, hard  int // gold pairs told together; pairs of one story (one date and people) told apart
}

// eventScore is the pairwise score of an event gold set.
type eventScore struct {
	reports int // the reports of the split scored
	byLangs map[string]*pairScore
	missed  []string // reports the pipeline made no event of on their date
	errors  []string
}

// heldOutSplit is the split kept out of the tuning pool: written before the
// round's changes and scored once at its end.
const heldOutSplit = "fresh7"

// scoreEvents runs the pipeline on the gold reports of split ("" for all,
// "pool" for all but heldOutSplit), each as its own document, and scores
// every pair of them: together in one event or not, against their labels.
func scoreEvents(p *timeline.Pipeline, gold []eventGold, split string) eventScore {
	var items []eventGold
	for _, g := range gold {
		if split == "" || g.Split == split || split == "pool" && g.Split != heldOutSplit {
			items = append(items, g)
		}
	}
	docs := make([]document.Document, len(items))
	for i, g := range items {
		docs[i] = document.Document{ID: g.ID, Source: g.ID, Text: g.Text, Lang: g.Lang}
		if t, err := time.Parse(time.DateOnly, g.Published); err == nil {
			docs[i].Published, docs[i].DateSource = t, "metadata"
		}
	}
	res := p.Analyze(docs)
	// The event each report is in on its gold date. An event dated with a
	// time of day (2024-12-17TMO, when all its reports say "in the
	// morning") is on that day.
	eventOf := map[string]string{}
	for _, ev := range res.Events {
		day, _, _ := strings.Cut(ev.Date, "T")
		for _, s := range ev.Sources {
			if _, ok := eventOf[s.Doc]; !ok || day == goldDate(items, s.Doc) {
				eventOf[s.Doc] = ev.ID + "@" + day
			}
		}
	}
	sc := eventScore{reports: len(items), byLangs: map[string]*pairScore{}}
	for _, g := range items {
		if e, ok := eventOf[g.ID]; !ok || !strings.HasSuffix(e, "@"+g.Date) {
			sc.missed = append(sc.missed, fmt.Sprintf("%s (%s): %s", g.ID, g.Date, g.Text))
		}
	}
	story := func(g eventGold) string { return strings.TrimRight(g.Event, "abcdefghijklmnopqrstuvwxyz") }
	for i, a := range items {
		for _, b := range items[i+1:] {
			langs := []string{a.Lang, b.Lang}
			slices.Sort(langs)
			key := strings.Join(langs, "-")
			ps := sc.byLangs[key]
			if ps == nil {
				ps = &pairScore{}
				sc.byLangs[key] = ps
			}
			same := a.Event == b.Event
			ea, oka := eventOf[a.ID]
			eb, okb := eventOf[b.ID]
			together := oka && okb && ea == eb
			switch {
			case same:
				ps.pos++
			case story(a) == story(b):
				ps.hard++
			}
			switch {
			case together && same:
				ps.tp++
			case together:
				ps.fp++
				sc.errors = append(sc.errors, fmt.Sprintf("joined, different happenings: %s %q | %s %q", a.ID, a.Text, b.ID, b.Text))
			case same:
				ps.fn++
				sc.errors = append(sc.errors, fmt.Sprintf("apart, one happening: %s %q | %s %q", a.ID, a.Text, b.ID, b.Text))
			}
		}
	}
	return sc
}

func goldDate(items []eventGold, id string) string {
	for _, g := range items {
		if g.ID == id {
			return g.Date
		}
	}
	return ""
}

func (s eventScore) print(w io.Writer, path, split string) {
	fmt.Fprintf(w, "events  %s  split %s  (%d reports)\n", path, split, s.reports)
	fmt.Fprintf(w, "%-6s %9s %11s %5s %5s %5s %7s %7s\n", "pair", "same", "hard-neg", "tp", "fp", "fn", "P", "R")
	keys := make([]string, 0, len(s.byLangs))
	for k := range s.byLangs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var all pairScore
	for _, k := range append(keys, "all") {
		c := &all
		if k != "all" {
			c = s.byLangs[k]
			all.tp, all.fp, all.fn, all.pos, all.hard = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn, all.pos+c.pos, all.hard+c.hard
		}
		fmt.Fprintf(w, "%-6s %9d %11d %5d %5d %5d %7.3f %7.3f\n", k, c.pos, c.hard, c.tp, c.fp, c.fn, c.precision(), c.recall())
	}
	fmt.Fprintf(w, "reports with no event on their date: %d\n", len(s.missed))
}

func (c *pairScore) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c *pairScore) recall() float64 {
	if c.pos == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.pos)
}
