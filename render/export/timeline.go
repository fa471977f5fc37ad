package export

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/period"
	"github.com/chronograph/chronograph/timeline/timex"
)

// index looks up entities and documents by id.
type index struct {
	ents map[string]timeline.Entity
	docs map[string]timeline.Document
}

func newIndex(r *timeline.Result) index {
	ix := index{ents: make(map[string]timeline.Entity, len(r.Entities)), docs: make(map[string]timeline.Document, len(r.Documents))}
	for _, e := range r.Entities {
		ix.ents[e.ID] = e
	}
	for _, d := range r.Documents {
		ix.docs[d.ID] = d
	}
	return ix
}

func (ix index) names(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if e, ok := ix.ents[id]; ok {
			out = append(out, e.Name)
		}
	}
	return out
}

// CSV writes one row per event: id, date, granularity, start, end (the days
// the date covers, inclusive), date text, sentence, language, entity names
// and ids, source documents, and the number of reports that tell it, their
// languages and the first publication date among them. A cell that a spreadsheet would run as a
// formula (starting with =, +, -, @, tab or carriage return) is prefixed with
// an apostrophe.
func CSV(w io.Writer, r *timeline.Result) error {
	ix := newIndex(r)
	cw := csv.NewWriter(w)
	write := func(rec []string) {
		for i, v := range rec {
			rec[i] = noFormula(v)
		}
		_ = cw.Write(rec) // the error is kept by the writer and read below
	}
	write([]string{"id", "date", "granularity", "start", "end", "date_text", "text", "lang", "entities", "entity_ids", "sources", "date_label",
		"reports", "languages", "first_reported"})
	for _, ev := range r.Events {
		start, end := "", ""
		if s, ok := period.Parse(ev.Date); ok {
			start, end = s.Start.Format(time.DateOnly), s.End.AddDate(0, 0, -1).Format(time.DateOnly)
		}
		var sources []string
		for _, s := range ev.Sources {
			if !slices.Contains(sources, s.Doc) {
				sources = append(sources, s.Doc)
			}
		}
		write([]string{ev.ID, ev.Date, ev.Granularity, start, end, ev.DateText, ev.Text, ev.Lang,
			strings.Join(ix.names(ev.Entities), "; "), strings.Join(ev.Entities, " "), strings.Join(sources, " "), cmp.Or(ev.DateLabel, timex.Label(ev.Date)),
			strconv.Itoa(reports(ev)), strings.Join(ev.Languages, " "), ev.FirstReported})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	return nil
}

// reports is the number of reports that tell an event: its count, or its
// sources for a result written before events counted them.
func reports(ev timeline.Event) int {
	return max(ev.Reports, len(ev.Sources))
}

// noFormula defuses spreadsheet formula injection (OWASP "CSV injection").
func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// EventsJSON writes the events as a JSON array, each with its date span and
// its entities and sources resolved to names and titles, for tools that do
// not want to join the ids of `chronograph extract` themselves.
func EventsJSON(w io.Writer, r *timeline.Result) error {
	type entity struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Type string `json:"type"`
	}
	type source struct {
		Doc       string `json:"doc"`
		Source    string `json:"source"`
		Title     string `json:"title,omitempty"`
		URL       string `json:"url,omitempty"`
		Published string `json:"published,omitempty"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Text      string `json:"text,omitempty"`
		Lang      string `json:"lang,omitempty"`
	}
	type event struct {
		ID          string   `json:"id"`
		Date        string   `json:"date"`
		Granularity string   `json:"granularity"`
		Start       string   `json:"start,omitempty"` // first day covered
		End         string   `json:"end,omitempty"`   // last day covered
		DateText    string   `json:"date_text"`
		Text        string   `json:"text"`
		Lang        string   `json:"lang"`
		Entities    []entity `json:"entities"`
		Sources     []source `json:"sources"`
		Reports     int      `json:"reports"`
		Languages   []string `json:"languages"`
		First       string   `json:"first_reported,omitempty"`
	}
	ix := newIndex(r)
	out := make([]event, 0, len(r.Events))
	for _, ev := range r.Events {
		e := event{ID: ev.ID, Date: ev.Date, Granularity: ev.Granularity, DateText: ev.DateText, Text: ev.Text, Lang: ev.Lang,
			Entities: []entity{}, Sources: []source{}, Reports: reports(ev), Languages: ev.Languages, First: ev.FirstReported}
		if e.Languages == nil {
			e.Languages = []string{}
		}
		if s, ok := period.Parse(ev.Date); ok {
			e.Start, e.End = s.Start.Format(time.DateOnly), s.End.AddDate(0, 0, -1).Format(time.DateOnly)
		}
		for _, id := range ev.Entities {
			if en, ok := ix.ents[id]; ok {
				e.Entities = append(e.Entities, entity{en.ID, en.Name, en.Type})
			}
		}
		for _, s := range ev.Sources {
			d := ix.docs[s.Doc]
			e.Sources = append(e.Sources, source{Doc: s.Doc, Source: d.Source, Title: d.Title, URL: d.URL, Published: d.Published,
				Start: s.Start, End: s.End, Text: s.Text, Lang: s.Lang})
		}
		out = append(out, e)
	}
	return writeJSON(w, out, "events JSON")
}

// TimelineJS writes the events in the JSON format of TimelineJS 3
// (timeline.knightlab.com). TimelineJS renders headlines and texts as HTML,
// so every string is HTML-escaped, and a source becomes a link only when its
// URL is http or https. A date coarser than a day is given to the precision
// it has (year, or year and month) or, for a week or a quarter, as its first
// and last day with the ISO value as display date.
func TimelineJS(w io.Writer, r *timeline.Result) error {
	type tjsDate struct {
		Year        string `json:"year"`
		Month       string `json:"month,omitempty"`
		Day         string `json:"day,omitempty"`
		DisplayDate string `json:"display_date,omitempty"`
	}
	type tjsText struct {
		Headline string `json:"headline,omitempty"`
		Text     string `json:"text,omitempty"`
	}
	type tjsEvent struct {
		StartDate   tjsDate  `json:"start_date"`
		EndDate     *tjsDate `json:"end_date,omitempty"`
		DisplayDate string   `json:"display_date,omitempty"`
		Text        tjsText  `json:"text"`
		Group       string   `json:"group,omitempty"`
		UniqueID    string   `json:"unique_id"`
	}
	var doc struct {
		Events []tjsEvent `json:"events"`
	}
	doc.Events = []tjsEvent{}
	ix := newIndex(r)
	ymd := func(t time.Time) tjsDate {
		return tjsDate{Year: strconv.Itoa(t.Year()), Month: strconv.Itoa(int(t.Month())), Day: strconv.Itoa(t.Day())}
	}
	for _, ev := range r.Events {
		s, ok := period.Parse(ev.Date)
		if !ok {
			continue // TimelineJS needs a year at least
		}
		e := tjsEvent{UniqueID: ev.ID, DisplayDate: html.EscapeString(cmp.Or(ev.DateLabel, timex.Label(ev.Date)))}
		switch ev.Granularity {
		case "year":
			e.StartDate = tjsDate{Year: strconv.Itoa(s.Start.Year())}
		case "month":
			e.StartDate = tjsDate{Year: strconv.Itoa(s.Start.Year()), Month: strconv.Itoa(int(s.Start.Month()))}
		default:
			e.StartDate = ymd(s.Start)
			if last := s.End.AddDate(0, 0, -1); !last.Equal(s.Start) {
				end := ymd(last)
				e.EndDate = &end
			}
		}
		names := ix.names(ev.Entities)
		if len(names) > 0 {
			e.Group = html.EscapeString(names[0])
		}
		e.Text.Headline = html.EscapeString(strings.Join(names, ", "))
		if n := reports(ev); n > 1 {
			e.Text.Headline += html.EscapeString(fmt.Sprintf(" (%d reports)", n))
		}
		var body strings.Builder
		body.WriteString("<p>")
		body.WriteString(html.EscapeString(ev.Text))
		body.WriteString("</p>")
		for _, src := range ev.Sources {
			d := ix.docs[src.Doc]
			label := d.Title
			if label == "" {
				label = d.Source
			}
			body.WriteString("<p>")
			if src.Lang != "" {
				body.WriteString("[" + html.EscapeString(src.Lang) + "] ")
			}
			if u := HTTPURL(d.URL); u != "" {
				body.WriteString(`<a href="` + html.EscapeString(u) + `" rel="noopener noreferrer">` + html.EscapeString(label) + "</a>")
			} else {
				body.WriteString(html.EscapeString(label))
			}
			if src.Text != "" && src.Text != ev.Text {
				body.WriteString(": " + html.EscapeString(src.Text))
			}
			body.WriteString("</p>")
		}
		e.Text.Text = body.String()
		doc.Events = append(doc.Events, e)
	}
	return writeJSON(w, doc, "TimelineJS")
}

// HTTPURL returns u, normalised, when it is an absolute http or https URL,
// else "": a javascript:, data: or relative URL from the input must never
// become a link.
func HTTPURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (!strings.EqualFold(p.Scheme, "http") && !strings.EqualFold(p.Scheme, "https")) {
		return ""
	}
	return p.String()
}
