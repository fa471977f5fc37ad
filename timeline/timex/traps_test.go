package timex

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// trapSentence is one sentence of the trap set with its expected dates and
// times.
type trapSentence struct {
	line  int
	lang  string
	dct   time.Time
	text  string
	kind  string
	golds []trapGold
}

type trapGold struct {
	start, end int
	value      string
}

// readTraps reads the marked-up trap set (format described at the top of
// the file).
func readTraps(path string) ([]trapSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []trapSentence
	lang, dct := "", time.Time{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
			continue
		case strings.HasPrefix(l, "@"):
			for _, f := range strings.Fields(l[1:]) {
				k, v, _ := strings.Cut(f, "=")
				switch k {
				case "lang":
					lang = v
				case "dct":
					if dct, err = time.Parse(time.DateOnly, v); err != nil {
						return nil, fmt.Errorf("%s:%d: %w", path, n, err)
					}
				}
			}
			continue
		}
		s := trapSentence{line: n, lang: lang, dct: dct}
		if i := strings.Index(l, "  ## "); i >= 0 {
			l, s.kind = l[:i], l[i+len("  ## "):]
		}
		var b strings.Builder
		for {
			i := strings.Index(l, "{{")
			if i < 0 {
				b.WriteString(l)
				break
			}
			j := strings.Index(l[i:], "}}")
			bar := strings.IndexByte(l[i:], '|')
			if j < 0 || bar < 0 || bar > j {
				return nil, fmt.Errorf("%s:%d: unclosed {{text|value}}", path, n)
			}
			b.WriteString(l[:i])
			start := b.Len()
			b.WriteString(l[i+2 : i+bar])
			s.golds = append(s.golds, trapGold{start, b.Len(), l[i+bar+1 : i+j]})
			l = l[i+j+2:]
		}
		s.text = b.String()
		out = append(out, s)
	}
	return out, sc.Err()
}

// TestTrapSet scores the tagger on sentences in which numbers that are not
// dates (counts, names, model numbers, addresses, URLs, scores, clock times,
// Japanese counters and idioms) stand beside real dates: relaxed span
// precision and recall over DATE and TIME, as `eval --task timex` counts
// them, and value accuracy on the matched spans.
func TestTrapSet(t *testing.T) {
	traps, err := readTraps("../../testdata/timex/traps.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(traps) < 60 {
		t.Fatalf("trap set has %d sentences, want at least 60", len(traps))
	}
	tg := New(Options{})
	tp, pred, gold, right := 0, 0, 0, 0
	for _, s := range traps {
		var got []Timex
		for _, x := range tg.Tag(s.text, s.lang, s.dct) {
			if x.Type == Date || x.Type == Time {
				got = append(got, x)
			}
		}
		pred += len(got)
		gold += len(s.golds)
		used := make([]bool, len(s.golds))
		for _, x := range got {
			match := -1
			for gi, g := range s.golds {
				if !used[gi] && x.Start < g.end && g.start < x.End {
					match = gi
					break
				}
			}
			if match < 0 {
				t.Logf("line %d (%s): false %q = %s", s.line, s.kind, x.Text, x.Value)
				continue
			}
			used[match] = true
			tp++
			if g := s.golds[match]; x.Value == g.value {
				right++
			} else {
				t.Logf("line %d (%s): %q = %s, want %s", s.line, s.kind, x.Text, x.Value, g.value)
			}
		}
		for gi, g := range s.golds {
			if !used[gi] {
				t.Logf("line %d (%s): missed %q", s.line, s.kind, s.text[g.start:g.end])
			}
		}
	}
	p, r := float64(tp)/float64(max(pred, 1)), float64(tp)/float64(max(gold, 1))
	v := float64(right) / float64(max(tp, 1))
	t.Logf("trap set: %d sentences, gold %d, predicted %d, matched %d: relaxed P %.3f R %.3f; value accuracy %.3f",
		len(traps), gold, pred, tp, p, r, v)
	if p < 0.97 || r < 0.95 || v < 0.90 {
		t.Errorf("trap set: P %.3f R %.3f value %.3f, want P >= 0.97, R >= 0.95, value >= 0.90", p, r, v)
	}
}
