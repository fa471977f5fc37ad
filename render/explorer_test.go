package render

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
)

// twoSeasons is a corpus whose news moves: from January to March 2026 a
// dozen "spring" people are named with Ukraine three times a day; from June
// to August another dozen with Vladimir Putin once a day. Over all dates the
// spring people fill the lanes; a window in July must show the summer ones.
func twoSeasons() *timeline.Result {
	r := &timeline.Result{Documents: []timeline.Document{{ID: "d", Source: "news.txt", Title: "News", Lang: "en", Published: "2026-09-01"}}}
	add := func(id, name, typ string, aliases ...string) {
		r.Entities = append(r.Entities, timeline.Entity{ID: id, Name: name, Type: typ, Aliases: aliases, Langs: []string{"en"}})
	}
	add("L0", "Ukraine", "LOCATION", "ウクライナ")
	add("P0", "Vladimir Putin", "PERSON", "Putin", "プーチン")
	for k := range 12 {
		add(fmt.Sprintf("S%02d", k), fmt.Sprintf("Spring Person %d", k), "PERSON")
	}
	for k := range 12 {
		add(fmt.Sprintf("U%02d", k), fmt.Sprintf("Summer Person %d", k), "PERSON")
	}
	event := func(day time.Time, ids ...string) {
		var names []string
		for _, id := range ids {
			for _, e := range r.Entities {
				if e.ID == id {
					names = append(names, e.Name)
				}
			}
		}
		text := strings.Join(names, " and ") + " met on " + day.Format("2 January 2006") + "."
		r.Events = append(r.Events, timeline.Event{
			ID: fmt.Sprintf("ev%04d", len(r.Events)), Date: day.Format("2006-01-02"), Granularity: "day", Text: text, Lang: "en",
			Entities: ids, Sources: []timeline.Source{{Doc: "d", Start: 0, End: len(text)}},
		})
	}
	spring := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := range 90 {
		for j := range 3 {
			event(spring.AddDate(0, 0, d), "L0", fmt.Sprintf("S%02d", (d+j)%12), fmt.Sprintf("S%02d", (d+j+5)%12))
		}
	}
	summer := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for d := range 92 {
		event(summer.AddDate(0, 0, d), "P0", fmt.Sprintf("U%02d", d%12), fmt.Sprintf("U%02d", (d+3+d/12)%12))
	}
	for i := range r.Entities {
		for _, ev := range r.Events {
			if slices.Contains(ev.Entities, r.Entities[i].ID) {
				r.Entities[i].Mentions++
			}
		}
		r.Entities[i].Documents = 1
	}
	return r
}

// topOfWindow ranks the entities by their day-dated events in [lo, hi), as
// the lanes must: events, then mentions, then input order.
func topOfWindow(r *timeline.Result, lo, hi time.Time, n int) []string {
	count := map[string]int{}
	for _, ev := range r.Events {
		day, _ := time.Parse("2006-01-02", ev.Date)
		if day.Before(hi) && day.AddDate(0, 0, 1).After(lo) {
			for _, id := range ev.Entities {
				count[id]++
			}
		}
	}
	idx := make([]int, 0, len(r.Entities))
	for i, e := range r.Entities {
		if count[e.ID] > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ea, eb := r.Entities[a], r.Entities[b]
		return cmp.Or(cmp.Compare(count[eb.ID], count[ea.ID]), cmp.Compare(eb.Mentions, ea.Mentions))
	})
	var names []string
	for _, i := range idx[:min(n, len(idx))] {
		names = append(names, r.Entities[i].Name)
	}
	return names
}

func (p *browserPage) zoom(from, to string) {
	p.tb.Helper()
	if from == "" {
		p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.timeline.dispatchAction({type: 'dataZoom', start: 0, end: 100})`))
		p.WaitFor(`window.chronograph.state.range === null && window.chronograph.idle()`, 5*time.Second)
		return
	}
	p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`window.chronograph.timeline.dispatchAction({type: 'dataZoom', startValue: Date.parse(%q), endValue: Date.parse(%q)})`, from, to)))
	p.WaitFor(fmt.Sprintf(`(window.chronograph.state.range || [])[0] === Date.parse(%q) && window.chronograph.idle()`, from), 5*time.Second)
}

// TestBrowserWindow checks that the lanes, the network's selection and the
// evidence panel follow the window and the search.
func TestBrowserWindow(t *testing.T) {
	r := twoSeasons()
	p := openPage(t, renderBytes(t, r, Options{}))
	p.zoom("", "")
	all := eval[[]string](p, `window.chronograph.lanes().filter(n => n !== null)`)
	if want := topOfWindow(r, time.Time{}, time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), 10); !slices.Equal(all, want) {
		t.Errorf("lanes over all dates %q, want %q", all, want)
	}

	// A search selects the entity it names, and the ring moves to it.
	p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.selectEntity(0)`)) // Ukraine
	p.WaitFor(`(document.querySelector('#evidence-body h3') || {}).textContent === 'Ukraine'`, 5*time.Second)
	p.Do(chromedp.SendKeys(chromedp.ID("net-search"), "Putin"))
	p.WaitFor(`window.chronograph.state.selected === 1`, 5*time.Second)
	p.WaitFor(`window.chronograph.idle()`, 5*time.Second)
	ringed := eval[[]string](p, `window.chronograph.ringedNodes().map(i => window.chronograph.data.ents[i].name)`)
	if !slices.Equal(ringed, []string{"Vladimir Putin"}) {
		t.Errorf("after searching Putin the ring is on %q", ringed)
	}
	if got := eval[string](p, `document.querySelector('#evidence-body h3').textContent`); got != "Vladimir Putin" {
		t.Errorf("after searching Putin the evidence is of %q", got)
	}
	if n := eval[int](p, `document.querySelectorAll('#evidence-body li.evidence-item').length`); n != 92 {
		t.Errorf("Putin's evidence over all dates lists %d events, want 92", n)
	}

	// Zooming on July re-ranks the lanes to the summer's people, each lane
	// holding events of the window, and the evidence follows.
	p.zoom("2026-07-01", "2026-08-01")
	want := topOfWindow(r, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), 10)
	p.WaitFor(fmt.Sprintf(`JSON.stringify(window.chronograph.lanes().filter(n => n !== null)) === %q`, mustJSON(want)), 5*time.Second)
	if slices.Equal(want, all) {
		t.Fatal("the fixture's July lanes are those of all dates: the test cannot tell")
	}
	empty := eval[[]string](p, `(() => {
		const c = window.chronograph, r = c.state.range, names = c.lanes(), items = c.laneItems();
		return names.filter((n, l) => n !== null && !items.some(it => it.lane === l && it.t0 < r[1] && it.t1 > r[0]));
	})()`)
	if len(empty) > 0 {
		t.Errorf("lanes without events in the window: %q", empty)
	}
	p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length === 31`, 5*time.Second)
	if dates := eval[[]string](p, `[...document.querySelectorAll('#evidence-body li.evidence-item .date')].map(d => d.textContent)`); slices.ContainsFunc(dates, func(d string) bool { return !strings.HasSuffix(d, "Jul 2026") }) {
		t.Errorf("evidence in the July window lists %q", dates)
	}
	if got := eval[string](p, `document.querySelector('#evidence-body .sub').textContent`); !strings.Contains(got, "31 dated events in the window (92 over all dates)") {
		t.Errorf("evidence summary in the window: %q", got)
	}
	// The tables follow the window too.
	if got := eval[string](p, `document.querySelector('#entities-table .count').textContent`); !strings.HasPrefix(got, "13 of 26 entities match") {
		t.Errorf("entities table in July: %q", got)
	}
	p.screenshot("window-july.png")
	p.CheckClean()
}

func mustJSON(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return "[" + strings.Join(q, ",") + "]"
}

// TestBrowserPaging pages the entities table to its last page: every
// entity is reachable, and the table says how many there are.
func TestBrowserPaging(t *testing.T) {
	r := Synthetic(3000, 700, 2)
	p := openPage(t, renderBytes(t, r, Options{}))
	p.zoom("", "")
	if got := eval[string](p, `document.querySelector('#entities-table .count').textContent`); got != "all 700 entities" {
		t.Errorf("entities count %q", got)
	}
	// The least mentioned entity, the last of them in input order, is last.
	last := 0
	for i, e := range r.Entities {
		if e.Mentions <= r.Entities[last].Mentions {
			last = i
		}
	}
	p.Do(chromedp.Click(chromedp.CSS("#entities-table .pager button.last")))
	p.WaitFor(`document.querySelector('#entities-table .pager span').textContent === 'page 14 of 14'`, 5*time.Second)
	if got := eval[string](p, `[...document.querySelectorAll('#entities-table tbody tr')].pop().querySelector('td').textContent`); got != r.Entities[last].Name {
		t.Errorf("last entity %q, want %q", got, r.Entities[last].Name)
	}
	// A type filter says how many match.
	people := 0
	for _, e := range r.Entities {
		if e.Type == "PERSON" {
			people++
		}
	}
	p.Do(chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector('#entities-table select[data-filter=type]'); s.value = '0'; s.dispatchEvent(new Event('change')); })()`))
	p.WaitFor(fmt.Sprintf(`document.querySelector('#entities-table .count').textContent === '%d of 700 entities match'`, people), 5*time.Second)
	p.CheckClean()
}

// TestBrowserCorrections merges one entity into another in the page and
// reads the aliases file it downloads back with the CLI's parser and
// resolver.
func TestBrowserCorrections(t *testing.T) {
	r := loadFixture(t, "small.json")
	p := openPage(t, renderBytes(t, r, Options{Title: "Harbour talks"}))
	idx := func(name string) int {
		return slices.IndexFunc(r.Entities, func(e timeline.Entity) bool { return e.Name == name })
	}
	p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.chronograph.selectEntity(%d)`, idx("Tomas Reiter"))))
	p.WaitFor(`document.getElementById('correct-input') !== null`, 5*time.Second)
	p.Do(chromedp.SendKeys(chromedp.ID("correct-input"), "Elena Varga"))
	p.Do(chromedp.Click(chromedp.CSS("button.correct-merge")))
	p.WaitFor(`(document.querySelector('#evidence-body h3') || {}).textContent === 'Elena Varga'`, 5*time.Second)
	p.zoom("", "")
	if got := eval[string](p, `document.querySelector('#entities-table .count').textContent`); !strings.HasPrefix(got, "5 of 6 entities") {
		t.Errorf("entities after the merge: %q", got)
	}
	file := eval[string](p, `window.chronograph.aliasesFile()`)
	// The correction is kept in the browser: a reload still has it.
	p.Do(chromedp.Reload())
	p.WaitFor(`window.chronograph && window.chronograph.ready > 0`, 30*time.Second)
	if again := eval[string](p, `window.chronograph.aliasesFile()`); again != file {
		t.Errorf("after a reload the aliases file is\n%s\nwant\n%s", again, file)
	}
	if !strings.Contains(eval[string](p, `document.getElementById('corrections').textContent`), "merge Tomas Reiter into Elena Varga") {
		t.Error("the corrections list does not show the merge")
	}
	p.CheckClean()

	aliases, err := entities.ParseAliases(strings.NewReader(file))
	if err != nil {
		t.Fatalf("the page's aliases file does not parse: %v\n%s", err, file)
	}
	var entry *entities.AliasEntry
	for i := range aliases.Entries {
		if aliases.Entries[i].Canonical == "Elena Varga" {
			entry = &aliases.Entries[i]
		}
	}
	if entry == nil || entry.Type != entities.Person || !slices.Contains(entry.Aliases, "Tomas Reiter") {
		t.Fatalf("no entry merging Tomas Reiter into Elena Varga:\n%s", file)
	}
	// The resolver the CLI runs with --aliases makes them one entity.
	list, of := entities.NewResolver(entities.ResolverOptions{Aliases: aliases}).Resolve([]entities.DocMentions{{
		Doc: "d", Mentions: []entities.Mention{{Start: 0, End: 12, Text: "Tomas Reiter", Type: entities.Person, Lang: "en"}, {Start: 17, End: 28, Text: "Elena Varga", Type: entities.Person, Lang: "en"}},
	}})
	if len(list) != 1 || of[0][0] != of[0][1] {
		t.Errorf("resolved with the page's aliases: %d entities, %v", len(list), of)
	}
}

// TestBrowserCommunities draws the communities as labelled groups and opens
// one with a click.
func TestBrowserCommunities(t *testing.T) {
	p := openPage(t, renderBytes(t, Synthetic(600, 80, 3), Options{}))
	p.setControl("net-view", "communities", "change")
	p.WaitFor(`window.chronograph.idle() && window.chronograph.network.getOption().series[0].data.length > 1`, 10*time.Second)
	n := eval[int](p, `window.chronograph.network.getOption().series[0].data.length`)
	if labels := eval[int](p, `window.chronograph.labelBoxes().length`); labels != n {
		t.Errorf("%d communities drawn, %d labelled", n, labels)
	}
	if labels, overlaps := p.labelStats(); overlaps > 0 {
		t.Errorf("%d of the %d community labels overlap", overlaps, labels)
	}
	comm := eval[int](p, `window.chronograph.network.getOption().series[0].data[0].comm`)
	x, y := p.nodeXY(0)
	p.Do(chromedp.MouseClickXY(x, y))
	p.WaitFor(fmt.Sprintf(`window.chronograph.state.community === %d && window.chronograph.idle()`, comm), 5*time.Second)
	if outside := eval[int](p, fmt.Sprintf(`window.chronograph.shownNodes().filter(i => window.chronograph.data.ents[i].comm !== %d).length`, comm)); outside > 0 || len(p.shownNames()) == 0 {
		t.Errorf("community %d opened with %d nodes of other communities, %d in all", comm, outside, len(p.shownNames()))
	}
	p.CheckClean()
}

// TestBrowserSaysWhatIsLeftOut: a page that does not carry everything says
// so, and how to get the rest.
func TestBrowserSaysWhatIsLeftOut(t *testing.T) {
	r := loadFixture(t, "small.json")
	r.EventsOmitted = 604
	p := openPage(t, renderBytes(t, r, Options{}))
	if got := eval[string](p, `document.getElementById('omitted').textContent`); !strings.Contains(got, "604 more events") || !strings.Contains(got, "chronograph serve") {
		t.Errorf("the page says %q", got)
	}
	p.CheckClean()
}
