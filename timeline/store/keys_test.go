package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"testing"
)

// TestEventKeys checks that an event keyed by the number of its seed
// report shows the id it showed as text (ev- and the hex of the report
// key's first 6 bytes), and that ids no event can have are refused.
func TestEventKeys(t *testing.T) {
	for _, text := range []string{"a", "b", "2025-02-03 talks", "\xff"} {
		sum := sha256.Sum256([]byte(text))
		want := "ev-" + hex.EncodeToString(sum[:6])
		id := reportID(sum[:])
		if got := reportEventID(id); got != want {
			t.Errorf("reportEventID = %s, want %s", got, want)
		}
		k, ok := parseEventID(want)
		if !ok || eventID(k) != want || k != eventKey(id) || k < 0 {
			t.Errorf("parseEventID(%s) = %d, %v; eventID of it %s, eventKey %d", want, k, ok, eventID(k), eventKey(id))
		}
	}
	for _, bad := range []string{"", "ev-", "ev-0123456789", "ev-0123456789abc", "ev-0123456789AB", "ev-+123456789ab", "ev-0x23456789ab", "xx-0123456789ab"} {
		if k, ok := parseEventID(bad); ok {
			t.Errorf("parseEventID(%q) = %d, true; want false", bad, k)
		}
	}
}

// TestEntityNumbersNotReused checks that a new entity never takes the
// number of one gone: rows a finish left naming the old one would name it.
func TestEntityNumbersNotReused(t *testing.T) {
	ctx := context.Background()
	tx := newSQLiteTx(t)
	for _, c := range []struct {
		mark   string
		stored map[string]int64
		want   int64
	}{
		{"", nil, 1},
		{"", map[string]int64{"a": 3, "b": 7}, 8},
		{"12", map[string]int64{"a": 3}, 12}, // entities 4 to 11 are gone
		{"5", map[string]int64{"a": 9}, 10},
	} {
		if c.mark != "" {
			if err := setMeta(ctx, tx, "entity_next", c.mark); err != nil {
				t.Fatal(err)
			}
		}
		got, err := nextEntityNumber(ctx, tx, c.stored)
		if err != nil || got != c.want {
			t.Errorf("mark %q, stored %v: next %d, %v; want %d", c.mark, c.stored, got, err, c.want)
		}
	}
}

// newSQLiteTx is a transaction on a new SQLite store, rolled back and the
// store closed when the test ends.
func newSQLiteTx(t *testing.T) *tx {
	t.Helper()
	ctx := context.Background()
	s, err := openSQLite(ctx, filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}
