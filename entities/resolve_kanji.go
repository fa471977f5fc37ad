package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/gazetteer"
	"github.com/chronograph/chronograph/entities/namedict"
)

// linkKanjiNames links a name written in kanji (能登半島, 日本航空, 羽田, 安倍晋三)
// to its English twin in the corpus (Noto Peninsula, Japan Airlines, Haneda,
// Shinzo Abe): kanji names are not transliterations, so only a dictionary
// (namedict, from ENAMDICT) knows that 羽田 is read Haneda. The dictionary
// proposes, the corpus decides: a kanji name links only to an English name
// of the same type that the corpus contains and that matches one of the
// dictionary's glosses of the name's kind — a place or station gloss for a
// LOCATION, a company or organisation gloss for an ORGANIZATION, a full
// name for a PERSON — and only when exactly one entity of the
// corpus matches (福島 glosses Fukushima and Fukujima; a corpus with both
// leaves it alone). A gloss matches a name with the same words once long
// vowels are folded (Shinzō, Ootani and Ohtani are Shinzo, Otani), in any
// order for a person (Ishiba Shigeru is Shigeru Ishiba); failing that,
// without the words that only say what kind of place or company it is
// (Ishikawa Prefecture, Haneda Airport, Toshiba Corporation). Names whose
// entity already has an English name are left alone.
//
// A surname alone is not linked: kanji surnames have many readings and
// readings many surnames (小田 is Oda or Koda, 阿部 and 安倍 are both Abe),
// and on the real-news corpus two of the four surname links it made were
// wrong. A surname joins its full name in the corpus (linkAcrossCorpus), and
// the full name its English twin.
func (s *resolution) linkKanjiNames() {
	if s.r.opts.NoNameDict {
		return
	}
	type kanjiName struct {
		node int32
		name string
	}
	var kanji []kanjiName
	seen := map[int32]bool{}
	latinRoot := map[int32]bool{}
	for _, refs := range s.docs {
		for _, ref := range refs {
			if ref.target < 0 {
				continue
			}
			root := s.find(ref.target)
			switch {
			case hasLatin(ref.name):
				latinRoot[root] = true
			case namedict.HasKanji(ref.name) && s.nodes[ref.target].form != nil && !seen[ref.target]:
				seen[ref.target] = true
				kanji = append(kanji, kanjiName{ref.target, ref.name})
			}
		}
	}
	wanted := false
	for _, k := range kanji {
		if !latinRoot[s.find(k.node)] {
			wanted = true
			break
		}
	}
	if !wanted {
		return
	}
	idx := s.englishNameIndex()
	dict := s.r.opts.NameDict
	if dict == nil {
		dict = namedict.Default()
	}
	sort.Slice(kanji, func(a, b int) bool { return s.nodes[kanji[a].node].key < s.nodes[kanji[b].node].key })
	for _, k := range kanji {
		root := s.find(k.node)
		if latinRoot[root] {
			continue
		}
		t := s.nodes[root].typ
		if to, ok := idx.match(t, kanjiGlosses(dict, t, k.name)); ok && s.union(k.node, to) {
			latinRoot[s.find(k.node)] = true
		}
	}
}

// englishIndex finds the entities of the corpus by the keys of their
// English names.
type englishIndex struct {
	exact, loose map[string]map[int32]bool // type + "\x00" + key -> roots
	find         func(int32) int32
}

func addRoot(m map[string]map[int32]bool, k string, root int32) {
	if m[k] == nil {
		m[k] = map[int32]bool{}
	}
	m[k][root] = true
}

// englishNameIndex indexes every English (Latin-script) name of the corpus.
func (s *resolution) englishNameIndex() *englishIndex {
	idx := &englishIndex{exact: map[string]map[int32]bool{}, loose: map[string]map[int32]bool{},
		find: s.find}
	for _, refs := range s.docs {
		for _, ref := range refs {
			if ref.target < 0 || !hasLatin(ref.name) {
				continue
			}
			root := s.find(ref.target)
			t := s.nodes[root].typ
			words := romanWords(ref.name)
			if len(words) == 0 {
				continue
			}
			addRoot(idx.exact, romanKey(t, words), root)
			if lw := looseWords(t, words); len(lw) > 0 {
				addRoot(idx.loose, romanKey(t, lw), root)
			}
		}
	}
	return idx
}

// match returns the one entity whose English name one of a name's glosses
// (each as its words) names, trying the glosses' exact words first, then
// their loose words.
func (idx *englishIndex) match(t Type, glosses [][]string) (int32, bool) {
	for _, loose := range []bool{false, true} {
		m := idx.exact
		if loose {
			m = idx.loose
		}
		roots := map[int32]bool{}
		for _, words := range glosses {
			if loose {
				if words = looseWords(t, words); len(words) == 0 {
					continue
				}
			}
			for r := range m[romanKey(t, words)] {
				roots[idx.find(r)] = true
			}
		}
		for r := range roots {
			return r, len(roots) == 1
		}
	}
	return -1, false
}

// kanjiGlosses returns the dictionary's glosses of a kanji name of type t,
// in the kinds that type allows, each as its words. A place not in the dictionary as written
// is looked up without its prefecture (石川県能登地方 → 能登地方) and without
// the word that says what kind of place it is (能登地方 → 能登, 輪島市 → 輪島);
// an organisation without its company form (株式会社).
func kanjiGlosses(d *namedict.Dict, t Type, name string) [][]string {
	var kinds []string
	switch t {
	case Location:
		kinds = []string{namedict.Place, namedict.Station}
	case Organization:
		kinds = []string{namedict.Company, namedict.Organization}
	case Person:
		kinds = []string{namedict.FullName}
	}
	var out [][]string
	for _, cand := range kanjiVariants(t, name) {
		for _, g := range d.Lookup(cand) {
			for _, k := range kinds {
				if g.Has(k) {
					out = append(out, romanWords(g.English))
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// placeSuffixes are the kanji words after a Japanese place name that say
// what kind of place it is.
var placeSuffixes = []string{"地方", "地域", "市", "区", "町", "村", "県", "府", "都", "郡"}

// kanjiVariants are the forms of a kanji name to look up, in order.
func kanjiVariants(t Type, name string) []string {
	out := []string{name}
	switch t {
	case Organization:
		if n := stripCompany(name); n != name {
			out = append(out, n)
		}
	case Location:
		if i := strings.IndexAny(name, "都道府県"); i > 0 {
			_, size := utf8.DecodeRuneInString(name[i:])
			if rest := name[i+size:]; utf8.RuneCountInString(rest) >= 2 && utf8.RuneCountInString(name[:i]) >= 2 {
				out = append(out, rest)
			}
		}
		for _, n := range out {
			for _, suf := range placeSuffixes {
				if stem, ok := strings.CutSuffix(n, suf); ok && utf8.RuneCountInString(stem) >= 2 {
					out = append(out, stem)
					break
				}
			}
		}
	}
	return out
}

// romanWords returns the words of a romanised or English name, lower case,
// without diacritics or punctuation, with the long vowels of Japanese
// romanisations folded (ō, ou, oo and oh before a consonant are o; ū and uu
// are u), so that Shinzō, Shinzou and Shinzo are one word.
func romanWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(gazetteer.Normalize(name), func(r rune) bool {
		return r == ' ' || r == '-' || r == '/' || r == ','
	}) {
		var b strings.Builder
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		if w := foldLongVowels(b.String()); w != "" && w != "the" {
			out = append(out, w)
		}
	}
	return out
}

func foldLongVowels(w string) string {
	w = strings.NewReplacer("ou", "o", "oo", "o", "uu", "u").Replace(w)
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if w[i] == 'h' && i > 0 && w[i-1] == 'o' && i+1 < len(w) && !strings.ContainsRune("aeiouy", rune(w[i+1])) {
			continue // Ohtani, Ohno: the h lengthens the o
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// kindWords are the English words that say what kind of place or
// organisation a name is, not which: Ishikawa Prefecture is Ishikawa.
var kindWords = map[Type]map[string]bool{
	Location:     foldedSet(`city prefecture ward town village district region island islands peninsula airport station province county`),
	Organization: foldedSet(`corporation corp company co inc ltd limited group holdings`),
}

func foldedSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[foldLongVowels(w)] = true
	}
	return out
}

// looseWords drops the kind words of a place's or organisation's name; nil
// for a person, or when nothing else is left.
func looseWords(t Type, words []string) []string {
	kw := kindWords[t]
	if kw == nil {
		return nil
	}
	var out []string
	for _, w := range words {
		if !kw[w] {
			out = append(out, w)
		}
	}
	return out
}

// romanKey is the index key of a name's words: a person's in any order,
// a place's or organisation's run together, as romanisations and English
// names split words differently (Japan Air Lines, Japan Airlines).
func romanKey(t Type, words []string) string {
	if t == Person {
		words = append([]string(nil), words...)
		sort.Strings(words)
		return string(t) + "\x00" + strings.Join(words, " ")
	}
	return string(t) + "\x00" + strings.Join(words, "")
}
