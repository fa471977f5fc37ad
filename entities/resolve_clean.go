package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/gazetteer"
	"golang.org/x/text/unicode/norm"
)

// Extractors leave titles, honorifics and possessives outside a mention's
// span; the resolver strips them again in case one did not, so that "President
// Trump's" and トランプ氏 reach the linker as Trump and トランプ.

// englishTitles are words that precede a person's name. They are stripped
// from the start of a PERSON mention, repeatedly ("Former President").
var englishTitles = wordSet(`president vice prime minister pm chancellor secretary state defense defence
	foreign finance minister gen. general lt. lt col. colonel sen. senator rep. representative gov. governor
	mayor mr. mr mrs. mrs ms. ms dr. dr prof. professor sir dame lord king queen prince princess pope
	ambassador envoy special judge justice chairman chairwoman chairperson chair speaker leader commander admiral adm.
	sgt. capt. captain maj. major former ex- premier sheikh ayatollah spokesman spokeswoman spokesperson
	director chief ceo founder candidate deputy acting elect president-elect`)

// japaneseSuffixes are titles and honorifics written after a person's name,
// longest first so that 副大統領 is stripped whole.
var japaneseSuffixes = sortedByLength(strings.Fields(`氏 さん 様 君 ちゃん 大統領 副大統領 元大統領 前大統領 次期大統領
	首相 元首相 前首相 長官 国務長官 国防長官 外相 国防相 報道官 容疑者 被告 議員 上院議員 下院議員 特使 特別代表
	総裁 事務総長 書記長 総書記 委員長 補佐官 首席補佐官 大使 知事 市長 国王 王子 皇太子 教皇 司令官 大臣 外務大臣
	国防大臣 首席 代表 会長 社長 議長 総長 総統 主席 国家主席 氏ら 夫人 元帥 将軍`))

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func sortedByLength(list []string) []string {
	// Insertion sort, longest first: the list is tiny and fixed.
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j]) > len(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return list
}

var months = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`)

// directions are compass adjectives that extractors mistake for places.
var directions = wordSet(`western eastern northern southern`)

// compassPoints alone name no place: "the West", "the South" are political
// or loose regions, not entities of the map.
var compassPoints = wordSet(`west east north south northwest northeast southwest southeast
	north-west north-east south-west south-east`)

// cleanSurface returns the name inside a mention's text: base is NFKC with
// spaces collapsed, quotes and a possessive removed; name is base without the
// titles and honorifics of a person ("President", 氏). Both are "" for junk
// that no entity should own: URLs, @handles, hashtags, numbers, single letters,
// month and weekday names.
func cleanSurface(text string, t Type) (base, name string) {
	base = strings.Join(strings.Fields(norm.NFKC.String(text)), " ")
	base = strings.Trim(base, `"“”'‘’「」『』()（）[]【】,;:!?、。・`)
	base = stripPossessive(trimFullStop(base))
	name = stripLeadingCountry(base)
	if t == Person {
		name = stripLeadingCountry(stripTitles(base))
	}
	if isJunk(base) || isJunk(name) || (t == Location && compassPoints[strings.ToLower(base)]) {
		return "", ""
	}
	return base, name
}

// trimFullStop removes a sentence's full stop caught at the end of a name,
// keeping the dot of an abbreviation (U.S., Jr., St.).
func trimFullStop(s string) string {
	if !strings.HasSuffix(s, ".") {
		return s
	}
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if strings.Count(last, ".") > 1 || len(last) <= 4 {
		return s
	}
	return strings.TrimSuffix(s, ".")
}

func stripPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	if strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "s’") {
		return strings.TrimRight(s, "'’")
	}
	return s
}

func stripTitles(s string) string {
	for {
		words := strings.SplitN(s, " ", 3)
		if len(words) < 2 {
			break
		}
		// A title ("President"), or a qualifier before one ("Ukrainian
		// President", "U.S. Secretary", "Russia's President").
		if englishTitles[strings.ToLower(words[0])] ||
			len(words) == 3 && englishTitles[strings.ToLower(words[1])] && isQualifier(words[0]) {
			s = s[len(words[0])+1:]
			continue
		}
		break
	}
	for range 2 {
		stripped := false
		for _, suf := range japaneseSuffixes {
			if strings.HasSuffix(s, suf) && len(s) > len(suf) {
				s = strings.TrimRight(s[:len(s)-len(suf)], "・ ")
				s = stripCountryPrefix(s)
				stripped = true
				break
			}
		}
		if !stripped {
			break
		}
	}
	return s
}

// isQualifier reports whether a word may qualify a title before a name: a
// possessive, an acronym (U.S., EU) or a capitalised demonym-like adjective.
func isQualifier(w string) bool {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || gazetteer.IsAcronym(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// generational are the words after a surname that are not the surname.
var generational = wordSet(`jr jr. sr sr. ii iii iv`)

// familyFirst are the commonest family names of China, Korea and Vietnam,
// romanised: names from there put the family name first (Xi Jinping, Kim
// Jong Un, Nguyen Phu Trong), and that first word names the person alone
// as a surname does elsewhere ("Xi said").
var familyFirst = wordSet(`xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
	zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
	ding ren shen yao jin qin kim lee park choi jung jeong kang cho yoon yun jang lim moon shin han oh seo kwon hwang
	ahn song hong ko nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly`)

// surnames returns the words of a tokenised full name that name the person
// alone as a surname: the last (Donald Trump → trump), or the first of a
// name whose family name comes first (Xi Jinping → xi).
func surnames(tokens []string) []string {
	out := []string{surname(tokens)}
	if len(tokens) >= 2 && familyFirst[tokens[0]] && len(tokens) <= 3 {
		out = append(out, tokens[0])
	}
	return out
}

// surname returns the normalised last name of a tokenised full name,
// skipping a generational suffix (Donald Trump Jr. → trump).
func surname(tokens []string) string {
	for i := len(tokens) - 1; i > 0; i-- {
		if !generational[strings.ToLower(tokens[i])] {
			return tokens[i]
		}
	}
	return tokens[len(tokens)-1]
}

// stripCountryPrefix removes the one-kanji country abbreviation that stands
// between a katakana name and its title: トランプ米大統領 → トランプ.
func stripCountryPrefix(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 || !strings.ContainsRune("米露英仏独中韓朝日宇豪印伊加", r) {
		return s
	}
	rest := s[:len(s)-size]
	p, _ := utf8.DecodeLastRuneInString(rest)
	if utf8.RuneCountInString(rest) >= 2 && (unicode.Is(unicode.Katakana, p) || p == 'ー') {
		return rest
	}
	return s
}

func isJunk(s string) bool {
	if s == "" {
		return true
	}
	l := strings.ToLower(s)
	if strings.HasPrefix(s, "@") || strings.HasPrefix(s, "#") || strings.Contains(l, "http") ||
		strings.Contains(l, "www.") || strings.Contains(l, "t.co/") || strings.Contains(l, ".com") {
		return true
	}
	if months[strings.TrimSuffix(l, ".")] || directions[l] {
		return true
	}
	if strings.ContainsAny(s, gazetteer.SimplifiedOnly) {
		return true // Chinese pasted into a page (她说): no name of ours
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return letters == 1 && utf8.RuneCountInString(s) <= 2 && r < utf8.RuneSelf || isIDShaped(s)
}

// isIDShaped reports whether s is one Latin word with the shape of a
// generated id (a link's path: XbQr7TzKpa, ab1c2dE3) rather than a name or
// an acronym (MH17, G20, Web3): digits with upper and lower case letters
// mixed after the first, or digits and letters alternating again and again.
func isIDShaped(s string) bool {
	if len(s) < 6 {
		return false
	}
	upper, lower, digits, switches := 0, 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		digit := c >= '0' && c <= '9'
		switch {
		case digit:
			digits++
		case c >= 'A' && c <= 'Z':
			if i > 0 {
				upper++
			}
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return false
		}
		if i > 0 && digit != (s[i-1] >= '0' && s[i-1] <= '9') {
			switches++
		}
	}
	return digits > 0 && (upper >= 2 && lower >= 2 || switches >= 3)
}

// isCapsWords reports whether s is words of Latin capitals, at least four
// letters each, as a dateline writes a place (WARSAW, NEW YORK): longer than
// an acronym, which the gazetteer matches as written.
func isCapsWords(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		n := 0
		for _, r := range w {
			if !unicode.Is(unicode.Latin, r) || !unicode.IsUpper(r) {
				return false
			}
			n++
		}
		if n < 4 {
			return false
		}
	}
	return true
}

// titleCase writes each word of s with a capital and the rest in lower case.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

// countryPrefixes are the one-kanji abbreviations of countries Japanese
// news writes before a foreign name: 米グーグル, 露ガスプロム, 米ジョージ・W・ブッシュ.
const countryPrefixes = "米露英仏独中韓朝宇豪印伊加"

// stripLeadingCountry removes a country abbreviation before a katakana name
// (米ジョージ・W・ブッシュ → ジョージ・W・ブッシュ): the name is the same
// person or company whichever country the writer names. Before kanji the
// abbreviation is part of the name (米国務省, 英国).
func stripLeadingCountry(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !strings.ContainsRune(countryPrefixes, r) {
		return s
	}
	rest := s[size:]
	if utf8.RuneCountInString(rest) >= 2 && translitKatakanaStart(rest) {
		return rest
	}
	return s
}

// translitKatakanaStart reports whether s begins with two katakana letters.
func translitKatakanaStart(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' {
			break
		}
		n++
		if n == 2 {
			return true
		}
	}
	return false
}

// companySuffixes are the words after a company's name that do not tell it
// from itself: Apple Inc. is Apple, 朝日新聞社 is 朝日新聞.
var companySuffixes = wordSet(`inc inc. corp corp. co co. ltd ltd. llc plc gmbh`)

// stripCompany removes a company suffix from an organisation's name for
// matching: Inc., Corp., Ltd. …, and in Japanese 株式会社 around it and 社
// after a news outlet's word (新聞社, 通信社) or a foreign name (Google社,
// トヨタ社), not after other kanji (神社 is a shrine).
func stripCompany(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 && companySuffixes[strings.ToLower(strings.TrimSuffix(words[len(words)-1], ","))] {
		words = words[:len(words)-1]
	}
	name = strings.TrimSuffix(strings.Join(words, " "), ",")
	for _, p := range []string{"株式会社", "(株)", "（株）"} {
		if rest := strings.TrimPrefix(name, p); rest != name && rest != "" {
			name = strings.TrimSpace(rest)
		}
		if rest := strings.TrimSuffix(name, p); rest != name && rest != "" {
			name = strings.TrimSpace(rest)
		}
	}
	if rest, ok := strings.CutSuffix(name, "社"); ok && utf8.RuneCountInString(rest) >= 2 {
		last, _ := utf8.DecodeLastRuneInString(rest)
		if strings.HasSuffix(rest, "新聞") || strings.HasSuffix(rest, "通信") || strings.HasSuffix(rest, "出版") ||
			unicode.Is(unicode.Katakana, last) || last == 'ー' || unicode.Is(unicode.Latin, last) || unicode.IsDigit(last) {
			name = rest
		}
	}
	return name
}

// nameTokens splits a name into its words: at spaces for Latin script, at ・
// and spaces for Japanese (キース・ケロッグ).
func nameTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '・' || r == '･' || r == '=' || r == '＝'
	})
}

// isKanjiName reports whether s is written in kanji only, as Japanese and
// Chinese personal names are (石破茂).
func isKanjiName(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// hasLatin reports whether s contains a Latin letter.
func hasLatin(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// acronymOf returns the initials of a multi-word name, skipping the
// function words of English organisation names: International Atomic Energy
// Agency → IAEA, Organization of the Petroleum Exporting Countries → OPEC.
// A slash joins two names into one: Radio Free Europe/Radio Liberty → RFERL,
// compared with its acronym written RFE/RL.
func acronymOf(name string) (all, content string) {
	var a, c strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		u := unicode.ToUpper(r)
		a.WriteRune(u)
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&", "to", "at":
		default:
			c.WriteRune(u)
		}
	}
	return a.String(), c.String()
}

// startsWithDigit reports whether name begins with a figure: a numbered
// name (3rd Combined Arms Army, 58th CAA).
func startsWithDigit(name string) bool {
	return name != "" && name[0] >= '0' && name[0] <= '9'
}
