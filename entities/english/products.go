package english

import (
	"strings"

	"github.com/chronograph/chronograph/entities"
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
func makerModels(sents []*sentence, cands []candidate, typeOfName map[string]entities.Type, personal map[string]bool) map[string]bool {
	// A word that begins two full names of persons is their given name
	// (Zainab Nakashima, Zainab Corrigan), whatever the name lists say.
	given := map[string]int{}
	for _, c := range cands {
		if c.typ == entities.Person && c.end-c.start >= 2 {
			given[sents[c.sent].Lower[c.start]]++
		}
	}
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
				isFirstName(maker) || isFirstName(s.Lower[i]) || given[maker] >= 2 {
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
		return models[name] && !gazetteerKnows(name) && !personal[name]
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

// minLower is how many times a document must write a word in lower case
// for its capitalised form not to be a name: twice let through a forum's
// "the scientology website" and "noida and greater noida", where a writer
// leaves names in lower case.
const minLower = 3

// writtenLower returns the one-word names of the document that its own
// sentences also write in lower case, minLower times, not at a sentence
// start and not inside an unspaced string (see glued): the page capitalises a common word in its headings and wherever it
// stands for the subject ("Bougainvillea is a tropical vine", "potted
// bougainvillea", "most bougainvillea varieties"), and the tagger, seeing
// the capital, takes it for a name. A name the gazetteer, the brand list or
// the organisation list knows stays (Turkey and a turkey, Apple and an
// apple), as does an institution's or a place's head word standing for one
// the text names ("the Church", "the Court", "the Airport"), and so does a
// word of a person's full name of the document, one
// with a given name or known to the gazetteer (Gordon Brown … Brown,
// whatever "brown" does elsewhere in the text; not the tagger's
// "Bougainvillea Pest"), or a name the text calls he or she (personal).
func writtenLower(sents []*sentence, cands []candidate, typeOfName map[string]entities.Type, personal map[string]bool) map[string]bool {
	lowerCount := map[string]int{}
	for _, s := range sents {
		for i, w := range s.Lower {
			if s.Cap[i] == capLower && !s.Tokens[i].Initial && !glued(s, i) {
				lowerCount[w]++
			}
		}
	}
	inFullName := map[string]bool{}
	for _, c := range cands {
		s := sents[c.sent]
		if c.typ != entities.Person || c.end-c.start < 2 {
			continue
		}
		given := false
		for i := c.start; i < c.end; i++ {
			given = given || isFirstName(s.Lower[i])
		}
		if given || knownPerson(spanText(s, c.start, c.end)) {
			for i := c.start; i < c.end; i++ {
				inFullName[s.Tokens[i].Text] = true
			}
		}
	}
	out := map[string]bool{}
	for name := range typeOfName {
		if capClass(name) == capTitle && !strings.ContainsAny(name, " -") && lowerCount[lower(name)] >= minLower && !orgHeads[lower(name)] &&
			!placeHeads[lower(name)] && !inFullName[name] && !personal[name] && !listedName(name) {
			out[name] = true
		}
	}
	return out
}

// glued reports whether token i is part of a longer unspaced string, such
// as a web address or a newsgroup's name (alt.religion.scientology).
func glued(s *sentence, i int) bool {
	return i > 0 && !s.Tokens[i].SpaceBefore && s.Cap[i-1] != capPunct || i > 1 && !s.Tokens[i].SpaceBefore && !s.Tokens[i-1].SpaceBefore ||
		i+1 < len(s.Tokens) && !s.Tokens[i+1].SpaceBefore && s.Cap[i+1] == capPunct && i+2 < len(s.Tokens) && !s.Tokens[i+2].SpaceBefore && s.Cap[i+2] != capPunct
}

// listedName reports whether the gazetteer, the brand list or the
// organisation list has the one-word name.
func listedName(name string) bool {
	if gazetteerKnows(name) || IsBrand(name) {
		return true
	}
	for _, seq := range orgIndex()[name] {
		if len(seq) == 1 {
			return true
		}
	}
	return false
}

// pricedNames returns the one-word names of the document that stand right
// before a price in at least half of their occurrences, and twice at least:
// a shopping page's product variants ("Earbuds (Black) for $22.88",
// "Shelving Unit, Black for $57.57"), which the tagger, or a brand's name
// found again in them, takes for companies. A name the gazetteer, the brand
// list or the organisation list knows stays ("bought Twitter for $44
// billion"), and so does a person.
func pricedNames(sents []*sentence, typeOfName map[string]entities.Type) map[string]bool {
	total, priced := map[string]int{}, map[string]int{}
	for _, s := range sents {
		for i, tok := range s.Tokens {
			if t, ok := typeOfName[tok.Text]; !ok || t == entities.Person || !isCap(s.Cap[i]) {
				continue
			}
			total[tok.Text]++
			if priceAt(s, i+1) {
				priced[tok.Text]++
			}
		}
	}
	out := map[string]bool{}
	for name, n := range priced {
		if n >= 2 && 2*n >= total[name] && !listedName(name) {
			out[name] = true
		}
	}
	return out
}

// priceAt reports whether a price begins at token k, after a closing
// bracket and "for" if any: ") for $22.88", "for £9.99", "$5".
func priceAt(s *sentence, k int) bool {
	if k < len(s.Tokens) && s.Tokens[k].Text == ")" {
		k++
	}
	if k < len(s.Tokens) && s.Lower[k] == "for" {
		k++
	}
	return k+1 < len(s.Tokens) && currencySigns[s.Tokens[k].Text] && s.Cap[k+1] == capDigit
}

// currencySigns are the tokens a price in figures begins with.
var currencySigns = setOf("$", "£", "€", "¥", "US$")
