package document

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// record is one line of a JSON-lines input.
type record struct {
	ID        any    `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Date      string `json:"date"`
	DCT       string `json:"dct"`
	Lang      string `json:"lang"`
	Author    string `json:"author"`
}

// readJSONLines reads one document per line. A line that is not a JSON object
// with a text stops the file with an error naming the line; the documents
// before it are kept.
func readJSONLines(path, text string, opts Options) ([]Document, error) {
	var docs []Document
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), len(text)+1)
	for n := 1; sc.Scan(); n++ {
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(raw), &r); err != nil {
			return docs, fmt.Errorf("invalid JSON on line %d: %v", n, err)
		}
		if strings.TrimSpace(r.Text) == "" {
			return docs, fmt.Errorf("line %d has no \"text\"", n)
		}
		source := fmt.Sprintf("%s#%d", path, n)
		d := Document{ID: source, Source: source, Title: r.Title, URL: r.URL, Lang: r.Lang, Author: r.Author, Text: r.Text}
		if id := idString(r.ID); id != "" {
			d.ID = id
		}
		for _, v := range []string{r.Published, r.Date, r.DCT} {
			if t, ok := parseMetaDate(v); ok {
				d.Published, d.DateSource = t, "metadata"
				break
			}
		}
		docs = append(docs, splitText(d, opts)...)
	}
	return docs, sc.Err()
}

func idString(v any) string {
	switch id := v.(type) {
	case string:
		return id
	case float64:
		return fmt.Sprint(id)
	}
	return ""
}

// parseMetaDate reads a date from metadata: an ISO date or an RFC 3339 time.
func parseMetaDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return day(t), true
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}
