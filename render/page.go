package render

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"sync"
)

// echarts 5.6.0 from the npm registry (Apache-2.0; licence and notice beside
// it in assets/), inlined into every page.
//
//go:embed assets/echarts.min.js
var echartsJS string

//go:embed assets/report.js
var reportJS string

//go:embed assets/report.css
var reportCSS string

const echartsNotice = "Charts drawn with Apache ECharts 5.6.0 (Apache License 2.0), inlined in this file."

// scriptHashes are the Content-Security-Policy hashes of the two scripts the
// page runs; computed once, as the scripts are embedded and immutable.
var scriptHashes = sync.OnceValue(func() string {
	h := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return h(echartsJS) + " " + h(reportJS)
})

// csp forbids every request (default-src 'none') and every script but the
// page's own two: even if some input escaped its JSON it could not run, nor
// load anything. Images are allowed from data: and blob: URLs, which the
// save-as-PNG buttons produce.
//
// A served page may also fetch from its own server's API (connect-src 'self').
func csp(served bool) string {
	connect := ""
	if served {
		connect = "; connect-src 'self'"
	}
	return "default-src 'none'; script-src " + scriptHashes() +
		"; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'" + connect
}

// writePage writes the HTML document for d.
func writePage(w io.Writer, d *pageData) error {
	payload, err := json.Marshal(d) // escapes <, >, &, U+2028 and U+2029
	if err != nil {
		return fmt.Errorf("render: encoding page data: %w", err)
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	esc := html.EscapeString
	p := func(parts ...string) {
		for _, s := range parts {
			bw.WriteString(s) // errors surface at Flush
		}
	}
	// The generator tag, in the first bytes, tells chronograph not to read
	// its own report as news when it is left in the folder of the inputs.
	p("<!DOCTYPE html>\n<html lang=\"en\"", classAttr(d.Theme), ">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"generator\" content=\"chronograph\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<meta http-equiv=\"Content-Security-Policy\" content=\"", csp(d.Served != nil), "\">\n",
		"<meta name=\"referrer\" content=\"no-referrer\">\n",
		"<link rel=\"icon\" href=\"data:,\">\n",
		"<title>", esc(d.Title), "</title>\n<style>\n", reportCSS, "</style>\n</head>\n")
	switch d.Mode {
	case "report":
		p("<body>\n<header>\n<h1>", esc(d.Title), "</h1>\n")
		if d.Subtitle != "" {
			p("<p class=\"sub\">", esc(d.Subtitle), "</p>\n")
		}
		p(reportBody)
	default:
		p("<body class=\"embed\">\n<main>\n<div class=\"bar\"><span class=\"spacer\"></span><button id=\"save-", d.Mode,
			"\" type=\"button\">Save as PNG</button></div>\n<div id=\"", d.Mode, "\" class=\"chart\"></div>\n</main>\n")
	}
	p("<script type=\"application/json\" id=\"chronograph-data\">")
	bw.Write(payload) // not string(payload): a copy of megabytes
	p("</script>\n", "<script>", echartsJS, "</script>\n",
		"<script>", reportJS, "</script>\n</body>\n</html>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("render: writing page: %w", err)
	}
	return nil
}

func classAttr(theme string) string {
	if theme == "dark" {
		return ` class="dark"`
	}
	return ""
}

// reportBody is the static skeleton of the report; the script fills it.
var reportBody = strings.TrimLeft(`
<p id="stats"></p>
<p id="omitted" class="note"></p>
</header>
<main>
<section id="timeline-section">
<div class="bar"><span id="range"></span><span class="spacer"></span><button id="save-timeline" type="button">Save as PNG</button></div>
<div id="timeline" class="chart"></div>
<p class="note" id="timeline-note"></p>
</section>
<section class="row">
<div id="network-section">
<div class="bar"><span id="network-info" class="note"></span><span class="spacer"></span><button id="save-network" type="button">Save as PNG</button></div>
<div class="controls">
<span id="type-filters"></span>
<label>min. weight <input type="number" id="min-weight" min="1" step="1"></label>
<label>nodes <input type="number" id="top-nodes" min="1" max="500" step="1"></label>
<label>weight <select id="weighting"><option value="count">count</option><option value="pmi">PMI</option><option value="dice">Dice</option></select></label>
<label>view <select id="net-view"><option value="entities">entities</option><option value="communities">communities</option></select></label>
<label title="news outlets the articles cite as their sources (according to Reuters, 読売新聞によると)"><input type="checkbox" id="show-sources"> sources</label>
<label>colour <select id="color-by"><option value="type">type</option><option value="community">community (Louvain)</option></select></label>
<input type="search" id="net-search" placeholder="Search entities…">
</div>
<div id="network" class="chart"></div>
</div>
<aside id="evidence">
<h2>Evidence</h2>
<div id="evidence-body"><p class="note">Click a node to list the sentences naming it, an edge for the sentences naming both, a timeline mark for its events.</p></div>
<h2>Corrections</h2>
<div id="corrections"></div>
</aside>
</section>
<section id="events-section">
<h2>Events</h2>
<div id="events-table"></div>
</section>
<section id="entities-section">
<h2>Entities</h2>
<div id="entities-table"></div>
</section>
</main>
<footer>Generated by chronograph. `+echartsNotice+` Everything in this file works offline.</footer>
`, "\n")
