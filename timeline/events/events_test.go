package events

import (
	"fmt"
	"hash/fnv"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// rep builds a report; entities are written "p:trump", "o:mod-russia",
// "l:toretsk", "c:ukraine" (a country).
func rep(key, date, lang, published, text string, ents ...string) Report {
	r := Report{Key: key, Date: date, Lang: lang, Published: published, Text: text}
	for _, e := range ents {
		switch e[:2] {
		case "p:":
			r.People = append(r.People, e)
		case "o:":
			r.Orgs = append(r.Orgs, e)
		case "c:":
			r.Countries = append(r.Countries, e)
		default:
			r.Places = append(r.Places, e)
		}
	}
	slices.Sort(r.People)
	slices.Sort(r.Orgs)
	slices.Sort(r.Places)
	slices.Sort(r.Countries)
	return r
}

// together reports whether Cluster puts the reports keyed a and b in one
// event.
func together(reports []Report, a, b string) bool {
	for _, ev := range Cluster(reports) {
		var in [2]bool
		for _, i := range ev.Reports {
			in[0] = in[0] || reports[i].Key == a
			in[1] = in[1] || reports[i].Key == b
		}
		if in[0] || in[1] {
			return in[0] && in[1]
		}
	}
	return false
}

// sample is modelled on the sample corpus' reports of 7 February 2025 (our
// own wording), with an English report of the same claim.
var sample = []Report{
	rep("t1", "2025-02-07", "ja", "2025-02-08", "ロシア国防省は7日、東部ドネツク州の炭鉱の町トレツクを制圧したと発表した。",
		"o:mod-russia", "l:donetsk", "l:toretsk", "c:ukraine"),
	rep("t2", "2025-02-07", "ja", "2025-02-08", "ロシア国防省は7日、ドネツク州の拠点トレツクを掌握したと発表しました。",
		"o:mod-russia", "l:donetsk", "l:toretsk", "c:ukraine"),
	rep("t3", "2025-02-07", "en", "2025-02-07", "Russia's defence ministry said on Friday its forces had captured Toretsk in eastern Ukraine.",
		"o:mod-russia", "l:toretsk", "c:ukraine"),
	rep("m1", "2025-02-07", "ja", "2025-02-08", "トランプ大統領は7日、記者団に「おそらく来週、ゼレンスキー大統領と会談する」と述べた。",
		"p:trump", "p:zelensky", "o:white-house"),
	rep("m2", "2025-02-07", "ja", "2025-02-08", "トランプ米大統領は7日、ウクライナのゼレンスキー大統領と来週会談し、戦争を終わらせる方法を協議すると明らかにした。",
		"p:trump", "p:zelensky", "c:ukraine"),
	rep("m3", "2025-02-07", "en", "2025-02-07", "Trump said on Friday he would probably meet Zelensky next week.",
		"p:trump", "p:zelensky"),
	rep("r1", "2025-02-07", "ja", "2025-02-08", "トランプ大統領は7日、ウクライナのレアアースなど資源についてゼレンスキー氏と話し合いたいと述べた。",
		"p:trump", "p:zelensky", "c:ukraine"),
	rep("r2", "2025-02-07", "en", "2025-02-07", "Trump said on Friday he wanted Zelensky to give Ukraine's rare earth minerals in return for US aid.",
		"p:trump", "p:zelensky", "c:ukraine", "c:us"),
}

func TestSampleEvents(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"t1", "t2", true}, {"t1", "t3", true}, {"t2", "t3", true},
		{"m1", "m2", true}, {"m1", "m3", true}, {"m2", "m3", true},
		{"r1", "r2", true},
		{"m1", "r1", false}, {"m3", "r2", false}, {"m2", "r1", false}, {"t1", "m1", false},
	} {
		if got := together(sample, c.a, c.b); got != c.same {
			t.Errorf("%s and %s together: %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

func TestEventFields(t *testing.T) {
	evs := Cluster(sample)
	for _, ev := range evs {
		if ev.Date != "2025-02-07" {
			t.Errorf("event %s dated %s", ev.ID, ev.Date)
		}
		// The seed is published first, then lowest key: t3 (07) before t1, t2 (08).
		if slices.ContainsFunc(ev.Reports, func(i int) bool { return sample[i].Key == "t1" }) && ev.ID != "t3" {
			t.Errorf("Toretsk event is %s, want t3 (first published)", ev.ID)
		}
	}
}

// TestOrderAndBatches checks that the events are a function of the set of
// reports: any order, and any batches added to an Index, give the same.
func TestOrderAndBatches(t *testing.T) {
	all := append(slices.Clone(sample),
		rep("w1", "2025-W07", "ja", "2025-02-08", "トランプ大統領、来週にもゼレンスキー大統領と会談の可能性", "p:trump", "p:zelensky"),
		rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk"),
		rep("d1", "2025-02-10", "en", "2025-02-10", "Trump met Zelensky in Washington on Monday.", "p:trump", "p:zelensky", "l:washington"),
	)
	keyed := func(evs []Event, rs []Report) []string {
		var out []string
		for _, ev := range evs {
			s := ev.ID + "@" + ev.Date + ":"
			var keys []string
			for _, i := range ev.Reports {
				keys = append(keys, rs[i].Key)
			}
			out = append(out, s+fmt.Sprint(keys))
		}
		return out
	}
	want := keyed(Cluster(all), all)
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 20 {
		rs := slices.Clone(all)
		rng.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		if got := keyed(Cluster(rs), rs); !reflect.DeepEqual(got, want) {
			t.Fatalf("order %d: %v, want %v", trial, got, want)
		}
		x := NewIndex()
		for i := 0; i < len(rs); {
			n := 1 + rng.IntN(3)
			x.Add(rs[i:min(i+n, len(rs))]...)
			i += n
			x.Events() // decide in between, as a store does after each batch
		}
		if got := keyed(x.Events(), x.Reports()); !reflect.DeepEqual(got, want) {
			t.Fatalf("batches %d: %v, want %v", trial, got, want)
		}
	}
	// The month report joins the Toretsk day; the week report stays alone
	// (no day of week 7 has a meeting report but 10 February, which it joins).
	if !together(all, "f1", "t1") {
		t.Error("a February report of the capture did not join the day's event")
	}
	if !together(all, "w1", "d1") {
		t.Error("a next-week report of the meeting did not join the day it happened")
	}
}

func TestRedirects(t *testing.T) {
	before := []Report{rep("b", "2025-02-07", "en", "2025-02-08", "Russia captured Toretsk on Friday.", "l:toretsk")}
	after := append(slices.Clone(before), rep("a", "2025-02-07", "en", "2025-02-07", "Russian forces captured Toretsk on Friday, the ministry said.", "l:toretsk"))
	got := Redirects(Cluster(before), before, Cluster(after), after)
	if !reflect.DeepEqual(got, map[string]string{"b": "a"}) {
		t.Errorf("redirects %v, want b -> a", got)
	}
}

// TestReuse checks that an Index reusing the links of an earlier run gives
// the events of a run from scratch: after reports were added, and after a
// report changed (its entities and text) since the earlier run.
func TestReuse(t *testing.T) {
	all := append(slices.Clone(sample),
		rep("w1", "2025-W07", "ja", "2025-02-08", "トランプ大統領、来週にもゼレンスキー大統領と会談の可能性", "p:trump", "p:zelensky"),
		rep("f1", "2025-02", "en", "2025-02-20", "In February fuel prices rose in Toretsk.", "l:toretsk"),
		rep("d1", "2025-02-10", "en", "2025-02-10", "Trump met Zelensky in Washington on Monday.", "p:trump", "p:zelensky", "l:washington"),
	)
	// f1 as an earlier run had it: the capture of Toretsk, which joins
	// that day's event.
	before := rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk")
	want := keys(Cluster(all), all)
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 30 {
		var earlier []Report
		changed := map[string]bool{}
		for _, r := range all {
			switch {
			case r.Key == "f1" && trial%2 == 0:
				earlier = append(earlier, before)
				changed["f1"] = true
			case rng.IntN(3) > 0:
				earlier = append(earlier, r)
			}
		}
		x := NewIndex()
		x.Add(earlier...)
		x.Events()
		links := x.Links()
		y := NewIndex()
		y.Add(all...)
		y.Reuse(links, changed)
		if got := keys(y.Events(), y.Reports()); got != want {
			t.Fatalf("trial %d: reusing the links of %d reports gives %s, want %s", trial, len(earlier), got, want)
		}
		// With the earlier run's events too: days it had as they are keep
		// its clusters.
		z := NewIndex()
		z.Add(all...)
		z.Reuse(links, changed)
		z.Earlier(eventOf(x), nil)
		if got := keys(z.Events(), z.Reports()); got != want {
			t.Fatalf("trial %d: reusing the links and events of %d reports gives %s, want %s", trial, len(earlier), got, want)
		}
	}
	// The earlier f1 did join t1: had the change not been marked, its
	// link would have been reused.
	if !together(append(slices.Clone(sample), before), "f1", "t1") || together(all, "f1", "t1") {
		t.Error("f1 joins t1 before and after it changed: the test does not test a changed report")
	}
}

// TestReuseChangedDay checks that a month's cluster as the earlier run had
// it, strongly linked then to a day cluster whose report changed since
// (same reports, so the same ident), works that link out again once: taken
// as before and worked out too, it counted twice and joined nothing.
func TestReuseChangedDay(t *testing.T) {
	month := rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk")
	all := append(slices.Clone(sample), month)
	if !together(all, "f1", "t1") {
		t.Fatal("f1 does not join t1: the test tests no join")
	}
	x := NewIndex()
	x.Add(all...)
	want := keys(x.Events(), x.Reports())
	for _, changed := range []string{"t1", "t3"} {
		y := NewIndex()
		y.Add(all...)
		y.Reuse(x.Links(), map[string]bool{changed: true})
		y.Earlier(eventOf(x), nil)
		if got := keys(y.Events(), y.Reports()); got != want {
			t.Errorf("%s changed: got %s, want %s", changed, got, want)
		}
	}
}

// keys writes events as their ids, dates and reports' keys (rs, which
// their Reports index), to compare two runs' events.
func keys(evs []Event, rs []Report) string {
	var out []string
	for _, ev := range evs {
		var ks []string
		for _, i := range ev.Reports {
			ks = append(ks, rs[i].Key)
		}
		out = append(out, ev.ID+"@"+ev.Date+fmt.Sprint(ks))
	}
	return fmt.Sprint(out)
}

// eventOf maps each report of an index to its event, as Earlier takes it.
func eventOf(x *Index) map[string]string {
	out := map[string]string{}
	for _, ev := range x.Events() {
		for _, r := range ev.Reports {
			out[x.Reports()[r].Key] = ev.ID
		}
	}
	return out
}

// TestEarlier checks that a day the earlier run had as it is keeps its
// clusters without computing its reports' features, and that a day is
// clustered again when a report changed, was added, or is gone from one of
// its events.
func TestEarlier(t *testing.T) {
	other := rep("o1", "2025-03-11", "en", "2025-03-11", "Rutte met Zelensky in Kyiv on Tuesday.", "p:rutte", "p:zelensky", "l:kyiv")
	other2 := rep("o2", "2025-03-11", "en", "2025-03-11", "NATO chief Rutte held talks with Zelensky in Kyiv on Tuesday.", "p:rutte", "p:zelensky", "l:kyiv")
	month := rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk")
	all := append(slices.Clone(sample), other, other2, month)
	if !together(all, "f1", "t1") {
		t.Fatal("f1 does not join t1: the test tests no join kept as it was")
	}
	run := func(earlier, now []Report, changed map[string]bool) (*Index, []Event) {
		x := NewIndex()
		x.Add(earlier...)
		x.Events()
		y := NewIndex()
		y.Add(now...)
		y.Reuse(x.Links(), changed)
		var gone []string
		for _, r := range earlier {
			if !slices.ContainsFunc(now, func(n Report) bool { return n.Key == r.Key }) {
				gone = append(gone, r.Date)
			}
		}
		y.Earlier(eventOf(x), gone)
		return y, y.Events()
	}
	computed := func(x *Index, key string) bool {
		i := x.byKey[key]
		return i < len(x.hasFeat) && x.hasFeat[i]
	}
	// Only 2025-03-11 (a month no other report names) is new: 2025-02-07's
	// reports need no features, and f1 joins t1 as it did.
	y, evs := run(append(slices.Clone(sample), month), all, nil)
	if want := keys(Cluster(all), all); keys(evs, y.Reports()) != want {
		t.Fatalf("got %s, want %s", keys(evs, y.Reports()), want)
	}
	if computed(y, "t1") || !computed(y, "o1") {
		t.Errorf("features of t1 (a day as it was) %v, of o1 (a new day) %v; want false, true", computed(y, "t1"), computed(y, "o1"))
	}
	// t3 changed, so its day is clustered again.
	y, _ = run(all, all, map[string]bool{"t3": true})
	if !computed(y, "t1") {
		t.Error("a day with a changed report kept its clusters")
	}
	// o2 is gone: it was in o1's event, whose day is clustered again.
	gone := slices.DeleteFunc(slices.Clone(all), func(r Report) bool { return r.Key == "o2" })
	if !together(all, "o1", "o2") {
		t.Fatal("o1 and o2 are not one event: the test tests nothing")
	}
	y, evs = run(all, gone, nil)
	if !computed(y, "o1") {
		t.Error("a day whose event lost a report kept its clusters")
	}
	if want := keys(Cluster(gone), gone); keys(evs, y.Reports()) != want {
		t.Errorf("got %s, want %s", keys(evs, y.Reports()), want)
	}
}

// TestFirstSteps checks that an index given the first steps of an earlier
// one (UseFirstSteps) takes them for the groups whose reports are those it
// had, without computing their reports' features, and works out the
// others; the events are Cluster's either way.
func TestFirstSteps(t *testing.T) {
	other := rep("o1", "2025-03-11", "en", "2025-03-11", "Rutte met Zelensky in Kyiv on Tuesday.", "p:rutte", "p:zelensky", "l:kyiv")
	other2 := rep("o2", "2025-03-11", "en", "2025-03-11", "NATO chief Rutte held talks with Zelensky in Kyiv on Tuesday.", "p:rutte", "p:zelensky", "l:kyiv")
	month := rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk")
	all := append(slices.Clone(sample), other, other2, month)
	if !together(all, "o1", "o2") {
		t.Fatal("o1 and o2 are apart: the test tests no cluster taken")
	}
	x := NewIndex()
	x.Add(all...)
	x.Events()
	computed := func(x *Index, key string) bool {
		i := x.byKey[key]
		return i < len(x.hasFeat) && x.hasFeat[i]
	}
	for _, c := range []struct {
		name    string
		reports []Report
		taken   bool // o1's day taken from x
	}{
		{"same reports", all, true},
		{"a report more on o1's day", append(slices.Clone(all), rep("o3", "2025-03-11", "en", "2025-03-11", "Zelensky thanked Rutte.", "p:rutte", "p:zelensky")), false},
		{"another report in o2's place", append(slices.Clone(sample), other, rep("o3", "2025-03-11", "en", "2025-03-11", "Zelensky thanked Rutte.", "p:rutte", "p:zelensky"), month), false},
	} {
		y := NewIndex()
		y.Add(c.reports...)
		y.UseFirstSteps(x.FirstSteps())
		evs := y.Events()
		if want := keys(Cluster(c.reports), c.reports); keys(evs, y.Reports()) != want {
			t.Errorf("%s: got %s, want %s", c.name, keys(evs, y.Reports()), want)
		}
		if computed(y, "o1") == c.taken {
			t.Errorf("%s: o1's features computed %v, want %v", c.name, computed(y, "o1"), !c.taken)
		}
	}
}

// TestPartial checks that an index holding some groups only (Partial)
// says when a join needs a day it does not hold, and that Around names the
// days a changed month's joins read and the weeks and months around them.
func TestPartial(t *testing.T) {
	month := rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk")
	for _, c := range []struct {
		loaded   func(string) bool
		complete bool
	}{
		{func(g string) bool { return g == "2025-02" }, false},
		{func(g string) bool { return g == "2025-02" || strings.HasPrefix(g, "2025-02-") }, true},
	} {
		x := NewIndex()
		x.Add(append(slices.Clone(sample), month)...)
		x.Partial(c.loaded)
		x.Events()
		if x.Complete() != c.complete {
			t.Errorf("complete %v, want %v", x.Complete(), c.complete)
		}
	}
	got := Around([]string{"2025-02"})
	for _, g := range []string{"2025-02", "2025-02-01", "2025-02-28", "2025-W05", "2025-W09"} {
		if !got[g] {
			t.Errorf("Around(2025-02) lacks %s", g)
		}
	}
	for _, g := range []string{"2025-01-31", "2025-03-03", "2025-01", "2025-03"} {
		if got[g] {
			t.Errorf("Around(2025-02) holds %s, which its month's joins do not read", g)
		}
	}
}

// TestClues: reports that share no entity id (the tagger missed or cut a
// name in one of them) join on a quantity both state, or a word in Latin
// letters both use across languages, when their cues agree; a report of the
// same day with the same quantity but another kind of happening, or with
// another quantity, stays apart.
func TestClues(t *testing.T) {
	reports := []Report{
		rep("s1", "2012-05-22", "en", "2012-05-22", "Tokyo Skytree, at 634 metres the world's tallest tower, opened to the public on Tuesday.", "l:tokyo-skytree"),
		rep("s2", "2012-05-22", "ja", "2012-05-22", "高さ634メートルの東京スカイツリーが22日、東京都墨田区で開業した。", "l:墨田区"),
		rep("n1", "2012-05-22", "ja", "2012-05-22", "墨田区のビルで22日、火災があり、634平方メートルが焼けた。", "l:墨田区2"),
		rep("g1", "2025-02-24", "en", "2025-02-24", "Judges at the ICC opened a hearing on the charges against the former president on Monday.", "o:icc"),
		rep("g2", "2025-02-24", "ja", "2025-02-25", "オランダ・ハーグのICCで24日、前大統領の罪状を確認する審理が始まった。", "l:オランダハーグ"),
	}
	if !together(reports, "s1", "s2") {
		t.Error("the tower's opening, 634 metres in both, apart")
	}
	if together(reports, "s1", "n1") || together(reports, "s2", "n1") {
		t.Error("a fire of 634 square metres joined the tower's opening")
	}
	if !together(reports, "g1", "g2") {
		t.Error("the ICC's hearing in English and Japanese apart")
	}
	// Without a clue in common, reports that share no entity are not compared.
	far := []Report{reports[0], rep("s3", "2012-05-22", "ja", "2012-05-22", "東京スカイツリーが22日、開業した。", "l:墨田区")}
	if together(far, "s1", "s3") {
		t.Error("reports with no entity and no clue in common joined")
	}
}

// TestElsewhere checks that a partial index told of the clusters of the
// days it does not hold (Elsewhere) decides a month's joins again from the
// one day that changed, and names the day a join leaves (Needs): a report
// of 20 February that February's report links to as well takes that report
// out of 7 February's event.
func TestElsewhere(t *testing.T) {
	month := rep("f1", "2025-02", "en", "2025-02-20", "In February Russia claimed the capture of Toretsk.", "o:mod-russia", "l:toretsk")
	earlier := append(slices.Clone(sample), month, toretskWeek())
	if !together(earlier, "w1", "t3") {
		t.Fatal("the week's report joins no day's event: the test tests less")
	}
	x := NewIndex()
	x.Add(earlier...)
	x.Events()
	links, before := x.Links(), eventOf(x)
	for _, c := range []struct {
		name  string
		added Report
		needs []string
		also  []string // groups held besides Around the added report's date
	}{
		{"unrelated", rep("u1", "2025-02-20", "en", "2025-02-20", "Rutte met Stoltenberg in Oslo on Thursday.", "p:rutte", "p:stoltenberg", "l:oslo"), nil, nil},
		{"second link", rep("t9", "2025-02-20", "en", "2025-02-20", "Russia's defence ministry said on Thursday its forces had captured Toretsk.", "o:mod-russia", "l:toretsk"), []string{"2025-02-07"}, nil},
		// The week of 7 February held too, its report joined to that
		// day, which it does not hold: continued, the week decides its
		// join into the day again.
		{"second link, week held", rep("t9", "2025-02-20", "en", "2025-02-20", "Russia's defence ministry said on Thursday its forces had captured Toretsk.", "o:mod-russia", "l:toretsk"), []string{"2025-02-07"}, []string{"2025-W06"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			all := append(slices.Clone(earlier), c.added)
			if c.needs != nil && together(all, "f1", "t1") {
				t.Fatal("f1 still joins t1: the test tests no join that moves")
			}
			// The clusters of the days not held, from the earlier run.
			elsewhereOf := func(loaded map[string]bool) map[uint64]string {
				elsewhere := map[uint64]string{}
				for _, l := range links {
					if l.To == 0 && kindOf(l.Group) == dayKind && !loaded[l.Group] {
						elsewhere[l.From] = l.Group
					}
				}
				return elsewhere
			}
			partial := func(loaded map[string]bool) *Index {
				elsewhere := elsewhereOf(loaded)
				y := NewIndex()
				for _, r := range all {
					if loaded[GroupOf(r.Date)] {
						y.Add(r)
					}
				}
				y.Reuse(links, nil)
				y.Earlier(before, nil)
				y.Partial(func(g string) bool { return loaded[g] })
				y.Elsewhere(elsewhere)
				return y
			}
			loaded := Around([]string{c.added.Date})
			for _, g := range c.also {
				loaded[g] = true
			}
			if loaded["2025-02-07"] {
				t.Fatal("Around holds 2025-02-07: the test tests nothing")
			}
			y := partial(loaded)
			evs := y.Events()
			if !slices.Equal(y.Needs(), c.needs) || y.Complete() != (c.needs == nil) {
				t.Fatalf("needs %v (complete %v), want %v", y.Needs(), y.Complete(), c.needs)
			}
			var continued []string // the first attempt continued (More): its events' keys
			if c.needs != nil {
				held := maps.Clone(loaded)
				for g := range Around(c.needs) {
					loaded[g] = true
				}
				cont := partial(held)
				cont.Events()
				for _, r := range all {
					if g := GroupOf(r.Date); loaded[g] && !held[g] {
						cont.Add(r)
					}
				}
				cont.More(nil, nil)
				cont.Partial(func(g string) bool { return loaded[g] })
				cont.Elsewhere(elsewhereOf(loaded))
				more := cont.Events()
				if !cont.Complete() {
					t.Fatalf("continued, still incomplete with %v: needs %v", c.needs, cont.Needs())
				}
				for _, ev := range more {
					var ks []string
					for _, i := range ev.Reports {
						ks = append(ks, cont.Reports()[i].Key)
					}
					continued = append(continued, ev.ID+fmt.Sprint(ks))
				}
				// The second attempt takes the first's work: 20 February's
				// first step, and February's links into it.
				first := y
				y = partial(loaded)
				y.UseFirstSteps(first.FirstSteps())
				if evs = y.Events(); !y.Complete() {
					t.Fatalf("still incomplete with %v: needs %v", c.needs, y.Needs())
				}
				if i := y.byKey["t9"]; i < len(y.hasFeat) && y.hasFeat[i] {
					t.Error("the second attempt linked February's report to t9 again")
				}
			}
			// The events of the groups held are those of one run over all.
			var want, got []string
			for _, ev := range Cluster(all) {
				var ks []string
				in := true
				for _, i := range ev.Reports {
					ks = append(ks, all[i].Key)
					in = in && loaded[GroupOf(all[i].Date)]
				}
				if in {
					want = append(want, ev.ID+fmt.Sprint(ks))
				}
			}
			for _, ev := range evs {
				var ks []string
				for _, i := range ev.Reports {
					ks = append(ks, y.Reports()[i].Key)
				}
				got = append(got, ev.ID+fmt.Sprint(ks))
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("got %v, want %v", got, want)
			}
			if continued != nil && fmt.Sprint(continued) != fmt.Sprint(want) {
				t.Errorf("continued: got %v, want %v", continued, want)
			}
		})
	}
}

// TestHash32: the written-out hash is FNV-1a over the kind then the word,
// as hash/fnv computes it.
func TestHash32(t *testing.T) {
	for _, c := range [][2]string{{"e", "zelens"}, {"j", "会談"}, {"", ""}} {
		h := fnv.New32a()
		h.Write([]byte(c[0] + c[1]))
		if got, want := hash32(c[0], c[1]), h.Sum32(); got != want {
			t.Errorf("hash32(%q, %q) = %d, want %d", c[0], c[1], got, want)
		}
	}
}

// TestMoreRejoins checks that a continued index (More) decides again the
// joins its last Events could not, though no report was added to the
// days they needed: a new report of a week whose only day not held has no
// reports joins 7 February's event once that day is held.
func TestMoreRejoins(t *testing.T) {
	week := toretskWeek()
	all := append(slices.Clone(sample), week)
	want := eventKeys(Cluster(all), all)
	if !slices.Contains(want, "t3[t3 t1 t2 w1]") {
		t.Fatalf("w1 joins no day's event in %v: the test tests nothing", want)
	}
	x := NewIndex()
	x.Add(sample...)
	x.Events()
	links, before := x.Links(), eventOf(x)
	loaded := Around([]string{week.Date})
	delete(loaded, "2025-02-04") // no report is of that day
	y := NewIndex()
	y.Add(all...)
	y.Reuse(links, nil)
	y.Earlier(before, nil)
	y.Partial(func(g string) bool { return loaded[g] })
	y.Elsewhere(map[uint64]string{})
	y.Events()
	if got := y.Needs(); !slices.Equal(got, []string{"2025-02-04"}) {
		t.Fatalf("needs %v, want [2025-02-04]", got)
	}
	loaded["2025-02-04"] = true
	y.More(nil, nil)
	got := eventKeys(y.Events(), y.Reports())
	if !y.Complete() {
		t.Fatalf("continued, still incomplete: needs %v", y.Needs())
	}
	if !slices.Equal(got, want) {
		t.Errorf("continued: got %v, want %v", got, want)
	}
}

// eventKeys lists events as their ids and their reports' keys.
func eventKeys(evs []Event, reports []Report) []string {
	var out []string
	for _, ev := range evs {
		var ks []string
		for _, i := range ev.Reports {
			ks = append(ks, reports[i].Key)
		}
		out = append(out, ev.ID+fmt.Sprint(ks))
	}
	return out
}

// toretskWeek is a report of the week of 7 February (2025-W06) that joins
// its event of Toretsk (t3).
func toretskWeek() Report {
	return rep("w1", "2025-W06", "en", "2025-02-09", "This week Russia's defence ministry said its forces had captured Toretsk in eastern Ukraine.",
		"o:mod-russia", "l:toretsk", "c:ukraine")
}
