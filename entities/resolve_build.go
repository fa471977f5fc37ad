package entities

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/gazetteer"
)

// cluster gathers what the mentions of one entity say about it.
type cluster struct {
	root   int32
	counts map[string]int // surface name -> mentions
	langs  map[string]bool
	entity Entity
	sig    string // stable order among clusters whose IDs collide
}

// entities turns the merged sets into entities, sorted by ID, and maps each
// mention to its entity.
func (s *resolution) entities() ([]Entity, [][]int) {
	byRoot := map[int32]*cluster{}
	for di, refs := range s.docs {
		for mi, ref := range refs {
			if ref.target < 0 {
				continue
			}
			root := s.find(ref.target)
			c := byRoot[root]
			if c == nil {
				c = &cluster{root: root, counts: map[string]int{}, langs: map[string]bool{}}
				byRoot[root] = c
			}
			c.counts[ref.name]++
			if l := s.langs[di][mi]; l != "" {
				c.langs[l] = true
			}
		}
	}
	clusters := make([]*cluster, 0, len(byRoot))
	for _, c := range byRoot {
		s.describe(c)
		clusters = append(clusters, c)
	}
	assignIDs(clusters)
	sort.Slice(clusters, func(i, j int) bool { return clusters[i].entity.ID < clusters[j].entity.ID })

	list := make([]Entity, len(clusters))
	index := make(map[int32]int, len(clusters))
	for i, c := range clusters {
		list[i] = c.entity
		index[c.root] = i
	}
	of := make([][]int, len(s.docs))
	for di, refs := range s.docs {
		of[di] = make([]int, len(refs))
		for mi, ref := range refs {
			of[di][mi] = -1
			if ref.target >= 0 {
				of[di][mi] = index[s.find(ref.target)]
			}
		}
	}
	return list, of
}

// describe fills in a cluster's entity: type, display names, aliases, languages.
func (s *resolution) describe(c *cluster) {
	n := &s.nodes[c.root]
	e := Entity{Type: n.typ, Names: map[string]string{}}
	var entry *gazetteer.Entry
	switch {
	case n.alias >= 0:
		a := s.r.opts.Aliases.Entries[n.alias]
		entry = s.aliasGaz[n.alias]
		if gazetteer.HasJapanese(a.Canonical) {
			e.Names["ja"] = a.Canonical
		} else {
			e.Names["en"] = a.Canonical
		}
	case n.entry != nil:
		entry = n.entry
	}
	if entry != nil {
		for _, lang := range []string{"en", "ja"} {
			if e.Names[lang] == "" && entry.Names[lang] != "" {
				e.Names[lang] = entry.Names[lang]
			}
		}
	}
	if e.Names["ja"] == "" {
		if ja := bestName(c.counts, isJapaneseName, e.Type); ja != "" {
			e.Names["ja"] = ja
		}
	}
	if e.Names["en"] == "" {
		e.Names["en"] = bestName(c.counts, func(s string) bool { return !isJapaneseName(s) }, e.Type)
	}
	if e.Names["en"] == "" {
		e.Names["en"] = e.Names["ja"] // no English name known: show the Japanese one
	}
	for name := range c.counts {
		e.Aliases = append(e.Aliases, name)
	}
	sort.Strings(e.Aliases)
	for l := range c.langs {
		e.Langs = append(e.Langs, l)
	}
	sort.Strings(e.Langs)
	e.ID = strings.ToLower(string(e.Type)) + "/" + slug(e.Names["en"])
	c.entity = e
	c.sig = n.key + "\x00" + strings.Join(e.Aliases, "\x00")
}

// bestName picks the display name among the surfaces that keep: a full form
// (several words, three or more kanji, or not an acronym for organisations)
// before a short one, then
// the most frequent, then the longest, then the first in byte order.
func bestName(counts map[string]int, keep func(string) bool, t Type) string {
	best, bestFull := "", false
	for name, n := range counts {
		if !keep(name) {
			continue
		}
		full := len(nameTokens(name)) > 1 || (t != Person && !gazetteer.IsAcronym(name)) ||
			(isKanjiName(name) && utf8.RuneCountInString(name) >= 3)
		if best != "" {
			bn := counts[best]
			switch {
			case full != bestFull:
				if !full {
					continue
				}
			case n != bn:
				if n < bn {
					continue
				}
			case len(name) != len(best):
				if len(name) < len(best) {
					continue
				}
			case name > best:
				continue
			}
		}
		best, bestFull = name, full
	}
	return best
}

// slug makes the name part of an ID: lower case, diacritics removed, runs of
// other characters than letters and digits turned into one hyphen. Japanese
// letters are kept.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range gazetteer.Normalize(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "unnamed"
	}
	return b.String()
}

// assignIDs makes IDs unique: among clusters whose IDs collide, the one first
// in signature order keeps it and the others get -2, -3, … in that order.
func assignIDs(clusters []*cluster) {
	byID := map[string][]*cluster{}
	for _, c := range clusters {
		byID[c.entity.ID] = append(byID[c.entity.ID], c)
	}
	taken := map[string]bool{}
	for id := range byID {
		taken[id] = true
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		group := byID[id]
		if len(group) < 2 {
			continue
		}
		sort.Slice(group, func(i, j int) bool { return group[i].sig < group[j].sig })
		k := 2
		for _, c := range group[1:] {
			for taken[id+"-"+strconv.Itoa(k)] {
				k++
			}
			c.entity.ID = id + "-" + strconv.Itoa(k)
			taken[c.entity.ID] = true
			k++
		}
	}
}
