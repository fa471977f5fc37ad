package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chronograph/chronograph/entities/namedict"
	"github.com/chronograph/chronograph/entities/translit"
)

// A name that entity resolution did not link can still show that two
// reports name one place, organisation or person: the same slug but for a
// number the resolver added (port-vila, port-vila-2), a one-word name
// inside a longer one (kakhovka, nova-kakhovka), or a katakana name that
// sounds like a Latin one (カホフカ・ダム, Kakhovka), which the resolver left
// alone because, across the whole corpus, it was not sure enough. Between
// two reports of one day that already agree on little else, it is surer.
//
// softName is what the comparison reads of one entity id.
type softName struct {
	id     string
	num    int32   // the id's number in the index (idNumbers)
	weight float64 // the entity's kind's weight (personWeight, …)
	base   string  // Latin slug without a trailing number, "" for a katakana name
	tokens []string
	keys   []string // sound keys: of each Latin token, or of each prefix of each katakana run
	ja     bool
	// kanji is a person's name written in kanji alone: the Japanese
	// tagger cuts or extends such names (安倍晋 for 安倍晋三, 尹錫悦前 with
	// the 前 of "former"), and one report names a person by the surname
	// alone (安倍元首相), so two of one day whose one is the start of the
	// other are one person.
	kanji string
	// roma are the romanisations of a kanji name (kanjiRomaji), each as
	// its words, or, for a Latin person's name (roman), its own words: a
	// kanji name is not a transliteration, so it meets the Latin name of
	// the other report through the dictionary (安倍 Abe, shinzo-abe).
	roma  [][]string
	roman bool // a Latin person's name, compared with kanji names alone
	// posting are its posting keys (softKeys), made once per name (add)
	// rather than for each report naming it.
	posting []string
}

// softNames keeps the soft name of each entity id, or none.
type softNames map[string]*softName

// add appends the soft names of ids (entities of one kind) to out, each
// with its number in nums, computed once per id when m is not nil (m then
// is always given the same nums).
func (m softNames) add(out []softName, ids []string, weight float64, onlyJa bool, nums idNumbers) []softName {
	for _, id := range ids {
		s, ok := m[id]
		if !ok {
			if one := newSoftNames([]string{id}, weight, nil, onlyJa); len(one) == 1 {
				s = &one[0]
				s.num = nums[id]
				s.posting = softKeys(s)
			}
			if m != nil {
				m[id] = s
			}
		}
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}

// maxSoftTokens is the most words a Latin name may have for one of its
// words to stand for it: "nova-kakhovka" holds "kakhovka", but
// "ministry-of-defence-of-russia" is not "russia".
const maxSoftTokens = 3

// softDistance is the most unlike (translit.KeyDistance) a katakana name and
// a Latin word may sound to be one name: ケロッグ and Kellogg score 0, 0.3 a
// symbol is unrelated; the resolver links at 0.2 across a whole corpus.
const softDistance = 0.3

// newSoftNames appends the soft names of ids, entities of one kind, to out;
// with onlyJa, only their katakana names (people: the resolver links Latin
// names of people well, and a person's surname alone is no place's name).
func newSoftNames(ids []string, weight float64, out []softName, onlyJa bool) []softName {
	for _, id := range ids {
		name := id[strings.LastIndexByte(id, '/')+1:]
		s := softName{id: id, weight: weight}
		if onlyJa && weight == personWeight && allKanji(name) && utf8.RuneCountInString(name) >= 2 {
			s.kanji = name
			s.roma = kanjiRomaji(name)
			out = append(out, s)
			continue
		}
		if onlyJa && weight == personWeight && isSlug(name) {
			s.roman = true
			s.roma = [][]string{romaWords(name, true)}
			out = append(out, s)
			continue
		}
		if runs := katakanaRuns(name); len(runs) > 0 {
			s.ja = true
			for _, run := range runs {
				r := []rune(run)
				for n := 3; n <= len(r); n++ {
					s.keys = append(s.keys, translit.Key(string(r[:n])))
				}
			}
		} else if !onlyJa && isSlug(name) {
			s.base = strings.TrimRight(strings.TrimRight(name, "0123456789"), "-")
			if i := strings.LastIndexByte(s.base, '-'); i > 0 && adminSuffixes[s.base[i+1:]] {
				s.base = s.base[:i] // nara-shi, the romanised 奈良市, is Nara
			}
			for _, t := range strings.Split(s.base, "-") {
				if len(t) >= 4 {
					s.tokens = append(s.tokens, t)
					s.keys = append(s.keys, translit.Key(t))
				}
			}
		}
		if s.base != "" || len(s.keys) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// adminSuffixes are the romanised suffixes of Japanese administrative
// units that a place's slug may end in (奈良市 nara-shi, 石川県
// ishikawa-ken, 墨田区 sumida-ku) where the English name has none.
var adminSuffixes = map[string]bool{"shi": true, "ken": true, "ku": true, "cho": true, "machi": true, "mura": true, "gun": true, "fu": true}

// isSlug reports whether name is a Latin slug: lower-case letters, digits
// and hyphens.
func isSlug(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return name != ""
}

// katakanaRuns returns the runs of three or more katakana in s
// (ウクライナ南部ヘルソン州: ウクライナ, ヘルソン), a middle dot or a long
// vowel mark inside a run kept.
func katakanaRuns(s string) []string {
	var out []string
	var run []rune
	flush := func() {
		if len(run) >= 3 {
			out = append(out, string(run))
		}
		run = run[:0]
	}
	for _, r := range s {
		if unicode.Is(unicode.Katakana, r) || r == 'ー' {
			run = append(run, r)
			continue
		}
		if r == '・' && len(run) > 0 {
			continue // カホフカ・ダム reads as one run
		}
		flush()
	}
	flush()
	return out
}

// softLike reports whether two entity names of reports that do not share
// their ids are one name by the rules above.
func softLike(a, b *softName) bool {
	switch {
	case a.roman || b.roman:
		return a.kanji != "" && b.roman && romajiLike(a.roma, b.roma[0]) || b.kanji != "" && a.roman && romajiLike(b.roma, a.roma[0])
	case a.kanji != "" || b.kanji != "":
		return a.kanji != "" && b.kanji != "" && (strings.HasPrefix(a.kanji, b.kanji) || strings.HasPrefix(b.kanji, a.kanji))
	case a.ja && b.ja:
		return false // two katakana names the resolver kept apart
	case a.ja || b.ja:
		ja, en := a, b
		if b.ja {
			ja, en = b, a
		}
		if len(en.tokens) > maxSoftTokens {
			return false
		}
		for _, jk := range ja.keys {
			for _, ek := range en.keys {
				// Keys that begin with unlike sounds or differ much in length
				// are far apart: the edit distance is not worth computing.
				if len(jk) < 4 || len(ek) < 4 || translit.SoundClass(jk[0]) != translit.SoundClass(ek[0]) ||
					4*len(jk) < 3*len(ek) || 4*len(ek) < 3*len(jk) {
					continue
				}
				if translit.KeyDistance(jk, ek) <= softDistance {
					return true
				}
			}
		}
		return false
	case a.base == b.base:
		return true
	}
	return oneWordIn(a, b) || oneWordIn(b, a)
}

// likeCache keeps softLike's answers for the pairs of a katakana name and
// a Latin one of one index, by their numbers (softName.num): those are the
// pairs it compares by sound (translit.KeyDistance, for each of their
// keys), and the same few names meet again and again. A finish adding 1%
// to 100,000 generated documents compares 1.3 million such pairs, of 31,000
// names.
type likeCache struct{ m map[[2]int32]bool }

// like is softLike(a, b), taken from c or kept there when a and b are a
// katakana name and a Latin one; c nil keeps nothing.
func (c *likeCache) like(a, b *softName) bool {
	if c == nil || a.ja == b.ja || a.roman || b.roman || a.kanji != "" || b.kanji != "" {
		return softLike(a, b)
	}
	k := [2]int32{a.num, b.num}
	v, ok := c.m[k]
	if !ok {
		v = softLike(a, b)
		c.m[k] = v
	}
	return v
}

// oneWordIn reports whether a is a one-word name of five letters or more
// that is a word of b, a name of a few words.
func oneWordIn(a, b *softName) bool {
	if len(a.tokens) != 1 || a.tokens[0] != a.base || len(a.base) < 5 || len(b.tokens) > maxSoftTokens {
		return false
	}
	for _, t := range b.tokens {
		if t == a.base {
			return true
		}
	}
	return false
}

// softShared returns the weight of the names of a and b that are one name
// by softLike and whose ids the other report does not name, matched one to
// one, and how many of the matched names on each side are people.
func softShared(a, b *features) (weight float64, peopleA, peopleB int) {
	kanji := a.softKanji && b.softKanji && sharesKanjiKey(a.softKeys, b.softKeys)
	roman := a.softKanji && b.softRoman || a.softRoman && b.softKanji
	if !(a.softJa && b.softLatin || a.softLatin && b.softJa || a.softWords && b.softLatin || a.softLatin && b.softWords || kanji || roman) {
		return 0, 0, 0
	}
	like := a.like
	if like != b.like {
		like = nil
	}
	// taken[j]: b's name j is one a names by its id, or matched already;
	// worked out once a name of a is to be matched, not once per pair of
	// names (features.names searches four lists).
	var buf [16]bool
	var taken []bool
	for i := range a.soft {
		x := &a.soft[i]
		if b.names(x.num) {
			continue
		}
		if taken == nil {
			taken = buf[:0]
			for j := range b.soft {
				taken = append(taken, a.names(b.soft[j].num))
			}
		}
		for j := range b.soft {
			y := &b.soft[j]
			if taken[j] || !like.like(x, y) {
				continue
			}
			taken[j] = true
			weight += min(x.weight, y.weight)
			if x.weight == personWeight {
				peopleA++
			}
			if y.weight == personWeight {
				peopleB++
			}
			break
		}
	}
	return weight, peopleA, peopleB
}

// softKeys returns a name's posting keys, which let two reports whose names
// may be one name by softLike be compared at all (made once per name:
// softNames.add), chosen to add few pairs: a Latin
// name with a number added stands also under the id without it
// (location/port-vila-2 under location/port-vila), a name of two or three
// words under each of its long words as an id of each kind
// (organization/nova-kakhovka under location/kakhovka, …). A katakana name
// has none: it is compared with the Latin names of the reports that share
// another name with its report (soft names link across scripts only then).
func softKeys(s *softName) []string {
	var out []string
	if s.kanji != "" {
		// Filed under its first two kanji: 安倍 and 安倍晋 meet; and
		// under the ids its full romanisations would have, in either
		// order: 岸田文雄 (Kishida Fumio) meets person/fumio-kishida.
		out = append(out, kanjiKey+string([]rune(s.kanji)[:2]))
		for _, g := range s.roma {
			if len(g) >= 2 {
				out = append(out, "person/"+strings.Join(g, "-"))
			}
			if len(g) == 2 {
				out = append(out, "person/"+g[1]+"-"+g[0])
			}
		}
		return out
	}
	if s.ja || s.roman {
		return out
	}
	slash := strings.LastIndexByte(s.id, '/')
	if s.base != s.id[slash+1:] {
		out = append(out, s.id[:slash+1]+s.base)
	}
	if len(s.tokens) < 2 || len(s.tokens) > maxSoftTokens {
		return out
	}
	for _, t := range s.tokens {
		if len(t) >= 5 {
			for _, kind := range softKinds {
				out = append(out, kind+t)
			}
		}
	}
	return out
}

// kanjiKey starts the posting key of a kanji name (softKeys).
const kanjiKey = "person/kanji:"

// sharesKanjiKey reports whether two reports' sorted soft keys have a
// kanji name's key in common: only then can their kanji names be one.
func sharesKanjiKey(a, b []string) bool {
	i, _ := slices.BinarySearch(a, kanjiKey)
	j, _ := slices.BinarySearch(b, kanjiKey)
	for i < len(a) && j < len(b) && strings.HasPrefix(a[i], kanjiKey) && strings.HasPrefix(b[j], kanjiKey) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// allKanji reports whether s is written in kanji alone.
func allKanji(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// softKinds are the kinds of entity ids (entities.Entity.ID) a one-word name
// of a longer one may be filed under.
var softKinds = []string{"person/", "organization/", "location/"}

// kanjiRomaji returns the romanisations the name dictionary (namedict,
// ENAMDICT) gives a kanji name, each as its words (romaWords, not
// folded): of the name itself, else of its longest start that the
// dictionary knows, of two kanji or more (大谷翔平, cut or not by the tagger,
// as 大谷: Ootani, …). A gloss after a comma describes ("Moon Jae-in ,
// President of South Korea") and is left out.
func kanjiRomaji(name string) [][]string {
	r := []rune(name)
	for n := len(r); n >= 2; n-- {
		glosses := namedict.Default().Lookup(string(r[:n]))
		if len(glosses) == 0 {
			continue
		}
		var out [][]string
		for _, g := range glosses {
			en, _, _ := strings.Cut(g.English, ",")
			if w := romaWords(en, false); len(w) > 0 && len(w) <= 4 {
				out = append(out, w)
			}
		}
		return out
	}
	return nil
}

// romaWords returns the lower-cased words of a Latin name (a slug or a
// gloss), diacritics removed (Shinzō: shinzo); with fold, long vowels are
// written one way (foldLong), as romanisations differ in them.
func romaWords(s string, fold bool) []string {
	var out []string
	for _, w := range strings.FieldsFunc(norm.NFD.String(strings.ToLower(s)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z') && !unicode.Is(unicode.Mn, r)
	}) {
		w = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Mn, r) {
				return -1
			}
			return r
		}, w)
		if w == "" {
			continue
		}
		if fold {
			w = foldLong(w)
		}
		out = append(out, w)
	}
	return out
}

// foldLong writes a romanised word's long vowels one way: Ootani, Ōtani,
// Ohtani and Outani are otani; Shouhei is shohei.
func foldLong(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		if b.Len() > 0 {
			p := b.String()[b.Len()-1]
			next := byte(0)
			if i+1 < len(w) {
				next = w[i+1]
			}
			switch {
			case c == p && strings.IndexByte("aiueo", c) >= 0: // oo, uu
				continue
			case p == 'o' && c == 'u': // ou
				continue
			case p == 'o' && c == 'h' && strings.IndexByte("aiueoy", next) < 0: // Ohtani, not Kohei
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// romajiLike reports whether a romanisation of a kanji name (glosses, not
// folded) has all its words among the Latin name's (latin, folded): 安倍
// (Abe) is shinzo-abe, 岸田文雄 (Kishida Fumio) fumio-kishida, 大谷 (Ootani)
// shohei-ohtani; or whether the Latin name, of two words or more, is the
// romanisation's start, as the English tagger cuts a hyphenated given name
// (潘基文, Ban Ki-Moon, and ban-ki).
func romajiLike(glosses [][]string, latin []string) bool {
	for _, g := range glosses {
		all := true
		for _, w := range g {
			if !slices.Contains(latin, foldLong(w)) {
				all = false
				break
			}
		}
		if all || len(latin) >= 2 && len(latin) < len(g) && cutOf(g, latin) {
			return true
		}
	}
	return false
}

// cutOf reports whether latin (folded) is the start of gloss (not folded).
func cutOf(gloss, latin []string) bool {
	for i, w := range latin {
		if foldLong(gloss[i]) != w {
			return false
		}
	}
	return true
}
