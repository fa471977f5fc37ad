package entities

import "testing"

// TestResolveRegionNames checks that a Japanese region name with its
// administrative suffix (州, 県, 省) is one entity with its English forms,
// whichever of the spellings Japanese news uses, and that a region stays
// apart from its capital city.
func TestResolveRegionNames(t *testing.T) {
	tests := []struct {
		name   string
		forms  []string // mentions "TYPE text", all of one region
		id     string   // the entity's ID
		differ string   // a mention of another place that must stay apart, or ""
	}{
		{"oblast in the gazetteer", []string{"L Zaporizhzhia Oblast", "L Zaporizhzhia region", "L ザポリージャ州"}, "location/zaporizhzhia-oblast", "L Zaporizhzhia"},
		{"oblast named after an older spelling of its city", []string{"L ザポロジエ州", "L Zaporizhzhia Oblast"}, "location/zaporizhzhia-oblast", "L ザポロジエ"},
		{"oblast with a Russian spelling", []string{"L ハリコフ州", "L Kharkiv region"}, "location/kharkiv-oblast", "L Kharkiv"},
		{"oblast the city table names", []string{"L オデッサ州", "L Odesa Oblast"}, "location/odesa-oblast", ""},
		{"Russian oblast", []string{"L ベルゴロド州", "L Belgorod region"}, "location/belgorod", ""},
		{"US state", []string{"L テキサス州", "L Texas"}, "location/texas", ""},
		{"US state named like a city", []string{"L ワシントン州", "L Washington State"}, "location/washington", "L Washington, D.C."},
		{"prefecture", []string{"L 神奈川県", "L Kanagawa"}, "location/kanagawa", "L 横浜市"},
		{"foreign region the gazetteer lacks: its namesake", []string{"L スーミ州", "L Sumy"}, "location/sumy", ""},
		{"Chinese province", []string{"L 広東省", "L Guangdong"}, "location/guangdong", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.forms
			if tt.differ != "" {
				d = append(d[:len(d):len(d)], tt.differ)
			}
			list, of := NewResolver(ResolverOptions{}).Resolve(docs(d))
			for i := range tt.forms {
				if got := entityOf(list, of, ref{0, i}); got != tt.id {
					t.Errorf("%q resolves to %q, want %q", tt.forms[i], got, tt.id)
				}
			}
			if tt.differ != "" {
				if got := entityOf(list, of, ref{0, len(tt.forms)}); got == tt.id {
					t.Errorf("%q resolves to the region %q", tt.differ, got)
				}
			}
		})
	}
}

// TestResolveRegionTransliteration checks that a region the gazetteer does
// not know is linked to its English form in the corpus by sound, without
// its suffix and region word.
func TestResolveRegionTransliteration(t *testing.T) {
	tests := []struct {
		name string
		en   string
		ja   string
		same bool
	}{
		{"oblast", "L Mykolaiv Oblast", "L ミコライウ州", true},
		{"region written bare in English", "L Mykolaiv", "L ミコライウ州", true},
		{"province", "L Hebei Province", "L ヘベイ州", true},
		{"another region", "L Poltava Oblast", "L ミコライウ州", false},
		{"a person is no region", "P Mykolaiv", "L ミコライウ州", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, of := NewResolver(ResolverOptions{Gazetteer: noGazetteer}).Resolve(docs([]string{tt.en}, []string{tt.ja}))
			en, ja := entityOf(list, of, ref{0, 0}), entityOf(list, of, ref{1, 0})
			if (en == ja) != tt.same {
				t.Errorf("%q → %q, %q → %q; want same = %v", tt.en, en, tt.ja, ja, tt.same)
			}
		})
	}
}
