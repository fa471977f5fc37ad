// Package japanese finds people, places and organisations in Japanese text.
//
// Text is split into morphemes by kagome with the IPA dictionary. An
// averaged-perceptron BIO tagger (package seqlabel, weights embedded from
// model.bin, see MODEL.md) labels the tokens from their words, parts of
// speech, scripts, cue words, the names of the name dictionary (ENAMDICT's
// surnames, given names, places and organisations, see markDictNames) and
// the findings of context rules. The rules
// cover what the dictionary and the Wikipedia-trained tagger miss in news:
// a katakana name before a title is a person (カルバーリョ大統領), before
// 市/州/県 a place, before 省/軍/機構 part of an organisation; they take
// precedence over the tagger. A name typed by a rule keeps that type in the
// whole document (one sense per document), and URLs, handles, hashtags and
// Latin ids are never names.
package japanese

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	_ "embed"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/namedict"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// Lang is the language code of the mentions this package returns.
const Lang = "ja"

//go:embed model.bin
var modelFile []byte

// shared holds what every Extractor uses and only needs loading once: the
// tokenizer over the IPA dictionary (ipaDict), which takes a few tenths of
// a second to load.
var shared = sync.OnceValues(func() (*tokenizer.Tokenizer, error) {
	d, err := ipaDict()
	if err != nil {
		return nil, err
	}
	tok, err := tokenizer.New(d, tokenizer.OmitBosEos())
	if err != nil {
		return nil, fmt.Errorf("japanese: loading the kagome tokenizer: %w", err)
	}
	return tok, nil
})

// sharedModel is the embedded tagger model, decoded once.
var sharedModel = sync.OnceValues(func() (*seqlabel.Model, error) {
	m, err := seqlabel.Load(modelFile)
	if err != nil {
		return nil, fmt.Errorf("japanese: loading the embedded tagger model: %w", err)
	}
	return m, nil
})

// Extractor finds Japanese mentions. It is safe for concurrent use.
type Extractor struct {
	tok   *tokenizer.Tokenizer // safe for concurrent use (kagome issue #371)
	dict  *dict.Dict           // the tokenizer's dictionary, read only
	pos   []uint32             // posCodes(dict)
	gaz   *gazIndex
	kinds *namedict.Kinds // the name dictionary, for the tagger's features
	model *seqlabel.Model // nil: rules only
	words dictWords
	bufs  sync.Pool // *docBuf
}

var _ entities.WordExtractor = (*Extractor)(nil)

// New returns an Extractor with the embedded tagger model.
func New() (*Extractor, error) {
	m, err := sharedModel()
	if err != nil {
		return nil, err
	}
	return NewWithModel(m)
}

// NewWithModel returns an Extractor that tags with m, or with the context
// rules alone if m is nil. Training uses it to build examples and to
// evaluate a freshly trained model.
func NewWithModel(m *seqlabel.Model) (*Extractor, error) {
	tok, err := shared()
	if err != nil {
		return nil, err
	}
	return &Extractor{tok: tok, dict: loadedIPA(), pos: sharedPOS(), gaz: sharedGaz(), kinds: namedict.DefaultKinds(), model: m, words: newDictWords()}, nil
}

// strength orders the evidence for a mention; stronger evidence wins
// overlaps and decides the document's sense of a name.
type strength uint8

const (
	byPropagation strength = iota + 1 // same text as a mention elsewhere in the document
	byTagger
	byRule
)

// candidate is a mention over tokens [start, end) of a docBuf.
type candidate struct {
	start, end int
	typ        entities.Type
	by         strength
}

// docBuf is the working memory of one Extract call, pooled.
type docBuf struct {
	toks    []token
	junk    []bool
	props   []props
	gaz     []gazSpan
	dict    []uint32 // name-dictionary marks of the sentence's tokens
	dspans  []dictSpan
	rules   []ruleSpan
	feats   []seqlabel.Features
	labels  []string
	chunks  []seqlabel.Chunk
	parts   [][2]int // token ranges read again (see tagSentence)
	cands   []candidate
	senses  senseTable
	covered []bool
	starts  [4096 / 64]uint64 // first runes of the document's names, hashed
	seen    map[string]seenSentence
	sents   [][2]int // token range of each sentence
}

func (x *Extractor) getBuf() *docBuf {
	if b, ok := x.bufs.Get().(*docBuf); ok {
		b.toks, b.cands, b.sents = b.toks[:0], b.cands[:0], b.sents[:0]
		if len(b.seen) > 256 {
			b.seen = map[string]seenSentence{} // a huge document's map is not kept
		}
		clear(b.seen)
		return b
	}
	return &docBuf{seen: map[string]seenSentence{}}
}

// Extract returns the mentions in the given sentences of text, ordered by
// start and not overlapping. Sentence spans outside text or off rune
// boundaries are clipped to valid ones, and a span that overlaps an earlier
// one is cut to the part after it.
func (x *Extractor) Extract(text string, sentences []entities.Span) []entities.Mention {
	out, _ := x.extract(text, sentences, false)
	return out
}

// ExtractWords is Extract, and the words kagome split each sentence into
// (a name with a middle dot, ジョン・ハリントン, as its parts and the dot).
func (x *Extractor) ExtractWords(text string, sentences []entities.Span) ([]entities.Mention, [][]string) {
	return x.extract(text, sentences, true)
}

func (x *Extractor) extract(text string, sentences []entities.Span, withWords bool) ([]entities.Mention, [][]string) {
	b := x.getBuf()
	defer x.bufs.Put(b)
	var words [][]string
	if withWords {
		words = make([][]string, len(sentences))
	}
	prevEnd := 0
	for i, s := range sentences {
		start, end := clipSpan(text, s)
		// Sentences out of order or overlapping would give overlapping
		// mentions: each byte is looked at once, in order.
		start = max(start, prevEnd)
		if start >= end {
			continue
		}
		prevEnd = end
		from, first := len(b.toks), len(b.cands)
		if end-start >= minRepeat {
			if m, ok := b.seen[text[start:end]]; ok {
				b.repeat(m, start)
				if withWords && start == s.Start && end == s.End {
					words[i] = b.words(text, from)
				}
				continue
			}
		}
		b.toks = x.tokenize(b.toks, text, start, end)
		b.sents = append(b.sents, [2]int{from, len(b.toks)})
		if withWords && start == s.Start && end == s.End {
			words[i] = b.words(text, from) // not of a span cut short
		}
		x.tagSentence(b, text, from, len(b.toks))
		if end-start >= minRepeat {
			b.seen[text[start:end]] = seenSentence{start, from, len(b.toks), first, len(b.cands)}
		}
	}
	b.cands = oneSensePerDocument(b, text, x.words)
	out := make([]entities.Mention, 0, len(b.cands))
	for _, c := range b.cands {
		s, e := b.toks[c.start].start, b.toks[c.end-1].end
		if m, ok := entities.TrimName(text, entities.Mention{Start: s, End: e, Text: text[s:e], Type: c.typ, Lang: Lang}); ok {
			out = append(out, m)
		}
	}
	return out, words
}

// words is the text of kagome's words from the token from on: the tokens'
// text, less the extractor's changes to kagome's split (see wordSplit), so
// that a search index built from them splits a sentence as kagome splits a
// query (Words).
func (b *docBuf) words(text string, from int) []string {
	ws := make([]string, 0, len(b.toks)-from)
	for k := from; k < len(b.toks); k++ {
		switch t := b.toks[k]; t.split {
		case wordGoesOn: // tokenize splits one word in two (県|内)
			k++
			ws = append(ws, text[t.start:b.toks[k].end])
		case twoWordsLast:
			_, n := utf8.DecodeLastRuneInString(t.text)
			ws = append(ws, text[t.start:t.end-n], text[t.end-n:t.end])
		default:
			ws = append(ws, text[t.start:t.end])
		}
	}
	return ws
}

// minRepeat is the length in bytes from which a sentence seen earlier in
// the document is not analysed again. Posts and pages repeat whole
// sentences (a post's text under its title, a headline as the first line).
const minRepeat = 16

// seenSentence is where an analysed sentence's tokens and candidates are
// in a docBuf.
type seenSentence struct {
	start            int // byte offset of the sentence
	tokFrom, tokTo   int
	candFrom, candTo int
}

// repeat appends the analysis of an earlier sentence with the same text
// for the one at byte offset start: the analysis looks at nothing outside
// the sentence, so it is the same, moved.
func (b *docBuf) repeat(m seenSentence, start int) {
	from, delta := len(b.toks), start-m.start
	for _, t := range b.toks[m.tokFrom:m.tokTo] {
		t.start += delta
		t.end += delta
		b.toks = append(b.toks, t)
	}
	b.junk = grown(b.junk, len(b.toks))
	copy(b.junk[from:], b.junk[m.tokFrom:m.tokTo])
	b.sents = append(b.sents, [2]int{from, len(b.toks)})
	shift := from - m.tokFrom
	for _, c := range b.cands[m.candFrom:m.candTo] {
		c.start += shift
		c.end += shift
		b.cands = append(b.cands, c)
	}
}

// clipSpan returns s clipped to text and moved onto rune boundaries.
func clipSpan(text string, s entities.Span) (int, int) {
	start, end := max(s.Start, 0), min(s.End, len(text))
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	return start, end
}

// analyzeSentence computes junk marks, gazetteer and rule spans and the
// tagger features of the sentence tokens b.toks[from:to], leaving the
// features in b.feats[:to-from].
func (x *Extractor) analyzeSentence(b *docBuf, text string, from, to int) {
	toks := b.toks[from:to]
	b.junk = grown(b.junk, to)
	junk := b.junk[from:to]
	clear(junk)
	markJunk(junk, text, toks)
	b.gaz = x.gaz.match(b.gaz[:0], text, toks)
	b.rules = applyRules(b.rules[:0], toks, b.gaz)
	b.dict, b.dspans = markDictNames(b.dict, b.dspans, text, toks, x.kinds)
	b.props = sentenceProps(b.props, toks, b.gaz, b.rules, b.dict)
	if cap(b.feats) < len(toks) {
		b.feats = append(b.feats[:cap(b.feats)], make([]seqlabel.Features, len(toks)-cap(b.feats))...)
	}
	b.feats = b.feats[:len(toks)]
	for i := range toks {
		b.feats[i] = b.feats[i][:0]
		if tagged(toks, i) {
			b.feats[i] = featurize(b.feats[i], b.props, junk, i)
		}
	}
}

// regions calls f with the bounds of each maximal run of tagged tokens
// in toks (see tagged). Only these are tagged: particles, verbs and
// punctuation (half of all tokens) are rarely part of a name, and leaving
// them out halves the tagger's work. Their words still serve as context
// features.
func regions(toks []token, f func(start, end int)) {
	for i := 0; i < len(toks); {
		if !tagged(toks, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && tagged(toks, j) {
			j++
		}
		f(i, j)
		i = j
	}
}

// tagged reports whether token i is labelled by the tagger: a nameable
// token, or a の between two (日本野鳥の会, 希望の党), which names of
// organisations and works hold.
func tagged(toks []token, i int) bool {
	t := &toks[i]
	if nameable(t) {
		return true
	}
	return t.text == "の" && t.pos[0] == "助詞" && i > 0 && i+1 < len(toks) && nameWord(&toks[i-1]) && nameWord(&toks[i+1])
}

// tagSentence finds the mentions of the sentence tokens b.toks[from:to] and
// appends them to b.cands: the rule spans, and the tagger's chunks that no
// rule span overlaps, leaving out anything that touches junk.
func (x *Extractor) tagSentence(b *docBuf, text string, from, to int) {
	x.analyzeSentence(b, text, from, to)
	junk := b.junk[from:to]
	first := len(b.cands)
	for _, r := range b.rules {
		if r.strong && !anyJunk(junk[r.start:r.end]) {
			b.cands = append(b.cands, candidate{from + r.start, from + r.end, r.typ, byRule})
		}
	}
	ruled := b.cands[first:]
	if x.model != nil {
		toks := b.toks[from:to]
		keep := func(c seqlabel.Chunk) {
			typ, ok := labelTypes[c.Label]
			if !ok {
				return
			}
			c.End = dottedEnd(toks, c.Start, c.End)
			if anyJunk(junk[c.Start:c.End]) || overlapsAny(ruled, from+c.Start, from+c.End) ||
				(c.End-c.Start == 1 && commonAcronyms[toks[c.Start].text]) {
				return
			}
			b.cands = appendSplit(b.cands, toks, b.gaz, from, c.Start, c.End, typ)
		}
		regions(toks, func(rs, re int) {
			x.predict(b, rs, re)
			b.parts = b.parts[:0]
			for _, c := range b.chunks {
				if _, ok := labelTypes[c.Label]; !ok {
					b.parts = appendSpaced(b.parts, toks, c.Start, c.End)
				}
				keep(c)
			}
			// A work or event the tagger read across the spaces of a
			// headline (ロシア ウクライナ 停戦交渉) holds names, not one: a
			// Japanese name has no spaces (see appendSplit), so each part
			// is read again on its own.
			for _, p := range b.parts {
				x.predict(b, p[0], p[1])
				for _, c := range b.chunks {
					keep(c)
				}
			}
		})
	}
	b.cands = authorities(b.cands, b.toks[from:to], b.gaz, from, first)
	b.cands = trustedOrgs(b.cands, b.toks[from:to], b.gaz, junk, from, first)
	sortCandidates(b.cands[first:])
}

// dottedEnd returns the end of a dotted katakana name the tagger cut short:
// a span that already joins katakana words with a middle dot and stops
// before another dot and katakana (ブラック・ライブズ of ブラック・ライブズ・マター運動)
// runs to the end of the dotted run (katakanaRun). A span without a dot of
// its own stays: the dot also separates two names (Jリーグ・カターレ富山).
func dottedEnd(toks []token, start, end int) int {
	if end+1 >= len(toks) || toks[end-1].script != scKatakana || toks[end].script != scDot || toks[end+1].script != scKatakana {
		return end
	}
	for i := start + 1; i < end-1; i++ {
		if toks[i].script == scDot && toks[i-1].script == scKatakana && toks[i+1].script == scKatakana {
			return katakanaRun(toks, end-1)
		}
	}
	return end
}

// predict labels the tokens [start, end) of the sentence whose features
// are in b.feats and leaves their chunks, in sentence token indices, in
// b.chunks.
func (x *Extractor) predict(b *docBuf, start, end int) {
	b.labels = x.model.PredictInto(b.labels, b.feats[start:end])
	b.chunks = appendChunks(b.chunks[:0], b.labels)
	for i := range b.chunks {
		b.chunks[i].Start += start
		b.chunks[i].End += start
	}
}

// appendSpaced appends to parts the runs of tokens [start, end) between the
// spaces that separate Japanese words (see appendSplit), if there are any.
func appendSpaced(parts [][2]int, toks []token, start, end int) [][2]int {
	partStart, split := start, false
	for i := start + 1; i < end-1; i++ {
		if wordSpace(toks, i) {
			parts = append(parts, [2]int{partStart, i})
			partStart, split = i+1, true
		}
	}
	if split {
		parts = append(parts, [2]int{partStart, end})
	}
	return parts
}

// wordSpace reports whether token i is a space between two words that are
// not Latin: a space inside Japanese text separates names.
func wordSpace(toks []token, i int) bool {
	return toks[i].script == scSpace && toks[i-1].script != scLatin && toks[i+1].script != scLatin
}

// appendSplit appends the tagger chunk over sentence tokens [start, end) as
// candidates, split where a space separates Japanese words: a Japanese name
// has no spaces, so "ロシア ウクライナ" in a headline is two names. A person
// written family name, space, given name in kanji (足利　尊氏, the way of
// lists, Wikipedia and some news) stays one. It is also split at an equals
// sign between a Latin acronym and a Japanese name: news writes a name
// with its acronym that way (NATO=北大西洋条約機構), which is two mentions of
// one organisation, not one name. A part that is a gazetteer name takes the
// gazetteer's type.
func appendSplit(dst []candidate, toks []token, gaz []gazSpan, offset, start, end int, typ entities.Type) []candidate {
	partStart := start
	emit := func(s, e int) {
		if s >= e {
			return
		}
		t := typ
		if end-start != e-s {
			if gn := gazNameOf(gaz, s, e); gn.class != gazNone {
				t = gn.class.typ()
			}
		}
		dst = append(dst, candidate{offset + s, offset + e, t, byTagger})
	}
	for i := start + 1; i < end-1; i++ {
		if wordSpace(toks, i) &&
			!(typ == entities.Person && toks[i-1].script == scKanji && toks[i+1].script == scKanji) ||
			acronymEquals(toks, i) {
			emit(partStart, i)
			partStart = i + 1
		}
	}
	emit(partStart, end)
	return dst
}

// acronymEquals reports whether token i is an equals sign between a Latin
// acronym and a name in Japanese script (NATO=北大西洋条約機構), as opposed to
// one inside a katakana name (ジャン＝ジャック・ルソー).
func acronymEquals(toks []token, i int) bool {
	if t := toks[i].text; t != "=" && t != "＝" {
		return false
	}
	return (toks[i-1].script == scLatin) != (toks[i+1].script == scLatin)
}

// labelTypes maps the tagger's chunk labels to entity types; other labels
// (MISC: products, events, facilities) are learnt so as not to confuse them
// with the core types, and dropped.
var labelTypes = map[string]entities.Type{
	"PER": entities.Person,
	"LOC": entities.Location,
	"ORG": entities.Organization,
}

// TrainingSpan converts a gold span of a training corpus, of the given
// type name over text[start:end], into what the tagger learns: its label
// (see Gold) and extent. Types that are not names (dates, quantities,
// titles) give ok == false and are trained as outside.
//
// The corpora disagree on a few conventions; the conversion follows the
// Stockmark corpus, which the extractor is measured against: a political
// party or a religious association is an organisation, and in a
// nationality (ドイツ人, GSD's NORP) the country is a place. KWAC's IREX
// ARTIFACT (products, laws, works) is MISC, like GSD's PRODUCT and LAW.
func TrainingSpan(typ, text string, start, end int) (g Gold, ok bool) {
	name := text[start:end]
	g = Gold{Start: start, End: end}
	switch typ {
	case "PERSON":
		g.Label = "PER"
	case "LOCATION":
		g.Label = "LOC"
	case "ORGANIZATION":
		g.Label = "ORG"
	case "NORP":
		switch {
		case orgSuffixOf(name) == "党" || strings.HasSuffix(name, "会"):
			g.Label = "ORG"
		case strings.HasSuffix(name, "人") && utf8.RuneCountInString(name) >= 3:
			g.Label, g.End = "LOC", end-len("人")
		default:
			g.Label = "MISC"
		}
	case "PRODUCT", "FACILITY", "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "MOVEMENT", "PET_NAME", "ARTIFACT":
		g.Label = "MISC"
	default:
		return g, false
	}
	return g, true
}

// appendChunks appends the chunks of BIO labels to dst, as seqlabel.Chunks
// decodes them (an I- label that continues no chunk of its label starts
// one), without allocating a new slice for each region.
func appendChunks(dst []seqlabel.Chunk, labels []string) []seqlabel.Chunk {
	open := false
	for i, l := range labels {
		if len(l) < 2 || (l[0] != 'B' && l[0] != 'I') || l[1] != '-' {
			open = false
			continue
		}
		name := l[2:]
		if l[0] == 'I' && open && dst[len(dst)-1].Label == name {
			dst[len(dst)-1].End = i + 1
			continue
		}
		dst = append(dst, seqlabel.Chunk{Start: i, End: i + 1, Label: name})
		open = true
	}
	return dst
}

func anyJunk(junk []bool) bool {
	for _, j := range junk {
		if j {
			return true
		}
	}
	return false
}

func overlapsAny(cands []candidate, start, end int) bool {
	for _, c := range cands {
		if c.start < end && start < c.end {
			return true
		}
	}
	return false
}

func grown(s []bool, n int) []bool {
	if cap(s) < n {
		return append(s[:cap(s)], make([]bool, n-cap(s))...)
	}
	return s[:n]
}

// Gold is a labelled span of a training sentence: byte offsets and a tagger
// chunk label, PER, LOC, ORG or MISC (see TrainingSpan).
type Gold struct {
	Start, End int
	Label      string
}

// Examples returns the tagger training examples for text (one sentence)
// with its gold spans: for each region the tagger labels at run time (see
// regions), the features the extractor computes and the BIO labels of the
// tokens that lie wholly inside a gold span. Spans that end inside a token
// cannot be learnt and are left out; so are regions that a gold span
// crosses (日本維新の会 contains a particle).
func (x *Extractor) Examples(text string, gold []Gold) []seqlabel.Example {
	b := new(docBuf)
	b.toks = x.tokenize(nil, text, 0, len(text))
	x.analyzeSentence(b, text, 0, len(b.toks))
	var chunks []seqlabel.Chunk
	for _, g := range gold {
		if g.Label == "" {
			continue
		}
		c := seqlabel.Chunk{Start: -1, Label: g.Label}
		for i, t := range b.toks {
			if t.start == g.Start {
				c.Start = i
			}
			if t.end == g.End && c.Start >= 0 {
				c.End = i + 1
				chunks = append(chunks, c)
				break
			}
		}
	}
	labels := seqlabel.Encode(len(b.toks), chunks)
	var out []seqlabel.Example
	regions(b.toks, func(rs, re int) {
		for _, c := range chunks {
			if c.Start < re && rs < c.End && (c.Start < rs || c.End > re) {
				return
			}
		}
		out = append(out, seqlabel.Example{Tokens: b.feats[rs:re], Labels: labels[rs:re]})
	})
	return out
}
