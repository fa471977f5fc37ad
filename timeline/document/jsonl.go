package document

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// record is one document of a JSON-lines or JSON input.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	DCT       string          `json:"dct"`
	// Other names of the date, read when they are strings: a record with
	// a number there is not skipped for it.
	PublishedAt   json.RawMessage `json:"published_at"`
	PubDate       json.RawMessage `json:"pubDate"`
	DatePublished json.RawMessage `json:"datePublished"`
	CreatedAt     json.RawMessage `json:"created_at"`
	Lang          string          `json:"lang"`
	Author        string          `json:"author"`
}

// readJSONLines streams one document per line: a line is read whole only
// when it fits opts.MaxBytes, so lines of any length pass in bounded memory.
// A line that is too long, is not a JSON object or has no "text" is skipped,
// and reading goes on with the next line; the status names the skipped lines
// in one clause a reason. A file that holds one JSON array instead is read
// as the array it is.
func readJSONLines(ctx context.Context, path string, r *bufio.Reader, opts Options, st *FileStatus, emit func(Document) error) error {
	if head, _ := r.Peek(headSize); sniff(string(head)) == formatJSON {
		return readJSONArray(ctx, path, r, opts, st, emit)
	}
	skipped := skips{unit: "line", maxBytes: opts.MaxBytes}
	var line []byte
	records := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line = line[:0]
		size, eof := int64(0), false
		for {
			seg, err := r.ReadSlice('\n')
			size += int64(len(seg))
			if opts.MaxBytes <= 0 || size <= opts.MaxBytes+1 { // +1: the line break
				line = append(line, seg...)
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				eof = true
				break
			}
			if err != nil {
				return err
			}
			break
		}
		if size == 0 && eof {
			break
		}
		if opts.MaxBytes > 0 && size > opts.MaxBytes+1 {
			skipped.add(skipTooLarge, n)
			continue
		}
		raw := bytes.TrimSpace(line)
		if len(raw) == 0 {
			continue
		}
		records++
		source := fmt.Sprintf("%s#%d", path, n)
		if opts.Only.skip(source) {
			continue
		}
		if err := readRecord(raw, source, opts, emit); err != nil {
			var bad badRecord
			if !errors.As(err, &bad) {
				return err
			}
			skipped.add(bad.kind, n)
		}
		if eof {
			break
		}
	}
	st.Skipped = skipped.String()
	if skipped.count() == 0 && records == 0 {
		st.Skipped = `no records: want one JSON object with a "text" per line`
	}
	return nil
}

// readJSON reads a .json file: an array of records, read whole within
// opts.MaxBytes, or else JSON lines.
func readJSON(ctx context.Context, path string, r *bufio.Reader, opts Options, st *FileStatus, emit func(Document) error) error {
	head, _ := r.Peek(headSize)
	if sniff(string(head)) != formatJSON {
		return readJSONLines(ctx, path, r, opts, st, emit)
	}
	return readJSONArray(ctx, path, r, opts, st, emit)
}

// readJSONArray reads a JSON array of records, whole within opts.MaxBytes.
// A record that is not an object or has no "text" is skipped; the status
// names the skipped records in one clause a reason.
func readJSONArray(ctx context.Context, path string, r *bufio.Reader, opts Options, st *FileStatus, emit func(Document) error) error {
	data, ok, err := readAllLimited(r, opts.MaxBytes)
	if err != nil {
		return err
	}
	if !ok {
		st.Skipped = tooLarge("the JSON array", opts.MaxBytes) + " (JSON lines, one record per line, have no such limit)"
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(data, &items); err != nil {
		st.Skipped = fmt.Sprintf("invalid JSON (%v): check the file, or write one record per line as .jsonl", err)
		return nil
	}
	skipped := skips{unit: "record", maxBytes: opts.MaxBytes}
	for i, raw := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		source := fmt.Sprintf("%s#%d", path, i+1)
		if opts.Only.skip(source) {
			continue
		}
		if err := readRecord(raw, source, opts, emit); err != nil {
			var bad badRecord
			if !errors.As(err, &bad) {
				return err
			}
			skipped.add(bad.kind, i+1)
		}
	}
	st.Skipped = skipped.String()
	return nil
}

// badRecord is a record that cannot be read, and why; other errors come
// from emit.
type badRecord struct{ kind skipKind }

func (e badRecord) Error() string {
	switch e.kind {
	case skipNoText:
		return `no "text" string`
	case skipBadField:
		return "a field that is not a string"
	}
	return "not a JSON object"
}

// readRecord turns one JSON object into documents named source.
func readRecord(raw []byte, source string, opts Options, emit func(Document) error) error {
	if len(raw) == 0 || raw[0] != '{' {
		return badRecord{skipNotObject}
	}
	var r record
	if err := json.Unmarshal(raw, &r); err != nil {
		var typ *json.UnmarshalTypeError
		switch {
		case !errors.As(err, &typ):
			return badRecord{skipNotObject} // a syntax error
		case typ.Field == "text":
			return badRecord{skipNoText}
		}
		return badRecord{skipBadField}
	}
	if strings.TrimSpace(r.Text) == "" {
		return badRecord{skipNoText}
	}
	d := Document{ID: source, Source: source, Title: r.Title, URL: r.URL, Lang: r.Lang, Author: r.Author, Text: r.Text}
	if id := idString(r.ID); id != "" {
		d.ID = id
	}
	for _, v := range []string{r.Published, r.Date, r.DCT, idString(r.PublishedAt), idString(r.PubDate),
		idString(r.DatePublished), idString(r.CreatedAt)} {
		if t, ok := parseMetaDate(v); ok {
			d.Published, d.DateSource = t, DateMetadata
			break
		}
	}
	for _, doc := range splitText(d, opts) {
		if err := emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// idString reads a record's id, a string or a number written as it is.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
