//go:build unix

package store_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
)

// BenchmarkWriteStored writes the partial results the store
// CHRONOGRAPH_PARTIALS_DB holds (one an ingest made) into a new store, in
// batches of 150 documents, and finishes it: the store's share of an
// ingest, without the analysis, whose CPU time varies less on a shared
// machine than a whole ingest's. It reports the CPU seconds (user and
// system) of the batches and of the finish. The partials' Japanese
// sentences get their words split beforehand, as ingest's extractor gives
// them.
func BenchmarkWriteStored(b *testing.B) {
	src := os.Getenv("CHRONOGRAPH_PARTIALS_DB")
	if src == "" {
		b.Skip("CHRONOGRAPH_PARTIALS_DB names no store")
	}
	ctx := context.Background()
	in, err := store.Open(ctx, src, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	var ps []timeline.Partial
	err = in.Partials(ctx, store.Slice{}, func(p timeline.Partial) error {
		for i := range p.Sentences {
			if sn := &p.Sentences[i]; sn.Lang == "ja" {
				if sn.Words, err = japanese.Words(sn.Text); err != nil {
					return err
				}
			}
		}
		ps = append(ps, p)
		return nil
	})
	in.Close()
	if err != nil {
		b.Fatal(err)
	}
	resolve := (&timeline.Pipeline{Resolver: entities.NewResolver(entities.ResolverOptions{})}).ResolveLocals
	var add, finish time.Duration
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "write.db")
		b.StartTimer()
		t0 := processCPU()
		st, err := store.Open(ctx, path, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < len(ps); i += 150 {
			if _, err := st.AddBatch(ctx, ps[i:min(i+150, len(ps))]); err != nil {
				b.Fatal(err)
			}
		}
		t1 := processCPU()
		if _, err := st.Finish(ctx, store.FinishOptions{Resolve: resolve}); err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		t2 := processCPU()
		add, finish = add+t1-t0, finish+t2-t1
	}
	b.ReportMetric(add.Seconds()/float64(b.N), "add-cpu-s/op")
	b.ReportMetric(finish.Seconds()/float64(b.N), "finish-cpu-s/op")
}

// processCPU is the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
