package main

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

func TestRead(t *testing.T) {
	src := `　？？？ /ENAMDICT - test/Created: 2021-02-03/
能登半島 [のとはんとう] /(p) Noto Peninsula/
東芝 [とうしば] /(c) Toshiba Corporation/(s) Toushiba/
珠洲市 [すずし] /(p) Suzu (city)/
安倍 [あべ] /(p,s) Abe/
ゼレンスキー /(s) Zelensky/
石破 [いしば] /(s) Ishiba/
東京 [とうきょう] /(p,st) Tokyo/
晋三 [しんぞう] /(g) Shinzou/
茂 [しげる] /(s,m,f,u) Shigeru/
ウラジーミル /(p,m) Vladimir/
ＩＢＭ /(c) IBM/
`
	euc, err := japanese.EUCJP.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	rows, parts, header, err := read(strings.NewReader(euc))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"安倍\tAbe\tp",
		"東京\tTokyo\tp,st",
		"東芝\tToshiba Corporation\tc",
		"珠洲市\tSuzu\tp",
		"能登半島\tNoto Peninsula\tp",
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows =\n%q\nwant\n%q", rows, want)
	}
	wantParts := []string{
		"IBM\to",
		"ウラジーミル\tgp",
		"ゼレンスキー\ts",
		"安倍\ts",
		"晋三\tg",
		"東芝\ts",
		"石破\ts",
		"茂\tsgu",
		"ＩＢＭ\to",
	}
	if !reflect.DeepEqual(parts, wantParts) {
		t.Errorf("parts =\n%q\nwant\n%q", parts, wantParts)
	}
	if header != "ENAMDICT - test/Created: 2021-02-03" {
		t.Errorf("header = %q", header)
	}
}
