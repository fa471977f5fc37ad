package nereval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/entities"
)

// All is the row of the report that sums every corpus.
const All = "ALL"

// micro is the column of the report that sums the core types.
const micro entities.Type = "micro"

// sum returns the counts of a corpus (All for every corpus, "a+b" for
// corpora a and b together) and type (micro for every core type).
func (t *Tally) sum(corpus string, typ entities.Type) Counts {
	var c Counts
	parts := strings.Split(corpus, "+")
	for name, m := range t.ByCorpus {
		if corpus != All && !slices.Contains(parts, name) {
			continue
		}
		for _, ct := range Core {
			if typ != micro && ct != typ {
				continue
			}
			if x := m[ct]; x != nil {
				c.TP, c.FP, c.FN = c.TP+x.TP, c.FP+x.FP, c.FN+x.FN
			}
		}
	}
	return c
}

// corpora returns the corpus names of the tallies, sorted, then All.
func corpora(tallies []*Tally) []string {
	seen := map[string]bool{}
	var names []string
	for _, t := range tallies {
		for c := range t.ByCorpus {
			if !seen[c] {
				seen[c] = true
				names = append(names, c)
			}
		}
	}
	sort.Strings(names)
	return append(names, All)
}

// meanSD returns the mean and the sample standard deviation of xs.
func meanSD(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	if len(xs) < 2 {
		return mean, 0
	}
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)-1))
}

// Report writes one line per corpus (and one for all of them, and one for
// each group of corpora of together, which a target may be set on): the
// gold names, and per core type and over all three the F1 of the folds
// pooled, with the mean ± standard deviation of the per-fold F1 when there
// are several folds. A difference between set-ups smaller than the spread
// is noise.
func Report(w io.Writer, title string, tallies []*Tally, together ...[]string) {
	fmt.Fprintf(w, "%s (%d fold(s); F1 pooled over folds, mean±sd of per-fold F1)\n", title, len(tallies))
	cols := append(append([]entities.Type{}, Core...), micro)
	fmt.Fprintf(w, "%-22s %6s", "corpus", "names")
	for _, c := range cols {
		fmt.Fprintf(w, "  %-20s", c)
	}
	fmt.Fprintln(w)
	rows := corpora(tallies)
	for _, g := range together {
		rows = append(rows, strings.Join(g, "+"))
	}
	for _, corpus := range rows {
		var pooled Counts
		for _, t := range tallies {
			c := t.sum(corpus, micro)
			pooled.TP, pooled.FN = pooled.TP+c.TP, pooled.FN+c.FN
		}
		fmt.Fprintf(w, "%-22s %6d", corpus, pooled.TP+pooled.FN)
		for _, typ := range cols {
			var all Counts
			var f1s []float64
			for _, t := range tallies {
				c := t.sum(corpus, typ)
				all.TP, all.FP, all.FN = all.TP+c.TP, all.FP+c.FP, all.FN+c.FN
				f1s = append(f1s, c.F1())
			}
			cell := fmt.Sprintf("%.3f", all.F1())
			if len(tallies) > 1 {
				m, sd := meanSD(f1s)
				cell += fmt.Sprintf(" (%.3f±%.3f)", m, sd)
			}
			fmt.Fprintf(w, "  %-20s", cell)
		}
		fmt.Fprintln(w)
	}
}

// WriteJSON saves the tallies' counts (one object per fold), so that set-ups
// can be compared fold by fold later.
func WriteJSON(path string, tallies []*Tally) error {
	var folds []map[string]map[entities.Type]*Counts
	for _, t := range tallies {
		folds = append(folds, t.ByCorpus)
	}
	data, err := json.MarshalIndent(folds, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing the fold counts: %w", err)
	}
	return nil
}
