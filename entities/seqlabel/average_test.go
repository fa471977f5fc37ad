package seqlabel

import (
	"bytes"
	"math"
	"slices"
	"testing"
)

func TestAverage(t *testing.T) {
	var exs []Example
	for _, s := range toyTrain {
		_, ex := toyExample(t, s)
		exs = append(exs, ex)
	}
	var models []*Model
	for seed := int64(1); seed <= 3; seed++ {
		models = append(models, Train(exs, TrainOptions{Epochs: 10, Seed: seed}))
	}

	// The average of one model is the model.
	one, err := Average(models[0])
	if err != nil {
		t.Fatal(err)
	}
	a, _ := models[0].MarshalBinary()
	b, _ := one.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Error("Average of one model changed it")
	}

	avg, err := Average(models...)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range toyTest {
		words, ex := toyExample(t, s)
		if got := avg.Predict(ex.Tokens); !slices.Equal(got, ex.Labels) {
			t.Errorf("averaged: Predict(%q) = %q, want %q", words, got, ex.Labels)
		}
	}
	// Every weight is the mean, to the precision of the quantisation.
	weights := func(m *Model) map[uint64][]float64 {
		out := map[uint64][]float64{}
		hashes, rows := m.feats.sorted()
		n := len(m.labels)
		for f, h := range hashes {
			for _, q := range rows[f*n : (f+1)*n] {
				out[h] = append(out[h], float64(q)*float64(m.scale))
			}
		}
		return out
	}
	got := weights(avg)
	var each []map[uint64][]float64
	union := map[uint64]bool{}
	for _, m := range models {
		w := weights(m)
		each = append(each, w)
		for h := range w {
			union[h] = true
		}
	}
	tol := 3 * float64(avg.scale)
	for _, m := range models {
		tol += float64(m.scale)
	}
	for h := range union {
		for j := range avg.labels {
			want := 0.0
			for _, w := range each {
				if row := w[h]; row != nil {
					want += row[j] / float64(len(models))
				}
			}
			g := 0.0
			if row := got[h]; row != nil {
				g = row[j]
			}
			if math.Abs(g-want) > tol {
				t.Fatalf("feature %x label %d: weight %g, want the mean %g", h, j, g, want)
			}
		}
	}
	for i, w := range avg.trans {
		want := float32(0)
		for _, m := range models {
			want += m.trans[i] / float32(len(models))
		}
		if math.Abs(float64(w-want)) > 1e-4 {
			t.Errorf("transition %d: %g, want %g", i, w, want)
		}
	}

	if _, err := Average(); err == nil {
		t.Error("Average of no models: no error")
	}
	_, other := toyExample(t, "Mr/O Abel/B-ORG ./O")
	if _, err := Average(models[0], Train([]Example{other}, TrainOptions{Seed: 1})); err == nil {
		t.Error("Average of models with other labels: no error")
	}
}

// TestTrainSeeds checks that training over seeds gives the average of the
// models trained one seed at a time, and reports every epoch of each seed.
func TestTrainSeeds(t *testing.T) {
	var exs []Example
	for _, s := range toyTrain {
		_, ex := toyExample(t, s)
		exs = append(exs, ex)
	}
	calls := 0
	got, err := TrainSeeds(exs, 4, []int64{1, 2}, func(int64, int, float64) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	want, err := Average(Train(exs, TrainOptions{Epochs: 4, Seed: 1}), Train(exs, TrainOptions{Epochs: 4, Seed: 2}))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := got.MarshalBinary()
	b, _ := want.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Error("TrainSeeds differs from Average of Train per seed")
	}
	if calls != 8 {
		t.Errorf("progress called %d times, want 8", calls)
	}
}
