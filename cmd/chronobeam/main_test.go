package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// TestPrismMatchesIngest runs the pipeline on Prism over the sample corpus
// and checks that the store it writes gives the `extract --store` JSON of
// `chronograph ingest` over the same files: into SQLite, and into
// PostgreSQL when CHRONOGRAPH_TEST_POSTGRES is set.
func TestPrismMatchesIngest(t *testing.T) {
	dir := t.TempDir()
	cg := filepath.Join(dir, "chronograph")
	build := exec.Command("go", "build", "-o", cg, "./cmd/chronograph")
	build.Dir = "../.." // in chronograph's own module
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building chronograph: %v\n%s", err, out)
	}
	files, err := filepath.Glob("../../testdata/corpus/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample corpus: %v", err)
	}
	cli := func(args ...string) []byte {
		t.Helper()
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(cg, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("chronograph %v: %v\n%s", args[0], err, stderr.String())
		}
		return stdout.Bytes()
	}
	ingested := filepath.Join(dir, "ingest.db")
	cli(append([]string{"ingest", "-q", "--store", ingested}, files...)...)
	want := cli("extract", "-q", "--store", ingested)

	stores := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "beam.db") },
		"postgres": func(t *testing.T) string { return storetest.PostgresDSN(t) },
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			dsn := open(t)
			ctx := context.Background()
			st, err := store.Open(ctx, dsn, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			st.Close()
			p, s := beam.NewPipelineWithRoot()
			Build(s, dsn, 10<<20, files)
			if _, err := beam.Run(ctx, "prism", p); err != nil {
				t.Fatalf("running on prism: %v", err)
			}
			if err := Finish(ctx, dsn); err != nil {
				t.Fatal(err)
			}
			if got := cli("extract", "-q", "--store", dsn); !bytes.Equal(got, want) {
				os.WriteFile(filepath.Join(dir, name+".json"), got, 0o644)
				t.Errorf("extract --store after the Beam pipeline differs from after chronograph ingest (%d and %d bytes)", len(got), len(want))
			}
		})
	}
}
