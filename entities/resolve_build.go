package entities

import (
	"slices"
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
	counts nameCounts
	langs  []string // distinct, in order of appearance
	entity Entity
}

// mentions is the weight of the cluster's mentions, summed over its names.
func (c *cluster) mentions() int {
	n := 0
	for _, nc := range c.counts.names {
		n += nc.n
	}
	return n
}

// sig orders clusters whose IDs collide, stably.
func (c *cluster) sig(s *resolution) string {
	return s.nodes[c.root].key + "\x00" + strings.Join(c.entity.Aliases, "\x00")
}

// nameCounts counts the mentions of each surface name of a cluster. Most
// clusters have a handful of names: they are searched in a slice, and a map
// is made only for the few with many.
type nameCounts struct {
	names []nameCount
	index map[string]int // name -> index in names, once there are many
}

type nameCount struct {
	name string
	n    int
}

func (nc *nameCounts) add(name string, w int) {
	if nc.index != nil {
		if i, ok := nc.index[name]; ok {
			nc.names[i].n += w
			return
		}
	} else {
		for i := range nc.names {
			if nc.names[i].name == name {
				nc.names[i].n += w
				return
			}
		}
	}
	nc.names = append(nc.names, nameCount{name, w})
	switch {
	case nc.index != nil:
		nc.index[name] = len(nc.names) - 1
	case len(nc.names) > 8:
		nc.index = make(map[string]int, 2*len(nc.names))
		for i, c := range nc.names {
			nc.index[c.name] = i
		}
	}
}

// entities turns the merged sets into entities, sorted by ID, and maps each
// mention to its entity.
func (s *resolution) entities() ([]Entity, [][]int) {
	byRoot := make(map[int32]*cluster, len(s.forms))
	for di, refs := range s.docs {
		for mi, ref := range refs {
			if ref.target < 0 {
				continue
			}
			root := s.find(ref.target)
			c := byRoot[root]
			if c == nil {
				c = &cluster{root: root}
				byRoot[root] = c
			}
			c.counts.add(ref.name, s.weight(di, mi))
			if l := s.langs[di][mi]; l != "" && !slices.Contains(c.langs, l) {
				c.langs = append(c.langs, l)
			}
		}
	}
	clusters := make([]*cluster, 0, len(byRoot))
	for _, c := range byRoot {
		s.describe(c)
		clusters = append(clusters, c)
	}
	assignIDs(s, clusters)
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
		if ja := bestName(&c.counts, isJapaneseName, e.Type); ja != "" {
			e.Names["ja"] = ja
		}
	}
	if e.Names["en"] == "" {
		e.Names["en"] = bestName(&c.counts, func(s string) bool { return !isJapaneseName(s) }, e.Type)
	}
	if e.Names["en"] == "" {
		e.Names["en"] = e.Names["ja"] // no English name known: show the Japanese one
	}
	if acr := habitualAcronym(&c.counts); acr != "" && e.Type == Organization {
		e.Names["en"] = acr
	}
	e.Aliases = make([]string, len(c.counts.names))
	for i, nc := range c.counts.names {
		e.Aliases[i] = nc.name
	}
	sort.Strings(e.Aliases)
	e.Langs = c.langs
	sort.Strings(e.Langs)
	e.Outlet = e.Type == Organization && (entry != nil && entry.Subtype == "media" || s.r.anyOutlet(e.Aliases))
	for _, a := range e.Aliases {
		e.MarkedSource = e.MarkedSource || s.r.sources[gazetteer.Normalize(a)]
	}
	if g, ok := s.gazNodes[entry]; ok && entry != nil && s.byContext[g] {
		e.Anchor = entry.Name
	}
	if s.ambiguous[c.root] {
		e.Anchor = AmbiguousSurname
	}
	e.ID = s.r.entityID(e.Type, e.Names["en"])
	c.entity = e
}

// bestName picks the display name among the surfaces that keep: a full form
// (several words, three or more kanji, or not an acronym for organisations)
// before a short one, then
// the most frequent, then the longest, then the first in byte order.
func bestName(counts *nameCounts, keep func(string) bool, t Type) string {
	best, bestFull, bn := "", false, 0
	for _, nc := range counts.names {
		name, n := nc.name, nc.n
		if !keep(name) {
			continue
		}
		full := len(nameTokens(name)) > 1 || (t != Person && !gazetteer.IsAcronym(name)) ||
			(isKanjiName(name) && utf8.RuneCountInString(name) >= 3)
		if best != "" {
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
		best, bestFull, bn = name, full, n
	}
	return best
}

// habitualAcronym returns the acronym an organisation is named by at least
// as often as by any full English or Japanese name of it (NATO, USAID: the
// name a reader knows it by), or "". A word in capitals from a page's
// banner (YOMIURI, beside 読売新聞) is no such name.
func habitualAcronym(counts *nameCounts) string {
	acr, acrN, fullN := "", 0, 0
	for _, nc := range counts.names {
		switch {
		case isJapaneseName(nc.name):
			fullN = max(fullN, nc.n)
		case !hasLatin(nc.name):
		case gazetteer.IsAcronym(nc.name) && utf8.RuneCountInString(nc.name) >= 2:
			if nc.n > acrN || nc.n == acrN && nc.name < acr {
				acr, acrN = nc.name, nc.n
			}
		default:
			fullN = max(fullN, nc.n)
		}
	}
	if acrN < 2 || acrN < fullN {
		return ""
	}
	return acr
}

// entityID returns the ID of an entity of type t named name in English,
// cached like readings: the same entities recur in document after document.
func (r *Resolver) entityID(t Type, name string) string {
	k := surfaceKey{t, name}
	if id, ok := r.ids.get(k); ok {
		return id
	}
	id := strings.ToLower(string(t)) + "/" + slug(name)
	r.ids.put(k, id)
	return id
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

// assignIDs makes IDs unique: among clusters whose IDs collide, the one
// with the most mentions keeps it (a link to person/donald-trump leads to
// the Trump of 856 mentions, not to a stray "Donald) Trump" of 5), and the
// others get -2, -3, … by mentions, then in signature order.
func assignIDs(s *resolution, clusters []*cluster) {
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
		sigs := make(map[*cluster]string, len(group))
		ns := make(map[*cluster]int, len(group))
		for _, c := range group {
			sigs[c] = c.sig(s)
			ns[c] = c.mentions()
		}
		sort.Slice(group, func(i, j int) bool {
			if ns[group[i]] != ns[group[j]] {
				return ns[group[i]] > ns[group[j]]
			}
			return sigs[group[i]] < sigs[group[j]]
		})
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
