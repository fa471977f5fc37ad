package namedict

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

func TestReadENAMDICT(t *testing.T) {
	src := `　？？？ /ENAMDICT - test/Created: 2021-02-03/
東芝 [とうしば] /(c) Toshiba Corporation/(s) Toushiba/
珠洲市 [すずし] /(p) Suzu (city)/
アービン /(s) Ervine/Irvine/
アーネット /(o) AARnet/(c,pr) Arnette (company)/
ポニー /(u) Pony/(note/
no glosses
`
	euc, err := japanese.EUCJP.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	var got []Entry
	header, err := ReadENAMDICT(strings.NewReader(euc), func(e Entry) { got = append(got, e) })
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{"東芝", []Gloss{{"Toshiba Corporation", []string{"c"}}, {"Toushiba", []string{"s"}}}},
		{"珠洲市", []Gloss{{"Suzu (city)", []string{"p"}}}},
		{"アービン", []Gloss{{"Ervine", []string{"s"}}, {"Irvine", []string{"s"}}}}, // the kinds carry on
		{"アーネット", []Gloss{{"AARnet", []string{"o"}}, {"Arnette (company)", []string{"c", "pr"}}}},
		{"ポニー", []Gloss{{"Pony", []string{"u"}}, {"(note", []string{"u"}}}}, // a parenthesis not closed is text
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries =\n%q\nwant\n%q", got, want)
	}
	if header != "ENAMDICT - test/Created: 2021-02-03" {
		t.Errorf("header = %q", header)
	}
}
