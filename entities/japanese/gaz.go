package japanese

import (
	"sync"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/gazetteer"
)

// gazClass is the kind of a gazetteer name, coarse enough for the tagger to
// learn how far to trust each kind: country names are reliable, the long
// tail of machine-transliterated city names much less so.
type gazClass uint8

const (
	gazNone gazClass = iota
	gazPerson
	gazCountry
	gazCapital
	gazRegion
	gazCity
	gazOrg
)

// typ returns the entity type of names of class c.
func (c gazClass) typ() entities.Type {
	switch c {
	case gazPerson:
		return entities.Person
	case gazOrg:
		return entities.Organization
	}
	return entities.Location
}

// gazIndex maps the Japanese-script names and the acronyms of the built-in
// gazetteer, exactly as written, to their class. prefixes is a bit set of
// the hashed first two runes of every name, so that most tokens are
// rejected with one memory access instead of several map lookups.
type gazIndex struct {
	names    map[string]gazName
	prefixes []uint64
}

// prefixBits is the size of the prefix bit set: with some 20,000 names, a
// token passes it by chance about 2% of the time.
const prefixBits = 1 << 20

// prefixHash hashes the first two runes of s into [0, prefixBits).
func prefixHash(s string) uint32 {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return (uint32(r1)*0x9E3779B1 ^ uint32(r2)*0x85EBCA77) >> 12
}

func (ix *gazIndex) mayStart(s string) bool {
	h := prefixHash(s)
	return ix.prefixes[h/64]&(1<<(h%64)) != 0
}

// gazName is what the index knows about a name.
type gazName struct {
	class   gazClass
	curated bool // from the gazetteer's hand-checked table, not the open data
}

// gazSpan is a gazetteer name over tokens [start, end).
type gazSpan struct {
	start, end int
	gazName
}

var sharedGaz = sync.OnceValue(func() *gazIndex {
	return newGazIndex(gazetteer.Default())
})

func newGazIndex(g *gazetteer.Gazetteer) *gazIndex {
	ix := &gazIndex{names: map[string]gazName{}, prefixes: make([]uint64, prefixBits/64)}
	for _, e := range g.Entries() {
		if e.CommonWord {
			continue
		}
		class := classOf(e)
		for _, a := range e.Aliases {
			if !gazetteer.HasJapanese(a) && !gazetteer.IsAcronym(a) {
				continue
			}
			if utf8.RuneCountInString(a) < 2 {
				continue
			}
			if _, dup := ix.names[a]; dup {
				continue // entries come most trusted first
			}
			ix.names[a] = gazName{class, e.Curated}
			h := prefixHash(a)
			ix.prefixes[h/64] |= 1 << (h % 64)
		}
	}
	return ix
}

func classOf(e *gazetteer.Entry) gazClass {
	switch e.Type {
	case gazetteer.Person:
		return gazPerson
	case gazetteer.Organization:
		return gazOrg
	}
	switch e.Subtype {
	case "country", "territory":
		return gazCountry
	case "capital":
		return gazCapital
	case "region":
		return gazRegion
	}
	return gazCity
}

// prefix2 returns the first two runes of s (or s if shorter).
func prefix2(s string) string {
	_, a := utf8.DecodeRuneInString(s)
	_, b := utf8.DecodeRuneInString(s[a:])
	return s[:a+b]
}

// match appends the longest gazetteer names over whole tokens of one
// sentence, left to right and not overlapping.
func (ix *gazIndex) match(dst []gazSpan, text string, toks []token) []gazSpan {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.script == scHiragana || t.script == scPunct || t.script == scSpace || t.script == scDigit || t.script == scDot {
			continue
		}
		if !ix.mayStart(text[t.start:]) {
			continue
		}
		for j := min(i+maxNameTokens, len(toks)); j > i; j-- {
			if n, ok := ix.names[text[t.start:toks[j-1].end]]; ok {
				dst = append(dst, gazSpan{i, j, n})
				i = j - 1
				break
			}
		}
	}
	return dst
}
