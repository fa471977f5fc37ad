package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chronograph/chronograph/cmd/chronobench/newsgen"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// generatedCorpus writes n generated news documents, English and Japanese,
// one JSON-lines file each, and returns their paths.
func generatedCorpus(t *testing.T, dir string, n int) []string {
	t.Helper()
	g := newsgen.New(3)
	var files []string
	for i := range n {
		d := g.Next([2]string{"en", "ja"}[i%2])
		rec := map[string]string{"id": d.ID, "title": d.Title, "published": d.Published.Format(time.DateOnly), "lang": d.Lang, "text": d.Text}
		b, _ := json.Marshal(rec)
		f := filepath.Join(dir, fmt.Sprintf("doc-%03d.jsonl", i))
		if err := os.WriteFile(f, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// ingestAll ingests batches of files, in order, into a new store and
// returns the store's extract as a result.
func ingestAll(t *testing.T, path string, batches [][]string) *timeline.Result {
	t.Helper()
	for _, b := range batches {
		if code, _, stderr := runCLI(t, append([]string{"ingest", "-q", "--store", path}, b...)...); code != 0 {
			t.Fatalf("ingest %v: exit %d: %s", b, code, stderr)
		}
	}
	res := extractJSON(t, "--store", path)
	return &res
}

// finishedOf is storetest.Finished of the store at path.
func finishedOf(t *testing.T, path string) []byte {
	t.Helper()
	st, err := store.Open(context.Background(), path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return storetest.Finished(t, st)
}

// TestIngestFinishUnlimited checks that ingest's finish runs without the
// soft memory limit set for the analysis (memoryLimit): a finish adding to
// a large store holds more than it, and the collector then runs all the
// time. The finish is the last step, so the limit in force when ingest
// returns is the finish's.
func TestIngestFinishUnlimited(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	dir := t.TempDir()
	files := generatedCorpus(t, dir, 2)
	if code, _, stderr := runCLI(t, append([]string{"ingest", "-q", "--store", filepath.Join(dir, "s.db")}, files...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("the memory limit after ingest is %d bytes, want none (the analysis' %d lifted for the finish)", got, memoryLimit)
	}
}

// TestIngestBatchesMatchExtract checks the store's invariant: ingesting a
// corpus in one go, in k batches or in another order gives the same
// extract, up to entity ids kept sticky across batches, and that equals
// the extract of the files but for the inputs list.
func TestIngestBatchesMatchExtract(t *testing.T) {
	sample, err := filepath.Glob("../../testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	for name, files := range map[string][]string{
		"sample":    sample,
		"generated": generatedCorpus(t, t.TempDir(), 24),
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			plain := extractJSON(t, files...)
			plain.Inputs = []timeline.Input{}
			one := ingestAll(t, filepath.Join(dir, "one.db"), [][]string{files})
			a, _ := json.Marshal(plain)
			b, _ := json.Marshal(one)
			if !bytes.Equal(a, b) {
				t.Errorf("extract --store after one ingest differs from extract of the files:\n%s\n%s", a, b)
			}
			want := storetest.CanonicalJSON(t, one)
			wantFinished := finishedOf(t, filepath.Join(dir, "one.db"))
			rng := rand.New(rand.NewPCG(5, uint64(len(files))))
			for round := range 3 {
				order := rng.Perm(len(files))
				k := 2 + rng.IntN(3)
				batches := make([][]string, k)
				for i, j := range order {
					batches[i%k] = append(batches[i%k], files[j])
				}
				path := filepath.Join(dir, fmt.Sprintf("r%d.db", round))
				got := ingestAll(t, path, batches)
				if g := storetest.CanonicalJSON(t, got); !bytes.Equal(g, want) {
					t.Errorf("round %d: %d batches in order %v differ from one ingest", round, k, order)
				}
				// What each batch's finish wrote (entities, edges, events
				// reusing the last finish's links) is what one finish writes.
				if g := finishedOf(t, path); !bytes.Equal(g, wantFinished) {
					t.Errorf("round %d: %d batches in order %v: the finished store differs from one ingest's", round, k, order)
				}
			}
		})
	}
}

// TestIngestSmallBatches checks the invariant where a finish works on a
// few groups of a larger store (events.Around, and the days a join moves
// into: timeline.IncompleteError): documents added one at a time to a
// store of a few hundred give what one ingest of all gives.
func TestIngestSmallBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 300 generated documents twice")
	}
	dir := t.TempDir()
	files := generatedCorpus(t, dir, 300)
	one := ingestAll(t, filepath.Join(dir, "one.db"), [][]string{files})
	order := rand.New(rand.NewPCG(3, 9)).Perm(len(files))
	batches := [][]string{nil}
	for i, j := range order {
		if i < len(files)-12 {
			batches[0] = append(batches[0], files[j])
		} else {
			batches = append(batches, []string{files[j]})
		}
	}
	path := filepath.Join(dir, "small.db")
	got := ingestAll(t, path, batches)
	if g, w := storetest.CanonicalJSON(t, got), storetest.CanonicalJSON(t, one); !bytes.Equal(g, w) {
		t.Errorf("documents added one at a time differ from one ingest")
	}
	if g, w := finishedOf(t, path), finishedOf(t, filepath.Join(dir, "one.db")); !bytes.Equal(g, w) {
		t.Errorf("documents added one at a time: the finished store differs from one ingest's")
	}
}

// TestIngestKilled kills an ingest (kill -9) while it writes: the store
// holds whole documents only, and a second ingest finishes the job with
// the store one ingest gives.
func TestIngestKilled(t *testing.T) {
	if dir := os.Getenv("CHRONOGRAPH_INGEST_CHILD"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "in", "*.jsonl"))
		os.Exit(run(append([]string{"ingest", "-q", "-j", "1", "--store", filepath.Join(dir, "killed.db")}, files...), nil, os.Stdout, os.Stderr))
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	files := generatedCorpus(t, in, 120)
	path := filepath.Join(dir, "killed.db")

	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestKilled$")
	cmd.Env = append(os.Environ(), "CHRONOGRAPH_INGEST_CHILD="+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some documents are in, before it is done.
	deadline := time.Now().Add(60 * time.Second)
	docs := 0
	for time.Now().Before(deadline) && docs < 5 {
		time.Sleep(20 * time.Millisecond)
		if st, err := store.Open(context.Background(), path, store.Options{ReadOnly: true}); err == nil {
			if s, err := st.Stats(context.Background()); err == nil {
				docs = s.Documents
			}
			st.Close()
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if docs < 5 {
		t.Fatalf("the child wrote %d documents in a minute", docs)
	}

	st, err := store.Open(context.Background(), path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents >= len(files) {
		t.Skipf("the ingest finished (%d documents) before it was killed", stats.Documents)
	}
	// Every stored document is whole: its partial's sentences are all in.
	n := 0
	err = st.Partials(context.Background(), store.Slice{}, func(p timeline.Partial) error {
		n++
		return nil
	})
	st.Close()
	if err != nil || n != stats.Documents {
		t.Fatalf("after kill -9: %d whole documents of %d, %v", n, stats.Documents, err)
	}
	// A second run adds the rest and resolves the corpus.
	code, _, stderr := runCLI(t, append([]string{"ingest", "--store", path}, files...)...)
	if code != 0 {
		t.Fatalf("second ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, fmt.Sprintf("(%d documents already in it)", stats.Documents)) {
		t.Errorf("second ingest: %s; want %d documents already in it", stderr, stats.Documents)
	}
	got := ingestAll(t, path, nil)
	want := ingestAll(t, filepath.Join(dir, "whole.db"), [][]string{files})
	if !bytes.Equal(storetest.CanonicalJSON(t, got), storetest.CanonicalJSON(t, want)) {
		t.Error("the store finished after a kill differs from one ingest")
	}
}

// TestIngestWarnsOfOtherVersions checks that an ingest into a store whose
// documents another --aliases file analysed says so (Versions.Compare),
// and that one into a new store, or one analysed as it is, does not.
func TestIngestWarnsOfOtherVersions(t *testing.T) {
	dir := t.TempDir()
	files := generatedCorpus(t, dir, 3)
	aliases := filepath.Join(dir, "aliases.tsv")
	if err := os.WriteFile(aliases, []byte("Shigeru Ishiba\tPERSON\t石破首相\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "s.db")
	const warning = "the --aliases file differs"
	for _, step := range []struct {
		args []string
		warn bool
	}{
		{[]string{files[0]}, false}, // a new store
		{[]string{files[1]}, false}, // analysed as it is
		{[]string{"--aliases", aliases, files[2]}, true},
	} {
		code, _, stderr := runCLI(t, append([]string{"ingest", "--store", path}, step.args...)...)
		if code != 0 {
			t.Fatalf("ingest %v: exit %d: %s", step.args, code, stderr)
		}
		if got := strings.Contains(stderr, warning); got != step.warn {
			t.Errorf("ingest %v: warned %v, want %v: %s", step.args, got, step.warn, stderr)
		}
	}
}
