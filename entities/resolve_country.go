package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/gazetteer"
)

// A countryForm is a gazetteer entry that Japanese writes with its
// country's name before it (米民主党, 米国民主党 for the US Democratic
// Party): without it (民主党) the name is ambiguous, and Japanese news
// leave the country out only where the article says which.
type countryForm struct {
	entry   *gazetteer.Entry
	country *gazetteer.Entry
}

// homeCountry is the country a Japanese name means when nothing says
// otherwise: Japanese news qualify a foreign party or ministry with its
// country (米民主党) and leave Japan's bare (民主党).
const homeCountry = "日本"

// indexCountryForms finds, once per resolver, the bare names of the
// gazetteer's country-qualified Japanese names (民主党 of 米民主党), and the
// country of each first-level region from its ISO 3166-2 code (JP-27 is in
// Japan), which counts for its country in an article.
func (r *Resolver) indexCountryForms() {
	r.countryForms = map[string][]countryForm{}
	r.regionCountry = map[*gazetteer.Entry]*gazetteer.Entry{}
	byISO := map[string]*gazetteer.Entry{}
	for _, e := range r.gaz.Entries() {
		if e.Type == gazetteer.Location && e.Subtype == "country" {
			for _, c := range e.Codes {
				if len(c) == 2 {
					byISO[c] = e
				}
			}
		}
	}
	r.home = r.countryNamed(homeCountry)
	for _, e := range r.gaz.Entries() {
		switch {
		case e.Type == gazetteer.Location && e.Subtype == "region":
			for _, c := range e.Codes {
				if iso, _, ok := strings.Cut(c, "-"); ok && byISO[iso] != nil {
					r.regionCountry[e] = byISO[iso]
					break
				}
			}
		case e.Type == gazetteer.Organization:
			for _, name := range e.JapaneseNames() {
				r.addCountryForm(e, name)
			}
		}
	}
}

// addCountryForm indexes name under its bare form when it begins with a
// country's name or one-kanji code (米, 米国, アメリカ) that leaves at least
// two characters, and the bare form names no entry of e's type itself.
func (r *Resolver) addCountryForm(e *gazetteer.Entry, name string) {
	n := utf8.RuneCountInString(name)
	i := 0
	for k := 1; k <= n-2; k++ {
		_, size := utf8.DecodeRuneInString(name[i:])
		i += size
		country := r.countryNamed(name[:i])
		if country == nil {
			continue
		}
		bare := name[i:]
		if r.strongEntry(Type(e.Type), bare) {
			return // the bare name says which by itself
		}
		key := gazetteer.Normalize(bare)
		r.countryForms[key] = append(r.countryForms[key], countryForm{entry: e, country: country})
		return
	}
}

// countryNamed returns the country the gazetteer names s (a name or a
// code), or nil.
func (r *Resolver) countryNamed(s string) *gazetteer.Entry {
	for _, m := range r.gaz.Match(s) {
		if m.Entry.Type == gazetteer.Location && m.Entry.Subtype == "country" {
			return m.Entry
		}
	}
	return nil
}

// strongEntry reports whether the gazetteer names an entry of type t s.
func (r *Resolver) strongEntry(t Type, s string) bool {
	for _, m := range r.gaz.Match(s) {
		if !m.Weak && Type(m.Entry.Type) == t {
			return true
		}
	}
	return false
}

// countryOf returns the country a place of the gazetteer is, or is in (a
// region, by its code), or nil.
func (r *Resolver) countryOf(e *gazetteer.Entry) *gazetteer.Entry {
	if e.Type == gazetteer.Location && e.Subtype == "country" {
		return e
	}
	return r.regionCountry[e]
}

// anchorByCountry gives a bare name that a country-qualified name of the
// gazetteer shortens (民主党 of 米民主党) that entry where the document is
// about its country: it names that country (or its regions) more often than
// the home country of Japanese names, and more often than the country of
// any other entry the bare name shortens. Elsewhere the name stays its own
// (Japan's 民主党 in Japanese news about Japan). A local entity the document
// pass so anchored says so (DocMentions.Anchor), and the corpus pass keeps
// the choice, which its names alone do not make.
func (s *resolution) anchorByCountry(di int, refs []mentionRef) {
	var counts map[*gazetteer.Entry]int
	for i := range refs {
		ref := &refs[i]
		if ref.form < 0 || ref.anchor >= 0 || ref.target != ref.form || !gazetteer.HasJapanese(ref.name) {
			continue
		}
		forms := s.r.countryForms[ref.key]
		if len(forms) == 0 {
			continue
		}
		var best *gazetteer.Entry
		if anchor := s.anchors[di]; anchor != "" {
			for _, f := range forms {
				if f.entry.Name == anchor && Type(f.entry.Type) == s.nodes[ref.form].typ {
					best = f.entry
				}
			}
		} else {
			if counts == nil {
				counts = s.countryCounts(di, refs)
			}
			top, second := 0, counts[s.r.home]
			for _, f := range forms {
				switch n := counts[f.country]; {
				case Type(f.entry.Type) != s.nodes[ref.form].typ || f.entry == best:
				case n > top:
					best, top, second = f.entry, n, max(second, top)
				case n > second:
					second = n
				}
			}
			if top <= second {
				best = nil
			}
		}
		if best != nil {
			ref.target = s.gazNode(best)
			s.byContext[ref.target] = true
		}
	}
}

// countryCounts counts the document's mentions of each country, a
// region's for its country.
func (s *resolution) countryCounts(di int, refs []mentionRef) map[*gazetteer.Entry]int {
	counts := map[*gazetteer.Entry]int{}
	for i, ref := range refs {
		if ref.anchor < 0 || ref.alias {
			continue
		}
		if e := s.nodes[ref.anchor].entry; e != nil {
			if c := s.r.countryOf(e); c != nil {
				counts[c] += s.weight(di, i)
			}
		}
	}
	return counts
}
