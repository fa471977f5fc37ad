package main

import (
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/chronograph/chronograph/cmd/chronobench/newsgen"
	"github.com/chronograph/chronograph/timeline/normalize"
	"github.com/chronograph/chronograph/timeline/segment"
)

// BenchmarkKagomeJapanese tokenises 8 MiB of chronobench's Japanese news
// with a bare kagome tokenizer (IPA dictionary, as entities/japanese loads
// it), one sentence at a time as the extractor does, normalised and split
// as the pipeline does: the throughput it reports is the most any Japanese
// report can reach, per CPU second, while it tokenises all its text with
// kagome. Its cpu-sec/op is steadier than ns/op on a loaded machine.
//
//	go test -run XXX -bench KagomeJapanese -benchtime 5x ./cmd/chronobench
func BenchmarkKagomeJapanese(b *testing.B) {
	g := newsgen.New(1)
	var sentences []string
	var size int64 // bytes of text, as chronobench counts them
	for size < 8<<20 {
		d := g.Next("ja")
		size += int64(len(d.Text))
		n := normalize.NFKC(d.Text).Norm
		for _, s := range segment.Split(n) {
			if s.Lang == "ja" {
				sentences = append(sentences, n[s.Start:s.End])
			}
		}
	}
	tok, err := tokenizer.New(ipa.DictShrink(), tokenizer.OmitBosEos())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sentences {
			tok.Tokenize(s)
		}
	}
	cpu := (cpuTime() - cpu0).Seconds() / float64(b.N)
	b.ReportMetric(cpu, "cpu-sec/op")
	b.ReportMetric(float64(size)/1e6/cpu, "MB/CPU-s")
}
