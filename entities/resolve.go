package entities

import (
	"sort"
	"strings"
)

// DocMentions are the mentions of one document, in text order.
type DocMentions struct {
	Doc      string
	Mentions []Mention
}

// Entity is a canonical entity: one person, place or organisation.
type Entity struct {
	ID      string            // stable across runs: derived from Type and the canonical name
	Type    Type              //
	Names   map[string]string // display name per language ("en", "ja"); "en" is always set
	Aliases []string          // every surface form, sorted
	Langs   []string          // languages it was seen in, sorted
}

// Name returns the display name in lang, falling back to English.
func (e *Entity) Name(lang string) string {
	if n, ok := e.Names[lang]; ok && n != "" {
		return n
	}
	return e.Names["en"]
}

// ResolverOptions configure a Resolver.
type ResolverOptions struct{}

// Resolver merges mentions into canonical entities.
type Resolver struct {
	opts ResolverOptions
}

// NewResolver returns a Resolver.
func NewResolver(opts ResolverOptions) *Resolver { return &Resolver{opts: opts} }

// Resolve merges the mentions of all documents into entities. It returns the
// entities sorted by ID and, for each document and mention, the index of its
// entity, or -1 when the mention was dropped as junk.
//
// TODO(issue 4): surnames, titles, cross-language links; this first version
// merges exact surface forms of the same type only.
func (r *Resolver) Resolve(docs []DocMentions) ([]Entity, [][]int) {
	type key struct {
		t    Type
		name string
	}
	byKey := map[key]*Entity{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			k := key{m.Type, strings.ToLower(m.Text)}
			e := byKey[k]
			if e == nil {
				e = &Entity{ID: strings.ToLower(string(m.Type[:3])) + ":" + m.Text, Type: m.Type, Names: map[string]string{"en": m.Text}}
				byKey[k] = e
			}
			e.Aliases = appendUnique(e.Aliases, m.Text)
			e.Langs = appendUnique(e.Langs, m.Lang)
		}
	}
	list := make([]Entity, 0, len(byKey))
	for _, e := range byKey {
		sort.Strings(e.Aliases)
		sort.Strings(e.Langs)
		list = append(list, *e)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	index := map[string]int{}
	for i, e := range list {
		index[e.ID] = i
	}
	of := make([][]int, len(docs))
	for i, d := range docs {
		of[i] = make([]int, len(d.Mentions))
		for j, m := range d.Mentions {
			of[i][j] = index[byKey[key{m.Type, strings.ToLower(m.Text)}].ID]
		}
	}
	return list, of
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
