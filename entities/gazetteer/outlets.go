package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// outletsFile lists news outlets, one name per line, as
// go run ./entities/gazetteer/genoutlets derives them from the publisher
// table of the fundus scraper (MIT; see SOURCES.md). The gazetteer's own
// media entries (subtype "media": agencies, the national papers, the big
// broadcasters, with their Japanese names) complete it.
//
//go:embed outlets.txt
var outletsFile string

var (
	outletsOnce sync.Once
	outletNames map[string]bool // Normalize(name)
)

// outletHeads are the words a news outlet's name ends with, in English and
// Japanese: the Kyiv Post, the Japan Times, 北海道新聞, 時事通信社, 日本テレビ放送.
// A name with such a head is an outlet whether or not a list has it.
var outletHeads = []string{"Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Shimbun",
	"Ilbo", "Pravda", "Izvestia", "News", "Newspaper", "Broadcasting", "Broadcasting Corporation",
	"Television", "TV", "Radio", "Daily", "News Agency", "Press Agency", "Wire",
	"新聞", "新聞社", "新報", "日報", "報知", "通信", "通信社", "放送", "テレビ", "ニュース", "スポーツ", "タイムズ",
	"ポスト", "ジャーナル", "電子版"}

// IsOutlet reports whether name names a news outlet (a newspaper, agency,
// broadcaster or news site): it is on the outlet list or the gazetteer's
// media entries, or ends with a word outlets are named with. Only the name
// is judged; whether a mention of it cites the outlet or tells of it acting
// is the resolver's and the pipeline's business.
func (g *Gazetteer) IsOutlet(name string) bool {
	outletsOnce.Do(func() {
		outletNames = map[string]bool{}
		for _, l := range strings.Split(outletsFile, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				outletNames[Normalize(l)] = true
			}
		}
	})
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if outletNames[Normalize(name)] {
		return true
	}
	for _, e := range g.Lookup(name) {
		if e.Subtype == "media" {
			return true
		}
	}
	return outletShaped(name)
}

// outletShaped reports whether a name ends with an outlet's head word after
// at least one other word (English) or two other characters (Japanese):
// "News" or 新聞 alone is no outlet.
func outletShaped(name string) bool {
	for _, h := range outletHeads {
		rest, ok := strings.CutSuffix(name, h)
		if !ok || rest == "" {
			continue
		}
		if HasJapanese(h) {
			if utf8.RuneCountInString(strings.TrimRight(rest, "・ ")) >= 2 {
				return true
			}
			continue
		}
		// An English head is a word of its own after a capitalised one:
		// "Kyiv Post", not "Signpost" or "the post".
		r, _ := utf8.DecodeLastRuneInString(rest)
		if r != ' ' {
			continue
		}
		first, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsUpper(first) || unicode.IsDigit(first) {
			return true
		}
	}
	return false
}

// katakanaWordsFile lists katakana words that name no person (アプリ,
// ニュース, マイクロソフト), as go run ./entities/gazetteer/genkatakana derives
// them from annotated Japanese text (CC BY-SA; see SOURCES.md).
//
//go:embed katakana_words.txt
var katakanaWordsFile string

var (
	katakanaOnce  sync.Once
	katakanaWords map[string]bool // word -> also seen as (part of) a name
)

func loadKatakanaWords() {
	katakanaWords = map[string]bool{}
	for _, l := range strings.Split(katakanaWordsFile, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			w, tag, _ := strings.Cut(l, "\t")
			katakanaWords[w] = tag == "name"
		}
	}
}

// IsKatakanaWord reports whether s is a katakana word of Japanese text that
// names no person: a loanword or the name of a thing. Sounding like an
// English name does not make it that name.
func (g *Gazetteer) IsKatakanaWord(s string) bool {
	katakanaOnce.Do(loadKatakanaWords)
	_, ok := katakanaWords[s]
	return ok
}

// loanwordsFile lists katakana common nouns of a Japanese–English
// dictionary (ドローン, キラー) and the names of things of its dictionary of
// names (ソニー), each with its kind and its one-word English glosses, as go
// run ./entities/gazetteer/genloanwords derives them from EDICT and ENAMDICT
// (CC BY-SA 3.0; see SOURCES.md).
//
//go:embed loanwords.txt
var loanwordsFile string

// A loanword is what the dictionaries say of a katakana word.
type loanword struct {
	kind    string   // noun (no name), name (a noun, and a name of no person) or brand
	glosses []string // one-word English glosses, lower case
}

var (
	loanwordsOnce sync.Once
	loanwords     map[string]loanword
)

func loadLoanwords() {
	loanwords = map[string]loanword{}
	for _, l := range strings.Split(loanwordsFile, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		w, rest, _ := strings.Cut(l, "\t")
		kind, glosses, _ := strings.Cut(rest, "\t")
		loanwords[w] = loanword{kind: kind, glosses: strings.Fields(glosses)}
	}
}

// IsLoanword reports whether s is a katakana word the dictionary gives as a
// common noun and the dictionary of names does not list. Many nouns are
// surnames too (ブッシュ, ミラー): it says what a word can be, not what a
// name is.
func (g *Gazetteer) IsLoanword(s string) bool {
	loanwordsOnce.Do(loadLoanwords)
	return loanwords[s].kind == "noun"
}

// ThingWord reports whether s is a katakana word that the dictionaries give
// as a common noun or the name of a thing and never as a person's name
// (ポニー "pony", also the brand Pony; ソニー, a company), and returns the
// English words it is glossed by, in lower case (pony; sony). A person may
// be named so (the singer Pink, ピンク), but the word's sound alone does not
// say that it names one.
func (g *Gazetteer) ThingWord(s string) (glosses []string, ok bool) {
	loanwordsOnce.Do(loadLoanwords)
	w, ok := loanwords[s]
	return w.glosses, ok
}

// IsCommonKatakanaWord reports whether s is a katakana word that the text
// never used as (part of) a name at all: a common noun (アプリ, ニュース),
// not an organisation's name (アップル).
func (g *Gazetteer) IsCommonKatakanaWord(s string) bool {
	katakanaOnce.Do(loadKatakanaWords)
	named, ok := katakanaWords[s]
	return ok && !named
}
