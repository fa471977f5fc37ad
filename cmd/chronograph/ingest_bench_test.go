package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronograph/chronograph/cmd/chronobench/newsgen"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// benchCorpus writes n generated documents, English and Japanese, into one
// JSON-lines file and returns it with the bytes of text.
func benchCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	g := newsgen.New(9)
	path := filepath.Join(b.TempDir(), "news.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	var total int64
	enc := json.NewEncoder(f)
	for i := range n {
		d := g.Next([2]string{"en", "ja"}[i%2])
		enc.Encode(map[string]string{"id": d.ID, "published": d.Published.Format(time.DateOnly), "lang": d.Lang, "text": d.Text})
		total += int64(len(d.Text))
	}
	f.Close()
	return path, total
}

// BenchmarkExtractOneWorker and BenchmarkIngestOneWorker measure the same
// documents through extract and through ingest into a new store, one
// worker each: their ratio is the cost of the store.
func BenchmarkExtractOneWorker(b *testing.B) { benchCommand(b, "extract") }
func BenchmarkIngestOneWorker(b *testing.B)  { benchCommand(b, "ingest") }

// BenchmarkIngestPostgresOneWorker is BenchmarkIngestOneWorker into a
// PostgreSQL store (CHRONOGRAPH_TEST_POSTGRES): the client's side of it.
func BenchmarkIngestPostgresOneWorker(b *testing.B) { benchCommand(b, "ingest-postgres") }

func benchCommand(b *testing.B, cmd string) {
	in, total := benchCorpus(b, 400)
	dir := b.TempDir()
	b.SetBytes(total)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		args := []string{cmd, "-q", "-j", "1", in}
		switch cmd {
		case "ingest":
			args = append(args, "--store", filepath.Join(dir, fmt.Sprintf("b%d.db", i)))
		case "ingest-postgres":
			b.StopTimer()
			args = append([]string{"ingest"}, append(args[1:], "--store", storetest.PostgresDSN(b))...)
			b.StartTimer()
		default:
			args = append(args, "-o", filepath.Join(dir, "out.json"))
		}
		if code := run(args, nil, io.Discard, os.Stderr); code != 0 {
			b.Fatalf("%s: exit %d", cmd, code)
		}
	}
}
