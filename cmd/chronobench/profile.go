package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"runtime/trace"
	"sync"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/render"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/timex"
)

// profileReport runs what `chronograph report -q -j workers -o out inputs`
// runs, in this process, under the CPU profiler, and writes the profile to
// cpuprofile: the chronograph binary has no profiling flag. It follows
// cmd/chronograph's report command: the extractors load on first use, the
// Go heap has the same soft limit, the analysis is lean with deferred
// evidence, pruned to the top 150 entities, the evidence is read back and
// the page rendered with the default options.
func profileReport(inputs []string, workers int, out, cpuprofile string, bytes int64) error {
	debug.SetMemoryLimit(800 << 20)
	lazy := func(load func() (entities.Extractor, error)) entities.Extractor {
		return &lazyExtractor{load: load}
	}
	p := &timeline.Pipeline{
		Extractors: map[string]entities.Extractor{
			"en": lazy(func() (entities.Extractor, error) { return english.New() }),
			"ja": lazy(func() (entities.Extractor, error) { return japanese.New() }),
		},
		Tagger:   timex.New(timex.Options{}),
		Resolver: entities.NewResolver(entities.ResolverOptions{}),
		Options: timeline.Options{Workers: workers, DisplayLang: "en", Evidence: 20, Lean: true,
			Top: 150, MinWeight: 1},
	}
	opts := document.Options{MaxBytes: 10 << 20, ParseDate: timex.ParseDateLine}
	read := func(emit func(document.Document) error) error {
		_, err := document.Read(inputs, nil, opts, emit)
		return err
	}
	f, err := os.Create(cpuprofile)
	if err != nil {
		return err
	}
	defer f.Close()
	cpu0 := cpuTime()
	start := time.Now()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	if tracefile := os.Getenv("CHRONOBENCH_TRACE"); tracefile != "" {
		tf, err := os.Create(tracefile)
		if err != nil {
			return err
		}
		defer tf.Close()
		if err := trace.Start(tf); err != nil {
			return err
		}
		defer trace.Stop()
	}
	res, err := p.AnalyzeStream(read)
	if err != nil {
		pprof.StopCPUProfile()
		return err
	}
	analysed := time.Since(start)
	timeline.Prune(res, 150, 1)
	filled := time.Since(start)
	o, err := os.Create(out)
	if err != nil {
		pprof.StopCPUProfile()
		return err
	}
	w := bufio.NewWriter(o)
	err = render.Report(w, res, render.Options{Title: "chronograph report", Theme: "light", Lanes: 10, Weighting: "count", MinWeight: 1})
	if err == nil {
		err = w.Flush()
	}
	if cerr := o.Close(); err == nil {
		err = cerr
	}
	pprof.StopCPUProfile()
	if err != nil {
		return err
	}
	wall, cpu := time.Since(start), cpuTime()-cpu0
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("in-process report -j %d: %.1f MB in %s (analysis %s, prune %s, render %s), %.2f MB/s, %.2f MB/CPU-s, %d GCs\n",
		workers, float64(bytes)/1e6, wall.Round(time.Millisecond), analysed.Round(time.Millisecond),
		(filled - analysed).Round(time.Millisecond), (wall - filled).Round(time.Millisecond),
		float64(bytes)/1e6/wall.Seconds(), float64(bytes)/1e6/cpu.Seconds(), ms.NumGC)
	return nil
}

// lazyExtractor loads an extractor the first time a document needs it, as
// cmd/chronograph's does: an English corpus never loads the Japanese model.
type lazyExtractor struct {
	load func() (entities.Extractor, error)
	once sync.Once
	x    entities.Extractor
	err  error
}

func (l *lazyExtractor) Extract(text string, sentences []entities.Span) []entities.Mention {
	l.once.Do(func() { l.x, l.err = l.load() })
	if l.err != nil {
		return nil
	}
	return l.x.Extract(text, sentences)
}
