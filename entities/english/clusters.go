package english

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/chronograph/chronograph/entities/seqlabel"
)

// clustersFile maps lower-case words to their word cluster, one
// "word<TAB>path" line each, as cmd/nertrain --clusters derives it by
// hierarchical k-means over word vectors learnt from a few billion words of
// unlabelled text (see MODEL.md). The path ("3.12.5") names the cluster at
// every level, coarse to fine. Words used alike share a cluster, so the
// tagger can type a name it never saw in training from the names it did see
// ("zelensky" sits with the politicians, "lviv" with the towns): the classic
// large gain of linear taggers on text of new kinds.
//
//go:embed clusters.txt
var clustersFile string

// clusterTable holds the word clusters with the hashes of the features each
// cluster gives, computed once: the tagger's features for a token then cost
// one map lookup, not a hash per feature.
type clusterTable struct {
	ids      map[string]int32 // word → index in paths
	paths    []string
	level    [][]uint64 // per path: hash of ("k", level, prefix) per level
	prev     []uint64   // per path: hash of ("k-1", middle-level prefix)
	next     []uint64   // per path: hash of ("k+1", middle-level prefix)
	capTitle []uint64   // per path: hash of ("kc", "T", path)
	capOther []uint64   // per path: hash of ("kc", "U", path) and ("kc", "M", path) alternate
}

var (
	clusterOnce sync.Once
	clusters    *clusterTable
)

// wordClusters returns the embedded cluster table, nil when it is empty.
func wordClusters() *clusterTable {
	clusterOnce.Do(func() { clusters = parseClusters(clustersFile) })
	return clusters
}

// noCluster marks a token whose word has no cluster.
const noCluster = -1

// cluster returns the index of the lower-case word w's cluster, or
// noCluster.
func (t *clusterTable) cluster(w string) int32 {
	if id, ok := t.ids[w]; ok {
		return id
	}
	return noCluster
}

// parseClusters reads the "word<TAB>path" lines of file; nil if it has none.
func parseClusters(file string) *clusterTable {
	t := &clusterTable{ids: make(map[string]int32, strings.Count(file, "\n"))}
	byPath := map[string]int32{}
	for line := range strings.Lines(file) {
		w, p, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t")
		if !ok || w == "" || p == "" {
			continue
		}
		id, seen := byPath[p]
		if !seen {
			id = int32(len(t.paths))
			byPath[p] = id
			t.paths = append(t.paths, p)
			var lv []uint64
			for i, pre := range clusterPrefixes(nil, p) {
				if i >= len(levelNames) {
					break
				}
				lv = append(lv, seqlabel.Hash("k", levelNames[i], pre))
			}
			t.level = append(t.level, lv)
			t.prev = append(t.prev, seqlabel.Hash("k-1", clusterLevel(p, 1)))
			t.next = append(t.next, seqlabel.Hash("k+1", clusterLevel(p, 1)))
			t.capTitle = append(t.capTitle, seqlabel.Hash("kc", "T", p))
			t.capOther = append(t.capOther, seqlabel.Hash("kc", "U", p), seqlabel.Hash("kc", "M", p))
		}
		t.ids[w] = id
	}
	if len(t.paths) == 0 {
		return nil
	}
	return t
}

// capHash returns the hash of ("kc", class, path) for a capitalised class.
func (t *clusterTable) capHash(id int32, class byte) uint64 {
	switch class {
	case capTitle:
		return t.capTitle[id]
	case capUpper:
		return t.capOther[2*id]
	case capMixed:
		return t.capOther[2*id+1]
	}
	return seqlabel.Hash("kc", capNames[class], t.paths[id])
}

// clusterPrefixes returns the path's prefixes, coarse to fine, into dst
// ("3.12.5" gives "3", "3.12", "3.12.5").
func clusterPrefixes(dst []string, path string) []string {
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			dst = append(dst, path[:i])
		}
	}
	return append(dst, path)
}
