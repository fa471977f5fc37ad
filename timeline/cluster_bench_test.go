package timeline

import (
	"strconv"
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
