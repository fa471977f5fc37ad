package seqlabel

import (
	"fmt"
	"math"
	"slices"
)

// Average returns the model whose feature and transition weights are the
// means of those of models, which must share their labels. Averaging models
// trained on the same examples in different orders (other shuffle seeds)
// smooths out the order's luck, as averaging over updates does within one
// run, and costs nothing at run time: the result is one table, with the
// union of the models' features. The weights are quantised as Train
// quantises them.
func Average(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("seqlabel: Average of no models")
	}
	labels := models[0].labels
	for _, m := range models[1:] {
		if !slices.Equal(m.labels, labels) {
			return nil, fmt.Errorf("seqlabel: Average of models with labels %q and %q", labels, m.labels)
		}
	}
	n, k := len(labels), float64(len(models))
	out := &Model{labels: slices.Clone(labels), trans: make([]float32, len(models[0].trans))}
	for i := range out.trans {
		var sum float64
		for _, m := range models {
			sum += float64(m.trans[i])
		}
		out.trans[i] = float32(sum / k)
	}
	if n == 0 {
		return out, nil
	}

	// Merge the models' features, each list sorted by hash, into their
	// union with the mean weights.
	type list struct {
		hashes []uint64
		rows   []int16
		scale  float64
		next   int
	}
	lists := make([]list, len(models))
	for i, m := range models {
		h, r := m.feats.sorted()
		lists[i] = list{hashes: h, rows: r, scale: float64(m.scale)}
	}
	var hashes []uint64
	var mean []float64
	var maxAbs float64
	for {
		h, any := uint64(math.MaxUint64), false
		for i := range lists {
			if l := &lists[i]; l.next < len(l.hashes) && (!any || l.hashes[l.next] < h) {
				h, any = l.hashes[l.next], true
			}
		}
		if !any {
			break
		}
		row := make([]float64, n)
		for i := range lists {
			l := &lists[i]
			if l.next < len(l.hashes) && l.hashes[l.next] == h {
				for j, q := range l.rows[l.next*n : (l.next+1)*n] {
					row[j] += float64(q) * l.scale / k
				}
				l.next++
			}
		}
		for _, w := range row {
			maxAbs = max(maxAbs, math.Abs(w))
		}
		hashes = append(hashes, h)
		mean = append(mean, row...)
	}
	out.scale = float32(maxAbs / math.MaxInt16)
	kept := hashes[:0]
	var rows []int16
	for f, h := range hashes {
		row := mean[f*n : (f+1)*n]
		nonzero := false
		for _, w := range row {
			nonzero = nonzero || out.quantum(float32(w)) != 0
		}
		if !nonzero {
			continue
		}
		kept = append(kept, h)
		for _, w := range row {
			rows = append(rows, out.quantum(float32(w)))
		}
	}
	out.feats = newWeightTable(n, kept, rows)
	return out, nil
}

// TrainSeeds trains one model per shuffle seed on the same examples and
// returns their Average (the model itself for one seed): a few short runs
// averaged generalise better than one long run, which fits the training
// data more closely. progress, if set, is called after each epoch of each
// seed.
func TrainSeeds(examples []Example, epochs int, seeds []int64, progress func(seed int64, epoch int, accuracy float64)) (*Model, error) {
	var models []*Model
	for _, seed := range seeds {
		opts := TrainOptions{Epochs: epochs, Seed: seed}
		if progress != nil {
			opts.Progress = func(epoch int, acc float64) { progress(seed, epoch, acc) }
		}
		models = append(models, Train(examples, opts))
	}
	if len(models) == 1 {
		return models[0], nil
	}
	return Average(models...)
}
