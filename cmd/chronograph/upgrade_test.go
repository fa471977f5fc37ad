package main

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

// TestIngestUpgradesStore opens a store written at schema 4 (the sample
// corpus, ingested by chronograph 12754cf from this directory:
// testdata/store-v4.db.gz), which keeps every sentence's text in several
// tables: an ingest with no input upgrades it to the compact layout, and
// it then gives the extract of a store built by this version, and finds
// what a search of the old one found.
//
// A store keeps the mentions its extractors found, so the file is made
// again when the extractors' output on the sample corpus changes: check out
// 12754cf, copy this tree's entities/english, entities/japanese and
// entities/spantrim.go (which both call) over its own, build it, run
// "chronograph ingest -q --store v4.db ../../testdata/corpus/*" from this
// directory and "gzip -n -9 v4.db". The file now holds the mentions of the
// Japanese tagger trained with KWAC and of the English one with the
// organisation list.
func TestIngestUpgradesStore(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	gunzipFile(t, "testdata/store-v4.db.gz", old)
	if code, _, stderr := runCLI(t, "ingest", "-q", "--store", old); code != 0 {
		t.Fatalf("upgrading: exit %d: %s", code, stderr)
	}
	sample, err := filepath.Glob("../../testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "fresh.db")
	want := ingestAll(t, fresh, [][]string{sample})
	got := extractJSON(t, "--store", old)
	if !reflect.DeepEqual(got, *want) {
		t.Errorf("the upgraded store's extract differs from a new store's")
	}
	ctx := context.Background()
	for _, path := range []string{old, fresh} {
		st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		stats, err := st.Stats(ctx)
		if err != nil || stats.SchemaVersion != store.SchemaVersion || stats.Stale {
			t.Errorf("%s: schema %d, stale %v, %v; want %d, up to date", filepath.Base(path), stats.SchemaVersion, stats.Stale, err, store.SchemaVersion)
		}
		for _, q := range []string{"Kellogg", "トランプ"} {
			page, err := st.Search(ctx, store.SearchQuery{Query: q})
			if err != nil || page.Total == 0 {
				t.Errorf("%s: search %q: %d sentences, %v", filepath.Base(path), q, page.Total, err)
			}
			for _, s := range page.Items {
				if s.Text == "" {
					t.Errorf("%s: search %q: a sentence without text", filepath.Base(path), q)
				}
			}
		}
		st.Close()
	}
}

func gunzipFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, zr); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
