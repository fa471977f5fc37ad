package english

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/segment"
)

// goldRecord is one line of the annotated JSONL format of ../shared/eval.
type goldRecord struct {
	ID       string     `json:"id"`
	Text     string     `json:"text"`
	Entities []GoldSpan `json:"entities"`
}

func readGold(t testing.TB, path string) []goldRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r goldRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// counts are exact span+type matches per type.
type counts struct{ tp, fp, fn map[entities.Type]int }

func (c counts) prf(types ...entities.Type) (p, r, f float64) {
	tp, fp, fn := 0, 0, 0
	for _, t := range types {
		tp, fp, fn = tp+c.tp[t], fp+c.fp[t], fn+c.fn[t]
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// scoreRecords runs x over every record, sentence-split, and scores exact
// span and type over the core types. A prediction overlapping a gold span of
// another type is not counted as a false positive. errs receives one line per
// error.
func scoreRecords(x *Extractor, recs []goldRecord, errs func(string)) counts {
	c := counts{map[entities.Type]int{}, map[entities.Type]int{}, map[entities.Type]int{}}
	for _, r := range recs {
		var spans []entities.Span
		for _, s := range segment.Split(r.Text) {
			spans = append(spans, entities.Span{Start: s.Start, End: s.End})
		}
		pred := x.Extract(r.Text, spans)
		type key struct {
			s, e int
			t    entities.Type
		}
		gold := map[key]bool{}
		for _, g := range r.Entities {
			if entities.Type(g.Type).Valid() {
				gold[key{g.Start, g.End, entities.Type(g.Type)}] = true
			}
		}
		seen := map[key]bool{}
		for _, m := range pred {
			k := key{m.Start, m.End, m.Type}
			if gold[k] {
				c.tp[m.Type]++
				seen[k] = true
				continue
			}
			dontCare := false
			for _, g := range r.Entities {
				if !entities.Type(g.Type).Valid() && g.Start < m.End && m.Start < g.End {
					dontCare = true
				}
			}
			if !dontCare {
				c.fp[m.Type]++
				if errs != nil {
					errs(fmt.Sprintf("FP %s %q [%s]", m.Type, m.Text, context(r.Text, m.Start, m.End)))
				}
			}
		}
		var missed []key
		for k := range gold {
			if !seen[k] {
				missed = append(missed, k)
			}
		}
		sort.Slice(missed, func(i, j int) bool { return missed[i].s < missed[j].s })
		for _, k := range missed {
			c.fn[k.t]++
			if errs != nil {
				errs(fmt.Sprintf("FN %s %q [%s]", k.t, r.Text[k.s:k.e], context(r.Text, k.s, k.e)))
			}
		}
	}
	return c
}

func context(text string, s, e int) string {
	a, b := max(0, s-40), min(len(text), e+40)
	for a > 0 && a < len(text) && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(text[a:s]+"<<"+text[s:e]+">>"+text[e:b], "\n", " ")
}
