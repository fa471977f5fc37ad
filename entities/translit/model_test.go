package translit

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

// TestDefaultModel checks that the shipped model reads and ranks renderings
// as the name pairs do.
func TestDefaultModel(t *testing.T) {
	m := DefaultModel()
	for _, tt := range []struct{ ja, better, worse string }{
		{"ヴァンス", "Vance", "Evans"},
		{"モニーク", "Monique", "Monica"},
		{"モニカ", "Monica", "Monique"},
		{"ケロッグ", "Kellogg", "Kelly"},
		{"ゼレンスキー", "Zelensky", "Zelenko"},
	} {
		b, w := m.Cost(tt.ja, tt.better), m.Cost(tt.ja, tt.worse)
		if !(b < w) {
			t.Errorf("%s: cost %.2f as %s, %.2f as %s; want the first lower", tt.ja, b, tt.better, w, tt.worse)
		}
	}
	// A loanword with a syllable no rendering of the name has costs more
	// than the name's own rendering.
	if own, loan := m.Cost("モニーク", "Monique"), m.Cost("ニーモニック", "Monique"); own+1 > loan {
		t.Errorf("モニーク %.2f, ニーモニック %.2f as Monique: want the loanword at least 1 dearer", own, loan)
	}
	if c := m.Cost("", "Monique"); !math.IsInf(c, 1) {
		t.Errorf("empty katakana: cost %v, want +Inf", c)
	}
}

// TestModelRoundTrip trains a small model, writes and reads it back.
func TestModelRoundTrip(t *testing.T) {
	pairs := []Pair{{"Kellogg", "ケロッグ"}, {"Kelly", "ケリー"}, {"Vance", "ヴァンス"}, {"Evans", "エヴァンス"},
		{"Monica", "モニカ"}, {"Smith", "スミス"}, {"Trump", "トランプ"}, {"Walker", "ウォーカー"}}
	m := Train([]TrainingSet{{pairs, 1}}, 5, 0.01)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("ReadModel: %v\n%s", err, buf.String())
	}
	for _, p := range pairs {
		a, b := m.Cost(p.Ja, p.En), back.Cost(p.Ja, p.En)
		if math.Abs(a-b) > 1e-3*math.Abs(a) {
			t.Errorf("%s %s: cost %.4f, %.4f after a round trip", p.Ja, p.En, a, b)
		}
	}
	if a, b := m.Cost("ケリー", "Kelly"), m.Cost("ケリー", "Smith"); !(a < b) {
		t.Errorf("ケリー: %.2f as Kelly, %.2f as Smith", a, b)
	}
}

func TestReadModelErrors(t *testing.T) {
	for _, in := range []string{
		"",                               // no floor, no pieces
		"# floor\t1e-6\nケ\tke\tx\n",      // not a number
		"# floor\t1e-6\nケ\tke\n",         // no probability
		"# floor\t1e-6\nケロッグ\tke\t0.1\n", // piece too long
		"# floor\t1e-6\nケ\tke\t2\n",      // not a probability
	} {
		if _, err := ReadModel(strings.NewReader(in)); err == nil {
			t.Errorf("ReadModel(%q): no error", in)
		}
	}
}

func TestReadPairs(t *testing.T) {
	in := `{"en": "redding", "ja": "レディング"}
{"en": "van dyke", "ja": "ヴァン・ダイク"}
{"en": "smith", "ja": "史密斯"}
{"en": "jean-luc", "ja": "ジャン"}
`
	ps, err := ReadPairs(strings.NewReader(in))
	if err != nil || len(ps) != 1 || ps[0] != (Pair{"redding", "レディング"}) {
		t.Errorf("ReadPairs = %v, %v; want only redding", ps, err)
	}
	if _, err := ReadPairs(strings.NewReader("{")); err == nil {
		t.Error("ReadPairs of broken JSON: no error")
	}
	if TuneHalf("Redding") != TuneHalf("redding") {
		t.Error("TuneHalf depends on case")
	}
}

func TestReadENAMDICT(t *testing.T) {
	in := `？？？？ /ENAMDICT - Japanese Proper Name Dictionary File/
アーウィン /(m) Irwin/
アービン /(s) Ervine/Irvine/
アーサー・ミラー /(h) Arthur Miller/
アーサーケストラー /(h) Arthur Koestler/
アーネット /(o) AARnet/Australian Academic and Research Network/(c) Arnette (Japanese real-estate company)/
アーカンソー /(p) Arkansas/
アール /(m) Earl/(u) Earl/
アイビーエム /(c) IBM/
エヌ /(u) N/
安倍 [あべ] /(s) Abe/
`
	euc, err := japanese.EUCJP.NewEncoder().String(in)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ReadENAMDICT(strings.NewReader(euc))
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{{"Irwin", "アーウィン"}, {"Ervine", "アービン"}, {"Irvine", "アービン"},
		{"Arthur", "アーサー"}, {"Miller", "ミラー"}, {"Earl", "アール"}}
	if !slices.Equal(ps, want) {
		t.Errorf("ReadENAMDICT = %v, want %v", ps, want)
	}
	held := []Pair{{"irvine", "アーヴァイン"}, {"Mueller", "ミラー"}}
	if got, want := WithoutNames(want, held), []Pair{{"Irwin", "アーウィン"}, {"Ervine", "アービン"}, {"Arthur", "アーサー"}, {"Earl", "アール"}}; !slices.Equal(got, want) {
		t.Errorf("WithoutNames = %v, want %v", got, want)
	}
}
