package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/timex"
)

// A report's date is kept in the events table (since schema 30) in the
// fewest bytes that give it back exactly: 73% of the reports of generated
// news are dated to a day, and their date, granularity and date text as
// text took 20 of a row's 48 bytes.
//   - day: the date as a day number (days since 1970-01-01) when it is a
//     day (YYYY-MM-DD), else NULL and date holds it as text;
//   - granularity: NULL when it is the one the date's form gives
//     (formGranularity), as it nearly always is;
//   - date_span: where the date's text is in the text of the report's
//     sentence (events.sentence, which every reader reads anyway),
//     start*256 + length, else NULL and date_text holds it (a date read
//     from another sentence, or longer than 255 bytes).
//
// The first source of a report gives its sentence and date text together
// (the upsert of events moves them together), so the span is always into
// the sentence the row points at.

// reportDateColumns are the events table's columns of a report's date, as
// reportDate scans them, of the table named (aliased) e.
func reportDateColumns(e string) string {
	return e + `.day, ` + e + `.date, ` + e + `.granularity, ` + e + `.date_span, ` + e + `.date_text`
}

// reportDate is a report's date as its row holds it.
type reportDate struct {
	day, span        sql.NullInt64
	date, gran, text sql.NullString
}

// dest is where to scan reportDateColumns.
func (r *reportDate) dest() []any { return []any{&r.day, &r.date, &r.gran, &r.span, &r.text} }

// value is the date (timeline.EventDate.Value).
func (r reportDate) value() string {
	if r.day.Valid {
		return dayString(int32(r.day.Int64))
	}
	return r.date.String
}

// dateCache gives reports' dates (reportDate.value), making the text of
// each day once: a store's reports fall on a few thousand days.
type dateCache map[int64]string

func (c dateCache) value(r reportDate) string {
	if !r.day.Valid {
		return r.date.String
	}
	v, ok := c[r.day.Int64]
	if !ok {
		v = r.value()
		c[r.day.Int64] = v
	}
	return v
}

// fill sets ev's date, granularity and date text, reading the text from
// sentence, the text of the report's sentence.
func (r reportDate) fill(ev *timeline.Event, sentence string) error {
	ev.Date = r.value()
	ev.Granularity = r.gran.String
	if !r.gran.Valid {
		ev.Granularity = formGranularity(ev.Date)
	}
	ev.DateText = r.text.String
	if r.span.Valid {
		start, n := int(r.span.Int64>>8), int(r.span.Int64&0xff)
		if start < 0 || start+n > len(sentence) {
			return fmt.Errorf("a stored report is damaged: its date's text at %d..%d is outside its sentence (%d bytes)", start, start+n, len(sentence))
		}
		ev.DateText = sentence[start : start+n]
	}
	return nil
}

// reportDateRow is the values of reportDateColumns for date dt of a report
// whose sentence's text is sentence.
func reportDateRow(dt timeline.EventDate, sentence string) (day, date, gran, span, text any) {
	date, text = dt.Value, dt.Text
	if d, ok := storedDay(dt.Value); ok {
		day, date = int64(d), nil
	}
	gran = dt.Granularity
	if dt.Granularity == formGranularity(dt.Value) {
		gran = nil
	}
	if i := strings.Index(sentence, dt.Text); i >= 0 && len(dt.Text) < 256 {
		span, text = int64(i)<<8|int64(len(dt.Text)), nil
	}
	return day, date, gran, span, text
}

// storedDay is the day number events.day holds for a report dated v, if
// it holds one: v is a day that dayString gives back (not one with a
// time, nor one more than 292 years from 1970, which a time.Duration does
// not reach). Days before 1970 are negative: every reader that picks
// reports by their day number asks storedDay, as their writer does.
func storedDay(v string) (int32, bool) {
	if d, ok := plainDay(v); ok {
		return d, true
	}
	d := dayNumber(v)
	return d, dayString(d) == v
}

// plainDay is storedDay of a day from 1900 to 2199 written YYYY-MM-DD, by
// arithmetic: ingest asks storedDay of every report, and parsing and
// formatting each day through time took half of the time of sorting and
// packing a batch's reports. ok is false for anything else, which
// storedDay works out as before.
func plainDay(v string) (int32, bool) {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return 0, false
	}
	num := func(s string) int {
		n := 0
		for i := range len(s) {
			c := s[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(v[:4]), num(v[5:7]), num(v[8:])
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 {
		return 0, false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	if d > days {
		return 0, false
	}
	// Days from 1970-01-01 of a proleptic Gregorian date, counting years
	// from March so that a leap day ends its year.
	if m <= 2 {
		y--
	}
	era, yoe := y/400, y%400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	return int32(era*146097 + yoe*365 + yoe/4 - yoe/100 + doy - 719468), true
}

// formGranularity is the granularity a date's form gives: YYYY-MM-DD a
// day, YYYY-MM a month, YYYY-Www a week, YYYY a year; "" for any other
// (a quarter, a season, a decade …), whose granularity a report keeps.
func formGranularity(v string) string {
	digits := func(s string) bool {
		for i := range len(s) {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	if len(v) < 4 || !digits(v[:4]) {
		return ""
	}
	switch rest := v[4:]; {
	case rest == "":
		return string(timex.Year)
	case len(rest) == 3 && rest[0] == '-' && digits(rest[1:]):
		return string(timex.Month)
	case len(rest) == 4 && strings.HasPrefix(rest, "-W") && digits(rest[2:]):
		return string(timex.Week)
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && digits(rest[1:3]) && digits(rest[4:]):
		if _, err := time.Parse(time.DateOnly, v); err == nil {
			return string(timex.Day)
		}
	}
	return ""
}

// packReportDates moves the stored reports into events30 in the form of
// schema 30, which then takes the place of events (with migration 28's
// trigger). It holds a bounded page of reports in memory at a time, so
// that a store of any size upgrades (all at once took 1.17 GB at 100,000
// generated documents): it pages through the reports in their sentences'
// order, which is their documents' order, so that each document's text
// is inflated once, and stages the converted rows in a table of their
// own, which SQL then copies into events30 in the order of their keys (a
// report's key is a hash: inserted in any other order, the new table's
// pages would be a third empty).
func packReportDates(ctx context.Context, t *tx) error {
	return packReportDatesBy(ctx, t, 20_000)
}

// packReportDatesBy is packReportDates holding page reports at a time.
func packReportDatesBy(ctx context.Context, t *tx, page int) error {
	err := t.execEach(ctx,
		`CREATE INDEX events_sentence30 ON events (sentence, id)`, // dropped with events
		`DROP TABLE IF EXISTS events30_stage`,
		`CREATE TABLE events30_stage AS SELECT * FROM events30 LIMIT 0`)
	if err != nil {
		return err
	}
	cols := []string{"id", "day", "date", "granularity", "date_span", "date_text", "anchor", "sentence"}
	dts, spans, vals := make([]timeline.EventDate, 0, page), make([]span, 0, page), make([][]any, 0, page)
	afterSentence, afterID := int64(math.MinInt64), int64(math.MinInt64)
	for {
		dts, spans, vals = dts[:0], spans[:0], vals[:0]
		rows, err := t.QueryContext(ctx, `SELECT e.id, e.date, e.granularity, e.date_text, e.anchor, e.sentence, s.doc, s.start, s."end"
		FROM events e JOIN sentences s ON s.id = e.sentence WHERE (e.sentence, e.id) > (?, ?) ORDER BY e.sentence, e.id LIMIT ?`,
			afterSentence, afterID, page)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, sentence int64
			var anchor sql.NullString
			var dt timeline.EventDate
			var sp span
			if err := rows.Scan(&id, &dt.Value, &dt.Granularity, &dt.Text, &anchor, &sentence, &sp.doc, &sp.start, &sp.end); err != nil {
				rows.Close()
				return err
			}
			dts, spans = append(dts, dt), append(spans, sp)
			vals = append(vals, []any{id, nil, nil, nil, nil, nil, anchor, sentence})
			afterSentence, afterID = sentence, id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(vals) == 0 {
			break
		}
		got, err := textsIn(ctx, t, "docs", spans) // (schema 31 moves them to doc_texts)
		if err != nil {
			return err
		}
		for i, text := range got {
			v := vals[i]
			v[1], v[2], v[3], v[4], v[5] = reportDateRow(dts[i], text)
		}
		if err := insertValues(ctx, t, "events30_stage", cols, vals); err != nil {
			return err
		}
	}
	trigger := sqliteFirstMoved
	if _, ok := t.d.(postgresDialect); ok {
		trigger = postgresFirstMoved
	}
	return t.execEach(ctx, `INSERT INTO events30 SELECT * FROM events30_stage ORDER BY id`, `DROP TABLE events30_stage`,
		`DROP TABLE events`, `ALTER TABLE events30 RENAME TO events`, trigger)
}
