// Package gazetteer knows the names of countries, regions, cities,
// international organisations and prominent people of international news, in
// English and Japanese, so that extractors can type a name and the resolver can
// link "NATO" to 北大西洋条約機構 and キエフ to Kyiv.
//
// The data is compiled by `go run ./entities/gazetteer/gen` from openly
// licensed tables (see SOURCES.md) plus the curated table curated.tsv, and
// embedded as gazetteer.tsv.gz. It is parsed once, on first use, and never
// changes afterwards, so a *Gazetteer is safe for concurrent use.
//
// Names match in two ways. Ordinary names and aliases match after Normalize
// (NFKC, case folding, diacritics removed): "kyiv", "KYIV" and "Kyïv" are the
// same key. Codes (ISO "UA", "UKR"), one-character abbreviations (米, 露) and
// demonyms ("Ukrainian") match only with their exact case, and are weak
// evidence: Lookup ignores them, Match reports them with Weak set. All-caps
// acronyms ("NATO", "U.S.") are strong but case-sensitive, so that the
// pronoun "us" is not the United States.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The entity types of entries, spelled as entities.Type (this package cannot
// import entities, which imports it).
const (
	Person       = "PERSON"
	Location     = "LOCATION"
	Organization = "ORGANIZATION"
)

// Entry is one known entity.
type Entry struct {
	Name     string            // canonical English name
	Type     string            // PERSON, LOCATION or ORGANIZATION (an entities.Type)
	Subtype  string            // country, territory, capital, city, region, intl-org, head-of-state, official, …
	Names    map[string]string // display name per language: "en" always, "ja" when known
	Aliases  []string          // other strong surface forms, English and Japanese, display Japanese name first among Japanese
	Codes    []string          // case-sensitive weak forms: ISO codes, one-kanji abbreviations (米)
	Demonyms []string          // case-sensitive weak forms: "Ukrainian"
	Curated  bool              // from the curated table, the most trusted source
	// CommonWord marks a place whose name is also an everyday English word
	// ("Reading", "Of"): Lookup does not return it, Match returns it as weak.
	CommonWord bool
}

// JapaneseNames returns the entry's names written in Japanese script, the
// display name first.
func (e *Entry) JapaneseNames() []string {
	var out []string
	for _, a := range e.Aliases {
		if HasJapanese(a) {
			out = append(out, a)
		}
	}
	return out
}

// Match is an entry found for a surface form, with the strength of the evidence.
type Match struct {
	Entry *Entry
	// Weak is set when the surface matched a code, a demonym or the name of a
	// CommonWord place: evidence that needs context to be trusted.
	Weak bool
}

// Gazetteer is an immutable index of entries.
type Gazetteer struct {
	entries  []*Entry              // in order of trust: curated, countries, territories, capitals, organisations, regions, cities
	folded   map[string][]int32    // Normalize(name) -> entry indices, ascending
	exact    map[string][]exactRef // NFKC surface -> entries, for case-sensitive forms
	demonyms map[string]int32      // exact demonym -> most trusted entry
}

type exactRef struct {
	entry int32
	weak  bool
}

//go:embed gazetteer.tsv.gz
var compiled []byte

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the built-in gazetteer, parsed on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(compiled))
		if err != nil {
			panic(fmt.Sprintf("gazetteer: embedded data: %v", err))
		}
		g, err := Parse(zr)
		if err != nil {
			panic(fmt.Sprintf("gazetteer: embedded data: %v", err))
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Parse reads a compiled gazetteer: one entry per line, tab-separated fields
// name, type, subtype, flags, Japanese names, aliases, codes, demonyms (lists
// separated by "|"; flags "c" curated, "w" common word). Entries are expected in
// order of trust. Lines starting with "#" are comments.
func Parse(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{
		folded:   make(map[string][]int32),
		exact:    make(map[string][]exactRef),
		demonyms: make(map[string]int32),
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("line %d: %d fields, want 8", line, len(f))
		}
		e := &Entry{
			Name:       f[0],
			Type:       f[1],
			Subtype:    f[2],
			Curated:    strings.Contains(f[3], "c"),
			CommonWord: strings.Contains(f[3], "w"),
			Names:      map[string]string{"en": f[0]},
		}
		switch e.Type {
		case Person, Location, Organization:
		default:
			return nil, fmt.Errorf("line %d: unknown type %q", line, e.Type)
		}
		ja := splitList(f[4])
		if len(ja) > 0 {
			e.Names["ja"] = ja[0]
		}
		e.Aliases = append(ja, splitList(f[5])...)
		e.Codes = splitList(f[6])
		e.Demonyms = splitList(f[7])
		g.add(e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return g, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (g *Gazetteer) add(e *Entry) {
	i := int32(len(g.entries))
	g.entries = append(g.entries, e)
	for _, s := range append([]string{e.Name}, e.Aliases...) {
		if IsAcronym(s) {
			g.addExact(norm.NFKC.String(s), i, false)
			continue
		}
		k := Normalize(s)
		if k == "" {
			continue
		}
		if l := g.folded[k]; len(l) == 0 || l[len(l)-1] != i {
			g.folded[k] = append(l, i)
		}
	}
	for _, s := range e.Codes {
		g.addExact(norm.NFKC.String(s), i, true)
	}
	for _, s := range e.Demonyms {
		s = norm.NFKC.String(s)
		g.addExact(s, i, true)
		if _, ok := g.demonyms[s]; !ok {
			g.demonyms[s] = i
		}
	}
}

func (g *Gazetteer) addExact(s string, i int32, weak bool) {
	l := g.exact[s]
	for j := range l {
		if l[j].entry == i {
			l[j].weak = l[j].weak && weak
			return
		}
	}
	g.exact[s] = append(l, exactRef{i, weak})
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries returns all entries in order of trust. The slice is a copy; the
// entries are shared and must not be modified.
func (g *Gazetteer) Entries() []*Entry {
	return append([]*Entry(nil), g.entries...)
}

// Lookup returns the entries that surface names with strong evidence, most
// trusted first: a name or alias (case-insensitive) or an acronym (exact
// case). Codes, demonyms and CommonWord places are left out; use Match for them.
func (g *Gazetteer) Lookup(surface string) []*Entry {
	var out []*Entry
	for _, m := range g.Match(surface) {
		if !m.Weak {
			out = append(out, m.Entry)
		}
	}
	return out
}

// Match returns every entry that surface may name, most trusted first, with
// the strength of each match.
func (g *Gazetteer) Match(surface string) []Match {
	s := strings.TrimSpace(surface)
	if !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	ex := g.exact[s]
	var fo []int32
	if !IsAcronym(s) {
		fo = g.folded[Normalize(s)]
	}
	if len(ex) == 0 && len(fo) == 0 {
		return nil
	}
	// Merge the two ascending lists; an entry reached both ways is strong if either way is.
	type hit struct {
		i    int32
		weak bool
	}
	hits := make([]hit, 0, len(ex)+len(fo))
	for _, r := range ex {
		hits = append(hits, hit{r.entry, r.weak})
	}
	for _, i := range fo {
		hits = append(hits, hit{i, g.entries[i].CommonWord})
	}
	if len(ex) > 0 && len(fo) > 0 {
		sort.Slice(hits, func(a, b int) bool {
			if hits[a].i != hits[b].i {
				return hits[a].i < hits[b].i
			}
			return !hits[a].weak && hits[b].weak
		})
	}
	out := make([]Match, 0, len(hits))
	for k, h := range hits {
		if k > 0 && hits[k-1].i == h.i {
			continue
		}
		out = append(out, Match{Entry: g.entries[h.i], Weak: h.weak})
	}
	return out
}

// Demonym returns the place whose people or adjective word is ("Ukrainian",
// "Japanese"), matched with exact case. When several places share a demonym
// ("American"), the most trusted wins: a country before a territory.
func (g *Gazetteer) Demonym(word string) (*Entry, bool) {
	i, ok := g.demonyms[norm.NFKC.String(strings.TrimSpace(word))]
	if !ok {
		return nil, false
	}
	return g.entries[i], true
}

// Normalize returns the case-insensitive key of a name: NFKC, lower case,
// diacritics removed, curly apostrophes straightened, runs of spaces
// collapsed, a leading "the " dropped; in Japanese script the word separators
// ・ and = and spaces are removed, since writers use them inconsistently
// (マイク・ベンツ, マイクベンツ).
func Normalize(s string) string {
	if isASCII(s) {
		return normalizeASCII(s)
	}
	s = norm.NFKC.String(s)
	ja := HasJapanese(s)
	decomposed := s
	if !ja {
		decomposed = norm.NFD.String(s) // to drop diacritics; Japanese keeps its dakuten
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range decomposed {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case ja && (r == '・' || r == '=' || r == '゠' || r == '･'):
			continue
		}
		if space && !ja {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	k := b.String()
	if !ja {
		k = norm.NFC.String(k)
	}
	return strings.TrimPrefix(k, "the ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalizeASCII is Normalize for ASCII text, which is already in every
// normal form: lower case and collapsed spaces only.
func normalizeASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	k := string(b)
	return strings.TrimPrefix(k, "the ")
}

// IsAcronym reports whether s is written like an acronym ("NATO", "U.S.",
// "G7"): no lower-case letter, at least one upper-case letter, at most eight
// characters. Acronyms are matched with exact case.
func IsAcronym(s string) bool {
	if utf8.RuneCountInString(s) > 8 {
		return false
	}
	upper := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r) || r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return upper
}

// HasJapanese reports whether s contains kana or kanji.
func HasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}
