package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/chronograph/chronograph/timeline"
)

// TestInputStatus checks that the JSON accounts for how each input file was
// read — its encoding, bytes repaired, parts and duplicates — and that a run
// without -q says so on stderr, one line naming the file, and a quiet one
// does not.
func TestInputStatus(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String("東京で岸田首相がバイデン大統領と会談した。\n")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("Alice Hartwig met Olaf Scholz in Berlin on March 3, 2025.\n")
	if err != nil {
		t.Fatal(err)
	}
	post := "Ministers met in Oslo on Monday to discuss the ceasefire plan.\n"
	var long strings.Builder
	for i := range 40 {
		fmt.Fprintf(&long, "Ministers met in Oslo on Monday to discuss point %d of the ceasefire plan.\n\n", i+1)
	}
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		file  string         // the input checked
		want  timeline.Input // its status, Path aside
		note  string         // what stderr says of it without -q; "" for nothing
	}{
		{
			name: "shift_jis", files: map[string]string{"sjis.txt": sjis}, file: "sjis.txt",
			want: timeline.Input{Documents: 1, Encoding: "shift_jis"},
			note: "sjis.txt: read, 1 document; decoded from shift_jis",
		},
		{
			name: "utf-16", files: map[string]string{"utf16.txt": utf16}, file: "utf16.txt",
			want: timeline.Input{Documents: 1, Encoding: "utf-16le"},
			note: "utf16.txt: read, 1 document; decoded from utf-16le",
		},
		{
			name: "invalid bytes", files: map[string]string{"bad.md": "Talks in Gen\xffeva and Ber\xfe\xfflin ended.\n"}, file: "bad.md",
			want: timeline.Input{Documents: 1, Repaired: 2},
			note: "bad.md: read, 1 document; 2 invalid byte sequences replaced by U+FFFD",
		},
		{
			name: "duplicate file", files: map[string]string{"a.txt": post, "b.txt": post}, file: "b.txt",
			want: timeline.Input{Documents: 0, Duplicates: 1},
			note: "b.txt: read, 0 documents; 1 duplicate of earlier documents left out",
		},
		{
			name: "split into parts", files: map[string]string{"long.txt": long.String()}, args: []string{"--max-doc-bytes", "1000"}, file: "long.txt",
			want: timeline.Input{Documents: 4, Parts: 4},
			note: "long.txt: read, 4 documents; split into 4 parts (longer than --max-doc-bytes)",
		},
		{
			name: "plain utf-8 is not noteworthy", files: map[string]string{"a.txt": post}, file: "a.txt",
			want: timeline.Input{Documents: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(dir, tt.file)
			code, out, stderr := runCLI(t, append(append([]string{"extract"}, tt.args...), dir)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var res timeline.Result
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			var got *timeline.Input
			for i := range res.Inputs {
				if res.Inputs[i].Path == path {
					got = &res.Inputs[i]
				}
			}
			want := tt.want
			want.Path = path
			if got == nil || *got != want {
				t.Errorf("input %+v, want %+v", got, want)
			}
			var notes []string
			for _, line := range strings.Split(stderr, "\n") {
				if strings.Contains(line, tt.file) && !strings.Contains(line, "no publication date") { // the undated note: see TestUndatedNote
					notes = append(notes, line)
				}
			}
			switch {
			case tt.note == "" && len(notes) > 0:
				t.Errorf("stderr says %q, want nothing of %s", notes, tt.file)
			case tt.note != "" && (len(notes) != 1 || notes[0] != "chronograph: "+filepath.Join(dir, tt.note)):
				t.Errorf("stderr says %q, want one line %q", notes, "chronograph: "+filepath.Join(dir, tt.note))
			}
			if _, _, stderr := runCLI(t, append(append([]string{"extract", "-q"}, tt.args...), dir)...); stderr != "" {
				t.Errorf("-q: stderr %q, want nothing", stderr)
			}
		})
	}
}

// TestInputStatusOmitted checks that a file read plainly carries no status
// fields in the JSON beyond its path and documents.
func TestInputStatusOmitted(t *testing.T) {
	b, err := json.Marshal(timeline.Input{Path: "a.txt", Documents: 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"path":"a.txt","documents":1}`; string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
}

// TestMaxDocBytesHelp checks that the help says what --max-doc-bytes does:
// it splits text files and skips what cannot be split.
func TestMaxDocBytesHelp(t *testing.T) {
	_, _, stderr := runCLI(t, "extract", "-h")
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "--max-doc-bytes") {
			if !strings.Contains(line, "split") || !strings.Contains(line, "skipped") {
				t.Errorf("help %q does not say that text is split and the rest skipped", line)
			}
			return
		}
	}
	t.Error("no --max-doc-bytes in the help")
}

// TestCancelledRead checks that a run whose context is done (an interrupt)
// stops reading and writes no output.
func TestCancelledRead(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, cmd := range []string{"extract", "report"} {
		t.Run(cmd, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			var stdout, stderr bytes.Buffer
			code := runContext(ctx, []string{cmd, "-q", "-o", out, "../../testdata/corpus"}, strings.NewReader(""), &stdout, &stderr)
			if code == 0 {
				t.Errorf("exit 0 after the interrupt")
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output written after the interrupt (%v)", err)
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr %q: the interrupt handler speaks for an interrupted run", stderr.String())
			}
		})
	}
}

// TestRunMessages checks the lines a user reads when nothing could be
// analysed: the input named once, in plain words.
func TestRunMessages(t *testing.T) {
	dir, empty := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("a,b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing input", []string{"extract", "does-not-exist.txt"},
			"chronograph extract: input does-not-exist.txt: no such file or directory\n"},
		{"empty folder", []string{"extract", empty},
			"chronograph: skipped " + empty + ": a folder with no files in it (hidden ones are passed over): put .txt, .md, .html, .jsonl or .json files in it, or name another folder\n" +
				"chronograph extract: no documents found in " + empty + "\n"},
		{"nothing readable", []string{"extract", dir},
			"chronograph: skipped " + filepath.Join(dir, "notes.csv") + ": unsupported type .csv: convert it to .txt, .md, .html, .jsonl or .json\n" +
				"chronograph extract: no documents found in " + dir + "\n"},
		{"nothing readable, quiet", []string{"extract", "-q", dir},
			"chronograph extract: no documents found in " + dir + " (1 input file skipped; run without -q to see why)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := runCLI(t, tt.args...); code != 1 || stderr != tt.want {
				t.Errorf("exit %d, stderr\n%s\nwant exit 1 and\n%s", code, stderr, tt.want)
			}
		})
	}
}
