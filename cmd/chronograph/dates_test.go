package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestUndatedNote: extract lists the documents without a date in its JSON
// and says on stderr how to date them; --dates dates them, and a line of it
// that names no document is reported.
func TestUndatedNote(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "2026-02-27-b.md")
	os.WriteFile(a, []byte("Ukraine and Russia met in Geneva on Wednesday."), 0o644)
	os.WriteFile(b, []byte("Ukraine and Russia met in Geneva on Wednesday."+" Again."), 0o644)
	code, out, stderr := runCLI(t, "extract", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Undated) != 1 || res.Undated[0] != a {
		t.Errorf("undated %q, want only %s (the other is dated by its file name)", res.Undated, a)
	}
	if !strings.Contains(stderr, "1 document has no publication date") || !strings.Contains(stderr, "--dates FILE") {
		t.Errorf("stderr %q: want the undated note with how to fix it", stderr)
	}
	table := filepath.Join(dir, "dates.tsv")
	os.WriteFile(table, []byte(a+"\t2026-03-04\nnone.txt\t2026-03-04\n"), 0o644)
	code, out, stderr = runCLI(t, "extract", "--dates", table, a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	res = timeline.Result{}
	json.Unmarshal([]byte(out), &res)
	var docA timeline.Document // documents are in source order: a.txt comes after 2026-…
	for _, d := range res.Documents {
		if d.ID == a {
			docA = d
		}
	}
	if len(res.Undated) != 0 || docA.Published != "2026-03-04" || docA.DateSource != "dates-file" {
		t.Errorf("with --dates: undated %q, documents %+v", res.Undated, res.Documents)
	}
	if !strings.Contains(stderr, "line 2: none.txt names no document") {
		t.Errorf("stderr %q: want the unused line of --dates named", stderr)
	}
	if code, _, stderr := runCLI(t, "extract", "--dates", filepath.Join(dir, "nope.tsv"), a); code == 0 || !strings.Contains(stderr, "--dates") {
		t.Errorf("a missing --dates file: exit %d, stderr %q", code, stderr)
	}
}
