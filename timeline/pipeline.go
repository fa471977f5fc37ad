// Package timeline turns documents into the knowledge chronograph reports:
// entity mentions resolved to canonical entities, temporal expressions
// resolved to dates, dated events and the co-occurrence graph.
//
// AnalyzeStream runs the per-document stages (normalise, split, extract,
// tag, resolve within the document) on a pool of workers while the documents
// are still being read, each giving a Partial, and folds the partials into
// a Corpus, whose Result depends neither on scheduling nor on the order of
// the documents, and whose memory grows with the entities and edges found
// rather than with the corpus. A store keeps the partials instead and
// folds them later (package store).
package timeline

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
	// Lean leaves out what only the JSON export needs, so that a report on a
	// large corpus holds no per-mention state: Result.Mentions and
	// Result.Timexes stay empty, an event keeps at most Evidence sources, and
	// at most EventsPerDate events are kept per date, the rest counted in
	// Result.EventsOmitted.
	Lean bool
	// EventsPerDate caps the events kept per date in a lean run; 0 means 20.
	EventsPerDate int
	// Resolve, when set, resolves the local entities of the corpus instead
	// of Pipeline.ResolveLocals: a store passes the resolution it keeps, so
	// that its entity ids stay what they were.
	Resolve func(locals []LocalEntity) Resolution
	// Words keeps the words a WordExtractor split each sentence into
	// (NamedSentence.Words) for a store's full-text index, which then need
	// not split the sentences again; a run that stores nothing does not
	// ask for them.
	Words bool
	// Top and MinWeight prune a lean run's result as Prune does, before its
	// edges are built: a report shows the few hundred top entities, and a
	// large corpus has millions of edges between the others.
	Top, MinWeight int
	// Progress, when set, is called after each document is folded into the
	// result, in input order, with the number of source bytes it covered.
	Progress func(bytes int)
}

// sentence is one analysed sentence of a document, in source offsets.
type sentence struct {
	start, end int
	lang       string
	// mentions and timexes are the ranges of docResult.mentions and
	// docResult.timexes that lie in the sentence.
	mentions, timexes [2]int
	dates             []timexHit // the dates that make it an event, if it names an entity
	norm              string     // white-space-collapsed text, set for events: the key for merging them
	// words are the words the extractor split the sentence into, when it
	// gives them (entities.WordExtractor) and normalising left the
	// sentence as written: NamedSentence.Words.
	words []string
}

type docResult struct {
	doc       document.Document
	lang      string
	sentences []sentence
	mentions  []entities.Mention // source offsets; Text is the normalised surface
	cited     []bool             // per mention: the text cites it as its source (entities.Attributions)
	timexes   []timexHit
	// cluster[i] is the index in clusters of the entity mentions[i] resolves
	// to within its document, or -1 when the resolver dropped it.
	cluster  []int
	clusters []localEntity
}

// localEntity is an entity as resolved within one document: the resolver
// merges the documents' local entities into the corpus' entities at the end.
type localEntity struct {
	typ     entities.Type
	aliases []string
	langs   []string
	// abbrevs pairs a name with an abbreviation the document defines for
	// it ("… Security Affairs (SWP)"), both among aliases: the corpus pass
	// keeps them together.
	abbrevs [][2]string
	anchor  string // entities.Entity.Anchor
}

type timexHit struct {
	timex.Timex        // source offsets; Text as in the source
	anchor      string // the date it was resolved against, for relative ones
}

// Analyze runs the pipeline over docs.
func (p *Pipeline) Analyze(docs []document.Document) *Result {
	res, _ := p.AnalyzeStream(func(emit func(document.Document) error) error {
		for _, d := range docs {
			if err := emit(d); err != nil {
				return err
			}
		}
		return nil
	})
	return res
}

// AnalyzeStream runs the pipeline over the documents that read passes to
// emit, such as document.Read does to its callback. Documents are analysed
// on the worker pool as they arrive and folded into the result in the order
// read gave them; only a few per worker are held at any time. An error from
// read stops the analysis and is returned.
func (p *Pipeline) AnalyzeStream(read func(emit func(document.Document) error) error) (*Result, error) {
	agg := newAggregator(p)
	if err := p.PartialStream(read, func(r Partial) error { agg.add(r); return nil }); err != nil {
		agg.spool.close()
		return nil, err
	}
	return agg.labelled()
}

// PartialStream runs the per-document stages on the worker pool over the
// documents that read passes to emit, and calls fn with each document's
// Partial in the order read gave them, from one goroutine: a store writes
// them as they come. An error from read or from fn stops the run and is
// returned.
func (p *Pipeline) PartialStream(read func(emit func(document.Document) error) error, fn func(Partial) error) error {
	workers := p.Options.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		doc document.Document
	}
	type done struct {
		seq int
		r   Partial
	}
	jobs := make(chan job)
	results := make(chan done, workers)
	// A slot is taken per document read and given back once it is passed
	// on: this bounds the documents in flight and so the reorder buffer,
	// however long one document takes.
	slots := make(chan struct{}, 2*workers+2)

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- done{j.seq, p.Partial(j.doc)}
			}
		})
	}
	var (
		mu    sync.Mutex
		fnErr error
	)
	folded := make(chan struct{})
	go func() {
		defer close(folded)
		pending := map[int]Partial{}
		next := 0
		for d := range results {
			pending[d.seq] = d.r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				mu.Lock()
				failed := fnErr != nil
				mu.Unlock()
				if !failed {
					if err := fn(r); err != nil {
						mu.Lock()
						fnErr = err
						mu.Unlock()
					}
					if p.Options.Progress != nil {
						p.Options.Progress(r.Bytes)
					}
				}
				<-slots
			}
		}
	}()

	seq := 0
	err := read(func(d document.Document) error {
		mu.Lock()
		ferr := fnErr
		mu.Unlock()
		if ferr != nil {
			return ferr
		}
		slots <- struct{}{}
		jobs <- job{seq, d}
		seq++
		return nil
	})
	close(jobs)
	wg.Wait()
	close(results)
	<-folded
	if fnErr != nil {
		return fnErr
	}
	return err
}

// labelled is the result with its dates labelled for display (LabelDates).
func (a *aggregator) labelled() (*Result, error) {
	res, err := a.result()
	if err != nil {
		return nil, err
	}
	LabelDatesIn(res, a.p.Options.DisplayLang)
	return res, nil
}

// Corpus folds partial results into a Result; the order they are added in
// makes no difference to it. Close it, or call Result, to release the
// temporary file it keeps evidence sentences in.
type Corpus struct {
	a *aggregator

	mu   sync.Mutex
	also map[string]Document // by content hash: the least other source of a text
}

// NewCorpus returns an empty corpus analysed with p's options.
func (p *Pipeline) NewCorpus() *Corpus {
	return &Corpus{a: newAggregator(p), also: map[string]Document{}}
}

// Duplicate records another source of a text, one the reader left out as a
// duplicate (document.Options.Duplicate): the document is shown under the
// source that sorts first, whichever was read first. It is safe to call
// while partials are added.
func (c *Corpus) Duplicate(d document.Document) {
	h := HashText(d.Text)
	c.mu.Lock()
	defer c.mu.Unlock()
	if o, ok := c.also[h]; !ok || CompareSources(d.Source, o.Source) < 0 {
		c.also[h] = Document{ID: d.ID, Source: d.Source}
	}
}

// Add folds one document's partial result.
func (c *Corpus) Add(r Partial) { c.a.add(r) }

// Result resolves the corpus and builds its Result. Call it once.
func (c *Corpus) Result() (*Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for h, d := range c.also {
		c.a.alsoAt(h, d)
	}
	return c.a.labelled()
}

// Close releases what the corpus holds, when Result is not called.
func (c *Corpus) Close() { c.a.spool.close() }

// analyzeDoc runs the per-document stages: normalise, split into sentences,
// extract mentions per language, tag temporal expressions, resolve the
// mentions within the document.
func (p *Pipeline) analyzeDoc(d document.Document) docResult {
	n := normalize.NFKC(blank(d.Text, d.Mask))
	r := docResult{doc: d}
	split := segment.Split(n.Norm)
	r.sentences = make([]sentence, 0, len(split))
	seen := make(map[uint64]bool, len(split)) // a sentence repeated in a post (an embed and its text) counts once
	live := make([]segment.Sentence, 0, len(split))
	for _, s := range split {
		if !skipped(d.Skip, n.Start(s.Start), n.End(s.End)) {
			live = append(live, s)
		}
	}
	teasers := truncatedRepeats(n.Norm, live)
	var spans [2][]entities.Span // en, ja
	var spanOf [2][]int          // the sentence of each span
	var langBytes [3]int         // en, ja, und
	for si, s := range live {
		if teasers[si] {
			continue
		}
		start, end := n.Start(s.Start), n.End(s.End)
		h := fieldsHash(n.Norm[s.Start:s.End])
		if seen[h] {
			continue
		}
		seen[h] = true
		r.sentences = append(r.sentences, sentence{start: s.Start, end: s.End, lang: s.Lang})
		switch s.Lang {
		case "en":
			langBytes[0] += end - start
			spans[0] = append(spans[0], entities.Span{Start: s.Start, End: s.End})
			spanOf[0] = append(spanOf[0], len(r.sentences)-1)
		case "ja":
			langBytes[1] += end - start
			spans[1] = append(spans[1], entities.Span{Start: s.Start, End: s.End})
			spanOf[1] = append(spanOf[1], len(r.sentences)-1)
		default:
			langBytes[2] += end - start
		}
	}
	r.lang = "und"
	switch {
	case langBytes[0] > 0 && langBytes[0] >= langBytes[1]:
		r.lang = "en"
	case langBytes[1] > 0:
		r.lang = "ja"
	}

	// Mentions, per language, then assigned to their sentences.
	var mentions []entities.Mention
	for i, lang := range [2]string{"en", "ja"} {
		ext := p.Extractors[lang]
		if ext == nil || len(spans[i]) == 0 {
			continue
		}
		wx, ok := ext.(entities.WordExtractor)
		if !ok || !p.Options.Words {
			mentions = append(mentions, ext.Extract(n.Norm, spans[i])...)
			continue
		}
		ms, words := wx.ExtractWords(n.Norm, spans[i])
		mentions = append(mentions, ms...)
		for k, ws := range words {
			sp := spans[i][k]
			if ws != nil && n.Norm[sp.Start:sp.End] == d.Text[n.Start(sp.Start):n.End(sp.End)] {
				r.sentences[spanOf[i][k]].words = ws
			}
		}
	}
	if len(spans[0]) > 0 && len(spans[1]) > 0 {
		sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	}
	defined := entities.DefinedAbbreviations(n.Norm, mentions)
	cited := entities.Attributions(n.Norm, mentions)
	keptAt := make([]int, len(mentions)) // index in r.mentions, or -1
	r.mentions = make([]entities.Mention, 0, len(mentions))
	si := 0
	for mi, m := range mentions {
		keptAt[mi] = -1
		for si < len(r.sentences) && r.sentences[si].end <= m.Start {
			si++
		}
		if si == len(r.sentences) || m.Start < r.sentences[si].start || m.End > r.sentences[si].end || m.Start >= m.End {
			continue // outside any sentence we analysed: an extractor's slip
		}
		keptAt[mi] = len(r.mentions)
		s := &r.sentences[si]
		if s.mentions[1] == 0 {
			s.mentions = [2]int{len(r.mentions), len(r.mentions)}
		}
		m.Text = n.Norm[m.Start:m.End]
		m.Start, m.End = n.Start(m.Start), n.End(m.End)
		r.mentions = append(r.mentions, m)
		r.cited = append(r.cited, cited[mi])
		s.mentions[1]++
	}
	var abbrevs [][2]int
	for _, pair := range defined {
		if a, b := keptAt[pair[0]], keptAt[pair[1]]; a >= 0 && b >= 0 {
			abbrevs = append(abbrevs, [2]int{a, b})
		}
	}
	r.cluster, r.clusters = p.resolveLocal(d.ID, r.mentions, abbrevs)

	// Temporal expressions, per sentence in order, against the date in force
	// there and the document's earlier sentences: 「同年」 and "that month"
	// refer to the last date mentioned before them. A dated heading starts
	// afresh.
	var (
		idx     []int
		ctx     timex.Context
		kept    []timex.Timex // the sentence's expressions kept, in its offsets
		section time.Time     // the date in force at the last sentence
	)
	for i := range r.sentences {
		s := &r.sentences[i]
		srcStart := n.Start(s.start)
		anchor, _ := d.DateAt(srcStart)
		if !anchor.Equal(section) {
			ctx, section = timex.Context{}, anchor
		}
		inside := r.mentions[s.mentions[0]:s.mentions[1]]
		s.timexes = [2]int{len(r.timexes), len(r.timexes)}
		before := ctx
		kept = kept[:0]
		for _, t := range p.Tagger.TagInContext(n.Norm[s.start:s.end], s.lang, anchor, &ctx) {
			if t.Start < 0 || t.End > s.end-s.start || t.Start >= t.End {
				continue
			}
			local := t
			t.Start, t.End = n.Start(s.start+t.Start), n.End(s.start+t.End)
			if insideName(t.Start, t.End, inside) {
				continue // 今日 in 小泉今日子, March in "March Hare": part of a name
			}
			kept = append(kept, local)
			t.Text = d.Text[t.Start:t.End]
			h := timexHit{Timex: t}
			if t.Relative && !anchor.IsZero() {
				h.anchor = anchor.Format(time.DateOnly)
			}
			r.timexes = append(r.timexes, h)
		}
		ctx.Keep(before, kept) // what a later 同日 refers to: a date kept, not part of a name
		s.timexes[1] = len(r.timexes)
		if s.timexes[0] < s.timexes[1] && namesEntity(r.cluster[s.mentions[0]:s.mentions[1]]) {
			idx = idx[:0]
			for k := s.timexes[0]; k < s.timexes[1]; k++ {
				idx = append(idx, k)
			}
			if s.dates = eventDates(r.timexes, idx); len(s.dates) > 0 {
				s.norm = collapseSpace(n.Norm[s.start:s.end])
			}
		}
		// From here on sentence offsets are source offsets.
		s.start, s.end = srcStart, n.End(s.end)
	}
	return r
}

// resolveLocal resolves the distinct mentions of one document, in order of
// first occurrence, to entities within the document, and returns for each
// mention the index of its local entity (-1 when dropped) and the entities.
// abbrevs pairs mentions with the abbreviations the text defines for them
// (entities.DefinedAbbreviations).
func (p *Pipeline) resolveLocal(docID string, mentions []entities.Mention, abbrevs [][2]int) ([]int, []localEntity) {
	type surface struct {
		text, lang string
		typ        entities.Type
	}
	distinctOf := make(map[surface]int, len(mentions))
	var distinct []entities.Mention
	var weights []int // mentions per distinct surface: a single name joins the full name said most
	of := make([]int, len(mentions))
	for i, m := range mentions {
		k := surface{m.Text, m.Lang, m.Type}
		j, ok := distinctOf[k]
		if !ok {
			j = len(distinct)
			distinctOf[k] = j
			distinct = append(distinct, entities.Mention{Text: m.Text, Type: m.Type, Lang: m.Lang})
			weights = append(weights, 0)
		}
		weights[j]++
		of[i] = j
	}
	if len(distinct) == 0 {
		return of, nil
	}
	var defined [][2]int
	for _, pair := range abbrevs {
		defined = append(defined, [2]int{of[pair[0]], of[pair[1]]})
	}
	ents, resolved := p.Resolver.Resolve([]entities.DocMentions{{Doc: docID, Mentions: distinct, Abbreviations: defined, Weights: weights}})
	local := make([]int, len(ents)) // resolver entity -> index in clusters, -1 until used
	for i := range local {
		local[i] = -1
	}
	var clusters []localEntity
	for i, j := range of {
		e := resolved[0][j]
		if e < 0 {
			of[i] = -1
			continue
		}
		if local[e] < 0 {
			local[e] = len(clusters)
			clusters = append(clusters, newLocalEntity(ents[e]))
		}
		of[i] = local[e]
	}
	for _, pair := range defined {
		e := resolved[0][pair[0]]
		if e < 0 || e != resolved[0][pair[1]] || local[e] < 0 {
			continue
		}
		c := &clusters[local[e]]
		ab := [2]string{distinct[pair[0]].Text, distinct[pair[1]].Text}
		if !slices.Contains(c.abbrevs, ab) {
			c.abbrevs = append(c.abbrevs, ab)
		}
	}
	return of, clusters
}

func newLocalEntity(e entities.Entity) localEntity {
	return localEntity{typ: e.Type, aliases: e.Aliases, langs: e.Langs, anchor: e.Anchor}
}

// namesEntity reports whether any of a sentence's mentions was kept.
func namesEntity(cluster []int) bool {
	return slices.ContainsFunc(cluster, func(c int) bool { return c >= 0 })
}

// minTeaser is the length in bytes a truncated sentence must keep to be
// recognised as the start of another.
const minTeaser = 40

// truncatedRepeats marks the sentences of text that are another sentence of
// the same text cut short with an ellipsis, links after it aside: a post's
// preview ("Since 2000 the network has spent… https://t.co/x") before its
// full text. It returns nil when there are none.
func truncatedRepeats(text string, split []segment.Sentence) map[int]bool {
	prefixes := map[int]string{} // teaser -> its text before the ellipsis, spaces collapsed
	for i, s := range split {
		if t, ok := teaserText(text[s.Start:s.End]); ok {
			if t = collapseSpace(t); len(t) >= minTeaser {
				prefixes[i] = t
			}
		}
	}
	if len(prefixes) == 0 {
		return nil
	}
	full := make([]string, len(split))
	for i, s := range split {
		full[i] = collapseSpace(text[s.Start:s.End])
	}
	sorted := slices.Clone(full)
	slices.Sort(sorted)
	var out map[int]bool
	for i, prefix := range prefixes {
		// The sentences that start with prefix follow it in sorted order;
		// the teaser itself is one of them.
		for k, _ := slices.BinarySearch(sorted, prefix); k < len(sorted) && strings.HasPrefix(sorted[k], prefix); k++ {
			if sorted[k] != full[i] {
				if out == nil {
					out = map[int]bool{}
				}
				out[i] = true
				break
			}
		}
	}
	return out
}

// teaserText returns the text of sentence s before a final ellipsis, with
// the links that follow it ("… https://t.co/x pic.twitter.com/y") and
// white space left out, and whether there is such an ellipsis.
func teaserText(s string) (string, bool) {
	if !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		return "", false
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for {
		k := strings.LastIndexFunc(s, unicode.IsSpace)
		last := s[k+1:]
		if !strings.HasPrefix(last, "http://") && !strings.HasPrefix(last, "https://") && !strings.HasPrefix(last, "pic.twitter.com/") {
			break
		}
		s = strings.TrimRightFunc(s[:max(k, 0)], unicode.IsSpace)
	}
	for _, e := range []string{"…", "..."} {
		if t, ok := strings.CutSuffix(s, e); ok {
			return strings.TrimRightFunc(t, unicode.IsSpace), true
		}
	}
	return "", false
}

// fieldsHash hashes the white-space-separated words of s (FNV-1a), so that
// sentences differing only in spacing hash alike, without allocating.
func fieldsHash(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	space, started := false, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if space && started {
			h = (h ^ ' ') * prime
		}
		space, started = false, true
		for k := i; k < i+size; k++ {
			h = (h ^ uint64(s[k])) * prime
		}
		i += size
	}
	return h
}

// collapseSpace returns s with runs of white space made one space and the
// ends trimmed: strings.Join(strings.Fields(s), " ") in one allocation.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// insideName reports whether [start, end) overlaps one of the mentions
// without containing it whole: a date-like word that is part of a name.
func insideName(start, end int, mentions []entities.Mention) bool {
	for _, m := range mentions {
		if start < m.End && m.Start < end && !(start <= m.Start && m.End <= end) {
			return true
		}
	}
	return false
}

// blank returns text with the bytes of each span of mask turned into spaces:
// markup read as nothing, at the same offsets.
func blank(text string, mask []document.Span) string {
	if len(mask) == 0 {
		return text
	}
	b := []byte(text)
	for _, s := range mask {
		for i := max(s.Start, 0); i < min(s.End, len(b)); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

func skipped(skip []document.Span, start, end int) bool {
	for _, s := range skip {
		if start < s.End && s.Start < end {
			return true
		}
	}
	return false
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
