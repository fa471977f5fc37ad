package gazetteer

import (
	"strings"
	"testing"
)

func names(es []*Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		surface string
		want    string // first entry's name, "" for no strong match
		typ     string
	}{
		{"NATO", "North Atlantic Treaty Organisation", Organization},
		{"北大西洋条約機構", "North Atlantic Treaty Organisation", Organization},
		{"ＮＡＴＯ", "North Atlantic Treaty Organisation", Organization}, // full-width, NFKC
		{"Kyiv", "Kyiv", Location},
		{"Kiev", "Kyiv", Location},
		{"キーウ", "Kyiv", Location},
		{"キエフ", "Kyiv", Location},
		{"Toretsk", "Toretsk", Location},
		{"Dzerzhynsk", "Toretsk", Location},
		{"トレツク", "Toretsk", Location},
		{"ドンバス", "Donbas", Location},
		{"Zelenskyy", "Volodymyr Zelensky", Person},
		{"ゼレンスキー", "Volodymyr Zelensky", Person},
		{"米国", "United States", Location},
		{"アメリカ", "United States", Location},
		{"U.S.", "United States", Location},
		{"the United States", "United States", Location},
		{"国連", "United Nations", Organization},
		{"欧州連合", "European Union", Organization},
		{"国際原子力機関", "International Atomic Energy Agency", Organization},
		{"ウクライナ", "Ukraine", Location},
		{"北朝鮮", "North Korea", Location},
		{"Tokyo", "Tokyo", Location},
		{"東京", "Tokyo", Location},
		{"Narnia", "", ""},
		{"us", "", ""},                                               // the pronoun is not the country: acronyms are case-sensitive
		{"nato", "North Atlantic Treaty Organisation", Organization}, // listed as "Nato"
		{"UA", "", ""},      // ISO codes are weak
		{"Reading", "", ""}, // a common English word
		{"読む", "", ""},      // machine-made Japanese name dropped
	}
	for _, tt := range tests {
		got := g.Lookup(tt.surface)
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("Lookup(%q) = %v, want none", tt.surface, names(got))
			}
			continue
		}
		if len(got) == 0 || got[0].Name != tt.want || got[0].Type != tt.typ {
			t.Errorf("Lookup(%q) = %v, want %s first (%s)", tt.surface, names(got), tt.want, tt.typ)
		}
	}
}

func TestMatchWeak(t *testing.T) {
	g := Default()
	tests := []struct {
		surface string
		want    string
		weak    bool
	}{
		{"UA", "Ukraine", true},
		{"UKR", "Ukraine", true},
		{"US", "United States", false}, // curated acronym: strong
		{"Ukrainian", "Ukraine", true},
		{"Reading", "Reading", true},
		{"米", "United States", true},
	}
	for _, tt := range tests {
		ms := g.Match(tt.surface)
		if len(ms) == 0 || ms[0].Entry.Name != tt.want || ms[0].Weak != tt.weak {
			var got []string
			for _, m := range ms {
				got = append(got, m.Entry.Name)
			}
			t.Errorf("Match(%q) = %v (first weak=%v), want %s weak=%v", tt.surface, got, len(ms) > 0 && ms[0].Weak, tt.want, tt.weak)
		}
	}
	for _, s := range []string{"ua", "Ua", "ukrainian", "uKR"} {
		if ms := g.Match(s); len(ms) != 0 {
			t.Errorf("Match(%q) = %d matches, want none: codes and demonyms are case-sensitive", s, len(ms))
		}
	}
}

func TestDemonym(t *testing.T) {
	g := Default()
	for word, want := range map[string]string{"Ukrainian": "Ukraine", "Japanese": "Japan", "American": "United States", "Russian": "Russia"} {
		e, ok := g.Demonym(word)
		if !ok || e.Name != want {
			t.Errorf("Demonym(%q) = %v, %v; want %s", word, e, ok, want)
		}
	}
	if _, ok := g.Demonym("russian"); ok {
		t.Error(`Demonym("russian") matched; demonyms are case-sensitive`)
	}
}

func TestDisplayNames(t *testing.T) {
	g := Default()
	for surface, ja := range map[string]string{"Kyiv": "キーウ", "NATO": "北大西洋条約機構", "Russia": "ロシア", "Donald Trump": "ドナルド・トランプ"} {
		es := g.Lookup(surface)
		if len(es) == 0 || es[0].Names["ja"] != ja {
			t.Errorf("Lookup(%q) Japanese name = %v, want %s", surface, es, ja)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kyïv", "kyiv"},
		{"  The   United  States ", "united states"},
		{"Ｋｙｉｖ", "kyiv"},
		{"マイク・ベンツ", "マイクベンツ"},
		{"ドンバス", "ドンバス"}, // dakuten kept
		{"People’s Republic", "people's republic"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A\tPERSON\tx\t\t\t\t\n", "line 1: 7 fields"},
		{"# c\nA\tTHING\tx\t\t\t\t\t\n", "line 2: unknown type"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestJapaneseNames(t *testing.T) {
	es := Default().Lookup("Kyiv")
	if len(es) == 0 {
		t.Fatal("Kyiv not found")
	}
	got := strings.Join(es[0].JapaneseNames(), "|")
	if !strings.HasPrefix(got, "キーウ|キエフ") {
		t.Errorf("JapaneseNames(Kyiv) = %s, want キーウ|キエフ first", got)
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	words := []string{"NATO", "Kyiv", "ゼレンスキー", "Smith", "トランプ", "Reading"}
	for i := 0; b.Loop(); i++ {
		g.Lookup(words[i%len(words)])
	}
}
