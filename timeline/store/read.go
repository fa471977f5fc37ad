package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/timex"
)

// limitOf checks a page size: 0 is DefaultLimit, more than MaxLimit or
// less than 0 is an error.
func limitOf(n int) (int, error) {
	switch {
	case n == 0:
		return DefaultLimit, nil
	case n < 0 || n > MaxLimit:
		return 0, fmt.Errorf("%w: limit %d out of 1..%d", ErrBadQuery, n, MaxLimit)
	}
	return n, nil
}

// A cursor is the sort key of the last item of a page, as JSON in
// base64url: opaque to clients, checked when read back.
func encodeCursor(v ...any) string {
	b, _ := json.Marshal(v)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(c string, dst ...any) error {
	if c == "" {
		return nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		var raw []json.RawMessage
		if err = json.Unmarshal(b, &raw); err == nil && len(raw) != len(dst) {
			err = errors.New("wrong length")
		}
		for i := 0; err == nil && i < len(raw); i++ {
			err = json.Unmarshal(raw[i], dst[i])
		}
	}
	if err != nil {
		return fmt.Errorf("%w: cursor %.40q is not one this store gave", ErrBadQuery, c)
	}
	return nil
}

// checkWindow checks a window's days.
func checkWindow(w Window) error {
	for _, d := range []string{w.From, w.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return fmt.Errorf("%w: date %q: want YYYY-MM-DD", ErrBadQuery, d)
		}
	}
	if w.From != "" && w.To != "" && w.From > w.To {
		return fmt.Errorf("%w: from %s is after to %s", ErrBadQuery, w.From, w.To)
	}
	return nil
}

// windowDocs is the condition that a document (table alias t) was
// published in the window.
func windowDocs(w Window, t string) (string, []any, error) {
	if err := checkWindow(w); err != nil {
		return "", nil, err
	}
	if w.From == "" && w.To == "" {
		return "TRUE", nil, nil
	}
	to := cmp.Or(w.To, "9999-12-31")
	return t + `.published <> '' AND ` + t + `.published BETWEEN ? AND ?`, []any{w.From, to}, nil
}

// windowWeeks is the condition that a week column overlaps the window.
func windowWeeks(w Window, col string) (string, []any, error) {
	if err := checkWindow(w); err != nil {
		return "", nil, err
	}
	if w.From == "" && w.To == "" {
		return "TRUE", nil, nil
	}
	from := weekOf(w.From)
	return col + ` <> '' AND ` + col + ` BETWEEN ? AND ?`, []any{from, cmp.Or(w.To, "9999-12-31")}, nil
}

// noWeek is the week number of what has no week (undated documents):
// below every window's.
const noWeek = math.MinInt32

// windowWeekNumbers is the condition that a week number column (the day
// number of its Monday, as the tables a finish derives keep weeks)
// overlaps the window: windowWeeks of a week as a number.
func windowWeekNumbers(w Window, col string) (string, []any, error) {
	if err := checkWindow(w); err != nil {
		return "", nil, err
	}
	if w.From == "" && w.To == "" {
		return "TRUE", nil, nil
	}
	from, to := int32(-1<<30), int32(1<<30)
	if w.From != "" {
		from = dayNumber(weekOf(w.From))
	}
	if w.To != "" {
		to = dayNumber(w.To)
	}
	return col + ` BETWEEN ? AND ?`, []any{from, to}, nil
}

const entityColumns = `id, name, name_ja, type, aliases, langs, mentions, documents, first_seen, last_seen, outlet, role, news_source, n`

// entityColumnsOf is entityColumns of the table alias t.
func entityColumnsOf(t string) string {
	return t + "." + strings.ReplaceAll(entityColumns, ", ", ", "+t+".")
}

func scanEntity(sc interface{ Scan(...any) error }) (Entity, error) {
	var e Entity
	var aliases, langs string
	err := sc.Scan(&e.ID, &e.Name, &e.NameJA, &e.Type, &aliases, &langs, &e.Mentions, &e.Documents, &e.FirstSeen, &e.LastSeen, &e.outlet, &e.Role, &e.NewsSource, &e.n)
	if err != nil {
		return e, err
	}
	err = unmarshalAll([]string{aliases, langs}, &e.Aliases, &e.Langs)
	return e, err
}

// checkOffset checks a page's offset: not negative, and not with a cursor.
func checkOffset(offset int, cursor string) error {
	if offset < 0 {
		return fmt.Errorf("%w: offset %d is negative", ErrBadQuery, offset)
	}
	if offset > 0 && cursor != "" {
		return fmt.Errorf("%w: give an offset or a cursor, not both", ErrBadQuery)
	}
	return nil
}

// Entities lists entities by mentions, most first; those of a window by
// the sentences naming them in it.
func (s *sqlStore) Entities(ctx context.Context, q EntityQuery) (EntityPage, error) {
	var page EntityPage
	limit, err := limitOf(q.Limit)
	if err != nil {
		return page, err
	}
	if err := checkOffset(q.Offset, q.Cursor); err != nil {
		return page, err
	}
	conds := []string{"TRUE"}
	var args []any
	if q.Type != "" {
		if q.Type != "PERSON" && q.Type != "LOCATION" && q.Type != "ORGANIZATION" {
			return page, fmt.Errorf("%w: type %q: want PERSON, LOCATION or ORGANIZATION", ErrBadQuery, q.Type)
		}
		conds = append(conds, "e.type = ?")
		args = append(args, q.Type)
	}
	if q.Query != "" {
		if len(q.Query) > maxQuery {
			return page, fmt.Errorf("%w: query longer than %d bytes", ErrBadQuery, maxQuery)
		}
		pattern := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(q.Query) + "%"
		like := s.db.d.like()
		conds = append(conds, `(e.name `+like+` ? ESCAPE '\' OR e.name_ja `+like+` ? ESCAPE '\' OR e.aliases `+like+` ? ESCAPE '\')`)
		args = append(args, pattern, pattern, pattern)
	}
	if q.Window != (Window{}) {
		return s.windowEntities(ctx, q, strings.Join(conds, " AND "), args, limit)
	}
	where := strings.Join(conds, " AND ")
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM entities e WHERE `+where, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("store: %w", err)
	}
	if q.Cursor != "" {
		var m int
		var id string
		if err := decodeCursor(q.Cursor, &m, &id); err != nil {
			return page, err
		}
		where += ` AND (e.mentions < ? OR e.mentions = ? AND e.id > ?)`
		args = append(args, m, m, id)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+entityColumnsOf("e")+` FROM entities e WHERE `+where+` ORDER BY e.mentions DESC, e.id LIMIT ? OFFSET ?`, append(args, limit+1, q.Offset)...)
	if err != nil {
		return page, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return page, err
		}
		page.Items = append(page.Items, e)
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.Next = encodeCursor(last.Mentions, last.ID)
	}
	page.Items = nonNilSlice(page.Items)
	return page, nil
}

// windowEntities lists the entities named in q's window that pass cond,
// by the sentences naming them in the window's weeks (entity_weeks), most
// first. Its cursor is an offset: the ranking is the store's until the
// next finish, as a neighbour list's is.
func (s *sqlStore) windowEntities(ctx context.Context, q EntityQuery, cond string, args []any, limit int) (EntityPage, error) {
	var page EntityPage
	offset := q.Offset
	if q.Cursor != "" {
		if err := decodeCursor(q.Cursor, &offset); err != nil {
			return page, err
		}
		if offset < 0 {
			return page, fmt.Errorf("%w: cursor out of range", ErrBadQuery)
		}
	}
	ww, wargs, err := windowWeekNumbers(q.Window, "week")
	if err != nil {
		return page, err
	}
	from := ` FROM (SELECT entity, sum(n) AS n FROM entity_weeks WHERE ` + ww + ` GROUP BY entity) w JOIN entities e ON e.n = w.entity WHERE ` + cond
	all := append(slices.Clone(wargs), args...)
	// The total rides on every row (a window function), so that the
	// window's sums are made once.
	rows, err := s.db.QueryContext(ctx, `SELECT `+entityColumnsOf("e")+`, w.n, count(*) OVER ()`+from+` ORDER BY w.n DESC, e.id LIMIT ? OFFSET ?`,
		append(slices.Clone(all), limit, offset)...)
	if err != nil {
		return page, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e Entity
		var aliases, langs string
		if err := rows.Scan(&e.ID, &e.Name, &e.NameJA, &e.Type, &aliases, &langs, &e.Mentions, &e.Documents, &e.FirstSeen, &e.LastSeen, &e.outlet, &e.Role, &e.NewsSource, &e.n,
			&e.WindowSentences, &page.Total); err != nil {
			return page, err
		}
		if err := unmarshalAll([]string{aliases, langs}, &e.Aliases, &e.Langs); err != nil {
			return page, err
		}
		page.Items = append(page.Items, e)
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	if len(page.Items) == 0 && offset > 0 {
		// Past the end: the rows carried no total.
		if err := s.db.QueryRowContext(ctx, `SELECT count(*)`+from, all...).Scan(&page.Total); err != nil {
			return page, fmt.Errorf("store: %w", err)
		}
	}
	if offset+len(page.Items) < page.Total {
		page.Next = encodeCursor(offset + len(page.Items))
	}
	page.Items = nonNilSlice(page.Items)
	return page, nil
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// maxRedirects bounds the chain of redirects Entity follows.
const maxRedirects = 32

// Entity returns one entity, following redirects.
func (s *sqlStore) Entity(ctx context.Context, id string) (Entity, error) {
	if id == "" || len(id) > 1000 {
		return Entity{}, fmt.Errorf("%w: entity id %.40q", ErrBadQuery, id)
	}
	for range maxRedirects {
		e, err := scanEntity(s.db.QueryRowContext(ctx, `SELECT `+entityColumns+` FROM entities WHERE id = ?`, id))
		if err == nil {
			return e, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return e, fmt.Errorf("store: %w", err)
		}
		var to string
		err = s.db.QueryRowContext(ctx, `SELECT target FROM redirects WHERE id = ?`, id).Scan(&to)
		if errors.Is(err, sql.ErrNoRows) {
			break
		}
		if err != nil {
			return Entity{}, fmt.Errorf("store: %w", err)
		}
		id = to
	}
	return Entity{}, fmt.Errorf("entity %.80q: %w", id, ErrNotFound)
}

// Neighbours lists the entities named with one in the window.
func (s *sqlStore) Neighbours(ctx context.Context, q NeighbourQuery) (NeighbourPage, error) {
	var page NeighbourPage
	limit, err := limitOf(q.Limit)
	if err != nil {
		return page, err
	}
	weighting := cmp.Or(q.Weighting, "count")
	if !slices.Contains(Weightings, weighting) {
		return page, fmt.Errorf("%w: weighting %q: want count, pmi or dice", ErrBadQuery, q.Weighting)
	}
	offset := 0
	if err := decodeCursor(q.Cursor, &offset); err != nil {
		return page, err
	}
	e, err := s.Entity(ctx, q.ID)
	if err != nil {
		return page, err
	}
	ww, wargs, err := windowWeekNumbers(q.Window, "week")
	if err != nil {
		return page, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, x.b, x.n FROM (SELECT b, sum(n) AS n FROM edges WHERE a = ? AND `+ww+` GROUP BY b) x
		JOIN entities e ON e.n = x.b`, append([]any{e.n}, wargs...)...)
	if err != nil {
		return page, fmt.Errorf("store: %w", err)
	}
	type nb struct {
		id    string
		n     int64
		count int
		score float64
	}
	var all []nb
	for rows.Next() {
		var n nb
		if err := rows.Scan(&n.id, &n.n, &n.count); err != nil {
			rows.Close()
			return page, err
		}
		all = append(all, n)
	}
	rows.Close()
	if weighting != "count" && len(all) > 0 {
		var total int
		tw, targs, err := windowWeeks(q.Window, "week")
		if err != nil {
			return page, err
		}
		if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(sentences), 0) FROM weeks WHERE `+tw, targs...).Scan(&total); err != nil {
			return page, err
		}
		counts, err := s.entityCounts(ctx, ww, wargs)
		if err != nil {
			return page, err
		}
		ca := counts[e.n]
		for i := range all {
			all[i].score = weight(weighting, all[i].count, ca, counts[all[i].n], total)
		}
	} else {
		for i := range all {
			all[i].score = float64(all[i].count)
		}
	}
	slices.SortFunc(all, func(x, y nb) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(y.count, x.count), cmp.Compare(x.id, y.id))
	})
	page.Total = len(all)
	if offset < 0 || offset > len(all) {
		return page, fmt.Errorf("%w: cursor out of range", ErrBadQuery)
	}
	end := min(offset+limit, len(all))
	for _, n := range all[offset:end] {
		ne, err := s.Entity(ctx, n.id)
		if err != nil {
			return page, err
		}
		page.Items = append(page.Items, Neighbour{Entity: ne, Count: n.count, Score: n.score})
	}
	if end < len(all) {
		page.Next = encodeCursor(end)
	}
	page.Items = nonNilSlice(page.Items)
	return page, nil
}

// entityCounts is the number of sentences naming each entity (by its
// number) in the weeks that the condition (on week numbers) selects.
func (s *sqlStore) entityCounts(ctx context.Context, ww string, args []any) (map[int64]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT entity, sum(n) FROM entity_weeks WHERE `+ww+` GROUP BY entity`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rows.Err()
}

// weight is the weighting of a co-occurrence count c of entities named in
// ca and cb sentences out of total, as the report computes it: Dice, or
// PMI normalised to [0, 1] with negatives 0.
func weight(w string, c, ca, cb, total int) float64 {
	switch w {
	case "dice":
		return 2 * float64(c) / float64(max(ca+cb, 1))
	case "pmi":
		if c >= total {
			return 1
		}
		pmi := math.Log(float64(c) * float64(total) / float64(max(ca*cb, 1)))
		return max(0, min(1, pmi/-math.Log(float64(c)/float64(total))))
	}
	return float64(c)
}

// sentences returns a page of the sentences whose ids idsOf gives
// (repeats allowed), of documents published in the window, in the order
// of sentence pages (see readIndex).
func (s *sqlStore) sentences(ctx context.Context, idsOf func() ([]int64, error), w Window, limit, offset int, cursor string) (SentencePage, error) {
	var page SentencePage
	if err := checkOffset(offset, cursor); err != nil {
		return page, err
	}
	if err := checkWindow(w); err != nil {
		return page, err
	}
	order, err := s.readIndex(ctx)
	if err != nil {
		return page, err
	}
	ids, err := idsOf()
	if err != nil {
		return page, err
	}
	ids, page.Total, err = order.page(ids, w, cursor, offset, limit+1)
	if err != nil {
		return page, err
	}
	byID := map[int64]int{}
	for i, id := range ids {
		byID[id] = i
	}
	page.Items = make([]Sentence, len(ids))
	hashes := make([]string, len(ids))
	rows, err := s.db.QueryContext(ctx, `SELECT s.id, s.doc, s.start, s."end", s.lang, s.dated, d.doc_id, d.source, d.title, d.published, d.hash
		FROM sentences s JOIN docs d ON d.id = s.doc WHERE s.id IN (`+placeholders(len(ids))+`)`, asArgs(ids)...)
	if err != nil {
		return page, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	spans := make([]span, len(ids))
	for rows.Next() {
		var it Sentence
		var id, doc int64
		var hash string
		if err := rows.Scan(&id, &doc, &it.Start, &it.End, &it.Lang, &it.Dated, &it.Doc, &it.DocSource, &it.Title, &it.Published, &hash); err != nil {
			return page, err
		}
		page.Items[byID[id]] = it
		hashes[byID[id]] = hash
		spans[byID[id]] = span{doc: doc, start: it.Start, end: it.End}
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	rows.Close()
	got, err := texts(ctx, s.db, spans)
	if err != nil {
		return page, err
	}
	for i := range page.Items {
		page.Items[i].Text = got[i]
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		dated := 0
		if last.Dated {
			dated = 1
		}
		page.Next = encodeCursor(dated, hashes[limit-1], last.Start)
	}
	page.Items = nonNilSlice(page.Items)
	return page, nil
}

// Evidence lists the sentences that name A, and B when set.
func (s *sqlStore) Evidence(ctx context.Context, q EvidenceQuery) (SentencePage, error) {
	limit, err := limitOf(q.Limit)
	if err != nil {
		return SentencePage{}, err
	}
	a, err := s.Entity(ctx, q.A)
	if err != nil {
		return SentencePage{}, err
	}
	idsOf := func() ([]int64, error) { return s.naming(ctx, a.ID) }
	if q.B != "" {
		b, err := s.Entity(ctx, q.B)
		if err != nil {
			return SentencePage{}, err
		}
		if b.ID == a.ID {
			return SentencePage{}, fmt.Errorf("%w: a and b are one entity (%s)", ErrBadQuery, a.ID)
		}
		idsOf = func() ([]int64, error) {
			as, err := s.naming(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			bs, err := s.naming(ctx, b.ID)
			if err != nil {
				return nil, err
			}
			in := make(map[int64]bool, len(bs))
			for _, id := range bs {
				in[id] = true
			}
			return slices.DeleteFunc(as, func(id int64) bool { return !in[id] }), nil
		}
	}
	return s.sentences(ctx, idsOf, q.Window, limit, 0, q.Cursor)
}

// naming returns the ids of the sentences naming an entity (repeated when
// two of its local entities share one), from the lists of local_docs.
func (s *sqlStore) naming(ctx context.Context, entity string) ([]int64, error) {
	var ids []int64
	err := eachPacked(ctx, s.db, `SELECT ld.local, ld.sentences FROM local_docs ld JOIN locals l ON l.id = ld.local WHERE l.entity = ?`,
		[]any{entity}, func(_ int64, ns []int64) { ids = append(ids, ns...) })
	if err != nil {
		return nil, fmt.Errorf("store: the sentences naming %s: %w", entity, err)
	}
	return ids, nil
}

// Search finds sentences by words.
func (s *sqlStore) Search(ctx context.Context, q SearchQuery) (SentencePage, error) {
	limit, err := limitOf(q.Limit)
	if err != nil {
		return SentencePage{}, err
	}
	m, margs, err := s.db.d.match(q.Query)
	if err != nil {
		return SentencePage{}, err
	}
	return s.sentences(ctx, func() ([]int64, error) {
		return readColumn[int64](ctx, s.db, `SELECT s.id FROM sentences s WHERE `+m, margs...)
	}, q.Window, limit, q.Offset, q.Cursor)
}

// Events lists events by date: the reports clustered as in a Result.
func (s *sqlStore) Events(ctx context.Context, q EventQuery) (EventPage, error) {
	var page EventPage
	limit, err := limitOf(q.Limit)
	if err != nil {
		return page, err
	}
	if err := checkWindow(q.Window); err != nil {
		return page, err
	}
	if err := checkOffset(q.Offset, q.Cursor); err != nil {
		return page, err
	}
	var ids []string // the entity's events; nil for all
	if q.Entity != "" {
		ent, err := s.Entity(ctx, q.Entity)
		if err != nil {
			return page, err
		}
		if ids, err = s.entityEvents(ctx, ent); err != nil {
			return page, err
		}
	}
	// The window's (and the entity's) events are counted and paged in the
	// store's order of events; only the page's rows are read.
	o, err := s.readIndex(ctx)
	if err != nil {
		return page, err
	}
	places := o.events.places(ids, q.Window)
	page.Total = len(places)
	if q.Cursor != "" {
		var date, id string
		if err := decodeCursor(q.Cursor, &date, &id); err != nil {
			return page, err
		}
		places = o.events.after(places, date, id)
	}
	places = places[min(q.Offset, len(places)):]
	places = places[:min(limit+1, len(places))]
	args := make([]any, len(places))
	for i, p := range places {
		args[i], _ = parseEventID(o.events.id[p])
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+clusterColumns+` FROM `+clusterFrom+` WHERE c.id IN (`+placeholders(len(args))+`)`, args...)
	if err != nil {
		return page, fmt.Errorf("store: %w", err)
	}
	var evs []scannedEvent
	for rows.Next() {
		ev, err := scanCluster(rows)
		if err != nil {
			rows.Close()
			return page, err
		}
		evs = append(evs, ev)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return page, err
	}
	// In the index's order: by date, then id (a report's date is a day
	// number or text: no column to order by in SQL).
	place := func(e scannedEvent) int32 { return o.events.place[e.ID] }
	slices.SortFunc(evs, func(a, b scannedEvent) int { return cmp.Compare(place(a), place(b)) })
	if page.Items, err = fillScanned(ctx, s.db, evs); err != nil {
		return page, err
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.Next = encodeCursor(last.Date, last.ID)
	}
	for i := range page.Items {
		if err := s.fillEvent(ctx, &page.Items[i]); err != nil {
			return page, err
		}
	}
	page.Items = nonNilSlice(page.Items)
	return page, nil
}

// placeholders is n query parameters, comma-separated; a NULL for none
// (IN () is no SQL).
func placeholders(n int) string {
	if n == 0 {
		return "NULL"
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// asArgs is xs as a query's arguments (for the placeholders of IN).
func asArgs[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// readStrings runs a query of one text column.
func readStrings(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	return readColumn[string](ctx, q, query, args...)
}

// readColumn runs a query of one column.
func readColumn[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// entityEvents is the ids of the events naming an entity.
func (s *sqlStore) entityEvents(ctx context.Context, e Entity) ([]string, error) {
	var blob []byte
	err := s.db.QueryRowContext(ctx, `SELECT clusters FROM entity_clusters WHERE entity = ?`, e.n).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	keys, err := unpackNumbers(blob)
	if err != nil {
		return nil, fmt.Errorf("the events of %s: %w", e.ID, err)
	}
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = eventID(k)
	}
	return ids, nil
}

// Event returns one event by id, following the redirects of events whose
// id a later finish changed; ErrNotFound when there is none.
func (s *sqlStore) Event(ctx context.Context, id string) (timeline.Event, error) {
	var ev timeline.Event
	if id == "" || len(id) > 1000 {
		return ev, fmt.Errorf("%w: event id %.40q", ErrBadQuery, id)
	}
	for range maxRedirects {
		key, ok := parseEventID(id)
		err := sql.ErrNoRows
		var sc scannedEvent
		if ok {
			sc, err = scanCluster(s.db.QueryRowContext(ctx, `SELECT `+clusterColumns+` FROM `+clusterFrom+` WHERE c.id = ?`, key))
		}
		if err == nil {
			got, err := fillScanned(ctx, s.db, []scannedEvent{sc})
			if err != nil {
				return ev, err
			}
			ev = got[0]
			return ev, s.fillEvent(ctx, &ev)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return ev, fmt.Errorf("store: %w", err)
		}
		err = s.db.QueryRowContext(ctx, `SELECT target FROM event_redirects WHERE id = ?`, id).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			break
		}
		if err != nil {
			return ev, fmt.Errorf("store: %w", err)
		}
	}
	return timeline.Event{}, fmt.Errorf("event %.80q: %w", id, ErrNotFound)
}

// clusterColumns are the columns of an event (cluster, as c, and what it
// does not take from its report, as o) that scanCluster reads, with the
// report its text is from (as r) and that report's sentence (as s):
// clusterFrom.
var (
	clusterColumns = `c.id, o.date, o.granularity, o.date_text, ` + reportDateColumns("r") + `, coalesce(o.anchor, r.anchor, sd.published),
		s.lang, c.reports, coalesce(o.languages, '["' || s.lang || '"]'), coalesce(o.first_reported, sd.published), s.doc, s.start, s."end"`
	clusterFrom = `clusters c JOIN events r ON r.id = c.report JOIN sentences s ON s.id = r.sentence JOIN docs sd ON sd.id = s.doc
		LEFT JOIN cluster_own o ON o.id = c.id`
)

// scannedEvent is an event as scanCluster reads it: all but its text,
// and its date where that is its report's, which the text gives.
type scannedEvent struct {
	timeline.Event
	text span
	// own is the event's date, granularity and date text when they are
	// not its report's (report).
	own    [3]sql.NullString
	report reportDate
}

// scanCluster reads an event but its text, and where its text is.
func scanCluster(sc interface{ Scan(...any) error }) (scannedEvent, error) {
	var ev scannedEvent
	var langs string
	var key int64
	dest := append([]any{&key, &ev.own[0], &ev.own[1], &ev.own[2]}, ev.report.dest()...)
	if err := sc.Scan(append(dest, &ev.Anchor, &ev.Lang, &ev.Reports, &langs, &ev.FirstReported,
		&ev.text.doc, &ev.text.start, &ev.text.end)...); err != nil {
		return ev, err
	}
	if err := unmarshalAll([]string{langs}, &ev.Languages); err != nil {
		return ev, err
	}
	ev.ID = eventID(key)
	return ev, nil
}

// fillScanned reads the texts of events scanCluster read and sets them
// and their dates.
func fillScanned(ctx context.Context, q querier, evs []scannedEvent) ([]timeline.Event, error) {
	spans := make([]span, len(evs))
	for i, e := range evs {
		spans[i] = e.text
	}
	got, err := texts(ctx, q, spans)
	if err != nil {
		return nil, err
	}
	out := make([]timeline.Event, len(evs))
	for i, e := range evs {
		ev := e.Event
		ev.Text = got[i]
		if e.own[0].Valid {
			ev.Date, ev.Granularity, ev.DateText = e.own[0].String, e.own[1].String, e.own[2].String
		} else if err := e.report.fill(&ev, got[i]); err != nil {
			return nil, fmt.Errorf("event %s: %w", ev.ID, err)
		}
		ev.DateLabel = timex.Label(ev.Date)
		out[i] = ev
	}
	return out, nil
}

// fillEvent fills in an event's entities and sources: the sources of its
// reports in order, each with the report's text and language.
func (s *sqlStore) fillEvent(ctx context.Context, ev *timeline.Event) error {
	key, _ := parseEventID(ev.ID)
	// Its entities by the numbers its row lists (entity_clusters is
	// keyed by entity alone).
	var blob []byte
	if err := s.db.QueryRowContext(ctx, `SELECT entities FROM clusters WHERE id = ?`, key).Scan(&blob); err != nil {
		return err
	}
	ns, err := unpackNumbers(blob)
	if err != nil {
		return fmt.Errorf("event %s: %w", ev.ID, err)
	}
	ev.Entities = nil
	if len(ns) > 0 {
		if ev.Entities, err = readStrings(ctx, s.db, `SELECT id FROM entities WHERE n IN (`+placeholders(len(ns))+`) ORDER BY id`, asArgs(ns)...); err != nil {
			return err
		}
	}
	// Each source shows the text and language of its report (the
	// report's first source, which its row holds; its others are in
	// event_sources, looked up by the reports' keys: joined, SQLite's
	// planner scanned the small table for every event, 137 ms each).
	rows, err := s.db.QueryContext(ctx, `WITH cr AS (SELECT pos, event FROM cluster_reports WHERE cluster = ?
				UNION ALL SELECT 0, report FROM clusters c WHERE c.id = ? AND NOT EXISTS (SELECT 1 FROM cluster_reports WHERE cluster = ?)),
			es AS (SELECT cr.pos, e.sentence AS first, e.sentence FROM cr JOIN events e ON e.id = cr.event
				UNION ALL SELECT cr.pos, e.sentence, x.sentence FROM event_sources x JOIN cr ON cr.event = x.event JOIN events e ON e.id = x.event
					WHERE x.event IN (SELECT event FROM cr))
		SELECT es.pos, d.doc_id, d.source, s.start, s."end", rs.doc, rs.start, rs."end", rs.lang
		FROM es JOIN sentences rs ON rs.id = es.first JOIN sentences s ON s.id = es.sentence JOIN docs d ON d.id = s.doc`, key, key, key)
	if err != nil {
		return err
	}
	type src struct {
		timeline.Source
		pos    int
		source string
	}
	var srcs []src
	var spans []span
	for rows.Next() {
		var x src
		var sp span
		if err := rows.Scan(&x.pos, &x.Doc, &x.source, &x.Start, &x.End, &sp.doc, &sp.start, &sp.end, &x.Lang); err != nil {
			rows.Close()
			return err
		}
		srcs = append(srcs, x)
		spans = append(spans, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	got, err := texts(ctx, s.db, spans)
	if err != nil {
		return err
	}
	for i := range srcs {
		srcs[i].Text = got[i]
	}
	slices.SortFunc(srcs, func(a, b src) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), timeline.CompareSources(a.source, b.source), cmp.Compare(a.Start, b.Start), cmp.Compare(a.Doc, b.Doc))
	})
	for _, x := range srcs {
		ev.Sources = append(ev.Sources, x.Source)
	}
	ev.Entities = nonNilSlice(ev.Entities)
	ev.Sources = nonNilSlice(ev.Sources)
	ev.Languages = nonNilSlice(ev.Languages)
	return nil
}

// Volume counts documents and events per bucket: documents by their day
// of publication, events whose days fall in one bucket (inside the
// window), over the store's index of events and documents.
func (s *sqlStore) Volume(ctx context.Context, q VolumeQuery) ([]VolumeBucket, error) {
	var name func(day int32) string
	switch q.Bucket {
	case "day", "":
		name = dayString
	case "week":
		name = func(d int32) string { return dayString(d - ((d+3)%7+7)%7) } // 1970-01-01 was a Thursday
	case "month":
		name = func(d int32) string { return dayString(d)[:7] }
	default:
		return nil, fmt.Errorf("%w: bucket %q: want day, week or month", ErrBadQuery, q.Bucket)
	}
	if err := checkWindow(q.Window); err != nil {
		return nil, err
	}
	names := map[int32]string{}
	bucket := func(d int32) string {
		n, ok := names[d]
		if !ok {
			n = name(d)
			names[d] = n
		}
		return n
	}
	o, err := s.readIndex(ctx)
	if err != nil {
		return nil, err
	}
	var docs []int32   // the entity's documents; nil for all
	var events []int32 // the entity's events; nil for all
	if q.Entity != "" {
		ent, err := s.Entity(ctx, q.Entity)
		if err != nil {
			return nil, err
		}
		ids, err := s.entityEvents(ctx, ent)
		if err != nil {
			return nil, err
		}
		events = o.events.places(ids, Window{})
		ds, err := readColumn[int64](ctx, s.db, `SELECT DISTINCT ld.doc FROM local_docs ld JOIN locals l ON l.id = ld.local WHERE l.entity = ?`, ent.ID)
		if err != nil {
			return nil, err
		}
		docs = []int32{}
		for _, id := range ds {
			if ix, ok := o.docIx[id]; ok {
				docs = append(docs, ix)
			}
		}
	}
	from, to := windowDays(q.Window)
	buckets := map[string]*VolumeBucket{}
	get := func(b string) *VolumeBucket {
		if buckets[b] == nil {
			buckets[b] = &VolumeBucket{Bucket: b}
		}
		return buckets[b]
	}
	countDoc := func(ix int32) {
		if d := o.day[ix]; d >= 0 && d >= from && d <= to {
			get(bucket(d)).Documents++
		}
	}
	if docs == nil {
		for ix := range o.day {
			countDoc(int32(ix))
		}
	}
	for _, ix := range docs {
		countDoc(ix)
	}
	countEvent := func(p int32) {
		a, b := o.events.from[p], o.events.to[p]
		if a < 0 || b < 0 || a < from || b > to {
			return
		}
		if n := bucket(a); n == bucket(b) {
			get(n).Events++
		}
	}
	if events == nil {
		for p := range o.events.id {
			countEvent(int32(p))
		}
	}
	for _, p := range events {
		countEvent(p)
	}
	out := make([]VolumeBucket, 0, len(buckets))
	for _, k := range sortedKeys(buckets) {
		out = append(out, *buckets[k])
	}
	return out, nil
}

// Stats describes the store.
// They are counted once per generation of the store: counting a million
// sentences and the distinct edges took half a second.
func (s *sqlStore) Stats(ctx context.Context) (Stats, error) {
	gen, err := s.Generation(ctx)
	if err != nil {
		return Stats{}, err
	}
	s.index.mu.Lock()
	st, ok := s.index.stats, s.index.statsGen == gen
	s.index.mu.Unlock()
	if ok {
		return st, nil
	}
	if st, err = s.countStats(ctx); err != nil {
		return st, err
	}
	s.index.mu.Lock()
	s.index.stats, s.index.statsGen = st, gen
	s.index.mu.Unlock()
	return st, nil
}

// Versions reads the versions of the last finish (Store.Versions), zero
// when the store holds no document.
func (s *sqlStore) Versions(ctx context.Context) (Versions, error) {
	var held bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM docs)`).Scan(&held); err != nil {
		return Versions{}, fmt.Errorf("store: %w", err)
	}
	if !held {
		return Versions{}, nil
	}
	meta, err := s.meta(ctx)
	if err != nil {
		return Versions{}, err
	}
	return versionsOf(meta), nil
}

// meta reads the table meta, by key.
func (s *sqlStore) meta(ctx context.Context) (map[string]string, error) {
	meta := map[string]string{}
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM meta`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		meta[k] = v
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return meta, nil
}

// versionsOf takes the versions a finish recorded (finish.go) from meta.
func versionsOf(meta map[string]string) Versions {
	return Versions{Chronograph: meta["version_chronograph"], Models: meta["version_models"], Aliases: meta["version_aliases"]}
}

// countStats counts what Stats says.
func (s *sqlStore) countStats(ctx context.Context) (Stats, error) {
	st := Stats{SchemaVersion: SchemaVersion, Path: s.path}
	var first, last sql.NullString
	queries := []struct {
		q    string
		dest []any
	}{
		{`SELECT count(*), CAST(coalesce(sum(bytes), 0) AS BIGINT), min(nullif(published, '')), max(nullif(published, '')) FROM docs`, []any{&st.Documents, &st.Bytes, &first, &last}},
		{`SELECT count(*) FROM sentences`, []any{&st.Sentences}},
		{`SELECT coalesce(sum(mentions), 0) FROM locals`, []any{&st.Mentions}},
		{`SELECT count(*) FROM entities`, []any{&st.Entities}},
		{`SELECT count(*) FROM clusters`, []any{&st.Events}},
		{`SELECT count(*) FROM events`, []any{&st.Reports}},
		{`SELECT count(*) FROM (SELECT DISTINCT a, b FROM edges WHERE a < b) AS pairs`, []any{&st.Edges}},
	}
	for _, q := range queries {
		if err := s.db.QueryRowContext(ctx, q.q).Scan(q.dest...); err != nil {
			return st, fmt.Errorf("store: %w", err)
		}
	}
	st.FirstDate, st.LastDate = first.String, last.String
	meta, err := s.meta(ctx)
	if err != nil {
		return st, err
	}
	st.Versions = versionsOf(meta)
	st.Ingested, _ = time.Parse(time.RFC3339, meta["ingested"])
	st.Finished, _ = time.Parse(time.RFC3339, meta["finished"])
	st.Stale = meta["stale"] != "" && meta["stale"] != "0" // changes counted by markStale
	return st, nil
}

// allEntities lists every entity.
func (s *sqlStore) allEntities(ctx context.Context) ([]Entity, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+entityColumns+` FROM entities ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var out []Entity
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Generation is made of the newest document and correction, the time of
// the last finish and the versions it ran with: an ingest adds documents,
// a finish follows every ingest and correction, and a correction waits for
// one (stale). The time is to the second, and a finish in the same second
// as the last can still change what is read when it runs with other
// versions (it resolves again): those are part of it too.
func (s *sqlStore) Generation(ctx context.Context) (string, error) {
	var doc, corr sql.NullInt64
	var finished, stale, chronograph, models, aliases sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT max(id) FROM docs), (SELECT max(id) FROM corrections),
		(SELECT value FROM meta WHERE key = 'finished'), (SELECT value FROM meta WHERE key = 'stale'),
		(SELECT value FROM meta WHERE key = 'version_chronograph'), (SELECT value FROM meta WHERE key = 'version_models'),
		(SELECT value FROM meta WHERE key = 'version_aliases')`).Scan(&doc, &corr, &finished, &stale, &chronograph, &models, &aliases)
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	return fmt.Sprintf("%d.%d.%s.%s.%q.%q.%q", doc.Int64, corr.Int64, finished.String, stale.String, chronograph.String, models.String, aliases.String), nil
}
