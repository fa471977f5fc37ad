package events

import (
	"slices"
	"testing"
)

// TestCueKinds: every cue class of cues.tsv is found in an English and a
// Japanese sentence that tell that kind of happening (our own examples), and
// a class added without examples fails here.
func TestCueKinds(t *testing.T) {
	examples := map[string][2]string{
		"meet":      {"Trump met Zelensky at the White House.", "両首脳はホワイトハウスで会談した。"},
		"negotiate": {"Negotiators resumed peace talks in Istanbul.", "両国はイスタンブールで交渉を再開した。"},
		"visit":     {"Zelensky visited Washington on Friday.", "ゼレンスキー氏はワシントンを訪問した。"},
		"call":      {"Trump spoke by phone with Putin.", "トランプ氏はプーチン氏と電話で協議した。"},
		"sign":      {"The two sides signed an agreement.", "両国は協定に署名した。"},
		"resources": {"Trump wants Ukraine's rare earth minerals.", "トランプ氏はウクライナのレアアースを求めた。"},
		"ceasefire": {"Both sides agreed to a 30-day ceasefire.", "双方は30日間の停戦に同意した。"},
		"capture":   {"Russian forces captured Toretsk.", "ロシア軍はトレツクを制圧した。"},
		"advance":   {"Ukraine launched a counteroffensive near Kharkiv.", "ウクライナ軍はハルキウ近郊で反攻に出た。"},
		"invade":    {"Russia began its invasion of Ukraine.", "ロシアはウクライナへの侵攻を始めた。"},
		"withdraw":  {"Troops withdrew from Kherson.", "部隊はヘルソンから撤退した。"},
		"annex":     {"Putin signed treaties to annex four regions.", "プーチン氏は4州の併合を宣言した。"},
		"attack":    {"A missile strike hit Kyiv overnight.", "ロシア軍はキーウを攻撃した。"},
		"kill":      {"Twelve people were killed in Mykolaiv.", "ミコライウで12人が死亡した。"},
		"sink":      {"The cruiser Moskva sank in the Black Sea.", "巡洋艦モスクワが沈没した。"},
		"injure":    {"Five people were injured in Odesa.", "オデーサで5人が負傷した。"},
		"intercept": {"Air defences shot down 40 drones.", "防空部隊が無人機40機を撃墜した。"},
		"deploy":    {"North Korea deployed troops to Kursk.", "北朝鮮はクルスクに部隊を派遣した。"},
		"mobilise":  {"Putin ordered a partial mobilisation of reservists.", "ロシアは予備役30万人を招集した。"},
		"sanction":  {"The EU adopted new sanctions on Russia.", "EUはロシアへの新たな制裁を決めた。"},
		"tariff":    {"Trump imposed tariffs on Canadian goods.", "トランプ氏はカナダ製品に関税を課した。"},
		"aid":       {"Germany will send weapons to Ukraine.", "ドイツはウクライナに武器を供与する。"},
		"spending":  {"Allies raised defence spending by 20%.", "加盟国は国防費を20%増やした。"},
		"exchange":  {"The two sides swapped 1,000 prisoners.", "双方は捕虜1000人を交換した。"},
		"join":      {"Sweden submitted its application to NATO.", "スウェーデンはNATOへの加盟を申請した。"},
		"election":  {"Voters went to the polls in Hungary.", "ハンガリーで総選挙の投票が行われた。"},
		"resign":    {"The minister resigned on Monday.", "大臣は月曜日に辞任した。"},
		"protest":   {"Thousands protested in Tbilisi.", "トビリシで数千人が抗議した。"},
		"arrest":    {"Police arrested the suspect in Fukuyama.", "警察は福山市で容疑者を逮捕した。"},
		"quake":     {"A strong earthquake struck off Vanuatu.", "バヌアツ沖で強い地震があった。"},
		"fire":      {"A fire broke out in an apartment in Yokosuka.", "横須賀市のアパートで火事があった。"},
		"speech":    {"Zelensky addressed the European Parliament in a speech.", "ゼレンスキー氏は欧州議会で演説した。"},
		"evacuate":  {"Hundreds of civilians were evacuated from Azovstal.", "製鉄所から市民数百人が退避した。"},
		"damage":    {"Floodwater poured through villages after the dam was breached.", "ダムが決壊し、下流の町が浸水した。"},
		"crash":     {"A plane crashed north of Moscow.", "モスクワ北方で飛行機が墜落した。"},
		"collide":   {"A passenger jet collided with a small plane on the runway.", "滑走路上で旅客機と小型機が衝突した。"},
		"discharge": {"The utility began to release treated water into the sea.", "電力会社は処理水の海洋放出を始めた。"},
		"shoot":     {"A gunman opened fire at a concert in the city.", "男が演説中の元首相を銃撃した。"},
		"result":    {"The ruling coalition lost its majority in the lower house.", "与党は過半数を割り込んだ。"},
		"condemn":   {"The foreign ministry condemned the strikes.", "外務省は空爆を非難した。"},
		"deny":      {"The ministry denied any role in the attack.", "政府は攻撃への関与を否定した。"},
		"appeal":    {"His lawyers said they would appeal the verdict.", "弁護団は判決を不服として控訴した。"},
		"apologise": {"The company's president apologised for the error.", "社長は誤りについて謝罪した。"},
		"warning":   {"The agency issued a tsunami warning for the coast.", "気象庁は沿岸に津波警報を出した。"},
		"announce":  {"The ministry announced the figures.", "国防省は数字を発表した。"},
		"dropout":   {"The senator dropped out of the presidential race.", "知事は3選への出馬を断念した。"},
		"row":       {"The talks ended in a shouting match.", "会談は激しい口論となった。"},
		"rates":     {"The central bank raised its key interest rate to 20%.", "中央銀行は政策金利を20%に引き上げた。"},
		"market":    {"Shares fell sharply in Tokyo.", "東京株式市場で電機株が値下がりした。"},
		"acquire":   {"The search company agreed to acquire the video site.", "検索大手は動画サイトを買収した。"},
		"cabinet":   {"The new prime minister named his cabinet on Tuesday.", "首相は新内閣を発足させた。"},
		"open":      {"The tower opened to the public on Tuesday.", "電波塔が22日に開業した。"},
		"test":      {"The regime said it had conducted a nuclear test underground.", "同国は地下核実験を実施したと発表した。"},
		"sport":     {"The Kenyan runner took gold in the marathon.", "日本代表は決勝で勝ち、優勝を決めた。"},
		"diplomacy": {"The government recalled its ambassador from Caracas.", "政府は駐ベネズエラ大使を召還した。"},
		"entry":     {"The singer was refused entry at the border.", "政府は歌手の入国を禁止した。"},
		"cancel":    {"Organisers called off the concert.", "主催者はコンサートを中止した。"},
		"storm":     {"A typhoon made landfall in Okinawa.", "台風が沖縄に上陸した。"},
		"outage":    {"A blackout hit most of the island.", "島のほぼ全域で停電が起きた。"},
		"emergency": {"The president declared martial law.", "大統領は非常事態を宣言した。"},
		"concede":   {"The challenger conceded defeat late at night.", "候補は深夜に敗北を認めた。"},
		"discovery": {"Astronomers detected a new comet.", "研究チームは新しい彗星を発見した。"},
		"health":    {"Two nurses tested positive for the virus.", "看護師2人が検査で陽性となった。"},
	}
	for c, class := range cues.classes {
		ex, ok := examples[class]
		if !ok {
			t.Errorf("cue class %q has no example sentences here", class)
			continue
		}
		for i, text := range ex {
			f := newFeatures(&Report{Text: text, Lang: [2]string{"en", "ja"}[i]}, nil, nil)
			found := f.cues
			if cues.family[c] == cues.statement && f.stmt {
				found |= uint64(1) << c
			}
			if found&(1<<c) == 0 {
				t.Errorf("%q: class %s not found (found %v)", text, class, cues.names(f.cues))
			}
		}
	}
}

// TestNumbers: quantities read alike in both languages; parts of dates,
// times and links are not quantities.
func TestNumbers(t *testing.T) {
	same := [][2]string{
		{"$20 billion in aid", "200億ドルの支援"},
		{"2.8 million passports", "280万冊の旅券"},
		{"1,000 prisoners", "捕虜1000人"},
		{"five people died", "五人が死亡した"},
		{"a magnitude 7.3 quake", "マグニチュード7.3の地震"},
	}
	for _, c := range same {
		a, b := numbers(c[0]), numbers(c[1])
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("%q %v and %q %v should state the same quantity", c[0], a, c[1], b)
		}
	}
	for _, text := range []string{
		"On February 7, 2025 at 10:30 the talks began.",
		"7 February 2025",
		"2025年2月7日午前6時半に",
		"https://t.co/0CRuoiEf1j",
		"on the 14th",
		"Russian forces attacked near Pokrovsk on February 20 and 21.",
		"overnight on February 20 to 21",
	} {
		if n := numbers(text); len(n) != 0 {
			t.Errorf("%q: %d quantities read in a date, time or link", text, len(n))
		}
	}
}

// TestHardNegatives: reports on one day naming the same people that tell
// different happenings stay apart, one test per kind.
func TestHardNegatives(t *testing.T) {
	day := "2025-02-07"
	checkPairs(t, false, []pairCase{
		{"another kind of happening (meeting vs minerals), same people",
			rep("a", day, "en", day, "Trump said on Friday he would meet Zelensky next week.", "p:trump", "p:zelensky"),
			rep("b", day, "ja", day, "トランプ大統領は7日、ゼレンスキー大統領にレアアースの提供を求めた。", "p:trump", "p:zelensky")},
		{"the same kind, another counterpart",
			rep("a", day, "en", day, "Trump met Zelensky at the White House on Friday.", "p:trump", "p:zelensky", "o:white-house"),
			rep("b", day, "en", day, "Trump met Starmer at the White House on Friday.", "p:trump", "p:starmer", "o:white-house")},
		{"the same kind, another place",
			rep("a", day, "en", day, "Russian missiles hit Kharkiv on Friday.", "o:russian-army", "l:kharkiv"),
			rep("b", day, "ja", day, "ロシア軍は7日、オデーサをミサイルで攻撃した。", "o:russian-army", "l:odesa")},
		{"the same kind, another call",
			rep("a", day, "en", day, "Trump spoke with Putin by phone on Friday.", "p:trump", "p:putin"),
			rep("b", day, "ja", day, "トランプ大統領は7日、ゼレンスキー大統領と電話で協議した。", "p:trump", "p:zelensky")},
		{"a statement beside an act",
			rep("a", day, "en", day, "Zelensky said on Friday that Ukraine was ready for peace.", "p:zelensky", "c:ukraine"),
			rep("b", day, "en", day, "Zelensky signed a decree on sanctions on Friday.", "p:zelensky", "c:ukraine")},
		{"other quantities in other towns",
			rep("a", day, "en", day, "A drone strike killed 3 people in Sumy region on Friday.", "l:sumy-oblast", "c:ukraine"),
			rep("b", day, "en", day, "A drone strike killed 12 people in Dnipro on Friday.", "l:dnipro", "c:ukraine")},
		{"a speech to a gathering beside a meeting on the same trip",
			rep("a", day, "en", day, "Zelensky met Biden at the White House on Friday.", "p:zelensky", "p:biden", "o:white-house"),
			rep("b", day, "en", day, "Zelensky addressed a joint meeting of Congress on Friday.", "p:zelensky", "o:congress")},
		{"an attack during a visit beside the visitor's meeting",
			rep("a", day, "en", day, "Russian missiles struck Kyiv on Friday while Guterres was visiting the city.", "p:guterres", "l:kyiv"),
			rep("b", day, "ja", day, "グテーレス事務総長は7日、キーウでゼレンスキー大統領と会談した。", "p:guterres", "p:zelensky", "l:kyiv")},
		{"a call after a meeting beside the meeting",
			rep("a", day, "ja", day, "ゼレンスキー大統領は7日、ホワイトハウスでトランプ大統領と会談した。", "p:trump", "p:zelensky", "o:white-house"),
			rep("b", day, "ja", day, "トランプ大統領は7日、会談後に欧州の首脳らに電話したと明らかにした。", "p:trump")},
		{"an attack and the denial of it",
			rep("a", day, "en", day, "Russia said Ukraine had attacked the Kremlin with two drones on Friday.", "c:russia", "c:ukraine", "l:kremlin"),
			rep("b", day, "ja", day, "ウクライナ政府は7日、クレムリンへの攻撃への関与を否定した。", "c:ukraine", "l:kremlin")},
		{"a quake and the warning it set off",
			rep("a", day, "en", day, "A magnitude 7.5 earthquake struck the coast of Ishikawa on Friday.", "l:ishikawa"),
			rep("b", day, "ja", day, "気象庁は7日、石川県に大津波警報を発表した。地震による津波のおそれ。", "o:jma", "l:ishikawa")},
		{"a ruling and the appeal against it",
			rep("a", day, "en", day, "A court sentenced the former president to life in prison on Friday.", "p:yoon", "o:court"),
			rep("b", day, "en", day, "The former president's lawyers said on Friday they would appeal the sentence.", "p:yoon")},
		{"the same kind, same place, another actor",
			rep("a", day, "en", day, "Hamas fighters attacked Sderot and other towns near Gaza on Friday.", "o:hamas", "l:gaza", "l:sderot"),
			rep("b", day, "ja", day, "イスラエル軍は7日、ガザ地区を空爆した。", "o:idf", "l:gaza")},
		{"a strike and the condemnation of it, which names the strike",
			rep("a", day, "en", day, "Pakistani jets struck targets across the border in Afghanistan on Friday.", "c:pakistan", "c:afghanistan"),
			rep("b", day, "ja", day, "アフガニスタンの暫定政権は7日、パキスタンの空爆を非難した。", "c:pakistan", "c:afghanistan")},
		{"an entry ban and the festival it cancelled",
			rep("a", day, "en", day, "Britain barred the rapper from entering the country on Friday.", "p:rapper", "c:uk"),
			rep("b", day, "ja", day, "英国の音楽祭の主催者は7日、ラッパーの出演する今年の開催を中止すると発表した。", "p:rapper", "c:uk")},
		{"a strike and the protest over the deaths it caused",
			rep("a", day, "ja", day, "米軍は7日、タンカーを攻撃し、インド人船員3人が死亡した。", "o:us-forces", "c:india"),
			rep("b", day, "ja", day, "インド外務省は7日、米国大使を呼び、船員の死亡について抗議した。", "o:mea", "c:india", "c:us")},
		{"talks claimed and the rebuttal",
			rep("a", day, "ja", day, "トランプ大統領は7日、イランと生産的な協議を行ったと述べた。", "p:trump", "c:iran"),
			rep("b", day, "ja", day, "イラン側は7日、トランプ氏の発言を受けて、米国と協議した事実はないと反論した。", "p:trump", "c:iran", "c:us")},
		{"a visit postponed beside a visit made",
			rep("a", day, "en", day, "Zelensky said on Friday that he had postponed his visit to Riyadh.", "p:zelensky"),
			rep("b", day, "ja", day, "ゼレンスキー大統領は7日、トルコを訪問し、エルドアン大統領と会談した。", "p:zelensky", "p:erdogan", "c:turkey")},
		{"a pact signed and a loan agreed on one day",
			rep("a", day, "en", day, "The United States and Ukraine signed a security agreement on Friday.", "c:us", "c:ukraine"),
			rep("b", day, "ja", day, "G7首脳は7日、ウクライナへの500億ドルの融資で合意した。", "o:g7", "c:ukraine")},
		{"an election lost and the loser's concession",
			rep("a", day, "en", day, "The ruling party lost its majority in Friday's election.", "o:ruling-party"),
			rep("b", day, "ja", day, "与党党首は7日夜、敗北を認めた。", "o:ruling-party")},
		{"another day",
			rep("a", day, "en", day, "Russia captured Toretsk on Friday.", "l:toretsk"),
			rep("b", "2025-02-08", "en", "2025-02-08", "Russia captured Toretsk, the ministry said on Saturday.", "l:toretsk")},
	})
}

// pairCase is two reports, "a" and "b", of one kind of pair.
type pairCase struct {
	kind string
	a, b Report
}

// checkPairs checks that the two reports of each pair are one event, or
// stay apart when one is false.
func checkPairs(t *testing.T, one bool, cases []pairCase) {
	t.Helper()
	wrong := "joined"
	if one {
		wrong = "apart"
	}
	for _, c := range cases {
		if together([]Report{c.a, c.b}, "a", "b") != one {
			t.Errorf("%s: %q and %q %s", c.kind, c.a.Text, c.b.Text, wrong)
		}
	}
}

// TestSettingCues: a cue of several senses, the name of a gathering where
// something else happened, a cue in a setting ("at the summit", 「会談後」,
// "while … visiting") or negated says what kind of happening a sentence
// tells only where nothing else does (weak), and the sentence's other cues
// decide.
func TestSettingCues(t *testing.T) {
	for _, c := range []struct {
		lang, text   string
		strong, weak []string
	}{
		{"en", "A magnitude 7.3 earthquake struck off Vanuatu.", []string{"quake"}, []string{"attack"}},
		{"en", "Zelensky addressed a joint meeting of Congress.", []string{"speech"}, []string{"meet"}},
		{"en", "A meeting between Trump and Zelensky ended in a shouting match.", []string{"meet", "row"}, nil},
		{"ja", "東芝の社長は19日記者会見し、事業の終息を明らかにした。", nil, []string{"meet"}},
		{"en", "Zelensky met Modi on the sidelines of the G7 summit.", []string{"meet"}, nil},
		{"en", "Missiles struck Kyiv while Guterres was visiting the city.", []string{"attack"}, []string{"visit"}},
		{"en", "Zelensky left without signing the minerals deal.", nil, []string{"sign", "resources"}},
		{"en", "Two rockets hit the station as civilians waited to be evacuated.", nil, []string{"attack", "evacuate"}},
		{"en", "Kyiv backed the plan for a truce after talks in Jeddah.", []string{"ceasefire"}, []string{"negotiate"}},
		{"en", "Biden asked Congress for $33 billion to support Ukraine.", nil, []string{"aid"}},
		{"en", "At least 12 people were dead after the strike.", []string{"attack", "kill"}, nil},
		{"ja", "ゼレンスキー大統領は広島でのG7首脳会議で演説した。", []string{"speech"}, []string{"meet"}},
		{"ja", "トランプ大統領は会談後にプーチン大統領に電話した。", []string{"call"}, []string{"meet"}},
		{"ja", "グテーレス事務総長がキーウを訪問中の夜、ミサイル攻撃があった。", []string{"attack"}, []string{"visit"}},
		{"ja", "ゼレンスキー氏は文書に署名せずに帰国した。", nil, []string{"sign"}},
		{"ja", "トランプ氏はゼレンスキー氏を選挙なき独裁者と呼んだ。", nil, []string{"election"}},
		{"ja", "首相の演説会場に爆発物が投げ込まれ、爆発した。", []string{"attack", "fire"}, []string{"speech"}},
		{"en", "Prosecutors closed their inquiry into the former president after his death.", nil, []string{"kill"}},
		{"en", "The founder told reporters shortly before the arrest that he knew nothing.", nil, []string{"arrest"}}, // not "the raid": ~raid is weak without the rule
		{"en", "Two men were condemned to death for the shrine bombing.", []string{"attack", "kill", "arrest"}, []string{"condemn"}},
		{"en", "The emperor said his age made it hard to carry out his duties.", nil, []string{"tariff"}},
		{"en", "Fuel costs pushed up prices as the central bank raised its deposit rate.", []string{"rates"}, []string{"advance"}},
		{"en", "Police fired tear gas at the crowd.", []string{"protest"}, []string{"resign"}},
		{"ja", "大統領に批判的な議員が予備選で敗れた。", []string{"election"}, []string{"condemn"}},
		{"ja", "開幕戦を前に、警察がデモ隊に催涙弾を発射した。", []string{"protest"}, []string{"open", "sport"}},
		{"ja", "開幕を前に、警察がデモ隊に催涙弾を発射した。", []string{"protest"}, []string{"open"}},
		{"ja", "外務省は大使を呼び、船員の死亡について抗議した。", []string{"protest", "diplomacy"}, []string{"kill"}},
		{"ja", "検察は民間人殺害をめぐり元兵士を訴追した。", []string{"arrest"}, []string{"kill"}},
		{"en", "Zelensky said he had postponed his visit to Riyadh.", []string{"cancel"}, []string{"visit"}},
	} {
		f := newFeatures(&Report{Text: c.text, Lang: c.lang}, nil, nil)
		if got := cues.names(f.cues); !slices.Equal(got, c.strong) {
			t.Errorf("%q: cues %v, want %v", c.text, got, c.strong)
		}
		if got := cues.names(f.weak); !slices.Equal(got, c.weak) {
			t.Errorf("%q: weak cues %v, want %v", c.text, got, c.weak)
		}
	}
}

// TestSameHappeningCues: reports of one happening in other words, or in
// the other language, join through cues of one class, weak ones included.
func TestSameHappeningCues(t *testing.T) {
	day := "2023-06-06"
	checkPairs(t, true, []pairCase{
		{"a speech told with a gathering's name",
			rep("a", day, "en", day, "Zelensky addressed the G7 leaders in Hiroshima on Tuesday.", "p:zelensky", "l:hiroshima"),
			rep("b", day, "ja", day, "ゼレンスキー大統領は6日、広島でのG7首脳会議で演説した。", "p:zelensky", "l:hiroshima")},
		{"damage: a dam destroyed, a dam breached",
			rep("a", day, "en", day, "The Kakhovka dam was destroyed early on Tuesday, flooding towns downstream.", "l:kakhovka"),
			rep("b", day, "ja", day, "カホフカ・ダムが6日未明に決壊し、下流の町が浸水した。", "l:kakhovka")},
		{"an evacuation",
			rep("a", day, "en", day, "More than 260 fighters were evacuated from the Azovstal steelworks on Tuesday.", "l:azovstal", "l:mariupol"),
			rep("b", day, "ja", day, "ウクライナ国防省は6日、マリウポリの製鉄所から兵士260人以上を退避させたと発表した。", "o:mod-ukraine", "l:mariupol")},
		{"a collision on a runway",
			rep("a", day, "en", day, "A Japan Airlines plane collided with a coast guard aircraft at Haneda airport on Tuesday.", "o:jal", "l:haneda"),
			rep("b", day, "ja", day, "羽田空港で6日、日本航空の旅客機と海上保安庁の航空機が衝突した。", "o:jal", "l:haneda", "o:jcg")},
		{"a shooting",
			rep("a", day, "en", day, "Former Prime Minister Shinzo Abe was shot during a campaign speech in Nara on Tuesday.", "p:abe", "l:nara"),
			rep("b", day, "ja", day, "安倍晋三元首相が6日、奈良市で演説中に銃撃された。", "p:abe", "l:nara")},
		{"an election result",
			rep("a", day, "en", day, "The ruling coalition lost its majority in the lower house election on Tuesday.", "o:ldp", "o:komeito"),
			rep("b", day, "ja", day, "6日投開票の衆院選で、自民・公明両党は過半数を割り込んだ。", "o:ldp", "o:komeito")},
		{"a candidate's withdrawal from a race",
			rep("a", day, "en", day, "President Biden dropped out of the presidential race on Tuesday.", "p:biden"),
			rep("b", day, "ja", day, "バイデン大統領は6日、大統領選から撤退すると表明した。", "p:biden")},
		{"a minister replaced",
			rep("a", day, "en", day, "Putin proposed Andrei Belousov as defence minister on Tuesday, replacing Sergei Shoigu.", "p:putin", "p:belousov", "p:shoigu"),
			rep("b", day, "ja", day, "プーチン大統領は6日、ショイグ国防相を交代させ、後任にベロウソフ氏を充てる人事案を提出した。", "p:putin", "p:belousov", "p:shoigu")},
		{"a release of treated water",
			rep("a", day, "en", day, "Japan began releasing treated radioactive water from the Fukushima plant on Tuesday.", "l:fukushima"),
			rep("b", day, "ja", day, "福島第1原発の処理水の海洋放出が6日に始まった。", "l:fukushima")},
		{"a nuclear test, one report with an explosion too",
			rep("a", day, "en", day, "North Korea detonated a nuclear device underground on Tuesday.", "c:north-korea"),
			rep("b", day, "ja", day, "北朝鮮は6日、地下核実験による爆発を確認したと発表した。", "c:north-korea")},
		{"a match won, one report with the stage it led to",
			rep("a", day, "en", day, "Japan beat Spain in Doha on Tuesday.", "c:japan", "c:spain", "l:doha"),
			rep("b", day, "ja", day, "日本は6日、ドーハで優勝候補のスペインに勝ち、1次リーグを首位で突破した。", "c:japan", "c:spain", "l:doha")},
		{"an ambassador recalled, one report with why",
			rep("a", day, "en", day, "Spain recalled its ambassador to Israel on Tuesday in protest at the killing of aid workers.", "c:spain", "c:israel"),
			rep("b", day, "ja", day, "スペイン政府は6日、駐イスラエル大使を召還した。", "c:spain", "c:israel")},
		{"a blackout, one report with the grid's collapse",
			rep("a", day, "en", day, "The grid collapsed on Tuesday, leaving most of Portugal without electricity.", "c:portugal"),
			rep("b", day, "ja", day, "ポルトガルのほぼ全土で6日、大規模な停電が起きた。", "c:portugal")},
		{"martial law, one report with the troops sent",
			rep("a", day, "en", day, "The president declared martial law across the country on Tuesday.", "p:president"),
			rep("b", day, "ja", day, "大統領は6日、全土に戒厳令を出し、軍を展開した。", "p:president")},
		{"a town taken, told as the other side's withdrawal",
			rep("a", day, "en", day, "Russia took full control of Avdiivka on Tuesday.", "c:russia", "l:avdiivka"),
			rep("b", day, "en", day, "Ukrainian forces withdrew from Avdiivka on Tuesday.", "l:avdiivka")},
	})
}

// TestNoBridge: a report that tells two things (a meeting and minerals)
// does not join two reports that each tell one of them.
func TestNoBridge(t *testing.T) {
	day := "2025-02-07"
	rs := []Report{
		rep("both", day, "en", day, "Trump said he would meet Zelensky next week to discuss Ukraine's rare earth minerals.", "p:trump", "p:zelensky"),
		rep("meet", day, "ja", day, "トランプ大統領は7日、ゼレンスキー大統領と来週会談すると述べた。", "p:trump", "p:zelensky"),
		rep("minerals", day, "ja", day, "トランプ大統領は7日、ゼレンスキー大統領にレアアースを求めた。", "p:trump", "p:zelensky"),
	}
	if together(rs, "meet", "minerals") {
		t.Error("a report telling both joined a meeting and a minerals demand")
	}
}

// TestCoarseAmbiguous: a month report that could join two days' events
// joins neither.
func TestCoarseAmbiguous(t *testing.T) {
	rs := []Report{
		rep("d1", "2025-02-03", "en", "2025-02-03", "Russian missiles hit Kharkiv on Monday.", "o:russian-army", "l:kharkiv"),
		rep("d2", "2025-02-17", "en", "2025-02-17", "Russian missiles hit Kharkiv again on Monday.", "o:russian-army", "l:kharkiv"),
		rep("m", "2025-02", "en", "2025-02-28", "In February Russian missiles hit Kharkiv.", "o:russian-army", "l:kharkiv"),
	}
	if together(rs, "m", "d1") || together(rs, "m", "d2") {
		t.Error("a month report joined one of two days it fits equally")
	}
	if !together(rs[1:], "m", "d2") {
		t.Error("a month report did not join the one day it fits")
	}
}
