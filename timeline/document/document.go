// Package document reads the inputs of chronograph — plain text, Markdown,
// HTML pages and JSON lines — into documents with a publication date.
//
// A file may hold several documents: each record of a JSON-lines file, and
// each post of a compilation of social-media posts (a post followed by a
// signature line such as "— NHK (@nhk_news) February 8, 2025"). Dates come
// from, in order: the document's metadata, a signature or dated heading inside
// it, the user's --date, else none — never the wall clock.
package document

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Document is one text to analyse.
type Document struct {
	ID     string // unique in a run: the JSON "id", else Source
	Source string // the file it came from, with "#N" for the Nth record or post
	Title  string
	URL    string
	Author string
	Lang   string // declared language, if any
	// Published is the document's date; zero when undated. DateSource says
	// where it came from: metadata, signature, heading, flag.
	Published  time.Time
	DateSource string
	// Text is the text exactly as read, decoded to UTF-8; every offset the
	// pipeline reports indexes into it.
	Text string
	// Skip lists byte ranges of Text that are not prose to analyse, such as a
	// post's signature line.
	Skip []Span
	// Anchors are dated headings inside Text: from each anchor's Start on,
	// relative dates resolve against its Date instead of Published.
	Anchors []Anchor
}

// Span is a half-open byte range of a document's text.
type Span struct{ Start, End int }

// Anchor dates the text that follows a heading that carries a date, as in a
// list of related posts each titled "…（2024年12月17日）".
type Anchor struct {
	Start int
	Date  time.Time
}

// DateAt returns the date that text at offset off resolves against and
// whether it came from an anchor rather than the document's own date.
func (d *Document) DateAt(off int) (time.Time, bool) {
	for i := len(d.Anchors) - 1; i >= 0; i-- {
		if d.Anchors[i].Start <= off {
			return d.Anchors[i].Date, true
		}
	}
	return d.Published, false
}

// Options configure reading.
type Options struct {
	// Date is the fallback publication date for documents that carry none
	// (the --date flag); zero for none.
	Date time.Time
	// MaxBytes is the largest file read; larger files are skipped with a
	// status. Zero means no limit.
	MaxBytes int64
	// ParseDate recognises a full date written in a dated heading or a
	// dateline ("（2024年12月17日）", "July 02, 2008"). Nil disables headings.
	ParseDate func(line string) (time.Time, bool)
}

// FileStatus accounts for one input file: how many documents it gave, or
// why it was skipped.
type FileStatus struct {
	Path      string `json:"path"`
	Documents int    `json:"documents"`
	Skipped   string `json:"skipped,omitempty"` // the reason, when nothing was read
}

// Read reads every input — files, directories (walked in lexical order) or
// "-" for standard input — and calls fn with each document in order. It
// returns the status of every file it looked at. A file that cannot be
// understood is skipped with a reason; an error from fn or from the file
// system stops the walk.
func Read(inputs []string, stdin io.Reader, opts Options, fn func(Document) error) ([]FileStatus, error) {
	var statuses []FileStatus
	seen := map[[32]byte]bool{} // texts already read: a repeated post counts once
	emit := func(st *FileStatus, docs []Document) error {
		for _, d := range docs {
			if opts.Date != (time.Time{}) && d.Published.IsZero() {
				d.Published, d.DateSource = opts.Date, "flag"
			}
			key := sha256.Sum256([]byte(d.Text))
			if seen[key] {
				continue
			}
			seen[key] = true
			st.Documents++
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}
	for _, in := range inputs {
		if in == "-" {
			data, err := io.ReadAll(stdin)
			if err != nil {
				return statuses, fmt.Errorf("reading standard input: %w", err)
			}
			st := FileStatus{Path: "-"}
			docs, reason := parse("-", "", data, opts)
			st.Skipped = reason
			if err := emit(&st, docs); err != nil {
				return statuses, err
			}
			statuses = append(statuses, st)
			continue
		}
		paths, err := expand(in)
		if err != nil {
			return statuses, err
		}
		for _, p := range paths {
			st := FileStatus{Path: p}
			docs, reason, err := readFile(p, opts)
			if err != nil {
				return statuses, err
			}
			st.Skipped = reason
			if err := emit(&st, docs); err != nil {
				return statuses, err
			}
			statuses = append(statuses, st)
		}
	}
	return statuses, nil
}

// expand turns an input path into the files it names, in lexical order.
// Hidden files and directories inside a walked directory are passed over.
func expand(in string) ([]string, error) {
	info, err := os.Stat(in)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", in, err)
	}
	if !info.IsDir() {
		return []string{in}, nil
	}
	var paths []string
	err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("walking %s: %w", in, err)
		}
		if p != in && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	return paths, err
}

// readFile reads one file. Unreadable content is a skip reason; only a
// failure of the file system is an error.
func readFile(path string, opts Options) ([]Document, string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if !supported[ext] {
		return nil, "unsupported type " + quoteExt(ext) + " (want .txt, .md, .html, .htm, .jsonl, .ndjson, .json)", nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %w", path, err)
	}
	if opts.MaxBytes > 0 && info.Size() > opts.MaxBytes {
		return nil, fmt.Sprintf("too large (%d bytes > --max-doc-bytes %d)", info.Size(), opts.MaxBytes), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %w", path, err)
	}
	docs, reason := parse(path, ext, data, opts)
	return docs, reason, nil
}

var supported = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".jsonl": true, ".ndjson": true, ".json": true, "": true}

func quoteExt(ext string) string {
	if ext == "" {
		return "(no extension)"
	}
	return ext
}

// parse turns the bytes of one input into documents, choosing the reader by
// extension, or by content for standard input and extension-less files.
func parse(path, ext string, data []byte, opts Options) ([]Document, string) {
	if len(data) == 0 {
		return nil, "empty"
	}
	if isBinary(data) {
		return nil, "binary content"
	}
	text := decode(data)
	if ext == "" {
		ext = sniff(text)
	}
	switch ext {
	case ".html", ".htm":
		d, err := readHTML(path, text)
		if err != nil {
			return nil, err.Error()
		}
		return splitText(d, opts), ""
	case ".jsonl", ".ndjson", ".json":
		docs, err := readJSONLines(path, text, opts)
		if err != nil {
			return docs, err.Error()
		}
		return docs, ""
	}
	if strings.TrimSpace(text) == "" {
		return nil, "empty"
	}
	return splitText(Document{ID: path, Source: path, Text: text}, opts), ""
}

// sniff guesses the format of extension-less input from its first bytes.
func sniff(text string) string {
	t := strings.TrimLeft(text, " \t\r\n")
	switch {
	case strings.HasPrefix(t, "{"):
		return ".jsonl"
	case strings.HasPrefix(t, "<"):
		return ".html"
	}
	return ".txt"
}

// isBinary reports whether data looks like a binary file: a NUL byte in its
// first few kilobytes, as git decides.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8000)]
	for _, b := range head {
		if b == 0 {
			return true
		}
	}
	return false
}

// decode returns data as UTF-8 text: a byte-order mark is dropped and invalid
// sequences become U+FFFD.
func decode(data []byte) string {
	s := strings.TrimPrefix(string(data), "\uFEFF")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}
