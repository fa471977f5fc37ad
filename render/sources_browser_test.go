package render

import (
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserSourcesToggle checks that an entity whose role is source (a
// news outlet the articles cite) has no timeline lane and no network node
// until the reader ticks "sources", and has both after.
func TestBrowserSourcesToggle(t *testing.T) {
	r := twoSeasons()
	r.Entities[1].Role = "source" // Vladimir Putin stands in for an outlet
	name := r.Entities[1].Name
	p := openPage(t, renderBytes(t, r, Options{}))
	p.WaitFor(`window.chronograph.idle()`, 5*time.Second)
	has := func() (lane, node bool) {
		lanes := eval[[]string](p, `window.chronograph.lanes().filter(n => n !== null)`)
		nodes := eval[[]string](p, `window.chronograph.shownNodes().map(i => window.chronograph.data.ents[i].name)`)
		return slices.Contains(lanes, name), slices.Contains(nodes, name)
	}
	if lane, node := has(); lane || node {
		t.Errorf("before the toggle: %s has a lane %v, a node %v; want neither", name, lane, node)
	}
	p.Do(chromedp.Click(chromedp.CSS("#show-sources")))
	p.WaitFor(`window.chronograph.state.sources === true && window.chronograph.idle()`, 5*time.Second)
	if lane, node := has(); !lane || !node {
		t.Errorf("after the toggle: %s has a lane %v, a node %v; want both", name, lane, node)
	}
}
