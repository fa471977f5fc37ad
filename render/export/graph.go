// Package export writes chronograph's co-occurrence graph and timeline in the
// formats other tools read: GraphML and GEXF (Gephi, Cytoscape, yEd),
// Cytoscape.js JSON, Graphviz DOT, CSV, JSON and TimelineJS. Each writer is a
// plain function over a timeline.Result that escapes every string from the
// input as its format requires, and writes the same bytes for the same input.
package export

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/timeline"
)

// A writer writes one format.
type writer struct {
	format string
	write  func(io.Writer, *timeline.Result) error
}

var (
	graphWriters    = []writer{{"graphml", GraphML}, {"gexf", GEXF}, {"json", CytoscapeJSON}, {"dot", DOT}}
	timelineWriters = []writer{{"csv", CSV}, {"json", EventsJSON}, {"timelinejs", TimelineJS}}

	// GraphFormats and TimelineFormats name the formats Graph and Timeline write.
	GraphFormats    = formats(graphWriters)
	TimelineFormats = formats(timelineWriters)
)

func formats(ws []writer) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.format
	}
	return out
}

// Func is the signature of Graph and Timeline.
type Func func(w io.Writer, r *timeline.Result, format string) error

// Graph writes the co-occurrence graph of r in the named format.
func Graph(w io.Writer, r *timeline.Result, format string) error {
	return dispatch(w, r, "graph", graphWriters, format)
}

// Timeline writes the events of r in the named format.
func Timeline(w io.Writer, r *timeline.Result, format string) error {
	return dispatch(w, r, "timeline", timelineWriters, format)
}

func dispatch(w io.Writer, r *timeline.Result, what string, ws []writer, format string) error {
	for _, x := range ws {
		if x.format == format {
			return x.write(w, r)
		}
	}
	return fmt.Errorf("export: unknown %s format %q (want %s)", what, format, strings.Join(formats(ws), ", "))
}

// edgesOf returns the edges of r whose ends are both entities of r: a pruned
// result may keep an edge to an entity it dropped, which graph tools reject.
func edgesOf(r *timeline.Result) []timeline.Edge {
	known := make(map[string]bool, len(r.Entities))
	for _, e := range r.Entities {
		known[e.ID] = true
	}
	var out []timeline.Edge
	for _, e := range r.Edges {
		if known[e.Source] && known[e.Target] {
			out = append(out, e)
		}
	}
	return out
}

// xmlText escapes s for XML character data and attribute values; characters
// XML 1.0 forbids (most control characters) become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// errWriter remembers the first write error, so that the writers can print
// freely and check once at the end.
type errWriter struct {
	w   *bufio.Writer
	err error
}

func newErrWriter(w io.Writer) *errWriter { return &errWriter{w: bufio.NewWriter(w)} }

func (e *errWriter) print(parts ...string) {
	for _, p := range parts {
		if e.err == nil {
			_, e.err = e.w.WriteString(p)
		}
	}
}

func (e *errWriter) flush(format string) error {
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err != nil {
		return fmt.Errorf("export: writing %s: %w", format, e.err)
	}
	return nil
}

// nodeAttrs are the entity attributes every graph format carries.
var nodeAttrs = []struct{ id, typ string }{
	{"label", "string"}, {"type", "string"}, {"mentions", "int"}, {"documents", "int"},
	{"aliases", "string"}, {"langs", "string"}, {"first_seen", "string"}, {"last_seen", "string"},
}

func nodeValues(e timeline.Entity) []string {
	return []string{
		e.Name, e.Type, strconv.Itoa(e.Mentions), strconv.Itoa(e.Documents),
		strings.Join(e.Aliases, "; "), strings.Join(e.Langs, " "), e.FirstSeen, e.LastSeen,
	}
}

// GraphML writes the graph as GraphML: an undirected graph whose nodes carry
// the entity attributes and whose edges carry their weight.
func GraphML(w io.Writer, r *timeline.Result) error {
	out := newErrWriter(w)
	out.print(xml.Header, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`, "\n")
	for _, a := range nodeAttrs {
		out.print(`  <key id="`, a.id, `" for="node" attr.name="`, a.id, `" attr.type="`, a.typ, `"/>`, "\n")
	}
	out.print(`  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>`, "\n")
	out.print(`  <graph id="chronograph" edgedefault="undirected">`, "\n")
	for _, e := range r.Entities {
		out.print(`    <node id="`, xmlText(e.ID), `">`)
		for i, v := range nodeValues(e) {
			if v != "" {
				out.print(`<data key="`, nodeAttrs[i].id, `">`, xmlText(v), `</data>`)
			}
		}
		out.print("</node>\n")
	}
	for i, e := range edgesOf(r) {
		out.print(`    <edge id="e`, strconv.Itoa(i), `" source="`, xmlText(e.Source), `" target="`, xmlText(e.Target), `"><data key="weight">`, strconv.Itoa(e.Weight), "</data></edge>\n")
	}
	out.print("  </graph>\n</graphml>\n")
	return out.flush("GraphML")
}

// GEXF writes the graph as GEXF 1.3, Gephi's own format.
func GEXF(w io.Writer, r *timeline.Result) error {
	out := newErrWriter(w)
	out.print(xml.Header, `<gexf xmlns="http://gexf.net/1.3" version="1.3">`, "\n")
	out.print(`  <meta><creator>chronograph</creator><description>Entities named in the same sentence</description></meta>`, "\n")
	out.print(`  <graph defaultedgetype="undirected" mode="static">`, "\n    <attributes class=\"node\">\n")
	gexfType := map[string]string{"string": "string", "int": "integer"}
	for i, a := range nodeAttrs[1:] { // the label is the node's own label
		out.print(`      <attribute id="`, strconv.Itoa(i), `" title="`, a.id, `" type="`, gexfType[a.typ], `"/>`, "\n")
	}
	out.print("    </attributes>\n    <nodes>\n")
	for _, e := range r.Entities {
		vals := nodeValues(e)
		out.print(`      <node id="`, xmlText(e.ID), `" label="`, xmlText(e.Name), `"><attvalues>`)
		for i, v := range vals[1:] {
			if v != "" {
				out.print(`<attvalue for="`, strconv.Itoa(i), `" value="`, xmlText(v), `"/>`)
			}
		}
		out.print("</attvalues></node>\n")
	}
	out.print("    </nodes>\n    <edges>\n")
	for i, e := range edgesOf(r) {
		out.print(`      <edge id="`, strconv.Itoa(i), `" source="`, xmlText(e.Source), `" target="`, xmlText(e.Target), `" weight="`, strconv.Itoa(e.Weight), `"/>`, "\n")
	}
	out.print("    </edges>\n  </graph>\n</gexf>\n")
	return out.flush("GEXF")
}

// CytoscapeJSON writes the graph in Cytoscape.js's elements format, which
// Cytoscape desktop also imports: {"elements": {"nodes": [{"data": …}],
// "edges": [{"data": …}]}}.
func CytoscapeJSON(w io.Writer, r *timeline.Result) error {
	type nodeData struct {
		ID        string   `json:"id"`
		Label     string   `json:"label"`
		Type      string   `json:"type"`
		Mentions  int      `json:"mentions"`
		Documents int      `json:"documents"`
		Aliases   []string `json:"aliases"`
		Langs     []string `json:"langs"`
		FirstSeen string   `json:"first_seen,omitempty"`
		LastSeen  string   `json:"last_seen,omitempty"`
	}
	type edgeData struct {
		ID     string `json:"id"`
		Source string `json:"source"`
		Target string `json:"target"`
		Weight int    `json:"weight"`
	}
	type node struct {
		Data nodeData `json:"data"`
	}
	type edge struct {
		Data edgeData `json:"data"`
	}
	var doc struct {
		Elements struct {
			Nodes []node `json:"nodes"`
			Edges []edge `json:"edges"`
		} `json:"elements"`
	}
	doc.Elements.Nodes = make([]node, 0, len(r.Entities))
	doc.Elements.Edges = []edge{}
	for _, e := range r.Entities {
		doc.Elements.Nodes = append(doc.Elements.Nodes, node{nodeData{
			ID: e.ID, Label: e.Name, Type: e.Type, Mentions: e.Mentions, Documents: e.Documents,
			Aliases: nonNil(e.Aliases), Langs: nonNil(e.Langs), FirstSeen: e.FirstSeen, LastSeen: e.LastSeen,
		}})
	}
	for i, e := range edgesOf(r) {
		doc.Elements.Edges = append(doc.Elements.Edges, edge{edgeData{ID: "e" + strconv.Itoa(i), Source: e.Source, Target: e.Target, Weight: e.Weight}})
	}
	return writeJSON(w, doc, "Cytoscape JSON")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeJSON writes v indented, with encoding/json's escaping of <, > and &,
// so that the file is also safe to paste into a web page.
func writeJSON(w io.Writer, v any, format string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("export: writing %s: %w", format, err)
	}
	return nil
}

// DOT writes the graph for Graphviz: node labels are the entity names, edge
// weights and pen widths follow the co-occurrence counts.
func DOT(w io.Writer, r *timeline.Result) error {
	out := newErrWriter(w)
	out.print("graph chronograph {\n  node [shape=ellipse];\n")
	for _, e := range r.Entities {
		out.print("  ", dotID(e.ID), " [label=", dotID(e.Name), " type=", dotID(e.Type), " mentions=", strconv.Itoa(e.Mentions), "];\n")
	}
	for _, e := range edgesOf(r) {
		width := 1 + min(e.Weight, 20)/4
		out.print("  ", dotID(e.Source), " -- ", dotID(e.Target), " [weight=", strconv.Itoa(e.Weight), " penwidth=", strconv.Itoa(width), "];\n")
	}
	out.print("}\n")
	return out.flush("DOT")
}

// dotID quotes s as a DOT string: backslashes and quotes escaped, line breaks
// as \n, and no other control characters, so that no input string can end
// the ID and inject statements.
func dotID(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
