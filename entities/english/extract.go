// Package english finds people, places and organisations in English text.
//
// An averaged-perceptron tagger (entities/seqlabel, trained by cmd/nertrain
// on openly licensed corpora, see MODEL.md) proposes names; rules then fix
// what a tagger trained on other text gets wrong in news: titles, "the" and
// possessives are cut from spans, junk (URLs, handles, months, function
// words, demonyms, titles of works) is dropped, evidence retypes or adds names
// (titles, organisation and place heads, appositions such as "flag carrier
// Aeroflot", the gazetteer, given names, speech verbs, unknown acronyms), and
// a document keeps one sense per name: a name typed once keeps its type,
// surnames and acronyms refer back to their full forms ("Royal United
// Services Institute (RUSI)", "Wall Street Journal" … "WSJ"), and in a whole
// article a one-word "person" never introduced by full name or title is
// taken for an organisation. A last pass follows the news conventions of
// the evaluation sets (MODEL.md): names in a list share the type their
// evidence gives, a town and its state make one place ("Tyler, Texas"), and
// a country acting as a state is an organisation ("Russia announced").
package english

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

//go:embed model.bin
var modelFile []byte

// Extractor extracts English mentions. It is immutable and safe for
// concurrent use.
type Extractor struct {
	model *seqlabel.Model
	gaz   Gazetteer
}

var _ entities.Extractor = (*Extractor)(nil)

var (
	loadOnce  sync.Once
	loaded    *seqlabel.Model
	loadError error
)

// New returns an extractor with the embedded model and the default gazetteer.
func New() (*Extractor, error) {
	loadOnce.Do(func() {
		loaded, loadError = seqlabel.Load(modelFile)
		if loadError != nil {
			loadError = fmt.Errorf("english: loading embedded model: %w", loadError)
		}
	})
	if loadError != nil {
		return nil, loadError
	}
	return &Extractor{model: loaded, gaz: DefaultGazetteer()}, nil
}

// NewWithModel returns an extractor with the given tagger model and the
// default gazetteer, to measure a model before it is embedded (cmd/nertrain
// --cv).
func NewWithModel(m *seqlabel.Model) *Extractor {
	return &Extractor{model: m, gaz: DefaultGazetteer()}
}

// Lang is the language the extractor handles.
func (x *Extractor) Lang() string { return "en" }

// candidate is a name span over the tokens of one sentence.
type candidate struct {
	sent       int
	start, end int // token indices, end exclusive
	typ        entities.Type
	// strong is true when the type comes from evidence (a title, an
	// organisation head, a gazetteer entry) rather than the tagger alone.
	strong bool
}

// Extract returns the mentions in the given sentences of text.
func (x *Extractor) Extract(text string, sentences []entities.Span) []entities.Mention {
	sents := make([]*sentence, 0, len(sentences))
	for _, sp := range sentences {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		sents = append(sents, newSentence(text, sp.Start, sp.End, x.gaz))
	}
	doc := newDocFacts(sents)
	var cands []candidate
	var labels []string
	var fbuf featureBuf
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		first := len(cands)
		labels = x.model.PredictInto(labels[:0], s.features(doc, nil, &fbuf))
		for _, c := range seqlabel.Chunks(labels) {
			cands = append(cands, fixCandidate(s, candidate{sent: si, start: c.Start, end: c.End, typ: entities.Type(c.Label)})...)
		}
		cands = append(cands, ruleCandidates(s, si, cands[first:])...)
	}
	tagged := coverage(sents, cands) // MISC included
	cands = orgMembers(sents, cands)
	cands = joinCityRegion(sents, consistent(sents, cands))
	// Names a list added are found again where the tagger missed them.
	// A list adds no everyday word (listWord), so the members' plural
	// orgMembers dropped does not come back here.
	if listed := coordinate(sents, cands, tagged, doc); len(listed) > len(cands) {
		cands = consistent(sents, listed)
	} else {
		cands = listed
	}
	actingStates(sents, cands)
	numberUnits(sents, cands)
	out := make([]entities.Mention, 0, len(cands))
	for _, c := range cands {
		s := sents[c.sent]
		if figureOfSpeech(s, c) {
			continue
		}
		start, end := s.Tokens[c.start].Start, s.Tokens[c.end-1].End
		if m, ok := entities.TrimName(text, entities.Mention{Start: start, End: end, Text: text[start:end], Type: c.typ, Lang: "en"}); ok {
			out = append(out, m)
		}
	}
	return out
}
