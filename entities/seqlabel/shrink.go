package seqlabel

import "math"

// Prune zeroes feature weights smaller in magnitude than minAbsWeight and
// drops features left without any weight, shrinking the model and its file
// at a small cost in accuracy. It returns the number of features kept.
// Prune must not run concurrently with Predict.
func (m *Model) Prune(minAbsWeight float32) int {
	return m.mapWeights(func(q int16) int16 {
		if w := float32(q) * m.scale; w > -minAbsWeight && w < minAbsWeight {
			return 0
		}
		return q
	})
}

// Quantize coarsens the feature weights to integer multiples of a new scale
// that maps the largest weight to maxLevel (at most 32767, the precision
// Train gives), dropping features whose weights all round to zero, and
// returns the number of features kept. Fewer levels make smaller files: on
// an English NER model, 255 levels cut the file by a quarter with no change
// in F1. Check on held-out data before shipping a coarser model. Quantize
// must not run concurrently with Predict.
func (m *Model) Quantize(maxLevel int) int {
	maxLevel = max(1, min(maxLevel, math.MaxInt16))
	var maxQ int16
	_, rows := m.feats.sorted()
	for _, q := range rows {
		maxQ = max(maxQ, q, -q)
	}
	if int(maxQ) <= maxLevel {
		return m.feats.count // already as coarse as asked
	}
	ratio := float64(maxQ) / float64(maxLevel)
	m.scale = float32(float64(m.scale) * ratio)
	return m.mapWeights(func(q int16) int16 {
		return int16(math.Round(float64(q) / ratio))
	})
}

// mapWeights replaces every quantised feature weight q by f(q), drops
// features left without any weight and returns the number kept.
func (m *Model) mapWeights(f func(q int16) int16) int {
	n := len(m.labels)
	hashes, rows := m.feats.sorted()
	kept, keptRows := hashes[:0], rows[:0]
	for i, h := range hashes {
		row := rows[i*n : (i+1)*n]
		nonzero := false
		for j, q := range row {
			row[j] = f(q)
			nonzero = nonzero || row[j] != 0
		}
		if nonzero {
			kept = append(kept, h)
			// keptRows never overtakes row, so this copies forward safely.
			keptRows = append(keptRows, row...)
		}
	}
	m.feats = newWeightTable(n, kept, keptRows)
	return len(kept)
}
