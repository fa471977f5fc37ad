package japanese

import (
	"strings"

	"github.com/chronograph/chronograph/entities"
)

// Cue words. A name in Japanese news is nearly always followed by what it is:
// a title (大統領), an honorific (氏) or a generic head (市, 省). These lists
// are the heads of the three context rules; they are generic vocabulary, not
// names.
var (
	// personTitles follow a person's name: カルバーリョ外相, オコンクォ国防長官.
	personTitles = setOf("氏", "さん", "様", "君", "ちゃん", "容疑者", "被告", "被告人", "受刑者",
		"大統領", "副大統領", "首相", "副首相", "長官", "外相", "蔵相", "財務相", "国防相", "報道官",
		"大臣", "議員", "議長", "総長", "書記長", "総書記", "国王", "女王", "王子", "王女",
		"皇太子", "主席", "総統", "司令官", "補佐官", "特使", "教授", "博士", "選手", "監督",
		"党首", "委員長", "首席", "最高指導者", "司令", "将軍", "元帥", "氏ら", "夫妻", "総裁", "次官")
	// officeTitles are the titles that make even a dictionary word a name
	// (トランプ氏, トランプ大統領); occupations do not (サッカー選手).
	officeTitles = setOf("氏", "容疑者", "被告", "大統領", "副大統領", "首相", "副首相", "長官", "外相",
		"財務相", "国防相", "報道官", "大臣", "総長", "書記長", "総書記", "主席", "総統", "補佐官", "特使", "氏ら", "夫妻")
	// titleModifiers may sit between a dictionary word used as a name and its
	// title (トランプ米大統領, バイデン前大統領); with unknown words any kanji
	// compound may (オコンクォ国防長官).
	titleModifiers = setOf("米", "英", "仏", "独", "露", "ロ", "中", "韓", "朝", "伊", "加", "豪", "印",
		"前", "元", "現", "次期", "副", "新", "故")
	// placeSuffixes end a place name and belong to it: ミコライウ州, ガリツィア地方.
	placeSuffixes = setOf("市", "州", "県", "府", "都", "道", "区", "郡", "町", "村", "地区", "地方", "地域",
		"川", "島", "諸島", "半島", "湾", "海", "山", "山脈", "高原", "砂漠", "海峡", "共和国", "王国", "自治区", "特別区")
	// placeCues precede a place name: の首都キーウ.
	placeCues = setOf("首都", "州都", "都市", "要衝", "近郊", "郊外", "東部", "西部", "南部", "北部", "中部",
		"北東部", "北西部", "南東部", "南西部", "中心部",
		// The diagonal compass points, as news places a town from a
		// landmark (北西のコスティアンティニウカ): the single-kanji ones
		// are as often words of time and sides (東の空).
		"北東", "北西", "南東", "南西")
	// placeAfter follow a place name and are not part of it: ミコライウ市内.
	placeAfter = setOf("市内", "州内", "県内", "国内", "近郊", "郊外", "周辺", "一帯", "方面", "上空", "沖", "市街", "中心部")
	// orgSuffixes end an organisation's name and belong to it: ロシア国防省,
	// 北大西洋条約機構. A name ends with one when its last token is or ends
	// with the suffix (国防省 is one dictionary word).
	orgSuffixes = []string{"省", "庁", "軍", "党", "社", "通信", "銀行", "大学", "委員会", "機構",
		"政府", "政権", "議会", "連合", "同盟", "協会", "財団", "研究所", "裁判所", "警察", "新聞",
		"放送", "航空", "グループ", "株式会社", "公社", "連盟", "評議会", "事務局"}
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// notOrgHeads end with an organisation suffix but are not one: shrines are
// facilities, 将軍 is a title.
var notOrgHeads = setOf("神社", "大社", "将軍", "悪党", "残党", "徒党", "入社", "出社", "本社", "支社", "帰社", "各社", "同社", "自社", "他社", "両社", "各省", "同省", "同党", "各党", "両党", "同大学", "同軍")

// orgSuffixesByLastRune indexes orgSuffixes by their last rune, so that
// most words are rejected with one map lookup.
var orgSuffixesByLastRune = func() map[string][]string {
	m := map[string][]string{}
	for _, suf := range orgSuffixes {
		m[lastRune(suf)] = append(m[lastRune(suf)], suf)
	}
	return m
}()

// orgSuffixOf returns the organisation suffix s ends with, or "".
func orgSuffixOf(s string) string {
	cands := orgSuffixesByLastRune[lastRune(s)]
	if len(cands) == 0 || notOrgHeads[s] {
		return ""
	}
	for _, suf := range cands {
		if strings.HasSuffix(s, suf) {
			return suf
		}
	}
	return ""
}

// cue classes of a token, used both by the rules and as tagger features.
type cue uint8

const (
	cueNone cue = iota
	cueTitle
	cuePlaceSuffix
	cuePlaceBefore
	cueOrgSuffix
)

func cueOf(t *token) cue {
	switch t.script {
	case scPunct, scSpace, scDigit, scLatin, scDot:
		return cueNone // every cue word is written in kana or kanji
	}
	if c, ok := cueWords[t.text]; ok {
		return c
	}
	if orgSuffixOf(t.text) != "" {
		return cueOrgSuffix
	}
	return cueNone
}

// cueWords maps the cue words of the word lists to their class, so that
// classifying a token takes one lookup.
var cueWords = func() map[string]cue {
	m := map[string]cue{}
	for _, l := range []struct {
		words map[string]bool
		c     cue
	}{{placeCues, cuePlaceBefore}, {placeSuffixes, cuePlaceSuffix}, {personTitles, cueTitle}} {
		for w := range l.words {
			m[w] = l.c // later lists win, as in the order of the rules
		}
	}
	return m
}()

// ruleSpan is a name found by a context rule, over tokens [start, end).
type ruleSpan struct {
	start, end int
	typ        entities.Type
	// strong evidence overrides the tagger and fixes the name's type for
	// the whole document; weak evidence is only a tagger feature.
	strong bool
}

// katakanaRun returns the end of the katakana name that starts at token i:
// katakana tokens, optionally joined by separators (ジョン・ハリントン). It returns
// i when token i does not start one.
func katakanaRun(toks []token, i int) int {
	j := i
	for j < len(toks) {
		switch {
		case toks[j].script == scKatakana:
			j++
		case toks[j].script == scDot && j > i && j+1 < len(toks) && toks[j+1].script == scKatakana:
			j++
		default:
			return j
		}
	}
	return j
}

// isPlaceOrOrg reports whether the tokens read as a known place or
// organisation, which a following title does not make a person
// (ロシア大統領, NATO事務総長).
func isPlaceOrOrg(toks []token) bool {
	for i := range toks {
		// kagome gives unknown katakana words the 組織 tag by default; only
		// the dictionary's own tags are evidence.
		if toks[i].known && (toks[i].isProper("地域") || toks[i].isProper("組織")) {
			return true
		}
	}
	return false
}

// allKnown reports whether every token is a dictionary word.
func allKnown(toks []token) bool {
	for i := range toks {
		if !toks[i].known && toks[i].script != scDot {
			return false
		}
	}
	return true
}

// applyRules finds names by context in one sentence's tokens, appending to
// dst. Spans do not overlap; earlier rules win.
func applyRules(dst []ruleSpan, toks []token, gaz []gazSpan) []ruleSpan {
	for i := 0; i < len(toks); {
		if toks[i].script != scKatakana {
			if r, ok := kanjiOrg(toks, i); ok {
				dst = append(dst, r)
				i = r.end
				continue
			}
			i++
			continue
		}
		end := katakanaRun(toks, i)
		if r, ok := classifyRun(toks, i, end, gazNameOf(gaz, i, end)); ok {
			dst = append(dst, r)
			i = r.end
			continue
		}
		i = end
	}
	return dst
}

// gazNameOf returns the gazetteer name spanning exactly tokens
// [start, end), with class gazNone if there is none.
func gazNameOf(gaz []gazSpan, start, end int) gazName {
	for _, g := range gaz {
		if g.start == start && g.end == end {
			return g.gazName
		}
	}
	return gazName{}
}

// classifyRun types the katakana run toks[start:end] by its context and
// gazetteer class. Evidence is strong when the run holds a word the
// dictionary does not know, the foreign names of news that the tagger,
// trained on Wikipedia, handles worst.
func classifyRun(toks []token, start, end int, gn gazName) (ruleSpan, bool) {
	run := toks[start:end]
	known := allKnown(run)
	class := gn.class
	// An organisation: the run, up to three kanji nouns, an org suffix.
	if r, ok := orgFrom(toks, start, end); ok {
		return r, true
	}
	if end < len(toks) {
		next := &toks[end]
		if placeSuffixes[next.text] && next.isNoun() {
			return ruleSpan{start, end + 1, entities.Location, !known}, true
		}
		if placeAfter[next.text] {
			return ruleSpan{start, end, entities.Location, !known}, true
		}
	}
	if start > 0 {
		prev := &toks[start-1]
		if placeCues[prev.text] || (prev.text == "の" && start > 1 && placeCues[toks[start-2].text]) {
			return ruleSpan{start, end, entities.Location, !known}, true
		}
	}
	if class == gazPerson && (!known || end-start > 1) {
		// A gazetteer person written with a word not in the dictionary or
		// in full (given name・surname); a surname that is also a common
		// word needs a title.
		return ruleSpan{start, end, entities.Person, true}, true
	}
	if class != gazNone && class != gazPerson && class != gazOrg && (!known || end-start > 1) &&
		(gn.curated || class == gazCountry || class == gazCapital) {
		// A trusted place name the dictionary does not know (a city of a conflict area).
		return ruleSpan{start, end, entities.Location, true}, true
	}
	fullName := end-start > 2 // given name・surname
	if (isPlaceOrOrg(run) && !fullName) || (class != gazNone && class != gazPerson) {
		return ruleSpan{}, false
	}
	// A dictionary word is a name before any title if the dictionary says
	// it is a person's name (マルティネスさん), else only before an office
	// (トランプ氏, not サッカー選手).
	anyTitle := !known || run[0].isProper("人名")
	for j := end; j < len(toks) && j <= end+3; j++ {
		t := &toks[j]
		title := t.text
		if j+1 < len(toks) && toks[j+1].pos[1] == "接尾" {
			title += toks[j+1].text // 容疑|者
		}
		if t.isNoun() && (personTitles[t.text] || personTitles[title]) && (anyTitle || officeTitles[t.text] || officeTitles[title]) {
			return ruleSpan{start, end, entities.Person, true}, true
		}
		if t.script != scKanji || !(t.isNoun() || t.pos[0] == "接頭詞") {
			break
		}
		if known && !titleModifiers[t.text] {
			break
		}
	}
	return ruleSpan{}, false
}

// orgFrom matches an organisation name that starts with the name
// toks[start:end] and ends, after at most three kanji nouns, with a token
// that ends with an organisation suffix (ロシア|国防省, 北大西洋|条約|機構).
func orgFrom(toks []token, start, end int) (ruleSpan, bool) {
	for j := end; j < len(toks) && j <= end+3; j++ {
		t := &toks[j]
		if !t.isNoun() || (t.script != scKanji && t.script != scKatakana) {
			break
		}
		if orgSuffixOf(t.text) != "" {
			// Prefer the longest: 国防省 in ロシア国防省報道官 is not extended,
			// but 条約 機構 is.
			k := j + 1
			for k < len(toks) && k <= end+3 && toks[k].isNoun() && toks[k].script == scKanji && orgSuffixOf(toks[k].text) != "" {
				k++
			}
			return ruleSpan{start, k, entities.Organization, false}, true
		}
		if t.script == scKatakana {
			break
		}
	}
	return ruleSpan{}, false
}

// kanjiOrg matches an organisation that starts with a dictionary place or
// organisation name, or a Latin acronym: 米国務省, 北大西洋条約機構, NATO軍.
func kanjiOrg(toks []token, i int) (ruleSpan, bool) {
	t := &toks[i]
	if !(t.isProper("地域") || t.isProper("組織") || isAcronym(t.text)) {
		return ruleSpan{}, false
	}
	if r, ok := orgFrom(toks, i, i+1); ok {
		return r, true
	}
	return ruleSpan{}, false
}

// isAcronym reports whether s is two to six upper-case Latin letters.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// companyHeads end the names of Japanese firms (岡本製作所, 北陸電力, 三井物産)
// and never a person's name; a name the tagger calls a person that ends with
// one is an organisation. They are not cue words of the tagger: as features
// they cost more than they gained.
var companyHeads = []string{"製作所", "工業", "商店", "商会", "製薬", "電機", "電力", "鉄道", "電鉄", "証券",
	"興業", "重工", "物産", "商事", "書店", "製鉄", "工務店", "建設", "銀行", "新聞社", "出版"}

// companyHead reports whether s ends with one of the companyHeads.
func companyHead(s string) bool {
	for _, h := range companyHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

// authorities makes a country before 当局 ("the authorities") a place, as
// the IREX guidelines of KWAC and GSD annotate it (フィリピン当局: フィリピン
// is the place, 当局 no part of a name) and as the English side has it
// ("authorities in the Philippines"), so that the mention links to the
// country. It works on the candidates of one sentence, cands[first:], over
// the sentence tokens toks at token offset offset: a tagger name of a
// country and 当局 is cut to the country, and a country the tagger left
// out is added. Other names before 当局 (公安当局) stay as they are.
func authorities(cands []candidate, toks []token, gaz []gazSpan, offset, first int) []candidate {
	for i := 1; i < len(toks); i++ {
		if toks[i].text != "当局" {
			continue
		}
		country := countryBefore(toks, gaz, i)
		named := false
		for k := first; k < len(cands); k++ {
			c := &cands[k]
			switch {
			case c.end == offset+i:
				named = true
			case c.end == offset+i+1 && c.start < offset+i:
				named = true
				if country >= 0 && c.start == offset+country {
					c.end, c.typ = offset+i, entities.Location
				}
			}
		}
		if !named && country >= 0 && !overlapsAny(cands[first:], offset+country, offset+i) {
			cands = append(cands, candidate{offset + country, offset + i, entities.Location, byTagger})
		}
	}
	return cands
}

// countryBefore returns the first token of the country name that ends just
// before token i, or -1: a country or capital of the gazetteer, or a
// dictionary country name. The long tail of towns is left out (公安 is a
// county of China and a word for public security).
func countryBefore(toks []token, gaz []gazSpan, i int) int {
	for _, g := range gaz {
		if g.end == i && (g.class == gazCountry || g.class == gazCapital) {
			return g.start
		}
	}
	if t := &toks[i-1]; t.known && t.isProper("地域") && t.pos[3] == "国" {
		return i - 1
	}
	return -1
}

// trustedOrgs adds the organisations of the gazetteer's hand-checked table
// (ホワイトハウス, NHK, 読売新聞: names the project curates for news, with
// their English names) that the tagger left out of the sentence, appending
// to cands (the sentence's candidates are cands[first:], over the sentence
// tokens toks at token offset offset). KWAC leaves names such as
// ホワイトハウス untagged (a building to IREX), so a model trained with it
// misses the White House of news. Only a name that stands alone counts:
// not one inside a longer noun (日経 of 日経平均株価, NHK of NHK交響楽団).
func trustedOrgs(cands []candidate, toks []token, gaz []gazSpan, junk []bool, offset, first int) []candidate {
	for _, g := range gaz {
		if g.class != gazOrg || !g.curated || anyJunk(junk[g.start:g.end]) ||
			g.end < len(toks) && (toks[g.end].isNoun() || toks[g.end].script == scDot) ||
			g.start > 0 && (toks[g.start-1].isNoun() || toks[g.start-1].pos[0] == "接頭詞") ||
			overlapsAny(cands[first:], offset+g.start, offset+g.end) {
			continue
		}
		cands = append(cands, candidate{offset + g.start, offset + g.end, entities.Organization, byTagger})
	}
	return cands
}
