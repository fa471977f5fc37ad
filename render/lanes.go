package render

import (
	"cmp"
	"slices"
)

// otherLane marks the timeline lane of events that name none of the lane
// entities, so that every placeable event is drawn somewhere.
const otherLane = -1

const dayMS = 24 * 60 * 60 * 1000

// laneEntities picks the entities that get a timeline lane: the n with the
// most events (ties: more mentions, then input order).
func laneEntities(ents []pageEnt, n int) []int {
	var idx []int
	for i, e := range ents {
		if e.Events > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(ents[b].Events, ents[a].Events), cmp.Compare(ents[b].Mentions, ents[a].Mentions))
	})
	if len(idx) > n {
		idx = idx[:n]
	}
	return idx
}

// laneItem is one mark on the timeline: the events of one lane that share a
// time span, drawn once with their count, so that the chart draws at most
// lanes × distinct spans marks however many events there are.
type laneItem struct {
	lane   int
	t0, t1 int64
	events []int
}

// laneItems groups the placeable events into lane items; it appends the
// "other" lane to lanes when some event names no lane entity.
func laneItems(events []pageEvent, lanes []int) ([]int, []laneItem) {
	laneOf := make(map[int]int, len(lanes))
	for i, e := range lanes {
		laneOf[e] = i
	}
	type key struct {
		lane   int
		t0, t1 int64
	}
	groups := map[key][]int{}
	other := false
	for i, ev := range events {
		if ev.T1 == 0 {
			continue
		}
		placed := false
		for _, e := range ev.Ents {
			if l, ok := laneOf[e]; ok {
				k := key{l, ev.T0, ev.T1}
				groups[k] = append(groups[k], i)
				placed = true
			}
		}
		if !placed {
			k := key{len(lanes), ev.T0, ev.T1}
			groups[k] = append(groups[k], i)
			other = true
		}
	}
	if other {
		lanes = append(slices.Clone(lanes), otherLane)
	}
	items := make([]laneItem, 0, len(groups))
	for k, evs := range groups {
		items = append(items, laneItem{k.lane, k.t0, k.t1, evs})
	}
	slices.SortFunc(items, func(a, b laneItem) int {
		// Coarse spans first, so that day marks are drawn over them.
		return cmp.Or(cmp.Compare(a.lane, b.lane), cmp.Compare(b.t1-b.t0, a.t1-a.t0), cmp.Compare(a.t0, b.t0))
	})
	return lanes, items
}

// dailyVolume counts the events dated to a day, per day, as [noon of the
// day, count] pairs (a bar centred on its day); coarser events are counted
// apart: spreading a month-level event over its days would invent precision.
func dailyVolume(events []pageEvent) (volume [][2]int64, coarse, undrawn int) {
	perDay := map[int64]int64{}
	for _, ev := range events {
		switch {
		case ev.T1 == 0:
			undrawn++
		case ev.T1-ev.T0 == dayMS:
			perDay[ev.T0]++
		default:
			coarse++
		}
	}
	for d, n := range perDay {
		volume = append(volume, [2]int64{d + dayMS/2, n})
	}
	slices.SortFunc(volume, func(a, b [2]int64) int { return cmp.Compare(a[0], b[0]) })
	return volume, coarse, undrawn
}
