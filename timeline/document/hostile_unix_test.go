//go:build unix

package document

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// The hostile inputs of issue 22 that need a Unix file system: named pipes,
// file names that are not UTF-8, paths longer than the system allows.

// TestSymlinkToFIFOInFolder: a link, in a walked folder, to a named pipe is
// passed over like the pipe itself (it was opened and waited forever), and
// the pipe is described as a pipe, not as "a device or socket".
func TestSymlinkToFIFOInFolder(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	fifo := filepath.Join(outside, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "plain.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fifo, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	// A writer waits on the pipe, so that a reader that wrongly opens it
	// reads a document rather than hanging the test; it is released at the
	// end by opening the pipe's read end here.
	done := make(chan bool)
	go func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.WriteString("Alice met Bob in Paris.\n")
			f.Close()
		}
		close(done)
	}()
	defer func() {
		if f, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			<-done
			f.Close()
		}
	}()
	docs, st := readAll(t, Options{}, dir)
	if len(docs) != 0 {
		t.Errorf("read %d documents from the pipes", len(docs))
	}
	for _, s := range st {
		if s.Documents != 0 || !strings.Contains(s.Skipped, "named pipe (FIFO)") {
			t.Errorf("%s: %s; want it passed over as a named pipe", s.Path, s)
		}
	}
}

// TestUnsafeFileNames: names that are not UTF-8 stay distinct and lossless
// in statuses and document sources (both became U+FFFD), and control
// characters are escaped.
func TestUnsafeFileNames(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a\xff.txt", "a\xfe.txt", "a\uFFFD.txt", "title\x1b]0;pwned\x07.txt", `back\xff.txt`}
	for i, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(fmt.Sprintf("Alice met Bob in Paris, %d times.\n", i)), 0o644); err != nil {
			t.Skip("this file system refuses such names:", err)
		}
	}
	docs, st := readAll(t, Options{}, dir)
	seen := map[string]bool{}
	for _, s := range st {
		b, _ := json.Marshal(s.Path)
		var back string
		json.Unmarshal(b, &back)
		if back != s.Path || !utf8.ValidString(s.Path) || strings.ContainsAny(s.Path, "\x1b\x07") {
			t.Errorf("path %q does not survive JSON, or holds control characters", s.Path)
		}
		if seen[s.Path] {
			t.Errorf("two files have the path %q", s.Path)
		}
		seen[s.Path] = true
	}
	sources := map[string]bool{}
	for _, d := range docs {
		sources[d.Source] = true
	}
	if len(sources) != len(names) {
		t.Errorf("%d distinct sources for %d files: %v", len(sources), len(names), sources)
	}
	for _, want := range []string{`a\xff.txt`, `a\xfe.txt`, "a\uFFFD.txt", `title\x1b]0;pwned\x07.txt`, `back\\xff.txt`} {
		if !seen[filepath.Join(EscapePath(dir), want)] {
			t.Errorf("no file listed as %s; got %v", want, seen)
		}
	}
}

// TestReasonsForVanishedAndLongPaths: a file deleted after its folder was
// listed, and a path longer than the system allows, are reported as such,
// not as a matter of permissions.
func TestReasonsForVanishedAndLongPaths(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("Alice met Bob in Paris.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Nested folders whose whole path is longer than PATH_MAX, made one
	// level at a time relative to the one before.
	deep := filepath.Join(dir, "deep")
	if err := os.Mkdir(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	fd, err := syscall.Open(deep, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 250)
	for range 20 {
		if err := syscall.Mkdirat(fd, long, 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := syscall.Openat(fd, long, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
		syscall.Close(fd)
		if err != nil {
			t.Fatal(err)
		}
		fd = next
	}
	syscall.Close(fd)

	var st []FileStatus
	st, err = Read([]string{dir}, nil, Options{}, func(d Document) error {
		if strings.HasSuffix(d.Source, "a.txt") {
			return os.Remove(filepath.Join(dir, "b.txt"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var vanished, tooLong bool
	for _, s := range st {
		if strings.Contains(s.Skipped, "permissions") {
			t.Errorf("%s: %s; it is not a matter of permissions", s.Path, s.Skipped)
		}
		vanished = vanished || strings.HasSuffix(s.Path, "b.txt") && strings.Contains(s.Skipped, "deleted or moved")
		tooLong = tooLong || strings.Contains(s.Skipped, "shorten")
	}
	if !vanished || !tooLong {
		t.Errorf("want b.txt reported deleted and the deep folder too long: %+v", st)
	}
}

// TestUTF32WithBOM: UTF-32LE with its byte-order mark (FF FE 00 00) was
// taken for UTF-16LE (FF FE).
func TestUTF32WithBOM(t *testing.T) {
	dir := t.TempDir()
	text := "Alice met Bob in Paris. 東京\n"
	for _, tt := range []struct {
		name string
		le   bool
	}{{"le.txt", true}, {"be.txt", false}} {
		b := []byte{0xFF, 0xFE, 0, 0}
		if !tt.le {
			b = []byte{0, 0, 0xFE, 0xFF}
		}
		for _, r := range tt.name + text {
			if tt.le {
				b = append(b, byte(r), byte(r>>8), byte(r>>16), 0)
			} else {
				b = append(b, 0, byte(r>>16), byte(r>>8), byte(r))
			}
		}
		if err := os.WriteFile(filepath.Join(dir, tt.name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, st := readAll(t, Options{}, dir)
	if len(docs) != 2 {
		t.Fatalf("%d documents: %+v", len(docs), st)
	}
	for i, d := range docs {
		if want := st[i].Path[len(dir)+1:] + text; d.Text != want && d.Text != strings.TrimSpace(want) {
			t.Errorf("%s: text %q", st[i].Path, d.Text)
		}
		if !strings.HasPrefix(st[i].Encoding, "utf-32") {
			t.Errorf("%s: encoding %q", st[i].Path, st[i].Encoding)
		}
	}
}

// TestCROnlyLineEnds: a file with CR line ends (classic Mac) keeps its
// dateline and lines, as with LF and CRLF; offsets still index the file.
func TestCROnlyLineEnds(t *testing.T) {
	dir := t.TempDir()
	lines := []string{"Talks in Geneva", "March 3, 2025", "", "Alice met Bob in Paris on Monday.", "They spoke again."}
	parse := func(s string) (time.Time, bool) {
		if s == "March 3, 2025" {
			return date("2025-03-03"), true
		}
		return time.Time{}, false
	}
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		name := filepath.Join(dir, map[string]string{"\n": "lf.txt", "\r\n": "crlf.txt", "\r": "cr.txt"}[eol])
		src := strings.Join(lines, eol) + eol
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		docs, _ := readAll(t, Options{ParseDate: parse}, name)
		if len(docs) != 1 || docs[0].Published != date("2025-03-03") {
			t.Errorf("%q line ends: %+v; want dated 2025-03-03 by its dateline", eol, docs)
			continue
		}
		if len(docs[0].Text) != len(strings.TrimRight(src, "\r\n")) && len(docs[0].Text) != len(src) {
			t.Errorf("%q line ends: text of %d bytes from %d", eol, len(docs[0].Text), len(src))
		}
	}
}

// TestEarlierReportsNotRead: a report of an earlier version, without the
// generator tag but with its data block past the head, is passed over too,
// and Reads does not count it as an input.
func TestEarlierReportsNotRead(t *testing.T) {
	dir := t.TempDir()
	page := "<!DOCTYPE html><html><head><title>r</title><style>" + strings.Repeat("p{}", headSize) +
		"</style></head><body><main><p>Alice met Bob in Paris on Monday, the report says at length.</p></main>" +
		string(reportData) + `{"events":[]}</script></body></html>`
	p := filepath.Join(dir, "report.html")
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, st := readAll(t, Options{}, dir)
	if len(docs) != 0 || !st[0].PassedOver {
		t.Errorf("read as news: %+v", st)
	}
	info, _ := os.Stat(p)
	if in, ok := Reads([]string{dir}, info); ok {
		t.Errorf("Reads counts %s as an input", in)
	}
}
