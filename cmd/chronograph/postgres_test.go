package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// TestIngestPostgres checks that a corpus gives the same `extract --store`
// JSON through SQLite, through PostgreSQL, and through two ingest
// processes writing to one PostgreSQL store at once (each given every
// file, in opposite orders), the last of them to end resolving for both.
// It runs when CHRONOGRAPH_TEST_POSTGRES names a server (.ci/run starts
// one).
func TestIngestPostgres(t *testing.T) {
	if args := os.Getenv("CHRONOGRAPH_INGEST_ARGS"); args != "" {
		var a []string
		json.Unmarshal([]byte(args), &a)
		os.Exit(run(a, nil, os.Stdout, os.Stderr))
	}
	pg, concurrent := storetest.PostgresDSN(t), storetest.PostgresDSN(t)
	sample, err := filepath.Glob("../../testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	files := append(sample, generatedCorpus(t, t.TempDir(), 16)...)
	lite := ingestAll(t, filepath.Join(t.TempDir(), "lite.db"), [][]string{files})
	want, _ := json.Marshal(lite)
	if got, _ := json.Marshal(ingestAll(t, pg, [][]string{files})); !bytes.Equal(got, want) {
		t.Errorf("extract --store differs between PostgreSQL and SQLite:\n%s\n%s", got, want)
	}

	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	for _, order := range [][]string{files, reversed} {
		args, _ := json.Marshal(append([]string{"ingest", "-q", "-j", "1", "--store", concurrent}, order...))
		cmd := exec.Command(os.Args[0], "-test.run=^TestIngestPostgres$")
		cmd.Env = append(os.Environ(), "CHRONOGRAPH_INGEST_ARGS="+string(args))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, &out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("concurrent ingest %d: %v\n%s", i, err, outs[i])
		}
	}
	st, err := store.Open(context.Background(), concurrent, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(context.Background())
	st.Close()
	if err != nil || stats.Stale {
		t.Errorf("after two concurrent ingests: stale %v (%v), want resolved by the last to end", stats.Stale, err)
	}
	got := ingestAll(t, concurrent, nil)
	if len(got.Documents) != len(lite.Documents) {
		t.Errorf("%d documents after two concurrent ingests, want %d", len(got.Documents), len(lite.Documents))
	}
	if g, w := storetest.CanonicalJSON(t, got), storetest.CanonicalJSON(t, lite); !bytes.Equal(g, w) {
		t.Errorf("two concurrent ingests differ from one:\n%s\nwant\n%s", g, w)
	}
}

// TestIngestPostgresLeavesFinishToLast: an ingest that ends while another
// writes to the store adds its documents and leaves them unresolved (the
// store says so) for the other, which resolves them when it ends.
func TestIngestPostgresLeavesFinishToLast(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)
	files, err := filepath.Glob("../../testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	other, err := store.Open(ctx, dsn, store.Options{}) // another ingest, still writing
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	done, err := other.Ingesting(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, append([]string{"ingest", "--store", dsn}, files...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	} else if !strings.Contains(stderr, "the last of them to end resolves") {
		t.Errorf("ingest while another writes says:\n%s", stderr)
	}
	stats, err := other.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents == 0 || !stats.Stale || stats.Entities != 0 {
		t.Fatalf("an ingest that ended before another: %d documents, stale %v, %d entities; want its documents, stale, none resolved",
			stats.Documents, stats.Stale, stats.Entities)
	}
	if others, err := done(); err != nil || others {
		t.Fatalf("the other ingest's end: others %v, %v; want the last", others, err)
	}
	if code, _, stderr := runCLI(t, "ingest", "--store", dsn, files[0]); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if stats, err = other.Stats(ctx); err != nil || stats.Stale || stats.Entities == 0 {
		t.Fatalf("after the last ingest: stale %v, %d entities (%v); want resolved", stats.Stale, stats.Entities, err)
	}
}
