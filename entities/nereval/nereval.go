// Package nereval measures an entity extractor on annotated corpora the way
// its model should be chosen: by k-fold cross-validation over a large,
// varied pool of training corpora (folds drawn by document, so that no
// document is both trained on and scored) and by corpus-level hold-outs
// (train without a corpus, score it), reporting F1 per type and per corpus
// with the spread over folds. A small dev set chosen on is no measure of
// text nobody tuned to; a pool of thousands of names from many sources is.
//
// It knows nothing of any model: cmd/nertrain and cmd/nertrain-ja split the
// records with Folds, train on the rest and score the held-out documents
// with Tally.Score.
package nereval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/segment"
)

// Span is an annotated name: byte offsets into the record's text and a
// type (PERSON, LOCATION, ORGANIZATION or any other name the corpus uses).
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// Record is one annotated text (usually a sentence) of a corpus file.
type Record struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []Span `json:"entities"`
	// Corpus is the file's corpus name (see CorpusOf), File its base name.
	Corpus, File string `json:"-"`
}

// CorpusOf names the corpus of a training file: its base name less the
// split and extension, so that en-gum-silver.train.jsonl and
// en-gum-silver.dev.jsonl are one corpus, en-gum-silver.
func CorpusOf(path string) string {
	base := filepath.Base(path)
	if i := strings.IndexByte(base, '.'); i > 0 {
		return base[:i]
	}
	return base
}

// ReadFile reads a JSON-lines file of annotated records, checking that every
// span lies inside its text.
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var recs []Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	corpus, file := CorpusOf(path), filepath.Base(path)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for _, s := range r.Entities {
			if s.Start < 0 || s.End > len(r.Text) || s.Start >= s.End {
				return nil, fmt.Errorf("%s:%d: span [%d,%d) outside the text", path, line, s.Start, s.End)
			}
		}
		r.Corpus, r.File = corpus, file
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return recs, nil
}

// Doc is a run of consecutive records of one source document, the unit a
// fold holds whole and an extractor reads at once.
type Doc struct {
	Corpus, Key string
	Records     []Record
	// Whole is true when the records are one real document (sentences of
	// one article), false for blocks of unrelated short texts (tweets), which
	// are scored one by one.
	Whole bool
}

// sentenceIndex is the trailing sentence number of a record ID:
// GUM_news_nasa-12, answers-…-0003, redocred-dev-d4-s2, stockmark:35:0.
var sentenceIndex = regexp.MustCompile(`[-_:]s?[0-9]+$`)

// sectionIndex is a short trailing number left once the sentence number is
// gone (kwac:wiki00010002-00-01: section 00 of article wiki00010002).
var sectionIndex = regexp.MustCompile(`[-_:][0-9]{1,2}$`)

// maxDocRecords bounds a document: an ID prefix shared by more records than
// this (btc-train-1 … btc-train-6338) names a corpus split, not a document,
// and its records are grouped in blocks of blockRecords consecutive ones.
const (
	maxDocRecords = 150
	blockRecords  = 20
)

// DocKey is the document part of a record ID.
func DocKey(id string) string {
	k := sentenceIndex.ReplaceAllString(id, "")
	for {
		k2 := sectionIndex.ReplaceAllString(k, "")
		if k2 == k || k2 == "" {
			return k
		}
		k = k2
	}
}

// Documents groups records into documents by DocKey; see maxDocRecords.
// Records keep their order, and so do documents.
func Documents(recs []Record) []Doc {
	size := map[[2]string]int{}
	for _, r := range recs {
		size[[2]string{r.Corpus, DocKey(r.ID)}]++
	}
	var docs []Doc
	for i, r := range recs {
		key := DocKey(r.ID)
		whole := size[[2]string{r.Corpus, key}] <= maxDocRecords && key != r.ID
		if !whole {
			key = fmt.Sprintf("%s#%d", key, i/blockRecords)
		}
		if n := len(docs); n > 0 && docs[n-1].Corpus == r.Corpus && docs[n-1].Key == key {
			docs[n-1].Records = append(docs[n-1].Records, r)
			continue
		}
		docs = append(docs, Doc{Corpus: r.Corpus, Key: key, Records: []Record{r}, Whole: whole})
	}
	return docs
}

// Fold returns the fold (0 … k-1) of a document: a hash of the seed, its
// corpus and its key, so that the same documents always fall together and a
// corpus spreads evenly over the folds.
func Fold(d Doc, k int, seed int64) int {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s\x00%s", seed, d.Corpus, d.Key)
	return int(h.Sum64() % uint64(k))
}

// Core is the list of types scored, in report order.
var Core = []entities.Type{entities.Person, entities.Location, entities.Organization}

// Counts are exact span-and-type matches of one type.
type Counts struct{ TP, FP, FN int }

// F1 is the harmonic mean of precision and recall (0 when nothing matched).
func (c Counts) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}

// Tally holds the counts of one scored fold, by corpus and type.
type Tally struct {
	ByCorpus map[string]map[entities.Type]*Counts
	// Errors, when not nil, receives a line per error: "FP"/"FN", the
	// corpus, the type, the text and its context.
	Errors func(kind, corpus string, typ entities.Type, name, context string)
}

// NewTally returns an empty tally.
func NewTally() *Tally { return &Tally{ByCorpus: map[string]map[entities.Type]*Counts{}} }

func (t *Tally) counts(corpus string, typ entities.Type) *Counts {
	m := t.ByCorpus[corpus]
	if m == nil {
		m = map[entities.Type]*Counts{}
		t.ByCorpus[corpus] = m
	}
	c := m[typ]
	if c == nil {
		c = &Counts{}
		m[typ] = c
	}
	return c
}

// ScoreDoc runs x over a document and scores its records. The records of a
// whole document are read as one text (joined by blank lines, each split
// into sentences), so that the extractor's document rules apply as they do
// at run time; blocks of unrelated texts are read one record at a time.
func (t *Tally) ScoreDoc(x entities.Extractor, d Doc) {
	if !d.Whole {
		for _, r := range d.Records {
			t.score(x, r.Corpus, r.Text, r.Entities)
		}
		return
	}
	var b strings.Builder
	var gold []Span
	for i, r := range d.Records {
		if i > 0 {
			b.WriteString("\n\n")
		}
		off := b.Len()
		b.WriteString(r.Text)
		for _, g := range r.Entities {
			gold = append(gold, Span{g.Start + off, g.End + off, g.Type})
		}
	}
	t.score(x, d.Corpus, b.String(), gold)
}

// score scores the mentions x finds in text against gold by exact span and
// type over the core types. A prediction overlapping a gold span of another
// type (MISC, FACILITY …) is neither right nor wrong.
func (t *Tally) score(x entities.Extractor, corpus, text string, gold []Span) {
	var sents []entities.Span
	for _, s := range segment.Split(text) {
		sents = append(sents, entities.Span{Start: s.Start, End: s.End})
	}
	pred := x.Extract(text, sents)
	type key struct {
		s, e int
		t    entities.Type
	}
	want := map[key]bool{}
	for _, g := range gold {
		if typ := entities.Type(g.Type); typ.Valid() {
			want[key{g.Start, g.End, typ}] = true
		}
	}
	found := map[key]bool{}
	for _, m := range pred {
		k := key{m.Start, m.End, m.Type}
		if want[k] {
			if !found[k] {
				t.counts(corpus, m.Type).TP++
				found[k] = true
			}
			continue
		}
		dontCare := false
		for _, g := range gold {
			if !entities.Type(g.Type).Valid() && g.Start < m.End && m.Start < g.End {
				dontCare = true
				break
			}
		}
		if dontCare {
			continue
		}
		t.counts(corpus, m.Type).FP++
		if t.Errors != nil {
			t.Errors("FP", corpus, m.Type, m.Text, goldNote(text, gold, m.Start, m.End)+Context(text, m.Start, m.End))
		}
	}
	for _, g := range gold {
		k := key{g.Start, g.End, entities.Type(g.Type)}
		if !k.t.Valid() || found[k] {
			continue
		}
		found[k] = true // a span annotated twice counts once
		t.counts(corpus, k.t).FN++
		if t.Errors != nil {
			t.Errors("FN", corpus, k.t, text[g.Start:g.End], predNote(pred, g)+Context(text, g.Start, g.End))
		}
	}
}

// goldNote says what gold holds where a wrong prediction lies.
func goldNote(text string, gold []Span, s, e int) string {
	for _, g := range gold {
		if g.Start == s && g.End == e {
			return "(gold " + g.Type + ") "
		}
	}
	for _, g := range gold {
		if g.Start < e && s < g.End {
			return fmt.Sprintf("(gold %s %q) ", g.Type, text[g.Start:g.End])
		}
	}
	return ""
}

// predNote says what the extractor found where a missed name lies.
func predNote(pred []entities.Mention, g Span) string {
	for _, m := range pred {
		if m.Start == g.Start && m.End == g.End {
			return "(found as " + string(m.Type) + ") "
		}
	}
	for _, m := range pred {
		if m.Start < g.End && g.Start < m.End {
			return fmt.Sprintf("(found %s %q) ", m.Type, m.Text)
		}
	}
	return ""
}

// Context is the name marked in its surrounding text, on one line.
func Context(text string, s, e int) string {
	a, b := max(0, s-40), min(len(text), e+40)
	for a > 0 && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(text[a:s]+"<<"+text[s:e]+">>"+text[e:b], "\n", " ")
}

// Skip is the type Normalise gives gold spans that follow a convention the
// extractor does not share and cannot be scored (handles, hashtags): they
// count as neither right nor wrong, and training leaves them outside any
// name.
const Skip = "SKIP"

// Normalise maps the conventions of the corpora to the project's, for
// training and scoring alike (see entities/english/MODEL.md, "Conventions"):
//
//   - a Twitter handle or hashtag ("@ colgo", "#Ukraine"; BTC and WNUT-17
//     tag them, BTC often on the "@" alone) is Skip: the extractor drops
//     handles and hashtags as junk;
//   - a leading lower-case "the" is cut ("the United States" in Re-DocRED):
//     spans cover the name only;
//   - an organisation named by one religious or political adjective or
//     people ("Catholic", "Jewish", "Republican", "Jews"; Re-DocRED) is
//     MISC, as demonyms are.
func Normalise(r *Record) {
	for i := range r.Entities {
		g := &r.Entities[i]
		name := r.Text[g.Start:g.End]
		before := strings.TrimRight(r.Text[:g.Start], " ")
		switch {
		case strings.HasPrefix(name, "@") || strings.HasPrefix(name, "#") ||
			strings.HasSuffix(before, "@") || strings.HasSuffix(before, "#"):
			g.Type = Skip
			continue
		case strings.HasPrefix(name, "the ") && g.End-g.Start > 4:
			g.Start += 4
			name = name[4:]
		}
		if g.Type == string(entities.Organization) && !strings.Contains(name, " ") && adjectivalOrg(name) {
			g.Type = "MISC"
		}
	}
}

// adjectivalOrg reports whether a one-word organisation is an adjective or
// a people ("Catholic", "Christian", "Jews").
func adjectivalOrg(w string) bool {
	for _, suf := range []string{"ic", "ish", "ian", "ism", "ist", "ity"} {
		if strings.HasSuffix(w, suf) && strings.ToUpper(w) != w {
			return true
		}
	}
	switch w {
	case "Jews", "Republican", "Democrat", "Democratic", "Muslims", "Christians":
		return true
	}
	return false
}
