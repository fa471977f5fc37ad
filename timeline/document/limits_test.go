package document

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

func TestSplitLongText(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("Paragraph %d: the ferry service resumed after the storm and the port reopened.", i)
	}
	var paras, ja []string
	var kana []rune
	for i := range 12 {
		paras = append(paras, para(i))
	}
	for i := range 40 {
		ja = append(ja, fmt.Sprintf("第%d便のフェリーは嵐の後に運航を再開した。", i))
	}
	for i := range 1000 {
		kana = append(kana, rune('ぁ'+i%80))
	}
	tests := []struct {
		name, text string
		max        int64
		parts      int
		end        string // how every part but the last ends
	}{
		{"paragraphs", strings.Join(paras, "\n\n") + "\n", 200, 6, "\n\n"},
		{"one long line", strings.Join(paras, " "), 300, 4, " "},
		{"japanese without spaces", strings.Join(ja, ""), 500, 5, "。"},
		{"no break at all", string(kana), 100, 31, ""},
		{"fits", strings.Join(paras, "\n\n"), 1 << 20, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"long.txt": tt.text})
			docs, st := readAll(t, Options{MaxBytes: tt.max}, dir)
			var joined strings.Builder
			for i, d := range docs {
				if int64(len(d.Text)) > tt.max || !utf8.ValidString(d.Text) {
					t.Errorf("part %d: %d bytes > %d or invalid UTF-8", i, len(d.Text), tt.max)
				}
				if len(docs) > 1 && !strings.HasSuffix(d.Source, fmt.Sprintf("#part%d", i+1)) {
					t.Errorf("part %d named %q", i, d.Source)
				}
				if i < len(docs)-1 && !strings.HasSuffix(tt.text[joined.Len():joined.Len()+len(d.Text)], tt.end) {
					t.Errorf("part %d ends %q, want %q", i, d.Text[max(0, len(d.Text)-8):], tt.end)
				}
				joined.WriteString(d.Text)
			}
			if strings.Join(strings.Fields(joined.String()), "") != strings.Join(strings.Fields(tt.text), "") {
				t.Errorf("parts lost text: %d bytes of %d", joined.Len(), len(tt.text))
			}
			if tt.parts > 0 && (len(docs) != tt.parts || st[0].Parts != tt.parts) {
				t.Errorf("%d documents, status %+v; want %d parts", len(docs), st[0], tt.parts)
			}
			if tt.max > int64(len(tt.text)) && (len(docs) != 1 || st[0].Parts != 0) {
				t.Errorf("a text that fits was split: %+v", st[0])
			}
		})
	}
}

func TestLimitsOnUnsplittableInput(t *testing.T) {
	long := strings.Repeat("word ", 100<<10) // a 500 KB line, longer than the reader's buffer
	dir := writeFiles(t, map[string]string{
		"a.jsonl": `{"text":"short one"}` + "\n" + `{"text":"` + long + `"}` + "\n" + `{"text":"short two"}`,
		"b.html":  "<html><body><article><p>" + long + "</p></article></body></html>",
		"c.json":  `[{"text":"` + long + `"}]`,
	})
	docs, st := readAll(t, Options{MaxBytes: 100 << 10}, dir)
	if len(docs) != 2 || docs[1].Text != "short two" || st[0].Documents != 2 {
		t.Errorf("JSON lines around a long one: %d documents, status %+v", len(docs), st[0])
	}
	for i, want := range []string{"1 line larger than --max-doc-bytes 102400: 2", "too large: the HTML page", "too large: the JSON array"} {
		if !strings.Contains(st[i].Skipped, want) || !strings.Contains(st[i].Skipped, "max-doc-bytes") {
			t.Errorf("%s: skipped %q, want %q and what to do", st[i].Path, st[i].Skipped, want)
		}
	}
	// Without a limit the same long line is read whole.
	docs, _ = readAll(t, Options{}, filepath.Join(dir, "a.jsonl"))
	if len(docs) != 3 || len(docs[1].Text) != len(long) {
		t.Errorf("unlimited: %d documents", len(docs))
	}
}

func TestStandardInput(t *testing.T) {
	utf16 := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), `{"text":"`+jaText+`"}`)
	tests := []struct {
		name, input, want string
	}{
		{"json lines", `{"text":"` + enText + `"}`, enText},
		{"utf-16 json lines", utf16, jaText},
		{"html", "<!doctype html><html><body><article><p>" + enText + "</p></article></body></html>", enText},
		{"text", enText, enText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []Document
			st, err := Read([]string{"-"}, strings.NewReader(tt.input), Options{}, func(d Document) error {
				docs = append(docs, d)
				return nil
			})
			if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Text, tt.want) {
				t.Errorf("docs %+v status %+v err %v", docs, st, err)
			}
		})
	}
}

func TestEveryFileAccountedFor(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": enText, "b.bin": "x", ".hidden.txt": enText})
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "d.txt")); err != nil {
		t.Fatal(err)
	}
	_, st := readAll(t, Options{}, dir)
	got := map[string]FileStatus{}
	for _, s := range st {
		got[filepath.Base(s.Path)] = s
	}
	for name, want := range map[string]string{"a.txt": "", "b.bin": "unsupported", "c.txt": "", "d.txt": "broken symbolic link", "loop": "not followed"} {
		s, ok := got[name]
		if !ok || !strings.Contains(s.Skipped, want) || (want == "") != (s.Skipped == "") {
			t.Errorf("%s: status %+v (listed %v), want skipped %q", name, s, ok, want)
		}
	}
	if s := got["c.txt"]; s.Documents != 0 || s.Duplicates != 1 {
		t.Errorf("c.txt repeats a.txt: status %+v, want 1 duplicate", s)
	}
	if len(st) != 5 {
		t.Errorf("%d statuses, want 5 (hidden files passed over): %+v", len(st), st)
	}
}

func TestReadContextStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": enText, "b.txt": jaText})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := ReadContext(ctx, []string{dir}, nil, Options{}, func(Document) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("after cancel: %d documents, err %v", n, err)
	}
}

func TestStatusString(t *testing.T) {
	tests := []struct {
		st   FileStatus
		want string
	}{
		{FileStatus{Documents: 12, Skipped: "line 4: invalid JSON"}, "read, 12 documents; skipped line 4: invalid JSON"},
		{FileStatus{Skipped: "empty file"}, "skipped: empty file"},
		{FileStatus{Documents: 1, Encoding: "shift_jis", Repaired: 2}, "read, 1 document; decoded from shift_jis; 2 invalid byte sequences replaced by U+FFFD"},
		{FileStatus{Documents: 3, Parts: 3, Duplicates: 1}, "read, 3 documents; split into 3 parts (longer than --max-doc-bytes); 1 duplicate of earlier documents left out"},
	}
	for _, tt := range tests {
		if got := tt.st.String(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.st, got, tt.want)
		}
	}
}

func TestProjectNotesInWalkedFolders(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": enText, "README.md": "# About this folder\n\nWritten on 2 May 2025 by Ann Lee.\n", "LICENSE": "MIT\n", "readme-first.txt": enText + " Again."})
	_, st := readAll(t, Options{}, dir)
	got := map[string]string{}
	for _, s := range st {
		got[filepath.Base(s.Path)] = s.Skipped
	}
	for name, want := range map[string]string{"a.txt": "", "README.md": "name the file", "LICENSE": "name the file", "readme-first.txt": ""} {
		if r, ok := got[name]; !ok || !strings.Contains(r, want) || (want == "") != (r == "") {
			t.Errorf("%s: skipped %q (listed %v), want %q", name, r, ok, want)
		}
	}
	// Named explicitly, a README is read.
	docs, st := readAll(t, Options{}, filepath.Join(dir, "README.md"))
	if len(docs) != 1 || st[0].Skipped != "" {
		t.Errorf("README.md named as input: %d documents, status %+v", len(docs), st)
	}
}
