package store_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
)

// BenchmarkFinish finishes a copy of the store CHRONOGRAPH_FINISH_DB names
// (a large one made by ingest): what every ingest pays whatever it adds.
func BenchmarkFinish(b *testing.B) {
	src := os.Getenv("CHRONOGRAPH_FINISH_DB")
	if src == "" {
		b.Skip("CHRONOGRAPH_FINISH_DB names no store")
	}
	p := &timeline.Pipeline{Resolver: entities.NewResolver(entities.ResolverOptions{})}
	read := 0
	for b.Loop() {
		b.StopTimer()
		dst := filepath.Join(b.TempDir(), "finish.db")
		in, _ := os.Open(src)
		out, _ := os.Create(dst)
		io.Copy(out, in)
		in.Close()
		out.Close()
		st, err := store.Open(context.Background(), dst, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := st.Finish(context.Background(), store.FinishOptions{Resolve: p.ResolveLocals})
		if err != nil {
			b.Fatal(err)
		}
		st.Close()
		read = rep.ReportsRead
	}
	b.ReportMetric(float64(read), "reports-read")
}
