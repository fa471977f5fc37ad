package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestMeantimeDev is a temporary harness until `chronograph eval --task timex` lands.
func TestMeantimeDev(t *testing.T) {
	f, err := os.Open("/work/shared/eval/en-meantime.dev.jsonl")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	type gold struct {
		Start, End        int
		Type, Value, Text string
	}
	var rec struct {
		Text  string
		Dct   string
		Timex []gold
	}
	tg := New(Options{})
	var tp, fp, fn, vok int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	verbose := os.Getenv("TXV") != ""
	for sc.Scan() {
		rec.Timex = nil
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		anchor, _ := time.Parse("2006-01-02", rec.Dct)
		var preds []Timex
		off := 0
		limit := 0
		for n, line := range strings.Split(rec.Text, "\n") {
			if n == 6 {
				limit = off
			}
			for _, x := range tg.Tag(line, "en", anchor) {
				x.Start += off
				x.End += off
				preds = append(preds, x)
			}
			off += len(line) + 1
		}
		if limit == 0 || os.Getenv("TXALL") != "" {
			limit = len(rec.Text)
		}
		var golds []gold
		for _, g := range rec.Timex {
			if g.Type == Date || g.Type == Time {
				golds = append(golds, g)
			}
		}
		used := make([]bool, len(golds))
		for _, x := range preds {
			if x.Start >= limit || (x.Type != Date && x.Type != Time) {
				continue
			}
			hit := -1
			for gi, g := range golds {
				if !used[gi] && x.Start < g.End && g.Start < x.End {
					hit = gi
					break
				}
			}
			if hit < 0 {
				fp++
				if verbose {
					fmt.Printf("FP %s %q %s\n", rec.Dct, x.Text, x.Value)
				}
				continue
			}
			used[hit] = true
			tp++
			if x.Value == golds[hit].Value {
				vok++
			} else if verbose {
				fmt.Printf("VAL %s %q got %q want %q (%q)\n", rec.Dct, x.Text, x.Value, golds[hit].Value, golds[hit].Text)
			}
		}
		for gi, g := range golds {
			if !used[gi] {
				fn++
				if verbose {
					fmt.Printf("FN %s %q %s\n", rec.Dct, g.Text, g.Value)
				}
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	t.Logf("tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f value acc=%.3f", tp, fp, fn, p, r, 2*p*r/(p+r), float64(vok)/float64(tp))
}
