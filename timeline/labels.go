package timeline

import "github.com/chronograph/chronograph/timeline/timex"

// LabelDates fills the labels that say each date of r as a person reads it
// ("summer 2026", "week 27, 2026", "the 1990s", "19 Sep 2006 (night)")
// beside the TimeML values they come from: the timexes' Label, the events'
// DateLabel and the entities' FirstSeenLabel and LastSeenLabel. The
// pipeline calls it; call it again after changing those values, or on a
// result read back from a store that kept only the values.
func LabelDates(r *Result) { LabelDatesIn(r, "en") }

// LabelDatesIn is LabelDates in a display language: "ja" labels dates as
// Japanese news writes them (2026年7月5日, 2026年第27週), as
// --display-lang ja names entities in Japanese.
func LabelDatesIn(r *Result, lang string) {
	for i := range r.Timexes {
		r.Timexes[i].Label = timex.LabelIn(r.Timexes[i].Value, lang)
	}
	for i := range r.Events {
		r.Events[i].DateLabel = timex.LabelIn(r.Events[i].Date, lang)
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		e.FirstSeenLabel, e.LastSeenLabel = timex.LabelIn(e.FirstSeen, lang), timex.LabelIn(e.LastSeen, lang)
	}
}
