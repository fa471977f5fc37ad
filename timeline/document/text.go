package document

import (
	"fmt"
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
			post.Published, post.DateSource = t, "signature"
		}
		docs = append(docs, post)
	}
	return docs
}

// datePlain finds the date of a document that is not a compilation: a date
// line under its headline (a dateline) if it has no date yet, and dated
// headings further down as anchors.
func datePlain(d *Document, ls []line, opts Options) {
	if opts.ParseDate == nil {
		return
	}
	for i, l := range ls {
		text := strings.TrimSpace(d.Text[l.start:l.end])
		if !heading(text) {
			continue
		}
		t, ok := opts.ParseDate(text)
		if !ok {
			continue
		}
		if d.Published.IsZero() && i < 4 {
			d.Published, d.DateSource = t, "dateline"
			continue
		}
		d.Anchors = append(d.Anchors, Anchor{Start: l.start, Date: t})
	}
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
