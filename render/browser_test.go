package render

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/chronograph/chronograph/render/internal/browsertest"
	"github.com/chronograph/chronograph/timeline"
)

// The browser tests open the report in headless Chromium, as a user would,
// from a file URL with the network off (render/internal/browsertest).

// screenshotDir, when set, receives PNG screenshots of the pages tested.
var screenshotDir = os.Getenv("CHRONOGRAPH_SCREENSHOTS")

// browserPage is one report open in headless Chromium, from a file URL
// with the network off.
type browserPage struct {
	*browsertest.Page
	tb  testing.TB
	ctx context.Context
}

// openPage writes page to a file and loads it in a new browser.
func openPage(tb testing.TB, page []byte) *browserPage {
	tb.Helper()
	file := filepath.Join(tb.TempDir(), "report.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		tb.Fatal(err)
	}
	bp := browsertest.Open(tb, "file://"+file, true, nil)
	return &browserPage{Page: bp, tb: tb, ctx: bp.Ctx}
}

func eval[T any](p *browserPage, expr string) T {
	p.tb.Helper()
	return browsertest.Eval[T](p.Page, expr)
}

func (p *browserPage) screenshot(name string) {
	p.tb.Helper()
	if screenshotDir == "" {
		return
	}
	png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir, name), png, 0o644); err != nil {
		p.tb.Fatal(err)
	}
}

// paintedPixels counts the non-transparent pixels of the canvases in the
// element: a chart that drew nothing has none.
func (p *browserPage) paintedPixels(id string) int {
	return eval[int](p, `(() => {
		let n = 0;
		for (const c of document.querySelectorAll('#`+id+` canvas')) {
			const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
			for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
		}
		return n;
	})()`)
}

// settleNetwork waits until the force layout stops moving the first node.
func (p *browserPage) settleNetwork() {
	p.tb.Helper()
	// The page redraws a force layout still once it has come to rest.
	p.Poll(`window.chronograph.idle() && window.chronograph.settled()`, 20*time.Second)
	last := ""
	for range 100 {
		pos := string(eval[[]byte](p, `window.chronograph.network.getModel().getSeriesByIndex(0).getData().getItemLayout(0)`))
		if pos == last {
			return
		}
		last = pos
		time.Sleep(150 * time.Millisecond)
	}
}

// nodeXY is the position on screen of network node n, scrolled into view.
func (p *browserPage) nodeXY(n int) (float64, float64) {
	p.tb.Helper()
	xy := eval[[]float64](p, fmt.Sprintf(`(() => {
		const c = window.chronograph.network;
		c.getDom().scrollIntoView({block: 'center'});
		const layout = c.getModel().getSeriesByIndex(0).getData().getItemLayout(%d);
		const px = c.convertToPixel({seriesIndex: 0}, layout);
		const r = c.getDom().getBoundingClientRect();
		return [r.left + px[0], r.top + px[1]];
	})()`, n))
	return xy[0], xy[1]
}

// viewportShot saves the first screen of a tall window (header, timeline,
// network and evidence) as name in the screenshot folder.
func (p *browserPage) viewportShot(name string) {
	p.tb.Helper()
	if screenshotDir == "" {
		return
	}
	p.Do(chromedp.EmulateViewport(1400, 1450))
	time.Sleep(400 * time.Millisecond) // the page redraws the network after a resize settles
	p.settleNetwork()
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir, name), png, 0o644); err != nil {
		p.tb.Fatal(err)
	}
}

// labelStats counts the network's labels drawn and the pairs of them that
// overlap, from the label layout echarts made.
func (p *browserPage) labelStats() (labels, overlaps int) {
	n := eval[[]int](p, `(() => {
		const b = window.chronograph.labelBoxes();
		let o = 0;
		for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
			const x = b[i], y = b[j];
			if (x.x < y.x + y.w - 0.5 && y.x < x.x + x.w - 0.5 && x.y < y.y + y.h - 0.5 && y.y < x.y + x.h - 0.5) o++;
		}
		return [b.length, o];
	})()`)
	return n[0], n[1]
}

func (p *browserPage) shownNames() []string {
	names := eval[[]string](p, `window.chronograph.shownNodes().map(i => window.chronograph.data.ents[i].name)`)
	slices.Sort(names)
	return names
}

func renderBytes(tb testing.TB, r *timeline.Result, opts Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Report(&buf, r, opts); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestBrowserReport(t *testing.T) {
	p := openPage(t, renderBytes(t, loadFixture(t, "small.json"), Options{Title: "Harbour talks", Subtitle: "Lisbon, March 2025", Lanes: 4}))

	for _, id := range []string{"timeline", "network"} {
		if n := p.paintedPixels(id); n < 2000 {
			t.Errorf("%s chart painted %d pixels: blank", id, n)
		}
	}
	// The page opens on the window that holds most day-dated events, and
	// the tables follow it: the four events of early March.
	if got := eval[int](p, `document.querySelectorAll('#events-table tbody tr').length`); got != 4 {
		t.Errorf("events table at open has %d rows, want 4", got)
	}
	if got := eval[string](p, `document.querySelector('#events-table .count').textContent`); !strings.HasPrefix(got, "4 of 7 events match") {
		t.Errorf("events table count %q", got)
	}
	p.Do(chromedp.Click(chromedp.CSS("#range button")))
	p.WaitFor(`window.chronograph.state.range === null && window.chronograph.idle()`, 5*time.Second)
	if got := eval[int](p, `document.querySelectorAll('#events-table tbody tr').length`); got != 7 {
		t.Errorf("events table has %d rows, want 7", got)
	}
	if got := eval[int](p, `document.querySelectorAll('#entities-table tbody tr').length`); got != 6 {
		t.Errorf("entities table has %d rows, want 6", got)
	}
	p.settleNetwork()
	p.screenshot("report-light.png")

	// Clicking a node lists its evidence with the entity highlighted.
	first := eval[string](p, `window.chronograph.data.ents[window.chronograph.shownNodes()[0]].name`)
	x, y := p.nodeXY(0)
	p.Do(chromedp.MouseClickXY(x, y))
	p.WaitFor(fmt.Sprintf(`(document.querySelector('#evidence-body h3') || {}).textContent === %q`, first), 5*time.Second)
	items := eval[int](p, `document.querySelectorAll('#evidence-body li.evidence-item').length`)
	marked := eval[[]string](p, `[...document.querySelectorAll('#evidence-body mark.ent')].map(m => m.textContent)`)
	if items == 0 || len(marked) < items {
		t.Errorf("evidence for %s: %d items, marks %q", first, items, marked)
	}
	if first == "Elena Varga" && !slices.Contains(marked, "ヴァルガ") {
		t.Errorf("Japanese alias not highlighted: %q", marked)
	}
	p.WaitFor(`window.chronograph.idle()`, 5*time.Second)
	if sel := eval[int](p, `window.chronograph.timeline.getModel().getSeriesByIndex(0).getSelectedDataIndices().length`); sel == 0 {
		t.Error("the selected entity's events are not highlighted on the timeline")
	}
	p.screenshot("report-selected.png")

	// Clicking a timeline mark lists its events.
	mark := eval[[]float64](p, `(() => {
		const c = window.chronograph.timeline, d = window.chronograph.data;
		c.getDom().scrollIntoView({block: 'center'});
		const i = window.chronograph.laneItems().findIndex(it => d.events[it.events[0]].date === '2025-03-04');
		const v = c.getOption().series[0].data[i].value;
		const px = c.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [(v[0] + v[1]) / 2, v[2]]), r = c.getDom().getBoundingClientRect();
		return [r.left + px[0], r.top + px[1]];
	})()`)
	p.Do(chromedp.MouseClickXY(mark[0], mark[1]))
	p.WaitFor(`(document.querySelector('#evidence-body h3') || {}).textContent === '4 Mar 2025'`, 5*time.Second)
	if got := eval[string](p, `document.querySelector('#evidence-body li.evidence-item .sentence').textContent`); !strings.HasPrefix(got, "ヴァルガ市長は4日") {
		t.Errorf("timeline mark lists %q", got)
	}

	// The selection opened its ego network: every neighbour labelled.
	p.WaitFor(`window.chronograph.state.ego && window.chronograph.network.getOption().series[0].layout === 'none'`, 5*time.Second)
	if !p.Poll(`window.chronograph.labelBoxes().length === window.chronograph.shownNodes().length`, 5*time.Second) {
		t.Fatalf("ego labels %s", eval[string](p, `JSON.stringify([window.chronograph.labelBoxes(), window.chronograph.shownNodes()])`))
	}
	p.Do(chromedp.Click(chromedp.CSS("#network-info button")))
	p.WaitFor(`!window.chronograph.state.ego`, 5*time.Second)

	// Brushing 2 to 6 March on the timeline keeps the entities of the two
	// events dated in it.
	lane := eval[[]float64](p, `(() => {
		const c = window.chronograph.timeline;
		c.getDom().scrollIntoView({block: 'center'});
		c.dispatchAction({type: 'takeGlobalCursor', key: 'brush', brushOption: {brushType: 'lineX', brushMode: 'single'}});
		const r = c.getDom().getBoundingClientRect();
		const a = c.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [Date.UTC(2025, 2, 2), 0]);
		const b = c.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [Date.UTC(2025, 2, 6), 1]);
		return [r.left + a[0], r.left + b[0], r.top + (a[1] + b[1]) / 2];
	})()`)
	p.drag(lane[0], lane[1], lane[2])
	p.WaitFor(`window.chronograph.state.range !== null`, 5*time.Second)
	p.WaitFor(`window.chronograph.shownNodes().length === 4`, 5*time.Second)
	if got, want := p.shownNames(), []string{"Elena Varga", "Lisbon", "Northwind Council", "Tomas Reiter"}; !slices.Equal(got, want) {
		t.Errorf("network after brushing shows %q, want %q", got, want)
	}
	if got := eval[int](p, `document.querySelectorAll('#events-table tbody tr').length`); got != 2 {
		t.Errorf("events table after brushing has %d rows, want 2", got)
	}
	p.screenshot("report-brushed.png")

	// Clearing the range restores everything.
	p.Do(chromedp.Click(chromedp.CSS("#range button")))
	p.WaitFor(`window.chronograph.state.range === null && window.chronograph.shownNodes().length === 6`, 5*time.Second)

	// Filters: hiding locations, then searching.
	p.Do(chromedp.Click(chromedp.CSS("#type-filters label:nth-child(3) input")))
	p.WaitFor(`window.chronograph.shownNodes().length === 4`, 5*time.Second)
	p.Do(chromedp.Click(chromedp.CSS("#type-filters label:nth-child(3) input")))
	p.Do(chromedp.SendKeys(chromedp.ID("net-search"), "北風"))
	p.WaitFor(`window.chronograph.shownNodes().length === 3`, 5*time.Second) // the council and its two neighbours
	// An edge lists the sentences naming both ends.
	p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.selectEdge(0, 4)`))
	if got := eval[string](p, `document.querySelector('#evidence-body .sub').textContent`); !strings.Contains(got, "1 dated") || !strings.Contains(got, "1 undated") {
		t.Errorf("edge evidence summary %q", got)
	}
	p.setControl("net-search", "", "input")
	p.WaitFor(`window.chronograph.shownNodes().length === 6`, 5*time.Second)

	// Clicking the heaviest link lists the sentences naming both ends. The
	// force layout can still drift on a loaded machine, and the layout may
	// put a node or another link over any one point of the link, so each
	// try aims afresh at another point along it.
	edge := eval[string](p, `(() => { const l = window.chronograph.network.getOption().series[0].links[0], e = window.chronograph.data.ents; return e[l.a].name + ' — ' + e[l.b].name; })()`)
	header := fmt.Sprintf(`(document.querySelector('#evidence-body h3') || {}).textContent === %q`, edge)
	along := []float64{0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.3}
	for try, at := range along {
		p.settleNetwork()
		xy := eval[[]float64](p, fmt.Sprintf(`(() => {
			const c = window.chronograph.network, t = %g;
			c.getDom().scrollIntoView({block: 'center'});
			const g = c.getModel().getSeriesByIndex(0).getGraph();
			const e = g.getEdgeByIndex(0), pts = e.getLayout();
			const [p1, p2] = pts, cp = pts[2] || [(p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2];
			const a = (1 - t) * (1 - t), b = 2 * t * (1 - t), d = t * t;
			const at = [a * p1[0] + b * cp[0] + d * p2[0], a * p1[1] + b * cp[1] + d * p2[1]];
			const px = c.convertToPixel({seriesIndex: 0}, at), r = c.getDom().getBoundingClientRect();
			return [r.left + px[0], r.top + px[1]];
		})()`, at))
		p.Do(chromedp.MouseClickXY(xy[0], xy[1]))
		if try == len(along)-1 {
			p.WaitFor(header, 5*time.Second)
			break
		}
		if p.Poll(header, 2*time.Second) {
			break
		}
	}

	// Communities on the toggle, another weighting, a minimum weight.
	p.setControl("color-by", "community", "change")
	p.WaitFor(`window.chronograph.network.getOption().legend[0].data[0] === 'community 1'`, 5*time.Second)
	p.setControl("weighting", "dice", "change")
	p.setControl("min-weight", "2", "input")
	p.WaitFor(`window.chronograph.shownLinks().length === 5`, 5*time.Second) // the five pairs named together twice or more
	p.screenshot("report-community.png")

	// The tables sort and search.
	p.Do(chromedp.SendKeys(chromedp.CSS("#events-table input"), "リスボン"))
	p.WaitFor(`document.querySelectorAll('#events-table tbody tr').length === 2`, 5*time.Second) // its sentence, and another from the same article
	p.Do(chromedp.Click(chromedp.CSS("#entities-table th:nth-child(1)")))
	if first := eval[string](p, `document.querySelector('#entities-table tbody tr td').textContent`); first != "Elena Varga" {
		t.Errorf("entities sorted by name start with %q", first)
	}
	if png := eval[string](p, `window.chronograph.timeline.getDataURL({type: 'png'}).slice(0, 22)`); png != "data:image/png;base64," {
		t.Errorf("timeline image export gives %q", png)
	}
	p.CheckClean()
}

func TestBrowserEmptyResult(t *testing.T) {
	p := openPage(t, renderBytes(t, &timeline.Result{}, Options{}))
	if got := eval[string](p, `document.getElementById('stats').textContent`); !strings.HasPrefix(got, "0 documents") {
		t.Errorf("stats %q", got)
	}
	p.CheckClean()
}

// setControl sets the value of a form control and fires the event a user's
// edit would.
func (p *browserPage) setControl(id, value, event string) {
	p.tb.Helper()
	p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.value = %q; e.dispatchEvent(new Event(%q)); })()`, id, value, event)))
}

// drag presses the mouse at x0, moves to x1 and releases, on the line y.
func (p *browserPage) drag(x0, x1, y float64) {
	p.tb.Helper()
	held := func(e *input.DispatchMouseEventParams) { e.Buttons = 1 }
	steps := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(chromedp.MouseMoved, x0, y)}
	steps = append(steps, chromedp.MouseEvent(chromedp.MousePressed, x0, y, chromedp.ButtonLeft, held, chromedp.ClickCount(1)))
	for i := 1; i <= 8; i++ {
		steps = append(steps, chromedp.MouseEvent(chromedp.MouseMoved, x0+(x1-x0)*float64(i)/8, y, chromedp.ButtonLeft, held))
	}
	steps = append(steps, chromedp.MouseEvent(chromedp.MouseReleased, x1, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	p.Do(steps...)
}

func TestBrowserDarkAndCharts(t *testing.T) {
	r := loadFixture(t, "small.json")
	p := openPage(t, renderBytes(t, r, Options{Theme: "dark", Weighting: "pmi"}))
	if n := p.paintedPixels("network"); n < 2000 {
		t.Errorf("dark network painted %d pixels", n)
	}
	p.settleNetwork()
	p.screenshot("report-dark.png")
	p.CheckClean()
	for _, chart := range []string{ChartTimeline, ChartNetwork} {
		var buf bytes.Buffer
		if err := Chart(&buf, r, chart, Options{Title: "Harbour talks"}); err != nil {
			t.Fatal(err)
		}
		q := openPage(t, buf.Bytes())
		if n := q.paintedPixels(chart); n < 2000 {
			t.Errorf("%s alone painted %d pixels", chart, n)
		}
		q.screenshot("chart-" + chart + ".png")
		q.CheckClean()
	}
}

// hostile is a Result whose every string tries to break out of its context.
func hostile() *timeline.Result {
	const script = `</script><script>window.__pwned=1</script>`
	r := &timeline.Result{
		Documents: []timeline.Document{{
			ID: "d1", Source: `"><img src=x onerror="window.__pwned=2">`, Title: `" onload="window.__pwned=3" x="`,
			URL: "javascript:window.__pwned=4", Lang: "en", Published: "2025-01-02",
		}, {
			ID: "d2", Source: "b.txt", Title: "<b>bold</b>", URL: "https://example.org/?a=<script>", Lang: "en", Published: "2025-01-03",
		}},
		Entities: []timeline.Entity{
			{ID: "E1", Name: script, Type: "PERSON", Aliases: []string{script, "<img src=x onerror=window.__pwned=5>"}, Langs: []string{"en"}, Mentions: 9, Documents: 2},
			{ID: "E2", Name: "Ada\u2028Lovelace<!--", Type: `ORG"><svg onload=window.__pwned=6>`, Aliases: []string{"Ada"}, Langs: []string{"en"}, Mentions: 3, Documents: 1},
		},
	}
	text := script + " met Ada\u2028Lovelace<!-- on January 2, 2025 at javascript:alert(1)."
	r.Events = []timeline.Event{{
		ID: "ev1", Date: "2025-01-02", Granularity: "day", DateText: "January 2, 2025", Text: text, Lang: "en",
		Entities: []string{"E1", "E2"}, Sources: []timeline.Source{{Doc: "d1", Start: 0, End: len(text)}, {Doc: "d2", Start: 0, End: len(text)}},
	}, {
		ID: "ev2", Date: `2025-01"><script>`, Granularity: "<i>", Text: "</textarea><style>*{display:none}</style>", Lang: "<x>",
		Entities: []string{"E1"}, Sources: []timeline.Source{{Doc: "d2", Start: 0, End: 10}},
	}}
	r.Mentions = []timeline.Mention{{Doc: "d1", Start: 0, End: len(script), Text: script, Type: "PERSON", Entity: "E1"}}
	r.Edges = []timeline.Edge{{Source: "E1", Target: "E2", Weight: 2, Evidence: []timeline.Source{{Doc: "d1", Start: 0, End: len(text)}, {Doc: "d2", Start: 5, End: 9, Text: "<script>window.__pwned=7</script>"}}}}
	return r
}

func TestBrowserHostileInput(t *testing.T) {
	r := hostile()
	p := openPage(t, renderBytes(t, r, Options{Title: `</title><script>window.__pwned=8</script>`, Subtitle: "\u2028<b>x</b>"}))
	// Show every string: the evidence of the entity and of the edge, the
	// tables, and the tooltips of both charts.
	p.Do(chromedp.Click(chromedp.CSS("#entities-table button.ent")))
	p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length === 2`, 5*time.Second)
	if got := eval[string](p, `document.querySelector('#evidence-body h3').textContent`); got != r.Entities[0].Name {
		t.Errorf("entity name shown as %q", got)
	}
	p.Do(chromedp.Evaluate[chromedp.Void](`window.chronograph.selectEdge(0, 1)`))
	p.Do(chromedp.Evaluate[chromedp.Void](`(() => {
		const t = window.chronograph.timeline, n = window.chronograph.network;
		t.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});
		n.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});
	})()`))
	time.Sleep(300 * time.Millisecond)
	if got := eval[string](p, `document.title`); got != `</title><script>window.__pwned=8</script>` {
		t.Errorf("title = %q", got)
	}
	if pwned := eval[bool](p, `window.__pwned !== undefined`); pwned {
		t.Errorf("injected script ran: __pwned = %v", eval[int](p, `window.__pwned`))
	}
	if n := eval[int](p, `document.querySelectorAll('img, svg, iframe, b, i, textarea').length`); n != 0 {
		t.Errorf("%d elements injected from the input", n)
	}
	if links := eval[[]string](p, `[...document.querySelectorAll('a[href]')].map(a => a.href)`); slices.ContainsFunc(links, func(h string) bool { return !strings.HasPrefix(h, "https://") }) {
		t.Errorf("unsafe links: %q", links)
	}
	// The page reads back every string exactly as given.
	if names := eval[[]string](p, `window.chronograph.data.ents.map(e => e.name)`); !slices.Equal(names, []string{r.Entities[0].Name, r.Entities[1].Name}) {
		t.Errorf("names read by the page %q", names)
	}
	if text := eval[string](p, `window.chronograph.data.events[0].text`); text != r.Events[0].Text {
		t.Errorf("event text read by the page %q", text)
	}
	p.screenshot("hostile.png")
	p.CheckClean()
}

// BenchmarkBrowserLargeReport measures, on a synthetic corpus of 10,000
// events and 2,000 entities, how long the report takes to become
// interactive in headless Chromium (navigation start to the end of the
// page's set-up) and to answer a click on a node with its evidence: as the
// test sees it (click sent to evidence found, polling), as the page measures
// it (the click event to the frame that shows the evidence), and until the
// other views (network, tables) have followed.
//
//	go test ./render -run '^$' -bench BrowserLargeReport -benchtime 3x
func BenchmarkBrowserLargeReport(b *testing.B) {
	page := renderBytes(b, Synthetic(10000, 2000, 1), Options{})
	var ready, click, painted, idle float64
	for b.Loop() {
		p := openPage(b, page)
		ready += eval[float64](p, `window.chronograph.ready`)
		p.settleNetwork()
		x, y := p.nodeXY(0)
		start := time.Now()
		p.Do(chromedp.MouseClickXY(x, y))
		p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length > 0`, 30*time.Second)
		click += float64(time.Since(start).Microseconds()) / 1000
		p.WaitFor(`window.chronograph.idle() && window.chronograph.timings.clickToPaint > 0`, 30*time.Second)
		idle += float64(time.Since(start).Microseconds()) / 1000
		painted += eval[float64](p, `window.chronograph.timings.clickToPaint`)
		b.Logf("timings (ms): %s", eval[string](p, `JSON.stringify(window.chronograph.timings, (k, v) => typeof v === 'number' ? Math.round(v) : v)`))
		if screenshotDir != "" {
			p.screenshot("large.png")
		}
		p.CheckClean()
	}
	b.ReportMetric(float64(len(page))/1e6, "MB-page")
	b.ReportMetric(ready/float64(b.N), "ms-to-interactive")
	b.ReportMetric(click/float64(b.N), "ms-click-to-evidence")
	b.ReportMetric(painted/float64(b.N), "ms-click-to-painted-evidence")
	b.ReportMetric(idle/float64(b.N), "ms-click-to-idle")
}

// TestBrowserFile opens the report named by $CHRONOGRAPH_REPORT (one that
// chronograph wrote), checks that it loads cleanly and that both charts drew,
// clicks the most mentioned node and screenshots the page into
// $CHRONOGRAPH_SCREENSHOTS. It is how the README's picture is taken:
//
//	chronograph report testdata/corpus -o /tmp/r.html
//	CHRONOGRAPH_REPORT=/tmp/r.html CHRONOGRAPH_SCREENSHOTS=/tmp go test ./render -run BrowserFile
func TestBrowserFile(t *testing.T) {
	file := os.Getenv("CHRONOGRAPH_REPORT")
	if file == "" {
		t.Skip("CHRONOGRAPH_REPORT not set")
	}
	page, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p := openPage(t, page)
	t.Logf("interactive after %.0f ms", eval[float64](p, `window.chronograph.ready`))
	for _, id := range []string{"timeline", "network"} {
		if n := p.paintedPixels(id); n < 2000 {
			t.Errorf("%s chart painted %d pixels: blank", id, n)
		}
	}
	p.settleNetwork()
	labels, overlaps := p.labelStats()
	t.Logf("network at the default view: %d labels drawn, %d overlapping pairs", labels, overlaps)
	// How much of the drawn network the five biggest hubs take, for each
	// weighting: the share of links that touch one of them, and of the
	// links' drawn width.
	for _, w := range []string{"count", "dice", "pmi"} {
		p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.chronograph.apply({weighting: %q})`, w)))
		p.WaitFor(`window.chronograph.idle()`, 10*time.Second)
		share := eval[[]float64](p, `(() => {
			const o = window.chronograph.network.getOption().series[0], nodes = o.data;
			const hubs = new Set(nodes.slice().sort((a, b) => b.value - a.value).slice(0, 5).map(n => n.ent));
			let n = 0, w = 0, all = 0;
			for (const l of o.links) { const h = hubs.has(l.a) || hubs.has(l.b); if (h) { n++; w += l.lineStyle.width; } all += l.lineStyle.width; }
			return [n / Math.max(o.links.length, 1), w / Math.max(all, 1)];
		})()`)
		t.Logf("weighting %s: links touching the 5 biggest hubs %.0f%%, of the drawn link width %.0f%%", w, 100*share[0], 100*share[1])
	}
	p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.chronograph.apply({weighting: %q})`, eval[string](p, `window.chronograph.data.settings.weighting`))))
	p.settleNetwork()
	p.screenshot(strings.TrimSuffix(filepath.Base(file), ".html") + ".png")
	p.settleNetwork()
	if screenshotDir != "" {
		png, err := chromedp.Run(p.ctx, chromedp.Screenshot(chromedp.CSS("#network-section")))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(screenshotDir, strings.TrimSuffix(filepath.Base(file), ".html")+"-network.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := strings.TrimSuffix(filepath.Base(file), ".html")
	// The busiest month of day-dated events: its lanes must all hold events.
	month := eval[string](p, `(() => {
		const n = {};
		for (const ev of window.chronograph.data.events) if (ev.t1 - ev.t0 === 86400000) { const m = ev.date.slice(0, 7); n[m] = (n[m] || 0) + 1; }
		return Object.keys(n).sort((a, b) => n[b] - n[a] || (a < b ? -1 : 1))[0] || '';
	})()`)
	if month != "" {
		from, _ := time.Parse("2006-01", month)
		p.zoom(from.Format("2006-01-02"), from.AddDate(0, 1, 0).Format("2006-01-02"))
		empty := eval[[]string](p, `(() => {
			const c = window.chronograph, r = c.state.range, names = c.lanes(), items = c.laneItems();
			return names.filter((n, l) => n !== null && !items.some(it => it.lane === l && it.t0 < r[1] && it.t1 > r[0]));
		})()`)
		t.Logf("zoomed on %s: lanes %q; lanes without events in the window: %d", month, eval[[]string](p, `window.chronograph.lanes()`), len(empty))
		if len(empty) > 0 {
			t.Errorf("lanes without events in %s: %q", month, empty)
		}
		p.settleNetwork()
		labels, overlaps = p.labelStats()
		t.Logf("network zoomed on %s: %d labels drawn, %d overlapping pairs", month, labels, overlaps)
		p.Do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
		p.viewportShot(base + "-zoomed.png")
	}
	x, y := p.nodeXY(0)
	p.Do(chromedp.MouseClickXY(x, y))
	p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length > 0`, 5*time.Second)
	p.settleNetwork()
	p.Do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	p.screenshot(strings.TrimSuffix(filepath.Base(file), ".html") + "-selected.png")
	p.viewportShot(base + "-top.png")
	p.CheckClean()
}

// TestBrowserAxisLabels zooms the timeline onto windows around a new year
// and checks that no day label is drawn so close before the next month's or
// year's label that the two read as one date ("29 Dec 2025").
func TestBrowserAxisLabels(t *testing.T) {
	p := openPage(t, renderBytes(t, Synthetic(400, 60, 1), Options{}))
	for _, window := range [][2]string{{"2024-11-20", "2025-02-20"}, {"2024-12-01", "2025-01-15"}, {"2024-10-01", "2025-04-01"}} {
		p.Do(chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
			`window.chronograph.timeline.dispatchAction({type: 'dataZoom', startValue: Date.parse(%q), endValue: Date.parse(%q)})`, window[0], window[1])))
		close := eval[[]string](p, `(() => {
			const c = window.chronograph.timeline, axis = c.getModel().getComponent('xAxis', 0).axis;
			const bad = [];
			for (const l of axis.getViewLabels()) {
				const d = new Date(l.tickValue);
				if (!l.formattedLabel || d.getUTCDate() === 1) continue;
				const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
				const gap = c.convertToPixel({xAxisIndex: 0}, next) - c.convertToPixel({xAxisIndex: 0}, l.tickValue);
				if (gap < 50) bad.push(l.formattedLabel + ' ' + Math.round(gap) + 'px before ' + new Date(next).toISOString().slice(0, 10));
			}
			return bad;
		})()`)
		if len(close) > 0 {
			t.Errorf("window %v: day labels crowd the next month's: %v", window, close)
		}
	}
	p.CheckClean()
}

// TestBrowserBidiIsolated: a bidi override (U+202E) in a sentence or a name
// reverses only that text: every element showing text from the inputs is
// a bidi isolate, and a sentence holds no bare text outside one.
func TestBrowserBidiIsolated(t *testing.T) {
	r := hostile()
	r.Events[0].Text = "\u202Eevil\u202C " + r.Events[0].Text
	r.Entities[1].Name = "\u202EAda"
	p := openPage(t, renderBytes(t, r, Options{Title: "\u202Etitle"}))
	p.Do(chromedp.Click(chromedp.CSS("#entities-table button.ent")))
	p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length === 2`, 5*time.Second)
	notIsolated := eval[[]string](p, `[...document.querySelectorAll(
		'header h1, #evidence-body h3, #evidence-body .sentence, #evidence-body .sentence > *, #evidence-body .sources > *, #entities-table td, #events-table td')]
		.filter(e => getComputedStyle(e).unicodeBidi !== 'isolate').map(e => e.tagName + '.' + e.className + ': ' + e.textContent)`)
	if len(notIsolated) > 0 {
		t.Errorf("input text not isolated: %q", notIsolated)
	}
	if bare := eval[int](p, `[...document.querySelectorAll('#evidence-body .sentence')].flatMap(s => [...s.childNodes]).filter(n => n.nodeType !== 1).length`); bare != 0 {
		t.Errorf("%d bare text nodes in sentences", bare)
	}
	p.CheckClean()
}

// TestBrowserEventReports: an event told by several reports says how many,
// and the evidence panel lists them grouped by language, each with its
// outlet; its timeline mark carries the report count.
func TestBrowserEventReports(t *testing.T) {
	r := &timeline.Result{
		Documents: []timeline.Document{
			{ID: "d1", Source: "wire.jsonl#1", Title: "Wire: Toretsk taken", URL: "https://example.org/wire", Lang: "en", Published: "2025-02-07"},
			{ID: "d2", Source: "posts.txt#3", Title: "NHK", Lang: "ja", Published: "2025-02-08"},
			{ID: "d3", Source: "posts.txt#9", Title: "Kyodo", Lang: "ja", Published: "2025-02-08"},
		},
		Entities: []timeline.Entity{
			{ID: "l/toretsk", Name: "Toretsk", Type: "LOCATION", Aliases: []string{"Toretsk", "トレツク"}, Langs: []string{"en", "ja"}, Mentions: 3, Documents: 3},
		},
		Events: []timeline.Event{{
			ID: "ev-1", Date: "2025-02-07", Granularity: "day", DateText: "Friday", Lang: "en",
			Text: "Russia said on Friday it had captured Toretsk.", Entities: []string{"l/toretsk"},
			Sources: []timeline.Source{
				{Doc: "d1", Start: 0, End: 46, Text: "Russia said on Friday it had captured Toretsk.", Lang: "en"},
				{Doc: "d2", Start: 0, End: 30, Text: "ロシア国防省は7日、トレツクを制圧したと発表した。", Lang: "ja"},
				{Doc: "d3", Start: 0, End: 30, Text: "ロシア国防省は7日、トレツクを掌握したと発表しました。", Lang: "ja"},
			},
			Reports: 3, Languages: []string{"en", "ja"}, FirstReported: "2025-02-07",
		}},
	}
	p := openPage(t, renderBytes(t, r, Options{Title: "reports"}))
	p.Do(chromedp.Click(chromedp.CSS("#entities-table button.ent")))
	p.WaitFor(`document.querySelectorAll('#evidence-body li.evidence-item').length === 1`, 5*time.Second)
	got := eval[[]string](p, `[
		document.querySelector('#evidence-body .meta .reports').textContent,
		...[...document.querySelectorAll('#evidence-body .reports-lang')].map(g =>
			g.querySelector('.lang').textContent + ': ' + [...g.querySelectorAll('li')].map(li => li.textContent).join(' | '))]`)
	want := []string{"3 reports",
		"en · 1: Wire: Toretsk taken",
		"ja · 2: NHKロシア国防省は7日、トレツクを制圧したと発表した。 | Kyodoロシア国防省は7日、トレツクを掌握したと発表しました。"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("evidence panel:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := eval[int](p, `window.chronograph.timeline.getOption().series.find(s => s.id === 'lanes').data[0].value[3]`); n != 3 {
		t.Errorf("timeline mark counts %d reports, want 3", n)
	}
	if lang := eval[string](p, `[...document.querySelectorAll('#events-table td')].pop().textContent`); lang != "en, ja (3 reports)" {
		t.Errorf("events table language cell %q, want the languages of all its reports and their count", lang)
	}
	p.screenshot("event-reports.png")
	p.CheckClean()
}

// TestBrowserUndatedNote: the page says how many documents have no date,
// names them and says how to date them.
func TestBrowserUndatedNote(t *testing.T) {
	r := &timeline.Result{Documents: []timeline.Document{
		{ID: "d1", Source: "dated.txt", Lang: "en", Published: "2025-01-02"},
		{ID: "d2", Source: "<b>undated</b>.md", Lang: "en"},
	}}
	p := openPage(t, renderBytes(t, r, Options{}))
	got := eval[string](p, `document.getElementById('omitted').textContent`)
	if !strings.Contains(got, "1 document without a publication date") || !strings.Contains(got, "(<b>undated</b>.md)") || !strings.Contains(got, "--dates FILE") {
		t.Errorf("notes %q: want the undated document named, and --date/--dates", got)
	}
}
