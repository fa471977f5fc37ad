package document

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability"
	"golang.org/x/net/html"
)

// readHTML extracts the main text of a page with readability, keeping
// paragraph breaks, and takes its title and publication date from the page's
// metadata (article:published_time, JSON-LD) or its first <time datetime>.
func readHTML(path, page string) (d Document, err error) {
	defer func() {
		// A page that breaks the readability library is one skipped file,
		// not a crash of the whole run.
		if p := recover(); p != nil {
			d, err = Document{}, fmt.Errorf("the HTML reader failed on this page (%v): save its text as .txt", p)
		}
	}()
	// The page is decoded already: readability's own reader would guess
	// its encoding again from byte statistics, and read a page of English
	// with a few curly quotes or an emoji as Latin-1 ("â€™").
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Document{}, fmt.Errorf("unreadable HTML (%v): save its text as .txt", err)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, nil)
	if err != nil {
		return Document{}, fmt.Errorf("unreadable HTML (%v): save its text as .txt", err)
	}
	var b strings.Builder
	if art.Node != nil {
		blockText(&b, art.Node)
	}
	text := strings.TrimSpace(collapseBlankLines(b.String()))
	if text == "" {
		return Document{}, fmt.Errorf("no main text found in the HTML page: save its text as .txt if it has some")
	}
	meta := readPageMeta(page)
	d = Document{ID: path, Source: path, Title: strings.TrimSpace(art.Title), URL: meta.url, Lang: art.Language, Text: text}
	if !meta.date.IsZero() {
		d.Published, d.DateSource = meta.date, DateMetadata
	} else if art.PublishedTime != nil {
		if t, ok := plausible(day(*art.PublishedTime)); ok {
			d.Published, d.DateSource = t, DateMetadata
		}
	}
	return d, nil
}

// readHTMLStream reads an HTML page, which readability needs whole: a page
// longer than opts.MaxBytes is skipped.
func readHTMLStream(path string, r io.Reader, opts Options, st *FileStatus, emit func(Document) error) error {
	page, ok, err := readAllLimited(r, opts.MaxBytes)
	if err != nil {
		return err
	}
	if !ok {
		st.Skipped = tooLarge("the HTML page", opts.MaxBytes)
		return nil
	}
	if bytes.Contains(page, reportData) {
		st.Skipped = "chronograph's own output (an HTML report of an earlier version), not news: it is not read"
		st.PassedOver = true
		return nil
	}
	d, err := readHTML(path, string(page))
	if err != nil {
		st.Skipped = err.Error()
		return nil
	}
	return emit(datePage(d, opts))
}

// day drops the clock and zone: a publication date is a calendar day as the
// publisher wrote it.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// blockText writes the text of n, with a blank line after each block
// element so that paragraphs stay sentences of their own.
func blockText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		// Space at either end of a text node parts it from its inline
		// neighbours: "<a>George</a> looks" is two words, not "Georgelooks".
		words := strings.Join(strings.Fields(n.Data), " ")
		if words != "" && startsWithSpace(n.Data) && !endsWithSpace(b.String()) {
			b.WriteByte(' ')
		}
		b.WriteString(words)
		if endsWithSpace(n.Data) && !endsWithSpace(b.String()) {
			b.WriteByte(' ')
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template":
			return
		case "br":
			b.WriteByte('\n')
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(b, c)
	}
	switch {
	case n.Type != html.ElementNode:
	case blockElements[n.Data]:
		b.WriteString("\n\n")
	case n.Data == "td" || n.Data == "th":
		// A table's cells are words apart, its rows paragraphs apart.
		if !endsWithSpace(b.String()) {
			b.WriteByte(' ')
		}
	}
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

var blockElements = map[string]bool{"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"header": true, "footer": true, "figcaption": true, "pre": true, "dd": true, "dt": true, "table": true, "ul": true, "ol": true}

var blankLines = regexp.MustCompile(`[ \t]*\n[ \t\n]*\n[ \t]*`)

func collapseBlankLines(s string) string {
	return blankLines.ReplaceAllString(s, "\n\n")
}
