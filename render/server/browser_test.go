package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/chronograph/chronograph/render/internal/browsertest"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// TestBrowserServe opens the served page in headless Chromium: it loads,
// a click on an entity lists its evidence from the API, and the entities
// table pages through the store to its last entity.
func TestBrowserServe(t *testing.T) {
	st := testStore(t)
	slice := func(ctx context.Context, w store.Window) (*timeline.Result, error) {
		return store.Fold(ctx, st, storetest.Pipeline(), store.Slice{Window: w})
	}
	srv := httptest.NewServer(New(Options{Store: st, Slice: slice}))
	defer srv.Close()
	p := browsertest.Open(t, srv.URL+"/", false, func(u string) bool { return strings.HasPrefix(u, srv.URL+"/api/") })
	eval := func(expr string) string { return browsertest.Eval[string](p, expr) }

	if got := eval(`document.getElementById('omitted').textContent`); !strings.Contains(got, "Served from a store") {
		t.Errorf("the page does not say where it comes from: %q", got)
	}
	// A click on an entity of the table lists its evidence, from the API.
	p.WaitFor(`document.querySelectorAll('#entities-table tbody button.ent').length > 0`, 10*time.Second)
	name := eval(`document.querySelector('#entities-table tbody button.ent').textContent`)
	p.Do(chromedp.Click(chromedp.CSS("#entities-table tbody button.ent")))
	p.WaitFor(fmt.Sprintf(`(document.querySelector('#evidence-body h3') || {}).textContent === %q && document.querySelectorAll('#evidence-body li.evidence-item').length > 0`, name), 10*time.Second)
	if marked := eval(`[...document.querySelectorAll('#evidence-body mark.ent')].map(m => m.textContent).join('|')`); marked == "" {
		t.Errorf("evidence of %s does not mark it", name)
	}
	if !strings.Contains(strings.Join(p.Requests(), " "), "/api/evidence?a=") {
		t.Error("the evidence did not come from the API")
	}

	// Paging by the table's last button reaches the store's last entity.
	all, err := st.Entities(context.Background(), store.EntityQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	last := all.Items[len(all.Items)-1].Name
	p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.apply({range: null})`))
	p.Do(chromedp.Click(chromedp.CSS("#entities-table .pager button.last")))
	p.WaitFor(fmt.Sprintf(`[...document.querySelectorAll('#entities-table tbody tr')].pop().querySelector('td').textContent === %q`, last), 10*time.Second)
	if got := eval(`document.querySelector('#entities-table .count').textContent`); got != fmt.Sprintf("all %d entities", all.Total) {
		t.Errorf("entities count %q, want all %d", got, all.Total)
	}
	// A window inside the page's slice: the entities table follows it.
	p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.apply({range: [Date.UTC(2025, 1, 18), Date.UTC(2025, 1, 21)]})`))
	if !p.Poll(fmt.Sprintf(`document.querySelector('#entities-table .count').textContent.startsWith('2 of %d entities match')`, all.Total), 10*time.Second) {
		t.Fatalf("entities table in the window: %q", eval(`document.querySelector('#entities-table .count').textContent + ' | ' + JSON.stringify(window.chronograph.state.range)`))
	}
	if got := eval(`[...document.querySelectorAll('#entities-table tbody tr td:first-child')].map(td => td.textContent).sort().join(',')`); got != "Alpha,Beta" { // named in the one dated sentence of 19 February
		t.Errorf("entities of 18-20 February: %s", got)
	}
	p.CheckClean()
}

// TestBrowserServeURL opens a running server given by
// $CHRONOGRAPH_SERVE_URL (chronograph serve over a real store), prints how
// long its page takes to become interactive and to answer a click, pages
// the entities table to its last entity, and saves screenshots into
// $CHRONOGRAPH_SCREENSHOTS:
//
//	chronograph serve --store news.db &
//	CHRONOGRAPH_SERVE_URL=http://127.0.0.1:8080/ go test ./render/server -run BrowserServeURL -v
func TestBrowserServeURL(t *testing.T) {
	url := os.Getenv("CHRONOGRAPH_SERVE_URL")
	if url == "" {
		t.Skip("CHRONOGRAPH_SERVE_URL not set")
	}
	base := strings.TrimSuffix(strings.SplitN(url, "?", 2)[0], "/")
	p := browsertest.Open(t, url, false, func(u string) bool { return strings.HasPrefix(u, base+"/api/") })
	t.Logf("interactive after %.0f ms", browsertest.Eval[float64](p, `window.chronograph.ready`))
	shot := func(name string) {
		dir := os.Getenv("CHRONOGRAPH_SCREENSHOTS")
		if dir == "" {
			return
		}
		png, err := chromedp.Run(p.Ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p.Do(chromedp.EmulateViewport(1400, 1450))
	p.Poll(`window.chronograph.idle() && window.chronograph.settled()`, 20*time.Second)
	shot("serve-top.png")
	// A zoom on the last month of the slice re-ranks the lanes and the network.
	p.Do(chromedp.Evaluate[chromedp.Void](`(() => {
		// The slice's last day, else its latest publication: the axis and
		// the latest events reach years past the news ("by 2030").
		const d = window.chronograph.data, to = Date.parse(d.served.to || d.docs.map(x => x.published || '').sort().pop()) + 86400000;
		window.__zoomFrom = to - 30 * 86400000;
		window.chronograph.timeline.dispatchAction({type: 'dataZoom', startValue: window.__zoomFrom, endValue: to});
	})()`))
	p.WaitFor(`(window.chronograph.state.range || [])[0] === window.__zoomFrom && window.chronograph.idle()`, 30*time.Second)
	t.Logf("zoom to a month: lanes re-ranked in %.0f ms, network in %.0f ms", browsertest.Eval[float64](p, `window.chronograph.timings.lanes`), browsertest.Eval[float64](p, `window.chronograph.timings.network`))
	start := time.Now()
	p.Do(chromedp.Click(chromedp.CSS("#entities-table tbody button.ent")))
	p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length > 0`, 30*time.Second)
	t.Logf("click to evidence from the API: %v", time.Since(start).Round(time.Millisecond))
	p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.apply({range: null})`))
	p.WaitFor(`window.chronograph.idle()`, 30*time.Second)
	total := browsertest.Eval[string](p, `document.querySelector('#entities-table .count').textContent`)
	start = time.Now()
	p.Do(chromedp.Click(chromedp.CSS("#entities-table .pager button.last")))
	p.WaitFor(`document.querySelector('#entities-table .pager button.last').disabled && document.querySelector('#entities-table tbody tr')`, 60*time.Second)
	t.Logf("entities: %s; last page reached in %v: %s, last entity %q", total, time.Since(start).Round(time.Millisecond),
		browsertest.Eval[string](p, `document.querySelector('#entities-table .pager span').textContent`),
		browsertest.Eval[string](p, `[...document.querySelectorAll('#entities-table tbody tr')].pop().querySelector('td').textContent`))
	p.Do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	shot("serve-selected.png")
	p.CheckClean()
}

// TestBrowserServeCorrection merges two entities from the page of a server
// started with --write: the merge is saved in the store, which resolves
// the corpus again, and the page comes back without the entity merged away.
func TestBrowserServeCorrection(t *testing.T) {
	st := testStore(t)
	slice := func(ctx context.Context, w store.Window) (*timeline.Result, error) {
		return store.Fold(ctx, st, storetest.Pipeline(), store.Slice{Window: w})
	}
	finish := func(ctx context.Context) error {
		_, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals})
		return err
	}
	srv := httptest.NewServer(New(Options{Store: st, Slice: slice, Finish: finish, Write: true, Who: "tester"}))
	defer srv.Close()
	p := browsertest.Open(t, srv.URL+"/", false, func(u string) bool { return strings.HasPrefix(u, srv.URL+"/") })
	before, err := st.Entities(context.Background(), store.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	rutte := browsertest.Eval[int](p, `window.chronograph.data.ents.findIndex(e => e.name === 'Mark Rutte')`)
	p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.chronograph.selectEntity(%d)`, rutte)))
	if !p.Poll(`document.getElementById('correct-input') !== null`, 10*time.Second) {
		t.Fatalf("no correction bar for entity %d: %s", rutte, browsertest.Eval[string](p, `document.getElementById('evidence-body').textContent + JSON.stringify(window.chronograph.data.ents.map(e => e.name))`))
	}
	p.Do(chromedp.SendKeys(chromedp.ID("correct-input"), "Zelensky"))
	p.Do(chromedp.Click(chromedp.CSS("button.correct-merge")))
	// The page reloads from the store, which no longer has Mark Rutte.
	p.WaitFor(`window.chronograph && window.chronograph.ready > 0 && !window.chronograph.data.ents.some(e => e.name === 'Mark Rutte')`, 30*time.Second)
	after, err := st.Entities(context.Background(), store.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := st.Corrections(context.Background())
	if err != nil || len(cs) != 1 || cs[0].Kind != store.Merge || cs[0].Who != "tester" {
		t.Fatalf("corrections in the store: %+v, %v", cs, err)
	}
	if after.Total != before.Total-1 {
		t.Errorf("the store has %d entities after the merge, %d before", after.Total, before.Total)
	}
	p.CheckClean()
}
