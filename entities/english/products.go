package english

import (
	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/gazetteer"
)

// minModels is the fewest different words a maker's word must head to be
// a maker: two is any pair of names sharing a first word ("Carnegie
// Endowment", "Carnegie Politika"), three a product line.
const minModels = 3

// makerModels returns the one-word names of the document that are a
// maker's models rather than organisations, places or persons: a
// capitalised word the document writes after a maker's word that heads at
// least minModels different words ("Line Outline", "Line Mordecai", "Line
// Magnum Opus", "Line Sick Day" on a ski review). A review calls its
// product "the Outline" dozens of times and the tagger, seeing a
// capitalised word after "the", takes it for a company; the maker's word
// heading several names is what says otherwise, as a make heads its models.
//
// Only the first two words of a capitalised run count ("New York Times" has
// no maker York), and a pair inside a name the gazetteer, the organisation
// list or the brand list knows is that name ("State Duma", "White House").
// A known place or people is no maker ("Saudi Aramco", "Kyiv Post",
// "Russian MoD"), nor is a compass point ("North Poole"), and a given name
// is neither maker nor model: "Eric Pollard" and "Eric Trump" are two
// people, not two of Eric's products. A model the gazetteer knows stays a
// name ("East Ukraine" does not make Ukraine a product), and so does one
// the text calls he or she (personal).
func makerModels(sents []*sentence, typeOfName map[string]entities.Type, personal map[string]bool) map[string]bool {
	followers := map[string]map[string]bool{} // maker (lower case) → model words
	for _, s := range sents {
		if s.Headline {
			continue
		}
		for i := 1; i < len(s.Tokens); i++ {
			if s.Cap[i] != capTitle && s.Cap[i] != capMixed || !isCap(s.Cap[i-1]) || i >= 2 && isCap(s.Cap[i-2]) {
				continue
			}
			maker := s.Lower[i-1]
			if functionWords[maker] || titleWords[maker] != "" || len([]rune(maker)) < 2 ||
				s.Gaz[i-1] != 0 && gazType(s.GazKind[i-1]) == entities.Location || isDemonym(s.Tokens[i-1].Text) || compass[maker] ||
				s.Gaz[i] == 'I' || mark(s.Org, i) == 'I' || mark(s.Brand, i) == 'I' ||
				isFirstName(maker) || isFirstName(s.Lower[i]) {
				continue
			}
			if followers[maker] == nil {
				followers[maker] = map[string]bool{}
			}
			followers[maker][s.Tokens[i].Text] = true
		}
	}
	models := map[string]bool{}
	for _, words := range followers {
		if len(words) >= minModels {
			for w := range words {
				models[w] = true
			}
		}
	}
	if len(models) == 0 {
		return nil
	}
	isModel := func(name string) bool {
		return models[name] && len(gazetteer.Default().Lookup(name)) == 0 && !personal[name]
	}
	out := map[string]bool{}
	for name := range typeOfName {
		if isModel(name) {
			out[name] = true
		}
	}
	return out
}

// mark returns marks[i], or 0 where the marks were not computed.
func mark(marks []byte, i int) byte {
	if i < len(marks) {
		return marks[i]
	}
	return 0
}
