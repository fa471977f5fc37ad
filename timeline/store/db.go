package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// sqlStore is the Store over a SQL database: SQLite or PostgreSQL. The
// queries are written once, in the SQL both understand (placeholders as
// ?, "end" quoted, upserts as ON CONFLICT); what differs — the schema,
// full-text search, bulk loading, locks — is the dialect's.
type sqlStore struct {
	db   *db
	path string // what Stats shows: the file, or the DSN without its password

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared once: see txWriter

	index readIndexes // the order of sentence pages (order.go)

	// built are the reports this handle's batches wrote into a store
	// that held no document before them, for the finish that follows
	// (builtReports); builtOff once that cannot be.
	builtMu  sync.Mutex
	built    *builtReports
	builtOff bool

	// fresh, once Known has looked, holds the hashes of the documents
	// this handle's batches wrote when the store held no document then
	// (nil otherwise): see Known.
	freshMu     sync.Mutex
	freshLooked bool
	fresh       map[string]bool

	// finishHook, when set (by tests), runs in a Finish once it has read
	// the local entities it resolves: where another process's writes
	// race with it.
	finishHook func()
	// batchHook, when set (by tests), runs in a batch once it has the
	// ids of its local entities, before it writes its rows.
	batchHook func()
}

var _ Store = (*sqlStore)(nil)

// Close closes the store.
func (s *sqlStore) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

// dialect is what SQLite and PostgreSQL do differently.
type dialect interface {
	// migrations are the schema, as migrations: the same versions in
	// every dialect.
	migrations() []string
	// rebind turns a query's ? placeholders into the dialect's.
	rebind(q string) string
	// lock serialises a transaction with others taking the same lock (a
	// finish, a migration) across processes; SQLite's writer is alone.
	lock(ctx context.Context, tx *tx, name string) error
	// ingesting registers an ingest until done; done reports whether
	// others are registered still (see Store.Ingesting).
	ingesting(ctx context.Context, db *db) (done func() (others bool, err error), err error)
	// nextIDs reserves n ids of a table's id column.
	nextIDs(w *txWriter, table string, n int) ([]int64, error)
	// copyRows bulk-loads rows into a table (rows that cannot conflict).
	copyRows(w *txWriter, table string, cols []string, rows [][]any) error
	// upsertRows writes rows that may meet rows already stored, in their
	// order, and calls scan on each row the statement returns.
	upsertRows(w *txWriter, u upsert, rows [][]any, scan func(*sql.Rows) error) error
	// updateRows sets columns of stored rows, in their order: each row is
	// the key (the first of cols) and the values of the others; types as
	// upsert's.
	updateRows(w *txWriter, table string, cols, types []string, rows [][]any) error
	// deleteRows deletes the rows whose column col (of type typ) is one
	// of keys.
	deleteRows(w *txWriter, table, col, typ string, keys []any) error
	// addSentences writes sentences with their full-text index.
	addSentences(w *txWriter, rows []sentenceRow) error
	// match is the condition on sentences (as s) that they hold every
	// term of a search query, with its arguments.
	match(q string) (string, []any, error)
	// weekStart is the Monday of the week of a YYYY-MM-DD column, as
	// YYYY-MM-DD.
	weekStart(col string) string
	// weekNumber is a week column (YYYY-MM-DD of its Monday, '' for none)
	// as the tables a finish derives key weeks: the day number of its
	// Monday (days since 1970-01-01), noWeek for none.
	weekNumber(col string) string
	// key is a local entity's key as the locals table holds it.
	key(k string) any
	// like is the operator matching a LIKE pattern in any ASCII case.
	like() string
	// retry reports whether a transaction failed only because another
	// one ran at the same time (a deadlock): run it again.
	retry(err error) bool
	// concurrent reports whether other transactions may write while one
	// does: rows that writers share must then be locked in one order.
	concurrent() bool
	// analyze refreshes the planner's statistics of a table the
	// transaction has just rewritten.
	analyze(ctx context.Context, tx *tx, table string) error
}

// sentenceRow is a sentence to store.
type sentenceRow struct {
	id, doc    int64
	start, end int
	lang, text string
	dated      int
	words      []string // the extractor's words of text, if it gave them: timeline.NamedSentence.Words
}

// db is a database/sql handle whose queries the dialect rebinds.
type db struct {
	*sql.DB
	d dialect
	// conn opens a transaction's own connection, so that the dialect can
	// reach the driver's connection (COPY) within the transaction.
	conn bool
	// pinned, when set (SQLite), is the connection every transaction
	// runs on: see pinnedConn.
	pinned *pinnedConn
}

// pinnedConn is the one connection a SQLite store's transactions run on,
// one at a time, kept out of the pool for the store's life, so that its
// writers run their statements on the driver's connection (execRaw) with
// statements prepared there once. database/sql closes a pooled connection
// when more than two are idle, and a driver statement prepared on it
// would outlive it. SQLite lets one transaction write at a time anyway
// (BEGIN IMMEDIATE): a transaction of this handle waits for the last one
// here rather than on the file's lock. So a goroutine that begins one
// while its own runs waits until its context ends: where a writer needs
// a transaction of its own beside the batch's (localIDs), it does so
// only where the dialect writes concurrently (PostgreSQL, unpinned).
type pinnedConn struct {
	turn  chan struct{}          // holds a token while a transaction runs
	conn  *sql.Conn              // opened by the first transaction
	stmts map[string]driver.Stmt // prepared on conn's driver connection
	args  []driver.NamedValue    // a statement's arguments, reused
}

func newPinnedConn() *pinnedConn {
	return &pinnedConn{turn: make(chan struct{}, 1), stmts: map[string]driver.Stmt{}}
}

// execRaw runs q on the driver's connection, as a statement prepared once:
// what database/sql adds to a statement (converting its arguments into a
// new slice, finding the statement's connection, the result) was a sixth
// of a batch's statements' time beside SQLite's own, for about a million
// arguments in the batches of 2,202 generated documents. The arguments
// are converted as database/sql converts them.
func (p *pinnedConn) execRaw(ctx context.Context, q string, args []any) error {
	return p.conn.Raw(func(dc any) error {
		st, ok := p.stmts[q]
		if !ok {
			c, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return fmt.Errorf("the driver's connection %T prepares no statement", dc)
			}
			var err error
			if st, err = c.PrepareContext(ctx, q); err != nil {
				return err
			}
			p.stmts[q] = st
		}
		ex, ok := st.(driver.StmtExecContext)
		if !ok {
			return fmt.Errorf("the driver's statement %T runs no statement", st)
		}
		p.args = p.args[:0]
		for i, a := range args {
			var v driver.Value
			switch x := a.(type) {
			case int: // the rows' counts: the converter's reflection is slower
				v = int64(x)
			default:
				var err error
				if v, err = driver.DefaultParameterConverter.ConvertValue(a); err != nil {
					return fmt.Errorf("argument %d: %w", i+1, err)
				}
			}
			p.args = append(p.args, driver.NamedValue{Ordinal: i + 1, Value: v})
		}
		_, err := ex.ExecContext(ctx, p.args)
		clear(p.args) // keeps no row's values alive
		return err
	})
}

// close closes the statements prepared on the connection, then the
// connection, once the transaction running there, if any, has ended. A
// second close does nothing, as a second sql.DB.Close.
func (p *pinnedConn) close() error {
	p.turn <- struct{}{}
	defer func() { <-p.turn }()
	if p.conn == nil {
		return nil
	}
	defer func() { p.conn = nil }()
	err := p.conn.Raw(func(any) error {
		var errs []error
		for q, st := range p.stmts {
			errs = append(errs, st.Close())
			delete(p.stmts, q)
		}
		return errors.Join(errs...)
	})
	return errors.Join(err, p.conn.Close())
}

// Close closes the pinned connection, if any, and the handle.
func (d *db) Close() error {
	var err error
	if d.pinned != nil {
		err = d.pinned.close()
	}
	return errors.Join(err, d.DB.Close())
}

func (d *db) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return d.DB.ExecContext(ctx, d.d.rebind(q), args...)
}

func (d *db) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return d.DB.QueryContext(ctx, d.d.rebind(q), args...)
}

func (d *db) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return d.DB.PrepareContext(ctx, d.d.rebind(q))
}

func (d *db) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return d.DB.QueryRowContext(ctx, d.d.rebind(q), args...)
}

// BeginTx begins a transaction.
func (d *db) BeginTx(ctx context.Context, opts *sql.TxOptions) (*tx, error) {
	if p := d.pinned; p != nil {
		select {
		case p.turn <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		var t *sql.Tx
		var err error
		for range 2 {
			if p.conn == nil {
				if p.conn, err = d.DB.Conn(ctx); err != nil {
					break
				}
			}
			// Not ended by ctx: database/sql would roll the transaction
			// back by itself, in a goroutine of its own, leaving the
			// writer's statements on the driver's connection (execRaw) to
			// run outside any transaction, and the next one's BEGIN
			// perhaps before that rollback. It ends with Commit or
			// Rollback alone; its statements still end with their own
			// context.
			t, err = p.conn.BeginTx(context.WithoutCancel(ctx), opts)
			if !errors.Is(err, sql.ErrConnDone) {
				break
			}
			// database/sql closed the connection, which the driver said
			// was bad (or a panic in Raw): its statements went with it,
			// and the store goes on on another.
			p.conn, p.stmts = nil, map[string]driver.Stmt{}
		}
		if err != nil {
			<-p.turn
			return nil, err
		}
		return &tx{Tx: t, d: d.d, pinned: p}, nil
	}
	if !d.conn {
		t, err := d.DB.BeginTx(ctx, opts)
		if err != nil {
			return nil, err
		}
		return &tx{Tx: t, d: d.d}, nil
	}
	c, err := d.DB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	t, err := c.BeginTx(ctx, opts)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &tx{Tx: t, d: d.d, conn: c}, nil
}

// tx is a transaction whose queries the dialect rebinds.
type tx struct {
	*sql.Tx
	d    dialect
	conn *sql.Conn // the transaction's connection, when the dialect needs it
	// pinned, when set, is the connection the transaction runs on (SQLite;
	// conn is then nil): it gives its turn there back when it ends (once:
	// done).
	pinned *pinnedConn
	done   bool
}

// execEach runs statements that take no arguments, in order, stopping at
// the first that fails: the steps of a migration or of a table's rewrite.
func (t *tx) execEach(ctx context.Context, qs ...string) error {
	for _, q := range qs {
		if _, err := t.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

func (t *tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.d.rebind(q), args...)
}

func (t *tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.d.rebind(q), args...)
}

func (t *tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.d.rebind(q), args...)
}

func (t *tx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.d.rebind(q))
}

// Commit commits the transaction and gives its connection back.
func (t *tx) Commit() error {
	err := t.Tx.Commit()
	t.end()
	return err
}

// Rollback rolls the transaction back (nothing after Commit) and gives
// its connection back.
func (t *tx) Rollback() error {
	err := t.Tx.Rollback()
	t.end()
	return err
}

// end gives the transaction's connection back, or its turn on the pinned
// one.
func (t *tx) end() {
	switch {
	case t.done:
	case t.pinned != nil:
		<-t.pinned.turn
	case t.conn != nil:
		t.conn.Close()
	}
	t.done = true
}

// querier is what *db and *tx share.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// insertRows writes rows by multi-row INSERTs: copyRows where there is
// no bulk loading (a statement per row cost more than the rows).
func insertRows(w *txWriter, table string, cols []string, rows [][]any) error {
	return inChunks(len(cols), rows, func(values string, args []any) error {
		if err := w.exec(`INSERT INTO `+table+` (`+quoteCols(cols)+`) VALUES `+values, args...); err != nil {
			return fmt.Errorf("writing %s: %w", table, err)
		}
		return nil
	})
}

// maxChunk bounds the rows of one multi-row statement, and the
// parameters of one.
const (
	maxChunk  = 64
	maxParams = 999
)

// inChunks calls write with the VALUES list and the arguments of up to
// maxChunk rows of n columns at a time, in order. Full chunks share one
// prepared statement; the rows left over go in chunks of powers of two
// (37 rows as 32, 4 and 1), so that a table's statements have at most
// seven sizes, each prepared once per store. A statement for every size
// left over was a statement parsed anew in most batches for every table:
// parsing them took 0.045 of the 0.75 CPU-s the batches of 2,202
// generated documents cost; a few more statements run cost far less.
func inChunks(n int, rows [][]any, write func(values string, args []any) error) error {
	per := max(1, min(maxChunk, maxParams/max(n, 1)))
	one := "(" + placeholders(n) + ")"
	args := make([]any, 0, per*n)
	for lo := 0; lo < len(rows); {
		hi := lo + per
		if left := len(rows) - lo; left < per {
			hi = lo + 1<<(bits.Len(uint(left))-1)
		}
		args = args[:0]
		for _, r := range rows[lo:hi] {
			args = append(args, r...)
		}
		if err := write(strings.TrimSuffix(strings.Repeat(one+", ", hi-lo), ", "), args); err != nil {
			return err
		}
		lo = hi
	}
	return nil
}

// insertValues writes rows with INSERT … VALUES of many rows at a time,
// run on the transaction itself: for its temporary tables, which a
// statement prepared on the store (txWriter's) cannot name on PostgreSQL,
// where it is prepared on another connection of the pool (SQLite's run on
// the pinned connection, which holds them).
func insertValues(ctx context.Context, tx *tx, table string, cols []string, rows [][]any) error {
	const chunk = 500 // rows per statement: SQLite takes up to 32,766 parameters
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	for len(rows) > 0 {
		n := min(len(rows), chunk)
		args := make([]any, 0, n*len(cols))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := `INSERT INTO ` + table + ` (` + quoteCols(cols) + `) VALUES ` + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("writing %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

// upsert is a statement writing rows that may meet stored ones: INSERT
// INTO table (cols) VALUES … then tail (ON CONFLICT …, RETURNING …). The
// rows of one statement must not conflict with each other.
type upsert struct {
	table string
	cols  []string
	types []string // the columns' PostgreSQL types: each column goes as an array of it
	tail  string
}

// upsertEach writes rows by multi-row statements: upsertRows where a
// statement costs no round trip (SQLite).
func upsertEach(w *txWriter, u upsert, rows [][]any, scan func(*sql.Rows) error) error {
	return inChunks(len(u.cols), rows, func(values string, args []any) error {
		q := `INSERT INTO ` + u.table + ` (` + quoteCols(u.cols) + `) VALUES ` + values + ` ` + u.tail
		return w.write(u.table, scan, q, args...)
	})
}

// updateEach sets columns of rows one statement each: updateRows where a
// statement costs no round trip.
func updateEach(w *txWriter, table string, cols []string, rows [][]any) error {
	set := make([]string, len(cols)-1)
	for i, c := range cols[1:] {
		set[i] = `"` + c + `" = ?`
	}
	q := `UPDATE ` + table + ` SET ` + strings.Join(set, ", ") + ` WHERE "` + cols[0] + `" = ?`
	for _, r := range rows {
		if err := w.exec(q, append(slices.Clone(r[1:]), r[0])...); err != nil {
			return fmt.Errorf("writing %s: %w", table, err)
		}
	}
	return nil
}

// deleteEach deletes rows one statement each: deleteRows where a
// statement costs no round trip.
func deleteEach(w *txWriter, table, col string, keys []any) error {
	for _, k := range keys {
		if err := w.exec(`DELETE FROM `+table+` WHERE "`+col+`" = ?`, k); err != nil {
			return fmt.Errorf("deleting from %s: %w", table, err)
		}
	}
	return nil
}

func quoteCols(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = `"` + c + `"`
	}
	return strings.Join(q, ", ")
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
