package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
)

// goldRecord is one annotated document in the format of shared/eval.
type goldRecord struct {
	ID         string     `json:"id"`
	Lang       string     `json:"lang"`
	Text       string     `json:"text"`
	DCT        string     `json:"dct"`
	Exhaustive *bool      `json:"entities_exhaustive"`
	Entities   []goldSpan `json:"entities"`
	Timex      []goldSpan `json:"timex"`
}

type goldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Text  string `json:"text"`
}

func runEval(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "GOLD.jsonl...", stderr)
	var a analysisFlags
	a.register(fs)
	task := fs.String("task", "ner", "what to score: ner (entities), timex (dates) or events (reports told together, testdata/eventpairs)")
	split := fs.String("split", "test", "with --task events: the reports scored, tune, test, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7 (held out), pool (every split but fresh7, scored together) or all")
	showErrors := fs.Bool("errors", false, "list false positives and misses")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *task != "ner" && *task != "timex" && *task != "events" {
		return usagef("--task must be ner, timex or events, not %q", *task)
	}
	if !slices.Contains([]string{"tune", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "pool", "all"}, *split) {
		return usagef("--split must be tune, test, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, pool or all, not %q", *split)
	}
	if fs.NArg() == 0 {
		return usagef("name an annotated JSON-lines file, such as ../shared/eval/en-uner-pud.dev.jsonl")
	}
	a.quiet = true
	p, err := a.pipeline(stderr)
	if err != nil {
		return err
	}
	for _, path := range fs.Args() {
		if *task == "events" {
			gold, err := readEventGold(path)
			if err != nil {
				return err
			}
			only := *split
			if only == "all" {
				only = ""
			}
			sc := scoreEvents(p, gold, only)
			sc.print(stdout, path, *split)
			if *showErrors {
				for _, e := range append(sc.errors, sc.missed...) {
					fmt.Fprintln(stdout, e)
				}
			}
			continue
		}
		recs, err := readGold(path)
		if err != nil {
			return err
		}
		docs := make([]document.Document, len(recs))
		for i, r := range recs {
			docs[i] = document.Document{ID: fmt.Sprint(i), Source: r.ID, Text: r.Text}
			if t, err := time.Parse(time.DateOnly, r.DCT); err == nil {
				docs[i].Published, docs[i].DateSource = t, "metadata"
			}
		}
		res := p.Analyze(docs)
		var sc score
		if *task == "ner" {
			sc = scoreNER(recs, res)
		} else {
			sc = scoreTimex(recs, res)
		}
		sc.print(stdout, path, len(recs))
		if *showErrors {
			for _, e := range sc.errors {
				fmt.Fprintln(stdout, e)
			}
		}
	}
	return nil
}

func readGold(path string) ([]goldRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var recs []goldRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r goldRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		for _, s := range append(r.Entities, r.Timex...) {
			if s.Start < 0 || s.End > len(r.Text) || s.Start > s.End {
				return nil, fmt.Errorf("%s line %d: span [%d,%d) outside the text", path, n, s.Start, s.End)
			}
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return recs, nil
}

// counts are the true positives, predictions and gold spans of one class.
type counts struct{ tp, pred, gold int }

func (c counts) prf() (p, r, f float64) {
	if c.pred > 0 {
		p = float64(c.tp) / float64(c.pred)
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type score struct {
	task   string
	rows   []string // class names in print order
	counts map[string]*counts
	// recallOnly classes come from non-exhaustive annotation: their
	// precision is not meaningful.
	recallOnly bool
	// phraseFound counts gold mentions of non-exhaustive records found
	// either exactly or as the name that ends the gold noun phrase; see
	// scoreNER.
	phraseFound, phraseGold int
	// values counts correct normalised values among matched timexes.
	valueRight, valueMatched int
	errors                   []string
}

func (s *score) class(name string) *counts {
	c := s.counts[name]
	if c == nil {
		c = &counts{}
		s.counts[name] = c
	}
	return c
}

func (s score) print(w io.Writer, path string, docs int) {
	fmt.Fprintf(w, "%s  %s  (%d documents)\n", s.task, path, docs)
	fmt.Fprintf(w, "%-14s %6s %6s %6s %7s %7s %7s\n", "class", "gold", "pred", "tp", "P", "R", "F1")
	for _, name := range s.rows {
		c := s.counts[name]
		if c == nil {
			c = &counts{}
		}
		p, r, f := c.prf()
		if s.recallOnly {
			fmt.Fprintf(w, "%-14s %6d %6s %6d %7s %7.3f %7s\n", name, c.gold, "-", c.tp, "-", r, "-")
			continue
		}
		fmt.Fprintf(w, "%-14s %6d %6d %6d %7.3f %7.3f %7.3f\n", name, c.gold, c.pred, c.tp, p, r, f)
	}
	if s.valueMatched > 0 {
		fmt.Fprintf(w, "value accuracy on matched spans: %.3f (%d/%d)\n", float64(s.valueRight)/float64(s.valueMatched), s.valueRight, s.valueMatched)
	}
	if s.phraseGold > 0 {
		fmt.Fprintf(w, "recall counting the name that ends a gold noun phrase (the United States, US automaker GM): %.3f (%d/%d)\n",
			float64(s.phraseFound)/float64(s.phraseGold), s.phraseFound, s.phraseGold)
	}
	if s.recallOnly {
		fmt.Fprintln(w, "(entity annotation is not exhaustive: recall only)")
	}
}

// byDoc groups result spans by document id.
func byDoc[T any](items []T, doc func(T) string) map[string][]T {
	m := map[string][]T{}
	for _, it := range items {
		m[doc(it)] = append(m[doc(it)], it)
	}
	return m
}

// scoreNER scores mentions by exact span and type over the core types.
// Predictions overlapping a gold span of another type (FACILITY, MISC …)
// are neither right nor wrong.
//
// Non-exhaustive annotation (MEANTIME) marks whole noun phrases ("the
// United States", "US automaker GM") where the extractor marks names. For
// those records a second recall is kept besides the exact one: a gold
// mention also counts as found when a mention of its type lies inside it and
// ends where it ends — the name that heads the phrase.
func scoreNER(recs []goldRecord, res *timeline.Result) score {
	s := score{task: "ner", counts: map[string]*counts{}}
	for _, t := range entities.Types {
		s.rows = append(s.rows, string(t))
	}
	s.rows = append(s.rows, "micro")
	mentions := byDoc(res.Mentions, func(m timeline.Mention) string { return m.Doc })
	recallOnly := true
	for i, r := range recs {
		exhaustive := r.Exhaustive == nil || *r.Exhaustive
		recallOnly = recallOnly && !exhaustive
		gold := map[[2]int]string{}
		var dontCare [][2]int
		for _, g := range r.Entities {
			if entities.Type(g.Type).Valid() {
				gold[[2]int{g.Start, g.End}] = g.Type
				s.class(g.Type).gold++
				s.class("micro").gold++
			} else {
				dontCare = append(dontCare, [2]int{g.Start, g.End})
			}
		}
		found := map[[2]int]bool{}
		for _, m := range mentions[fmt.Sprint(i)] {
			span := [2]int{m.Start, m.End}
			if gold[span] == m.Type {
				s.class(m.Type).tp++
				s.class("micro").tp++
				s.class(m.Type).pred++
				s.class("micro").pred++
				found[span] = true
				continue
			}
			if !exhaustive || overlapsAny(span, dontCare) {
				continue
			}
			s.class(m.Type).pred++
			s.class("micro").pred++
			s.errors = append(s.errors, fmt.Sprintf("FP   %-12s %-30q %s%s", m.Type, m.Text, goldNote(gold, span), spanContext(r.Text, m.Start, m.End)))
		}
		if !exhaustive {
			for _, g := range r.Entities {
				if !entities.Type(g.Type).Valid() {
					continue
				}
				s.phraseGold++
				if found[[2]int{g.Start, g.End}] || endsPhrase(mentions[fmt.Sprint(i)], g) {
					s.phraseFound++
				}
			}
		}
		for _, g := range r.Entities {
			if entities.Type(g.Type).Valid() && !found[[2]int{g.Start, g.End}] {
				s.errors = append(s.errors, fmt.Sprintf("MISS %-12s %-30q %s", g.Type, r.Text[g.Start:g.End], spanContext(r.Text, g.Start, g.End)))
			}
		}
	}
	s.recallOnly = recallOnly
	sort.Strings(s.errors)
	return s
}

// endsPhrase reports whether one of ms has g's type, lies inside g and ends
// where g ends.
func endsPhrase(ms []timeline.Mention, g goldSpan) bool {
	for _, m := range ms {
		if m.Type == g.Type && m.Start >= g.Start && m.End == g.End {
			return true
		}
	}
	return false
}

// goldNote says what gold holds at a wrong prediction's span, if anything.
func goldNote(gold map[[2]int]string, span [2]int) string {
	if t, ok := gold[span]; ok {
		return "(gold type " + t + ") "
	}
	for g, t := range gold {
		if g[0] < span[1] && span[0] < g[1] {
			return fmt.Sprintf("(gold %s %d-%d) ", t, g[0], g[1])
		}
	}
	return ""
}

// scoreTimex scores DATE and TIME expressions: span match is relaxed (any
// overlap, one to one) and strict (exact); value accuracy is over relaxed
// matches.
func scoreTimex(recs []goldRecord, res *timeline.Result) score {
	s := score{task: "timex", counts: map[string]*counts{}, rows: []string{"relaxed", "strict"}}
	timexes := byDoc(res.Timexes, func(t timeline.Timex) string { return t.Doc })
	for i, r := range recs {
		var gold []goldSpan
		for _, g := range r.Timex {
			if g.Type == "DATE" || g.Type == "TIME" {
				gold = append(gold, g)
			}
		}
		var pred []timeline.Timex
		extent := annotatedExtent(r)
		for _, t := range timexes[fmt.Sprint(i)] {
			if (t.Type == "DATE" || t.Type == "TIME") && t.Start < extent {
				pred = append(pred, t)
			}
		}
		for _, row := range s.rows {
			s.class(row).gold += len(gold)
			s.class(row).pred += len(pred)
		}
		used := make([]bool, len(gold))
		for _, p := range pred {
			match := -1
			for gi, g := range gold {
				if !used[gi] && p.Start < g.End && g.Start < p.End {
					match = gi
					break
				}
			}
			if match < 0 {
				s.errors = append(s.errors, fmt.Sprintf("FP    %-12q value %-12s dct %s %s", p.Text, p.Value, r.DCT, spanContext(r.Text, p.Start, p.End)))
				continue
			}
			used[match] = true
			g := gold[match]
			s.class("relaxed").tp++
			if p.Start == g.Start && p.End == g.End {
				s.class("strict").tp++
			}
			s.valueMatched++
			if p.Value == g.Value {
				s.valueRight++
			} else {
				s.errors = append(s.errors, fmt.Sprintf("VALUE %-12q got %-12s want %-12s dct %s %s", g.Text, p.Value, g.Value, r.DCT, spanContext(r.Text, g.Start, g.End)))
			}
		}
		for gi, g := range gold {
			if !used[gi] {
				s.errors = append(s.errors, fmt.Sprintf("MISS  %-12q value %-12s dct %s %s", g.Text, g.Value, r.DCT, spanContext(r.Text, g.Start, g.End)))
			}
		}
	}
	sort.Strings(s.errors)
	return s
}

// annotatedExtent is where a record's annotation ends: the end of the line
// holding its last annotated span. Some corpora annotate only the leading
// part of each document (MEANTIME: the title, the date line and the first
// sentences); a prediction past that point can be neither right nor wrong.
func annotatedExtent(r goldRecord) int {
	last := 0
	for _, s := range append(append([]goldSpan(nil), r.Entities...), r.Timex...) {
		last = max(last, s.End)
	}
	if nl := strings.IndexByte(r.Text[last:], '\n'); nl >= 0 {
		return last + nl
	}
	return len(r.Text)
}

func overlapsAny(span [2]int, spans [][2]int) bool {
	for _, s := range spans {
		if span[0] < s[1] && s[0] < span[1] {
			return true
		}
	}
	return false
}

// spanContext shows a span in its sentence, marked with [[ ]], on one line.
func spanContext(text string, start, end int) string {
	from := max(0, start-60)
	to := min(len(text), end+60)
	for from > 0 && !isRuneStart(text[from]) {
		from--
	}
	for to < len(text) && !isRuneStart(text[to]) {
		to++
	}
	s := text[from:start] + "[[" + text[start:end] + "]]" + text[end:to]
	return strings.Join(strings.Fields(s), " ")
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
