package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// loadFixture reads a timeline.Result from testdata.
func loadFixture(t testing.TB, name string) *timeline.Result {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var r timeline.Result
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &r
}

func renderReport(t testing.TB, r *timeline.Result, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Report(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// pageData extracts and decodes the JSON block of a page.
func decodePage(t testing.TB, page string) *pageData {
	t.Helper()
	const open = `<script type="application/json" id="chronograph-data">`
	i := strings.Index(page, open)
	if i < 0 {
		t.Fatal("no data block")
	}
	rest := page[i+len(open):]
	j := strings.Index(rest, "</script>")
	var d pageData
	if err := json.Unmarshal([]byte(rest[:j]), &d); err != nil {
		t.Fatalf("data block: %v", err)
	}
	return &d
}

var scriptTag = regexp.MustCompile(`(?i)<script\b[^>]*>`)

func TestReportIsSelfContained(t *testing.T) {
	page := renderReport(t, loadFixture(t, "small.json"), Options{Title: "Harbour talks"})
	if !strings.Contains(page, echartsJS) {
		t.Error("echarts is not inlined")
	}
	for _, tag := range scriptTag.FindAllString(page, -1) {
		if strings.Contains(strings.ToLower(tag), "src") {
			t.Errorf("script with a source: %s", tag)
		}
	}
	if n := len(scriptTag.FindAllString(page, -1)); n != 3 {
		t.Errorf("%d script elements, want 3 (data, echarts, report)", n)
	}
	outsideScripts := page[:strings.Index(page, "<script")]
	for _, banned := range []string{"http://", "https://", "go-echarts.github.io", "cdn", "<link rel=\"stylesheet"} {
		if strings.Contains(strings.ToLower(outsideScripts), banned) {
			t.Errorf("page head/body references %q", banned)
		}
	}
	if strings.Contains(page, "go-echarts-assets") {
		t.Error("go-echarts asset host left in the page")
	}
	if !strings.Contains(page, "default-src 'none'") {
		t.Error("no Content-Security-Policy")
	}
}

func TestReportContents(t *testing.T) {
	r := loadFixture(t, "small.json")
	d := decodePage(t, renderReport(t, r, Options{Lanes: 3}))
	if len(d.Ents) != len(r.Entities) || len(d.Events) != len(r.Events) || len(d.Docs) != len(r.Documents) {
		t.Fatalf("page holds %d entities, %d events, %d docs", len(d.Ents), len(d.Events), len(d.Docs))
	}
	// The Japanese event marks ヴァルガ, リスボン and 北風評議会 at their
	// UTF-16 offsets.
	for _, ev := range d.Events {
		if !strings.HasPrefix(ev.Text, "ヴァルガ市長") {
			continue
		}
		u := []rune(ev.Text) // all BMP: runes are UTF-16 units here
		var got []string
		for k := 0; k+2 < len(ev.Marks); k += 3 {
			got = append(got, string(u[ev.Marks[k]:ev.Marks[k+1]])+"="+d.Ents[ev.Marks[k+2]].Name)
		}
		if want := "ヴァルガ=Elena Varga,リスボン=Lisbon,北風評議会=Northwind Council"; strings.Join(got, ",") != want {
			t.Errorf("marks = %v, want %s", got, want)
		}
	}
	// Every entity with an edge is in a community.
	for _, e := range d.Edges {
		if d.Ents[e.A].Comm < 0 || d.Ents[e.B].Comm < 0 {
			t.Errorf("edge %d-%d without community", e.A, e.B)
		}
	}
	if d.Comms == 0 {
		t.Error("no communities")
	}
	// The undated evidence sentence travels with its text.
	found := false
	for _, e := range d.Edges {
		for _, ev := range e.Ev {
			if ev.Event < 0 && ev.Text == "Varga thanked the Northwind Council." {
				found = len(ev.Marks) == 6
			}
		}
	}
	if !found {
		t.Error("undated evidence sentence missing or unmarked")
	}
}

func TestDeterministic(t *testing.T) {
	r := loadFixture(t, "small.json")
	first := renderReport(t, r, Options{})
	for i := 0; i < 5; i++ {
		if renderReport(t, r, Options{}) != first {
			t.Fatal("two renderings of one result differ")
		}
	}
	big := Synthetic(500, 120, 7)
	a, b := renderReport(t, big, Options{}), renderReport(t, big, Options{})
	if a != b {
		t.Fatal("two renderings of a synthetic result differ")
	}
}

func TestOptionsRejected(t *testing.T) {
	r := loadFixture(t, "small.json")
	for _, o := range []Options{{Theme: "blue"}, {Weighting: "tfidf"}} {
		if err := Report(&bytes.Buffer{}, r, o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
	if err := Chart(&bytes.Buffer{}, r, "pie", Options{}); err == nil {
		t.Error("unknown chart accepted")
	}
}

func TestChartAlone(t *testing.T) {
	r := loadFixture(t, "small.json")
	full := len(renderReport(t, r, Options{}))
	for _, chart := range []string{ChartTimeline, ChartNetwork} {
		var buf bytes.Buffer
		if err := Chart(&buf, r, chart, Options{Title: "Embed", Theme: "dark"}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		d := decodePage(t, page)
		if d.Mode != chart || d.Docs != nil {
			t.Errorf("%s: mode %q, %d docs", chart, d.Mode, len(d.Docs))
		}
		if (chart == ChartTimeline) != (d.Charts.Timeline != nil) || (chart == ChartNetwork) != (d.Charts.Network != nil) {
			t.Errorf("%s: wrong charts in page", chart)
		}
		if strings.Contains(page, `id="events-table"`) || !strings.Contains(page, `id="`+chart+`"`) {
			t.Errorf("%s: page is not the chart alone", chart)
		}
		if !strings.Contains(page, echartsJS) || !strings.Contains(page, `class="dark"`) {
			t.Errorf("%s: echarts not inlined or theme lost", chart)
		}
		// Apart from echarts itself, the fragment is small.
		if extra := len(page) - len(echartsJS); extra > full-len(echartsJS) || extra > 110_000 { // the page script is about 65 kB
			t.Errorf("%s: %d bytes besides echarts", chart, extra)
		}
	}
}

// BenchmarkReport measures writing the report of a corpus of 10,000 events
// and 2,000 entities.
func BenchmarkReport(b *testing.B) {
	r := Synthetic(10000, 2000, 1)
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Report(&buf, r, Options{}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1e6, "MB-page")
}
