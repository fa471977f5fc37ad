package events

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// features is what the comparison of two reports reads, computed once per
// report from its text and entities.
//
// The fields every score reads come first, and those only the first step's
// postings read last: a finish links tens of millions of pairs of reports
// whose features lie far apart in memory, and a score spent most of its
// time waiting for them (the first field read, fams, took a third of
// scoreWith's own time), which fewer cache lines per report cut.
type features struct {
	fams uint64 // families of cues, not of weak ones
	cues uint64 // content cue classes (the statement family left out)
	weak uint64 // content cue classes found only as weak cues (lexicon.match)
	// lang is the report's language, numbered as the entity ids are (a
	// key no id has): scoring compares it for every pair, where comparing
	// the two strings cost a call each (1 of the 4 CPU-s of the joins of
	// a finish adding 1% to 100,000 generated documents).
	lang  int32
	stmt  bool // a reporting verb (said, 発表) is all or part of what it tells
	react bool // a cue of the reaction family, not a weak one
	// Whether soft has a katakana name, a Latin one, and a Latin one of
	// several words or with a number added: which pairs softShared can
	// skip at once.
	softJa, softLatin, softWords, softKanji bool
	softRoman                               bool // a Latin person's name, for kanji ones
	// ents has a bit set for each entity number in pn, on, ln and cn (the
	// number modulo 64): two reports whose bits have none in common name
	// no entity in common, which a score then knows without reading the
	// four lists, and a report without the bit of a number does not name
	// it (names). Many of the pairs a join or the cohesion of two groups
	// scores share no entity: a join links every report of two clusters
	// that share one.
	ents uint64
	// nums of people, orgs, places and ctries: the entity ids as numbers
	// of the index, sorted, which compare much faster than the ids.
	pn, on, ln, cn []int32
	nums           []uint64
	words          []uint32
	// latin are the words in Latin letters of a report in another language
	// than English, hashed as words hashes them: what it can share with an
	// English report's words.
	latin []uint32
	// soft are the names of its people, organisations and places as
	// softLike compares them; softKeys its posting keys (see soft.go).
	soft     []softName
	softKeys []string
	// like keeps what softShared found of soft names of the index the
	// features are of (Index.like), nil for features of no index: the
	// names' numbers mean the same names only within one index.
	like *likeCache
	// clues are posting keys of what two reports can share without an
	// entity in common (clueKeys): the tagger misses or cuts names, most
	// in Japanese (羽田空港, 安倍晋), and such reports are compared only if
	// something else rare is common to them.
	clues []string
}

// postings returns the keys under which a report (r, whose features f
// are) is found by the reports of its day it may be compared with: its
// entity ids, its soft keys and its clue keys.
func (f *features) postings(r *Report) [6][]string {
	return [6][]string{r.People, r.Orgs, r.Places, r.Countries, f.softKeys, f.clues}
}

// names reports whether the report names the entity numbered num (see
// idNumbers).
func (f *features) names(num int32) bool {
	if f.ents&(1<<(num&63)) == 0 {
		return false // most often, and known without a search
	}
	for _, nums := range [4][]int32{f.pn, f.on, f.ln, f.cn} {
		if _, ok := slices.BinarySearch(nums, num); ok {
			return true
		}
	}
	return false
}

// newFeatures computes a report's features; names, when not nil, keeps the
// soft names (soft.go) of the entity ids seen so far, as one id recurs in
// many reports, and ids their numbers (features of one index compare by
// them; nil numbers the ids afresh, for a report compared with no other).
func newFeatures(r *Report, names softNames, ids idNumbers) features {
	text := r.Text
	if !isASCII(text) {
		text = norm.NFKC.String(text) // ＮＡＴＯ, ７日 and half-width katakana as any other
	}
	tokens := latinTokens(text)
	cjk := hasCJK(text)
	all, weak := cues.match(tokens, text, cjk)
	f := features{
		nums:  numbers(text),
		words: words(tokens, text, cjk),
	}
	if ids == nil {
		ids = idNumbers{}
	}
	f.lang = ids.lang(r.Lang)
	nums := ids.of(r.entityIDs())
	f.pn, f.on, f.ln, f.cn = nums[0], nums[1], nums[2], nums[3]
	for _, kind := range nums {
		for _, n := range kind {
			f.ents |= 1 << (n & 63)
		}
	}
	f.soft = names.add(f.soft, r.People, personWeight, true, ids)
	f.soft = names.add(f.soft, r.Orgs, orgWeight, false, ids)
	f.soft = names.add(f.soft, r.Places, placeWeight, false, ids)
	for i := range f.soft {
		if f.soft[i].roman {
			f.softRoman = true
			continue
		}
		f.softJa = f.softJa || f.soft[i].ja
		f.softLatin = f.softLatin || !f.soft[i].ja && f.soft[i].kanji == ""
		f.softKanji = f.softKanji || f.soft[i].kanji != ""
		f.softWords = f.softWords || f.soft[i].base != "" && (len(f.soft[i].tokens) > 1 || !strings.HasSuffix(f.soft[i].id, f.soft[i].base))
	}
	f.clues = clueKeys(f.nums, text, tokens, r.Lang)
	if r.Lang != "en" {
		f.latin = words(tokens, "", false)
	}
	for i := range f.soft {
		f.softKeys = append(f.softKeys, f.soft[i].posting...)
	}
	slices.Sort(f.softKeys)
	f.softKeys = slices.Compact(f.softKeys)
	content := all
	for c := range cues.classes {
		if cues.family[c] == cues.statement {
			if all&(1<<c) != 0 {
				f.stmt = true
			}
			content &^= 1 << c
			weak &^= 1 << c
		}
	}
	f.cues, f.weak = content, weak
	f.fams = cues.familyOf(content)
	f.react = f.fams&cues.reaction != 0
	return f
}

// clueKeys returns the keys under which a report meets the reports that may
// tell its happening without naming an entity it names: each quantity of
// ten or more it states (634 metres and 634メートル; smaller ones are
// everywhere), and each word in capitals of an English report or in Latin
// letters of another (ICC, LIGO, SWIFT and their use in Japanese text).
func clueKeys(nums []uint64, text string, tokens []string, lang string) []string {
	var out []string
	for _, n := range nums {
		if v := math.Float64frombits(n); v >= 10 {
			out = append(out, "#"+strconv.FormatUint(n, 36))
		}
	}
	if lang == "en" {
		for _, w := range acronyms(text) {
			out = append(out, "w:"+stem(w))
		}
	} else {
		for _, t := range tokens {
			if contentWord(t) {
				out = append(out, "w:"+stem(t))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// acronyms returns, lower-cased, the words of three or more letters and
// digits that s writes in capitals alone (ICC, LIGO, G20 is too short).
func acronyms(s string) []string {
	var out []string
	start, upper, letter := -1, true, false
	flush := func(end int) {
		if start >= 0 && end-start >= 3 && upper && letter {
			out = append(out, strings.ToLower(s[start:end]))
		}
		start, upper, letter = -1, true, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= 'a' && c <= 'z':
			upper = false
		case c >= '0' && c <= '9':
		default:
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(s))
	return out
}

// contentWord reports whether a Latin token is a word words compares: three
// letters or more, not a stopword, not a number.
func contentWord(t string) bool { return len(t) >= 3 && !stopwords[t] && !isDigits(t) }

// stem cuts a lower-cased word to the six letters words compares.
func stem(w string) string {
	if len(w) > 6 {
		return w[:6]
	}
	return w
}

// idNumbers numbers the entity ids an index has seen.
type idNumbers map[string]int32

// of returns the numbers of a report's entity ids by kind (entityIDs),
// each kind's sorted, nil for a kind it names none of. The four lists
// share one array: a score reads all four, for tens of millions of pairs
// of reports in a finish, and apart they were four more places in memory
// to wait for.
func (n idNumbers) of(kinds [4][]string) [4][]int32 {
	var out [4][]int32
	total := 0
	for _, ids := range kinds {
		total += len(ids)
	}
	if total == 0 {
		return out
	}
	all := make([]int32, total)
	for k, ids := range kinds {
		if len(ids) == 0 {
			continue
		}
		nums := all[:len(ids):len(ids)]
		all = all[len(ids):]
		for i, id := range ids {
			nums[i] = n.one(id)
		}
		slices.Sort(nums)
		out[k] = nums
	}
	return out
}

// lang returns the number of a language, under a key no entity id is
// ("\x00lang en"), looked up without making the key a string each time
// (a report's features are made once per finish, 222,868 of them when a
// finish adds 1% to 100,000 generated documents).
func (n idNumbers) lang(l string) int32 {
	var buf [32]byte
	k := append(append(buf[:0], "\x00lang "...), l...)
	if v, ok := n[string(k)]; ok {
		return v
	}
	return n.one(string(k))
}

// one returns the number of id.
func (n idNumbers) one(id string) int32 {
	v, ok := n[id]
	if !ok {
		v = int32(len(n))
		n[id] = v
	}
	return v
}

// latinTokens returns the lower-cased words of s written in Latin letters
// or digits, in order; a hyphen or apostrophe inside a word is kept
// ("cease-fire"), a possessive "'s" dropped.
func latinTokens(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.ToLower(s[start:end])
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			w = strings.Trim(w, "-'’")
			if w != "" {
				out = append(out, w)
			}
			start = -1
		}
	}
	for i, r := range s {
		latin := r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r))
		inner := (r == '-' || r == '\'' || r == '’') && start >= 0
		switch {
		case latin:
			if start < 0 {
				start = i
			}
		case inner:
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// isASCII reports whether s is ASCII alone, which NFKC leaves as it is: a
// byte loop is much cheaper than asking norm.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x3000 {
			return true
		}
	}
	return false
}

// stopwords are English words that say nothing about which happening a
// report tells; reporting verbs and date words among them, as every report
// has those.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with this from was were has have had its his her their
		they them would will could should said says say told also after before about over into than then
		which who whom what when where while are but not been being more most other some such only very
		can may might one two new last next week month year day today yesterday tomorrow monday tuesday
		wednesday thursday friday saturday sunday january february march april june july august september
		october november december on at by of in to a an as is it be he she we you i our out up per
		according reported reports report news agency official officials president minister prime
		https http com www`) {
		m[w] = true
	}
	return m
}()

// words returns the sorted, distinct hashes of the words that can show two
// reports in one language tell one thing: English words stemmed to their
// first six letters, stopwords left out; Japanese character pairs within runs
// of kanji and katakana (no segmenter is needed, and particles fall out).
func words(tokens []string, text string, cjk bool) []uint32 {
	var out []uint32
	for _, t := range tokens {
		if !contentWord(t) {
			continue
		}
		out = append(out, hash32("e", stem(t)))
	}
	if cjk {
		var run []rune
		flush := func() {
			switch {
			case len(run) == 1:
				out = append(out, hash32("j", string(run)))
			case len(run) > 1:
				for i := 0; i+1 < len(run); i++ {
					out = append(out, hash32("j", string(run[i:i+2])))
				}
			}
			run = run[:0]
		}
		for _, r := range text {
			if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' {
				run = append(run, r)
				continue
			}
			flush()
		}
		flush()
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func hash32(kind, s string) uint32 {
	// FNV-1a (hash/fnv's New32a) over kind then s, written out: the hasher
	// and the byte slices it is fed cost an allocation per word.
	const offset, prime = 2166136261, 16777619
	h := uint32(offset)
	for i := 0; i < len(kind); i++ {
		h = (h ^ uint32(kind[i])) * prime
	}
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * prime
	}
	return h
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var (
	enScale = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
	jaScale = map[rune]float64{'千': 1e3, '万': 1e4, '億': 1e8, '兆': 1e12}
	// Counters after which a kanji numeral is a count (三人, 五カ国).
	jaCounters = []string{"人", "名", "機", "発", "両", "隻", "カ国", "か国", "ヵ国", "件", "棟", "基", "回"}
	kanjiDigit = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}
	enNumber   = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100}
	// dayJoiners join a second day to a date's: February 20 and 21.
	dayJoiners = map[string]bool{"and": true, "to": true, "or": true, "through": true, "until": true}
	months     = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
		"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true, "february": true,
		"march": true, "april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
		"november": true, "december": true}
)

// numbers returns the quantities a sentence states, as sorted distinct
// values (math.Float64bits, four significant digits) that read alike in
// both languages: "$20 billion" and 200億ドル, "2.8 million" and 280万.
// Parts of dates and times (7日, February 7, 2025, 10:30) and digits inside
// words or links are not quantities.
func numbers(s string) []uint64 {
	var out []uint64
	add := func(v float64) {
		if v > 0 {
			out = append(out, math.Float64bits(round4(v)))
		}
	}
	prevWord := "" // the Latin word before the number
	// afterDay: the last number was a day of a date, and only a word that
	// joins a second day ("February 20 and 21", "20 to 21") came since.
	afterDay := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if d := digitValue(r); d < 0 {
			if k, ok := kanjiDigit[r]; ok {
				// A kanji numeral counts only before a counter: 三人, 十数名 is not one.
				j := i + size
				n := k
				for j < len(s) {
					r2, sz := utf8.DecodeRuneInString(s[j:])
					k2, ok := kanjiDigit[r2]
					if !ok {
						break
					}
					if k2 == 10 {
						n = max(n, 1) * 10
					} else if n%10 == 0 && n >= 10 {
						n += k2
					} else {
						n = n*10 + k2
					}
					j += sz
				}
				for _, c := range jaCounters {
					if strings.HasPrefix(s[j:], c) {
						add(float64(n))
						break
					}
				}
				i = j
				continue
			}
			if r < utf8.RuneSelf && (unicode.IsLetter(r)) {
				j := i
				for j < len(s) && s[j] < utf8.RuneSelf && unicode.IsLetter(rune(s[j])) {
					j++
				}
				w := strings.ToLower(s[i:j])
				afterDay = afterDay && dayJoiners[w]
				if v, ok := enNumber[w]; ok {
					add(v)
				}
				prevWord = w
				i = j
				continue
			}
			if !unicode.IsSpace(r) {
				prevWord = ""
			}
			i += size
			continue
		}
		// A run of digits, with thousands separators and a decimal part.
		start := i
		if start > 0 {
			before, _ := utf8.DecodeLastRuneInString(s[:start])
			if before < utf8.RuneSelf && (unicode.IsLetter(before) || before == '/' || before == ':' || before == '.' || before == '-') {
				i = skipNumber(s, i)
				continue
			}
		}
		var v float64
		j := i
		frac := 0.0
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if d := digitValue(r); d >= 0 {
				if frac > 0 {
					v += float64(d) * frac
					frac /= 10
				} else {
					v = v*10 + float64(d)
				}
				j += sz
				continue
			}
			if (r == ',' || r == '，') && j+sz < len(s) && digitValue(rune(s[j+sz])) >= 0 && frac == 0 {
				j += sz
				continue
			}
			if r == '.' && frac == 0 && j+1 < len(s) && digitValue(rune(s[j+1])) >= 0 {
				frac = 0.1
				j++
				continue
			}
			break
		}
		intPart := s[start:j]
		i = j
		rest := s[j:]
		restTrim := strings.TrimLeft(rest, " ")
		// Dates and times.
		if months[prevWord] || afterDay && dayJoiners[prevWord] {
			prevWord, afterDay = "", true
			continue
		}
		afterDay = false
		if startsWithAny(rest, "年", "月", "日", "時", "分", "秒", "週", ":", "：") ||
			ordinal(rest) || startsWithAny(strings.ToLower(rest), "a.m", "p.m", "am ", "pm ") {
			prevWord = ""
			continue
		}
		if w := firstLatinWord(restTrim); months[strings.ToLower(w)] {
			continue
		}
		if !strings.ContainsAny(intPart, ",.，") && len(intPart) == 4 && v >= 1900 && v <= 2100 {
			continue // a year
		}
		// Scale words and units.
		scaled := false
		if w := strings.ToLower(firstLatinWord(restTrim)); enScale[w] > 0 {
			v *= enScale[w]
			scaled = true
		}
		if !scaled {
			for {
				r, sz := utf8.DecodeRuneInString(s[i:])
				m, ok := jaScale[r]
				if !ok {
					break
				}
				v *= m
				i += sz
				// 3兆303億: the next part adds a smaller unit.
				k := i
				var part float64
				for k < len(s) {
					r2, sz2 := utf8.DecodeRuneInString(s[k:])
					d := digitValue(r2)
					if d < 0 {
						break
					}
					part = part*10 + float64(d)
					k += sz2
				}
				if k == i {
					break
				}
				r3, sz3 := utf8.DecodeRuneInString(s[k:])
				if m2, ok := jaScale[r3]; ok && m2 < m {
					v += part * m2
					i = k + sz3
				}
				break
			}
		}
		prevWord = ""
		add(v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// ordinal reports whether rest, what follows a number, makes it an
// ordinal day: the 14th, 1st.
func ordinal(rest string) bool {
	w := strings.ToLower(firstLatinWord(rest))
	return w == "st" || w == "nd" || w == "rd" || w == "th"
}

func skipNumber(s string, i int) int {
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if digitValue(r) < 0 && r != ',' && r != '.' {
			break
		}
		i += sz
	}
	return i
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

func startsWithAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func firstLatinWord(s string) string {
	j := 0
	for j < len(s) && s[j] < utf8.RuneSelf && unicode.IsLetter(rune(s[j])) {
		j++
	}
	return s[:j]
}

// round4 rounds v to four significant digits, so that 2.8 million and
// 280万 compare equal whatever the float arithmetic.
func round4(v float64) float64 {
	if v == 0 {
		return 0
	}
	e := math.Pow(10, math.Floor(math.Log10(v))-3)
	return math.Round(v/e) * e
}
