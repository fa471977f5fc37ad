package newsgen

// The name parts and templates below are written for this generator; the
// people are invented, the places real.

var enFirst = []string{
	"Adrian", "Beatrice", "Camille", "Dorian", "Elif", "Fergus", "Greta", "Hamid", "Ingrid", "Jasper",
	"Kalinda", "Leopold", "Mirela", "Nikolai", "Odile", "Pavel", "Quentin", "Rosalind", "Soren", "Tamsin",
	"Ulrich", "Valeria", "Wendell", "Xiomara", "Yusuf", "Zofia", "Anselm", "Bronwen", "Cyrus", "Delphine",
	"Emeka", "Fiona", "Gideon", "Halima", "Ignacio", "Jolanta", "Kwame", "Lucinda", "Matteo", "Nadia",
	"Osvaldo", "Priyanka", "Rafael", "Sabine", "Tobias", "Ursula", "Viktor", "Wilhelmina", "Yannick", "Zainab",
	"Arjun", "Benedikt", "Colette", "Dmitri", "Esther", "Florian", "Gwendolyn", "Henrik", "Isolde", "Joaquin",
}

var enLast = []string{
	"Abernathy", "Balogun", "Castellanos", "Dervishi", "Eriksen", "Falkner", "Grunewald", "Halloran", "Ivanescu", "Jablonski",
	"Kowalczyk", "Lindgren", "Marchetti", "Nakashima", "Oyelaran", "Pellegrino", "Quist", "Rasmussen", "Szabo", "Thorvaldsen",
	"Umarov", "Vasquez", "Whitcombe", "Xanthopoulos", "Yilmaz", "Zielinski", "Achterberg", "Bergstrom", "Cavendish", "Delacroix",
	"Espinoza", "Fitzgerald", "Gallardo", "Hartmann", "Iglesias", "Janssen", "Kuznetsov", "Lombardi", "Mwangi", "Novak",
	"Okonkwo", "Petrescu", "Ramadani", "Sorensen", "Tanaka-Reyes", "Uhlig", "Valdivia", "Wojcik", "Yamamura", "Zapata",
	"Ashdown", "Brennan", "Corrigan", "Dunmore", "Ellsworth", "Fairbanks", "Gilchrist", "Holloway", "Ingram", "Kilbride",
	"Larkspur", "Montague", "Northcott", "Oakley", "Prendergast", "Radcliffe", "Stanhope", "Trevelyan", "Underwood", "Vance",
	"Wexford", "Albrecht", "Baranov", "Chikwanha", "Demirci", "Eklund", "Ferreira", "Gaspar", "Hadzic", "Ilunga",
	"Jovanovic", "Karimi", "Lozano", "Mbeki-Sisulu", "Nieminen", "Orlova", "Pacheco", "Quiroga", "Rostami", "Salvesen",
	"Tchakarov", "Uribe", "Voronin", "Waweru", "Yaroslavsky", "Zeller", "Aksoy", "Bielski", "Coelho", "Dragomir",
	"Engstrom", "Fonseca", "Gromov", "Hakimi", "Ilic", "Jaramillo", "Kaczmarek", "Laine", "Morozova", "Nwosu",
	"Obradovic", "Popescu", "Rocha", "Sandoval", "Tiwari", "Urquhart", "Varela", "Wahlberg", "Yevtushenko", "Zubiri",
}

// foreignNames are people named in both languages: English given name and
// surname, then the katakana of each.
var foreignNames = [][4]string{
	{"Adrian", "Falkner", "エイドリアン", "フォークナー"},
	{"Greta", "Lindgren", "グレタ", "リンドグレン"},
	{"Matteo", "Marchetti", "マッテオ", "マルケッティ"},
	{"Nadia", "Kowalczyk", "ナディア", "コワルチク"},
	{"Viktor", "Baranov", "ビクトル", "バラノフ"},
	{"Rosalind", "Whitcombe", "ロザリンド", "ウィットコム"},
	{"Emeka", "Okonkwo", "エメカ", "オコンクォ"},
	{"Sabine", "Hartmann", "ザビーネ", "ハルトマン"},
	{"Joaquin", "Valdivia", "ホアキン", "バルディビア"},
	{"Ingrid", "Eriksen", "イングリッド", "エリクセン"},
	{"Dmitri", "Voronin", "ドミトリー", "ボローニン"},
	{"Camille", "Delacroix", "カミーユ", "ドラクロワ"},
	{"Yusuf", "Demirci", "ユスフ", "デミルジ"},
	{"Fiona", "Brennan", "フィオナ", "ブレナン"},
	{"Pavel", "Novak", "パベル", "ノバク"},
	{"Elif", "Aksoy", "エリフ", "アクソイ"},
	{"Kwame", "Mwangi", "クワメ", "ムワンギ"},
	{"Lucinda", "Montague", "ルシンダ", "モンタギュー"},
	{"Tobias", "Albrecht", "トビアス", "アルブレヒト"},
	{"Valeria", "Sandoval", "バレリア", "サンドバル"},
	{"Henrik", "Salvesen", "ヘンリック", "サルベセン"},
	{"Zofia", "Zielinski", "ゾフィア", "ジェリンスキ"},
	{"Rafael", "Fonseca", "ラファエル", "フォンセカ"},
	{"Halima", "Karimi", "ハリマ", "カリミ"},
}

var enPlaces = []string{
	"Warsaw", "Lisbon", "Nairobi", "Ottawa", "Manila", "Bogota", "Tbilisi", "Helsinki", "Accra", "Hanoi",
	"Brussels", "Geneva", "Jakarta", "Santiago", "Vilnius", "Riga", "Tallinn", "Bucharest", "Sofia", "Zagreb",
	"Canberra", "Wellington", "Lagos", "Dakar", "Casablanca", "Amman", "Doha", "Muscat", "Baku", "Yerevan",
	"Osaka", "Busan", "Taipei", "Kuala Lumpur", "Dhaka", "Colombo", "Kathmandu", "Tashkent", "Almaty", "Ulaanbaatar",
	"Poland", "Portugal", "Kenya", "Canada", "the Philippines", "Colombia", "Georgia", "Finland", "Ghana", "Vietnam",
	"Belgium", "Switzerland", "Indonesia", "Chile", "Lithuania", "Latvia", "Estonia", "Romania", "Bulgaria", "Croatia",
	"Australia", "New Zealand", "Nigeria", "Senegal", "Morocco", "Jordan", "Qatar", "Oman", "Azerbaijan", "Armenia",
	"Japan", "South Korea", "Taiwan", "Malaysia", "Bangladesh", "Sri Lanka", "Nepal", "Uzbekistan", "Kazakhstan", "Mongolia",
	"the Baltic Sea", "the Black Sea", "the Danube", "the Andes", "Patagonia", "Bavaria", "Catalonia", "Mindanao", "Sumatra", "Hokkaido",
}

var orgHeads = []string{
	"Northwind Logistics", "Helios Energy", "Bluewater Shipping", "Corvus Analytics", "Meridian Bank", "Arcadia Pharmaceuticals",
	"Sterling Aerospace", "Kestrel Mining", "Lumen Telecom", "Orion Motors", "Pinecrest Foods", "Quarry Steel",
	"Redwood Capital", "Silverline Rail", "Tidewater Ports", "Union Grain", "Vanguard Textiles", "Westbrook Insurance",
	"the Ministry of Finance", "the Ministry of Defence", "the Foreign Ministry", "the Central Bank", "the Supreme Court",
	"the Electoral Commission", "the National Weather Service", "the Red Cross", "the World Health Organization",
	"the International Monetary Fund", "the European Commission", "the African Union", "the United Nations",
	"the Asian Development Bank", "NATO", "OPEC", "UNICEF", "the Harbor Authority", "the Transport Safety Board",
}

var agencies = []string{"Wire", "Global News Service", "Dispatch", "Press Desk"}

var enTitles = []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Governor", "Mayor", "Senator", "Chief Executive", "General", "Ambassador"}

var enRelative = []string{"last week", "next month", "on Monday", "on Friday", "earlier this year", "last year", "this week", "next week", "yesterday", "in September", "in the spring", "two days ago"}

var enHeadlines = []string{
	"{P} heads to {L} as talks with {O} resume",
	"{O} says output in {L} fell in {D}",
	"{L} braces for storms; {O} issues warning",
	"Court in {L} rules against {O}",
	"{P} and {P} agree on a ceasefire framework",
}

var enTemplates = []string{
	"{T} {P} said on {W} that {L} would not accept the terms proposed by {O}.",
	"Speaking to reporters in {L}, {P} described the talks as difficult but productive.",
	"The agreement, signed on {D}, commits {O} to invest {N} million dollars in {L} over five years.",
	"{P}, a spokesperson for {O}, declined to comment on the report.",
	"According to {O}, about {N} people were evacuated from {L} {R}.",
	"Officials in {L} confirmed that {O} had suspended operations there {R}.",
	"\"We will not be rushed into a decision,\" {P} told a news conference in {L}.",
	"The meeting between {P} and {P} is expected to take place in {L} on {D}.",
	"Shares of {O} rose {N} cents in early trading after the announcement.",
	"Analysts at {O} said the decision could delay the project until {D}.",
	"{P} met {T} {P} in {L} {R} to discuss trade, energy and security.",
	"The proposal was first presented to {O} in {D} but stalled after objections from {L}.",
	"Protesters gathered outside the offices of {O} in {L}, demanding the release of {N} detainees.",
	"In a statement, {O} said it had received no request from {L}.",
	"{P} is due to travel to {L} {R}, the first such visit since {D}.",
	"The figures, published by {O} on {W}, showed exports from {L} falling for a third month.",
	"Investigators from {O} arrived in {L} on {D} to examine the wreckage.",
	"It was not immediately clear whether {P} had been informed in advance.",
	"The talks collapsed {R} after {P} walked out, according to two people familiar with the matter.",
	"Residents of {L} said power had been restored by the evening.",
	"{O} and {O} announced a joint venture to build a port near {L}.",
	"Heavy rain flooded roads across {L}, and schools will stay closed until {D}.",
	"The ministry said the total cost had risen to {N} million since the work began.",
	"{P} told lawmakers that the budget would be balanced by {D}.",
	"Critics say the plan leaves {L} exposed, a charge {P} rejected on {W}.",
	"Prices for wheat and fuel have climbed sharply in {L} since {D}.",
}

var jaAgencies = []string{"共同", "時事", "本社特派員", "ロイター"}

var jaPlaces = []string{
	"ワルシャワ", "リスボン", "ナイロビ", "オタワ", "マニラ", "ボゴタ", "トビリシ", "ヘルシンキ", "アクラ", "ハノイ",
	"ブリュッセル", "ジュネーブ", "ジャカルタ", "サンティアゴ", "ビリニュス", "リガ", "タリン", "ブカレスト", "ソフィア", "ザグレブ",
	"札幌市", "仙台市", "新潟市", "金沢市", "静岡市", "名古屋市", "京都市", "神戸市", "広島市", "福岡市",
	"熊本市", "那覇市", "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県",
	"栃木県", "群馬県", "埼玉県", "千葉県", "長野県", "岐阜県", "愛知県", "三重県", "滋賀県", "兵庫県",
	"奈良県", "岡山県", "山口県", "愛媛県", "高知県", "長崎県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
	"ポーランド", "ポルトガル", "ケニア", "カナダ", "フィリピン", "コロンビア", "フィンランド", "ガーナ", "ベトナム", "ベルギー",
	"スイス", "インドネシア", "チリ", "リトアニア", "ルーマニア", "オーストラリア", "ナイジェリア", "モロッコ", "ヨルダン", "カタール",
}

var jaSurnames = []string{
	"佐々木", "高橋", "渡部", "伊東", "中島", "小野寺", "加賀谷", "吉岡", "山根", "松永",
	"井上", "木村", "林田", "清水", "山崎", "森本", "池田", "橋爪", "阿部", "石黒",
	"前川", "藤原", "岡田", "後藤", "長谷部", "村井", "近藤", "坂口", "遠藤", "青柳",
	"藤井", "西村", "福永", "太田", "三浦", "岡本", "松田", "中川", "原口", "小松",
	"竹内", "金子", "和田", "中野", "石田", "上野", "森田", "原田", "柴田", "酒井",
}

var jaGiven = []string{
	"健太", "美咲", "大輔", "彩香", "翔太", "由美", "直樹", "恵子", "誠", "真由美",
	"拓也", "陽子", "浩二", "奈々", "隆", "千尋", "修", "玲奈", "剛", "香織",
	"雅人", "弘子", "亮", "智子", "康弘", "裕子", "慎也", "明美", "聡", "早紀",
}

var jaOrgHeads = []string{
	"財務省", "防衛省", "外務省", "国土交通省", "厚生労働省", "経済産業省", "日本銀行", "気象庁", "最高裁判所", "国際通貨基金",
	"世界保健機関", "欧州委員会", "国連", "北大西洋条約機構", "東海精機", "北星物産", "瑞穂化学", "大和電工", "朝日海運", "青葉食品",
	"三洋重工", "光陽製薬", "南海鉄道", "東邦建設", "日東通信", "国際協力機構", "日本原子力研究開発機構",
}

var jaTitles = []string{"首相", "外相", "大統領", "知事", "市長", "議員"}

var jaRelative = []string{"先週", "来月", "昨年", "今年", "来週", "今月", "前日", "同日", "昨日", "今週"}

var jaHeadlines = []string{
	"{P}、{L}で{O}と会談へ",
	"{O}、{L}の工場を{D}に再開",
	"{L}で大雨、{O}が警戒呼びかけ",
	"{P}と{P}が停戦の枠組みで合意",
}

var jaTemplates = []string{
	"{P}は{W}、{L}で記者団に対し、{O}との協議を{R}にも再開する考えを示した。",
	"{O}によると、{L}では{R}から停電が続いており、約{N}人が避難している。",
	"{P}は{D}、{L}を訪問し、{P}と会談した。",
	"会談では貿易やエネルギー、安全保障などについて意見を交わしたという。",
	"{O}は{W}、{L}にある工場の操業を{D}まで停止すると発表した。",
	"{P}は「交渉を急ぐつもりはない」と述べ、{O}の提案に慎重な姿勢を示した。",
	"関係者によると、{P}は{R}にも{L}を訪れる予定だ。",
	"{O}が{W}発表した統計では、{L}からの輸出が3か月連続で減少した。",
	"{L}の住民は「夜までには電気が戻った」と話している。",
	"{O}と{O}は{W}、{L}近郊に新たな港を建設する合弁事業を発表した。",
	"{D}に始まった工事の費用は、これまでに{N}億円に膨らんだ。",
	"{P}は国会で、予算の均衡を{D}までに達成すると述べた。",
	"専門家は、今回の決定で計画が{R}以降にずれ込む可能性があると指摘している。",
	"{L}では大雨の影響で道路が冠水し、学校は{D}まで休校となる。",
	"{O}の{P}は、報道について「コメントは差し控える」と述べた。",
	"調査団は{D}に{L}入りし、現場の確認を進めている。",
}
