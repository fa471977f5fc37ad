package store

import (
	"cmp"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

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
func clusterEvents(w *txWriter, clusters []*cluster, moved map[int64]bool, fresh bool) error {
	ctx, tx := w.ctx, w.tx
	changed := map[int64]bool{} // by row of events
	var (
		reports []timeline.Event
		rowIDs  []int64
	)
	index := map[int64]int{}
	rows, err := tx.QueryContext(ctx, `SELECT e.id, e.date, e.granularity, e.date_text, e.anchor, s.lang, s.doc, s.start, s."end"
		FROM events e JOIN sentences s ON s.id = e.sentence ORDER BY e.id`)
	if err != nil {
		return err
	}
	var spans []span
	for rows.Next() {
		var id int64
		var ev timeline.Event
		var sp span
		if err := rows.Scan(&id, &ev.Date, &ev.Granularity, &ev.DateText, &ev.Anchor, &ev.Lang, &sp.doc, &sp.start, &sp.end); err != nil {
			rows.Close()
			return err
		}
		ev.ID = reportEventID(id)
		index[id] = len(reports)
		reports = append(reports, ev)
		rowIDs = append(rowIDs, id)
		spans = append(spans, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	got, err := texts(ctx, tx, spans)
	if err != nil {
		return err
	}
	for i := range reports {
		reports[i].Text = got[i]
	}
	// A report names the local entities its sources' sentences name:
	// joined here, as neither table is keyed by sentence first.
	type named struct {
		local  int64
		entity string
	}
	bySentence := map[int64][]named{}
	rows, err = tx.QueryContext(ctx, `SELECT sl.sentence, sl.local, coalesce(l.entity, '') FROM sentence_locals sl JOIN locals l ON l.id = sl.local
		WHERE sl.sentence IN (SELECT sentence FROM event_sources)`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var sn int64
		var n named
		if err := rows.Scan(&sn, &n.local, &n.entity); err != nil {
			rows.Close()
			return err
		}
		bySentence[sn] = append(bySentence[sn], n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT event, sentence FROM event_sources`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var ev, sn int64
		if err := rows.Scan(&ev, &sn); err != nil {
			rows.Close()
			return err
		}
		for _, n := range bySentence[sn] {
			if moved[n.local] {
				changed[ev] = true
			}
			if i, ok := index[ev]; ok && n.entity != "" {
				reports[i].Entities = append(reports[i].Entities, n.entity)
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	type src struct {
		timeline.Source
		source string
	}
	srcs := make([][]src, len(reports))
	published := map[string]string{}
	rows, err = tx.QueryContext(ctx, `SELECT es.event, d.doc_id, d.source, d.published, s.start, s."end", CASE WHEN n.id IS NULL THEN 0 ELSE 1 END
		FROM event_sources es JOIN sentences s ON s.id = es.sentence JOIN docs d ON d.id = s.doc LEFT JOIN new_docs n ON n.id = s.doc`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var ev int64
		var s src
		var pub string
		var isNew int
		if err := rows.Scan(&ev, &s.Doc, &s.source, &pub, &s.Start, &s.End, &isNew); err != nil {
			rows.Close()
			return err
		}
		if isNew == 1 {
			changed[ev] = true // a new source: perhaps the text it shows
		}
		if i, ok := index[ev]; ok {
			srcs[i] = append(srcs[i], s)
		}
		if pub != "" {
			published[s.Doc] = pub
		}
	}
	rows.Close()
	// Reports naming no entity left (all dropped) are no events, as in a
	// Result.
	var kept []timeline.Event
	var keptIDs []int64
	var dropped []timeline.Event // reports that are no events (any more)
	for i, r := range reports {
		if len(r.Entities) == 0 {
			dropped = append(dropped, r)
			continue
		}
		slices.Sort(r.Entities)
		r.Entities = slices.Compact(r.Entities)
		slices.SortFunc(srcs[i], func(a, b src) int {
			return cmp.Or(timeline.CompareSources(a.source, b.source), cmp.Compare(a.Start, b.Start))
		})
		for _, s := range srcs[i] {
			r.Sources = append(r.Sources, s.Source)
		}
		kept = append(kept, r)
		keptIDs = append(keptIDs, rowIDs[i])
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
	stored, current, err := storedLinks(w)
	if err != nil {
		return err
	}
	before, seeds, err := storedEvents(w)
	if err != nil {
		return err
	}
	reuse := timeline.Reuse{Changed: map[string]bool{}}
	if !fresh && current {
		reuse.Links, reuse.Before = stored, before
		for _, r := range dropped {
			if _, ok := before[r.ID]; ok {
				reuse.Gone = append(reuse.Gone, r.Date)
			}
		}
		for i, r := range kept {
			if changed[keptIDs[i]] {
				reuse.Changed[r.ID] = true
			}
		}
	}
	evs, idx, links := timeline.ClusterReportsReusing(kept, docs, ents, "en", reuse)
	if err := writeLinks(w, stored, links); err != nil {
		return err
	}

	// Events of the last finish that are gone redirect to the event that
	// now holds their seed report (events.Redirects).
	now := map[string]string{} // report key -> event id
	ids := map[string]bool{}
	for i, ev := range evs {
		ids[ev.ID] = true
		for _, r := range idx[i] {
			now[kept[r].ID] = ev.ID
		}
	}
	at := time.Now().UTC().Format(time.RFC3339)
	var redirects [][]any
	for _, old := range sortedKeys(seeds) {
		if to, ok := now[seeds[old]]; ok && !ids[old] {
			redirects = append(redirects, []any{old, to, at})
		}
	}
	if err := tx.d.upsertRows(w, upsert{table: "event_redirects", cols: []string{"id", "target", "at"}, types: []string{"text", "text", "text"},
		tail: `ON CONFLICT (id) DO UPDATE SET target = excluded.target, at = excluded.at`}, redirects, nil); err != nil {
		return err
	}
	// Only the events that changed are written again: a finish after a
	// small batch changes few.
	old := map[int64]int64{} // key -> sig
	rows, err = tx.QueryContext(ctx, `SELECT id, sig FROM clusters`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var key, sig int64
		if err := rows.Scan(&key, &sig); err != nil {
			rows.Close()
			return err
		}
		old[key] = sig
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var gone []any // events gone or changed: their rows are written again
	for _, key := range sortedKeysOf(old, cmp.Compare[int64]) {
		if !ids[eventID(key)] {
			gone = append(gone, key)
		}
	}
	entityN := make(map[string]int64, len(clusters))
	for _, c := range clusters {
		if c.n != 0 {
			entityN[c.id] = c.n
		}
	}
	var cs, crs, ces [][]any
	for i, ev := range evs {
		key, ok := parseEventID(ev.ID)
		if !ok {
			return fmt.Errorf("event id %q is not a report's", ev.ID)
		}
		reportIDs := make([]int64, len(idx[i]))
		tr := -1 // the report the event's text and language are from
		for pos, r := range idx[i] {
			reportIDs[pos] = keptIDs[r]
			if tr < 0 && kept[r].Text == ev.Text && kept[r].Lang == ev.Lang {
				tr = r
			}
		}
		if tr < 0 {
			tr = idx[i][0]
		}
		text := keptIDs[tr]
		sig := signature(ev.Date, ev.Granularity, ev.DateText, ev.Anchor, text, ev.Reports, ev.Languages,
			ev.FirstReported, ev.Entities, reportIDs)
		prev, had := old[key]
		if had && prev == sig {
			continue
		}
		if had {
			gone = append(gone, key)
		}
		// The date as that report gives it is not kept again (98% of the
		// events of generated news).
		var date, granularity, dateText, anchor any
		if r := kept[tr]; r.Date != ev.Date || r.Granularity != ev.Granularity || r.DateText != ev.DateText || r.Anchor != ev.Anchor {
			date, granularity, dateText, anchor = ev.Date, ev.Granularity, ev.DateText, ev.Anchor
		}
		cs = append(cs, []any{key, date, granularity, dateText, anchor, text,
			ev.Reports, jsonText(ev.Languages), ev.FirstReported, sig})
		for pos, r := range reportIDs {
			crs = append(crs, []any{key, pos, r})
		}
		var ents []int64
		for _, e := range ev.Entities {
			n, ok := entityN[e]
			if !ok {
				return fmt.Errorf("event %s names entity %q, which has no row", ev.ID, e)
			}
			ents = append(ents, n)
		}
		slices.Sort(ents)
		for _, n := range slices.Compact(ents) {
			ces = append(ces, []any{n, key})
		}
	}
	for _, t := range [][2]string{{"clusters", "id"}, {"cluster_reports", "cluster"}, {"cluster_entities", "cluster"}} {
		if err := tx.d.deleteRows(w, t[0], t[1], "bigint", gone); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"clusters", []string{"id", "date", "granularity", "date_text", "anchor", "report", "reports", "languages", "first_reported", "sig"}, cs},
		{"cluster_reports", []string{"cluster", "pos", "event"}, crs},
		{"cluster_entities", []string{"entity", "cluster"}, ces},
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
		if ids[id] {
			back = append(back, id)
		}
	}
	return tx.d.deleteRows(w, "event_redirects", "id", "text", back)
}

// signature is what an event was at a finish, short: 8 bytes of the
// SHA-256 of its fields as JSON.
func signature(fields ...any) int64 {
	sum := sha256.Sum256([]byte(jsonText(fields)))
	return int64(binary.BigEndian.Uint64(sum[:8]))
}

// storedEvents reads the events of the last finish: by report key, the
// event that held it, and by event, the key of its seed report.
func storedEvents(w *txWriter) (before, seeds map[string]string, err error) {
	rows, err := w.tx.QueryContext(w.ctx, `SELECT cluster, pos, event FROM cluster_reports`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	before, seeds = map[string]string{}, map[string]string{}
	for rows.Next() {
		var key, report int64
		var pos int
		if err := rows.Scan(&key, &pos, &report); err != nil {
			return nil, nil, err
		}
		id, r := eventID(key), reportEventID(report)
		before[r] = id
		if pos == 0 {
			seeds[id] = r
		}
	}
	return before, seeds, rows.Err()
}

// storedLinks reads what the last finish's clustering learnt
// (events.Index.Links), and whether it was learnt under the current rule
// (events.LinkVersion): links of another rule are not to be reused.
func storedLinks(w *txWriter) ([]events.Link, bool, error) {
	var version string
	err := w.tx.QueryRowContext(w.ctx, `SELECT value FROM meta WHERE key = 'event_links'`).Scan(&version)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, false, err
	}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT cluster, target FROM event_links`)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var out []events.Link
	for rows.Next() {
		var from, to int64
		if err := rows.Scan(&from, &to); err != nil {
			return nil, false, err
		}
		out = append(out, events.Link{From: uint64(from), To: uint64(to)})
	}
	slices.SortFunc(out, func(a, b events.Link) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return out, version == events.LinkVersion(), rows.Err()
}

// writeLinks replaces the links of the clusters whose links differ from
// before (both sorted, as Links gives them) and records their version.
func writeLinks(w *txWriter, before, after []events.Link) error {
	group := func(ls []events.Link) map[uint64][]uint64 {
		m := map[uint64][]uint64{}
		for _, l := range ls {
			m[l.From] = append(m[l.From], l.To)
		}
		return m
	}
	b, a := group(before), group(after)
	var gone []any
	for from, tos := range b {
		if !slices.Equal(tos, a[from]) {
			gone = append(gone, int64(from))
		}
	}
	var rows [][]any
	for from, tos := range a {
		if old, ok := b[from]; ok && slices.Equal(tos, old) {
			continue
		}
		for _, to := range tos {
			rows = append(rows, []any{int64(from), int64(to)})
		}
	}
	slices.SortFunc(gone, func(x, y any) int { return cmp.Compare(x.(int64), y.(int64)) })
	slices.SortFunc(rows, func(x, y []any) int {
		return cmp.Or(cmp.Compare(x[0].(int64), y[0].(int64)), cmp.Compare(x[1].(int64), y[1].(int64)))
	})
	if err := w.tx.d.deleteRows(w, "event_links", "cluster", "bigint", gone); err != nil {
		return err
	}
	if err := w.tx.d.copyRows(w, "event_links", []string{"cluster", "target"}, rows); err != nil {
		return err
	}
	return setMeta(w.ctx, w.tx, "event_links", events.LinkVersion())
}
