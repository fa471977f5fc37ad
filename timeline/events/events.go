// Package events groups reports — dated sentences that name entities — into
// events: the reports that tell the same happening, in English or Japanese.
//
// Two reports tell the same happening when their dates are compatible, they
// name the same core participants (entity ids, so after the corpus' entities
// are resolved: ゼレンスキー and Zelensky are one id by then; names the
// resolver left apart count when they are one name all the same, such as
// Kakhovka, Nova Kakhovka and カホフカ・ダム, see soft.go), and the
// evidence that works across the two languages agrees: the kinds of
// happening their words cue (cues.tsv, a small bilingual lexicon of our own:
// meet/会談, capture/制圧/掌握, attack/攻撃, …), the numbers they state, the
// places they name and, in one language, the words they share. Two reports
// whose cues belong to different families (a meeting; rare earths) are never
// joined, not even through a third report that tells both.
//
// The clustering runs in two steps. First the reports of one day (or of one
// exact coarser date, such as 2025-W07) are joined strongest pair first, as
// long as no two reports of the joined groups are kept apart by their cues.
// Then a group dated by a week or a month (「来週」, "in February") joins the
// one group of a day inside it that tells the same happening, if there is
// exactly one; groups dated by a quarter, a year or less precisely stay as
// they are. So the events of a day depend only on the reports of that day and
// of the week and month containing it, which is what lets the store add
// reports without reading the others again (see Index).
//
// The result is a function of the set of reports, not of their order, and an
// event's id is the key of its seed report, the one published first (lowest
// key on a tie): a report joining later rarely changes it, and when it does
// Redirects says where the old id went.
package events

import (
	"cmp"
	"slices"
	"strings"

	"github.com/chronograph/chronograph/timeline/period"
)

// Report is one retelling of something: a sentence with a date and the
// entities it names (resolved ids, sorted).
type Report struct {
	Key       string // unique and stable: the report's own id
	Date      string // TimeML value: 2025-02-07, 2025-02-07T15:00, 2025-W07, 2025-02, 2025
	Lang      string // "en", "ja", …
	Text      string
	Published string // earliest publication date of the documents that hold it (YYYY-MM-DD); "" when undated
	People    []string
	Orgs      []string
	Places    []string // towns, regions, sites: where it happened
	// Countries are places too, but so many reports name them that sharing
	// one says little.
	Countries []string
}

// entityIDs returns the entity ids the report names, by kind: its people,
// organisations, places and countries.
func (r *Report) entityIDs() [4][]string {
	return [4][]string{r.People, r.Orgs, r.Places, r.Countries}
}

// Event is a cluster of reports.
type Event struct {
	ID   string // the Key of its seed report: published first, then lowest key
	Date string // the most precise date of its reports
	// Reports are indexes into the reports clustered, the seed first, then
	// by publication date and key.
	Reports []int
}

// Cluster groups reports into events. Every report is in exactly one event;
// events are sorted by date, then id. The result does not depend on the
// order of reports.
func Cluster(reports []Report) []Event {
	x := NewIndex()
	x.Add(reports...)
	return x.Events()
}

// groupKey is the date a report is grouped by in the first step: the day of
// a date with a time, else the date itself.
func groupKey(date string) string {
	if i := strings.IndexByte(date, 'T'); i > 0 {
		return date[:i]
	}
	return date
}

// kind says how precise a group's date is.
type kind int

const (
	dayKind    kind = iota // a day: its groups are the targets of coarser ones
	attachKind             // a week or a month: joins a day inside it
	otherKind              // anything else: stays as it is
)

func kindOf(date string) kind {
	switch {
	case len(date) == 10 && date[4] == '-' && date[7] == '-':
		return dayKind
	case len(date) == 8 && date[4:6] == "-W", len(date) == 7 && date[4] == '-' && date[5] != 'Q' && date[5] != 'H':
		return attachKind
	}
	return otherKind
}

// seedOrder orders reports for an event: published first (undated last),
// then by key.
func seedOrder(a, b *Report) int {
	if (a.Published == "") != (b.Published == "") {
		if a.Published == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(strings.Compare(a.Published, b.Published), strings.Compare(a.Key, b.Key))
}

// eventDate is the date of an event made of a group's reports (dates) and
// of the coarser groups it was joined by: the group's own date, or the time
// all its reports give (2024-12-17T06:30) when they agree on one.
func eventDate(group string, dates []string) string {
	t := ""
	for _, d := range dates {
		if groupKey(d) != group {
			continue // a coarser report that joined
		}
		if t == "" {
			t = d
		} else if d != t {
			return group
		}
	}
	return cmp.Or(t, group)
}

// span returns the days a week or month covers, as YYYY-MM-DD strings.
func span(date string) []string {
	s, ok := period.Parse(date)
	if !ok {
		return nil
	}
	var days []string
	for t := s.Start; t.Before(s.End); t = t.AddDate(0, 0, 1) {
		days = append(days, t.Format("2006-01-02"))
	}
	return days
}

// sortEvents sorts events by date, then id, and each event's reports seed
// first, and names each event after its seed.
func sortEvents(evs []Event, reports []Report) {
	for i := range evs {
		slices.SortFunc(evs[i].Reports, func(a, b int) int { return seedOrder(&reports[a], &reports[b]) })
		evs[i].ID = reports[evs[i].Reports[0]].Key
	}
	slices.SortFunc(evs, func(a, b Event) int { return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.ID, b.ID)) })
}

// Redirects maps the id of every event of before that is no event of after
// to the event of after that now holds its seed report: what a store keeps
// so that a saved link to an event still leads somewhere. Reports are
// matched by key; before and after index their own report lists.
func Redirects(before []Event, beforeReports []Report, after []Event, afterReports []Report) map[string]string {
	now := map[string]string{} // report key -> event id in after
	ids := map[string]bool{}
	for _, e := range after {
		ids[e.ID] = true
		for _, r := range e.Reports {
			now[afterReports[r].Key] = e.ID
		}
	}
	out := map[string]string{}
	for _, e := range before {
		if ids[e.ID] {
			continue
		}
		if to, ok := now[beforeReports[e.Reports[0]].Key]; ok {
			out[e.ID] = to
		}
	}
	return out
}
