package seqlabel

import (
	"math/rand/v2"
	"testing"
)

// benchModel returns a model of the size the extractors ship (features ×
// labels with random weights) and sentences of tokens with featsPerToken
// features each, about 70% of them known to the model. With zipf, known
// features are drawn with Zipf's law, as words and affixes are in text;
// otherwise uniformly, the worst case for the CPU cache.
func benchModel(features, labels, sentences, length, featsPerToken int, zipf bool) (*Model, [][]Features) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := make([]string, labels)
	for i := range names {
		names[i] = string(rune('A' + i))
	}
	trans := make([]float32, (labels+1)*(labels+1))
	for i := range trans {
		trans[i] = rng.Float32() - 0.5
	}
	hashes := make([]uint64, features)
	for i := range hashes {
		hashes[i] = rng.Uint64()
	}
	weights := make([]float32, features*labels)
	for i := range weights {
		if rng.IntN(3) == 0 {
			weights[i] = float32(rng.NormFloat64())
		}
	}
	m := buildModel(names, trans, hashes, weights)
	pick := func() int { return rng.IntN(features) }
	if zipf {
		z := rand.NewZipf(rng, 1.1, 1, uint64(features-1))
		pick = func() int { return int(z.Uint64()) }
	}
	sents := make([][]Features, sentences)
	for s := range sents {
		sents[s] = make([]Features, length)
		for t := range sents[s] {
			for range featsPerToken {
				if rng.IntN(10) < 7 {
					sents[s][t].AddHash(hashes[pick()])
				} else {
					sents[s][t].AddHash(rng.Uint64())
				}
			}
		}
	}
	return m, sents
}

// BenchmarkPredict reports decoding speed in tokens/s for a model of 200k
// features and 7 labels (BIO over three types) with 30 features per token.
func BenchmarkPredict(b *testing.B) {
	for _, zipf := range []bool{false, true} {
		name := "uniform"
		if zipf {
			name = "zipf"
		}
		b.Run(name, func(b *testing.B) {
			const length = 25
			m, sents := benchModel(200_000, 7, 512, length, 30, zipf)
			var dst []string
			b.ReportAllocs()
			b.ResetTimer()
			i := 0
			for b.Loop() {
				dst = m.PredictInto(dst, sents[i%len(sents)])
				i++
			}
			b.ReportMetric(float64(i*length)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// BenchmarkTrain reports training speed in tokens/s (one epoch) on
// synthetic data where the label is a function of the first feature.
func BenchmarkTrain(b *testing.B) {
	const length = 25
	_, sents := benchModel(50_000, 7, 400, length, 30, true)
	labels := []string{"O", "B-A", "I-A", "B-B", "I-B", "B-C", "I-C"}
	exs := make([]Example, len(sents))
	for i, s := range sents {
		exs[i].Tokens = s
		for _, f := range s {
			exs[i].Labels = append(exs[i].Labels, labels[f[0]%7])
		}
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		Train(exs, TrainOptions{Epochs: 1})
		n++
	}
	b.ReportMetric(float64(n*len(sents)*length)/b.Elapsed().Seconds(), "tokens/s")
}
