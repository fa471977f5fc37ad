package japanese

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// token is one morpheme of a sentence as the extractor sees it.
type token struct {
	start, end int // byte offsets into the document text
	text       string
	// pos holds the first three IPA part-of-speech levels (名詞,固有名詞,人名)
	// and the fourth (姓/名/国 …), "*" where the dictionary has none.
	pos    [4]string
	known  bool   // found in the system dictionary
	script script // script of the whole token, scMixed if several
	// split is how kagome's own words differ from this token where the
	// extractor changed them (see tokenize): the words it reports
	// (ExtractWords) are kagome's, as a search index needs them to be.
	split wordSplit
}

// wordSplit says how a token lies over kagome's words.
type wordSplit uint8

const (
	oneWord      wordSplit = iota
	wordGoesOn             // kagome's word goes on into the next token (県 of 県|内)
	twoWordsLast           // kagome split the token's last rune apart (北西|部)
)

// isNoun reports whether t is a noun or a noun suffix.
func (t *token) isNoun() bool { return t.pos[0] == "名詞" }

// isProper reports whether the dictionary tags t as a proper noun of the
// given class (人名, 地域, 組織), or any class when class is "".
func (t *token) isProper(class string) bool {
	return t.pos[0] == "名詞" && t.pos[1] == "固有名詞" && (class == "" || t.pos[2] == class)
}

// tokenize splits the sentence text[start:end] into tokens with offsets
// into text, appending to dst.
//
// Tokens are kagome's, with three changes: a word of several scripts that
// holds a name separator (an unknown ジョン・ハリントン may come out whole)
// is split at it, so that a person's full name and a "group・name"
// apposition can be told apart (splitAtDots); a diagonal compass point is joined with the 部 after
// it (joinCompass); and a division head fused with the word after it is
// split after a word it can end the name of (splitDivision). The last two
// keep kagome's words in token.split for ExtractWords.
func (x *Extractor) tokenize(dst []token, text string, start, end int) []token {
	sentence := text[start:end]
	kts := x.tok.Tokenize(sentence)
	for k := range kts {
		kt := &kts[k]
		if kt.Class == tokenizer.DUMMY || kt.Surface == "" {
			continue
		}
		t := token{
			start: start + kt.Position,
			end:   start + kt.Position + len(kt.Surface),
			text:  kt.Surface,
			known: kt.Class == tokenizer.KNOWN,
			pos:   x.posOf(kt),
		}
		t.script = stringScript(t.text)
		if t.script == scMixed && containsDot(t.text) {
			dst = splitAtDots(dst, t)
			continue
		}
		if n := len(dst); n > 0 && dst[n-1].end == t.start {
			if joinCompass(&dst[n-1], t) {
				continue
			}
			if head, rest, ok := splitDivision(&dst[n-1], t); ok {
				dst = append(dst, head, rest)
				continue
			}
		}
		dst = append(dst, t)
	}
	return dst
}

// joinCompass joins a diagonal compass point and 部 that follows it into
// one token (北西|部 into 北西部), as the dictionary has 東部 and 西部: the
// place cues (placeCues) and the tagger then see the four diagonal parts
// of a country as they see the other four.
func joinCompass(prev *token, t token) bool {
	if t.text != "部" || !diagonals[prev.text] {
		return false
	}
	prev.text += t.text
	prev.end = t.end
	prev.pos = [4]string{"名詞", "一般", "*", "*"}
	prev.split = twoWordsLast
	return true
}

var diagonals = setOf("北東", "北西", "南東", "南西")

// divisionHeads end the name of a place (愛知県, 横浜市) or of a unit of
// an organisation (総務部, 警備局, 海兵隊). The dictionary has many of them
// fused with the word after (県内, 市長, 部長, 隊員), so a name that ends
// with one ends inside a token, where the tagger cannot end it:
// 愛知|県内, 警備|局長.
var divisionHeads = map[rune]division{
	'県': placeHead, '市': placeHead, '区': placeHead, '町': placeHead, '村': placeHead,
	'都': placeHead, '府': placeHead, '州': placeHead, '郡': placeHead,
	'部': unitHead, '局': unitHead, '課': unitHead, '室': unitHead, '隊': unitHead,
	'党': unitHead, '署': unitHead, '省': unitHead, '庁': unitHead, '軍': unitHead,
}

// division is a kind of division head: the dictionary's class of suffix
// it is given when split off (地域 for a place's, 一般 for a unit's), and the
// words fused after it that are not part of the name: 内 (within), 長
// (head of), 知事 (governor), 民 (people of), 員 (member of), 機 (aircraft
// of).
type division struct {
	class string
	rests []string
}

var (
	placeHead = division{"地域", []string{"内", "長", "知事", "民"}}
	unitHead  = division{"一般", []string{"内", "長", "員", "機"}}
)

// splitDivision splits a token that fuses a division head with the word
// after it (県内, 局長) into the two, when it follows a word it can end
// the name of: 愛知|県内 becomes 愛知|県|内. A token at the start of a
// phrase (市民が, 部長は) is a word of its own and stays whole.
func splitDivision(prev *token, t token) (head, rest token, ok bool) {
	if t.script != scKanji || !nameWord(prev) || prev.script == scDigit {
		return token{}, token{}, false
	}
	r, n := utf8.DecodeRuneInString(t.text)
	d, ok := divisionHeads[r]
	if !ok || !slices.Contains(d.rests, t.text[n:]) {
		return token{}, token{}, false
	}
	head, rest = t, t
	head.text, head.end, head.split = t.text[:n], t.start+n, wordGoesOn
	rest.text, rest.start = t.text[n:], t.start+n
	head.pos = [4]string{"名詞", "接尾", d.class, "*"}
	rest.pos = [4]string{"名詞", "接尾", "一般", "*"}
	return head, rest, true
}

// posOf returns the four part-of-speech levels of a kagome token, "*"
// where there is none: what Token.FeatureAt gives for 0 to 3, read from a
// packed copy of the dictionary's POS table (see posCodes).
func (x *Extractor) posOf(kt *tokenizer.Token) [4]string {
	pos := [4]string{"*", "*", "*", "*"}
	var feats []string
	switch kt.Class {
	case tokenizer.KNOWN:
		names := x.dict.POSTable.NameList
		if kt.ID >= 0 && kt.ID < len(x.pos) {
			code := x.pos[kt.ID]
			for i := range pos {
				if id := code >> (8 * i) & 0xFF; id != 0xFF {
					pos[i] = names[id]
				}
			}
		}
		return pos
	case tokenizer.UNKNOWN:
		if kt.ID >= 0 && kt.ID < len(x.dict.UnkDict.Contents) {
			feats = x.dict.UnkDict.Contents[kt.ID]
		}
	default:
		feats = kt.Features()
	}
	for i := range min(len(feats), len(pos)) {
		pos[i] = feats[i]
	}
	return pos
}

// posCodes packs the first four POS name ids of each dictionary entry into
// one uint32, 0xFF for none: the dictionary keeps each entry's ids in a
// slice of its own, and reading them for every token cost two cache misses
// (as much as a tenth of the extractor's own time). It returns nil if the
// names do not fit in a byte.
func posCodes(d *dict.Dict) []uint32 {
	if len(d.POSTable.NameList) >= 0xFF {
		return nil
	}
	codes := make([]uint32, len(d.POSTable.POSs))
	for id, p := range d.POSTable.POSs {
		code := uint32(0xFFFFFFFF)
		for i, n := range p {
			if i < 4 && int(n) < len(d.POSTable.NameList) {
				code &^= 0xFF << (8 * i)
				code |= uint32(n) << (8 * i)
			}
		}
		codes[id] = code
	}
	return codes
}

var sharedPOS = sync.OnceValue(func() []uint32 { return posCodes(loadedIPA()) })

// containsDot reports whether s holds a name separator rune.
func containsDot(s string) bool {
	return strings.ContainsAny(s, "・･＝=")
}

// splitAtDots appends t split into the runs between name separators and
// the separators themselves; the parts keep t's part of speech.
func splitAtDots(dst []token, t token) []token {
	partStart := 0
	emit := func(from, to int) {
		if from >= to {
			return
		}
		p := t
		p.start, p.end = t.start+from, t.start+to
		p.text = t.text[from:to]
		p.script = stringScript(p.text)
		if p.script == scDot {
			p.pos = [4]string{"記号", "一般", "*", "*"}
		}
		dst = append(dst, p)
	}
	for i, r := range t.text {
		if runeScript(r) == scDot {
			emit(partStart, i)
			n := utf8.RuneLen(r)
			emit(i, i+n)
			partStart = i + n
		}
	}
	emit(partStart, len(t.text))
	return dst
}

// nameable reports whether t can be part of a name: nouns and noun
// prefixes, any kanji, katakana or Latin word (names split into odd pieces:
// 金|載|昊 with a verb in the middle), name separators and spaces.
func nameable(t *token) bool {
	switch t.script {
	case scKanji, scKatakana, scLatin, scDot, scSpace:
		return true
	}
	switch t.pos[0] {
	case "名詞", "接頭詞":
		return true
	case "記号":
		return t.pos[1] == "一般" || t.pos[1] == "アルファベット"
	}
	return false
}

// nameWord reports whether t is a word that can be part of a name, not a
// space or a symbol: what stands on both sides of a の in a name (希望の党)
// and before a division head that ends one (愛知県).
func nameWord(t *token) bool {
	return nameable(t) && t.script != scPunct && t.script != scSpace
}
