package entities

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities/gazetteer"
)

// noGazetteer is an empty gazetteer, to test the rules that work without one.
var noGazetteer = func() *gazetteer.Gazetteer {
	g, err := gazetteer.Parse(strings.NewReader(""))
	if err != nil {
		panic(err)
	}
	return g
}()

// parseGazetteer builds a gazetteer of the compiled lines given, to test a
// rule on entries the built-in one does not have.
func parseGazetteer(t *testing.T, lines ...string) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Parse(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// docs builds documents from mentions written "TYPE text", as if an
// extractor had found them in sentences such as the ones in the comments of
// each case. The language follows the script.
func docs(texts ...[]string) []DocMentions {
	var out []DocMentions
	for i, d := range texts {
		dm := DocMentions{Doc: fmt.Sprintf("d%d", i)}
		off := 0
		for _, m := range d {
			t, text, _ := strings.Cut(m, " ")
			lang := "en"
			if gazetteer.HasJapanese(text) {
				lang = "ja"
			}
			dm.Mentions = append(dm.Mentions, Mention{Start: off, End: off + len(text), Text: text, Type: map[string]Type{"P": Person, "L": Location, "O": Organization}[t], Lang: lang})
			off += len(text) + 1
		}
		out = append(out, dm)
	}
	return out
}

// withAbbreviations records in document doc that mention abbr abbreviates
// mention name.
func withAbbreviations(ds []DocMentions, doc, name, abbr int) []DocMentions {
	ds[doc].Abbreviations = append(ds[doc].Abbreviations, [2]int{name, abbr})
	return ds
}

// ref names a mention as "doc:index".
type ref struct{ doc, mention int }

// entityOf returns the ID of each mention's entity, "" when dropped.
func entityOf(list []Entity, of [][]int, r ref) string {
	i := of[r.doc][r.mention]
	if i < 0 {
		return ""
	}
	return list[i].ID
}

type resolveCase struct {
	name   string
	opts   ResolverOptions
	docs   []DocMentions
	same   [][]ref // each group resolves to one entity
	differ [][]ref // each group resolves to pairwise different entities
	ids    map[ref]string
}

func runResolveCases(t *testing.T, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			list, of := NewResolver(tc.opts).Resolve(tc.docs)
			text := func(r ref) string { return tc.docs[r.doc].Mentions[r.mention].Text }
			for _, g := range tc.same {
				want := entityOf(list, of, g[0])
				for _, r := range g[1:] {
					if got := entityOf(list, of, r); got != want || got == "" {
						t.Errorf("%q → %q, %q → %q; want one entity", text(g[0]), want, text(r), got)
					}
				}
			}
			for _, g := range tc.differ {
				seen := map[string]string{}
				for _, r := range g {
					id := entityOf(list, of, r)
					if other, ok := seen[id]; ok {
						t.Errorf("%q and %q both → %q; want different entities", other, text(r), id)
					}
					seen[id] = text(r)
				}
			}
			for r, want := range tc.ids {
				if got := entityOf(list, of, r); got != want {
					t.Errorf("%q → %q, want %q", text(r), got, want)
				}
			}
		})
	}
}

func TestResolveTitlesAndPossessives(t *testing.T) {
	runResolveCases(t, []resolveCase{{
		// "President Trump's envoy met ..." / "Trump said ..." / 「トランプ氏は…」 / 「トランプ米大統領は…」
		name: "titles honorifics possessives",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P President Trump's", "P Trump", "P Mr. Trump"}, []string{"P トランプ氏", "P トランプ", "P トランプ米大統領"},
			[]string{"P Chairperson Dmitry Medvedev"}, []string{"P Dmitry Medvedev"}),
		same: [][]ref{{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {3, 0}}},
		ids:  map[ref]string{{2, 0}: "person/dmitry-medvedev"},
	}, {
		// "Ukrainian President Volodymyr Zelensky said ..." / "Russia's President Putin ..."
		name: "qualified titles",
		docs: docs([]string{"P Ukrainian President Volodymyr Zelensky", "P Russia's President Putin", "P U.S. Defense Secretary Pete Hegseth"}),
		ids:  map[ref]string{{0, 0}: "person/volodymyr-zelensky", {0, 1}: "person/vladimir-putin", {0, 2}: "person/pete-hegseth"},
	}, {
		name: "title kept when the gazetteer knows the whole",
		docs: docs([]string{"P Pope Francis", "P Francis"}),
		ids:  map[ref]string{{0, 0}: "person/pope-francis"},
	}})
}

func TestResolveSurnameInDocument(t *testing.T) {
	runResolveCases(t, []resolveCase{{
		// "Keith Kellogg, the envoy, arrived in Kyiv. Kellogg said ..."
		name: "surname after full name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Keith Kellogg", "P Kellogg", "P Kellogg's"}),
		same: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
		ids:  map[ref]string{{0, 1}: "person/keith-kellogg"},
	}, {
		// 「キース・ケロッグ特使は…ケロッグ氏は…」
		name: "katakana surname after full name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P キース・ケロッグ特使", "P ケロッグ氏"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
	}, {
		// 「歌手の中山美穂さんが…中山さんは…美穂さんは…」
		name: "kanji surname and given name after full name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P 中山美穂", "P 中山", "P 美穂"}),
		same: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
		ids:  map[ref]string{{0, 1}: "person/中山美穂"},
	}, {
		// "Donald Trump and Melania Trump arrived. Trump waved."
		name:   "two full names share the surname",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"P Donald Trump", "P Melania Trump", "P Trump"}),
		differ: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
	}, {
		name:   "two full names share the surname, gazetteer decides the bare one",
		docs:   docs([]string{"P Donald Trump", "P Melania Trump", "P Trump"}),
		differ: [][]ref{{{0, 0}, {0, 1}}},
		same:   [][]ref{{{0, 0}, {0, 2}}},
	}, {
		// "Melania Trump opened the exhibition. Trump, a former model, ..."
		name: "document context beats the gazetteer for a bare surname",
		docs: docs([]string{"P Melania Trump", "P Trump"}, []string{"P Trump"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
		ids:  map[ref]string{{0, 1}: "person/melania-trump", {1, 0}: "person/donald-trump"},
	}, {
		// "Donald Trump Jr. and his father Donald Trump ... Trump said"
		name:   "generational suffix is not the surname",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"P Donald Trump Jr.", "P Donald Trump", "P Trump"}),
		differ: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
	}, {
		// "J.D. Vance ... JD Vance ... J. D. Vance ... Vance" across documents.
		name: "initials and middle initials",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P J.D. Vance", "P Donald J. Trump"}, []string{"P JD Vance", "P Donald Trump", "P Kim Jong-un"}, []string{"P J. D. Vance", "P Vance", "P Kim Jong Un"}),
		same: [][]ref{{{0, 0}, {1, 0}, {2, 0}, {2, 1}}, {{0, 1}, {1, 1}}, {{1, 2}, {2, 2}}},
	}, {
		// "Xi Jinping met ... Xi said" — family name first.
		name: "family name first",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Xi Jinping", "P Xi"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
	}, {
		// 「習近平国家主席は…習主席は…」 — a one-kanji surname with its title.
		name: "one-kanji surname before a title",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P 習近平国家主席", "P 習主席"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
	}, {
		// "Tim Walz spoke. Tim later ..." — a given name used alone.
		// A first name alone never joins a full name: the news call
		// Ali Khamenei Khamenei, and "Ali" is someone else.
		name:   "given name after full name",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"P Tim Walz", "P Tim"}, []string{"P Ali Khamenei", "P Ali"}),
		differ: [][]ref{{{0, 0}, {0, 1}}, {{1, 0}, {1, 1}}},
	}, {
		// "Roger Ailes" nine times, "Elizabeth Ailes" once: "Ailes" is Roger.
		name: "surname joins the full name the document names most",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: []DocMentions{{Doc: "d", Mentions: []Mention{{Text: "Roger Ailes", Type: Person}, {Text: "Elizabeth Ailes", Type: Person},
			{Text: "Ailes", Type: Person}}, Weights: []int{9, 1, 40}}},
		same:   [][]ref{{{0, 0}, {0, 2}}},
		differ: [][]ref{{{0, 1}, {0, 2}}},
	}, {
		// Rupert Murdoch and James Murdoch as often: "Murdoch" stays apart.
		name:   "surname of two full names named alike",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   []DocMentions{{Doc: "d", Mentions: []Mention{{Text: "Rupert Murdoch", Type: Person}, {Text: "James Murdoch", Type: Person}, {Text: "Murdoch", Type: Person}}, Weights: []int{10, 12, 30}}},
		differ: [][]ref{{{0, 0}, {0, 2}}, {{0, 1}, {0, 2}}},
	}})
}

func TestResolveAcrossCorpus(t *testing.T) {
	runResolveCases(t, []resolveCase{{
		name: "unique surname links across documents",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Keith Kellogg"}, []string{"P Kellogg"}),
		same: [][]ref{{{0, 0}, {1, 0}}},
	}, {
		name:   "ambiguous surname stays alone",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"P Keith Kellogg"}, []string{"P Will Kellogg"}, []string{"P Kellogg"}),
		differ: [][]ref{{{0, 0}, {1, 0}, {2, 0}}},
	}, {
		// "The International Atomic Energy Agency (IAEA) said ..." then, elsewhere, "the IAEA".
		name: "acronym defined in a document",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"O International Atomic Energy Agency", "O IAEA"}, []string{"O IAEA"}),
		same: [][]ref{{{0, 0}, {0, 1}, {1, 0}}},
		// named IAEA twice, in full once: the acronym is its name
		ids: map[ref]string{{1, 0}: "organization/iaea"},
	}, {
		name: "acronym named less often than the full name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"O International Atomic Energy Agency", "O IAEA"}, []string{"O International Atomic Energy Agency"},
			[]string{"O International Atomic Energy Agency"}),
		ids: map[ref]string{{0, 1}: "organization/international-atomic-energy-agency"},
	}, {
		// "the Lorvian Institute for Security Affairs (SWP)": the text
		// defines an acronym of other words; elsewhere, "SWP" alone.
		name: "acronym the text defines",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: withAbbreviations(docs([]string{"O Lorvian Institute for Security Affairs", "O SWP"}, []string{"O SWP"}), 0, 0, 1),
		same: [][]ref{{{0, 0}, {0, 1}, {1, 0}}},
	}, {
		name:   "acronym of other words with no definition",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"O Lorvian Institute for Security Affairs", "O SWP"}),
		differ: [][]ref{{{0, 0}, {0, 1}}},
	}, {
		name: "acronym with function words",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"O Organization of the Petroleum Exporting Countries", "O OPEC"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
	}, {
		// "Kestrel Air/Kestrel Cargo (KA/KC) said ... a Kestrel Cargo pilot".
		name: "a slash-joined name, its acronym and its halves",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"O Kestrel Air/Kestrel Cargo", "O KA/KC", "O Kestrel Cargo"}, []string{"O Kestrel Cargo"}),
		same: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
		ids:  map[ref]string{{1, 0}: "organization/kestrel-cargo"},
	}})
}

func TestResolveTypes(t *testing.T) {
	runResolveCases(t, []resolveCase{{
		// "Georgia voted ..." (a place) / "Georgia Meloni"-style typos aside, a person named Georgia.
		name:   "never across types",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"L Georgia", "P Georgia", "O Georgia"}),
		differ: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
	}, {
		// "Russia said ..." typed ORGANIZATION by one extractor, LOCATION by another.
		name: "a country is a country whatever the type",
		docs: docs([]string{"O Russia", "L ロシア"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
		ids:  map[ref]string{{0, 0}: "location/russia"},
	}, {
		// "Michael Jordan" → "Jordan": a person is never made a country.
		name: "a person is never retyped",
		docs: docs([]string{"P Jordan"}, []string{"L Jordan"}),
		ids:  map[ref]string{{0, 0}: "person/jordan", {1, 0}: "location/jordan"},
	}, {
		// "ミルノフカを制圧した" in two posts, "ミルノフカは高台にある" taken for a
		// person in a third: one place.
		name: "one type per name across the corpus",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"L ミルノフカ", "L ミルノフカ"}, []string{"L ミルノフカ"}, []string{"P ミルノフカ"}),
		same: [][]ref{{{0, 0}, {1, 0}, {2, 0}}},
		ids:  map[ref]string{{2, 0}: "location/ミルノフカ"},
	}, {
		// "the Harlow plant" twice, "Harlow said" once: the organisation.
		name: "the corpus majority types a Latin name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"O Harlow", "O Harlow"}, []string{"L Harlow"}),
		same: [][]ref{{{0, 0}, {1, 0}}},
	}, {
		// One mention each: no type is the name's.
		name:   "even evidence keeps both types",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"L Calder"}, []string{"P Calder"}),
		differ: [][]ref{{{0, 0}, {1, 0}}},
	}, {
		// "Mira Calder ... Calder said" keeps the person though "Calder" is a
		// town elsewhere; so does 大山 of 大山花子.
		name: "a single name explained by a full name stays a person",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Mira Calder", "P Calder", "P 大山花子", "P 大山"},
			[]string{"L Calder", "L Calder", "L Calder", "L 大山", "L 大山", "L 大山"}),
		same:   [][]ref{{{0, 0}, {0, 1}}, {{0, 2}, {0, 3}}},
		differ: [][]ref{{{0, 1}, {1, 0}}, {{0, 3}, {1, 3}}},
	}})
}

// Japanese writes a city with 市 and after its prefecture, as addresses do;
// the gazetteer has the bare name.
func TestResolveJapaneseAdministrativeNames(t *testing.T) {
	runResolveCases(t, []resolveCase{{
		name: "city with suffix and prefecture",
		docs: docs([]string{"L 神奈川県横須賀市", "L 横須賀市", "L Yokosuka"}),
		same: [][]ref{{{0, 0}, {0, 1}, {0, 2}}},
		ids:  map[ref]string{{0, 0}: "location/yokosuka"},
	}, {
		name:   "the city is not the prefecture",
		docs:   docs([]string{"L 大阪市", "L 大阪府"}),
		differ: [][]ref{{{0, 0}, {0, 1}}},
		ids:    map[ref]string{{0, 0}: "location/osaka"},
	}, {
		// A ward keeps its city; an unknown city keeps its name.
		name:   "wards and unknown cities",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"L 北川県南野市", "L 南野市", "L 南野市東区"}),
		same:   [][]ref{{{0, 0}, {0, 1}}},
		differ: [][]ref{{{0, 1}, {0, 2}}},
		ids:    map[ref]string{{0, 0}: "location/南野市"},
	}, {
		// The 都 of a prefecture's name is not its suffix.
		name: "prefecture named with 都",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"L 京都府南野市", "L 南野市", "L 京都市"}),
		same: [][]ref{{{0, 0}, {0, 1}}},
		ids:  map[ref]string{{0, 2}: "location/京都市"},
	}})
}

func TestResolveGazetteer(t *testing.T) {
	list, of := NewResolver(ResolverOptions{}).Resolve(docs(
		[]string{"O NATO", "L Kiev", "P Zelenskyy", "L U.S."},
		[]string{"O 北大西洋条約機構", "L キエフ", "L キーウ", "P ゼレンスキー大統領", "L 米国"},
	))
	want := map[string]struct{ en, ja string }{
		"organization/north-atlantic-treaty-organisation": {"North Atlantic Treaty Organisation", "北大西洋条約機構"},
		"location/kyiv":             {"Kyiv", "キーウ"},
		"person/volodymyr-zelensky": {"Volodymyr Zelensky", "ウォロディミル・ゼレンスキー"},
		"location/united-states":    {"United States", "米国"},
	}
	if len(list) != len(want) {
		t.Errorf("got %d entities, want %d: %v", len(list), len(want), list)
	}
	for _, e := range list {
		w, ok := want[e.ID]
		if !ok {
			t.Errorf("unexpected entity %s", e.ID)
			continue
		}
		if e.Name("en") != w.en || e.Name("ja") != w.ja {
			t.Errorf("%s names = %q/%q, want %q/%q", e.ID, e.Name("en"), e.Name("ja"), w.en, w.ja)
		}
		if !reflect.DeepEqual(e.Langs, []string{"en", "ja"}) {
			t.Errorf("%s langs = %v, want [en ja]", e.ID, e.Langs)
		}
	}
	if got := list[of[1][1]].Aliases; !reflect.DeepEqual(got, []string{"Kiev", "キエフ", "キーウ"}) {
		t.Errorf("Kyiv aliases = %v", got)
	}
}

func TestResolveTransliteration(t *testing.T) {
	runResolveCases(t, []resolveCase{{
		// "Envoy Keith Kellogg ..." / 「ケロッグ氏は…」 in another document
		name: "katakana surname to English full name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Keith Kellogg"}, []string{"P ケロッグ氏"}),
		same: [][]ref{{{0, 0}, {1, 0}}},
	}, {
		name: "katakana full name to English full name",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Mike Benz", "P Mike Pence"}, []string{"P マイク・ベンツ"}),
		same: [][]ref{{{0, 0}, {1, 0}}},
		ids:  map[ref]string{{1, 0}: "person/mike-benz"},
	}, {
		name: "several sounds at once",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Zelensky", "P Rutte", "L Toretsk"}, []string{"P ゼレンスキー", "P ルッテ", "L トレツク"}),
		same: [][]ref{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}, {{0, 2}, {1, 2}}},
	}, {
		name:   "same sound, different type",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"P Kellogg"}, []string{"O ケロッグ"}),
		differ: [][]ref{{{0, 0}, {1, 0}}},
	}, {
		name:   "unrelated names stay apart",
		opts:   ResolverOptions{Gazetteer: noGazetteer},
		docs:   docs([]string{"P Marco Rubio"}, []string{"P ヘグセス"}),
		differ: [][]ref{{{0, 0}, {1, 0}}},
	}, {
		// French spelling hides the sound (the sound distance 0.31,
		// beyond the threshold); the model knows the rendering and no
		// other name is near.
		name: "a likely rendering beyond the sound threshold",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Chaput", "P Bourriaud"}, []string{"P シャプー", "P ブリオー"}),
		same: [][]ref{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}},
	}, {
		// Real news: the whole names sound alike, a part does not.
		name: "each part of a full name renders its counterpart",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P Susan Rice", "P Mikhail Galuzin", "P Sylvia Larsen"},
			[]string{"P スティーブン・ルイス", "P マイケル・グリフィン", "P ソフィア・ローレン"}),
		differ: [][]ref{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}, {{0, 2}, {1, 2}}},
	}, {
		name: "parts compared without initials, by the model",
		opts: ResolverOptions{Gazetteer: noGazetteer},
		docs: docs([]string{"P José María Balcázar", "P Kenneth R. Lowe"}, []string{"P ホセ・マリア・バルカサル", "P ケネス・ロウ"}),
		same: [][]ref{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}},
	}, {
		name:   "disabled",
		opts:   ResolverOptions{Gazetteer: noGazetteer, TranslitThreshold: -1},
		docs:   docs([]string{"P Keith Kellogg"}, []string{"P ケロッグ"}),
		differ: [][]ref{{{0, 0}, {1, 0}}},
	}})
}

func TestResolveAliases(t *testing.T) {
	aliases, err := ParseAliases(strings.NewReader("# mine\nElbridge Colby\tPERSON\tコルビー|Bridge Colby\n" +
		"Trump administration\torganization\tトランプ政権|Trump White House\ndrop\tRT\nsource\tReuters\n"))
	if err != nil {
		t.Fatal(err)
	}
	runResolveCases(t, []resolveCase{{
		name: "alias file links, drops and sets sources apart",
		opts: ResolverOptions{Aliases: aliases},
		docs: docs([]string{"P Elbridge Colby", "P RT", "O Trump White House", "O Reuters"}, []string{"P コルビー氏", "O トランプ政権"}),
		same: [][]ref{{{0, 0}, {1, 0}}, {{0, 2}, {1, 1}}},
		ids:  map[ref]string{{0, 1}: "", {0, 3}: "organization/reuters", {0, 0}: "person/elbridge-colby", {1, 1}: "organization/trump-administration"},
	}, {
		// The user's type wins over the extractor's.
		name: "alias type wins",
		opts: ResolverOptions{Aliases: aliases},
		docs: docs([]string{"L Trump White House"}),
		ids:  map[ref]string{{0, 0}: "organization/trump-administration"},
	}})

	// An alias entry naming a gazetteer entity keeps the gazetteer's other names.
	a, err := ParseAliases(strings.NewReader("President Zelensky\tPERSON\tZe\n"))
	if err != nil {
		t.Fatal(err)
	}
	list, of := NewResolver(ResolverOptions{Aliases: a}).Resolve(docs([]string{"P Ze", "P ゼレンスキー", "P Volodymyr Zelenskyy"}))
	if len(list) != 1 || of[0][0] != 0 || of[0][1] != 0 || of[0][2] != 0 {
		t.Fatalf("got %v %v, want one entity", list, of)
	}
	if e := list[0]; e.Name("en") != "President Zelensky" || e.Name("ja") != "ウォロディミル・ゼレンスキー" {
		t.Errorf("names %v, want the alias file's English name and the gazetteer's Japanese one", e.Names)
	}

	// Two alias entries naming one gazetteer entity: the first absorbs it.
	a, err = ParseAliases(strings.NewReader("Zelensky\tPERSON\tZe\nZelenskyy\tPERSON\tZy\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := NewResolver(ResolverOptions{Aliases: a})
	for range 2 { // the links are made once per resolver, used by every resolution
		list, of = r.Resolve(docs([]string{"P Ze", "P ゼレンスキー", "P Zy"}))
		if len(list) != 2 || of[0][0] != of[0][1] || of[0][0] == of[0][2] {
			t.Fatalf("got %v %v, want Ze and ゼレンスキー one entity, Zy another", list, of)
		}
	}
}

func TestResolveJunk(t *testing.T) {
	in := docs([]string{
		"O https://t.co/abc123", "P @kellogg", "O February", "P 出", "L #Ukraine", "O 2025", "O Ukrainians",
		"O Qm7TxbRpLa", "O ab1c2dE3", "L West", "L South", "L 米",
	})
	list, of := NewResolver(ResolverOptions{}).Resolve(in)
	for i, m := range of[0][:11] {
		if m != -1 {
			t.Errorf("%q → %s, want dropped", in[0].Mentions[i].Text, list[m].ID)
		}
	}
	if of[0][11] < 0 || list[of[0][11]].ID != "location/united-states" {
		t.Errorf("米 → %v, want location/united-states", of[0][11])
	}
	// Names that look like the junk: a person called West, a model number,
	// a company written in camel case, a place with a compass word.
	keep := docs([]string{"P Kanye West", "P West", "O G20", "O MailOnline", "O PayPal2", "L West Bank", "L MH17", "O Web3"})
	_, of = NewResolver(ResolverOptions{}).Resolve(keep)
	for i, m := range of[0] {
		if m < 0 {
			t.Errorf("%q dropped, want kept", keep[0].Mentions[i].Text)
		}
	}
}

// The result must not depend on the order of documents or of mentions.
func TestResolveDeterministic(t *testing.T) {
	base := docs(
		[]string{"P Donald Trump", "P Trump", "P Melania Trump", "L St. Louis", "O IAEA", "O International Atomic Energy Agency"},
		[]string{"P トランプ氏", "P ケロッグ", "L St Louis", "P Kellogg"},
		[]string{"P Keith Kellogg", "P Mike Benz", "P マイク・ベンツ", "P Kellogg"},
		[]string{"P Trump", "L Georgia", "O Georgia", "P 中山美穂", "P 中山"},
	)
	for _, opts := range []ResolverOptions{{}, {Gazetteer: noGazetteer}} {
		want, wantOf := NewResolver(opts).Resolve(base)
		ids := map[string]bool{}
		for _, e := range want {
			if ids[e.ID] {
				t.Errorf("duplicate ID %s", e.ID)
			}
			ids[e.ID] = true
		}
		rng := rand.New(rand.NewPCG(1, 2))
		for range 20 {
			perm := rng.Perm(len(base))
			shuffled := make([]DocMentions, len(base))
			mperm := make([][]int, len(base))
			for i, p := range perm {
				d := base[p]
				mperm[i] = rng.Perm(len(d.Mentions))
				ms := make([]Mention, len(d.Mentions))
				for j, q := range mperm[i] {
					ms[j] = d.Mentions[q]
				}
				shuffled[i] = DocMentions{Doc: d.Doc, Mentions: ms}
			}
			got, gotOf := NewResolver(opts).Resolve(shuffled)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("entities differ after shuffling:\n got %v\nwant %v", got, want)
			}
			for i, p := range perm {
				for j, q := range mperm[i] {
					if gotOf[i][j] != wantOf[p][q] {
						t.Fatalf("mention %q maps to %d after shuffling, %d before", base[p].Mentions[q].Text, gotOf[i][j], wantOf[p][q])
					}
				}
			}
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	// A corpus of 2,000 documents with 20 mentions each, names recurring.
	first := []string{"Anna", "Boris", "Carl", "Dana", "Emil", "Fay", "Gus", "Hana", "Ivan", "Jun"}
	last := []string{"Kellogg", "Rutte", "Benz", "Walz", "Lopez", "Novak", "Sato", "Klein", "Moreau", "Ortiz"}
	kana := []string{"ケロッグ", "ルッテ", "ベンツ", "ワルツ", "ロペス", "ノバク", "サトウ", "クライン", "モロー", "オルティス"}
	rng := rand.New(rand.NewPCG(3, 4))
	var corpus []DocMentions
	for d := range 2000 {
		dm := DocMentions{Doc: fmt.Sprint(d)}
		for range 20 {
			i, j := rng.IntN(len(first)), rng.IntN(len(last))
			var m Mention
			switch rng.IntN(4) {
			case 0:
				m = Mention{Text: first[i] + " " + last[j] + fmt.Sprint(d%50), Type: Person, Lang: "en"}
			case 1:
				m = Mention{Text: last[j], Type: Person, Lang: "en"}
			case 2:
				m = Mention{Text: kana[j], Type: Person, Lang: "ja"}
			default:
				m = Mention{Text: []string{"Kyiv", "NATO", "ロシア", "Paris", "Acme Corp"}[rng.IntN(5)], Type: Location, Lang: "en"}
			}
			dm.Mentions = append(dm.Mentions, m)
		}
		corpus = append(corpus, dm)
	}
	r := NewResolver(ResolverOptions{})
	for b.Loop() {
		r.Resolve(corpus)
	}
}

// Odd mentions from a confused extractor must not break the resolver.
func TestResolveOddMentions(t *testing.T) {
	odd := []string{"", " ", "'s", "・", "ー", "氏", "President", "The", "the the", "🙂", "\u200b", "A.", "ッ", "Mr. ", "トランプ氏ら", strings.Repeat("Kellogg ", 500)}
	var in []DocMentions
	for _, typ := range Types {
		d := DocMentions{Doc: string(typ)}
		for _, s := range odd {
			d.Mentions = append(d.Mentions, Mention{Text: s, Type: typ})
		}
		in = append(in, d)
	}
	for _, opts := range []ResolverOptions{{}, {Gazetteer: noGazetteer}} {
		list, of := NewResolver(opts).Resolve(in)
		for di, d := range of {
			for mi, i := range d {
				if i < -1 || i >= len(list) {
					t.Fatalf("mention %q → index %d of %d", in[di].Mentions[mi].Text, i, len(list))
				}
			}
		}
		for _, e := range list {
			if e.ID == "" || e.Names["en"] == "" || !strings.Contains(e.ID, "/") {
				t.Errorf("entity without ID or name: %+v", e)
			}
		}
	}
}

// BenchmarkResolvePerDocument resolves documents one at a time, as the
// pipeline does for each document's own entities: names recur from one
// document to the next, mostly Japanese ones with titles.
func BenchmarkResolvePerDocument(b *testing.B) {
	names := []Mention{
		{Text: "ケロッグ特使", Type: Person, Lang: "ja"}, {Text: "ルッテ事務総長", Type: Person, Lang: "ja"},
		{Text: "ノバク氏", Type: Person, Lang: "ja"}, {Text: "キース・ケロッグ", Type: Person, Lang: "ja"},
		{Text: "山田花子", Type: Person, Lang: "ja"}, {Text: "山田", Type: Person, Lang: "ja"},
		{Text: "ウクライナ", Type: Location, Lang: "ja"}, {Text: "ロシア", Type: Location, Lang: "ja"},
		{Text: "ハルキウ州", Type: Location, Lang: "ja"}, {Text: "米国", Type: Location, Lang: "ja"},
		{Text: "ロシア国防省", Type: Organization, Lang: "ja"}, {Text: "北大西洋条約機構", Type: Organization, Lang: "ja"},
		{Text: "NATO", Type: Organization, Lang: "ja"}, {Text: "Keith Kellogg", Type: Person, Lang: "en"},
		{Text: "Kellogg", Type: Person, Lang: "en"}, {Text: "Kyiv", Type: Location, Lang: "en"},
	}
	rng := rand.New(rand.NewPCG(5, 6))
	var docs [][]DocMentions
	for d := range 500 {
		dm := DocMentions{Doc: fmt.Sprint(d)}
		for range 12 {
			m := names[rng.IntN(len(names))]
			if rng.IntN(4) == 0 {
				m.Text = fmt.Sprintf("ノルデン%d社", rng.IntN(200)) // names seen once or twice
				m.Type = Organization
			}
			dm.Mentions = append(dm.Mentions, m)
		}
		docs = append(docs, []DocMentions{dm})
	}
	r := NewResolver(ResolverOptions{})
	for b.Loop() {
		for _, d := range docs {
			r.Resolve(d)
		}
	}
}

// The reading cache is shared: resolving in parallel gives what resolving
// alone does.
func TestResolveConcurrent(t *testing.T) {
	in := docs([]string{"P Keith Kellogg", "P ケロッグ特使", "L 神奈川県横須賀市", "O NATO"},
		[]string{"P Kellogg", "L Kyiv", "L キーウ", "O 北大西洋条約機構"})
	want, wantOf := NewResolver(ResolverOptions{}).Resolve(in)
	r := NewResolver(ResolverOptions{})
	done := make(chan bool)
	for range 4 {
		go func() {
			ok := true
			for range 20 {
				got, of := r.Resolve(in)
				ok = ok && reflect.DeepEqual(got, want) && reflect.DeepEqual(of, wantOf)
			}
			done <- ok
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("concurrent Resolve differs from a lone one")
		}
	}
}

// TestResolveMarkedSource checks that a source line of the alias file
// marks the entity it names, which stays an entity.
func TestResolveMarkedSource(t *testing.T) {
	aliases, err := ParseAliases(strings.NewReader("source\tReuters\n"))
	if err != nil {
		t.Fatal(err)
	}
	list, of := NewResolver(ResolverOptions{Aliases: aliases}).Resolve(docs([]string{"O Reuters", "O Pentagon"}))
	if e := list[of[0][0]]; !e.MarkedSource {
		t.Errorf("Reuters: MarkedSource = false, want true")
	}
	if e := list[of[0][1]]; e.MarkedSource {
		t.Errorf("Pentagon: MarkedSource = true, want false")
	}
}

// TestResolveCollidingIDsByMentions: two entities whose names make one ID
// (a stray "Donald) Trump" left apart from Donald Trump) — the one named
// more keeps the plain ID, so a saved link leads to it.
func TestResolveCollidingIDsByMentions(t *testing.T) {
	var big []string
	for range 5 {
		big = append(big, "P Donald Trump")
	}
	list, _ := NewResolver(ResolverOptions{}).Resolve(docs(big, []string{"P Donald) Trump"}, []string{"P Donald) Trump"}))
	ids := map[string]string{}
	for _, e := range list {
		ids[e.ID] = e.Names["en"]
	}
	if len(list) != 2 {
		t.Fatalf("want the two names apart for this test, got %d entities: %v", len(list), ids)
	}
	if ids["person/donald-trump"] != "Donald Trump" {
		t.Errorf("person/donald-trump is %q, want the entity with the most mentions; ids %v", ids["person/donald-trump"], ids)
	}
}
