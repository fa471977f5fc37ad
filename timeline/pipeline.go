// Package timeline turns documents into the knowledge chronograph reports:
// entity mentions resolved to canonical entities, temporal expressions
// resolved to dates, dated events and the co-occurrence graph.
//
// Analyze runs the per-document stages (normalise, split, extract, tag) on a
// pool of workers and folds their results in input order, so the output does
// not depend on scheduling.
package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/normalize"
	"github.com/chronograph/chronograph/timeline/segment"
	"github.com/chronograph/chronograph/timeline/timex"
)

// Pipeline holds the stages of an analysis. Extractors are keyed by
// language ("en", "ja"); sentences of other languages yield no mentions.
type Pipeline struct {
	Extractors map[string]entities.Extractor
	Tagger     *timex.Tagger
	Resolver   *entities.Resolver
	Options    Options
}

// Options tune an analysis.
type Options struct {
	Workers     int    // parallel documents; 0 means one per CPU
	DisplayLang string // language of entity display names; default "en"
	Evidence    int    // sentences kept per edge; 0 means 20
	WithText    bool   // include each document's text in the result
	// Progress, when set, is called after each document is analysed with the
	// number of source bytes it covered.
	Progress func(bytes int)
}

// sentence is one analysed sentence of a document, in source offsets.
type sentence struct {
	start, end int
	lang       string
	norm       string // normalised text, the key for merging identical events
	mentions   []int  // indexes into docResult.mentions
	timexes    []int  // indexes into docResult.timexes
}

type docResult struct {
	doc       document.Document
	lang      string
	sentences []sentence
	mentions  []entities.Mention // source offsets; Text is the normalised surface
	timexes   []timexHit
}

type timexHit struct {
	timex.Timex        // source offsets; Text as in the source
	anchor      string // the date it was resolved against, for relative ones
}

// Analyze runs the pipeline over docs.
func (p *Pipeline) Analyze(docs []document.Document) *Result {
	results := p.analyzeAll(docs)
	return p.aggregate(results)
}

func (p *Pipeline) analyzeAll(docs []document.Document) []docResult {
	workers := p.Options.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]docResult, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(len(docs), 1)) {
		wg.Go(func() {
			for i := range next {
				results[i] = p.analyzeDoc(docs[i])
				if p.Options.Progress != nil {
					p.Options.Progress(len(docs[i].Text))
				}
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// analyzeDoc runs the per-document stages: normalise, split into sentences,
// extract mentions per language, tag temporal expressions.
func (p *Pipeline) analyzeDoc(d document.Document) docResult {
	n := normalize.NFKC(d.Text)
	r := docResult{doc: d}
	seen := map[string]bool{} // a sentence repeated in a post (an embed and its text) counts once
	byLang := map[string][]entities.Span{}
	var langBytes = map[string]int{}
	for _, s := range segment.Split(n.Norm) {
		start, end := n.Start(s.Start), n.End(s.End)
		if skipped(d.Skip, start, end) {
			continue
		}
		key := strings.Join(strings.Fields(n.Norm[s.Start:s.End]), " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		langBytes[s.Lang] += end - start
		r.sentences = append(r.sentences, sentence{start: s.Start, end: s.End, lang: s.Lang, norm: key})
		byLang[s.Lang] = append(byLang[s.Lang], entities.Span{Start: s.Start, End: s.End})
	}
	r.lang = dominant(langBytes)

	// Mentions, per language, then assigned to their sentences.
	var mentions []entities.Mention
	for _, lang := range sortedKeys(byLang) {
		ext := p.Extractors[lang]
		if ext == nil {
			continue
		}
		mentions = append(mentions, ext.Extract(n.Norm, byLang[lang])...)
	}
	sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	si := 0
	for _, m := range mentions {
		for si < len(r.sentences) && r.sentences[si].end <= m.Start {
			si++
		}
		if si == len(r.sentences) || m.Start < r.sentences[si].start || m.End > r.sentences[si].end || m.Start >= m.End {
			continue // outside any sentence we analysed: an extractor's slip
		}
		m.Text = n.Norm[m.Start:m.End]
		m.Start, m.End = n.Start(m.Start), n.End(m.End)
		r.sentences[si].mentions = append(r.sentences[si].mentions, len(r.mentions))
		r.mentions = append(r.mentions, m)
	}

	// Temporal expressions, per sentence, against the date in force there.
	for i := range r.sentences {
		s := &r.sentences[i]
		srcStart := n.Start(s.start)
		anchor, _ := d.DateAt(srcStart)
		for _, t := range p.Tagger.Tag(n.Norm[s.start:s.end], s.lang, anchor) {
			if t.Start < 0 || t.End > s.end-s.start || t.Start >= t.End {
				continue
			}
			t.Start, t.End = n.Start(s.start+t.Start), n.End(s.start+t.End)
			if insideName(t.Start, t.End, s.mentions, r.mentions) {
				continue // 今日 in 小泉今日子, March in "March Hare": part of a name
			}
			t.Text = d.Text[t.Start:t.End]
			h := timexHit{Timex: t}
			if t.Relative && !anchor.IsZero() {
				h.anchor = anchor.Format(time.DateOnly)
			}
			s.timexes = append(s.timexes, len(r.timexes))
			r.timexes = append(r.timexes, h)
		}
		// From here on sentence offsets are source offsets.
		s.start, s.end = srcStart, n.End(s.end)
	}
	return r
}

// insideName reports whether [start, end) overlaps one of the mentions
// without containing it whole: a date-like word that is part of a name.
func insideName(start, end int, idx []int, mentions []entities.Mention) bool {
	for _, i := range idx {
		m := mentions[i]
		if start < m.End && m.Start < end && !(start <= m.Start && m.End <= end) {
			return true
		}
	}
	return false
}

func skipped(skip []document.Span, start, end int) bool {
	for _, s := range skip {
		if start < s.End && s.Start < end {
			return true
		}
	}
	return false
}

func dominant(bytes map[string]int) string {
	best, lang := 0, "und"
	for _, l := range sortedKeys(bytes) {
		if l != "und" && bytes[l] > best {
			best, lang = bytes[l], l
		}
	}
	return lang
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// shortID is a stable identifier derived from content.
func shortID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:6])
}

// eventDates picks the dates of an event from a sentence's temporal
// expressions: every resolved date or time, less those that only contain a
// more specific one (2025-02 beside 2025-02-07), so that a sentence naming
// two days ("announced on the 7th that talks open on the 14th") is an event
// on each. Durations and sets never date an event.
func eventDates(hits []timexHit, idx []int) []timexHit {
	var out []timexHit
	for _, i := range idx {
		h := hits[i]
		if h.Value == "" || (h.Type != timex.Date && h.Type != timex.Time) || !datelike(h.Value) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o.Value == h.Value
		}
		if !dup {
			out = append(out, h)
		}
	}
	kept := out[:0]
	for _, h := range out {
		contains := false
		for _, o := range out {
			if o.Value != h.Value && strings.HasPrefix(o.Value, h.Value) {
				contains = true
			}
		}
		if !contains {
			kept = append(kept, h)
		}
	}
	return kept
}

// datelike reports whether a TimeML value names a point on the calendar
// (2025, 2025-02, 2025-W06, 2025-02-07T15:00, 199), not PRESENT_REF or a
// season.
func datelike(v string) bool {
	return len(v) >= 3 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9'
}
