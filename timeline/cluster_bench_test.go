package timeline

import (
	"cmp"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/chronograph/chronograph/timeline/events"
)

// BenchmarkClusterShare measures what clustering reports into events costs
// beside the whole pipeline, on generated news (English and Japanese) that
// gives about 100,000 reports: the pipeline runs once on one worker, then
// its events are taken apart into their reports again (one per date and
// sentence, with the event's entities) and clustered alone. It reports both
// CPU times and their ratio (cluster-share, the fraction of the pipeline's
// time that clustering takes; the pipeline's own time includes it):
//
//	go test -run '^$' -bench ClusterShare -benchtime 1x ./timeline
func BenchmarkClusterShare(b *testing.B) {
	docs, _ := benchCorpus("mixed", 16<<20)
	p := benchPipeline(b, 1, false)
	for b.Loop() {
		cpu0 := cpuTime()
		res := p.Analyze(docs)
		pipeline := cpuTime() - cpu0

		reports := reportsOf(res)
		cpu1 := cpuTime()
		evs := events.Cluster(reports)
		cluster := cpuTime() - cpu1
		b.ReportMetric(float64(len(reports)), "reports")
		b.ReportMetric(float64(len(evs)), "events")
		b.ReportMetric(pipeline.Seconds(), "pipeline-cpu-s")
		b.ReportMetric(cluster.Seconds(), "cluster-cpu-s")
		b.ReportMetric(cluster.Seconds()/pipeline.Seconds(), "cluster-share")
	}
}

// reportsOf takes a Result's events apart into their reports again, one
// per date and sentence, each with its event's entities: what a store
// keeps and clusters.
func reportsOf(res *Result) []events.Report {
	kinds := entityKinds(res.Entities)
	published := map[string]string{}
	for _, d := range res.Documents {
		published[d.ID] = d.Published
	}
	var reports []events.Report
	seen := map[[2]string]bool{}
	for _, ev := range res.Events {
		for _, s := range ev.Sources {
			k := [2]string{ev.Date, s.Text}
			if seen[k] {
				continue
			}
			seen[k] = true
			one := ev
			one.ID, one.Text, one.Lang = ev.ID+"/"+s.Doc+"/"+strconv.Itoa(s.Start), s.Text, s.Lang
			reports = append(reports, newReport(one, []Source{s}, kinds, published))
		}
	}
	return reports
}

// BenchmarkClusterAll clusters the reports of 8 MB of generated news
// (English and Japanese, about 55,000 reports) into events at once, as a
// store's first finish does: the clustering alone (package events), the
// pipeline that makes the reports run once before.
//
//	go test -run '^$' -bench 'ClusterAll|ClusterNewest' -benchtime 5x ./timeline
func BenchmarkClusterAll(b *testing.B) {
	reports := clusterBenchReports(b)
	b.ReportAllocs()
	for b.Loop() {
		events.Cluster(reports)
	}
}

// BenchmarkClusterNewest clusters the same reports as a finish adding the
// newest 1% of them does (timeline/store): an index of all the reports,
// told what an index of the others found (events.Index.Reuse, Earlier), so
// that the days the new reports do not touch keep their clusters and those
// they touch, with the weeks and months around them, are worked out again.
func BenchmarkClusterNewest(b *testing.B) {
	reports := clusterBenchReports(b)
	old := reports[:len(reports)-len(reports)/100]
	x := events.NewIndex()
	x.Add(old...)
	before := map[string]string{}
	for _, ev := range x.Events() {
		for _, r := range ev.Reports {
			before[old[r].Key] = ev.ID
		}
	}
	links := x.Links()
	b.ReportAllocs()
	for b.Loop() {
		y := events.NewIndex()
		y.Add(reports...)
		y.Reuse(links, nil)
		y.Earlier(before, nil)
		y.Events()
	}
}

var clusterBench struct {
	sync.Once
	reports []events.Report
}

// clusterBenchReports returns the reports (reportsOf) of 8 MB of generated
// news, the first published first.
func clusterBenchReports(b *testing.B) []events.Report {
	clusterBench.Do(func() {
		docs, _ := benchCorpus("mixed", 8<<20)
		r := reportsOf(benchPipeline(b, 1, false).Analyze(docs))
		slices.SortFunc(r, func(x, y events.Report) int {
			return cmp.Or(cmp.Compare(x.Published, y.Published), cmp.Compare(x.Key, y.Key))
		})
		clusterBench.reports = r
	})
	return clusterBench.reports
}
