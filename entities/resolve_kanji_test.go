package entities

import (
	"reflect"
	"testing"
)

// TestKanjiNameLinks checks that a kanji name joins the one English name of
// the corpus that the name dictionary gives for it, of its type, and only
// that one.
func TestKanjiNameLinks(t *testing.T) {
	cases := []struct {
		name     string
		docs     []DocMentions
		a, b     ref
		together bool
	}{
		// 能登半島で地震 / a quake on the Noto Peninsula
		{"place", docs([]string{"L 能登半島"}, []string{"L Noto Peninsula"}), ref{0, 0}, ref{1, 0}, true},
		// 輪島市で火災 / a fire in Wajima: the city's suffix goes
		{"city suffix", docs([]string{"L 輪島市"}, []string{"L Wajima"}), ref{0, 0}, ref{1, 0}, true},
		// 石川県能登地方 / the Noto region: the prefecture and 地方 go
		{"prefecture and region word", docs([]string{"L 石川県能登地方"}, []string{"L Noto"}), ref{0, 0}, ref{1, 0}, true},
		// 日本航空の旅客機 / a Japan Airlines plane: the gloss Japan Air Lines
		{"company", docs([]string{"O 日本航空"}, []string{"O Japan Airlines"}), ref{0, 0}, ref{1, 0}, true},
		// 羽田空港 / Haneda: the gloss's kind word goes
		{"airport", docs([]string{"L 羽田空港"}, []string{"L Haneda"}), ref{0, 0}, ref{1, 0}, true},
		// 堀江貴文社長 / Takafumi Horie: the gloss Horie Takafumi, in
		// Japanese order
		{"full name", docs([]string{"P 堀江貴文"}, []string{"P Takafumi Horie"}), ref{0, 0}, ref{1, 0}, true},
		// 大谷選手 / Shohei Ohtani: a surname alone has too many readings
		// (小田 is Oda or Koda) to link
		{"surname", docs([]string{"P 大谷"}, []string{"P Shohei Ohtani"}), ref{0, 0}, ref{1, 0}, false},
		// 福島 is Fukushima or Fukujima: a corpus with both leaves it alone
		{"two readings in the corpus", docs([]string{"L 福島"}, []string{"L Fukushima"}, []string{"L Fukujima"}), ref{0, 0}, ref{1, 0}, false},
		// 東芝 is a company: no link to a place named Toshiba
		{"other type", docs([]string{"O 東芝"}, []string{"L Toshiba"}), ref{0, 0}, ref{1, 0}, false},
		// 石破 is a surname only: a place Ishiba is not it
		{"surname is no place", docs([]string{"L 石破"}, []string{"L Ishiba"}), ref{0, 0}, ref{1, 0}, false},
	}
	for _, c := range cases {
		for _, off := range []bool{false, true} {
			r := NewResolver(ResolverOptions{Gazetteer: noGazetteer, NoNameDict: off})
			list, of := r.Resolve(c.docs)
			got := entityOf(list, of, c.a) == entityOf(list, of, c.b)
			if want := c.together && !off; got != want {
				t.Errorf("%s (dictionary off %v): %s and %s together = %v, want %v", c.name, off, entityOf(list, of, c.a), entityOf(list, of, c.b), got, want)
			}
		}
	}
}

func TestRomanWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Shinzō Abe", []string{"shinzo", "abe"}},
		{"Ootani", []string{"otani"}},
		{"Ohtani", []string{"otani"}},
		{"Ohashi", []string{"ohashi"}}, // the h of は stays
		{"Kishouchou", []string{"kishocho"}},
		{"The Japan Air Lines", []string{"japan", "air", "lines"}},
	} {
		got := romanWords(c.in)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("romanWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
