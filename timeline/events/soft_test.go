package events

import "testing"

// TestSoftLike: names the resolver left apart that are one name, and names
// that only look alike.
func TestSoftLike(t *testing.T) {
	for _, c := range []struct {
		a, b string
		like bool
	}{
		{"location/port-vila", "location/port-vila-2", true},
		{"location/kakhovka", "organization/nova-kakhovka", true},
		{"person/カホフカダム", "location/kakhovka", true},
		{"location/ウクライナ南部ヘルソン州", "location/kherson-oblast", true},
		{"location/アウディイウカ", "location/avdiivka", true},
		{"location/kherson", "location/kharkiv", false},
		{"location/ヘルソン州", "location/kharkiv", false},
		{"organization/ministry-of-defence-of-russia", "organization/russia-today", false}, // a long name's word stands for nothing
		{"location/kyiv", "organization/kyiv-city-military-administration-office", false},
		{"location/ヘルソン", "location/ヘルソン州", false}, // two katakana names: the resolver's call
		{"person/john-smith", "person/john-brown", false},
	} {
		a := newSoftNames([]string{c.a}, placeWeight, nil, false)
		b := newSoftNames([]string{c.b}, placeWeight, nil, false)
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("%s, %s: no soft name", c.a, c.b)
		}
		if got := softLike(&a[0], &b[0]); got != c.like {
			t.Errorf("softLike(%s, %s) = %v, want %v", c.a, c.b, got, c.like)
		}
	}
}

// TestSoftLinks: reports whose only common names are ones the resolver left
// apart join; a report of another happening naming them does not.
func TestSoftLinks(t *testing.T) {
	day := "2023-06-06"
	r := func(key, lang, text string, people, orgs, places []string) Report {
		return Report{Key: key, Date: day, Lang: lang, Published: day, Text: text, People: people, Orgs: orgs, Places: places}
	}
	rs := []Report{
		r("en1", "en", "The Kakhovka dam was destroyed early on Tuesday, flooding towns downstream.", nil, nil, []string{"location/kakhovka"}),
		r("en2", "en", "A breach of the Nova Kakhovka dam on Tuesday sent floodwater through villages in the Kherson region.", nil, []string{"organization/nova-kakhovka"}, []string{"location/kherson"}),
		r("ja1", "ja", "カホフカ・ダムが6日に破壊され、ヘルソン州の住民数千人が避難を余儀なくされた。", []string{"person/カホフカダム"}, nil, []string{"location/kherson-oblast"}),
		r("other", "en", "Zelensky met Biden in Kyiv on Tuesday to discuss the Kakhovka dam.", []string{"person/biden", "person/zelensky"}, nil, []string{"location/kakhovka"}),
	}
	for _, pair := range [][2]string{{"en1", "en2"}, {"en1", "ja1"}, {"en2", "ja1"}} {
		if !together(rs, pair[0], pair[1]) {
			t.Errorf("%s and %s apart", pair[0], pair[1])
		}
	}
	if together(rs, "other", "ja1") {
		t.Error("a meeting about the dam joined its breach")
	}
}
