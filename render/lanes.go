package render

import (
	"cmp"
	"slices"
)

const dayMS = 24 * 60 * 60 * 1000

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
