package store

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/chronograph/chronograph/timeline"
)

// migrationSteps move the data of the migrations that SQL alone cannot,
// by the version they bring a store to; each runs after its migration's
// SQL, in the same transaction.
var migrationSteps = map[int]func(context.Context, *tx) error{9: compactStore, 12: rebuildDerived, 13: rebuildDerived, 22: reindexSearch, 24: repackPartials, 26: packClusterEntities, 27: packEventLinks, 29: packEntityClusters, 30: packReportDates, 33: packLocalDocs}

// rebuildDerived has the next finish build what finishes derive afresh:
// migrations 12 and 13 dropped tables of theirs for smaller forms.
func rebuildDerived(ctx context.Context, t *tx) error {
	var docs int
	if err := t.QueryRowContext(ctx, `SELECT count(*) FROM docs`).Scan(&docs); err != nil || docs == 0 {
		return err
	}
	if _, err := t.ExecContext(ctx, `DELETE FROM finished_docs`); err != nil {
		return err
	}
	return markStale(ctx, t)
}

// reportID is a report's key (timeline.EventKey) as the events table keys
// it: its first 8 bytes as a signed integer. Two reports would share one
// only by a collision of 64 bits of SHA-256.
func reportID(key []byte) int64 { return int64(binary.BigEndian.Uint64(key)) }

// reportEventID is the id a report shows (timeline.Event.ID): ev- and the
// hex of its key's first 6 bytes.
func reportEventID(id int64) string { return eventID(eventKey(id)) }

// eventKey is the number that keys the rows of an event whose seed (the
// report it is named after) is report: the first 6 bytes of the report's
// key, which its id shows in hex (an integer of 6 bytes, not its id's 15
// characters, in every row that names it).
func eventKey(report int64) int64 { return int64(uint64(report) >> 16) }

// eventID is the id of the event keyed k, made in one string (a finish
// makes one for each of hundreds of thousands of reports and events).
func eventID(k int64) string {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(k)<<16)
	b := [15]byte{'e', 'v', '-'}
	hex.Encode(b[3:], n[:6])
	return string(b[:])
}

// parseEventID is the key of the event of an id; false for an id no
// event can have.
func parseEventID(id string) (int64, bool) {
	h, ok := strings.CutPrefix(id, "ev-")
	if !ok || len(h) != 12 || strings.ToLower(h) != h {
		return 0, false
	}
	k, err := strconv.ParseUint(h, 16, 64)
	return int64(k), err == nil
}

// repRank orders the sources of a report, which takes its text and date as
// written from the least: the first 8 bytes of the document's hash, then
// the sentence's offset. Documents whose hashes share 8 bytes are ordered
// by offset alone.
func repRank(hash string, start int) []byte {
	h, _ := hex.DecodeString(hash[:16])
	return binary.BigEndian.AppendUint32(h, uint32(start))
}

// compactStore brings a store of schema 8 to the layout of 9: each
// document's named sentences go into docs.text (from the sentences
// table's text column, then dropped), the reports take their integer keys
// and point at their first source's sentence, the clusters are marked to
// be written again by the next finish, which an ingest runs, from scratch, and a new
// store gets the smaller full-text index. A store of thousands of
// documents takes seconds.
func compactStore(ctx context.Context, t *tx) error {
	var docs int
	if err := t.QueryRowContext(ctx, `SELECT count(*) FROM docs`).Scan(&docs); err != nil {
		return err
	}
	if _, ok := t.d.(sqliteDialect); ok && docs == 0 {
		if _, err := t.ExecContext(ctx, `DROP TABLE sentence_fts`); err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, sqliteIndexSchema); err != nil {
			return err
		}
	}
	if docs > 0 {
		if err := packStoredTexts(ctx, t); err != nil {
			return err
		}
		if err := rekeyReports(ctx, t); err != nil {
			return err
		}
	}
	for _, q := range []string{
		`DROP TABLE events`,
		`DROP TABLE event_sources`,
		`ALTER TABLE events9 RENAME TO events`,
		`ALTER TABLE event_sources9 RENAME TO event_sources`,
		`ALTER TABLE sentences DROP COLUMN text`,
		`ALTER TABLE clusters DROP COLUMN text`,
		`ALTER TABLE clusters DROP COLUMN lang`,
		`ALTER TABLE clusters ADD COLUMN report BIGINT NOT NULL DEFAULT 0`,
		`UPDATE clusters SET sig = ''`,
	} {
		if _, err := t.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	if docs > 0 {
		// The next finish builds everything afresh.
		if _, err := t.ExecContext(ctx, `DELETE FROM finished_docs`); err != nil {
			return err
		}
		return markStale(ctx, t)
	}
	return nil
}

// packStoredTexts fills docs.text from the sentences' texts.
func packStoredTexts(ctx context.Context, t *tx) error {
	const batch = 256
	after := int64(-1)
	for {
		rows, err := t.QueryContext(ctx, `SELECT id, bytes FROM docs WHERE id > ? ORDER BY id LIMIT ?`, after, batch)
		if err != nil {
			return err
		}
		var ids []int64
		size := map[int64]int{}
		for rows.Next() {
			var id int64
			var n int
			if err := rows.Scan(&id, &n); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
			size[id] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		after = ids[len(ids)-1]
		sents := map[int64][]timeline.NamedSentence{}
		rows, err = t.QueryContext(ctx, `SELECT doc, start, "end", text FROM sentences WHERE doc BETWEEN ? AND ?`, ids[0], after)
		if err != nil {
			return err
		}
		for rows.Next() {
			var doc int64
			var sn timeline.NamedSentence
			if err := rows.Scan(&doc, &sn.Start, &sn.End, &sn.Text); err != nil {
				rows.Close()
				return err
			}
			sents[doc] = append(sents[doc], sn)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			blob, err := packText(size[id], sents[id])
			if err != nil {
				return fmt.Errorf("document %d: %w", id, err)
			}
			if _, err := t.ExecContext(ctx, `UPDATE docs SET text = ? WHERE id = ?`, blob, id); err != nil {
				return err
			}
		}
	}
}

// rekeyReports copies the reports into events9 and event_sources9 with
// their new keys, and points the clusters' reports at them.
func rekeyReports(ctx context.Context, t *tx) error {
	if _, err := t.ExecContext(ctx, `CREATE TEMP TABLE event_ids (old BIGINT PRIMARY KEY, new BIGINT NOT NULL)`); err != nil {
		return err
	}
	type report struct {
		old, sentence                int64
		key                          []byte
		date, gran, dateText, anchor string
		hash                         string
		start                        int
	}
	after := int64(-1)
	for {
		rows, err := t.QueryContext(ctx, `SELECT e.id, e.key, e.date, e.granularity, e.date_text, e.anchor, e.rep_hash, e.rep_start, s.id
			FROM events e JOIN docs d ON d.hash = e.rep_hash JOIN sentences s ON s.doc = d.id AND s.start = e.rep_start
			WHERE e.id > ? ORDER BY e.id LIMIT 5000`, after)
		if err != nil {
			return err
		}
		var rs []report
		for rows.Next() {
			var r report
			if err := rows.Scan(&r.old, &r.key, &r.date, &r.gran, &r.dateText, &r.anchor, &r.hash, &r.start, &r.sentence); err != nil {
				rows.Close()
				return err
			}
			rs = append(rs, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(rs) == 0 {
			break
		}
		after = rs[len(rs)-1].old
		for _, r := range rs {
			if len(r.key) < 8 || len(r.hash) < 16 {
				return fmt.Errorf("report %d: a key of %d bytes, a document hash of %d", r.old, len(r.key), len(r.hash))
			}
			id := reportID(r.key)
			if _, err := t.ExecContext(ctx, `INSERT INTO events9 (id, date, granularity, date_text, anchor, sentence, rep) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (id) DO NOTHING`, id, r.date, r.gran, r.dateText, r.anchor, r.sentence, repRank(r.hash, r.start)); err != nil {
				return err
			}
			if _, err := t.ExecContext(ctx, `INSERT INTO event_ids (old, new) VALUES (?, ?)`, r.old, id); err != nil {
				return err
			}
		}
	}
	for _, q := range []string{
		`INSERT INTO event_sources9 (event, sentence) SELECT m.new, s.id
			FROM event_sources es JOIN event_ids m ON m.old = es.event JOIN sentences s ON s.doc = es.doc AND s.start = es.start
			WHERE TRUE ON CONFLICT DO NOTHING`,
		`UPDATE cluster_reports SET event = coalesce((SELECT m.new FROM event_ids m WHERE m.old = cluster_reports.event), 0)`,
		`DROP TABLE event_ids`,
	} {
		if _, err := t.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}
