package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// openPinned opens a new SQLite store whose pool keeps no idle
// connection: every connection a query gives back is closed, as
// database/sql closes one when more than two are idle.
func openPinned(t *testing.T) *sqlStore {
	t.Helper()
	s, err := openSQLite(context.Background(), filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.db.SetMaxIdleConns(0)
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// beginPinned begins a transaction on s, rolled back when the test ends
// unless it ended before: a store closes once its transactions end.
func beginPinned(t *testing.T, s *sqlStore) *tx {
	t.Helper()
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}

// TestPinnedStatementsOutliveThePool checks that the statements a
// writer prepares on the driver's connection serve later transactions
// while the pool closes every connection given back (a transaction on a
// pooled connection would run them on a closed one), each prepared once:
// the same statement, not one prepared again per transaction.
func TestPinnedStatementsOutliveThePool(t *testing.T) {
	ctx := context.Background()
	s := openPinned(t)
	const q = `INSERT INTO meta (key, value) VALUES (?, ?)`
	var first driver.Stmt
	for i := range 5 {
		tx := beginPinned(t, s)
		if err := s.writer(ctx, tx).exec(q, "k"+string(rune('a'+i)), i); err != nil {
			t.Fatalf("transaction %d: %v", i, err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if st := s.db.pinned.stmts[s.db.d.rebind(q)]; i == 0 {
			first = st
		} else if st != first {
			t.Errorf("transaction %d prepared the statement again", i)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key LIKE 'k%'`).Scan(&n); err != nil || n != i+1 {
			t.Fatalf("after transaction %d: %d rows, %v; want %d", i, n, err, i+1)
		}
	}
	if got := len(s.db.pinned.stmts); got != 1 {
		t.Errorf("%d statements prepared, want 1", got)
	}
}

// TestPinnedExecInTransaction checks that a statement run on the
// driver's connection is part of the transaction: rolled back with it.
func TestPinnedExecInTransaction(t *testing.T) {
	ctx := context.Background()
	s := openPinned(t)
	count := func() int {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key = 'x'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, commit := range []bool{false, true} {
		tx := beginPinned(t, s)
		if err := s.writer(ctx, tx).exec(`INSERT INTO meta (key, value) VALUES ('x', ?)`, "1"); err != nil {
			t.Fatal(err)
		}
		var err error
		if commit {
			err = tx.Commit()
		} else {
			err = tx.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
		if got, want := count(), map[bool]int{false: 0, true: 1}[commit]; got != want {
			t.Errorf("commit %v: %d rows, want %d", commit, got, want)
		}
		if err := tx.Rollback(); err == nil {
			t.Error("a second end of the transaction did not fail")
		}
	}
}

// TestPinnedTurns checks that a transaction waits for the one running on
// the pinned connection, and that a wait ends with its context.
func TestPinnedTurns(t *testing.T) {
	ctx := context.Background()
	s := openPinned(t)
	first := beginPinned(t, s)
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if tx, err := s.db.BeginTx(short, nil); !errors.Is(err, context.DeadlineExceeded) {
		if err == nil {
			tx.Rollback()
		}
		t.Fatalf("a second transaction while one runs: %v, want it to wait until its context ends", err)
	}
	started := make(chan error, 1)
	go func() {
		second, err := s.db.BeginTx(ctx, nil)
		if err == nil {
			err = second.Commit()
		}
		started <- err
	}()
	waitsFor(t, started, first, "a second transaction")
}

// TestPinnedArguments checks that a statement run on the driver's
// connection stores its arguments as database/sql stores them.
func TestPinnedArguments(t *testing.T) {
	ctx := context.Background()
	s := openPinned(t)
	type count int
	args := []any{int(7), int64(-3), int32(5), count(9), "text", []byte("blob"), []byte{}, nil, true, 2.5, valuer("v")}
	tx := beginPinned(t, s)
	if _, err := tx.ExecContext(ctx, `CREATE TABLE args (via TEXT, i INTEGER, v)`); err != nil {
		t.Fatal(err)
	}
	w := s.writer(ctx, tx)
	for i, a := range args {
		if _, err := tx.ExecContext(ctx, `INSERT INTO args VALUES ('sql', ?, ?)`, i, a); err != nil {
			t.Fatal(err)
		}
		if err := w.exec(`INSERT INTO args VALUES ('raw', ?, ?)`, i, a); err != nil {
			t.Fatalf("argument %T: %v", a, err)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.i, typeof(a.v), quote(a.v), typeof(b.v), quote(b.v)
		FROM args a JOIN args b ON a.i = b.i AND a.via = 'sql' AND b.via = 'raw' ORDER BY a.i`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for ; rows.Next(); n++ {
		var i int
		var ts, vs, tr, vr string
		if err := rows.Scan(&i, &ts, &vs, &tr, &vr); err != nil {
			t.Fatal(err)
		}
		if ts != tr || vs != vr {
			t.Errorf("argument %T: stored as %s %s, database/sql stores %s %s", args[i], tr, vr, ts, vs)
		}
	}
	if err := rows.Err(); err != nil || n != len(args) {
		t.Fatalf("%d rows, %v; want %d", n, err, len(args))
	}
	if err := w.exec(`INSERT INTO args VALUES ('raw', ?, ?)`, 0, struct{}{}); err == nil {
		t.Error("an argument database/sql refuses was taken")
	}
}

type valuer string

func (v valuer) Value() (driver.Value, error) { return "valued " + string(v), nil }

// TestPinnedExecOutsideTheTransaction checks that a writer's statement
// never runs on the pinned connection outside its transaction: neither
// once the transaction ended, nor once the context it began with ended
// (database/sql rolled such a transaction back by itself, and the
// statement, run on the driver's connection, was then committed alone).
func TestPinnedExecOutsideTheTransaction(t *testing.T) {
	ctx := context.Background()
	s := openPinned(t)
	count := func() int {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key LIKE 'out%'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	tx := beginPinned(t, s)
	w := s.writer(ctx, tx)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := w.exec(`INSERT INTO meta (key, value) VALUES ('out1', '')`); !errors.Is(err, sql.ErrTxDone) {
		t.Errorf("a statement after the commit: %v, want %v", err, sql.ErrTxDone)
	}
	short, cancel := context.WithCancel(ctx)
	tx2, err := s.db.BeginTx(short, nil)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	time.Sleep(20 * time.Millisecond) // database/sql's own rollback, if any, runs meanwhile
	w2 := s.writer(ctx, tx2)
	w2.exec(`INSERT INTO meta (key, value) VALUES ('out2', '')`)
	tx2.Rollback()
	if n := count(); n != 0 {
		t.Errorf("%d rows written outside a transaction, want 0", n)
	}
}

// TestPinnedClose checks that a store closes once the transaction it
// runs has ended, that a second Close does nothing, as sql.DB's, and that
// no transaction begins after it.
func TestPinnedClose(t *testing.T) {
	ctx := context.Background()
	s, err := openSQLite(ctx, filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.writer(ctx, tx).exec(`INSERT INTO meta (key, value) VALUES ('c', '')`); err != nil {
		t.Fatal(err)
	}
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	waitsFor(t, closed, tx, "closing the store")
	if err := s.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
	if tx, err := s.db.BeginTx(ctx, nil); err == nil {
		tx.Rollback()
		t.Error("a transaction began on a closed store")
	}
}

// waitsFor checks that what reports to done waits while running runs,
// and ends without error once running commits.
func waitsFor(t *testing.T, done <-chan error, running *tx, what string) {
	t.Helper()
	select {
	case err := <-done:
		t.Fatalf("%s ended (%v) while a transaction ran", what, err)
	case <-time.After(20 * time.Millisecond):
	}
	if err := running.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("%s, once the transaction ended: %v", what, err)
	}
}

// TestPinnedConnReplaced checks that a store whose pinned connection
// database/sql closed (a connection the driver said was bad, or a panic
// in Raw) runs its next transactions on another, rather than failing
// every one for the rest of its life.
func TestPinnedConnReplaced(t *testing.T) {
	ctx := context.Background()
	s := openPinned(t)
	for i := range 2 {
		tx := beginPinned(t, s)
		if err := s.writer(ctx, tx).exec(`INSERT INTO meta (key, value) VALUES (?, '')`, fmt.Sprint("r", i)); err != nil {
			t.Fatalf("transaction %d: %v", i, err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			s.db.pinned.conn.Close() // as database/sql closes a bad one
		}
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key LIKE 'r%'`).Scan(&n); err != nil || n != 2 {
		t.Errorf("%d rows, %v; want 2", n, err)
	}
}
