package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// TestIngestPostgres checks that a corpus gives the same `extract --store`
// JSON through SQLite, through PostgreSQL, and through two ingest
// processes writing to one PostgreSQL store at once (each given every
// file, in opposite orders) and a resolve after them. It runs when
// CHRONOGRAPH_TEST_POSTGRES names a server (.ci/run starts one).
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
	if code, _, stderr := runCLI(t, "resolve", "--store", concurrent); code != 0 {
		t.Fatalf("resolve: exit %d: %s", code, stderr)
	}
	got := ingestAll(t, concurrent, nil)
	if len(got.Documents) != len(lite.Documents) {
		t.Errorf("%d documents after two concurrent ingests, want %d", len(got.Documents), len(lite.Documents))
	}
	if g, w := storetest.CanonicalJSON(t, got), storetest.CanonicalJSON(t, lite); !bytes.Equal(g, w) {
		t.Errorf("two concurrent ingests differ from one:\n%s\nwant\n%s", g, w)
	}
}
