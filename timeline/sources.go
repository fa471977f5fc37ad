package timeline

import "slices"

// DropSources takes the entities whose Role is "source" off the events and
// the edges: a news outlet cited as a source is not a party to what it
// reports, and "according to Reuters" would otherwise link Reuters to every
// name in the sentence and give it a timeline lane. An event left with no
// entity is dropped, as events name at least one. The entities themselves,
// their mentions and counts stay, with their role.
func (r *Result) DropSources() {
	source := map[string]bool{}
	for _, e := range r.Entities {
		if e.Role == "source" {
			source[e.ID] = true
		}
	}
	if len(source) == 0 {
		return
	}
	events := r.Events[:0]
	for _, ev := range r.Events {
		ev.Entities = slices.DeleteFunc(slices.Clone(ev.Entities), func(id string) bool { return source[id] })
		if len(ev.Entities) > 0 {
			events = append(events, ev)
		}
	}
	r.Events = events
	r.Edges = slices.DeleteFunc(r.Edges, func(e Edge) bool { return source[e.Source] || source[e.Target] })
}
