package document

import (
	"fmt"
	"strings"
	"testing"
)

// TestBadLinesOneStatus checks that a JSON-lines file with bad lines gets
// one status line naming them all, grouped by what is wrong, however many
// there are.
func TestBadLinesOneStatus(t *testing.T) {
	good := `{"text":"On February 7, 2025 Alice met Bob."}`
	lines := func(n int, bad map[int]string) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			if s, ok := bad[i]; ok {
				b.WriteString(s + "\n")
			} else {
				fmt.Fprintf(&b, `{"text":"record %d"}`+"\n", i)
			}
		}
		return b.String()
	}
	many := map[int]string{}
	for i := 2; i <= 5001; i++ {
		many[i] = "not json"
	}
	scattered := map[int]string{}
	for i := 2; i <= 60; i += 2 {
		scattered[i] = "{broken"
	}
	tests := []struct {
		name, content, want string
		docs                int
	}{
		{"three broken", lines(20, map[int]string{4: `{"text": broken`, 9: `{"text": broken`, 12: "oops"}),
			"3 lines that are not JSON objects: 4, 9, 12 (fix or remove them)", 17},
		{"one broken", lines(3, map[int]string{2: "{"}), "1 line that is not a JSON object: 2 (fix or remove it)", 2},
		{"kinds apart", lines(5, map[int]string{2: `[1, 2]`, 3: `{"title":"no text"}`, 4: `{"text": 5}`, 5: `{"text":"x","title":7}`}),
			`1 line that is not a JSON object: 2 (fix or remove it); 2 lines without a "text" string: 3-4 (give each record its text as a string in a "text" field); ` +
				`1 line with a "title", "date", "lang" … that is not a string: 5 (write those fields as strings)`, 1},
		{"thousands in a run", lines(5001, many), "5000 lines that are not JSON objects: 2-5001 (fix or remove them)", 1},
		{"thousands scattered capped", lines(61, scattered),
			"30 lines that are not JSON objects: 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 20 more (fix or remove them)", 31},
		{"blank lines are no records", good + "\n\n\n" + good + "x\n", "1 line that is not a JSON object: 4 (fix or remove it)", 1},
		{"an array in a .jsonl is read as one", `[{"text":"one"}, {"text":"two"}, 3]`, "1 record that is not a JSON object: 3 (fix or remove it)", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"a.jsonl": tt.content})
			docs, st := readAll(t, Options{}, dir)
			if len(st) != 1 || st[0].Skipped != tt.want || len(docs) != tt.docs {
				t.Errorf("got %d documents, skipped %q\nwant %d, %q", len(docs), st[0].Skipped, tt.docs, tt.want)
			}
			if strings.Contains(st[0].String(), "\n") {
				t.Errorf("status spans lines: %q", st[0].String())
			}
		})
	}
}

// TestEmptyFolderHasAStatus checks that a directory input with no files
// (or only hidden ones) is reported, not silently passed over.
func TestEmptyFolderHasAStatus(t *testing.T) {
	for _, files := range []map[string]string{{}, {".hidden.txt": "On February 7, 2025 Alice met Bob."}} {
		dir := writeFiles(t, files)
		docs, st := readAll(t, Options{}, dir)
		if len(docs) != 0 || len(st) != 1 || st[0].Path != dir || st[0].Skipped != emptyFolder {
			t.Errorf("files %v: %d documents, statuses %+v; want one status %q", files, len(docs), st, emptyFolder)
		}
	}
}
