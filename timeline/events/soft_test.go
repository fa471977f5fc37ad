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
		{"location/nara-shi", "location/nara", true}, // 奈良市 romanised with its unit
		{"location/sumida-ku", "location/sumida", true},
		{"location/nara-shi", "location/naha-shi", false},
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

// TestKanjiNames: a person's kanji name that the tagger cut or extended
// (安倍晋 for 安倍晋三) and the surname alone (安倍) of another report of the
// day are one person; two kanji names that share no start are two people,
// and a kanji place or organisation is no person's surname.
func TestKanjiNames(t *testing.T) {
	shot := func(key, person, text string) Report {
		return Report{Key: key, Date: "2022-07-08", Lang: "ja", Text: text,
			People: []string{person}, Places: []string{"location/nara-shi"}}
	}
	abe := []Report{
		shot("a1", "person/安倍晋", "安倍晋三元首相が8日、奈良市で参院選の応援演説中に銃撃された。"),
		shot("a2", "person/安倍", "奈良市で演説中に銃撃された安倍元首相が8日、搬送先の病院に運ばれた。"),
	}
	if !together(abe, "a1", "a2") {
		t.Error("安倍晋 and 安倍 apart")
	}
	other := []Report{abe[0], shot("k1", "person/岸田", "岸田首相が8日、奈良市での銃撃を受けて選挙遊説を中止した。")}
	if together(other, "a1", "k1") {
		t.Error("安倍晋 and 岸田 joined")
	}
	a, b := softName{kanji: "安倍晋"}, softName{kanji: "安倍"}
	if !softLike(&a, &b) {
		t.Error("softLike(安倍晋, 安倍) = false")
	}
	if one := newSoftNames([]string{"location/安倍川"}, placeWeight, nil, false); len(one) != 0 && one[0].kanji != "" {
		t.Errorf("a kanji place has a kanji soft name: %+v", one)
	}
}

// TestKanjiRomaji: a kanji name the resolver did not link is the Latin name
// of another report of the day when the name dictionary romanises it to
// that name's words, long vowels written any way (大谷: Ootani, ohtani); a
// Latin name that shares only part of a romanised full name (Kim) is
// another person, and so is a kanji name the dictionary does not know.
func TestKanjiRomaji(t *testing.T) {
	for _, c := range []struct {
		kanji, latin string
		like         bool
	}{
		{"person/安倍", "person/shinzo-abe", true},
		{"person/岸田文雄", "person/fumio-kishida", true},
		{"person/大谷翔平", "person/shohei-ohtani", true}, // 大谷翔平 unknown: its start 大谷
		{"person/堀江", "person/takafumi-horie", true},
		{"person/金正恩", "person/kim-jong-un", true},
		{"person/金正恩", "person/kim-yo-jong", false},
		{"person/岸田", "person/shinzo-abe", false},
		{"person/尹錫悦前", "person/yoon-suk-yeol", false}, // no gloss to read
		{"person/潘基文", "person/ban-ki", true},          // Ban Ki-Moon, cut by the English tagger
		{"person/潘基文", "person/ban", false},            // one word is no cut name
		{"person/金正恩", "person/kim-jong", true},
		{"person/金正恩", "person/kim-yo", false},
	} {
		k := newSoftNames([]string{c.kanji}, personWeight, nil, true)
		l := newSoftNames([]string{c.latin}, personWeight, nil, true)
		if len(k) != 1 || len(l) != 1 {
			t.Fatalf("%s, %s: no soft name", c.kanji, c.latin)
		}
		if got := softLike(&k[0], &l[0]); got != c.like {
			t.Errorf("softLike(%s, %s) = %v, want %v (glosses %v)", c.kanji, c.latin, got, c.like, k[0].roma)
		}
		if softLike(&l[0], &l[0]) {
			t.Errorf("%s: a Latin name is soft-like itself: Latin names meet kanji ones alone", c.latin)
		}
	}
	for w, want := range map[string]string{"ootani": "otani", "ohtani": "otani", "shouhei": "shohei", "kohei": "kohei", "yuuki": "yuki"} {
		if got := foldLong(w); got != want {
			t.Errorf("foldLong(%s) = %s, want %s", w, got, want)
		}
	}
}

// TestKanjiRomajiJoins: an English and a Japanese report of one happening,
// the person resolved apart (fumio-kishida, 岸田) and the city not, join; the same person's
// other happening of the day (a shooting and the prime minister's word on
// it) stays apart.
func TestKanjiRomajiJoins(t *testing.T) {
	day := "2023-04-15"
	r := func(key, lang, text string, people, places []string) Report {
		return Report{Key: key, Date: day, Lang: lang, Published: day, Text: text, People: people, Places: places}
	}
	rs := []Report{
		r("en", "en", "A man threw an explosive device at Prime Minister Fumio Kishida during a campaign stop in Wakayama on Saturday; Kishida was unhurt.",
			[]string{"person/fumio-kishida"}, []string{"location/wakayama"}),
		r("ja", "ja", "岸田首相が15日に和歌山市で演説しようとした際、爆発物が投げ込まれた。", []string{"person/岸田"}, []string{"location/wakayama"}),
		r("word", "ja", "岸田首相は15日夜、記者団に「選挙は民主主義の根幹だ」と述べ、遊説を続ける考えを示した。", []string{"person/岸田"}, nil),
	}
	if !together(rs, "en", "ja") {
		t.Error("fumio-kishida and 岸田: the attack apart")
	}
	if together(rs, "en", "word") || together(rs, "ja", "word") {
		t.Error("the attack joined Kishida's word on it")
	}
}

// TestSoftScoresAsShared: a name two reports share softly (岸田 and
// fumio-kishida) weighs in their score as a name they share by id, no more:
// the score is finite when the reports name nothing else, and equal to
// what the resolved name gives.
func TestSoftScoresAsShared(t *testing.T) {
	en := Report{Key: "en", Date: "2023-04-15", Lang: "en", Text: "Kishida was unhurt after an explosion at a campaign stop on Saturday.",
		People: []string{"person/fumio-kishida"}}
	soft := Report{Key: "ja", Date: "2023-04-15", Lang: "ja", Text: "岸田首相が15日に演説しようとした際、爆発物が投げ込まれた。",
		People: []string{"person/岸田"}}
	resolved := soft
	resolved.People = []string{"person/fumio-kishida"}
	names, ids := softNames{}, idNumbers{}
	fe, fs, fr := newFeatures(&en, names, ids), newFeatures(&soft, names, ids), newFeatures(&resolved, names, ids)
	s1, ok1 := DefaultParams.score(&fe, &fs)
	s2, ok2 := DefaultParams.score(&fe, &fr)
	if !ok1 || !ok2 || s1 != s2 {
		t.Errorf("score with 岸田 %v (%v), with fumio-kishida %v (%v): want one finite score", s1, ok1, s2, ok2)
	}
}

// TestSoftSharedSkipsNamed: a name the other report names by its id is
// shared by id, not softly as well (softShared compares the ids by their
// numbers, idNumbers): fumio-kishida in one report and 岸田 beside
// fumio-kishida in the other add no soft weight, either way round.
func TestSoftSharedSkipsNamed(t *testing.T) {
	en := Report{Key: "en", Date: "2023-04-15", Lang: "en", Text: "Kishida was unhurt after an explosion at a campaign stop on Saturday.",
		People: []string{"person/fumio-kishida"}}
	both := Report{Key: "ja", Date: "2023-04-15", Lang: "ja", Text: "岸田首相が15日に演説しようとした際、爆発物が投げ込まれた。",
		People: []string{"person/岸田", "person/fumio-kishida"}}
	// Number 0 goes to an id neither report names: a soft name left
	// without its number would seem to be that one.
	names, ids := softNames{}, idNumbers{"person/someone-else": 0}
	fe, fb := newFeatures(&en, names, ids), newFeatures(&both, names, ids)
	if w, _, _ := softShared(&fe, &fb); w != 0 {
		t.Errorf("softShared(en, both) = %v, want 0", w)
	}
	if w, _, _ := softShared(&fb, &fe); w != 0 {
		t.Errorf("softShared(both, en) = %v, want 0", w)
	}
}

// TestSoftSharedOncePerName: a name of one report that two names of the
// other are like (岸田 and 岸田文雄, both Fumio Kishida) is shared once.
func TestSoftSharedOncePerName(t *testing.T) {
	ja := Report{Key: "ja", Date: "2023-04-15", Lang: "ja", Text: "岸田首相が15日に演説しようとした際、爆発物が投げ込まれた。",
		People: []string{"person/岸田", "person/岸田文雄"}}
	en := Report{Key: "en", Date: "2023-04-15", Lang: "en", Text: "Kishida was unhurt after an explosion at a campaign stop on Saturday.",
		People: []string{"person/fumio-kishida"}}
	names, ids := softNames{}, idNumbers{}
	fj, fe := newFeatures(&ja, names, ids), newFeatures(&en, names, ids)
	for _, c := range []struct {
		name string
		a, b *features
	}{{"ja, en", &fj, &fe}, {"en, ja", &fe, &fj}} {
		w, pa, pb := softShared(c.a, c.b)
		if w != personWeight || pa != 1 || pb != 1 {
			t.Errorf("softShared(%s) = %v, %d, %d; want %v, 1, 1", c.name, w, pa, pb, personWeight)
		}
	}
}
