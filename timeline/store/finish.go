package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
)

// cluster is one entity being finished: the local entities it holds.
type cluster struct {
	id      string
	base    string // the resolver's id
	name    string
	nameJA  string
	typ     string
	aliases []string
	langs   []string
	locals  []int // indexes into the finish's locals
	outlet  bool  // entities.Entity.Outlet
	source  bool
	dropped bool
	n       int64 // its number (entities.n), once rebuild has written it; 0 for none
}

// Finish resolves the stored local entities across the corpus and
// rebuilds what depends on it, in one transaction.
func (s *sqlStore) Finish(ctx context.Context, opts FinishOptions) (FinishReport, error) {
	// A finish that met a writer in a deadlock (PostgreSQL: ingests add
	// documents while it runs) starts again: it recomputes everything.
	var rep FinishReport
	err := s.retrying(ctx, func() (err error) {
		rep, err = s.finish(ctx, opts)
		return err
	})
	if err == nil {
		s.builtMu.Lock()
		s.built = nil // taken in: a later batch adds to a finished store
		s.builtMu.Unlock()
	}
	return rep, err
}

func (s *sqlStore) finish(ctx context.Context, opts FinishOptions) (FinishReport, error) {
	var rep FinishReport
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return rep, fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	// One finish at a time: finishes that overlap would each write
	// entities from what they read.
	if err := s.db.d.lock(ctx, tx, "finish"); err != nil {
		return rep, fmt.Errorf("store: %w", err)
	}

	// What was counted stale before this finish reads anything: what is
	// counted after (a batch committed while it runs) stays so.
	var pending int
	if err := tx.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'stale'`).Scan(&pending); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return rep, fmt.Errorf("store: %w", err)
	}

	// The documents added since the last finish (read first: a document
	// another ingest adds meanwhile is the next finish's), and below the
	// local entities they name: the entities, edges and weekly counts of
	// the others stay as they are unless resolution moves a local entity.
	incremental, added, err := pendingDocs(ctx, tx)
	if err != nil {
		return rep, err
	}
	// The stored local entities, with the entity each had.
	var (
		lids   []int64
		locals []timeline.LocalEntity
		prev   []string
	)
	// (Those no batch has counted yet are left out: see localIDs.)
	rows, err := tx.QueryContext(ctx, `SELECT id, type, aliases, langs, abbrevs, mentions, cited, coalesce(entity, ''), anchor, docs FROM locals WHERE mentions > 0 ORDER BY key`)
	if err != nil {
		return rep, fmt.Errorf("store: %w", err)
	}
	for rows.Next() {
		var id int64
		var l timeline.LocalEntity
		var aliases, langs, abbrevs, entity string
		if err := rows.Scan(&id, &l.Type, &aliases, &langs, &abbrevs, &l.Mentions, &l.Cited, &entity, &l.Anchor, &l.Docs); err != nil {
			rows.Close()
			return rep, err
		}
		if err := unmarshalAll([]string{aliases, langs, abbrevs}, &l.Aliases, &l.Langs, &l.Abbrevs); err != nil {
			rows.Close()
			return rep, fmt.Errorf("store: a local entity is damaged: %w", err)
		}
		lids = append(lids, id)
		locals = append(locals, l)
		prev = append(prev, entity)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return rep, err
	}
	if s.finishHook != nil {
		s.finishHook()
	}

	touched := make([]bool, len(locals))
	if incremental {
		at := make(map[int64]int, len(lids))
		for i, id := range lids {
			at[id] = i
		}
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT local FROM local_docs WHERE doc IN (SELECT id FROM new_docs)`)
		if err != nil {
			return rep, fmt.Errorf("store: %w", err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return rep, err
			}
			if i, ok := at[id]; ok {
				touched[i] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return rep, err
		}
	}

	rs := opts.Resolve(locals)
	clusters := make([]*cluster, len(rs.Entities))
	for i, e := range rs.Entities {
		clusters[i] = &cluster{base: e.ID, name: e.Name("en"), typ: string(e.Type), aliases: e.Aliases, langs: e.Langs, outlet: e.Outlet}
		if n := e.Names["ja"]; n != "" {
			clusters[i].nameJA = n
		}
	}
	for i, c := range rs.Of {
		if c >= 0 {
			clusters[c].locals = append(clusters[c].locals, i)
		}
	}
	taken, err := knownIDs(ctx, tx)
	if err != nil {
		return rep, err
	}
	for _, p := range prev {
		if p != "" {
			taken[p] = true
		}
	}
	assignSticky(clusters, locals, prev, taken)
	for _, c := range clusters {
		if c.id == "" && len(c.locals) > 0 {
			rep.New++
		}
	}
	newIDs(clusters, taken)

	corrections, err := s.corrections(ctx, tx)
	if err != nil {
		return rep, err
	}
	clusters = applyCorrections(clusters, locals, corrections, taken)

	// Which cluster each local entity is in now.
	entOf := make([]*cluster, len(locals))
	active := map[string]*cluster{}
	for _, c := range clusters {
		if c.dropped || len(c.locals) == 0 {
			continue
		}
		active[c.id] = c
		for _, l := range c.locals {
			entOf[l] = c
		}
	}
	// Ids no cluster holds any more redirect to the cluster that holds
	// most of their mentions.
	moved := map[string]map[string]int{}
	for i, p := range prev {
		if p == "" || active[p] != nil || entOf[i] == nil {
			continue
		}
		if moved[p] == nil {
			moved[p] = map[string]int{}
		}
		moved[p][entOf[i].id] += max(locals[i].Mentions, 1)
	}
	at := now().Format(time.RFC3339)
	for _, from := range sortedKeys(moved) {
		to := bestVote(moved[from])
		if _, err := tx.ExecContext(ctx, `INSERT INTO redirects (id, target, at) VALUES (?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET target = excluded.target, at = excluded.at`, from, to, at); err != nil {
			return rep, err
		}
		rep.Redirects++
	}

	// Local entities to their entities, then the entities, edges and
	// weekly counts rebuilt from them.
	w := s.writer(ctx, tx)
	var changed [][]any
	for i, id := range lids {
		var e any
		if entOf[i] != nil {
			e = entOf[i].id
		}
		if e != nilIfEmpty(prev[i]) {
			changed = append(changed, []any{id, e})
		}
	}
	if err := s.db.d.updateRows(w, "locals", []string{"id", "entity"}, []string{"bigint", "text"}, changed); err != nil {
		return rep, err
	}
	if err := s.db.d.analyze(ctx, tx, "locals"); err != nil {
		return rep, err
	}
	// The entities whose counts, edges or weeks may differ: those that
	// gained or lost a local entity (true), and those of the new documents
	// (false).
	var affected map[string]bool
	if incremental {
		affected = map[string]bool{}
		for i := range locals {
			now := ""
			if entOf[i] != nil {
				now = entOf[i].id
			}
			if now != prev[i] {
				// Moved: every week of these two is counted again.
				for _, id := range []string{now, prev[i]} {
					if id != "" {
						affected[id] = true
					}
				}
			} else if touched[i] && now != "" && !affected[now] {
				// Named by new documents: the weeks they were published
				// in are counted again.
				affected[now] = false
			}
		}
	}
	// A store this handle built whole gives its reports, and its local
	// entities' edges and weekly counts, from memory (builtReports).
	var built *builtReports
	if !incremental {
		// The finish takes them out of the store: a batch of this handle
		// committed while it runs then merges into nothing rather than
		// into maps it reads (none does today: ingest finishes after its
		// batches), and a finish that does not end well leaves the next
		// to read the tables.
		s.builtMu.Lock()
		b := s.built
		s.built = nil
		s.builtMu.Unlock()
		ok, err := b.serves(ctx, tx, nil)
		if err != nil {
			return rep, err
		}
		if ok {
			built = b
		}
	}
	renamed, err := rebuild(w, clusters, lids, locals, affected, built)
	if err != nil {
		return rep, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM redirects WHERE id IN (SELECT id FROM entities)`); err != nil {
		return rep, err
	}
	// The events change with new reports or sources, with the entities
	// of a report (a local entity moved) and with an entity's kind (its
	// type, or its name: a country is a place of less weight).
	if !incremental || added > 0 || len(changed) > 0 || renamed {
		moved := make(map[int64]bool, len(changed))
		for _, c := range changed {
			moved[c[0].(int64)] = true
		}
		entity := make(map[int64]string, len(lids))
		for i, id := range lids {
			if entOf[i] != nil {
				entity[id] = entOf[i].id
			}
		}
		entityOf := func(l int64) string { return entity[l] }
		var fill func(*reportRows)
		if built != nil {
			fill = func(rr *reportRows) { built.fill(rr, entityOf) }
		}
		if rep.ReportsRead, err = clusterEvents(w, clusters, moved, entityOf, !incremental || renamed, fill); err != nil {
			return rep, fmt.Errorf("store: clustering events: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO finished_docs (doc) SELECT id FROM new_docs`); err != nil {
		return rep, err
	}
	rep.Entities = len(active)
	v := opts.Versions
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = CAST(CAST(value AS INTEGER) - ? AS TEXT) WHERE key = 'stale'`, pending); err != nil {
		return rep, err
	}
	for k, val := range map[string]string{"finished": at, "version_chronograph": v.Chronograph,
		"version_models": v.Models, "version_aliases": v.Aliases} {
		if err := setMeta(ctx, tx, k, val); err != nil {
			return rep, err
		}
	}
	if err := tx.Commit(); err != nil {
		return rep, fmt.Errorf("store: %w", err)
	}
	return rep, nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// pendingDocs fills the temporary table new_docs with the documents no
// finish has taken in yet, and returns how many there are and whether an
// earlier finish took in any: when none did, everything is built afresh.
func pendingDocs(ctx context.Context, tx *tx) (incremental bool, added int, err error) {
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS new_docs (id BIGINT PRIMARY KEY)`,
		`DELETE FROM new_docs`,
		`INSERT INTO new_docs (id) SELECT id FROM docs WHERE id NOT IN (SELECT doc FROM finished_docs)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return false, 0, fmt.Errorf("store: finding the new documents: %w", err)
		}
	}
	var any int
	err = tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM new_docs), (SELECT count(*) FROM (SELECT doc FROM finished_docs LIMIT 1) AS f)`).Scan(&added, &any)
	if err != nil {
		return false, 0, fmt.Errorf("store: %w", err)
	}
	return any > 0, added, nil
}

// knownIDs are the ids the store has used: entities and redirects. A new
// entity never takes one of them, so that a saved link never comes to mean
// another entity.
func knownIDs(ctx context.Context, tx *tx) (map[string]bool, error) {
	taken := map[string]bool{}
	for _, q := range []string{`SELECT id FROM entities`, `SELECT id FROM redirects`} {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			taken[id] = true
		}
		rows.Close()
	}
	return taken, nil
}

// assignSticky gives clusters the ids their local entities had: each
// earlier id goes to the cluster that holds most of its mentions, the
// strongest claims first, one id per cluster. A cluster that two earlier
// entities merged into keeps the id of the one with more mentions; of an
// entity split in two, the part with more mentions keeps the id. An id
// of another type is not kept: a person an earlier batch took for an
// organisation (organization/usyk) gets an id of its type, and the old
// one redirects to it.
func assignSticky(clusters []*cluster, locals []timeline.LocalEntity, prev []string, taken map[string]bool) {
	type claim struct {
		c     int
		id    string
		votes int
	}
	votes := map[[2]string]int{}
	var claims []claim
	for ci, c := range clusters {
		own := strings.ToLower(c.typ) + "/" // the ids of its type
		for _, l := range c.locals {
			if p := prev[l]; strings.HasPrefix(p, own) {
				k := [2]string{strconv.Itoa(ci), p}
				if votes[k] == 0 {
					claims = append(claims, claim{c: ci, id: p})
				}
				votes[k] += max(locals[l].Mentions, 1)
			}
		}
	}
	for i := range claims {
		claims[i].votes = votes[[2]string{strconv.Itoa(claims[i].c), claims[i].id}]
	}
	slices.SortFunc(claims, func(x, y claim) int {
		return cmp.Or(cmp.Compare(y.votes, x.votes), cmp.Compare(x.id, y.id), cmp.Compare(clusters[x.c].base, clusters[y.c].base))
	})
	used := map[string]bool{}
	for _, cl := range claims {
		c := clusters[cl.c]
		if c.id != "" || used[cl.id] {
			continue
		}
		c.id = cl.id
		used[cl.id] = true
	}
}

// newIDs gives the clusters without an id the resolver's, or that with
// -2, -3 … when the store has used it.
func newIDs(clusters []*cluster, taken map[string]bool) {
	for _, c := range clusters {
		if c.id != "" {
			taken[c.id] = true
		}
	}
	order := slices.Clone(clusters)
	slices.SortFunc(order, func(x, y *cluster) int { return cmp.Compare(x.base, y.base) })
	for _, c := range order {
		if c.id != "" || len(c.locals) == 0 {
			continue
		}
		id := c.base
		for k := 2; taken[id]; k++ {
			id = c.base + "-" + strconv.Itoa(k)
		}
		c.id = id
		taken[id] = true
	}
}

func bestVote(v map[string]int) string {
	best, n := "", -1
	for _, id := range sortedKeys(v) {
		if v[id] > n {
			best, n = id, v[id]
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func unmarshalAll(texts []string, dst ...any) error {
	for i, t := range texts {
		if err := json.Unmarshal([]byte(t), dst[i]); err != nil {
			return err
		}
	}
	return nil
}

// rebuild writes the entities, the edges between them per week and the
// sentences naming each per week, from the local entities' tables: all of
// them when affected is nil, else those of the affected entities — all
// weeks of those marked true (a local entity of theirs moved), the weeks
// of the new documents (new_docs) of the others — while the rest keep
// their rows: no local entity of theirs moved, no new document names them,
// and the counts are kept per week of publication. Rebuilding all, it
// takes the local entities' edges and weekly counts from built when not
// nil (the store holds its documents alone), not from their tables.
func rebuild(w *txWriter, clusters []*cluster, lids []int64, locals []timeline.LocalEntity, affected map[string]bool, built *builtReports) (renamed bool, err error) {
	ctx, tx := w.ctx, w.tx
	// Scope is the condition "the entity column e is one to rebuild".
	scope := func(e string) string { return e + ` IS NOT NULL` }
	if affected != nil {
		for _, q := range []string{
			`CREATE TEMP TABLE IF NOT EXISTS affected (id TEXT PRIMARY KEY, n BIGINT NOT NULL, moved INTEGER NOT NULL)`,
			`DELETE FROM affected`,
			`CREATE TEMP TABLE IF NOT EXISTS new_weeks (week TEXT PRIMARY KEY, num INTEGER NOT NULL)`,
			`DELETE FROM new_weeks`,
			`INSERT INTO new_weeks (week, num) SELECT DISTINCT week, ` + tx.d.weekNumber("week") + ` FROM docs WHERE id IN (SELECT id FROM new_docs)`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return false, err
			}
		}
	}
	old, oldN, err := storedEntities(ctx, tx)
	if err != nil {
		return false, err
	}
	// Every entity keeps its number; a new one takes one no entity had.
	next, err := nextEntityNumber(ctx, tx, oldN)
	if err != nil {
		return false, err
	}
	numbers := map[string]int64{}
	for _, c := range clusters {
		if c.dropped || len(c.locals) == 0 {
			continue
		}
		if n, ok := oldN[c.id]; ok {
			c.n = n
		} else {
			c.n = next
			next++
		}
		numbers[c.id] = c.n
	}
	if err := setMeta(ctx, tx, "entity_next", strconv.FormatInt(next, 10)); err != nil {
		return false, err
	}
	if affected != nil {
		var rows [][]any
		for _, id := range sortedKeys(affected) {
			n, ok := oldN[id]
			if !ok {
				n = numbers[id]
			}
			rows = append(rows, []any{id, n, b2i(affected[id])})
		}
		if err := insertValues(ctx, tx, "affected", []string{"id", "n", "moved"}, rows); err != nil {
			return false, err
		}
		scope = func(e string) string { return e + ` IN (SELECT id FROM affected)` }
	}
	docs := map[string]int{}
	rows, err := tx.QueryContext(ctx, `SELECT l.entity, count(DISTINCT ld.doc) FROM local_docs ld JOIN locals l ON l.id = ld.local
		WHERE `+scope("l.entity")+` GROUP BY l.entity`)
	if err != nil {
		return false, err
	}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			rows.Close()
			return false, err
		}
		docs[id] = n
	}
	rows.Close()
	firstLast := map[string][2]string{}
	rows, err = tx.QueryContext(ctx, `SELECT entity, min(nullif(first, '')), max(last) FROM locals WHERE `+scope("entity")+` GROUP BY entity`)
	if err != nil {
		return false, err
	}
	for rows.Next() {
		var id string
		var first, last sql.NullString
		if err := rows.Scan(&id, &first, &last); err != nil {
			rows.Close()
			return false, err
		}
		firstLast[id] = [2]string{first.String, last.String}
	}
	rows.Close()

	// The entities as they are now; only those that differ from their
	// stored rows are written.
	now := map[string]entityRow{}
	for _, c := range clusters {
		if c.dropped || len(c.locals) == 0 {
			continue
		}
		mentions, cited := 0, 0
		for _, l := range c.locals {
			mentions += locals[l].Mentions
			cited += locals[l].Cited
		}
		role := ""
		if c.source || entities.SourceRole(c.outlet, mentions, cited) == entities.Source {
			role = string(entities.Source)
		}
		if mentions == 0 {
			c.n = 0
			continue
		}
		r := entityRow{name: c.name, nameJA: c.nameJA, typ: c.typ, aliases: jsonText(c.aliases), langs: jsonText(c.langs),
			mentions: mentions, outlet: b2i(c.outlet), role: role, newsSource: b2i(c.source)}
		o, stored := old[c.id]
		if _, hit := affected[c.id]; stored && affected != nil && !hit {
			r.documents, r.first, r.last = o.documents, o.first, o.last
		} else {
			fl := firstLast[c.id]
			r.documents, r.first, r.last = docs[c.id], fl[0], fl[1]
		}
		now[c.id] = r
	}
	var gone []any
	for _, id := range sortedKeys(old) {
		r, ok := now[id]
		if !ok || r != old[id] {
			gone = append(gone, id)
		}
		// An entity's kind in an event's eyes is its type and, for a place,
		// whether its name is a country's. (An entity new or gone changes
		// only reports whose local entities moved.)
		renamed = renamed || ok && (r.name != old[id].name || r.typ != old[id].typ)
	}
	if err := tx.d.deleteRows(w, "entities", "id", "text", gone); err != nil {
		return false, err
	}
	var ents [][]any
	for _, id := range sortedKeys(now) {
		r := now[id]
		if o, ok := old[id]; ok && o == r {
			continue
		}
		ents = append(ents, []any{numbers[id], id, r.name, r.nameJA, r.typ, r.aliases, r.langs,
			r.mentions, r.documents, r.first, r.last, r.outlet, r.role, r.newsSource})
	}
	if err := tx.d.copyRows(w, "entities", []string{"n", "id", "name", "name_ja", "type", "aliases", "langs", "mentions", "documents",
		"first_seen", "last_seen", "outlet", "role", "news_source"}, ents); err != nil {
		return false, err
	}

	// The edges of the entities rebuilt, from the local entities' edges
	// that name one of them at either end (in the new weeks, for an entity
	// only named by new documents), and their weekly counts, keyed by the
	// entities' numbers and the weeks'. The local entities' rows are
	// read and summed by entity here, each local entity's number looked
	// up in nOf: summed in SQL, joined to locals and entities (by their
	// text ids) and grouped twice, they were a sixth of the first finish
	// of an ingest of generated news.
	nOf := make(map[int64]int64, len(lids)) // by local entity, the number of its entity's row
	for _, c := range clusters {
		if _, ok := now[c.id]; ok && !c.dropped {
			for _, l := range c.locals {
				nOf[lids[l]] = numbers[c.id]
			}
		}
	}
	edgesOf := `SELECT le.a, le.b, le.week, le.n FROM local_edges le`
	wipe := []string{`DELETE FROM edges`, `DELETE FROM entity_weeks`}
	weeksOf := `SELECT lw.local, lw.week, lw.n FROM local_weeks lw`
	if affected != nil {
		edgesOf, wipe, weeksOf = affectedQueries()
	}
	for _, q := range wipe {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return false, fmt.Errorf("rebuilding edges: %w", err)
		}
	}
	// Each pair of entities once, the lesser number first, then both
	// directions.
	var localEdges, localWeeks []entityCount
	if affected == nil && built != nil {
		localEdges, localWeeks = built.edges, built.weeks
	} else {
		if localEdges, err = readCounts(ctx, tx, edgesOf, true); err != nil {
			return false, fmt.Errorf("rebuilding edges: %w", err)
		}
		if localWeeks, err = readCounts(ctx, tx, weeksOf, false); err != nil {
			return false, fmt.Errorf("rebuilding weekly counts: %w", err)
		}
	}
	if err := writeCounts(w, "edges", []string{"a", "b", "week", "n"}, bothWays(sumByEntity(localEdges, nOf, true))); err != nil {
		return false, fmt.Errorf("rebuilding edges: %w", err)
	}
	weeks := sumByEntity(localWeeks, nOf, false)
	if err := writeCounts(w, "entity_weeks", []string{"entity", "week", "n"}, weeks); err != nil {
		return false, fmt.Errorf("rebuilding weekly counts: %w", err)
	}
	return renamed, nil
}

// affectedQueries are rebuild's queries of an incremental finish, over its
// temporary tables affected and new_weeks: the local entities' edges and
// weekly counts of the entities rebuilt, and what deletes their rows.
func affectedQueries() (edgesOf string, wipe []string, weeksOf string) {
	// As IN lists: joined, SQLite's planner scanned local_edges.
	const (
		moved   = `(SELECT id FROM affected WHERE moved = 1)`
		named   = `(SELECT id FROM affected WHERE moved = 0)`
		movedN  = `(SELECT n FROM affected WHERE moved = 1)`
		namedN  = `(SELECT n FROM affected WHERE moved = 0)`
		inWeeks = ` AND week IN (SELECT num FROM new_weeks)`
	)
	of := func(ents string) string { return `(SELECT l.id FROM locals l WHERE l.entity IN ` + ents + `)` }
	// The rows into an entity named by new documents are found by
	// their keys, in the new weeks, from the index by b (which holds
	// them): asked for whole there, each of the index's entries was
	// looked up in the table before its week was tested, every week
	// of every local entity of those entities (0.3 of the 0.56 CPU-s
	// of this query adding 1% to 100,000 generated documents).
	edgesOf = `SELECT a, b, week, n FROM local_edges WHERE a IN ` + of(moved) + `
		UNION SELECT a, b, week, n FROM local_edges WHERE b IN ` + of(moved) + `
		UNION SELECT a, b, week, n FROM local_edges WHERE a IN ` + of(named) + inWeeks + `
		UNION SELECT a, b, week, n FROM local_edges WHERE (a, b, week) IN (SELECT a, b, week FROM local_edges WHERE b IN ` + of(named) + inWeeks + `)`
	// Both directions are stored: the rows from a rebuilt entity, and
	// their mirrors.
	wipe = []string{
		`DELETE FROM edges WHERE (b, a, week) IN (SELECT a, b, week FROM edges WHERE a IN ` + movedN + `)`,
		`DELETE FROM edges WHERE a IN ` + movedN,
		`DELETE FROM edges WHERE (b, a, week) IN (SELECT a, b, week FROM edges WHERE a IN ` + namedN + inWeeks + `)`,
		`DELETE FROM edges WHERE a IN ` + namedN + inWeeks,
		`DELETE FROM entity_weeks WHERE entity IN ` + movedN,
		`DELETE FROM entity_weeks WHERE entity IN ` + namedN + inWeeks,
	}
	weeksOf = `SELECT lw.local, lw.week, lw.n FROM local_weeks lw JOIN locals l ON l.id = lw.local WHERE l.entity IN ` + moved + `
		UNION ALL SELECT lw.local, lw.week, lw.n FROM local_weeks lw JOIN locals l ON l.id = lw.local WHERE l.entity IN ` + named + ` AND lw.week IN (SELECT num FROM new_weeks)`
	return edgesOf, wipe, weeksOf
}

// entityCount is a row of edges (a, b, week, n) or of entity_weeks (a,
// week, n).
type entityCount struct {
	a, b, week, n int64
}

func (x entityCount) compare(y entityCount) int {
	return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.week, y.week))
}

// bothWays returns the rows of edges, in order, of pairs (each pair of
// entities once, the lesser number first, in order): each pair, and its
// mirror (b, a, week). The mirrors come in order from a counting sort by
// their first number alone, which keeps the order the pairs give them
// otherwise (by a, then week, for each b), and are merged with the pairs:
// sorted whole, the rows of both directions were a sixth of rebuilding
// edges in the first finish of an ingest.
func bothWays(pairs []entityCount) []entityCount {
	var top int64
	for _, p := range pairs {
		top = max(top, p.b)
	}
	at := make([]int, top+2) // where the mirrors of each b start
	for _, p := range pairs {
		at[p.b+1]++
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	mirrors := make([]entityCount, len(pairs))
	for _, p := range pairs {
		mirrors[at[p.b]] = entityCount{a: p.b, b: p.a, week: p.week, n: p.n}
		at[p.b]++
	}
	out := make([]entityCount, 0, 2*len(pairs))
	for len(pairs) > 0 && len(mirrors) > 0 {
		if pairs[0].compare(mirrors[0]) < 0 {
			out, pairs = append(out, pairs[0]), pairs[1:]
		} else {
			out, mirrors = append(out, mirrors[0]), mirrors[1:]
		}
	}
	return append(append(out, pairs...), mirrors...)
}

// readCounts reads the rows of local entities' counts that q selects:
// (a, b, week, n) of local_edges when pairs, else (local, week, n) of
// local_weeks, as entityCounts (a, b, week, n; b 0 for local_weeks).
func readCounts(ctx context.Context, tx *tx, q string, pairs bool) ([]entityCount, error) {
	rows, err := tx.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []entityCount
	for rows.Next() {
		var x entityCount
		if pairs {
			err = rows.Scan(&x.a, &x.b, &x.week, &x.n)
		} else {
			err = rows.Scan(&x.a, &x.week, &x.n)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// sumByEntity sums rows of local entities' counts (readCounts) by the
// entities' numbers (nOf) and week, in order: a local entity not in nOf
// counts for nothing, nor a pair of two local entities of one entity.
func sumByEntity(rows []entityCount, nOf map[int64]int64, pairs bool) []entityCount {
	out := make([]entityCount, 0, len(rows))
	for _, x := range rows {
		na, ok := nOf[x.a]
		if !ok {
			continue
		}
		var nb int64
		if pairs {
			if nb, ok = nOf[x.b]; !ok || na == nb {
				continue
			}
			na, nb = min(na, nb), max(na, nb)
		}
		out = append(out, entityCount{a: na, b: nb, week: x.week, n: x.n})
	}
	slices.SortFunc(out, entityCount.compare)
	sum := out[:0]
	for _, x := range out {
		if k := len(sum) - 1; k >= 0 && sum[k].compare(x) == 0 {
			sum[k].n += x.n
			continue
		}
		sum = append(sum, x)
	}
	return sum
}

// writeCounts writes the rows of edges or entity_weeks (cols: a, b, week,
// n or a, week, n), a slice at a time: a row as a list of values takes
// several times a count's bytes.
func writeCounts(w *txWriter, table string, cols []string, counts []entityCount) error {
	const chunk = 8192
	for len(counts) > 0 {
		part := counts[:min(len(counts), chunk)]
		counts = counts[len(part):]
		rows := make([][]any, len(part))
		for i, x := range part {
			if len(cols) == 4 {
				rows[i] = []any{x.a, x.b, x.week, x.n}
			} else {
				rows[i] = []any{x.a, x.week, x.n}
			}
		}
		if err := w.tx.d.copyRows(w, table, cols, rows); err != nil {
			return err
		}
	}
	return nil
}

// entityRow is an entity's row in the entities table, but for its id.
type entityRow struct {
	name, nameJA, typ, aliases, langs string
	mentions, documents               int
	first, last                       string
	outlet                            int
	role                              string
	newsSource                        int
}

// storedEntities reads the entities table: the rows, and the entities'
// numbers.
func storedEntities(ctx context.Context, tx *tx) (map[string]entityRow, map[string]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, name_ja, type, aliases, langs, mentions, documents, first_seen, last_seen, outlet, role, news_source, n FROM entities`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	out := map[string]entityRow{}
	numbers := map[string]int64{}
	for rows.Next() {
		var id string
		var r entityRow
		var n int64
		if err := rows.Scan(&id, &r.name, &r.nameJA, &r.typ, &r.aliases, &r.langs, &r.mentions, &r.documents,
			&r.first, &r.last, &r.outlet, &r.role, &r.newsSource, &n); err != nil {
			return nil, nil, err
		}
		out[id] = r
		numbers[id] = n
	}
	return out, numbers, rows.Err()
}

// nextEntityNumber is the least number no entity has had: above those of
// the stored entities and the store's mark (meta entity_next), so that a
// number is never given to another entity, whose rows a stale row would
// then join.
func nextEntityNumber(ctx context.Context, tx *tx, stored map[string]int64) (int64, error) {
	var next int64 = 1
	var mark string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'entity_next'`).Scan(&mark)
	switch {
	case err == nil:
		if next, err = strconv.ParseInt(mark, 10, 64); err != nil {
			return 0, fmt.Errorf("store: meta entity_next %q: %w", mark, err)
		}
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	for _, n := range stored {
		next = max(next, n+1)
	}
	return next, nil
}
