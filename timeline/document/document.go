// Package document reads the inputs of chronograph — plain text, Markdown,
// HTML pages and JSON lines — into documents with a publication date.
//
// Any input is accounted for: Read returns a FileStatus per file that says
// how many documents it gave and what was skipped and why — a binary file,
// an empty one, a JSON line that is not valid JSON (the lines around it are
// still read) — so that nothing a user fed in is lost silently.
//
// Text is decoded to UTF-8 from UTF-8 (with or without a byte-order mark),
// UTF-16 and UTF-32 with a byte-order mark, Shift_JIS, EUC-JP and ISO-2022-JP (told by
// an HTML page's meta charset or by byte statistics) and any charset an HTML
// page declares; invalid bytes become U+FFFD and are counted. Memory stays
// bounded by Options.MaxBytes: files are streamed, a longer text is split at
// paragraph breaks, a longer JSON line or HTML page is skipped.
//
// A file may hold several documents: each record of a JSON-lines file, and
// each post of a compilation of social-media posts (a post followed by a
// signature line such as "— NHK (@nhk_news) February 8, 2025"). Dates come
// from, in order: the user's --dates table for that document, the
// document's metadata, a Markdown front matter, a date line near the top of
// the text, a date in its URL or file name, a post's signature, the --dates
// table for its file, the user's --date, else none — never the wall clock.
// DateSource records which (DateMetadata …).
package document

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/transform"
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
	// where it came from: DateMetadata, DateFrontMatter, DateLine, DateURL,
	// DateFileName, DateSignature, DateFile or DateFlag.
	Published  time.Time
	DateSource string
	// Text is the text exactly as read, decoded to UTF-8; every offset the
	// pipeline reports indexes into it.
	Text string
	// Skip lists byte ranges of Text that are not prose to analyse, such as a
	// post's signature line.
	Skip []Span
	// Mask lists byte ranges of Text that are markup inside lines (template
	// shortcodes, HTML tags and comments): read as blanks, so that the prose
	// around them stays whole.
	Mask []Span
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
	// Dates is the user's table of dates by document or file (the --dates
	// flag); nil for none. Reading records which of its lines were used.
	Dates *Dates
	// MaxBytes bounds the text of one document and so the memory a reader
	// holds. A longer text file is split at paragraph boundaries into
	// documents of at most MaxBytes; a longer JSON line, HTML page or JSON
	// array, which cannot be split, is skipped with a status. Zero means no
	// limit.
	MaxBytes int64
	// ParseDate recognises a full date written in a dated heading or a
	// dateline ("（2024年12月17日）", "July 02, 2008"). Nil disables headings.
	ParseDate func(line string) (time.Time, bool)
	// Only, when not nil, limits reading to the documents it names, as
	// when reading them again: only they are passed to fn, a file that
	// holds none of them is not opened, and a JSON record that holds none
	// is passed over without being decoded. Statuses then describe only
	// what was read. Nil reads everything.
	Only Sources
	// Duplicate, when set, is called with each document left out because
	// its text was read before, so that the caller can know every source
	// of a text: which of them is read first depends on the order of the
	// inputs, and output should not.
	Duplicate func(Document)
}

// Sources is a set of documents to read, by Source (Options.Only): true for
// a document's source, false for a file or record that holds one.
type Sources map[string]bool

// NewSources is the set of the documents with the given sources. It holds,
// besides each source, every prefix of it that ends before a '#', so that it
// names the file ("a.jsonl") and the record ("a.jsonl#3") a post
// ("a.jsonl#3#2") is read from; a path with '#' in its name only makes
// more of it read.
func NewSources(sources []string) Sources {
	s := make(Sources, 2*len(sources))
	for _, src := range sources {
		for i := range len(src) {
			if _, ok := s[src[:i]]; src[i] == '#' && !ok {
				s[src[:i]] = false
			}
		}
		s[src] = true
	}
	return s
}

// skip reports whether the set leaves out the file or record source
// altogether: never for a nil set.
func (s Sources) skip(source string) bool {
	_, ok := s[source]
	return s != nil && !ok
}

// wants reports whether the document from source is to be read: always for
// a nil set.
func (s Sources) wants(source string) bool {
	return s == nil || s[source]
}

// FileStatus accounts for one input file: how many documents it gave, and
// what of it was not read and why.
type FileStatus struct {
	Path      string `json:"path"`
	Documents int    `json:"documents"`
	// Skipped says what was not read and what to do about it: the whole
	// file when Documents is 0 ("binary content …"), else the parts left
	// out ("line 4: invalid JSON …"). Empty when everything was read.
	Skipped string `json:"skipped,omitempty"`
	// Encoding is the encoding the file was decoded from, when not UTF-8.
	Encoding string `json:"encoding,omitempty"`
	// Repaired counts the invalid byte sequences replaced by U+FFFD. After
	// a decoder from another encoding it counts the U+FFFD in the decoded
	// text, a real one in a UTF-16 file included.
	Repaired int `json:"repaired,omitempty"`
	// Parts is the number of documents a text file longer than MaxBytes
	// was split into; 0 when it was not split.
	Parts int `json:"parts,omitempty"`
	// Duplicates counts documents left out because the same text had been
	// read before (a post embedded twice).
	Duplicates int `json:"duplicates,omitempty"`
	// PassedOver marks a file left out on purpose, as no news: a folder's
	// notes (README …) and chronograph's own outputs. It is still listed,
	// with the reason in Skipped, but it is no failure to read (--strict).
	PassedOver bool `json:"-"`
}

// String summarises the status on one line, as "read, 12 documents;
// skipped line 4: invalid JSON …".
func (s FileStatus) String() string {
	var b strings.Builder
	if s.Documents == 0 && s.Skipped != "" {
		b.WriteString("skipped: " + s.Skipped)
	} else {
		fmt.Fprintf(&b, "read, %d document%s", s.Documents, plural(s.Documents))
		if s.Skipped != "" {
			b.WriteString("; skipped " + s.Skipped)
		}
	}
	if s.Encoding != "" {
		b.WriteString("; decoded from " + s.Encoding)
	}
	if s.Repaired > 0 {
		fmt.Fprintf(&b, "; %d invalid byte sequence%s replaced by U+FFFD", s.Repaired, plural(s.Repaired))
	}
	if s.Parts > 0 {
		fmt.Fprintf(&b, "; split into %d parts (longer than --max-doc-bytes)", s.Parts)
	}
	if s.Duplicates > 0 {
		fmt.Fprintf(&b, "; %d duplicate%s of earlier documents left out", s.Duplicates, plural(s.Duplicates))
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Read reads every input — files, directories (walked in lexical order) or
// "-" for standard input — and calls fn with each document in order. It
// returns the status of every file it looked at. A file or part of a file
// that cannot be understood is skipped with a reason; an error from fn, a
// named input that does not exist, or a failure of the file system while
// reading stops the walk.
func Read(inputs []string, stdin io.Reader, opts Options, fn func(Document) error) ([]FileStatus, error) {
	return ReadContext(context.Background(), inputs, stdin, opts, fn)
}

// ReadContext is Read that stops, returning ctx.Err(), once ctx is done:
// between files, lines and parts of a file.
func ReadContext(ctx context.Context, inputs []string, stdin io.Reader, opts Options, fn func(Document) error) ([]FileStatus, error) {
	var statuses []FileStatus
	seen := map[[32]byte]bool{} // texts already read: a repeated post counts once
	for _, in := range inputs {
		var entries []entry
		if in == "-" {
			entries = []entry{{path: "-"}}
		} else {
			var err error
			if entries, err = expand(in); err != nil {
				return statuses, err
			}
			if len(entries) == 0 {
				// a folder with nothing in it is an input too: say so
				// rather than leave the user with "no documents"
				statuses = append(statuses, FileStatus{Path: EscapePath(in), Skipped: emptyFolder})
			}
		}
		for _, e := range entries {
			if err := ctx.Err(); err != nil {
				return statuses, err
			}
			st := FileStatus{Path: EscapePath(e.path), Skipped: e.skip, PassedOver: e.passedOver}
			emit := func(d Document) error {
				settle(&d, e.path, opts)
				if !opts.Only.wants(d.Source) {
					return nil
				}
				d.Skip = append(d.Skip, chromeSpans(d.Text)...)
				d.Mask = markupSpans(d.Text)
				key := sha256.Sum256([]byte(d.Text))
				if seen[key] {
					st.Duplicates++
					if opts.Duplicate != nil {
						opts.Duplicate(d)
					}
					return nil
				}
				seen[key] = true
				st.Documents++
				return fn(d)
			}
			if e.skip == "" && opts.Only.skip(st.Path) {
				continue // holds no document to read again
			}
			var err error
			switch {
			case e.skip != "":
			case e.path == "-":
				err = readSource(ctx, &st, "", stdin, opts, emit)
			default:
				err = readFile(ctx, e, &st, opts, emit)
			}
			if err == nil && st.Documents == 0 && st.Duplicates == 0 && st.Skipped == "" {
				st.Skipped = "no text found in it: check that it holds the text you meant"
			}
			statuses = append(statuses, st)
			if err != nil {
				return statuses, err
			}
		}
	}
	return statuses, nil
}

// emptyFolder is the skip reason of a directory input with no files in it.
const emptyFolder = "a folder with no files in it (hidden ones are passed over): put .txt, .md, .html, .jsonl or .json files in it, or name another folder"

// entry is one file found under an input, or a reason it is not read.
type entry struct {
	path, skip string
	// named is set for a file named as an input, rather than found in a
	// folder: only such a file may be a named pipe (a shell's <(command)).
	named      bool
	passedOver bool // skip is the reason a file is no news: FileStatus.PassedOver
}

// expand turns an input path into the files it names, in lexical order.
// Hidden files and directories inside a walked directory are passed over, as
// version-control and editor files are; anything else that is not a regular
// file is listed with the reason it is not read. Symbolic links to files are
// followed, links to directories are not (they could loop).
func expand(in string) ([]entry, error) {
	info, err := os.Stat(in)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", EscapePath(in), unwrapPath(err)) // not "input x: stat x: …"
	}
	if !info.IsDir() {
		return []entry{{path: in, skip: notRegular(info, true), named: true}}, nil
	}
	var entries []entry
	err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == in {
				return fmt.Errorf("walking %s: %w", EscapePath(in), err)
			}
			entries = append(entries, entry{path: p, skip: "cannot be read: " + Reason(err)})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != in && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
		case d.Type().IsRegular() && isProjectNote(d.Name()):
			entries = append(entries, entry{path: p, skip: "a folder's notes (README, LICENSE …), not news: name the file as an input to read it", passedOver: true})
		case d.Type().IsRegular():
			entries = append(entries, entry{path: p})
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Stat(p)
			switch {
			case err != nil:
				entries = append(entries, entry{path: p, skip: fmt.Sprintf("broken symbolic link (%v)", unwrapPath(err))})
			case target.IsDir():
				entries = append(entries, entry{path: p, skip: "symbolic link to a directory, not followed: name the directory as an input to read it"})
			default:
				entries = append(entries, entry{path: p, skip: notRegular(target, false)})
			}
		default:
			info, _ := d.Info()
			entries = append(entries, entry{path: p, skip: notRegular(info, false)})
		}
		return nil
	})
	sort.Slice(entries, func(i, j int) bool { return entries[i].path < entries[j].path })
	return entries, err
}

// isProjectNote reports whether a file found in a walked directory is one of
// the notes that travel with a collection (README.md, LICENSE, CHANGELOG.txt):
// they describe the corpus rather than belong to it, and reading them would
// put the notes' own dates and names into the timeline. Named explicitly, such
// a file is read like any other.
func isProjectNote(name string) bool {
	stem := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch stem {
	case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE", "AUTHORS", "CONTRIBUTING":
		return true
	}
	return false
}

// notRegular is the skip reason for a file that is not a regular file, or
// "" for one that is. A named pipe is read when it is named as an input: it
// is how a shell passes <(command) as a file. Found in a folder, it is not:
// opening a pipe that nothing writes to waits forever.
func notRegular(info fs.FileInfo, named bool) string {
	var mode fs.FileMode
	if info != nil {
		mode = info.Mode()
	}
	switch {
	case info != nil && mode.IsRegular():
		return ""
	case mode&fs.ModeNamedPipe != 0 && named:
		return ""
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO) in a folder, not read: opening it would wait for a writer; name it as an input to read it"
	case mode&fs.ModeSocket != 0:
		return "a socket, not a file: name regular files or directories"
	case mode&fs.ModeDevice != 0:
		return "a device, not a file: name regular files or directories"
	}
	return "not a regular file: name regular files or directories"
}

// unwrapPath drops the path from a *fs.PathError: the status already names
// the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var supported = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".jsonl": true, ".ndjson": true, ".json": true, "": true}

func quoteExt(ext string) string {
	if ext == "" {
		return "(no extension)"
	}
	return ext
}

// readFile reads the file of e into st. Content that cannot be understood
// is a skip reason in st; only a failure while reading is an error.
func readFile(ctx context.Context, e entry, st *FileStatus, opts Options, emit func(Document) error) error {
	ext := strings.ToLower(filepath.Ext(e.path))
	if !supported[ext] {
		st.Skipped = "unsupported type " + quoteExt(ext) + ": convert it to .txt, .md, .html, .jsonl or .json"
		return nil
	}
	f, err := openInput(e)
	if err != nil {
		st.Skipped = "cannot be opened: " + Reason(err)
		return nil
	}
	defer f.Close()
	if !e.named {
		// The folder's entry may have been replaced since it was listed:
		// read what was opened only if it is a regular file.
		info, err := f.Stat()
		if err != nil {
			st.Skipped = "cannot be opened: " + Reason(err)
			return nil
		}
		if why := notRegular(info, false); why != "" {
			st.Skipped = why
			return nil
		}
	}
	if err := readSource(ctx, st, ext, f, opts, emit); err != nil {
		return fmt.Errorf("reading %s: %w", st.Path, err)
	}
	return nil
}

// Formats an input is read as.
const (
	formatText  = "text"
	formatHTML  = "html"
	formatLines = "jsonl"
	formatJSON  = "json" // .json: an array of records, or JSON lines
)

var formats = map[string]string{".html": formatHTML, ".htm": formatHTML, ".jsonl": formatLines,
	".ndjson": formatLines, ".json": formatJSON}

// readSource reads one input stream: it tells the encoding and the format
// from the head, then streams the decoded text to the reader of the format.
func readSource(ctx context.Context, st *FileStatus, ext string, r io.Reader, opts Options, emit func(Document) error) error {
	br := bufio.NewReaderSize(r, headSize)
	head, err := br.Peek(headSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return err
	}
	if len(head) == 0 {
		st.Skipped = "empty file (0 bytes)"
		return nil
	}
	if what := ownOutput(head); what != "" {
		st.Skipped = "chronograph's own output (" + what + "), not news: it is not read"
		st.PassedOver = true
		return nil
	}
	format, known := formats[ext]
	if ext != "" && !known {
		format = formatText
	}
	sniffHTML := format == formatHTML || ext == "" && sniff(string(head)) == formatHTML
	cs, binary := detectCharset(head, sniffHTML)
	if binary != "" {
		st.Skipped = binary
		return nil
	}
	if ext == "" {
		format = sniff(decodeHead(head, cs))
	}
	if cs.name != "utf-8" {
		st.Encoding = cs.name
	}
	if _, err := br.Discard(cs.bom); err != nil {
		return err
	}
	fix := &repairer{countFFFD: cs.enc != nil}
	var t transform.Transformer = fix
	if cs.enc != nil {
		t = transform.Chain(cs.enc.NewDecoder(), fix)
	}
	text := bufio.NewReaderSize(transform.NewReader(br, t), headSize)
	name := st.Path
	switch format {
	case formatHTML:
		err = readHTMLStream(name, text, opts, st, emit)
	case formatLines:
		err = readJSONLines(ctx, name, text, opts, st, emit)
	case formatJSON:
		err = readJSON(ctx, name, text, opts, st, emit)
	default:
		err = readText(ctx, name, text, opts, st, emit)
	}
	st.Repaired = fix.repaired
	return err
}

// sniff guesses the format of extension-less input from its first bytes.
func sniff(text string) string {
	t := strings.TrimLeft(text, " \t\r\n\uFEFF")
	switch {
	case strings.HasPrefix(t, "{"):
		return formatLines
	case strings.HasPrefix(t, "["):
		return formatJSON
	case strings.HasPrefix(t, "<"):
		return formatHTML
	}
	return formatText
}

// readAllLimited reads r whole, or reports that it holds more than max bytes
// (max 0: no limit) without reading further.
func readAllLimited(r io.Reader, max int64) ([]byte, bool, error) {
	if max <= 0 {
		b, err := io.ReadAll(r)
		return b, true, err
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, false, err
	}
	return b, int64(len(b)) <= max, nil
}

// tooLarge is the skip reason for a unit that cannot be split.
func tooLarge(what string, max int64) string {
	return fmt.Sprintf("too large: %s holds more than --max-doc-bytes %d bytes and cannot be split; raise --max-doc-bytes or split it", what, max)
}
