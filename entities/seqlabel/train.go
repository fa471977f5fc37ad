package seqlabel

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one training sequence: the features and the gold label of each
// token.
type Example struct {
	Tokens []Features
	Labels []string
}

// TrainOptions controls Train.
type TrainOptions struct {
	// Epochs is the number of passes over the examples; 0 means 10.
	Epochs int
	// Seed seeds the per-epoch shuffle, so training is deterministic.
	Seed int64
	// Progress, if set, is called after each epoch (counted from 1) with the
	// token accuracy the model had on that epoch's examples while learning.
	Progress func(epoch int, accuracy float64)
}

// DefaultEpochs is the number of epochs used when TrainOptions.Epochs is 0.
const DefaultEpochs = 10

// Train learns a model from examples with the structured averaged perceptron:
// each example is decoded with the current weights (Viterbi) and, where the
// prediction differs from the gold labels, the gold features and transitions
// are rewarded and the predicted ones penalised. The returned model holds the
// weights averaged over all updates, which generalise much better than the
// final ones. Weights are quantised to the precision of the model file, so a
// Marshal/Load round trip reproduces the model exactly.
//
// Train panics if an example has different numbers of tokens and labels,
// which is a bug in the caller.
func Train(examples []Example, opts TrainOptions) *Model {
	epochs := opts.Epochs
	if epochs <= 0 {
		epochs = DefaultEpochs
	}
	m := &Model{labels: collectLabels(examples)}
	n := len(m.labels)
	m.trans = make([]float32, (n+1)*(n+1))
	if n == 0 {
		return m
	}
	gold := goldIndices(examples, m.labels)

	tr := trainer{m: m, n: n, uTrans: make([]float64, len(m.trans)), c: 1}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(uint64(opts.Seed), 0x5eedbeef))
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, i := range order {
			ex := examples[i]
			if len(ex.Tokens) == 0 {
				continue
			}
			pred := tr.decode(ex.Tokens)
			total += len(pred)
			wrong := false
			for t, p := range pred {
				if p == gold[i][t] {
					correct++
				} else {
					wrong = true
				}
			}
			if wrong {
				tr.update(ex.Tokens, gold[i], pred)
			}
			tr.c++
		}
		if opts.Progress != nil {
			acc := 0.0
			if total > 0 {
				acc = float64(correct) / float64(total)
			}
			opts.Progress(epoch, acc)
		}
	}
	tr.finish()
	return m
}

// trainer holds the perceptron state: the current weights, which unlike a
// finished model's grow and stay in full precision, and their accumulated
// updates for averaging.
//
// Averaging uses the accumulated-update trick: every update d made at step c
// is also added as c·d to u, and the average of the weights over all steps is
// w - u/c. That needs no per-weight timestamps.
type trainer struct {
	m       *Model    // labels and current transitions
	n       int       // labels
	index   table     // feature hash to row of w
	w       []float32 // n current weights per feature row
	u       []float64 // accumulated c·d for w
	uTrans  []float64 // accumulated c·d for m.trans
	c       float64   // step counter, one per example
	scratch scratch
}

// decode labels tokens with the current weights.
func (tr *trainer) decode(tokens []Features) []int32 {
	n, s := tr.n, &tr.scratch
	s.reset(len(tokens), n)
	for t, feats := range tokens {
		row := s.score[t*n : (t+1)*n]
		clear(row)
		for _, h := range feats {
			r, ok := tr.index.get(h)
			if !ok {
				continue
			}
			for j, v := range tr.w[int(r)*n : int(r+1)*n] {
				row[j] += v
			}
		}
	}
	return s.viterbi(len(tokens), n, tr.m.trans)
}

func (tr *trainer) update(tokens []Features, gold, pred []int32) {
	n := tr.n
	for t, feats := range tokens {
		g, p := gold[t], pred[t]
		if g == p {
			continue
		}
		for _, h := range feats {
			r := int(tr.row(h)) * n
			tr.add(r+int(g), 1)
			tr.add(r+int(p), -1)
		}
	}
	stride := n + 1
	prevG, prevP := n, n // the start boundary
	for t := 0; t <= len(tokens); t++ {
		curG, curP := n, n // the end boundary
		if t < len(tokens) {
			curG, curP = int(gold[t]), int(pred[t])
		}
		if prevG != prevP || curG != curP {
			tr.addTrans(prevG*stride+curG, 1)
			tr.addTrans(prevP*stride+curP, -1)
		}
		prevG, prevP = curG, curP
	}
}

// row returns the weight row of feature h, adding a zero row if it is new.
func (tr *trainer) row(h uint64) int32 {
	if r, ok := tr.index.get(h); ok {
		return r
	}
	r := int32(len(tr.w) / tr.n)
	tr.index.put(h, r)
	tr.w = extend(tr.w, tr.n)
	tr.u = extend(tr.u, tr.n)
	return r
}

// extend appends n zeros to s.
func extend[T float32 | float64](s []T, n int) []T {
	s = slices.Grow(s, n)
	s = s[:len(s)+n]
	clear(s[len(s)-n:])
	return s
}

func (tr *trainer) add(i int, d float32) {
	tr.w[i] += d
	tr.u[i] += tr.c * float64(d)
}

func (tr *trainer) addTrans(i int, d float32) {
	tr.m.trans[i] += d
	tr.uTrans[i] += tr.c * float64(d)
}

// finish gives the model the averaged transitions and the averaged feature
// weights, quantised to int16 multiples of a scale that maps the largest
// weight to the largest int16. Features whose weights all quantise to zero
// are dropped.
func (tr *trainer) finish() {
	m, n := tr.m, tr.n
	for i, w := range m.trans {
		m.trans[i] = float32(float64(w) - tr.uTrans[i]/tr.c)
	}
	avg := tr.w // averaged in place
	var maxAbs float64
	for i, w := range avg {
		a := float64(w) - tr.u[i]/tr.c
		avg[i] = float32(a)
		maxAbs = max(maxAbs, math.Abs(a))
	}
	m.scale = float32(maxAbs / math.MaxInt16)

	var hashes []uint64
	for _, s := range tr.index.slots {
		if s.row != 0 {
			hashes = append(hashes, s.key)
		}
	}
	slices.Sort(hashes)
	kept := hashes[:0]
	var rows []int16
	for _, h := range hashes {
		r, _ := tr.index.get(h)
		row := avg[int(r)*n : int(r+1)*n]
		nonzero := false
		for _, w := range row {
			nonzero = nonzero || m.quantum(w) != 0
		}
		if !nonzero {
			continue
		}
		kept = append(kept, h)
		for _, w := range row {
			rows = append(rows, m.quantum(w))
		}
	}
	m.feats = newWeightTable(n, kept, rows)
}

// quantum returns w in units of the model's scale, clamped to int16.
func (m *Model) quantum(w float32) int16 {
	if m.scale == 0 {
		return 0
	}
	q := math.Round(float64(w) / float64(m.scale))
	return int16(max(math.MinInt16, min(math.MaxInt16, q)))
}

// collectLabels returns the distinct labels of examples, sorted so that label
// indices do not depend on example order.
func collectLabels(examples []Example) []string {
	seen := map[string]bool{}
	var labels []string
	for i, ex := range examples {
		if len(ex.Tokens) != len(ex.Labels) {
			panic(fmt.Sprintf("seqlabel: example %d has %d tokens but %d labels", i, len(ex.Tokens), len(ex.Labels)))
		}
		for _, l := range ex.Labels {
			if !seen[l] {
				seen[l] = true
				labels = append(labels, l)
			}
		}
	}
	slices.Sort(labels)
	return labels
}

func goldIndices(examples []Example, labels []string) [][]int32 {
	index := make(map[string]int32, len(labels))
	for i, l := range labels {
		index[l] = int32(i)
	}
	gold := make([][]int32, len(examples))
	for i, ex := range examples {
		gold[i] = make([]int32, len(ex.Labels))
		for t, l := range ex.Labels {
			gold[i][t] = index[l]
		}
	}
	return gold
}
