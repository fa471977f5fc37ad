package document

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// signature matches the line that closes an embedded social-media post:
// "— NHKニュース (@nhk_news) February 8, 2025".
var signature = regexp.MustCompile(`^\s*[—–-]{1,2}\s*(.+?)\s*\(@(\w{1,30})\)\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$`)

// signatureDate parses the date of a signature line.
func signatureDate(s string) (time.Time, bool) {
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// line is one line of a text, without its line break.
type line struct {
	start, end int
}

func lines(text string) []line {
	var out []line
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			out = append(out, line{start, len(text)})
			break
		}
		out = append(out, line{start, start + end})
		start += end + 1
	}
	return out
}

// splitText dates a text document and, when it is a compilation of posts,
// splits it into one document per post.
//
// In a compilation each post is its embedded text (the line before the
// signature), the signature, and whatever follows up to the next post's
// embedded text: typically the article the post links to.
func splitText(d Document, opts Options) []Document {
	ls := lines(d.Text)
	var sigs []int
	for i, l := range ls {
		if signature.MatchString(d.Text[l.start:l.end]) {
			sigs = append(sigs, i)
		}
	}
	if len(sigs) == 0 {
		datePlain(&d, ls, opts)
		return []Document{d}
	}
	first := func(k int) int { // the first line of post k
		if k == 0 {
			return 0
		}
		if sigs[k]-1 > sigs[k-1] {
			return sigs[k] - 1
		}
		return sigs[k]
	}
	docs := make([]Document, 0, len(sigs))
	for k, s := range sigs {
		start := ls[first(k)].start
		end := len(d.Text)
		if k+1 < len(sigs) {
			end = ls[first(k+1)].start
		}
		end = len(strings.TrimRight(d.Text[:end], "\r\n"))
		end = max(end, ls[s].end)
		sig := ls[s]
		m := signature.FindStringSubmatch(d.Text[sig.start:sig.end])
		post := Document{
			ID:     fmt.Sprintf("%s#%d", d.ID, k+1),
			Source: fmt.Sprintf("%s#%d", d.Source, k+1),
			Title:  firstLine(d.Text[start:end]),
			URL:    d.URL,
			Author: fmt.Sprintf("%s (@%s)", m[1], m[2]),
			Lang:   d.Lang,
			Text:   d.Text[start:end],
			Skip:   []Span{{sig.start - start, sig.end - start}},
		}
		if t, ok := signatureDate(m[3]); ok {
			post.Published, post.DateSource = t, DateSignature
		}
		docs = append(docs, post)
	}
	return docs
}

// datePlain finds the date of a document that is not a compilation, if it
// has none yet, from its text, URL or file name (dateFromText), and takes
// the dated headings further down as anchors.
func datePlain(d *Document, ls []line, opts Options) {
	used := dateFromText(d, ls, opts)
	if opts.ParseDate == nil {
		return
	}
	for i, l := range ls {
		text := strings.TrimSpace(d.Text[l.start:l.end])
		if i == used || !heading(text) {
			continue
		}
		if t, ok := opts.ParseDate(text); ok {
			d.Anchors = append(d.Anchors, Anchor{Start: l.start, Date: t})
		}
	}
}

// datePage dates a web page. Unlike a text, a page is never split into the
// posts it embeds: their signature lines are passed over, and the latest of
// their dates dates the page only when nothing else does (a page is
// published after the posts it quotes).
func datePage(d Document, opts Options) Document {
	ls := lines(d.Text)
	var latest time.Time
	for _, l := range ls {
		m := signature.FindStringSubmatch(d.Text[l.start:l.end])
		if m == nil {
			continue
		}
		d.Skip = append(d.Skip, Span{l.start, l.end})
		if t, ok := signatureDate(m[3]); ok && t.After(latest) {
			latest = t
		}
	}
	datePlain(&d, ls, opts)
	if d.Published.IsZero() && !latest.IsZero() {
		d.Published, d.DateSource = latest, DateSignature
	}
	return d
}

// heading reports whether a line reads as a title or a date line rather than
// prose: short, and not ending as a sentence does.
func heading(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 160 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '。' && last != '.'
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// readText reads a text stream into documents. A text longer than
// opts.MaxBytes is cut, at the last paragraph break (else line break, full
// stop, space, character) before the limit, into parts of at most that size,
// so that memory stays bounded and no text is dropped; parts are named
// "PATH#partN". Each part is then dated and split into posts as a whole file
// would be.
func readText(ctx context.Context, path string, r *bufio.Reader, opts Options, st *FileStatus, emit func(Document) error) error {
	var buf []byte
	parts, read := 0, false
	flush := func(text string, part int) error {
		if strings.TrimSpace(text) == "" {
			return nil
		}
		read = true
		id := path
		if part > 0 {
			id = fmt.Sprintf("%s#part%d", path, part)
		}
		d := Document{ID: id, Source: id, Text: text}
		if part <= 1 {
			applyFrontMatter(&d, opts)
		}
		for _, d := range splitText(d, opts) {
			if err := emit(d); err != nil {
				return err
			}
		}
		return nil
	}
	crDone := 0 // buf[:crDone] has its lone CRs turned into LFs
	for {
		seg, err := r.ReadSlice('\n')
		buf = append(buf, seg...)
		crDone = crToLF(buf, crDone, err == io.EOF)
		for opts.MaxBytes > 0 && int64(len(buf)) > opts.MaxBytes {
			if err := ctx.Err(); err != nil {
				return err
			}
			cut := cutPoint(buf, int(opts.MaxBytes))
			parts++
			if err := flush(string(buf[:cut]), parts); err != nil {
				return err
			}
			buf = buf[:copy(buf, buf[cut:])]
			crDone = max(0, crDone-cut)
		}
		if err == io.EOF {
			break
		}
		if err != nil && err != bufio.ErrBufferFull {
			return err
		}
	}
	last := 0
	if parts > 0 {
		parts++
		last = parts
		st.Parts = parts
	}
	if err := flush(string(buf), last); err != nil {
		return err
	}
	if !read {
		st.Skipped = "empty file (white space only)"
	}
	return nil
}

// crToLF turns each CR in b[from:] that no LF follows into an LF, and
// returns how far b is done: a CR at the very end waits for the next bytes
// unless final. A file with CR line ends (classic Mac OS, some exports)
// then has lines, paragraphs and a dateline as any other: the text keeps
// its length, so offsets still index the file.
func crToLF(b []byte, from int, final bool) int {
	for i := from; i < len(b); i++ {
		if b[i] != '\r' {
			continue
		}
		if i+1 == len(b) && !final {
			return i
		}
		if i+1 == len(b) || b[i+1] != '\n' {
			b[i] = '\n'
		}
	}
	return len(b)
}

// cutPoint returns where to end a part of b, which is longer than max: after
// the last paragraph break, line break, Japanese full stop or space within
// max bytes, else at the last character boundary. It is never 0.
func cutPoint(b []byte, max int) int {
	w := b[:max]
	for _, sep := range []string{"\n\n", "\n", "。", " "} {
		if i := bytes.LastIndex(w, []byte(sep)); i > 0 {
			return i + len(sep)
		}
	}
	for i := max; i > 0; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	_, size := utf8.DecodeRune(b)
	return size
}
