package japanese

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extractAll runs x over text split into sentences at 。 and line breaks.
func extractAll(x *Extractor, text string) []entities.Mention {
	var spans []entities.Span
	start := 0
	for i, r := range text {
		if r == '。' || r == '\n' {
			end := i + utf8.RuneLen(r)
			spans = append(spans, entities.Span{Start: start, End: end})
			start = end
		}
	}
	if start < len(text) {
		spans = append(spans, entities.Span{Start: start, End: len(text)})
	}
	return x.Extract(text, spans)
}

// format renders mentions as "TYPE:text" for comparison.
func format(ms []entities.Mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s:%s", m.Type[:3], m.Text))
	}
	return out
}

// ruleMatches returns the context-rule spans of text as "TYPE:text".
func ruleMatches(x *Extractor, text string) []string {
	toks := x.tokenize(nil, text, 0, len(text))
	gaz := x.gaz.match(nil, text, toks)
	var out []string
	for _, r := range applyRules(nil, toks, gaz) {
		out = append(out, fmt.Sprintf("%s:%s", r.typ[:3], text[toks[r.start].start:toks[r.end-1].end]))
	}
	return out
}

func TestRules(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// A katakana name before a title or honorific is a person, the
		// title outside the span.
		{"title", "カルバーリョ外相は5日、記者会見を開いた。", []string{"PER:カルバーリョ"}},
		{"honorific", "取材に応じたマルティネスさんは涙を流した。", []string{"PER:マルティネス"}},
		{"compound title", "オコンクォ国防長官が演説した。", []string{"PER:オコンクォ"}},
		{"country abbreviation", "トランプ米大統領は声明を出した。", []string{"PER:トランプ"}},
		{"full name with dot", "ジョン・ハリントン氏が辞任した。", []string{"PER:ジョン・ハリントン"}},
		{"suspect", "警察はペレイラ容疑者を逮捕した。", []string{"PER:ペレイラ"}},
		// A dictionary word needs an office, not an occupation.
		{"occupation", "サッカー選手が来日した。", nil},
		{"place before title", "ロシア大統領府が発表した。", nil},
		// Places: a katakana name before 州/市/地方, or after 首都.
		{"province", "ミコライウ州で停電が起きた。", []string{"LOC:ミコライウ州"}},
		{"region", "ガリツィア地方で戦闘が続く。", []string{"LOC:ガリツィア地方"}},
		{"after capital", "ジョージアの首都トビリシでデモがあった。", []string{"LOC:トビリシ"}},
		// The dictionary splits 北西|部 and fuses 市|長 and 軍|機: the
		// tokeniser joins and splits them (see joinCompass, splitDivision).
		{"after a compass point", "部隊は南西のザルビノフカに向けて進軍した。", []string{"LOC:ザルビノフカ"}},
		{"diagonal compass point", "ウクライナ北西部のザルビノフカで戦闘が続く。", []string{"LOC:ザルビノフカ"}},
		{"place before a fused word", "ザルビノフカ市長は語った。", []string{"LOC:ザルビノフカ市"}},
		// Organisations: the whole compound up to the suffix.
		{"ministry", "ロシア国防省は声明を出した。", []string{"ORG:ロシア国防省"}},
		{"treaty organisation", "北大西洋条約機構の会合が開かれた。", []string{"ORG:北大西洋条約機構"}},
		{"katakana company", "ノルデン社は新製品を発表した。", []string{"ORG:ノルデン社"}},
		{"organisation before a fused word", "ロシア軍機が飛来した。", []string{"ORG:ロシア軍"}},
		{"shrine is not an organisation", "八幡神社に参拝した。", nil},
		{"same company", "同社は赤字に転落した。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ruleMatches(x, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("rules(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"minister visits a city",
			"カルバーリョ外相は5日、ミコライウ州を訪問した。",
			[]string{"PER:カルバーリョ", "LOC:ミコライウ州"}},
		{"kanji name",
			"会見には田中良子さんも出席した。",
			[]string{"PER:田中良子"}},
		{"organisation compound",
			"ロシア国防省は6日、部隊の撤退を発表した。",
			[]string{"ORG:ロシア国防省"}},
		{"playing cards are not a person",
			"休日は家族でトランプをして遊んだ。",
			nil},
		// One sense per document: the bare name in the second sentence is
		// the person of the first.
		{"one sense per document",
			"トランプ大統領は声明を発表した。トランプは演説で支持を訴えた。",
			[]string{"PER:トランプ", "PER:トランプ"}},
		{"bare name after titled name",
			"オコンクォ大統領が来日した。首相はオコンクォと会談した。",
			[]string{"PER:オコンクォ", "PER:オコンクォ"}},
		// Junk: URLs, ids, handles, hashtags, month names.
		{"social junk",
			"詳しくはこちら https://t.co/AbCdEf12Gh #速報 @news_desk February 8, 2025",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := format(extractAll(x, tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestExtractInvariants checks offsets, order and overlap on text with
// awkward sentence spans: out of range, off rune boundaries, empty.
func TestExtractInvariants(t *testing.T) {
	x := newTestExtractor(t)
	text := "ハルキウ州でオコンクォ大統領と山田一郎氏が会談した。NATO=北大西洋条約機構の会合は https://example.com/a で中継された。"
	spans := []entities.Span{{Start: -5, End: 4}, {Start: 4, End: 40}, {Start: 41, End: len(text) + 10}, {Start: 20, End: 20}, {Start: 0, End: len(text)}}
	ms := x.Extract(text, spans)
	if len(ms) == 0 {
		t.Fatal("no mentions")
	}
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %d %+v out of range", i, m)
		}
		if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			t.Errorf("mention %d %+v off rune boundaries", i, m)
		}
		if m.Text != text[m.Start:m.End] || m.Lang != Lang || !m.Type.Valid() {
			t.Errorf("mention %d %+v inconsistent", i, m)
		}
		if i > 0 && ms[i-1].End > m.Start {
			t.Errorf("mentions %d and %d overlap or are out of order", i-1, i)
		}
		if strings.Contains(m.Text, "http") {
			t.Errorf("mention %d %+v is a URL", i, m)
		}
	}
}

func TestIsLatinJunk(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"NATO", false}, {"Google", false}, {"McDonald", false},
		{"https", true}, {"February", true}, {"dZxhxrQYGD", true}, {"quBqur", true}, {"co", true},
	}
	for _, tt := range tests {
		if got := isLatinJunk(tt.s); got != tt.want {
			t.Errorf("isLatinJunk(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestConcurrentExtract(t *testing.T) {
	x := newTestExtractor(t)
	text := "カルバーリョ外相は5日、ミコライウ州を訪問した。ロシア国防省は反発した。"
	want := format(extractAll(x, text))
	done := make(chan []string)
	for range 4 {
		go func() {
			var got []string
			for range 20 {
				got = format(extractAll(x, text))
			}
			done <- got
		}()
	}
	for range 4 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent Extract = %v, want %v", got, want)
		}
	}
}

// TestCommonWordsAreNotPeople checks that words the tagger may take for a
// person are dropped when nothing in the document calls them one: a word
// referring back, a loanword glossed in brackets, katakana loanwords the
// dictionary knows; and that a title still makes a common word a name.
func TestCommonWordsAreNotPeople(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"reference word before a name", "「順調です」（前出・川口氏）", []string{"PER:川口"}},
		{"the said person", "同氏は語った。", nil},
		{"glossed loanword", "中国はレアアース（希土類）の輸出を規制した。", []string{"LOC:中国"}},
		{"loanword phrase", "ゴールド・ラッシュが起きた。", nil},
		{"slogan with a word the dictionary lacks", "ブルー・ライブズ・マターは語った。", nil},
		{"policy slogan", "グリーン・ニュー・ディールは語った。", nil},
		{"loanword after a common noun in a list", "ウクライナ国内の鉱物資源、レアアースをめぐり合意した。", []string{"LOC:ウクライナ"}},
		{"loanword among common nouns", "ウラン、チタン、マンガン鉱石、メタバース、リチウムが埋蔵されている。", nil},
		{"name after a word for a person", "経済学者、ハイエクは語った。", []string{"PER:ハイエク"}},
		{"kanji name in apposition", "宋代随一の詩人、蘇軾は月をたとえた。", []string{"PER:蘇軾"}},
		{"three-part name", "ガブリエル・ロペス・ミラーは語った。", []string{"PER:ガブリエル・ロペス・ミラー"}},
		// Without context a tagger trained with KWAC reads "ロック・ハドソン"
		// as "rock (music) · Hudson (the game maker of a KWAC article)";
		// news names a person with what they are.
		{"name with a common given name", "俳優のロック・ハドソンは1925年に生まれた。", []string{"PER:ロック・ハドソン"}},
		{"titled common word", "トランプ氏は語った。トランプは語った。", []string{"PER:トランプ", "PER:トランプ"}},
		{"titled loanword name", "マイク・ベンツ氏は語った。", []string{"PER:マイク・ベンツ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := format(extractAll(x, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestCommonWordName checks the dictionary's judgement apart from the
// tagger: a name with a part that has a proper-noun reading is no phrase of
// common words, even when its other part is one (ロック, "lock").
func TestCommonWordName(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"ロック・ハドソン", false},
		{"ガブリエル・ロペス・ミラー", false},
		{"ゴールド・ラッシュ", true},
		{"ホテル・ロビー", true},
	}
	for _, tt := range tests {
		toks := x.tokenize(nil, tt.text, 0, len(tt.text))
		if got := x.words.commonWordName(toks); got != tt.want {
			t.Errorf("commonWordName(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNewsConventions checks conventions where the training corpora
// disagree and the extractor follows news: an acronym and its full name
// joined by "=" are two mentions; the country before 当局 ("authorities")
// is a place; a person written with a space between family and given name
// is one mention; 地区 that begins a compound (地区検察) is not part of the
// place; an organisation of the curated gazetteer standing alone is one.
func TestNewsConventions(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"acronym and full name", "NATO=北大西洋条約機構の国防相会合が開かれた。", []string{"ORG:NATO", "ORG:北大西洋条約機構"}},
		{"authorities of countries", "オーストラリア当局とフィリピン当局も声明を出した。", []string{"LOC:オーストラリア", "LOC:フィリピン"}},
		{"other authorities", "公安当局は声明を出した。", nil},
		{"person with a space", "足利　尊氏は武将である。", []string{"PER:足利　尊氏"}},
		{"headline of two places", "ロシア ウクライナ 停戦交渉", []string{"LOC:ロシア", "LOC:ウクライナ"}},
		{"curated organisation", "ホワイトハウスによると、会談は1時間続いた。", []string{"ORG:ホワイトハウス"}},
		{"curated organisation inside a noun", "日経平均株価は下落した。", nil},
		{"district attorney", "マンハッタン地区検察のアルビン・ブラッグ検事も非難されている。", []string{"LOC:マンハッタン", "PER:アルビン・ブラッグ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := format(extractAll(x, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestWordKind(t *testing.T) {
	w := newDictWords()
	tests := []struct {
		word string
		want wordKind
	}{
		{"ホテル", wordCommon},      // a loanword
		{"ゴールドラッシュ", wordCommon}, // two run together
		{"ライブズ", wordCommon},     // with a plural ending
		{"スミス", wordProper},      // a surname
		{"ジョージ", wordProper},     // a given name
		{"オコンクォ", wordUnknown},   // a foreign name the dictionary lacks
		{"ロクタントラ", wordUnknown},  // three short words are chance
	}
	for _, tt := range tests {
		if got := w.kind(tt.word); got != tt.want {
			t.Errorf("kind(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// TestPOSMatchesKagome checks that the parts of speech read from the
// dictionary are kagome's own.
func TestPOSMatchesKagome(t *testing.T) {
	x := newTestExtractor(t)
	text := "オコンクォ国防長官は3日、ミコライウ州でＮＡＴＯの会合に出た。ｱｲｳ　ｗｗｗ"
	for _, kt := range x.tok.Tokenize(text) {
		got := x.posOf(&kt)
		for i := range got {
			want, ok := kt.FeatureAt(i)
			if !ok {
				want = "*"
			}
			if got[i] != want {
				t.Errorf("%q: POS level %d = %q, want %q", kt.Surface, i, got[i], want)
			}
		}
	}
}

// TestRepeatedSentence checks that a sentence repeated in a document, whose
// analysis is reused, gives the mentions it gives the first time, at its
// own offsets.
func TestRepeatedSentence(t *testing.T) {
	x := newTestExtractor(t)
	s := "カルバーリョ外相は5日、ミコライウ州を訪問した。"
	text := s + "\n詳しくは https://example.com/a\n" + s
	got := extractAll(x, text)
	once := extractAll(x, s)
	if len(got) != 2*len(once) || len(once) == 0 {
		t.Fatalf("Extract = %v, want twice %v", format(got), format(once))
	}
	off := strings.LastIndex(text, s)
	for i, m := range once {
		r := got[len(once)+i]
		if r.Start != m.Start+off || r.End != m.End+off || r.Text != m.Text || r.Type != m.Type {
			t.Errorf("repeated mention %d = %+v, want %+v moved by %d", i, r, m, off)
		}
	}
}

// TestCompanyHeads checks that a firm's name the tagger may read as a
// person's is an organisation when it ends with a company head.
func TestCompanyHeads(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"岡本製作所", true}, {"北陸電力", true}, {"三井物産", true}, {"岡本", false}, {"工業", true}, {"田中工", false},
	}
	for _, tt := range tests {
		if got := companyHead(tt.s); got != tt.want {
			t.Errorf("companyHead(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	x := newTestExtractor(t)
	text := "2018年6月1日、岡本製作所はラクテンチの事業を株式会社ラクテンチに譲渡した。"
	for _, m := range extractAll(x, text) {
		if m.Text == "岡本製作所" && m.Type != entities.Organization {
			t.Errorf("%s typed %s, want ORGANIZATION", m.Text, m.Type)
		}
	}
}

// TestLatinBrandsAreNoPeople checks that a Latin company name the tagger
// takes for a person in a Japanese sentence is an organisation when the
// English brand list has it, and that a Latin name the list does not have
// keeps the tagger's reading.
func TestLatinBrandsAreNoPeople(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Metaはその記事を否定しなかったんだ。",
		"僕の町の団体も、Metaのサービスで連絡を取ってるから、やめられないんだ。",
	} {
		got := format(extractAll(x, text))
		if !slices.Contains(got, "ORG:Meta") || slices.Contains(got, "PER:Meta") {
			t.Errorf("%s: got %v, want ORG:Meta", text, got)
		}
	}
	for _, tt := range []struct {
		name string
		want bool
	}{{"Meta", true}, {"Discord", true}, {"Helvetica", false}, {"メタ", false}, {"Donald Trump", false}} {
		if got := latinBrand(tt.name); got != tt.want {
			t.Errorf("latinBrand(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDottedNameCutShort checks that a dotted katakana name the tagger cuts
// before its last part is found whole, and that a name the dot separates
// from the next stays apart.
func TestDottedNameCutShort(t *testing.T) {
	x := newTestExtractor(t)
	for _, tt := range []struct {
		text        string
		want, wrong string
	}{
		{"米国ではブラック・ライブズ・マター運動が全米に広がった。", "ORG:ブラック・ライブズ・マター", "ORG:ブラック・ライブズ"},
		{"彼はJリーグ・カターレ富山所属。", "ORG:Jリーグ", "ORG:Jリーグ・カターレ"},
	} {
		got := format(extractAll(x, tt.text))
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.wrong) {
			t.Errorf("%s: got %v, want %s and not %s", tt.text, got, tt.want, tt.wrong)
		}
	}
}

// TestTokenizeDivisions checks the tokeniser's two changes to the
// dictionary's words around the heads of names: a diagonal compass point
// is one word as 東部 is, and a division head fused with the word after it
// is split when it follows a word whose name it can end, not otherwise.
func TestTokenizeDivisions(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ text, want string }{
		{"ウクライナ北西部の町", "ウクライナ|北西部|の|町"},
		{"愛知県内で講演した", "愛知|県|内|で|講演|し|た"},
		{"東京都知事が会見した", "東京|都|知事|が|会見|し|た"},
		{"警備局長に就任した", "警備|局|長|に|就任|し|た"},
		{"市民が集まった", "市民|が|集まっ|た"},         // no name before it
		{"昨日、部長は言った", "昨日|、|部長|は|言っ|た"},   // nor here
		{"多くの市民が集まった", "多く|の|市民|が|集まっ|た"}, // nor after a particle,
		{"昨日　部長は言った", "昨日|　|部長|は|言っ|た"},   // a space,
		{"３県知事が会談した", "３|県知事|が|会談|し|た"},   // a number
		{"★部長は言った", "★|部長|は|言っ|た"},        // or a symbol
		{"株式会社の会長", "株式会社|の|会長"},          // 会 and 社 are not split
	}
	for _, tt := range tests {
		var words []string
		for _, tok := range x.tokenize(nil, tt.text, 0, len(tt.text)) {
			words = append(words, tok.text)
		}
		if got := strings.Join(words, "|"); got != tt.want {
			t.Errorf("tokenize(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestExtractWordsAreKagomes checks that the words ExtractWords reports are
// kagome's (Words), as a search index needs, where the tokeniser changed
// kagome's split for the tagger (北西|部 joined, 愛知|県内 split).
func TestExtractWordsAreKagomes(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{"ウクライナ北西部の町で、愛知県内と東京都知事。", "ロシア軍機"} {
		_, words := x.ExtractWords(text, []entities.Span{{Start: 0, End: len(text)}})
		want, err := Words(text)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(words[0], "|")
		if w := strings.Join(want, "|"); got != w {
			t.Errorf("ExtractWords(%q) = %s, want %s", text, got, w)
		}
	}
}

// TestRegionsHoldNo checks that a の between two nameable words is tagged
// with them, so that a name that holds one (希望の党) can be found, and that
// one after punctuation or a space is not: the regions are compared whole,
// as a の wrongly tagged joins its neighbours' regions into one.
func TestRegionsHoldNo(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct{ text, want string }{
		{"希望の党が発足した", "希望の党|発足"},
		{"日本野鳥の会によると", "日本野鳥の会"},
		{"「東京」の人口", "東京|人口"},
		{"東京　の人口", "東京　|人口"}, // the space is nameable, the の is not
		{"★の党", "★|党"},       // a symbol is nameable, the の is not
	}
	for _, tt := range tests {
		toks := x.tokenize(nil, tt.text, 0, len(tt.text))
		var got []string
		regions(toks, func(start, end int) {
			got = append(got, tt.text[toks[start].start:toks[end-1].end])
		})
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("regions(%q) = %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestWithinWordsAreNoPlaces(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{"中山さんは12月6日、都内の自宅で亡くなった。", "既に都内で多くの寄席が廃業していた。"} {
		for _, m := range extractAll(x, text) {
			if m.Text == "都内" {
				t.Errorf("Extract(%q) has %s:%s", text, m.Type, m.Text)
			}
		}
	}
}

// TestCountryDescriptionsAreNoNames checks that a place the tagger reads
// together with a word for countries keeps the name alone (北欧 of 北欧加盟国),
// and that common nouns alone (密輸帝国, "smuggling empire") name no place.
func TestCountryDescriptionsAreNoNames(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text      string
		bad, want string
	}{
		{"会合では北欧加盟国とカナダの防衛費が取り上げられた。", "北欧加盟国", ""},
		{"EUの欧州加盟国とノルウェーの国防費は前年より増えた。", "欧州加盟国", ""},
		{"OECDのアジア加盟国と豪州の輸出は伸びた。", "アジア加盟国", ""},
		{"番組は密輸帝国の内幕を描いた。", "密輸帝国", ""},
		{"その後、神聖ローマ帝国は分裂した。", "", "神聖ローマ帝国"},
	}
	for _, tt := range tests {
		found := false
		for _, m := range extractAll(x, tt.text) {
			if m.Text == tt.bad {
				t.Errorf("Extract(%q) has %s:%s", tt.text, m.Type, m.Text)
			}
			found = found || m.Text == tt.want
		}
		if tt.want != "" && !found {
			t.Errorf("Extract(%q) lacks %s", tt.text, tt.want)
		}
	}
}
