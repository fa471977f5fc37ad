package english

import (
	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/nereval"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// Tagger labels, as the model file stores them: BIO over these four names.
// MISC (nationalities, events, works, products) is learned so that the tagger
// has somewhere to put capitalised words that are not core entities; the
// extractor drops it.
const (
	labelPerson = "PER"
	labelPlace  = "LOC"
	labelOrg    = "ORG"
	labelMisc   = "MISC"
)

// GoldSpan is an annotated name in a training text: byte offsets and a
// type (PERSON, LOCATION, ORGANIZATION or any other name type).
type GoldSpan = nereval.Span

// TrainingExamples turns one annotated text into tagger training sequences,
// with exactly the features Extract computes at run time. The whole text is
// one sequence; sentence starts inside it are found by the tokeniser.
//
// When the text has names, a second copy is returned in which the words of
// the names are masked (see sentence.features), so that the tagger learns
// to recognise names it has never seen rather than memorise the ones it has.
func TrainingExamples(text string, gold []GoldSpan, gaz Gazetteer) []seqlabel.Example {
	s := newSentence(text, 0, len(text), gaz)
	doc := newDocFacts([]*sentence{s})
	var chunks []seqlabel.Chunk
	for _, g := range gold {
		if g.Type == nereval.Skip {
			continue
		}
		first, last := -1, -1
		for i, t := range s.Tokens {
			if t.End > g.Start && t.Start < g.End {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			continue
		}
		chunks = append(chunks, seqlabel.Chunk{Start: first, End: last + 1, Label: labelOf(g.Type)})
	}
	labels := seqlabel.Encode(len(s.Tokens), chunks)
	out := []seqlabel.Example{{Tokens: s.features(doc, nil, nil), Labels: labels}}
	if len(chunks) > 0 {
		masked := make([]bool, len(s.Tokens))
		for _, c := range chunks {
			for i := c.Start; i < c.End; i++ {
				masked[i] = isCap(s.Cap[i])
			}
		}
		out = append(out, seqlabel.Example{Tokens: s.features(doc, masked, nil), Labels: labels})
	}
	return out
}

func labelOf(t string) string {
	switch entities.Type(t) {
	case entities.Person:
		return labelPerson
	case entities.Location:
		return labelPlace
	case entities.Organization:
		return labelOrg
	}
	return labelMisc
}

func typeOf(label string) (entities.Type, bool) {
	switch label {
	case labelPerson:
		return entities.Person, true
	case labelPlace:
		return entities.Location, true
	case labelOrg:
		return entities.Organization, true
	}
	return "", false
}
