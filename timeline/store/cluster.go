package store

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/events"
)

// clusterEvents groups the stored reports (dated sentences, the rows of
// events) into events as timeline.ClusterReports does for a Result, and
// writes them to clusters: the events the Events query lists.
//
// It reuses the links between clusters the last finish learnt (the table
// event_links: events.Index.Reuse) for the reports that did not change
// since: those with no source in a new document (new_docs) and no local
// entity in moved (local entities resolution gave another entity), and
// the clusters of the days whose reports are all such (events.Index.Earlier).
// With fresh set (the first finish, or entity kinds changed), it reuses
// none.
//
// When it reuses them, it reads only the reports of the groups (days,
// weeks, months …) whose events may change (events.Around the dates of the
// changed reports) and writes only their events, so that a finish after a
// batch of the last days reads little of a large store: the weeks and
// months around a changed day decide their joins into it again, and take
// those into their other days, which it does not read, from the last
// finish (outside_groups, timeline.Reuse.Elsewhere). Should a join move
// into or out of a day not read, it reads that day too; should the groups
// still not be enough (timeline.ErrIncomplete), it reads them all.
//
// entity gives the entity each local entity is in now ("" for none), as
// the finish resolved them. When fill is not nil and it reads all reports
// (it reuses none), fill gives them instead (builtReports.fill).
//
// It returns how many stored reports it read (FinishReport.ReportsRead).
func clusterEvents(w *txWriter, clusters []*cluster, moved map[int64]bool, entity func(local int64) string, fresh bool, fill func(*reportRows)) (int, error) {
	current, err := linksCurrent(w)
	if err != nil {
		return 0, err
	}
	reuse := !fresh && current
	var (
		loaded map[string]bool
		rg     *reportGroups
	)
	read, last := newReportRows(), newLastFinish()
	count := 0
	if reuse {
		if loaded, rg, err = groupsToLoad(w, moved); err != nil {
			return 0, err
		}
		if loaded, err = loadGroups(w, loaded, rg, 0); err != nil {
			return 0, err
		}
	}
	// A join that moved into or out of a day not read needs that day too
	// (timeline.IncompleteError): read it as well, a few times at most.
	// Each pass reads only the reports of the groups it adds, and of the
	// last finish's events and links only those (last), and continues the
	// clustering of the pass before (timeline.Reuse.Clustering), which
	// works out only what the groups added change.
	var (
		steps events.FirstSteps
		cont  *timeline.Clustering
	)
	for try := 0; ; try++ {
		if loaded == nil {
			read, last = newReportRows(), newLastFinish()
		}
		n := len(read.reports)
		if loaded == nil && fill != nil {
			fill(read)
		} else if err := read.read(w, moved, entity, loaded != nil, try); err != nil {
			return 0, err
		}
		count += len(read.reports) - n
		err = clusterGroups(w, clusters, reuse, loaded, read, steps, cont, try, last)
		var more *timeline.IncompleteError
		if loaded == nil || try == 3 || !errors.As(err, &more) {
			break
		}
		steps, cont = more.FirstSteps, more.Clustering
		for g := range events.Around(more.Groups) {
			loaded[g] = true
		}
		if loaded, err = loadGroups(w, loaded, rg, try+1); err != nil {
			return 0, err
		}
		if loaded == nil {
			cont = nil // all read again: a clustering of them all
		}
	}
	if errors.Is(err, timeline.ErrIncomplete) {
		read = newReportRows()
		if err := read.read(w, moved, entity, false, 0); err != nil {
			return 0, err
		}
		count += len(read.reports)
		err = clusterGroups(w, clusters, reuse, nil, read, steps, nil, 0, newLastFinish())
	}
	return count, err
}

// groupsToLoad returns the groups whose events a finish must work out
// again (events.Around): those of the reports with a source in a new
// document or a local entity in moved, and the groups around them; and
// what tells the stored reports' groups (reportGroups), with the reports
// of those groups whose reports are each an event alone (events.Alone)
// that changed: only those of such a group are loaded.
func groupsToLoad(w *txWriter, moved map[int64]bool) (map[string]bool, *reportGroups, error) {
	ctx, tx := w.ctx, w.tx
	rg, err := readReportGroups(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	ids, err := newReports(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	if len(moved) > 0 {
		for _, q := range []string{
			`CREATE TEMP TABLE IF NOT EXISTS moved_locals (id BIGINT PRIMARY KEY)`,
			`DELETE FROM moved_locals`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return nil, nil, err
			}
		}
		var ml [][]any
		for _, l := range sortedKeysOf(moved, cmp.Compare[int64]) {
			ml = append(ml, []any{l})
		}
		if err := insertValues(ctx, tx, "moved_locals", []string{"id"}, ml); err != nil {
			return nil, nil, err
		}
		more, err := reportsNaming(ctx, tx)
		if err != nil {
			return nil, nil, err
		}
		ids = append(ids, more...)
	}
	ids, dates, err := reportDates(ctx, tx, ids)
	if err != nil {
		return nil, nil, err
	}
	for i, d := range dates {
		if g := events.GroupOf(d); events.Alone(g) {
			rg.alone[g] = append(rg.alone[g], ids[i])
		}
	}
	return events.Around(dates), rg, nil
}

// reportGroups tells which group (events.GroupOf) each stored report is
// in, read without every report's row: a report dated to a day (events.day)
// is in that day's group, and the dates held as text (events.date: weeks,
// months, years, days with a time) are few. A finish adding 1% to 100,000
// generated documents read every report's date into a map (1.4 million),
// to pick the third of them it loads.
type reportGroups struct {
	total  int               // the reports stored
	byText map[string]string // each date held as text, its group
	// alone lists, by group whose reports are each an event alone
	// (events.Alone), the reports of it that changed: a finish loads
	// those, not the group (a year of 100,000 generated documents holds
	// 27,670 reports, which a batch of the last days adds to).
	alone map[string][]int64
	// held are the groups whose reports loaded_events holds (loadGroups).
	held map[string]bool
}

// readReportGroups reads the stored reports' count and dates held as text.
func readReportGroups(ctx context.Context, tx *tx) (*reportGroups, error) {
	rg := &reportGroups{byText: map[string]string{}, alone: map[string][]int64{}, held: map[string]bool{}}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&rg.total); err != nil {
		return nil, err
	}
	texts, err := readStrings(ctx, tx, `SELECT DISTINCT date FROM events WHERE day IS NULL`)
	if err != nil {
		return nil, err
	}
	for _, t := range texts {
		rg.byText[t] = events.GroupOf(t)
	}
	return rg, nil
}

// reportDates returns the stored reports of ids (those stored, each once)
// and their dates.
func reportDates(ctx context.Context, tx *tx, ids []int64) ([]int64, []string, error) {
	slices.Sort(ids)
	ids = slices.Compact(ids)
	days := dateCache{}
	var stored []int64
	var out []string
	err := eachIn(ctx, tx, `SELECT id, day, date FROM events WHERE id IN `, ids, func(rows *sql.Rows) error {
		var id int64
		var d reportDate
		if err := rows.Scan(&id, &d.day, &d.date); err != nil {
			return err
		}
		stored = append(stored, id)
		out = append(out, days.value(d))
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return stored, out, nil
}

// newReports returns the reports the documents of new_docs are sources of:
// the keys of their dated sentences (timeline.EventKey of each date and the
// sentence's normalised text), worked out again from their stored partials,
// as ingest did. No table is keyed by sentence or document, and a join of
// event_sources to sentences read both whole, every finish.
func newReports(ctx context.Context, tx *tx) ([]int64, error) {
	return sentenceReports(ctx, tx, `SELECT id FROM new_docs`, nil)
}

// movedDocs selects the rows of local_docs of the local entities of
// moved_locals.
const movedDocs = `FROM local_docs WHERE local IN (SELECT id FROM moved_locals)`

// reportsNaming returns the reports a sentence naming a local entity of
// moved_locals is a source of, worked out from the partials of their
// documents as newReports does: a join of the reports' sources to those
// sentences read the sources whole (3.6 of a finish's 50 CPU-s adding 1%
// to 100,000 generated documents, for 48 sentences).
func reportsNaming(ctx context.Context, tx *tx) ([]int64, error) {
	// The sentences' documents come with their rows of local_docs: of
	// each sentence, only its start is read.
	var sns []int64
	docOf := map[int64]int64{}
	if err := eachPacked(ctx, tx, `SELECT doc, sentences `+movedDocs, nil, func(doc int64, ns []int64) {
		for _, sn := range ns {
			sns = append(sns, sn)
			docOf[sn] = doc
		}
	}); err != nil {
		return nil, err
	}
	starts := map[int64]map[int]bool{}
	err := eachIn(ctx, tx, `SELECT id, start FROM sentences WHERE id IN `, sns, func(rows *sql.Rows) error {
		var sn int64
		var start int
		if err := rows.Scan(&sn, &start); err != nil {
			return err
		}
		doc := docOf[sn]
		if starts[doc] == nil {
			starts[doc] = map[int]bool{}
		}
		starts[doc][start] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sentenceReports(ctx, tx, `SELECT doc `+movedDocs, starts)
}

// sentenceReports returns the reports the dated sentences of the documents
// that the query docs selects (their ids) are sources of, worked out from
// their stored partials: of every sentence when starts is nil, else of
// those starting where starts says, by document.
func sentenceReports(ctx context.Context, tx *tx, docs string, starts map[int64]map[int]bool) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.partial, t.text FROM docs d JOIN doc_texts t ON t.id = d.id WHERE d.id IN (`+docs+`)`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var doc int64
		var blob, packed []byte
		if err := rows.Scan(&doc, &blob, &packed); err != nil {
			return nil, err
		}
		p, dv, err := decodePartial(blob)
		if err != nil {
			return nil, fmt.Errorf("store: document %d: %w", doc, err)
		}
		keep := func(j int) bool { return starts == nil || starts[doc][p.Sentences[j].Start] }
		textNorm := slices.DeleteFunc(dv.norms, func(j int) bool { return !keep(j) })
		// (The dates' values are their temporal expressions', which the
		// partial holds.)
		for _, k := range dv.dates {
			dt := &p.Sentences[k[0]].Dates[k[1]]
			dt.Value = p.Timexes[k[2]].Value
		}
		if len(textNorm) > 0 {
			end := 0
			for _, j := range textNorm {
				end = max(end, p.Sentences[j].End)
			}
			text, err := unpackText(nil, packed, end)
			if err != nil {
				return nil, fmt.Errorf("store: document %d: %w", doc, err)
			}
			for _, j := range textNorm {
				sn := &p.Sentences[j]
				t, err := cut(text, span{doc: doc, start: sn.Start, end: sn.End})
				if err != nil {
					return nil, err
				}
				sn.Norm = timeline.TextNorm(t)
			}
		}
		for j, sn := range p.Sentences {
			if !keep(j) {
				continue
			}
			for _, dt := range sn.Dates {
				sum := timeline.EventKey(dt.Value, sn.Norm)
				out = append(out, reportID(sum[:]))
			}
		}
	}
	return out, rows.Err()
}

// loadGroups fills the temporary tables loaded_events and loaded_groups
// (groupHash) with the reports and the keys of the groups loaded, and
// outside_clusters with the clusters of the last finish, by ident, in the
// days the weeks and months loaded span and do not hold
// (timeline.Reuse.Elsewhere). It returns the groups loaded, nil (all) when
// they hold most reports: reading it all then costs less than naming what
// to read. A day that shares its hash with another outside is loaded too.
//
// Pass numbers the calls of one finish, from 0: the reports the earlier
// passes read stay in loaded_events, and those new to this pass are
// marked with its number, the ones reportRows.read reads. The reports are
// picked in SQL by their day or date's text (reportGroups), and those of a
// group alone (reportGroups.alone) by their ids: of the groups the
// earlier passes did not load (reportGroups.held), as the others' are in
// loaded_events already (picked again, the 320,000 reports of the first
// pass adding 1% to 100,000 generated documents took as many lookups, in
// a second pass that added 3,600).
func loadGroups(w *txWriter, loaded map[string]bool, rg *reportGroups, pass int) (map[string]bool, error) {
	ctx, tx := w.ctx, w.tx
	qs := []string{
		`CREATE TEMP TABLE IF NOT EXISTS loaded_events (id BIGINT PRIMARY KEY, pass INTEGER NOT NULL)`,
		`DELETE FROM loaded_events`,
	}
	if pass > 0 {
		qs = nil
	}
	for _, q := range append(qs,
		`CREATE TEMP TABLE IF NOT EXISTS loaded_groups (grp BIGINT PRIMARY KEY)`,
		`DELETE FROM loaded_groups`,
		`CREATE TEMP TABLE IF NOT EXISTS outside_groups (grp BIGINT PRIMARY KEY)`,
		`DELETE FROM outside_groups`,
		`CREATE TEMP TABLE IF NOT EXISTS loaded_days (day BIGINT PRIMARY KEY)`,
		`DELETE FROM loaded_days`,
		`CREATE TEMP TABLE IF NOT EXISTS loaded_dates (date TEXT PRIMARY KEY)`,
		`DELETE FROM loaded_dates`,
		`CREATE TEMP TABLE IF NOT EXISTS loaded_reports (id BIGINT PRIMARY KEY)`,
		`DELETE FROM loaded_reports`,
	) {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, err
		}
	}
	// The groups' hashes: a day outside whose hash another group has is
	// loaded, with its week and month, as its rows cannot be told apart.
	var outside map[int64]string
	seen := map[int64]bool{}
	for clash := true; clash; {
		clash = false
		clear(seen)
		for g := range loaded {
			seen[groupHash(g)] = true
		}
		outside = map[int64]string{}
		for _, d := range events.Outside(loaded) {
			h := groupHash(d)
			if other, ok := outside[h]; ok || seen[h] {
				for g := range events.Around([]string{d, other}) {
					loaded[g] = true
				}
				clash = true
				break
			}
			outside[h] = d
		}
	}
	// The reports of the groups loaded, by their day or their date's
	// text, or their ids; those an earlier pass read keep its number.
	days, texts, ids := rg.pick(loaded)
	for _, t := range []struct {
		table, col string
		rows       [][]any
	}{{"loaded_days", "day", days}, {"loaded_dates", "date", texts}, {"loaded_reports", "id", ids}} {
		if err := insertValues(ctx, tx, t.table, []string{t.col}, t.rows); err != nil {
			return nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO loaded_events (id, pass) SELECT id, `+strconv.Itoa(pass)+` FROM events
		WHERE day IN (SELECT day FROM loaded_days) OR date IN (SELECT date FROM loaded_dates) OR id IN (SELECT id FROM loaded_reports)
		ON CONFLICT (id) DO NOTHING`); err != nil {
		return nil, err
	}
	var all int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM loaded_events`).Scan(&all); err != nil {
		return nil, err
	}
	if 4*all > 3*rg.total {
		return nil, nil
	}
	var grps, outs [][]any
	for h := range seen {
		grps = append(grps, []any{h})
	}
	for h := range outside {
		outs = append(outs, []any{h})
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{{"loaded_groups", []string{"grp"}, grps}, {"outside_groups", []string{"grp"}, outs}} {
		if err := insertValues(ctx, tx, t.table, t.cols, t.rows); err != nil {
			return nil, err
		}
	}
	return loaded, nil
}

// pick returns what picks the reports of the groups loaded that no
// earlier pass loaded (held), as loadGroups inserts them: their days,
// their dates held as text, and the reports of the groups alone (alone,
// all of which the first pass loads); and marks the groups loaded held.
func (rg *reportGroups) pick(loaded map[string]bool) (days, texts, ids [][]any) {
	for g := range loaded {
		if rg.held[g] {
			continue
		}
		if d, ok := storedDay(g); ok {
			days = append(days, []any{d})
		}
		for _, id := range rg.alone[g] {
			ids = append(ids, []any{id})
		}
	}
	for t, g := range rg.byText {
		if loaded[g] && !rg.held[g] && rg.alone[g] == nil {
			texts = append(texts, []any{t})
		}
	}
	for g := range loaded {
		rg.held[g] = true
	}
	return days, texts, ids
}

// outsideClusters reads the clusters loadGroups named in outside_groups:
// by ident, the day (loaded gives the days; those outside are the days of
// the rows' group hashes).
func outsideClusters(w *txWriter, loaded map[string]bool) (map[uint64]string, error) {
	day := map[int64]string{}
	for _, d := range events.Outside(loaded) {
		day[groupHash(d)] = d
	}
	out := map[uint64]string{}
	err := readLinks(w, `SELECT grp, links FROM event_links WHERE grp IN (SELECT grp FROM outside_groups)`, func(l events.Link) {
		h, _ := strconv.ParseInt(l.Group, 10, 64)
		if d, ok := day[h]; ok && l.To == 0 {
			out[l.From] = d
		}
	})
	return out, err
}

// groupHash is the number event_links keeps a group's key as: 32 bits of
// its FNV-1a hash. Two groups of one hash share their rows' fate (a finish
// working on one replaces the other's too): the other's clusters are then
// taken as new, which costs work, not exactness.
func groupHash(group string) int64 {
	h := fnv.New32a()
	h.Write([]byte(group))
	return int64(h.Sum32())
}

// reportRows are the stored reports a finish clusters again, as
// timeline.Events with their rows' ids, the spans of their texts and their
// sources; read in passes (clusterEvents), each adding those of the groups
// it loads, in reportOrder.
type reportRows struct {
	reports []timeline.Event // with their sources, in order (sortedSources)
	rowIDs  []int64
	spans   []span
	index   map[int64]int  // by row of events: the report's position
	changed map[int64]bool // by row of events: a local entity moved, or a source is new
	// published gives the publication date of each source document, by
	// its id and by its row.
	published    map[string]string
	publishedRow map[int64]string
	// docs holds the rows of the documents of the sources read
	// (readDocs), newDocs the documents of new_docs.
	docs    map[int64]docRow
	newDocs map[int64]bool
}

// reportSource is a source of a report, with its document's source (the
// outlet, which orders a report's sources).
type reportSource struct {
	timeline.Source
	source string
}

// sortedSources sorts a report's sources by their documents' sources, then
// offset and document, and returns them appended to *all, which the
// sources of many reports share (one slice apiece, grown source by source,
// took an allocation or more per report, of hundreds of thousands).
func sortedSources(all *[]timeline.Source, srcs []reportSource) []timeline.Source {
	slices.SortFunc(srcs, func(a, b reportSource) int {
		return cmp.Or(timeline.CompareSources(a.source, b.source), cmp.Compare(a.Start, b.Start), cmp.Compare(a.Doc, b.Doc))
	})
	at := len(*all)
	for _, s := range srcs {
		*all = append(*all, s.Source)
	}
	return (*all)[at:len(*all):len(*all)]
}

func newReportRows() *reportRows {
	return &reportRows{index: map[int64]int{}, changed: map[int64]bool{}, published: map[string]string{}, publishedRow: map[int64]string{},
		docs: map[int64]docRow{}}
}

// read adds the reports loadGroups marked with pass in loaded_events when
// scoped, else all. entity gives the entity of each local entity the
// sources name ("" for none), as the finish resolved them.
//
// Its queries join no table a report's rows share (documents, local
// entities): a finish adding 1% to 100,000 generated documents reads
// about 360,000 reports, whose sources come from some 60,000 documents,
// and each row joined to its document and local entity cost a lookup and
// copies of the same strings. Those are read once each instead.
//
// A report's first source is the sentence its row holds, read with the
// row; only its others come from event_sources (54,127 of 397,955 sources
// in that finish): a query of all of them joined each report's sentence a
// second time. The local entities of the sources' sentences (local_docs,
// read by the sources' documents) go straight to the reports of each
// sentence, not through a list per sentence.
func (rr *reportRows) read(w *txWriter, moved map[int64]bool, entity func(local int64) string, scoped bool, pass int) error {
	ctx, tx := w.ctx, w.tx
	// only restricts a query's events (column col) to those of the pass.
	only := func(col string) string {
		if !scoped {
			return "TRUE"
		}
		return col + ` IN (SELECT id FROM loaded_events le WHERE ` + ofPass("le", pass) + `)`
	}
	if rr.newDocs == nil {
		ids, err := readColumn[int64](ctx, tx, `SELECT id FROM new_docs`)
		if err != nil {
			return err
		}
		rr.newDocs = make(map[int64]bool, len(ids))
		for _, id := range ids {
			rr.newDocs[id] = true
		}
	}
	// source is a source of the report at position at of rr.reports, in
	// sentence sn.
	type source struct {
		at, start, end int
		sn, doc        int64
	}
	// Room for the pass's reports, counted first: grown as they came,
	// the reports (a timeline.Event is over 200 bytes) were copied again
	// and again, some 360,000 of them.
	var count int
	q := `SELECT count(*) FROM events`
	if scoped {
		q = `SELECT count(*) FROM loaded_events le WHERE ` + ofPass("le", pass)
	}
	if err := tx.QueryRowContext(ctx, q).Scan(&count); err != nil {
		return err
	}
	first := len(rr.reports)
	if first == 0 {
		rr.index = make(map[int64]int, count)
	}
	rr.reports = slices.Grow(rr.reports, count)
	rr.rowIDs = slices.Grow(rr.rowIDs, count)
	rr.spans = slices.Grow(rr.spans, count)
	var (
		own     = make([]source, 0, count) // each report's first source
		dates   = make([]reportDate, 0, count)
		anchors = make([]sql.NullString, 0, count) // NULL: the day the document of the report's sentence was published
	)
	rows, err := tx.QueryContext(ctx, `SELECT e.id, `+reportDateColumns("e")+`, e.anchor, e.sentence, s.lang, s.doc, s.start, s."end"
		FROM events e JOIN sentences s ON s.id = e.sentence WHERE `+only("e.id")+` ORDER BY e.id`)
	if err != nil {
		return err
	}
	var (
		id     int64
		lang   string
		src    source
		rd     reportDate
		anchor sql.NullString
	)
	dest := append(append([]any{&id}, rd.dest()...), &anchor, &src.sn, &lang, &src.doc, &src.start, &src.end) // (each row sets each)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return err
		}
		ev := timeline.Event{ID: reportEventID(id), Lang: lang}
		src.at = len(rr.reports)
		rr.index[id] = src.at
		rr.reports = append(rr.reports, ev)
		rr.rowIDs = append(rr.rowIDs, id)
		rr.spans = append(rr.spans, span{doc: src.doc, start: src.start, end: src.end})
		own = append(own, src)
		dates = append(dates, rd)
		anchors = append(anchors, anchor)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	got, err := texts(ctx, tx, rr.spans[first:])
	if err != nil {
		return err
	}
	for i, t := range got {
		ev := &rr.reports[first+i]
		ev.Text = t
		if err := dates[i].fill(ev, t); err != nil {
			return err
		}
	}
	var sources []source
	rows, err = tx.QueryContext(ctx, `SELECT es.event, es.sentence, s.doc, s.start, s."end"
		FROM event_sources es JOIN sentences s ON s.id = es.sentence WHERE `+only("es.event"))
	if err != nil {
		return err
	}
	for rows.Next() {
		var ev int64
		var src source
		if err := rows.Scan(&ev, &src.sn, &src.doc, &src.start, &src.end); err != nil {
			rows.Close()
			return err
		}
		at, ok := rr.index[ev]
		if !ok {
			continue // a source of no report: stored, there is none
		}
		src.at = at
		sources = append(sources, src)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// A report's own sentence comes after its other sources, as its row
	// came after them in the one query before: a sort keeps the order of
	// sources that tie.
	sources = append(sources, own...)
	// The sources of each sentence: the last in last, the one before it
	// in before (-1: none).
	last := make(map[int64]int32, len(sources))
	before := make([]int32, len(sources))
	for j, src := range sources {
		before[j] = -1
		if k, ok := last[src.sn]; ok {
			before[j] = k
		}
		last[src.sn] = int32(j)
	}
	// The entities each report names, to share one array (apiece, they
	// took 360,000 allocations and more as they grew).
	type naming struct {
		at int
		e  string
	}
	var names []naming
	// The local entities of the sources' documents, by the index of
	// local_docs by document: each row lists the sentences of its
	// document naming its local entity.
	docs := make([]int64, 0, len(sources))
	for _, s := range sources {
		docs = append(docs, s.doc)
	}
	slices.Sort(docs)
	docs = slices.Compact(docs)
	err = localDocsOf(ctx, tx, docs, func(local int64, sns []int64) {
		e, mv := entity(local), moved[local]
		if e == "" && !mv {
			return // (neither named nor moved: nothing to its reports)
		}
		for _, sn := range sns {
			for k, ok := last[sn]; ok && k >= 0; k = before[k] {
				at := sources[k].at
				if mv {
					rr.changed[rr.rowIDs[at]] = true
				}
				if e != "" {
					names = append(names, naming{at, e})
				}
			}
		}
	})
	if err != nil {
		return err
	}
	n := make([]int, len(rr.reports)-first) // per report: entities, then sources
	for _, x := range names {
		n[x.at-first]++
	}
	room := make([]string, len(names))
	for i, k := range n {
		if k > 0 {
			rr.reports[first+i].Entities, room = room[:0:k], room[k:]
		}
	}
	for _, x := range names {
		r := &rr.reports[x.at]
		r.Entities = append(r.Entities, x.e)
	}
	if err := rr.readDocs(ctx, tx, docs); err != nil {
		return err
	}
	for i, a := range anchors {
		ev := &rr.reports[first+i]
		if ev.Anchor = a.String; !a.Valid {
			ev.Anchor = rr.docs[rr.spans[first+i].doc].published
		}
	}
	// The reports' sources, by report (each report's in the order they
	// came in, which the sort keeps for sources that tie).
	clear(n)
	for _, src := range sources {
		n[src.at-first]++
	}
	byReport := make([]reportSource, len(sources))
	at := make([]int, len(n)+1) // where each report's sources start in byReport
	for i, k := range n {
		at[i+1] = at[i] + k
	}
	next := slices.Clone(at[:len(n)])
	for _, src := range sources {
		d := rr.docs[src.doc]
		if rr.newDocs[src.doc] {
			rr.changed[rr.rowIDs[src.at]] = true // a new source: perhaps the text it shows
		}
		byReport[next[src.at-first]] = rr.source(src.doc, d, src.start, src.end)
		next[src.at-first]++
	}
	all := make([]timeline.Source, 0, len(sources))
	for i := first; i < len(rr.reports); i++ {
		r := &rr.reports[i]
		slices.Sort(r.Entities)
		r.Entities = slices.Compact(r.Entities)
		r.Sources = sortedSources(&all, byReport[at[i-first]:at[i-first+1]])
	}
	rr.inOrder(first)
	return nil
}

// reportOrder orders the reports a finish clusters (of dates da and db,
// rows a and b) by date, then row, as extract orders them (by date, then
// id): the clustering works through the reports group by group (day,
// week …), and finds a group's reports side by side in memory when they
// come by date. Given by row (the order of their keys, hashes), the
// reports of the 2,202 documents of generated news took a quarter more
// CPU to cluster (0.48–0.54 CPU-s sampled a finish, 0.38–0.43 by date).
func reportOrder(da string, a int64, db string, b int64) int {
	return cmp.Or(strings.Compare(da, db), cmp.Compare(uint64(a), uint64(b)))
}

// inOrder puts the reports from first on (those one read added) in
// reportOrder.
func (rr *reportRows) inOrder(first int) {
	perm := make([]int, len(rr.reports)-first)
	for i := range perm {
		perm[i] = first + i
	}
	slices.SortFunc(perm, func(a, b int) int {
		return reportOrder(rr.reports[a].Date, rr.rowIDs[a], rr.reports[b].Date, rr.rowIDs[b])
	})
	reports := make([]timeline.Event, len(perm))
	rowIDs := make([]int64, len(perm))
	spans := make([]span, len(perm))
	for i, p := range perm {
		reports[i], rowIDs[i], spans[i] = rr.reports[p], rr.rowIDs[p], rr.spans[p]
		rr.index[rowIDs[i]] = first + i
	}
	copy(rr.reports[first:], reports)
	copy(rr.rowIDs[first:], rowIDs)
	copy(rr.spans[first:], spans)
}

// localDocsOf calls fn with the local entity and the sentences of each
// row of local_docs of the documents docs (sorted, each once), in no
// particular order: through the index by document for a few of the
// store's documents, else by a scan of the table that passes over the
// others. A finish adding 1% to 100,000 generated documents reads the
// rows of 60% of them, 519,000 of 865,000: found in the index and each
// looked up in the table, they took SQLite ten times what a scan of the
// whole table takes.
func localDocsOf(ctx context.Context, tx *tx, docs []int64, fn func(local int64, sns []int64)) error {
	var all int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM docs`).Scan(&all); err != nil {
		return err
	}
	if 8*len(docs) < all {
		return readPacked(ctx, tx, `SELECT local, sentences FROM local_docs WHERE doc IN `, docs, fn)
	}
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS read_docs (id BIGINT PRIMARY KEY)`,
		`DELETE FROM read_docs`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	rows := make([][]any, len(docs))
	for i, d := range docs {
		rows[i] = []any{d}
	}
	if err := insertValues(ctx, tx, "read_docs", []string{"id"}, rows); err != nil {
		return err
	}
	return eachPacked(ctx, tx, scanLocalDocs, nil, fn)
}

// scanLocalDocs is localDocsOf's scan of local_docs for the documents of
// read_docs (+doc: not by the index, which SQLite's planner takes
// otherwise).
const scanLocalDocs = `SELECT local, sentences FROM local_docs WHERE +doc IN (SELECT id FROM read_docs)`

// docRow is what a report's sources take from their document's row.
type docRow struct {
	docID, source, published string
}

// source is a report's source in document doc (its row d) from start to
// end, as read and builtReports.fill give it; it notes the document's
// publication date (published, publishedRow).
func (rr *reportRows) source(doc int64, d docRow, start, end int) reportSource {
	if _, ok := rr.publishedRow[doc]; !ok {
		if d.published != "" {
			rr.published[d.docID] = d.published
		}
		rr.publishedRow[doc] = d.published
	}
	return reportSource{Source: timeline.Source{Doc: d.docID, Start: start, End: end}, source: d.source}
}

// readDocs reads the rows of the documents (ids, repeated as they come)
// that rr.docs lacks.
func (rr *reportRows) readDocs(ctx context.Context, q querier, ids []int64) error {
	var need []int64
	for _, id := range ids {
		if _, ok := rr.docs[id]; !ok {
			need = append(need, id)
		}
	}
	slices.Sort(need)
	need = slices.Compact(need)
	return eachIn(ctx, q, `SELECT id, doc_id, source, published FROM docs WHERE id IN `, need, func(rows *sql.Rows) error {
		var id int64
		var d docRow
		if err := rows.Scan(&id, &d.docID, &d.source, &d.published); err != nil {
			return err
		}
		rr.docs[id] = d
		return nil
	})
}

// clusterGroups is clusterEvents over the reports read, those of the
// groups loaded (all when nil; of a group alone, those that changed),
// taking the first steps of an earlier pass over the same reports (steps,
// nil for none) or continuing its clustering (cont, nil for none: the
// reports read since are added to it), and what the earlier passes read
// of the last finish (lf; pass numbers this one, from 0).
func clusterGroups(w *txWriter, clusters []*cluster, reuse bool, loaded map[string]bool, read *reportRows, steps events.FirstSteps, cont *timeline.Clustering, pass int, lf *lastFinish) error {
	ctx, tx := w.ctx, w.tx
	reports, rowIDs, spans := read.reports, read.rowIDs, read.spans
	changed, published, publishedRow := read.changed, read.published, read.publishedRow
	// Reports naming no entity left (all dropped) are no events, as in a
	// Result. When none is dropped, the reports kept are the reports read,
	// not copies (a timeline.Event is over 200 bytes).
	var dropped []timeline.Event               // reports that are no events (any more)
	keptDocs := make([]int64, 0, len(reports)) // the document of each kept report's sentence (its text)
	for i := range reports {
		if len(reports[i].Entities) == 0 {
			dropped = append(dropped, reports[i])
		} else {
			keptDocs = append(keptDocs, spans[i].doc)
		}
	}
	kept, keptIDs := reports, rowIDs
	if dropped != nil {
		kept = make([]timeline.Event, 0, len(keptDocs))
		keptIDs = make([]int64, 0, len(keptDocs))
		for i := range reports {
			if len(reports[i].Entities) > 0 {
				kept = append(kept, reports[i])
				keptIDs = append(keptIDs, rowIDs[i])
			}
		}
	}
	docs := make([]timeline.Document, 0, len(published))
	for _, id := range sortedKeys(published) {
		docs = append(docs, timeline.Document{ID: id, Published: published[id]})
	}
	ents := make([]timeline.Entity, 0, len(clusters))
	for _, c := range clusters {
		if c.id != "" && !c.dropped {
			ents = append(ents, timeline.Entity{ID: c.id, Type: c.typ, Name: c.name})
		}
	}
	stored, err := storedLinks(w, loaded != nil, lf)
	if err != nil {
		return err
	}
	var readIDs map[string]bool // the ids of the reports read, made when a stored event asks
	reportsRead := func() map[string]bool {
		if readIDs == nil {
			readIDs = make(map[string]bool, len(reports))
			for i := range reports {
				readIDs[reports[i].ID] = true
			}
		}
		return readIDs
	}
	before, seeds, inScope, err := storedEvents(w, reportsRead, loaded != nil, pass, lf)
	if err != nil {
		return err
	}
	opts := timeline.Reuse{Changed: map[string]bool{}, FirstSteps: steps, Clustering: cont}
	if reuse {
		opts.Links, opts.Before = stored, before
		if loaded != nil {
			opts.Loaded = func(g string) bool { return loaded[g] }
			if opts.Elsewhere, err = outsideClusters(w, loaded); err != nil {
				return err
			}
		}
		for _, r := range dropped {
			if _, ok := before[r.ID]; ok {
				opts.Gone = append(opts.Gone, r.Date)
			}
		}
		for i, r := range kept {
			if changed[keptIDs[i]] {
				opts.Changed[r.ID] = true
			}
		}
	}
	evs, idx, links, err := timeline.ClusterReportsReusing(kept, docs, ents, "en", opts)
	if err != nil {
		return err
	}
	if err := writeLinks(w, stored, links, loaded == nil); err != nil {
		return err
	}

	// Events of the last finish that are gone redirect to the event that
	// now holds their seed report (events.Redirects).
	//
	// The ids of the events (isEvent) are put in a set when the last
	// finish's events or redirects ask for it: a store that holds none
	// (a first finish) needs none.
	var ids map[string]bool
	isEvent := func(id string) bool {
		if ids == nil {
			ids = make(map[string]bool, len(evs))
			for i := range evs {
				ids[evs[i].ID] = true
			}
		}
		return ids[id]
	}
	now := map[string]string{} // the seed reports of the events gone -> the event holding each now
	for old, r := range seeds {
		if !isEvent(old) {
			now[r] = ""
		}
	}
	for i := 0; i < len(evs) && len(now) > 0; i++ {
		for _, r := range idx[i] {
			if _, ok := now[kept[r].ID]; ok {
				now[kept[r].ID] = evs[i].ID
			}
		}
	}
	at := time.Now().UTC().Format(time.RFC3339)
	var redirects [][]any
	for _, old := range sortedKeys(seeds) {
		if to := now[seeds[old]]; to != "" && !isEvent(old) {
			redirects = append(redirects, []any{old, to, at})
		}
	}
	if err := tx.d.upsertRows(w, upsert{table: "event_redirects", cols: []string{"id", "target", "at"}, types: []string{"text", "text", "text"},
		tail: `ON CONFLICT (id) DO UPDATE SET target = excluded.target, at = excluded.at`}, redirects, nil); err != nil {
		return err
	}
	// Only the events that changed are written again: a finish after a
	// small batch changes few.
	old := map[int64]int64{} // key -> sig, of the events in scope
	for id := range lf.read {
		if key, ok := parseEventID(id); ok && inScope(id) {
			old[key] = lf.sig[id]
		}
	}
	var gone []any // events gone or changed: their rows are written again
	for _, key := range sortedKeysOf(old, cmp.Compare[int64]) {
		if !isEvent(eventID(key)) {
			gone = append(gone, key)
		}
	}
	entityN := make(map[string]int64, len(clusters))
	for _, c := range clusters {
		if c.n != 0 {
			entityN[c.id] = c.n
		}
	}
	var cs, crs, owns [][]any
	var sign signer
	var ces [][2]int64 // (entity number, event key)
	// An event whose reports are those of the stored event of its id,
	// none changed since, is as stored, as all its fields are its
	// reports': its signature (SHA-256 of its fields as JSON) is not
	// worked out again. Adding 1% to 100,000 generated documents, a
	// finish reads some 400,000 events and changes few. The entities'
	// kinds, which its reports do not show, change only in a finish that
	// reuses nothing.
	asStored := func(i int, id string) bool {
		if !reuse || lf.size[id] != len(idx[i]) || !inScope(id) {
			return false
		}
		for _, r := range idx[i] {
			if before[kept[r].ID] != id || changed[keptIDs[r]] {
				return false
			}
		}
		return true
	}
	// The events in the order of their keys, in which their rows are
	// written: clusters is a rowid table, whose pages SQLite fills to the
	// brim when rows come in order (and leaves about 90% full when they
	// come at random, as the events' dates order them). An event is named
	// after its seed report, its first (events.sortEvents): its key is
	// that report's row's, not parsed from its id.
	type keyed struct {
		key int64
		i   int
	}
	order := make([]keyed, len(evs))
	for i := range evs {
		ev, seed := &evs[i], idx[i][0]
		key := eventKey(keptIDs[seed])
		if kept[seed].ID != ev.ID {
			var ok bool
			if key, ok = parseEventID(ev.ID); !ok {
				return fmt.Errorf("event id %q is not a report's", ev.ID)
			}
		}
		order[i] = keyed{key, i}
	}
	slices.SortFunc(order, func(a, b keyed) int { return cmp.Compare(a.key, b.key) })
	var reportIDs, numbers []int64 // of one event, in buffers all share
	for _, o := range order {
		key, i, ev := o.key, o.i, &evs[o.i]
		if _, had := old[key]; had && asStored(i, ev.ID) {
			continue
		}
		reportIDs = reportIDs[:0]
		tr := -1 // the report the event's text and language are from
		for _, r := range idx[i] {
			reportIDs = append(reportIDs, keptIDs[r])
			if tr < 0 && kept[r].Text == ev.Text && kept[r].Lang == ev.Lang {
				tr = r
			}
		}
		if tr < 0 {
			tr = idx[i][0]
		}
		text := keptIDs[tr]
		sig := sign.signature(ev, text, reportIDs)
		prev, had := old[key]
		if had && prev == sig {
			continue
		}
		if had {
			gone = append(gone, key)
		}
		// The date as that report gives it is not kept again (98% of the
		// events of generated news); what an event does not take from
		// it goes into cluster_own (since schema 32).
		var date, granularity, dateText, anchor any
		if r := kept[tr]; r.Date != ev.Date || r.Granularity != ev.Granularity || r.DateText != ev.DateText || r.Anchor != ev.Anchor {
			date, granularity, dateText, anchor = ev.Date, ev.Granularity, ev.DateText, ev.Anchor
		}
		// Nor the languages when they are the text's alone, nor the
		// report of an event of one, which is its text's (see
		// clusterReports): 83% of the events of generated news.
		var languages any
		if len(ev.Languages) != 1 || ev.Languages[0] != kept[tr].Lang {
			languages = jsonText(ev.Languages)
		}
		// Nor when it was first reported if that is when its text was.
		var firstReported any = ev.FirstReported
		if ev.FirstReported == publishedRow[keptDocs[tr]] {
			firstReported = nil
		}
		if len(reportIDs) > 1 {
			for pos, r := range reportIDs {
				crs = append(crs, []any{key, pos, r})
			}
		}
		numbers = numbers[:0]
		for _, e := range ev.Entities {
			n, ok := entityN[e]
			if !ok {
				return fmt.Errorf("event %s names entity %q, which has no row", ev.ID, e)
			}
			numbers = append(numbers, n)
		}
		slices.Sort(numbers)
		numbers = slices.Compact(numbers)
		for _, n := range numbers {
			ces = append(ces, [2]int64{n, key})
		}
		cs = append(cs, []any{key, text, ev.Reports, sig, packNumbers(numbers)})
		if date != nil || languages != nil || firstReported != nil {
			owns = append(owns, []any{key, date, granularity, dateText, anchor, languages, firstReported})
		}
	}
	if err := writeEntityClusters(w, gone, ces); err != nil {
		return err
	}
	for _, t := range [][2]string{{"clusters", "id"}, {"cluster_own", "id"}, {"cluster_reports", "cluster"}} {
		if err := tx.d.deleteRows(w, t[0], t[1], "bigint", gone); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"clusters", []string{"id", "report", "reports", "sig", "entities"}, cs},
		{"cluster_own", []string{"id", "date", "granularity", "date_text", "anchor", "languages", "first_reported"}, owns},
		{"cluster_reports", []string{"cluster", "pos", "event"}, crs},
	} {
		if err := tx.d.copyRows(w, t.table, t.cols, t.rows); err != nil {
			return err
		}
	}
	// Redirects of ids that are events again go.
	stale, err := readStrings(ctx, tx, `SELECT id FROM event_redirects`)
	if err != nil {
		return err
	}
	var back []any
	for _, id := range stale {
		if isEvent(id) {
			back = append(back, id)
		}
	}
	return tx.d.deleteRows(w, "event_redirects", "id", "text", back)
}

// writeEntityClusters brings entity_clusters up to date with the events a
// finish writes: the events keyed gone leave the lists of the entities
// their clusters rows list (read before those rows go; no index leads
// from an event to the entities naming it), and each pair of added
// (entity number, event key) joins its entity's list. Only the entities
// either touches are read and written again, in the order of their
// numbers (a rowid table: its pages are filled when rows come in order).
func writeEntityClusters(w *txWriter, gone []any, added [][2]int64) error {
	lose := map[int64]bool{} // the events gone: each leaves every list it is in
	touched := map[int64]bool{}
	err := readPacked(w.ctx, w.tx, `SELECT id, entities FROM clusters WHERE id IN `, gone, func(key int64, ns []int64) {
		lose[key] = true
		for _, n := range ns {
			touched[n] = true
		}
	})
	if err != nil {
		return fmt.Errorf("reading the entities of events: %w", err)
	}
	gain := map[int64][]int64{}
	for _, p := range added {
		gain[p[0]] = append(gain[p[0]], p[1])
		touched[p[0]] = true
	}
	ents := sortedKeysOf(touched, cmp.Compare[int64])
	stored := map[int64][]int64{}
	err = readPacked(w.ctx, w.tx, `SELECT entity, clusters FROM entity_clusters WHERE entity IN `, ents, func(n int64, keys []int64) { stored[n] = keys })
	if err != nil {
		return fmt.Errorf("reading the events of entities: %w", err)
	}
	var drop []any
	var rows [][]any
	for _, n := range ents {
		keys, had := stored[n]
		if had {
			drop = append(drop, n)
		}
		keys = slices.DeleteFunc(keys, func(k int64) bool { return lose[k] })
		keys = append(keys, gain[n]...)
		if len(keys) == 0 {
			continue
		}
		slices.Sort(keys)
		rows = append(rows, []any{n, packNumbers(slices.Compact(keys))})
	}
	if err := w.tx.d.deleteRows(w, "entity_clusters", "entity", "bigint", drop); err != nil {
		return err
	}
	return w.tx.d.copyRows(w, "entity_clusters", []string{"entity", "clusters"}, rows)
}

// readPacked calls fn with each row of a query of a number and a list
// packed by packNumbers, unpacked, for the keys given: the query ends in
// "IN ", which the keys' placeholders follow (eachIn).
func readPacked[K any](ctx context.Context, q querier, query string, keys []K, fn func(n int64, ns []int64)) error {
	return eachIn(ctx, q, query, keys, packedRow(fn))
}

// eachPacked calls fn with each row of a query of a number and a list
// packed by packNumbers, unpacked.
func eachPacked(ctx context.Context, q querier, query string, args []any, fn func(n int64, ns []int64)) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	return scanEach(rows, packedRow(fn))
}

// packedRow scans a row of a number and a list packed by packNumbers and
// calls fn with them, the list unpacked.
func packedRow(fn func(n int64, ns []int64)) func(*sql.Rows) error {
	return func(rows *sql.Rows) error {
		var n int64
		var blob []byte
		if err := rows.Scan(&n, &blob); err != nil {
			return err
		}
		ns, err := unpackNumbers(blob)
		if err != nil {
			return fmt.Errorf("row %d: %w", n, err)
		}
		fn(n, ns)
		return nil
	}
}

// eachIn runs a query whose condition ends in "IN " for the keys, 500 at
// a time (their placeholders follow the query), and calls scan on each
// row: a statement takes at most 32,766 parameters in SQLite, 65,535 in
// PostgreSQL.
func eachIn[K any](ctx context.Context, q querier, query string, keys []K, scan func(*sql.Rows) error) error {
	const chunk = 500
	for i := 0; i < len(keys); i += chunk {
		part := keys[i:min(i+chunk, len(keys))]
		rows, err := q.QueryContext(ctx, query+`(`+placeholders(len(part))+`)`, asArgs(part)...)
		if err != nil {
			return err
		}
		if err := scanEach(rows, scan); err != nil {
			return err
		}
	}
	return nil
}

// scanEach calls scan on each of the rows, then closes them.
func scanEach(rows *sql.Rows, scan func(*sql.Rows) error) error {
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// packEntityClusters moves the rows of cluster_entities, a row per entity
// and event, into entity_clusters, a row per entity (schema 29).
func packEntityClusters(ctx context.Context, t *tx) error {
	ents, lists, err := readPairsPacked(ctx, t, `SELECT entity, cluster FROM cluster_entities ORDER BY entity, cluster`)
	if err != nil {
		return err
	}
	packed := make([][]any, len(ents))
	for i, n := range ents {
		packed[i] = []any{n, lists[i]}
	}
	if err := insertValues(ctx, t, "entity_clusters", []string{"entity", "clusters"}, packed); err != nil {
		return err
	}
	_, err = t.ExecContext(ctx, `DROP TABLE cluster_entities`)
	return err
}

// packLocalDocs moves the rows of sentence_locals, a row per local entity
// and sentence, and of doc_locals, a row per local entity and document,
// into local_docs, a row per local entity and document listing the
// sentences (schema 33). A document naming a local entity in no sentence
// (doc_locals alone) lists none.
func packLocalDocs(ctx context.Context, t *tx) error {
	type localDoc struct{ local, doc int64 }
	var (
		keys  []localDoc
		lists [][]byte
		ns    []int64
		at    = localDoc{-1, -1}
	)
	flush := func() {
		if len(ns) > 0 {
			keys, lists = append(keys, at), append(lists, packNumbers(ns))
		}
		ns = ns[:0]
	}
	rows, err := t.QueryContext(ctx, `SELECT sl.local, s.doc, sl.sentence FROM sentence_locals sl JOIN sentences s ON s.id = sl.sentence
		ORDER BY sl.local, s.doc, sl.sentence`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var k localDoc
		var sn int64
		if err := rows.Scan(&k.local, &k.doc, &sn); err != nil {
			rows.Close()
			return err
		}
		if k != at {
			flush()
			at = k
		}
		ns = append(ns, sn)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	flush()
	rows, err = t.QueryContext(ctx, `SELECT local, doc FROM doc_locals ORDER BY local, doc`)
	if err != nil {
		return err
	}
	var packed [][]any
	none := packNumbers(nil)
	cmpKeys := func(a, b localDoc) int { return cmp.Or(cmp.Compare(a.local, b.local), cmp.Compare(a.doc, b.doc)) }
	i := 0
	for rows.Next() {
		var k localDoc
		if err := rows.Scan(&k.local, &k.doc); err != nil {
			rows.Close()
			return err
		}
		for ; i < len(keys) && cmpKeys(keys[i], k) < 0; i++ {
			packed = append(packed, []any{keys[i].local, keys[i].doc, lists[i]})
		}
		if i < len(keys) && keys[i] == k {
			packed = append(packed, []any{k.local, k.doc, lists[i]})
			i++
			continue
		}
		packed = append(packed, []any{k.local, k.doc, none})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for ; i < len(keys); i++ {
		packed = append(packed, []any{keys[i].local, keys[i].doc, lists[i]})
	}
	if err := insertValues(ctx, t, "local_docs", []string{"local", "doc", "sentences"}, packed); err != nil {
		return err
	}
	for _, table := range []string{"sentence_locals", "doc_locals"} {
		if _, err := t.ExecContext(ctx, `DROP TABLE `+table); err != nil {
			return err
		}
	}
	return nil
}

// readPairsPacked reads a query of pairs of numbers ordered by both, and
// gives each distinct first with the seconds that come with it, packed
// (packNumbers): cluster_entities' rows grouped by either column.
func readPairsPacked(ctx context.Context, q querier, query string) (firsts []int64, lists [][]byte, err error) {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var ns []int64
	at := int64(0)
	flush := func() {
		if len(ns) > 0 {
			firsts, lists = append(firsts, at), append(lists, packNumbers(ns))
		}
		ns = ns[:0]
	}
	for rows.Next() {
		var first, n int64
		if err := rows.Scan(&first, &n); err != nil {
			return nil, nil, err
		}
		if first != at {
			flush()
			at = first
		}
		ns = append(ns, n)
	}
	flush()
	return firsts, lists, rows.Err()
}

// packClusterEntities fills clusters.entities (schema 26) from the rows of
// cluster_entities, which no index leads to by event any more.
func packClusterEntities(ctx context.Context, t *tx) error {
	keys, lists, err := readPairsPacked(ctx, t, `SELECT cluster, entity FROM cluster_entities ORDER BY cluster, entity`)
	if err != nil {
		return err
	}
	if _, ok := t.d.(postgresDialect); ok {
		const chunk = 5000
		for i := 0; i < len(keys); i += chunk {
			j := min(i+chunk, len(keys))
			if _, err := t.ExecContext(ctx, `UPDATE clusters SET entities = r.e FROM unnest(?::bigint[], ?::bytea[]) AS r(id, e) WHERE clusters.id = r.id`,
				keys[i:j], lists[i:j]); err != nil {
				return err
			}
		}
		return nil
	}
	st, err := t.PrepareContext(ctx, `UPDATE clusters SET entities = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for i, key := range keys {
		if _, err := st.ExecContext(ctx, lists[i], key); err != nil {
			return err
		}
	}
	return nil
}

// packNumbers is the stored form of ascending numbers (clusters.entities,
// entity_clusters.clusters):
// their count, then each one's difference from the one before, as
// varints.
func packNumbers(ns []int64) []byte {
	var e encoder
	e.int(len(ns))
	at := int64(0)
	for _, n := range ns {
		e.int(int(n - at))
		at = n
	}
	return e.b
}

// unpackNumbers reads what packNumbers wrote.
func unpackNumbers(b []byte) ([]int64, error) {
	d := decoder{b: b}
	n := d.len()
	out := make([]int64, 0, max(n, 0))
	at := int64(0)
	for range n {
		at += int64(d.int())
		out = append(out, at)
	}
	if d.err != nil || len(d.b) > 0 {
		return nil, fmt.Errorf("a stored list of numbers is damaged: %w", cmpErr(d.err, errors.New("bytes left over")))
	}
	return out, nil
}

// signature is what an event was at a finish, short: 6 bytes of the
// SHA-256 of its fields as JSON (since schema 32: SQLite keeps an
// integer under 2⁴⁸ in 6 bytes): eventJSON of the event, the report its
// text is from (text) and its reports' rows.
//
// A signer signs in one buffer: a finish signs every event it clusters,
// and growing a new buffer for each was a fifth of signing.
func (g *signer) signature(ev *timeline.Event, text int64, reports []int64) int64 {
	g.buf = eventJSON(g.buf[:0], ev, text, reports)
	sum := sha256.Sum256(g.buf)
	return int64(binary.BigEndian.Uint64(sum[:8]) >> 16)
}

// signer is the buffer of signature.
type signer struct{ buf []byte }

// eventJSON appends the list of what an event's signature is of — its
// date, granularity, date's text, anchor, text (the report it is from),
// number of reports, languages, first report, entities and reports' rows —
// as encoding/json writes it, byte for byte (the stored signatures depend
// on it). A finish signs every event it clusters: encoding/json's
// reflection over the fields was a twentieth of the first finish of an
// ingest, and the fields boxed as a list of any, each taken apart again,
// most of what was left.
func eventJSON(b []byte, ev *timeline.Event, text int64, reports []int64) []byte {
	b = append(b, '[')
	for _, s := range [...]string{ev.Date, ev.Granularity, ev.DateText, ev.Anchor} {
		b = append(appendJSONString(b, s), ',')
	}
	b = append(strconv.AppendInt(b, text, 10), ',')
	b = append(strconv.AppendInt(b, int64(ev.Reports), 10), ',')
	b = append(appendJSONList(b, ev.Languages, appendJSONString), ',')
	b = append(appendJSONString(b, ev.FirstReported), ',')
	b = append(appendJSONList(b, ev.Entities, appendJSONString), ',')
	b = appendJSONList(b, reports, func(b []byte, n int64) []byte { return strconv.AppendInt(b, n, 10) })
	return append(b, ']')
}

// appendJSONString appends s as encoding/json writes it; a string that
// encoding/json escapes (see plainJSON) it leaves to encoding/json.
func appendJSONString(b []byte, s string) []byte {
	if !plainJSON(s) {
		j, _ := json.Marshal(s)
		return append(b, j...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plainJSON reports whether encoding/json writes s as it is, in quotes:
// s has no control character, quote, backslash or < > & (escaped for
// HTML), is valid UTF-8, and has neither U+2028 nor U+2029. Its bytes are
// tested one by one, the UTF-8 of the others (most of a Japanese name's)
// at once.
func plainJSON(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		}
	}
	return ascii || utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
}

// appendJSONList appends list as encoding/json writes it, each element
// by appendElem: null when nil, as encoding/json writes a nil slice.
func appendJSONList[T any](b []byte, list []T, appendElem func([]byte, T) []byte) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendElem(b, x)
	}
	return append(b, ']')
}

// clusterReports lists the reports of every event (cluster, pos, event,
// and with its first report the event's signature, else 0):
// cluster_reports holds those of events of more than one; an event of one
// has none there, its report is the one its text is from (clusters.report).
const clusterReports = `SELECT cluster, pos, event, ` + firstSig + ` FROM cluster_reports
	UNION ALL SELECT c.id, 0, c.report, c.sig FROM clusters c WHERE NOT EXISTS (SELECT 1 FROM cluster_reports cr WHERE cr.cluster = c.id)`

// firstSig is the signature of the event of a row of cluster_reports when
// the row is its first report, else 0: a finish compares the events it
// reads with those it makes by it (clusterGroups), and so looks up only
// theirs in clusters, not a scan of every event's (771,697 rows, for the
// 250,000 events of the latest 1% added to 100,000 generated documents).
const firstSig = `CASE WHEN pos = 0 THEN coalesce((SELECT c.sig FROM clusters c WHERE c.id = cluster), 0) ELSE 0 END`

// loadedClusterReports is clusterReports of the events that hold a report
// of loaded_events of a pass (its condition, ofPass, in place of %[1]s):
// those of more than one report, found from each report loaded by the
// index of cluster_reports by report (schema 34; before it, a scan of all
// the table's rows, 808,136 when adding 1% to 100,000 generated
// documents), and those of one, keyed by their report (eventKey, in SQL).
// CROSS JOIN keeps SQLite's loop over the reports loaded: of the first
// pass (no condition) its planner otherwise scans the index whole.
const loadedClusterReports = `SELECT cluster, pos, event, ` + firstSig + ` FROM cluster_reports
	WHERE cluster IN (SELECT cr.cluster FROM loaded_events le CROSS JOIN cluster_reports cr WHERE cr.event = le.id AND %[1]s)
	UNION ALL SELECT c.id, 0, c.report, c.sig FROM loaded_events le JOIN clusters c ON c.id = ((le.id >> 16) & 281474976710655) AND c.report = le.id
	WHERE %[1]s AND NOT EXISTS (SELECT 1 FROM cluster_reports cr WHERE cr.cluster = c.id)`

// ofPass is the condition that the row le of loaded_events is of the
// pass given: none for the first, whose rows are all the table holds
// (loadGroups empties it for it). Asked for, the pass took a second
// lookup per report or row probed, from the table's index of ids into
// the table (storedEvents probed it for each of 808,136 rows of
// cluster_reports, adding 1% to 100,000 generated documents, when it
// scanned them: before schema 34).
func ofPass(le string, pass int) string {
	if pass == 0 {
		return "TRUE"
	}
	return le + `.pass = ` + strconv.Itoa(pass)
}

// lastFinish is what the passes of one finish's clustering (clusterEvents)
// read of what the last finish stored, so that each pass reads only what
// concerns the reports and groups it adds: the events of the reports read
// (storedEvents) and the links of the groups loaded (storedLinks).
type lastFinish struct {
	// before gives, by report key, the event that held it; seeds, by
	// event, its seed report's key; size its number of reports; read the
	// events read, out those of them with a report not read.
	before, seeds map[string]string
	size          map[string]int
	sig           map[string]int64 // by event, its signature
	read, out     map[string]bool
	links         []events.Link
	groups        map[int64]bool // the groups (groupHash) whose links were read
}

func newLastFinish() *lastFinish {
	return &lastFinish{before: map[string]string{}, seeds: map[string]string{}, size: map[string]int{}, sig: map[string]int64{}, read: map[string]bool{},
		out: map[string]bool{}, groups: map[int64]bool{}}
}

// storedEvents reads the events of the last finish: by report key, the
// event that held it; by event, the key of its seed report, of those in
// scope; and which are in scope: those whose reports are all of loaded (the
// reports read; nil: all), whose rows the finish writes again. It asks for
// loaded, and makes its maps, when it reads an event: a store that holds
// none, as a first finish finds it, needs none. When scoped (the
// reports read are loaded_events), it reads only the events that hold one
// of them, of the pass's reports (those of the earlier passes it has in
// lf): no other is in scope, and the index asks for the earlier events of
// the reports it holds only. It keeps in lf.sig each event's signature.
func storedEvents(w *txWriter, loaded func() map[string]bool, scoped bool, pass int, lf *lastFinish) (before, seeds map[string]string, inScope func(string) bool, err error) {
	q := clusterReports
	if scoped {
		q = fmt.Sprintf(loadedClusterReports, ofPass("le", pass))
	}
	rows, err := w.tx.QueryContext(w.ctx, q)
	if err != nil {
		return nil, nil, nil, err
	}
	defer rows.Close()
	// An event read again (it holds a report of a later pass) comes with
	// all its reports: what an earlier pass found of it is found anew.
	again := map[string]bool{}
	var read map[string]bool // loaded's, once asked for
	for rows.Next() {
		var key, report, sig int64
		var pos int
		if err := rows.Scan(&key, &pos, &report, &sig); err != nil {
			return nil, nil, nil, err
		}
		if read == nil && loaded != nil {
			read = loaded()
		}
		if len(lf.before) == 0 { // (room for the reports read, not grown row by row)
			lf.before, lf.read, lf.size, lf.seeds = make(map[string]string, len(read)), make(map[string]bool, len(read)),
				make(map[string]int, len(read)), make(map[string]string, len(read))
			lf.sig = make(map[string]int64, len(read))
		}
		id, r := eventID(key), reportEventID(report)
		if pass > 0 && !again[id] {
			again[id] = true
			delete(lf.out, id)
			lf.size[id] = 0
		}
		lf.before[r] = id
		lf.read[id] = true
		lf.size[id]++
		if pos == 0 {
			lf.seeds[id], lf.sig[id] = r, sig
		}
		if loaded != nil && !read[r] {
			lf.out[id] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, nil, err
	}
	seeds = make(map[string]string, len(lf.seeds))
	for id, r := range lf.seeds {
		if !lf.out[id] {
			seeds[id] = r
		}
	}
	return lf.before, seeds, func(id string) bool { return lf.read[id] && !lf.out[id] }, nil
}

// linksCurrent reports whether the links the last finish's clustering
// learnt were learnt under the current rule (events.LinkVersion): links of
// another rule are not to be reused.
func linksCurrent(w *txWriter) (bool, error) {
	var version string
	err := w.tx.QueryRowContext(w.ctx, `SELECT value FROM meta WHERE key = 'event_links'`).Scan(&version)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	return version == events.LinkVersion(), nil
}

// storedLinks reads what the last finish's clustering learnt
// (events.Index.Links): of the groups in loaded_groups when scoped, else
// all; each with its group's hash in Group (strconv), each group's
// together and in order. Of the groups lf has read in an earlier pass it
// reads nothing again, and it adds those it reads to lf.
func storedLinks(w *txWriter, scoped bool, lf *lastFinish) ([]events.Link, error) {
	q := `SELECT grp, links FROM event_links`
	if scoped {
		q += ` WHERE grp IN (SELECT grp FROM loaded_groups)`
	}
	rows, err := w.tx.QueryContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	// The rows first, then room for their links at once (a link takes 8
	// bytes at least): grown link by link, the links of a finish adding
	// 1% to 100,000 generated documents were copied over and over.
	type row struct {
		grp  int64
		blob []byte
	}
	var got []row
	most := 0
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.grp, &r.blob); err != nil {
			return nil, err
		}
		if lf.groups[r.grp] {
			continue
		}
		lf.groups[r.grp] = true
		got = append(got, r)
		most += len(r.blob) / 8
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	lf.links = slices.Grow(lf.links, most)
	for _, r := range got {
		if err := unpackLinks(r.grp, r.blob, func(l events.Link) { lf.links = append(lf.links, l) }); err != nil {
			return nil, err
		}
	}
	return lf.links, nil
}

// readLinks calls fn with each link of the rows of event_links (grp,
// links) that query q selects, its group's hash in Group (strconv).
func readLinks(w *txWriter, q string, fn func(events.Link)) error {
	rows, err := w.tx.QueryContext(w.ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var grp int64
		var blob []byte
		if err := rows.Scan(&grp, &blob); err != nil {
			return err
		}
		if err := unpackLinks(grp, blob, fn); err != nil {
			return err
		}
	}
	return rows.Err()
}

// writeLinks replaces the links of the groups whose links differ from
// before (the links stored of the groups worked on, all when all is set,
// as storedLinks reads them; both sorted, as Links gives them) and records
// their version.
func writeLinks(w *txWriter, before, after []events.Link, all bool) error {
	old, now := map[int64][]events.Link{}, map[int64][]events.Link{}
	// A group's links come together in before (storedLinks): each is a
	// run of it, not a copy (copying the links of a finish adding 1% to
	// 100,000 generated documents link by link took 0.5 CPU-s).
	for i, j := 0, 0; i < len(before); i = j {
		for j = i + 1; j < len(before) && before[j].Group == before[i].Group; j++ {
		}
		h, _ := strconv.ParseInt(before[i].Group, 10, 64)
		if had, ok := old[h]; ok { // (a group in two runs: whole, in order)
			old[h] = append(slices.Clip(had), before[i:j]...)
			continue
		}
		old[h] = before[i:j:j]
	}
	// In after (sorted by cluster), a group's links are spread: they are
	// counted first, and each group's take their part of one array.
	of := make([]int64, len(after)) // each link's group
	n := map[int64]int{}
	for i, l := range after {
		of[i] = groupHash(l.Group)
		n[of[i]]++
	}
	room := make([]events.Link, len(after))
	for h, k := range n {
		now[h], room = room[:0:k], room[k:]
	}
	for i, l := range after {
		now[of[i]] = append(now[of[i]], l)
	}
	if all {
		if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM event_links`); err != nil {
			return err
		}
		clear(old)
	}
	hashes := slices.Sorted(maps.Keys(now))
	for h := range old {
		if _, ok := now[h]; !ok {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	var gone []any
	var rows [][]any
	for _, h := range hashes {
		blob := packLinks(now[h])
		if _, had := old[h]; had {
			if bytes.Equal(blob, packLinks(old[h])) {
				continue
			}
			gone = append(gone, h)
		}
		if len(now[h]) > 0 {
			rows = append(rows, []any{h, blob})
		}
	}
	if err := w.tx.d.deleteRows(w, "event_links", "grp", "bigint", gone); err != nil {
		return err
	}
	if err := w.tx.d.copyRows(w, "event_links", []string{"grp", "links"}, rows); err != nil {
		return err
	}
	return setMeta(w.ctx, w.tx, "event_links", events.LinkVersion())
}

// packEventLinks moves the links of event_links, a row per link, into
// event_links27, a row per group (packLinks), which takes its name: schema
// 27. A table already so (a test may run the migration again) is copied.
func packEventLinks(ctx context.Context, t *tx) error {
	probe, err := t.QueryContext(ctx, `SELECT * FROM event_links LIMIT 1`)
	if err != nil {
		return err
	}
	cols, err := probe.Columns()
	probe.Close()
	if err != nil {
		return err
	}
	if slices.Contains(cols, "cluster") {
		if err := packLinkRows(ctx, t); err != nil {
			return err
		}
	} else if _, err := t.ExecContext(ctx, `INSERT INTO event_links27 (grp, links) SELECT grp, links FROM event_links`); err != nil {
		return err
	}
	for _, q := range []string{`DROP TABLE event_links`, `ALTER TABLE event_links27 RENAME TO event_links`} {
		if _, err := t.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// packLinkRows writes the links of event_links, a row per link, into
// event_links27, a row per group.
func packLinkRows(ctx context.Context, t *tx) error {
	rows, err := t.QueryContext(ctx, `SELECT grp, cluster, target FROM event_links ORDER BY grp, cluster, target`)
	if err != nil {
		return err
	}
	var out [][]any
	var ls []events.Link
	at := int64(0)
	flush := func() {
		if len(ls) > 0 {
			out = append(out, []any{at, packLinks(ls)})
		}
		ls = ls[:0]
	}
	for rows.Next() {
		var grp, from, to int64
		if err := rows.Scan(&grp, &from, &to); err != nil {
			rows.Close()
			return err
		}
		if grp != at {
			flush()
			at = grp
		}
		ls = append(ls, events.Link{From: uint64(from), To: uint64(to)})
	}
	flush()
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return insertValues(ctx, t, "event_links27", []string{"grp", "links"}, out)
}

// packLinks is the stored form of one group's links (event_links.links,
// since schema 27), sorted by cluster, then target: for each cluster, its
// ident (8 bytes, big-endian), a varint of twice the number of its strong
// links plus one when it has the link to 0 that says it exists, then the
// strong links' targets (8 bytes each). A row per link took 28 bytes of
// which the group and the cluster repeated 13: 8.5 of the 91.6 MB of
// 10,000 generated documents.
func packLinks(ls []events.Link) []byte {
	b := make([]byte, 0, 9*len(ls)) // (a cluster's strong links and its own, 8 bytes each, and a count)
	for i := 0; i < len(ls); {
		j, zero := i, 0
		for ; j < len(ls) && ls[j].From == ls[i].From; j++ {
			if ls[j].To == 0 {
				zero = 1
			}
		}
		b = binary.BigEndian.AppendUint64(b, ls[i].From)
		b = binary.AppendUvarint(b, uint64(2*(j-i-zero)+zero))
		for _, l := range ls[i:j] {
			if l.To != 0 {
				b = binary.BigEndian.AppendUint64(b, l.To)
			}
		}
		i = j
	}
	return b
}

// unpackLinks calls fn with each link packLinks wrote of group grp.
func unpackLinks(grp int64, b []byte, fn func(events.Link)) error {
	group := strconv.FormatInt(grp, 10)
	damaged := fmt.Errorf("store: the event links of group %d are damaged", grp)
	for len(b) > 0 {
		if len(b) < 9 {
			return damaged
		}
		from := binary.BigEndian.Uint64(b)
		h, k := binary.Uvarint(b[8:])
		if k <= 0 || h/2 > uint64(len(b)) {
			return damaged
		}
		b = b[8+k:]
		if h%2 == 1 {
			fn(events.Link{Group: group, From: from})
		}
		if uint64(len(b)) < 8*(h/2) {
			return damaged
		}
		for range h / 2 {
			fn(events.Link{Group: group, From: from, To: binary.BigEndian.Uint64(b)})
			b = b[8:]
		}
	}
	return nil
}
