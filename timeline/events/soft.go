package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
}

// softNames keeps the soft name of each entity id, or none.
type softNames map[string]*softName

// add appends the soft names of ids (entities of one kind) to out, computed
// once per id when m is not nil.
func (m softNames) add(out []softName, ids []string, weight float64, onlyJa bool) []softName {
	for _, id := range ids {
		s, ok := m[id]
		if !ok {
			if one := newSoftNames([]string{id}, weight, nil, onlyJa); len(one) == 1 {
				s = &one[0]
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
	if !(a.softJa && b.softLatin || a.softLatin && b.softJa || a.softWords && b.softLatin || a.softLatin && b.softWords || kanji) {
		return 0, 0, 0
	}
	var used []bool
	for i := range a.soft {
		x := &a.soft[i]
		if b.names(x.id) {
			continue
		}
		for j := range b.soft {
			y := &b.soft[j]
			if used != nil && used[j] || a.names(y.id) || !softLike(x, y) {
				continue
			}
			if used == nil {
				used = make([]bool, len(b.soft))
			}
			used[j] = true
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

// softKeys are the posting keys that let two reports whose names may be one
// name by softLike be compared at all, chosen to add few pairs: a Latin
// name with a number added stands also under the id without it
// (location/port-vila-2 under location/port-vila), a name of two or three
// words under each of its long words as an id of each kind
// (organization/nova-kakhovka under location/kakhovka, …). A katakana name
// has none: it is compared with the Latin names of the reports that share
// another name with its report (soft names link across scripts only then).
func softKeys(names []softName) []string {
	var out []string
	for i := range names {
		s := &names[i]
		if s.kanji != "" {
			// Filed under its first two kanji: 安倍 and 安倍晋 meet.
			out = append(out, kanjiKey+string([]rune(s.kanji)[:2]))
			continue
		}
		if s.ja {
			continue
		}
		slash := strings.LastIndexByte(s.id, '/')
		if s.base != s.id[slash+1:] {
			out = append(out, s.id[:slash+1]+s.base)
		}
		if len(s.tokens) < 2 || len(s.tokens) > maxSoftTokens {
			continue
		}
		for _, t := range s.tokens {
			if len(t) >= 5 {
				for _, kind := range softKinds {
					out = append(out, kind+t)
				}
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
