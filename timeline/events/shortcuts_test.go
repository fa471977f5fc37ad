package events

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// shortcutReports returns n reports of February 2025 (days, weeks and the
// month) naming entities of every kind out of 150 ids, so that their
// numbers share bits of features.ents, and telling a few kinds of
// happening in either language.
func shortcutReports(n int) []Report {
	rng := rand.New(rand.NewPCG(3, 4))
	texts := []string{
		"Russia's defence ministry said its forces had captured the town.",
		"ロシア国防省は、部隊が町を制圧したと発表した。",
		"The two leaders met in Washington to discuss a ceasefire.",
		"両首脳はワシントンで会談し、停戦について協議した。",
		"A drone attack killed 12 people overnight, officials said.",
		"The ministry condemned the strike and warned of a response.",
		"カホフカ・ダムが破壊され、洪水が広がった。",
		"The Kakhovka dam was destroyed and 40 villages were flooded.",
	}
	kinds := []string{"p:", "o:", "l:", "c:"}
	dates := []string{"2025-02", "2025-W07", "2025-W08"}
	for d := 3; d <= 21; d++ {
		dates = append(dates, fmt.Sprintf("2025-02-%02d", d))
	}
	var out []Report
	for i := range n {
		var ents []string
		for range 1 + rng.IntN(4) {
			k := rng.IntN(150)
			ents = append(ents, kinds[k%4]+fmt.Sprint(k))
		}
		if rng.IntN(4) == 0 {
			ents = append(ents, "l:カホフカ・ダム", "l:kakhovka")
		}
		slices.Sort(ents)
		t := rng.IntN(len(texts))
		out = append(out, rep(fmt.Sprintf("r%03d", i), dates[rng.IntN(len(dates))], [2]string{"en", "ja"}[t%2],
			"2025-02-22", texts[t], slices.Compact(ents)...))
	}
	return out
}

// TestEntsShortcut: a score, and whether a report names an entity, are
// what they are when the bits of features.ents are not read (all set):
// two reports whose bits have none in common name no entity in common.
func TestEntsShortcut(t *testing.T) {
	x := NewIndex()
	x.Add(shortcutReports(120)...)
	fs := make([]*features, len(x.Reports()))
	for i := range fs {
		fs[i] = x.feature(i)
	}
	all := func(f *features) *features {
		c := *f
		c.ents = math.MaxUint64
		return &c
	}
	for _, a := range fs {
		for _, b := range fs {
			s1, ok1 := x.Params.score(a, b)
			s2, ok2 := x.Params.score(all(a), all(b))
			if s1 != s2 || ok1 != ok2 {
				t.Fatalf("score %v (%v) with the bits, %v (%v) without", s1, ok1, s2, ok2)
			}
		}
		for num := range int32(len(x.ids)) {
			if got, want := a.names(num), all(a).names(num); got != want {
				t.Fatalf("names(%d) = %v with the bits, %v without", num, got, want)
			}
		}
	}
}

// TestLikeCache: softLike's answers kept by the numbers of two names are
// those it gives, asked once or again.
func TestLikeCache(t *testing.T) {
	c := &likeCache{m: map[[2]int32]bool{}}
	names := []string{"location/カホフカダム", "location/kakhovka", "location/ウクライナ南部ヘルソン州",
		"location/kherson-oblast", "location/アウディイウカ", "location/avdiivka", "location/ヘルソン州",
		"location/kharkiv", "location/kyiv", "location/nara-shi", "location/nara"}
	var soft []softName
	for i, id := range names {
		s := newSoftNames([]string{id}, placeWeight, nil, false)
		if len(s) != 1 {
			t.Fatalf("%s: no soft name", id)
		}
		s[0].num = int32(i)
		soft = append(soft, s[0])
	}
	for range 2 {
		for i := range soft {
			for j := range soft {
				if got, want := c.like(&soft[i], &soft[j]), softLike(&soft[i], &soft[j]); got != want {
					t.Errorf("like(%s, %s) = %v, softLike %v", names[i], names[j], got, want)
				}
			}
		}
	}
	if len(c.m) == 0 {
		t.Error("nothing kept")
	}
}

// TestLinksOrder: Links lists every cluster and strong link once, ordered
// by CompareLinks, as sorting them all gives.
func TestLinksOrder(t *testing.T) {
	x := NewIndex()
	x.Add(shortcutReports(400)...)
	x.Events()
	var want []Link
	for _, g := range x.groups {
		if g.kind == otherKind {
			continue
		}
		for c, id := range g.ident {
			want = append(want, Link{Group: g.key, From: id})
			if g.kind == attachKind {
				for _, to := range g.strong[c] {
					want = append(want, Link{Group: g.key, From: id, To: to})
				}
			}
		}
	}
	slices.SortFunc(want, CompareLinks)
	want = slices.Compact(want)
	got := x.Links()
	if len(want) < 100 || !slices.Equal(got, want) {
		t.Errorf("%d links, want %d (at least 100)", len(got), len(want))
	}
}
