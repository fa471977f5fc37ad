// Package seqlabel is a small averaged-perceptron sequence labeller.
//
// It knows nothing about language: callers turn each token into a bag of
// hashed features (Features), train a Model on labelled sequences (Train) and
// label new sequences with first-order Viterbi decoding (Predict). Keeping the
// learner generic lets the English and the Japanese extractors share one
// well-tested implementation and one compact model file format.
//
// A Model is immutable after Train, Load or Prune returns and is safe for
// concurrent use by multiple goroutines.
package seqlabel

import (
	"math"
	"sync"
)

// FNV-1a 64-bit parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	// partSep is hashed between the parts given to Add so that
	// Add("ab", "c") and Add("a", "bc") differ.
	partSep = 0x1f
)

// Features holds the hashed features of one token.
//
// Add hashes strings without allocating per call, so extractors can build
// features from substrings of the text without concatenating them.
type Features []uint64

// Hash returns the FNV-1a 64 hash of parts joined by the separator byte 0x1f
// (ASCII unit separator, which does not occur in text). It is the hash Add
// appends; callers may use it to precompute parts of features.
func Hash(parts ...string) uint64 {
	h := uint64(fnvOffset)
	for i, p := range parts {
		if i > 0 {
			h ^= partSep
			h *= fnvPrime
		}
		for j := 0; j < len(p); j++ {
			h ^= uint64(p[j])
			h *= fnvPrime
		}
	}
	return h
}

// Add appends the hash of the concatenation of parts (joined by a separator
// byte, see Hash).
func (f *Features) Add(parts ...string) {
	*f = append(*f, Hash(parts...))
}

// AddHash appends a precomputed hash, for callers that combine hashes
// themselves.
func (f *Features) AddHash(h uint64) {
	*f = append(*f, h)
}

// Model is a trained labeller: per-feature weights over labels plus
// label-bigram transition weights.
type Model struct {
	labels []string
	// feats holds the label weights of every feature as int16 multiples of
	// scale, the precision of the model file.
	feats weightTable
	scale float32
	// trans holds transition weights over (len(labels)+1)² cells:
	// trans[from*(n+1)+to], where index n stands for the sequence boundary
	// (from n = start of sequence, to n = end of sequence).
	trans []float32

	scratch sync.Pool // *scratch
}

// maxPooledScratch is the largest scratch (in scores) kept for reuse, so one
// huge input does not pin its buffers for the life of the model.
const maxPooledScratch = 1 << 16

// scratch is the per-call working memory of decoding, pooled so that
// Predict does not allocate per token.
type scratch struct {
	score []float32 // Viterbi scores, len(tokens)*n
	acc   []int32   // one token's emission sums in units of scale
	back  []int32   // back pointers, len(tokens)*n
	into  []float32 // transitions between labels, transposed: into[to*n+from]
	path  []int32
}

// Labels returns the model's labels in their internal (sorted) order.
func (m *Model) Labels() []string {
	return append([]string(nil), m.labels...)
}

// NumFeatures returns the number of features with at least one weight.
func (m *Model) NumFeatures() int {
	return m.feats.count
}

// Predict returns the highest-scoring label sequence for tokens under the
// model: the sum of the label-conditioned feature weights of every token plus
// the transition weights between consecutive labels (and from the start and to
// the end of the sequence). Unknown features are ignored. A model without
// labels returns empty strings.
func (m *Model) Predict(tokens []Features) []string {
	return m.PredictInto(nil, tokens)
}

// PredictInto is Predict appending to dst[:0], for callers that reuse the
// output slice and want decoding free of allocations.
func (m *Model) PredictInto(dst []string, tokens []Features) []string {
	dst = dst[:0]
	n := len(m.labels)
	if n == 0 {
		for range tokens {
			dst = append(dst, "")
		}
		return dst
	}
	if len(tokens) == 0 {
		return dst
	}
	s, _ := m.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	s.reset(len(tokens), n)
	s.acc = resize(s.acc, n)
	for t, feats := range tokens {
		acc := s.acc
		clear(acc)
		for _, h := range feats {
			w := m.feats.lookup(h)
			if w == nil {
				continue
			}
			for j := range acc {
				acc[j] += int32(weight(w, j))
			}
		}
		row := s.score[t*n : (t+1)*n]
		for j, a := range acc {
			row[j] = float32(a) * m.scale
		}
	}
	for _, l := range s.viterbi(len(tokens), n, m.trans) {
		dst = append(dst, m.labels[l])
	}
	if cap(s.score) <= maxPooledScratch {
		m.scratch.Put(s)
	}
	return dst
}

// reset sizes s for T tokens and n labels.
func (s *scratch) reset(T, n int) {
	s.score = resize(s.score, T*n)
	s.back = resize(s.back, T*n)
	s.path = resize(s.path, T)
}

// viterbi finds the best label path given the emission scores of T tokens
// in s.score (which it overwrites) and the transition weights, and returns
// it as label indices, valid until s is reused. Ties go to the lower label
// index, so decoding is deterministic.
func (s *scratch) viterbi(T, n int, trans []float32) []int32 {
	score, back := s.score, s.back
	stride := n + 1
	// Transposed, the transitions into label j are contiguous, which keeps
	// the inner loop free of strided loads and bounds checks.
	s.into = resize(s.into, n*n)
	for i := range n {
		for j := range n {
			s.into[j*n+i] = trans[i*stride+j]
		}
	}
	for j := 0; j < n; j++ {
		score[j] += trans[n*stride+j]
	}
	for t := 1; t < T; t++ {
		prev := score[(t-1)*n : t*n]
		cur := score[t*n : t*n+n]
		bk := back[t*n : t*n+n]
		for j := range cur {
			into := s.into[j*n : j*n+len(prev)]
			best, arg := prev[0]+into[0], int32(0)
			for i, p := range prev {
				if v := p + into[i]; v > best {
					best, arg = v, int32(i)
				}
			}
			cur[j] += best
			bk[j] = arg
		}
		// Keep scores near zero so float32 stays precise on very long
		// inputs (a text without sentence breaks is one long sequence).
		top := cur[0]
		for _, v := range cur {
			top = max(top, v)
		}
		for j := range cur {
			cur[j] -= top
		}
	}
	last := score[(T-1)*n : T*n]
	best, arg := float32(math.Inf(-1)), int32(0)
	for j, v := range last {
		if v += trans[j*stride+n]; v > best {
			best, arg = v, int32(j)
		}
	}
	path := s.path
	path[T-1] = arg
	for t := T - 1; t > 0; t-- {
		path[t-1] = back[t*n+int(path[t])]
	}
	return path
}

// resize returns s with length n, reallocating only when it lacks capacity.
// The contents are not preserved.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
