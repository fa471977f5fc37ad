package english

import (
	_ "embed"
	"strings"
	"sync"
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

var (
	clusterOnce  sync.Once
	clusterIndex map[string]string
)

// wordCluster returns the cluster path of the lower-case word w, or "".
func wordCluster(w string) string {
	clusterOnce.Do(func() { clusterIndex = parseClusters(clustersFile) })
	return clusterIndex[w]
}

// parseClusters reads the "word<TAB>path" lines of file.
func parseClusters(file string) map[string]string {
	m := make(map[string]string, strings.Count(file, "\n"))
	for line := range strings.Lines(file) {
		w, p, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t")
		if ok && w != "" && p != "" {
			m[w] = p
		}
	}
	return m
}

// clusterPrefixes returns the path's prefixes, coarse to fine, into dst
// ("3.12.5" gives "3", "3.12", "3.12.5"), without allocating.
func clusterPrefixes(dst []string, path string) []string {
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			dst = append(dst, path[:i])
		}
	}
	return append(dst, path)
}
