package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzRead feeds arbitrary bytes to the readers, as each file type and as
// standard input, with and without a size limit, and checks that reading
// never fails or panics, that every document is valid UTF-8 with its skip
// spans and anchors inside its text, that a text file's parts keep the
// limit, and that a file which gave no document says why.
func FuzzRead(f *testing.F) {
	seeds := []string{
		"", "\x00", "\xFF\xFE<\x00p\x00>\x00", "\xFE\xFF\x00{", "\xEF\xBB\xBF{\"text\":\"x\"}",
		enText, jaText, "\x82\xa0\x82\xa2\x82\xa4\x93\xfa\x96\x7b", "\xa4\xa2\xa4\xa4\xc6\xfc\xcb\xdc",
		"{\"text\":\"a\u2028b\",\"url\":\"javascript:alert(1)\"}\n{bad\n{\"id\":[1],\"text\":\"\"}\n",
		"[{\"text\":\"one\"},{\"text\":2}]",
		"<html><head><meta charset=shift_jis><title>t</title></head><body><p>\x93\xfa\x96\x7b</p></body>",
		"<p>truncated <b>page <script>alert(1)</scr",
		"Snow fell.\n— Harbor Times (@harbortimes) March 2, 2025\nSnow fell.\n— Harbor Times (@harbortimes) March 2, 2025",
		"\n\n\n\n", "a\r\nb\rc", "\x1b$B$\"$$\x1b(B",
	}
	for i, s := range seeds {
		f.Add([]byte(s), uint8(i))
	}
	exts := []string{".txt", ".html", ".jsonl", ".json", ".md", "", "-"}
	parseDate := func(line string) (time.Time, bool) {
		if strings.Contains(line, "2025") {
			return date("2025-03-02"), true
		}
		return time.Time{}, false
	}
	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		ext := exts[int(mode)%len(exts)]
		opts := Options{ParseDate: parseDate}
		if mode&0x80 != 0 {
			opts.MaxBytes = int64(mode&0x7f) + 4
		}
		input := "-"
		if ext != "-" {
			input = filepath.Join(t.TempDir(), "in"+ext)
			if err := os.WriteFile(input, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var docs []Document
		st, err := Read([]string{input}, strings.NewReader(string(data)), opts, func(d Document) error {
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if len(st) != 1 || st[0].Documents != len(docs) {
			t.Fatalf("statuses %+v for %d documents", st, len(docs))
		}
		if len(docs) == 0 && st[0].Skipped == "" {
			t.Fatalf("no document and no reason: %+v", st[0])
		}
		for i, d := range docs {
			if !utf8.ValidString(d.Text) || d.Text == "" {
				t.Fatalf("document %d: empty or invalid UTF-8 %q", i, d.Text)
			}
			if (ext == ".txt" || ext == ".md") && opts.MaxBytes > 0 && int64(len(d.Text)) > max(opts.MaxBytes, utf8.UTFMax) {
				t.Fatalf("document %d: %d bytes > limit %d", i, len(d.Text), opts.MaxBytes)
			}
			for _, s := range d.Skip {
				if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
					t.Fatalf("document %d: skip %+v outside %d bytes", i, s, len(d.Text))
				}
			}
			for _, a := range d.Anchors {
				if a.Start < 0 || a.Start > len(d.Text) {
					t.Fatalf("document %d: anchor at %d outside %d bytes", i, a.Start, len(d.Text))
				}
			}
		}
	})
}
