// Command chronobeam runs chronograph's per-document work as an Apache
// Beam pipeline: read the inputs, analyse each document (the
// timeline.Partial that `chronograph ingest` computes), write each into a
// store, then resolve the corpus once. Locally it runs on Beam's Prism
// runner (in-process); on a cluster, on Flink, Spark or Dataflow through
// Beam's portable runners, writing to a PostgreSQL store every worker
// reaches.
//
// It is a module of its own, so that chronograph's module and binary do
// not carry the Beam SDK.
//
//	chronobeam --store postgres://…/db [--runner prism] [--workers 2] INPUT...
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/timex"
)

var (
	storeFlag = flag.String("store", store.DefaultPath, "the store the documents go to: a SQLite file (local runs) or a postgres:// URL every worker reaches")
	maxBytes  = flag.Int64("max-doc-bytes", 10<<20, "largest document in bytes, as chronograph's flag")
)

func init() {
	register.DoFn3x1[context.Context, string, func([]byte), error](&readFn{})
	register.DoFn3x1[context.Context, []byte, func(int), error](&analyseFn{})
	register.Emitter1[[]byte]()
	register.Emitter1[int]()
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: chronobeam [flags] INPUT...\n\nflags (Beam's too: --runner prism|flink|spark|dataflow|universal, --endpoint, --environment_type, …):\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(context.Background(), *storeFlag, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "chronobeam:", err)
		os.Exit(1)
	}
}

// run builds and runs the pipeline, then resolves the store's corpus.
func run(ctx context.Context, dsn string, inputs []string) error {
	// The store is created (and migrated) once, before any worker opens it.
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		return err
	}
	st.Close()
	start := time.Now()
	p, s := beam.NewPipelineWithRoot()
	Build(s, dsn, *maxBytes, inputs)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return fmt.Errorf("running the pipeline: %w", err)
	}
	counts := map[string]int64{}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			counts[c.Key.Name] += c.Result()
		}
	}
	fmt.Fprintf(os.Stderr, "chronobeam: %d documents analysed and added, %d already stored, %d bytes, in %s\n",
		counts["added"], counts["known"], counts["bytes"], time.Since(start).Round(time.Millisecond))
	return Finish(ctx, dsn)
}

// Build adds the pipeline to a scope: the inputs read, their documents
// spread over the workers, each analysed and added to the store.
func Build(s beam.Scope, dsn string, maxBytes int64, inputs []string) {
	paths := beam.CreateList(s, inputs)
	docs := beam.ParDo(s, &readFn{MaxBytes: maxBytes}, paths)
	docs = beam.Reshuffle(s, docs)
	analysed := beam.ParDo(s, &analyseFn{Store: dsn}, docs)
	// The bytes analysed, summed: an output for the analysis stage. On
	// Prism (v2.78.0) a stage with no output keeps the runner in a loop
	// without pause while its bundle runs (its select waits on a channel
	// already closed): half of the CPU of a run went to it.
	stats.Sum(s, analysed)
}

// Finish resolves the corpus once the documents are in, as ingest does.
func Finish(ctx context.Context, dsn string) error {
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	_, err = st.Finish(ctx, store.FinishOptions{Resolve: pipeline().ResolveLocals})
	return err
}

// readFn reads an input (a file or a folder) as chronograph reads it and
// emits its documents as JSON.
type readFn struct {
	MaxBytes int64
}

func (f *readFn) ProcessElement(ctx context.Context, path string, emit func([]byte)) error {
	opts := document.Options{MaxBytes: f.MaxBytes, ParseDate: timex.ParseDateLine}
	_, err := document.ReadContext(ctx, []string{path}, nil, opts, func(d document.Document) error {
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		emit(b)
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

// analyseFn analyses a document unless the store holds its text, and
// adds the partial results to the store in batches, as ingest does: one
// transaction per document made the workers' transactions wait on each
// other for the rows of the entities they share.
type analyseFn struct {
	Store string
	st    store.Store
	batch []timeline.Partial
	size  int
}

// maxBatch bounds a batch of documents, and maxBatchBytes their text: a
// batch is written when either is reached and at the end of each bundle.
const (
	maxBatch      = 256
	maxBatchBytes = 4 << 20
)

// writing lets one batch at a time be written from a worker process: the
// analysis runs on every core, the writes queue for the store.
var writing sync.Mutex

func (f *analyseFn) Setup(ctx context.Context) error {
	st, err := store.Open(ctx, f.Store, store.Options{})
	f.st = st
	return err
}

func (f *analyseFn) Teardown() error {
	if f.st != nil {
		return f.st.Close()
	}
	return nil
}

var (
	added     = beam.NewCounter("chronobeam", "added")
	known     = beam.NewCounter("chronobeam", "known")
	textBytes = beam.NewCounter("chronobeam", "bytes")
)

// ProcessElement emits the bytes of each document it analyses.
func (f *analyseFn) ProcessElement(ctx context.Context, b []byte, emit func(int)) error {
	var d document.Document
	if err := json.Unmarshal(b, &d); err != nil {
		return err
	}
	if seen, err := f.st.Known(ctx, timeline.HashText(d.Text), d.Source); err != nil || seen {
		if seen {
			known.Inc(ctx, 1)
		}
		return err
	}
	emit(len(d.Text))
	f.batch = append(f.batch, pipeline().Partial(d))
	f.size += len(d.Text)
	if len(f.batch) >= maxBatch || f.size >= maxBatchBytes {
		return f.flush(ctx)
	}
	return nil
}

// FinishBundle writes what the bundle left: a bundle is done only once its
// documents are in the store.
// (Beam wants its emitter here too, as ProcessElement has one.)
func (f *analyseFn) FinishBundle(ctx context.Context, _ func(int)) error { return f.flush(ctx) }

func (f *analyseFn) flush(ctx context.Context) error {
	if len(f.batch) == 0 {
		return nil
	}
	writing.Lock()
	n, err := f.st.AddBatch(ctx, f.batch)
	writing.Unlock()
	if err != nil {
		return err
	}
	added.Inc(ctx, int64(n))
	known.Inc(ctx, int64(len(f.batch)-n))
	textBytes.Inc(ctx, int64(f.size))
	f.batch, f.size = nil, 0
	return nil
}

// pipeline is chronograph's pipeline with its defaults, built once per
// worker process: the models are large and read-only.
var pipeline = sync.OnceValue(func() *timeline.Pipeline {
	en, err := english.New()
	if err != nil {
		panic(fmt.Errorf("loading the English extractor: %w", err))
	}
	ja, err := japanese.New()
	if err != nil {
		panic(fmt.Errorf("loading the Japanese extractor: %w", err))
	}
	return &timeline.Pipeline{
		Extractors: map[string]entities.Extractor{"en": en, "ja": ja},
		Tagger:     timex.New(timex.Options{}),
		Resolver:   entities.NewResolver(entities.ResolverOptions{}),
		Options:    timeline.Options{Workers: runtime.GOMAXPROCS(0), DisplayLang: "en"},
	}
})
