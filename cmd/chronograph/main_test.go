package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// runCLI runs one command line in-process.
func runCLI(t testing.TB, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"no command", nil, 2, "Usage"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"help", []string{"-h"}, 0, "Commands:"},
		{"subcommand help", []string{"report", "-h"}, 0, "--date-order"},
		{"version", []string{"version"}, 0, ""},
		{"bad flag", []string{"extract", "--nope"}, 2, "unknown flag"},
		{"no input", []string{"extract"}, 2, "no input"},
		{"bad date", []string{"extract", "--date", "8/2/2025", "../../testdata/corpus"}, 2, "want YYYY-MM-DD"},
		{"bad theme", []string{"report", "--theme", "pink", "../../testdata/corpus"}, 2, "--theme"},
		{"missing file", []string{"extract", "does-not-exist.txt"}, 1, "does-not-exist.txt"},
		{"eval bad task", []string{"eval", "--task", "pos", "x.jsonl"}, 2, "--task"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.inStderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.inStderr)
			}
		})
	}
}

func TestExtractSampleCorpus(t *testing.T) {
	code, out, stderr := runCLI(t, "extract", "-q", "../../testdata/corpus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not the JSON result: %v", err)
	}
	if len(res.Inputs) == 0 || len(res.Documents) < len(res.Inputs) || len(res.Events) == 0 || len(res.Edges) == 0 {
		t.Errorf("thin result: %d inputs, %d documents, %d events, %d edges",
			len(res.Inputs), len(res.Documents), len(res.Events), len(res.Edges))
	}
	// Offsets index each document's text as read: check them against --with-text.
	code, out, _ = runCLI(t, "extract", "-q", "--with-text", "../../testdata/corpus")
	if code != 0 {
		t.Fatal("extract --with-text failed")
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, d := range res.Documents {
		text[d.ID] = d.Text
	}
	for _, m := range res.Mentions {
		if got := text[m.Doc][m.Start:m.End]; got != m.Text {
			t.Errorf("mention %q at %s[%d:%d] reads %q", m.Text, m.Doc, m.Start, m.End, got)
		}
	}
	for _, e := range res.Events {
		representative := false
		for _, s := range e.Sources {
			if got := text[s.Doc][s.Start:s.End]; got != s.Text {
				t.Errorf("event source %s[%d:%d] reads %q, want %q", s.Doc, s.Start, s.End, got, s.Text)
			}
			representative = representative || s.Text == e.Text
		}
		if !representative {
			t.Errorf("event %s: its text %q is none of its sources'", e.ID, e.Text)
		}
	}
}

func TestReportWritesAtomically(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "briefing.html")
	code, _, stderr := runCLI(t, "report", "-q", "../../testdata/corpus", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("echarts")) || bytes.Contains(page, []byte("cdn.jsdelivr")) {
		t.Errorf("report should inline echarts and load nothing from a CDN")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("output directory holds %d entries, want only the report (no temporary files)", len(entries))
	}
	// A directory that does not exist is an error, not a half-written file.
	code, _, stderr = runCLI(t, "report", "-q", "../../testdata/corpus", "-o", filepath.Join(dir, "no", "such", "dir.html"))
	if code != 1 || !strings.Contains(stderr, "dir.html") {
		t.Errorf("exit %d, stderr %q; want 1 naming the output", code, stderr)
	}
}

func TestStrict(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The envoy met Mark Rutte in Brussels on February 13, 2025."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.pdf"), []byte("%PDF-1.7"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "extract", dir)
	if code != 0 || !strings.Contains(stderr, "b.pdf") {
		t.Errorf("without --strict: exit %d, stderr %q; want 0 and a note on b.pdf", code, stderr)
	}
	code, _, stderr = runCLI(t, "extract", "--strict", dir)
	if code != 1 || !strings.Contains(stderr, "--strict") {
		t.Errorf("with --strict: exit %d, stderr %q; want 1", code, stderr)
	}
}

func TestAliasesFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tsv")
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(good, []byte("Keith Kellogg\tPERSON\tGeneral Kellogg\nRussia\tLOCATION\tRussian\ndrop\tKyiv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("# my aliases\nonly one field\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "extract", "-q", "--aliases", bad, "../../testdata/corpus")
	if code != 1 || !strings.Contains(stderr, "line 2") {
		t.Errorf("bad alias file: exit %d, stderr %q; want 1 naming line 2", code, stderr)
	}
	code, out, stderr := runCLI(t, "extract", "-q", "--aliases", good, "../../testdata/corpus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	russia := ""
	for _, e := range res.Entities {
		if e.Name == "Russia" {
			russia = e.ID
		}
	}
	demonyms := 0
	for _, m := range res.Mentions {
		if m.Text == "Kyiv" {
			t.Errorf("mention of Kyiv kept despite a drop line: %+v", m)
		}
		if m.Text == "Russian" {
			demonyms++
			if russia == "" || m.Entity != russia {
				t.Errorf("mention of Russian not linked to Russia (%q): %+v", russia, m)
			}
		}
	}
	if demonyms == 0 {
		t.Error(`no mention of "Russian", which the alias file lists for Russia`)
	}
}

func TestExports(t *testing.T) {
	tests := []struct {
		args   []string
		prefix string
	}{
		{[]string{"graph", "--format", "graphml"}, "<?xml"},
		{[]string{"graph", "--format", "dot"}, "graph chronograph {"},
		{[]string{"timeline", "--format", "csv"}, "id,date,"},
		{[]string{"timeline", "--format", "timelinejs"}, "{"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, stderr := runCLI(t, append(tt.args, "-q", "../../testdata/corpus")...)
			if code != 0 || !strings.HasPrefix(out, tt.prefix) {
				t.Errorf("exit %d, stderr %q, output starts %.40q; want %q", code, stderr, out, tt.prefix)
			}
		})
	}
}

// sharedCorpus finds ../shared/corpus, the real example inputs beside the
// repository (not in it: their text is not ours), walking up from here.
func sharedCorpus(t *testing.T) string {
	dir, _ := filepath.Abs(".")
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if p := filepath.Join(dir, "shared", "corpus"); isDir(p) {
			return p
		}
	}
	t.Skip("no shared/corpus beside the repository")
	return ""
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// TestSharedCorpusEvents: on the sample compilation, Russia's claim to have
// taken Toretsk (掌握 in one post, 制圧 in another) and Trump's saying on 7
// February that he would meet Zelensky are one event each, with both
// reports.
func TestSharedCorpusEvents(t *testing.T) {
	code, out, stderr := runCLI(t, "extract", "-q", sharedCorpus(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, date, a, b string }{
		{"Toretsk claim", "2025-02-07", "トレツクを制圧", "トレツクを掌握"},
		{"Trump-Zelensky meeting", "2025-02-07", "来週会談し", "おそらく来週、ゼレンスキー大統領と会談する"},
	} {
		found := false
		for _, ev := range res.Events {
			var a, b bool
			for _, s := range ev.Sources {
				a = a || strings.Contains(s.Text, c.a)
				b = b || strings.Contains(s.Text, c.b)
			}
			if ev.Date == c.date && (a || b) {
				if !a || !b || ev.Reports < 2 {
					t.Errorf("%s: event %s on %s holds %d reports, not both %q and %q", c.name, ev.ID, ev.Date, ev.Reports, c.a, c.b)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no event on %s", c.name, c.date)
		}
	}
}
