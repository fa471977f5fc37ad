package namedict

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"testing"
)

func TestLookupDefault(t *testing.T) {
	d := Default()
	for _, c := range []struct {
		name, english, kind string
	}{
		{"能登半島", "Noto Peninsula", Place},
		{"日本航空", "Japan Air Lines", Company},
		{"宮内庁", "Imperial Household Agency", Organization},
		{"安倍晋三", "Shinzō Abe", FullName},
		{"羽田", "Haneda", Place},
	} {
		found := false
		for _, g := range d.Lookup(c.name) {
			if g.English == c.english && g.Has(c.kind) {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want %q of kind %s among them", c.name, d.Lookup(c.name), c.english, c.kind)
		}
	}
	if g := d.Lookup("ゼレンスキー"); g != nil {
		t.Errorf("a kana name is no row: Lookup(ゼレンスキー) = %v", g)
	}
	if g := d.Lookup("安倍"); len(g) != 1 || g[0].Has(FullName) {
		t.Errorf("安倍 is only a place in the table (surnames are left out): %v", g)
	}
}

// TestParseUnsorted checks that a table out of order is still searched right.
func TestParseUnsorted(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# comment\n東京\tTokyo\tp\n大阪\tOsaka\tp\n東京\tTokyo Metropolis\tp\n京都\tKyoto\tp,st\n"))
	zw.Close()
	d, err := Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 4 {
		t.Errorf("Len = %d, want 4", d.Len())
	}
	got := d.Lookup("東京")
	want := []Gloss{{"Tokyo", []string{"p"}}, {"Tokyo Metropolis", []string{"p"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Lookup(東京) = %v, want %v", got, want)
	}
	if g := d.Lookup("京都"); len(g) != 1 || !g[0].Has(Station) || !g[0].Has(Place) {
		t.Errorf("Lookup(京都) = %v", g)
	}
	if g := d.Lookup("名古屋"); g != nil {
		t.Errorf("Lookup(名古屋) = %v, want nil", g)
	}
}

func TestDefaultKinds(t *testing.T) {
	k := DefaultKinds()
	for _, c := range []struct {
		name string
		want Kind
	}{
		{"安倍", Surname | PlaceName},
		{"晋三", GivenName},
		{"安倍晋三", Person},
		{"羽田空港", PlaceName},
		{"宮内庁", OrgName},
		{"プーチン", Surname},
		{"ウラジーミル", GivenName},
		{"義偉", PersonName},
		{"ボルチャンスク", PlaceName},
		{"IBM", OrgName},
	} {
		if got := k.Of(HashName(c.name)); got&c.want != c.want {
			t.Errorf("kinds of %s = %b, want %b among them", c.name, got, c.want)
		}
	}
	if got := k.Of(HashName("これは名前ではない")); got != 0 {
		t.Errorf("kinds of a phrase = %b, want none", got)
	}
	if HashMore(HashName("安倍"), "晋三") != HashName("安倍晋三") {
		t.Error("HashMore does not extend HashName")
	}
	if k.Len() < 500_000 {
		t.Errorf("%d names indexed, want the half million of both tables", k.Len())
	}
}
