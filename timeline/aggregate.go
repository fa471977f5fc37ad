package timeline

import (
	"sort"
	"time"

	"github.com/chronograph/chronograph/entities"
)

// aggregate folds the per-document results, in input order, into a Result:
// it resolves mentions to entities across the corpus, merges identical event
// sentences and counts co-occurrences.
func (p *Pipeline) aggregate(results []docResult) *Result {
	res := &Result{}
	docMentions := make([]entities.DocMentions, len(results))
	for i, r := range results {
		docMentions[i] = entities.DocMentions{Doc: r.doc.ID, Mentions: r.mentions}
	}
	resolved, of := p.Resolver.Resolve(docMentions)

	displayLang := p.Options.DisplayLang
	if displayLang == "" {
		displayLang = "en"
	}
	ents := make([]Entity, len(resolved))
	index := make(map[string]int, len(resolved))
	for i, e := range resolved {
		index[e.ID] = i
		ents[i] = Entity{ID: e.ID, Name: e.Name(displayLang), Type: string(e.Type),
			Aliases: nonNil(e.Aliases), Langs: nonNil(e.Langs)}
	}

	events := map[string]*Event{} // by merge key
	var eventOrder []string
	cooc := newCooccurrence(p.Options.Evidence)
	for di, r := range results {
		d := r.doc
		doc := Document{ID: d.ID, Source: d.Source, Title: d.Title, URL: d.URL, Author: d.Author,
			Lang: r.lang, DateSource: d.DateSource}
		if d.Lang != "" {
			doc.Lang = d.Lang
		}
		if !d.Published.IsZero() {
			doc.Published = d.Published.Format(time.DateOnly)
		}
		if p.Options.WithText {
			doc.Text = d.Text
		}
		res.Documents = append(res.Documents, doc)

		seenInDoc := map[int]bool{}
		for mi, m := range r.mentions {
			ei := of[di][mi]
			if ei < 0 {
				continue
			}
			ents[ei].Mentions++
			if !seenInDoc[ei] {
				seenInDoc[ei] = true
				ents[ei].Documents++
			}
			res.Mentions = append(res.Mentions, Mention{Doc: d.ID, Start: m.Start, End: m.End,
				Text: d.Text[m.Start:m.End], Type: string(m.Type), Entity: ents[ei].ID})
		}
		for _, t := range r.timexes {
			res.Timexes = append(res.Timexes, Timex{Doc: d.ID, Start: t.Start, End: t.End, Text: t.Text,
				Type: t.Type, Value: t.Value, Granularity: string(t.Granularity)})
		}

		for _, s := range r.sentences {
			ids := sentenceEntities(s, of[di], ents)
			if len(ids) == 0 {
				continue
			}
			src := Source{Doc: d.ID, Start: s.start, End: s.end}
			cooc.add(ids, src, d.Text[s.start:s.end])
			for _, date := range eventDates(r.timexes, s.timexes) {
				key := date.Value + "\x00" + s.norm
				ev := events[key]
				if ev == nil {
					ev = &Event{ID: shortID("ev-", key), Date: date.Value, Granularity: string(date.Granularity),
						DateText: date.Text, Anchor: date.anchor, Text: d.Text[s.start:s.end], Lang: s.lang, Entities: ids}
					events[key] = ev
					eventOrder = append(eventOrder, key)
				}
				ev.Sources = append(ev.Sources, src)
				for _, id := range ids {
					e := &ents[index[id]]
					if e.FirstSeen == "" || date.Value < e.FirstSeen {
						e.FirstSeen = date.Value
					}
					if date.Value > e.LastSeen {
						e.LastSeen = date.Value
					}
				}
			}
		}
	}
	for _, k := range eventOrder {
		res.Events = append(res.Events, *events[k])
	}
	sort.SliceStable(res.Events, func(i, j int) bool {
		a, b := res.Events[i], res.Events[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
	// Entities no mention kept (all dropped) are left out.
	for _, e := range ents {
		if e.Mentions > 0 {
			res.Entities = append(res.Entities, e)
		}
	}
	res.Edges = cooc.edges()
	res.fillEmpty()
	return res
}

// sentenceEntities returns the distinct entity ids named in a sentence, sorted.
func sentenceEntities(s sentence, of []int, ents []Entity) []string {
	var ids []string
	for _, mi := range s.mentions {
		if ei := of[mi]; ei >= 0 {
			ids = append(ids, ents[ei].ID)
		}
	}
	sort.Strings(ids)
	return compact(ids)
}

func compact(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// fillEmpty replaces nil slices by empty ones so that the JSON says [] rather
// than null.
func (r *Result) fillEmpty() {
	if r.Inputs == nil {
		r.Inputs = []Input{}
	}
	if r.Documents == nil {
		r.Documents = []Document{}
	}
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	if r.Mentions == nil {
		r.Mentions = []Mention{}
	}
	if r.Timexes == nil {
		r.Timexes = []Timex{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	if r.Edges == nil {
		r.Edges = []Edge{}
	}
}
