package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chronograph/chronograph/entities/gazetteer"
	"github.com/chronograph/chronograph/timeline/events"
)

// clusterReports joins the reports that tell one happening into one event
// (package events): reports are what the aggregation builds, one per date
// and sentence, with entities resolved across the corpus. Each event keeps
// a representative report's text (the first published in the display
// language, else the first published) and every report's sources with
// their text and language.
//
// With perDate > 0 (a lean run), at most perDate events are kept per date:
// those told by most reports, then first reported, then by id. It returns
// the events and how many were left out.
func clusterReports(reports []Event, docs []Document, ents []Entity, displayLang string, perDate, maxSources int) ([]Event, int) {
	out, _, _, _ := clusterIndexed(reports, docs, ents, displayLang, maxSources, nil)
	if perDate <= 0 {
		return out, 0
	}
	return capPerDate(out, perDate)
}

// ClusterReports groups reports — events of one sentence and date, each
// with its entities and sources, as the aggregation makes them — into the
// events of a Result (see clusterReports), and returns with each event the
// indexes of its reports. A store clusters the reports it keeps with it.
// docs give the publication dates of the sources' documents, ents the
// types and names of the entities.
func ClusterReports(reports []Event, docs []Document, ents []Entity, displayLang string) ([]Event, [][]int) {
	out, idx, _, _ := clusterIndexed(reports, docs, ents, displayLang, 0, nil)
	return out, idx
}

// Reuse is what ClusterReportsReusing takes from an earlier clustering of
// mostly the same reports (events.Index.Reuse).
type Reuse struct {
	Links   []events.Link
	Changed map[string]bool // ids of the reports that changed since
	// Before gives, by report id, the id of the event that held the
	// report in the earlier run, for every report it had
	// (events.Index.Earlier); nil when not known.
	Before map[string]string
	Gone   []string // dates of the reports of the earlier run left out now
	// Loaded, when set, says which groups (events.GroupOf) the reports
	// given are all the reports of, the others being as the earlier run
	// had them (events.Index.Partial).
	Loaded func(group string) bool
	// Elsewhere, with Loaded, gives by ident the day of each first-step
	// cluster of the earlier run (its Links, To 0) in the days not loaded
	// that the weeks and months loaded span (events.Index.Elsewhere).
	Elsewhere map[uint64]string
	// FirstSteps are those of an earlier attempt over the same reports
	// (IncompleteError.FirstSteps): a group whose reports are those it had
	// takes its first step from there (events.Index.UseFirstSteps).
	FirstSteps events.FirstSteps
	// Clustering, when set, is the incomplete attempt to continue
	// (IncompleteError.Clustering) instead of clustering all again: the
	// reports given begin with those it was given, in their order, and
	// Links with the links it was given; it takes the rest
	// (events.Index.More). The entities' kinds are the attempt's (the
	// entities given are not read again), and FirstSteps is not read.
	Clustering *Clustering
}

// Clustering is what an incomplete ClusterReportsReusing worked out, to be
// continued with the groups it needed (Reuse.Clustering). It is continued
// once: continuing it changes its index, which an attempt incomplete again
// hands on in a Clustering of its own.
type Clustering struct {
	x        *events.Index
	kinds    map[string]string
	n, links int // the reports and links it was given
}

// ErrIncomplete is ClusterReportsReusing's error when the groups loaded
// (Reuse.Loaded) are not enough to work out their events: load them all.
var ErrIncomplete = errors.New("the events of the reports given depend on reports not given")

// IncompleteError is the ErrIncomplete of ClusterReportsReusing that knows
// which groups to load as well (events.Index.Needs).
type IncompleteError struct {
	Groups []string
	// FirstSteps are the first steps worked out all the same, for the
	// next attempt (Reuse.FirstSteps); Clustering is the attempt, to
	// continue (Reuse.Clustering).
	FirstSteps events.FirstSteps
	Clustering *Clustering
}

func (e *IncompleteError) Error() string {
	return fmt.Sprintf("%v: %d groups more", ErrIncomplete, len(e.Groups))
}

// Is makes an IncompleteError an ErrIncomplete.
func (e *IncompleteError) Is(target error) bool { return target == ErrIncomplete }

// ClusterReportsReusing is ClusterReports reusing what an earlier run
// learnt (its links, as it returns them): the same events, with less work
// when most reports are those of the earlier run, unchanged. It returns
// what this run learnt for the next. With Reuse.Loaded, it gives the
// events of the groups loaded, less those the earlier run joined to a day
// not loaded, and the links of those groups; ErrIncomplete when they are
// not enough.
func ClusterReportsReusing(reports []Event, docs []Document, ents []Entity, displayLang string, reuse Reuse) ([]Event, [][]int, []events.Link, error) {
	return clusterIndexed(reports, docs, ents, displayLang, 0, &reuse)
}

func clusterIndexed(reports []Event, docs []Document, ents []Entity, displayLang string, maxSources int, reuse *Reuse) ([]Event, [][]int, []events.Link, error) {
	published := make(map[string]string, len(docs))
	for _, d := range docs {
		if d.Published != "" {
			published[d.ID] = d.Published
		}
	}
	// A continued attempt (Reuse.Clustering) has the reports it was given
	// already, and its index.
	x, kinds, start := events.NewIndex(), map[string]string(nil), 0
	if reuse != nil && reuse.Clustering != nil {
		x, kinds, start = reuse.Clustering.x, reuse.Clustering.kinds, reuse.Clustering.n
	} else {
		kinds = entityKinds(ents)
	}
	in := make([]events.Report, 0, len(reports)-start)
	for _, ev := range reports[start:] {
		in = append(in, newReport(ev, ev.Sources, kinds, published))
	}
	x.Add(in...)
	if reuse != nil {
		if c := reuse.Clustering; c != nil {
			x.More(reuse.Links[c.links:], reuse.Changed)
		} else {
			x.Reuse(reuse.Links, reuse.Changed)
		}
		if reuse.Before != nil {
			x.Earlier(reuse.Before, reuse.Gone)
		}
		if reuse.Loaded != nil {
			x.Partial(reuse.Loaded)
			x.Elsewhere(reuse.Elsewhere)
		}
		if reuse.FirstSteps != nil && reuse.Clustering == nil {
			x.UseFirstSteps(reuse.FirstSteps)
		}
	}
	clusters := x.Events()
	if !x.Complete() {
		if needs := x.Needs(); needs != nil {
			c := &Clustering{x: x, kinds: kinds, n: len(reports), links: len(reuse.Links)}
			return nil, nil, nil, &IncompleteError{Groups: needs, FirstSteps: x.FirstSteps(), Clustering: c}
		}
		return nil, nil, nil, ErrIncomplete
	}
	in = x.Reports()
	out := make([]Event, len(clusters))
	idx := make([][]int, len(clusters))
	for i, c := range clusters {
		rep := c.Reports[0]
		for _, r := range c.Reports {
			if reports[r].Lang == displayLang {
				rep = r
				break
			}
		}
		ev := reports[rep]
		if ev.Date != c.Date {
			// A coarser report is the representative: the date fields come
			// from one of the event's own date.
			for _, r := range c.Reports {
				if reports[r].Date == c.Date {
					ev.Granularity, ev.DateText, ev.Anchor = reports[r].Granularity, reports[r].DateText, reports[r].Anchor
					break
				}
			}
		}
		ev.ID, ev.Date = c.ID, c.Date
		ev.Entities, ev.Sources, ev.Languages = nil, nil, nil
		for _, r := range c.Reports {
			rp := &reports[r]
			ev.Entities = append(ev.Entities, rp.Entities...)
			ev.Languages = append(ev.Languages, rp.Lang)
			if in[r].Published != "" && (ev.FirstReported == "" || in[r].Published < ev.FirstReported) {
				ev.FirstReported = in[r].Published
			}
			for _, s := range rp.Sources {
				s.Text, s.Lang = rp.Text, rp.Lang
				ev.Sources = append(ev.Sources, s)
			}
		}
		slices.Sort(ev.Entities)
		ev.Entities = slices.Compact(ev.Entities)
		slices.Sort(ev.Languages)
		ev.Languages = slices.Compact(ev.Languages)
		ev.Reports = len(ev.Sources)
		if maxSources > 0 && len(ev.Sources) > maxSources {
			ev.Sources = ev.Sources[:maxSources]
		}
		out[i] = ev
		idx[i] = c.Reports
	}
	if reuse == nil {
		return out, idx, nil, nil
	}
	return out, idx, x.Links(), nil
}

// entityKinds returns the kind of each entity as a report sorts them:
// PERSON, LOCATION, COUNTRY (a location the gazetteer knows as a country)
// or anything else (an organisation).
func entityKinds(ents []Entity) map[string]string {
	kinds := make(map[string]string, len(ents))
	gaz := gazetteer.Default()
	for _, e := range ents {
		kinds[e.ID] = e.Type
		if e.Type == "LOCATION" && isCountry(gaz, e.Name) {
			kinds[e.ID] = "COUNTRY"
		}
	}
	return kinds
}

// newReport makes the report that ev is, published when the first of
// sources was, its entities sorted by kind (entityKinds).
func newReport(ev Event, sources []Source, kinds, published map[string]string) events.Report {
	r := events.Report{Key: ev.ID, Date: ev.Date, Lang: ev.Lang, Text: ev.Text}
	for _, s := range sources {
		if p := published[s.Doc]; p != "" && (r.Published == "" || p < r.Published) {
			r.Published = p
		}
	}
	for _, id := range ev.Entities {
		switch kinds[id] {
		case "PERSON":
			r.People = append(r.People, id)
		case "LOCATION":
			r.Places = append(r.Places, id)
		case "COUNTRY":
			r.Countries = append(r.Countries, id)
		default:
			r.Orgs = append(r.Orgs, id)
		}
	}
	return r
}

// isCountry reports whether the gazetteer knows name as a country.
func isCountry(gaz *gazetteer.Gazetteer, name string) bool {
	for _, e := range gaz.Lookup(name) {
		if e.Subtype == "country" {
			return true
		}
	}
	return false
}

// capPerDate keeps at most n events per date: those told by most reports,
// then first reported, then by id. The events keep their order.
func capPerDate(evs []Event, n int) ([]Event, int) {
	byDate := map[string][]int{}
	for i, ev := range evs {
		byDate[ev.Date] = append(byDate[ev.Date], i)
	}
	drop := make([]bool, len(evs))
	omitted := 0
	for _, list := range byDate {
		if len(list) <= n {
			continue
		}
		slices.SortFunc(list, func(a, b int) int {
			x, y := &evs[a], &evs[b]
			return cmp.Or(cmp.Compare(y.Reports, x.Reports), compareUndatedLast(x.FirstReported, y.FirstReported),
				strings.Compare(x.ID, y.ID))
		})
		for _, i := range list[n:] {
			drop[i] = true
			omitted++
		}
	}
	kept := evs[:0]
	for i, ev := range evs {
		if !drop[i] {
			kept = append(kept, ev)
		}
	}
	return kept, omitted
}

// compareUndatedLast orders dates, the empty one last.
func compareUndatedLast(a, b string) int {
	if (a == "") != (b == "") {
		if a == "" {
			return 1
		}
		return -1
	}
	return strings.Compare(a, b)
}
