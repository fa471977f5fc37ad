package english

import (
	"strings"
	"sync"

	"github.com/chronograph/chronograph/entities/gazetteer"
)

var (
	gazOnce   sync.Once
	gazFirsts map[string]bool
)

// DefaultGazetteer returns the gazetteer the extractor and the trainer use:
// entities/gazetteer's built-in names, reported as "<type>-<subtype>" kinds
// ("LOCATION-country", "ORGANIZATION-intl-org"), with a "weak-" prefix for
// codes, demonyms and places named like common words.
//
// Lookups are costly (Unicode normalisation), so a set of the lower-cased
// first words of all names, built once, turns most candidate spans away
// before the gazetteer is asked.
func DefaultGazetteer() Gazetteer {
	g := gazetteer.Default()
	gazOnce.Do(func() {
		gazFirsts = map[string]bool{}
		for _, e := range g.Entries() {
			for _, n := range append(append(append([]string{e.Name}, e.Aliases...), e.Codes...), e.Demonyms...) {
				first, _, _ := strings.Cut(n, " ")
				gazFirsts[strings.ToLower(first)] = true
			}
		}
	})
	return func(name string) (string, bool) {
		first, _, _ := strings.Cut(name, " ")
		if !mayStartName(first) {
			return "", false
		}
		ms := g.Match(name)
		if len(ms) == 0 && strings.ToUpper(name) == name && len(name) > 3 {
			// Datelines shout: "KYIV, Ukraine (AP)". Acronyms matched above.
			ms = g.Match(titleCase(name))
		}
		if len(ms) == 0 {
			return "", false
		}
		m := ms[0]
		kind := m.Entry.Type + "-" + subtypeClass(m.Entry.Subtype)
		if m.Weak {
			kind = "weak-" + kind
		}
		return kind, true
	}
}

// subtypeClass folds the gazetteer's subtypes into the few the tagger learns
// weights for.
func subtypeClass(s string) string {
	switch s {
	case "country", "territory":
		return "country"
	case "capital":
		return "capital"
	case "city":
		return "city"
	case "region":
		return "region"
	}
	return s
}

// titleCase turns "NEW YORK" into "New York".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if i == 0 || b[i-1] == ' ' || b[i-1] == '-' {
			if b[i] >= 'a' && b[i] <= 'z' {
				b[i] -= 'a' - 'A'
			}
		}
	}
	return string(b)
}

// mayStartName reports whether word, in any case, is the first word of a
// gazetteer name. ASCII words are lower-cased on the stack: the map lookup
// with a converted byte slice does not allocate.
func mayStartName(word string) bool {
	var buf [32]byte
	if len(word) > len(buf) {
		return gazFirsts[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 0x80 {
			return gazFirsts[strings.ToLower(word)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return gazFirsts[string(buf[:len(word)])]
}

// gazetteerKnows reports whether the gazetteer names name with strong
// evidence (a name, an alias or an acronym: gazetteer.Lookup), as the
// document-level passes ask of a whole name; the tagger's feature
// (DefaultGazetteer) also counts codes, demonyms and common-word places.
func gazetteerKnows(name string) bool { return len(gazetteer.Default().Lookup(name)) > 0 }
