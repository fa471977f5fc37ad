package japanese

import (
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
)

// Common words typed as people. The tagger, trained on Wikipedia, takes a
// katakana loanword or a kanji common noun for a person now and then
// (レアアース "rare earth", 前出 "aforementioned", a slogan written as
// katakana words joined by ・). Such a word is a person only when context
// says so: a title or honorific somewhere in the document (トランプ氏 makes
// the card game's word a name). The dictionary tells the two apart: a
// person's name, even a foreign one, is unknown to it or has a proper-noun
// reading (スミス, ジョージ), while a loanword phrase is made of its common
// nouns (レア|アース, ブラック・ライブ|ズ・…).

// referencePrefixes make a common noun refer back to something named
// earlier (前出 "aforementioned", 同氏 "the said person", 両氏 "both").
var referencePrefixes = setOf("前", "同", "両", "当", "各", "本")

// wordKind is what the dictionary says about one katakana word.
type wordKind uint8

const (
	wordUnknown wordKind = iota // not in the dictionary, nor made of its words
	wordCommon                  // a common noun, or common nouns run together
	wordProper                  // has a proper-noun reading: may be a name
)

// dictWords looks words up in the IPA dictionary kagome tokenises with.
type dictWords struct {
	d *dict.Dict
}

func newDictWords() dictWords { return dictWords{loadedIPA()} }

// readings calls f with the first three POS levels of every dictionary entry
// whose surface is a prefix of s, with its length in bytes.
func (w dictWords) readings(s string, f func(n int, pos [3]string)) {
	w.d.Index.CommonPrefixSearchCallback(s, func(id, n int) {
		if id < 0 || id >= len(w.d.POSTable.POSs) {
			return
		}
		var pos [3]string
		for i, p := range w.d.POSTable.POSs[id] {
			if i < len(pos) && int(p) < len(w.d.POSTable.NameList) {
				pos[i] = w.d.POSTable.NameList[p]
			}
		}
		f(n, pos)
	})
}

// isCommonNoun reports whether a POS is a noun that names no one.
func isCommonNoun(pos [3]string) bool {
	if pos[0] != "名詞" {
		return false
	}
	switch pos[1] {
	case "一般", "サ変接続", "形容動詞語幹":
		return true
	}
	return false
}

// kind classifies a katakana word: proper when the dictionary has it with a
// proper-noun reading, common when it has it only as a common noun or when it
// splits into common nouns of two or more letters each (レア|アース), with an
// English plural ending allowed after the last (ライブ|ズ), unknown otherwise.
func (w dictWords) kind(s string) wordKind {
	exact, proper := false, false
	w.readings(s, func(n int, pos [3]string) {
		if n == len(s) {
			exact = true
			proper = proper || pos[1] == "固有名詞"
		}
	})
	switch {
	case proper:
		return wordProper
	case exact:
		return wordCommon
	}
	// Two common nouns run together (レア|アース), or one with an English
	// plural ending (ライブ|ズ). Longer chains of short words match too many
	// foreign names by chance (ロク|タン|トラ).
	common := false
	w.readings(s, func(n int, pos [3]string) {
		if common || !isCommonNoun(pos) || utf8.RuneCountInString(s[:n]) < 2 {
			return
		}
		rest := s[n:]
		if rest == "ズ" || rest == "ス" {
			common = utf8.RuneCountInString(s[:n]) >= 3
			return
		}
		w.readings(rest, func(m int, pos [3]string) {
			if m == len(rest) && isCommonNoun(pos) && utf8.RuneCountInString(rest) >= 2 {
				common = true
			}
		})
	})
	if common {
		return wordCommon
	}
	return wordUnknown
}

// commonWordName reports whether the tokens of a name read as common words
// rather than a name: a word referring back (前出, 同氏), or katakana words
// none of which has a proper-noun reading and which are all loanwords the
// dictionary knows (レア|アース, ホテル・ロビー) or, in a phrase of three or
// more, all but one (a slogan: three English words, one the dictionary
// lacks). A person's name of three parts has a part with a proper-noun
// reading (a given name: ガブリエル) or two the dictionary does not know.
func (w dictWords) commonWordName(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if toks[0].script != scKatakana {
		return referenceWord(toks)
	}
	common, parts := 0, 0
	for i := range toks {
		t := &toks[i]
		switch t.script {
		case scDot:
			continue
		case scKatakana:
			parts++
			switch w.kind(t.text) {
			case wordProper:
				return false
			case wordCommon:
				common++
			}
		default:
			return false
		}
	}
	return parts > 0 && common == parts || parts >= 3 && common >= parts-1
}

// referenceWord reports whether kanji tokens are a word that refers back to
// someone named earlier: a reference prefix and one kanji (前出, which the
// dictionary lacks and kagome may split as 前 and a given name 出), or a
// dictionary common noun that starts with one (同氏, 両氏, 本人).
func referenceWord(toks []token) bool {
	t := &toks[0]
	if t.script != scKanji {
		return false
	}
	if len(toks) == 1 {
		return t.known && isCommonNoun([3]string{t.pos[0], t.pos[1], t.pos[2]}) && referencePrefixes[firstRune(t.text)]
	}
	return len(toks) == 2 && t.pos[0] == "接頭詞" && referencePrefixes[t.text] &&
		toks[1].script == scKanji && utf8.RuneCountInString(toks[1].text) == 1
}

// glossed reports whether the tokens from i on are a Japanese gloss in
// brackets, （希土類）: news explains a loanword term that way, while a
// person's name is followed by a Latin spelling or an age.
func glossed(toks []token, i int) bool {
	if i >= len(toks) || (toks[i].text != "(" && toks[i].text != "（") {
		return false
	}
	n := 0
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := &toks[j]
		switch {
		case t.text == ")" || t.text == "）":
			return n > 0
		case t.script != scKanji && t.script != scHiragana,
			t.pos[0] != "名詞" && t.pos[0] != "接頭詞" && t.pos[0] != "助詞",
			t.pos[1] == "固有名詞":
			return false
		}
		n++
	}
	return false
}

// listedWithCommonNouns reports whether the katakana word over tokens
// [start, end) is an item of a list next to an item that is a common noun
// the dictionary knows (鉱物資源、レアアース; マンガン鉱石、レアアース、リチウム):
// the items of a list are things of one kind, and people are not listed
// with things. An item's noun is the last noun of its run (鉱石 of マンガン
// 鉱石). Names are often put after a word for a person with a comma (経済学者、
// ミーゼス; 女優、加賀千景), so an item before counts only when it is a kanji
// noun that does not end like a word for a person, and only after 、; a
// full name (ジョン・メイソン) and a kanji name are not judged this way.
func listedWithCommonNouns(toks []token, start, end int) bool {
	if end-start != 1 || toks[start].script != scKatakana {
		return false
	}
	if start >= 2 && toks[start-1].text == "、" && isCommonItem(&toks[start-2]) &&
		toks[start-2].script == scKanji && !personHeads[lastRune(toks[start-2].text)] {
		return true
	}
	if end+1 >= len(toks) || !isListMark(&toks[end]) {
		return false
	}
	j := end + 1
	for j+1 < len(toks) && toks[j+1].isNoun() && toks[j+1].script != scPunct {
		j++
	}
	return isCommonItem(&toks[j])
}

// personHeads end kanji nouns that name people (学者, 女優, 詩人, 局長).
var personHeads = setOf("者", "人", "員", "長", "家", "手", "優", "士", "師", "官", "主", "王", "妃", "姫", "将", "役", "生", "婦", "夫", "母", "父", "子", "兄", "弟", "姉", "妹")

// isListMark reports whether t joins the items of a list.
func isListMark(t *token) bool {
	return t.text == "、" || t.text == "，" || (t.text == "や" && t.pos[0] == "助詞")
}

// isCommonItem reports whether t is a general common noun the dictionary
// knows, in kanji or katakana: a thing, not a name, a title or an action.
func isCommonItem(t *token) bool {
	return t.known && t.pos[0] == "名詞" && t.pos[1] == "一般" && !personTitles[t.text] &&
		(t.script == scKanji || t.script == scKatakana) && utf8.RuneCountInString(t.text) >= 2
}

// commonPlaceWord reports whether t is a word for "within" a place the
// text has in mind (都内 "in Tokyo", 県内, 市内, 国内): a dictionary common
// noun of a kanji and 内, which the tagger may take for a place name on its
// own. Other common nouns for places are names in the corpora (合衆国, 東国).
func commonPlaceWord(t *token) bool {
	return t.known && t.pos[0] == "名詞" && t.pos[1] == "一般" && t.script == scKanji &&
		utf8.RuneCountInString(t.text) == 2 && lastRune(t.text) == "内"
}

// nameEnd returns where the place name the tagger found over tokens
// [start, end) ends once a tail that is not part of it is cut off: 地区
// ("district") before a noun it forms a compound with (マンハッタン of
// マンハッタン地区検察, "the Manhattan district attorney"), and a tail
// that describes countries rather than naming one: 欧州 of 欧州加盟国 ("European member states", a verbal noun
// and 国) and アジア of アジア各国 (a word for several countries). A span that
// names nothing ends at its start: a word for "within" a place alone (都内),
// or dictionary common nouns alone (麻薬帝国, "narco-empire"). Names with a
// common-noun tail keep it (ドイツ連邦共和国).
func nameEnd(toks []token, start, end int) int {
	if end-start >= 2 && end < len(toks) && toks[end-1].text == "地区" && toks[end].script == scKanji && toks[end].isNoun() {
		end-- // 地区 begins a compound of its own: マンハッタン|地区検察 (district attorney)
	}
	if end-start == 1 && commonPlaceWord(&toks[start]) {
		return start
	}
	if end-start < 2 {
		return end
	}
	common := true
	for i := start; i < end && common; i++ {
		t := &toks[i]
		common = t.known && t.pos[0] == "名詞" && (t.pos[1] == "一般" || t.pos[1] == "サ変接続") && t.script == scKanji
	}
	if common {
		return start
	}
	last := &toks[end-1]
	switch {
	case countryGroups[last.text] && last.pos[1] == "一般":
		end--
	case end-start >= 3 && last.text == "国" && last.pos[1] == "接尾" && toks[end-2].pos[1] == "サ変接続":
		end -= 2
	default:
		return end
	}
	if !toks[end-1].isProper("") {
		return start
	}
	return end
}

// countryGroups are common nouns for several countries at once.
var countryGroups = setOf("諸国", "各国", "両国", "周辺国", "加盟国", "同盟国", "参加国", "友好国", "近隣諸国")
