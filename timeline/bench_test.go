package timeline

import (
	"testing"
	"time"

	"github.com/chronograph/chronograph/cmd/chronobench/newsgen"
	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/timex"
)

// benchCorpus generates about size bytes of news documents in lang ("en",
// "ja" or "mixed").
func benchCorpus(lang string, size int) ([]document.Document, int) {
	g := newsgen.New(7)
	var docs []document.Document
	total := 0
	for total < size {
		l := lang
		if lang == "mixed" {
			l = "en"
			if len(docs)%2 == 1 {
				l = "ja"
			}
		}
		d := g.Next(l)
		docs = append(docs, document.Document{ID: d.ID, Source: d.ID, Title: d.Title, Published: d.Published,
			DateSource: "metadata", Text: d.Text})
		total += len(d.Text)
	}
	return docs, total
}

func benchPipeline(b testing.TB, workers int, lean bool) *Pipeline {
	en, err := english.New()
	if err != nil {
		b.Fatal(err)
	}
	ja, err := japanese.New()
	if err != nil {
		b.Fatal(err)
	}
	return &Pipeline{
		Extractors: map[string]entities.Extractor{"en": en, "ja": ja},
		Tagger:     timex.New(timex.Options{}),
		Resolver:   entities.NewResolver(entities.ResolverOptions{}),
		Options:    Options{Workers: workers, Lean: lean},
	}
}

// benchAnalyze measures the whole pipeline, from documents in memory to the
// Result, on one worker: throughput per core.
func benchAnalyze(b *testing.B, lang string, lean bool) {
	docs, total := benchCorpus(lang, 2<<20)
	p := benchPipeline(b, 1, lean)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		p.Analyze(docs)
	}
	reportCPU(b, cpu0)
}

// reportCPU reports the CPU time per iteration since cpu0, which other load
// on the machine inflates less than the wall time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkAnalyzeEnglish(b *testing.B)   { benchAnalyze(b, "en", false) }
func BenchmarkAnalyzeJapanese(b *testing.B)  { benchAnalyze(b, "ja", false) }
func BenchmarkAnalyzeMixedLean(b *testing.B) { benchAnalyze(b, "mixed", true) }

// BenchmarkFold measures the aggregation alone: folding analysed documents
// and building the result, which runs on one goroutine whatever -j is.
func BenchmarkFold(b *testing.B) {
	docs, total := benchCorpus("mixed", 2<<20)
	p := benchPipeline(b, 1, false)
	results := make([]Partial, len(docs))
	for i, d := range docs {
		results[i] = p.Partial(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		agg := newAggregator(p)
		for _, r := range results {
			agg.add(r)
		}
		if _, err := agg.result(); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0)
}

// BenchmarkFoldReport measures the aggregation as `chronograph report` runs
// it: lean, evidence text deferred, pruned to the top 150 entities, then the
// evidence shown read back from the spool. It runs on one goroutine
// whatever -j is, after the workers (result, Prune) or beside them (add).
func BenchmarkFoldReport(b *testing.B) {
	docs, total := benchCorpus("mixed", 2<<20)
	p := benchPipeline(b, 1, true)
	p.Options.Top, p.Options.MinWeight = 150, 1
	results := make([]Partial, len(docs))
	for i, d := range docs {
		results[i] = p.Partial(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		agg := newAggregator(p)
		for _, r := range results {
			agg.add(r)
		}
		res, err := agg.result()
		if err != nil {
			b.Fatal(err)
		}
		Prune(res, 150, 1)
	}
	reportCPU(b, cpu0)
}
