package document

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

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
	art, err := readability.FromReader(strings.NewReader(page), nil)
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
	d = Document{ID: path, Source: path, Title: strings.TrimSpace(art.Title), Lang: art.Language, Text: text}
	if art.PublishedTime != nil {
		d.Published, d.DateSource = day(*art.PublishedTime), "metadata"
	} else if t, ok := timeElement(page); ok {
		d.Published, d.DateSource = t, "metadata"
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
	d, err := readHTML(path, string(page))
	if err != nil {
		st.Skipped = err.Error()
		return nil
	}
	for _, doc := range splitText(d, opts) {
		if err := emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// day drops the clock and zone: a publication date is a calendar day as the
// publisher wrote it.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

var timeDatetime = regexp.MustCompile(`(?i)<time[^>]+datetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})`)

func timeElement(page string) (time.Time, bool) {
	m := timeDatetime.FindStringSubmatch(page)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m[1])
	return t, err == nil
}

// blockText writes the text of n, with a blank line after each block
// element so that paragraphs stay sentences of their own.
func blockText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(strings.Join(strings.Fields(n.Data), " "))
		if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
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
	if n.Type == html.ElementNode && blockElements[n.Data] {
		b.WriteString("\n\n")
	}
}

var blockElements = map[string]bool{"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"header": true, "footer": true, "figcaption": true, "pre": true, "dd": true, "dt": true, "table": true, "ul": true, "ol": true}

var blankLines = regexp.MustCompile(`[ \t]*\n[ \t\n]*\n[ \t]*`)

func collapseBlankLines(s string) string {
	return blankLines.ReplaceAllString(s, "\n\n")
}
