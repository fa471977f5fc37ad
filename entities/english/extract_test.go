package english

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/segment"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extract runs x over text split into sentences and returns "TYPE:text" for
// every mention, checking the offsets on the way.
func extract(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	var spans []entities.Span
	for _, s := range segment.Split(text) {
		spans = append(spans, entities.Span{Start: s.Start, End: s.End})
	}
	var out []string
	last := -1
	for _, m := range x.Extract(text, spans) {
		if m.Start < last || m.Start >= m.End || m.End > len(text) || text[m.Start:m.End] != m.Text ||
			!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
			t.Fatalf("bad mention %+v in %q", m, text)
		}
		if m.Lang != "en" || !m.Type.Valid() {
			t.Fatalf("bad mention %+v", m)
		}
		last = m.End
		out = append(out, fmt.Sprintf("%s:%s", m.Type[:3], m.Text))
	}
	return out
}

// TestRules checks each rule family on sentences written for the test: want
// lists mentions that must be found ("PER:Name", "LOC:…", "ORG:…"); unwanted
// lists surface texts that must not be a mention of any type, or "TYPE:text"
// mentions that must not be found.
func TestRules(t *testing.T) {
	tests := []struct {
		family, text string
		want         []string
		unwanted     []string
	}{
		{"titles", "President Emmanuel Macron met Gen. Mark Milley in Paris on Monday.",
			[]string{"PER:Emmanuel Macron", "PER:Mark Milley", "LOC:Paris"}, []string{"President Emmanuel Macron", "Gen. Mark Milley"}},
		{"titles", "Former UK prime minister Boris Johnson said a European force should protect the border.",
			[]string{"PER:Boris Johnson", "LOC:UK"}, []string{"European"}},
		{"titles", "Dr Helen Marsh, Senior Lecturer in Economics at the University of Leeds, told the BBC the plan would fail.",
			[]string{"PER:Helen Marsh", "ORG:University of Leeds", "ORG:BBC"}, []string{"Senior Lecturer", "Dr Helen Marsh"}},
		{"titles", "U.S. President Lena Varga said the plan would fail. Later, Secretary of State Ivo Brandt met Texas Governor Tom Hale.",
			[]string{"LOC:U.S.", "PER:Lena Varga", "PER:Ivo Brandt", "LOC:Texas", "PER:Tom Hale"},
			[]string{"U.S. President Lena Varga", "Secretary of State Ivo Brandt", "of State Ivo Brandt", "Texas Governor Tom Hale"}},
		{"titles", "At 4:00 PM she leaves 2 Willow Lane, Walking Vincent and Jas home. Later, Darius Manning met Sterling Brooks.",
			[]string{"PER:Vincent", "PER:Darius Manning"}, []string{"Walking Vincent"}},
		{"joins", "A senior official told Radio Free Europe/Radio Liberty (RFE/RL) that talks were under way.",
			[]string{"ORG:Radio Free Europe/Radio Liberty"}, nil},
		{"joins", "The talks were held at the Institute for Strategic and Defence Studies (ISDS) in Lisbon.",
			[]string{"ORG:Institute for Strategic and Defence Studies", "ORG:ISDS", "LOC:Lisbon"}, nil},
		{"joins", "Supporters gathered in the Plaza de Mayo, near the Bank of Portugal and the City of Lisbon offices.",
			[]string{"LOC:Plaza de Mayo", "ORG:Bank of Portugal"}, []string{"Plaza", "Mayo", "Portugal"}},
		{"possessives", "Drones struck Ukraine’s Fortress Belt near Kramatorsk, and NATO’s Comprehensive Assistance Package was signed in Brussels.",
			[]string{"LOC:Ukraine", "LOC:Kramatorsk", "ORG:NATO", "LOC:Brussels"}, []string{"Ukraine’s Fortress Belt", "NATO’s Comprehensive Assistance Package"}},
		{"possessives", "Delegates of the People’s Republic of China met the Women’s Refugee Commission in Geneva.",
			[]string{"LOC:People’s Republic of China", "ORG:Women’s Refugee Commission", "LOC:Geneva"}, nil},
		{"joins", "She was appointed to the Supreme Court of the Republic of Vanuatu in 2019.",
			[]string{"ORG:Supreme Court of the Republic of Vanuatu"}, []string{"Supreme Court", "Republic of Vanuatu"}},
		{"hyphens", "The Russia-Ukraine war has lasted longer than anyone in Moscow expected.",
			[]string{"LOC:Russia", "LOC:Ukraine", "LOC:Moscow"}, []string{"Russia-Ukraine"}},
		{"acronyms", "Analysts at the Royal Institute of Navigation (RIN) disagree. RIN said the data were incomplete.",
			[]string{"ORG:Royal Institute of Navigation", "ORG:RIN"}, nil},
		{"acronyms", "Eric Pollard tested the Fischer Ranger in Utah. Read our Flash Review first. The FR was stable at speed, and the FR has a long tail.",
			[]string{"PER:Eric Pollard", "LOC:Utah"}, []string{"FR"}},
		{"acronyms", "The plan foresees a demilitarised zone (DMZ) along the border. The DMZ would be patrolled by foreign troops.",
			nil, []string{"DMZ"}},
		{"possessives", "Kellogg's plan was published by the Hudson Institute. Under Kellogg's plan, the war would stop.",
			[]string{"PER:Kellogg", "ORG:Hudson Institute"}, []string{"Kellogg's", "Kellogg’s"}},
		{"possessives", "Professor Anna Berg of King's College London said the decision was wrong.",
			[]string{"PER:Anna Berg", "ORG:King's College London"}, nil},
		{"given names", "The board said Pavel Orlik would step down. Orlik founded the firm in 1998.",
			[]string{"PER:Pavel Orlik", "PER:Orlik"}, nil},
		{"surnames", "Trucks from the Ohio Haskell plant were recalled. Haskell shares fell 4% in Toronto.",
			nil, []string{"PER:Haskell"}},
		{"dynasties", "After the fall of the Zhou dynasty, the Zhou capital was moved east.",
			[]string{"ORG:Zhou"}, []string{"LOC:Zhou", "PER:Zhou"}},
		{"dynasties", "He served as an envoy to the Western Tang Dynasty for ten years.",
			[]string{"ORG:Western Tang Dynasty"}, nil},
		{"addresses", "The company moved to Fort Worth, Texas, in 2003 and later opened a plant near Lyon, France.",
			[]string{"LOC:Fort Worth, Texas", "LOC:Lyon", "LOC:France"}, []string{"Texas", "Lyon, France"}},
		{"acting states", "Protesters gathered in Norway. Norway announced new tariffs, and Canada imposed sanctions on Norway. Trade with Canada grew.",
			[]string{"LOC:Norway", "ORG:Norway", "ORG:Canada", "LOC:Canada"}, nil},
		{"appositions", "The mill was sold to the manufacturer Anton Weiler in 1850.",
			[]string{"PER:Anton Weiler"}, []string{"ORG:Anton Weiler"}},
		{"coordination", "The cargo was shipped through Rotterdam, Hamburg and Varnelo before the strike.",
			[]string{"LOC:Rotterdam", "LOC:Hamburg", "LOC:Varnelo"}, nil},
		{"coordination", "According to Halvorsen, Norwegian Air Shuttle will cut routes.",
			nil, []string{"ORG:Halvorsen"}},
		{"person cues", "Tolvanen graduated in 1990 and Marsk's appeal was heard in May.",
			nil, []string{"LOC:Tolvanen", "LOC:Marsk"}},
		{"appositions", "The outage hit websites such as Quorly and Tamblo, while shares of P&G fell.",
			[]string{"ORG:Quorly", "ORG:Tamblo", "ORG:P&G"}, nil},
		{"appositions", "The temple was built for the pharaoh Amenkhet III.",
			[]string{"PER:Amenkhet III"}, nil},
		{"coordination", "The differences between Varrus and Trump are many.",
			[]string{"PER:Varrus"}, []string{"LOC:Varrus", "ORG:Varrus"}},
		{"person cues", "In the spring, Teodor and his wife moved. The coach allowed Ilvana to play.",
			[]string{"PER:Teodor", "PER:Ilvana"}, nil},
		{"person cues", "Nothing came of the plan. Tolvanen reportedly regretted his choice, and Marsk lost her seat.",
			[]string{"PER:Tolvanen", "PER:Marsk"}, nil},
		{"generic heads", "The Central Bank of Lorvia cut rates. Critics said the Bank had waited too long.",
			nil, []string{"Bank"}},
		{"generic heads", "Passports were issued to residents as Moscow tried to absorb them into the Federation.",
			[]string{"LOC:Moscow"}, []string{"Federation"}},
		{"compound adjectives", "The Anglo-Irish Treaty was signed in 1921.",
			nil, []string{"Anglo"}},
		{"acting states", "In 1801 the island was ceded to Portugal after the war with Denmark.",
			[]string{"ORG:Portugal", "ORG:Denmark"}, nil},
		{"historical states", "Envoys of the Northern Wei Kingdom met traders from Lisbon.",
			[]string{"LOC:Northern Wei Kingdom", "LOC:Lisbon"}, nil},
		{"addresses", "Plants affected: Wixom Assembly Plant of Wixom, Michigan Harlan's stock fell 17 cents.",
			[]string{"LOC:Michigan"}, []string{"Michigan Harlan", "PER:Harlan"}},
		{"place heads", "Barges carried silt along the Vorn Canal and out into the Tessaly Sea.",
			[]string{"LOC:Vorn Canal", "LOC:Tessaly Sea"}, nil},
		{"organisation heads", "The first film company (Corvina Film) was founded in Lisbon in 1914.",
			[]string{"ORG:Corvina Film", "LOC:Lisbon"}, nil},
		{"coordination", "Talia and Orsolya co-wrote the song when Talia was sixteen.",
			[]string{"PER:Talia", "PER:Orsolya"}, nil},
		{"roles", "Marek Lind interviewed former US Navy Seal David Quarle in May. Lind told the former Seal on his podcast that the line would hold.",
			[]string{"PER:David Quarle", "ORG:US Navy"}, []string{"Seal", "US Navy Seal"}},
		{"place nouns", "The speakers come from the village of Tovalla, near the old colony Marsenna.",
			[]string{"LOC:Tovalla", "LOC:Marsenna"}, nil},
		{"products", "Velora Air will buy ten Embraer E190 jets, company CEO Tamsin Hale said.",
			[]string{"PER:Tamsin Hale"}, []string{"Embraer E190", "CEO"}},
		{"organisation heads", "The Federal Reserve and the Allied Metal Workers met on Monday.",
			[]string{"ORG:Federal Reserve", "ORG:Allied Metal Workers"}, nil},
		{"epithets", "Her role as Marla the Good Witch followed the fall of Ivan the Great in the play.",
			[]string{"PER:Marla the Good Witch", "PER:Ivan the Great"}, nil},
		{"person cues", "Players like Osmund have been training. She travelled with Linnea, a 17-year-old student.",
			[]string{"PER:Osmund", "PER:Linnea"}, nil},
		{"latin places", "The region also included Vestinium and parts of Molise.",
			nil, []string{"PER:Vestinium"}},
		{"surnames", "Keith Kellogg arrived in Kyiv on Wednesday. Kellogg met officials from the ministry.",
			[]string{"PER:Keith Kellogg", "PER:Kellogg", "LOC:Kyiv"}, nil},
		{"sentence-initial", "Given Ukraine's disdain for the deal, the talks stalled. Shares of Helios Energy Group fell.",
			[]string{"LOC:Ukraine"}, []string{"Given Ukraine", "Given", "Shares", "Shares of Helios Energy Group"}},
		{"surnames", "The guitarist Brian May spoke in London. In May the band toured Japan.",
			[]string{"PER:Brian May", "LOC:London", "LOC:Japan"}, []string{"May"}},
		{"sentence-initial", "However, the ministry said nothing. Meanwhile the storm moved towards Norway.",
			[]string{"LOC:Norway"}, []string{"However", "Meanwhile"}},
		{"places", "Fighting continued in Eastern Ukraine and around Donetsk.",
			[]string{"LOC:Ukraine", "LOC:Donetsk"}, []string{"Eastern Ukraine", "Eastern"}},
		{"apposition", "Finnish flag carrier Finnair has ordered new jets, company CEO Maria Lindqvist said nothing, and actor Tom Berg laughed.",
			[]string{"ORG:Finnair", "PER:Maria Lindqvist", "PER:Tom Berg"}, nil},
		{"back-reference", "Harlan Motor Company said sales rose. Harlan said the Wall Street Journal was wrong, but the WSJ stood by its story.",
			[]string{"ORG:Harlan Motor Company", "ORG:Harlan", "ORG:Wall Street Journal", "ORG:WSJ"}, nil},
		{"acronym-us", "The US and the EU agreed, officials in Brussels said.",
			[]string{"LOC:US", "ORG:EU", "LOC:Brussels"}, nil},
		{"qualifier", "Critics of the Biden administration met the Romans of the club.",
			[]string{"PER:Biden"}, []string{"Romans"}},
		{"org-heads", "Norway's Foreign Ministry declined to comment to MailOnline on Friday.",
			[]string{"LOC:Norway", "ORG:Foreign Ministry", "ORG:MailOnline"}, []string{"Norway's"}},
		{"adjectives", "The song \"Harbour\" was a hit on the Middle Eastern charts, and Ukrainians in Lviv sang it.",
			[]string{"LOC:Lviv"}, []string{"Harbour", "Middle Eastern", "Ukrainians"}},
		{"speakers", "More than 300 crew are on board. Okonkwo suggested that the ship return to port.",
			[]string{"PER:Okonkwo"}, nil},
		{"place-names", "He wrote reviews for the Lisbon Evening Courier before moving to the Tagus Valley.",
			[]string{"ORG:Lisbon Evening Courier", "LOC:Tagus Valley"}, []string{"Lisbon"}},
		{"headlines", "Related Posts",
			nil, []string{"Related Posts", "Related", "Posts"}},
		{"junk", "Follow @world_news for updates https://t.co/Xy12abCD in February and on Monday.",
			nil, []string{"@world_news", "https://t.co/Xy12abCD", "February", "Monday", "Xy12abCD"}},
		{"junk", "Read more at www.example.com/news or write to desk@example.org.",
			nil, []string{"www.example.com/news", "desk@example.org"}},
	}
	x := newTestExtractor(t)
	for _, tt := range tests {
		t.Run(tt.family, func(t *testing.T) {
			got := extract(t, x, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: missing %s; got %v", tt.text, w, got)
				}
			}
			for _, u := range tt.unwanted {
				for _, g := range got {
					if _, text, _ := strings.Cut(g, ":"); text == u || g == u {
						t.Errorf("%q: unwanted %s; got %v", tt.text, g, got)
					}
				}
			}
		})
	}
}

// TestDocumentTypes checks the rules that type a name by the whole
// document: want lists mentions that must be found, wrong mentions that
// must not be.
func TestDocumentTypes(t *testing.T) {
	repeat := func(format string) string {
		var b strings.Builder
		for i := range 12 {
			fmt.Fprintf(&b, format, i+1, i+1)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, text  string
		want, wrong []string
	}{{
		// A person introduced by full name keeps the surname; a one-word
		// name never introduced in a whole article is an organisation.
		name: "introduced person, unintroduced company",
		text: "Chief executive Laura Brennan said on Monday that Tellvara would cut 2,000 jobs. " +
			repeat("Tellvara said its plant number %d would close, and Brennan said talks would continue (round %d). "),
		want:  []string{"PER:Laura Brennan", "PER:Brennan", "ORG:Tellvara"},
		wrong: []string{"PER:Tellvara", "ORG:Brennan"},
	}, {
		// One the text goes on to call "she" or "her" stays a person
		// ("Penny quietly tends to her chores"); one it calls "it" does not.
		name:  "a person by pronoun",
		text:  repeat("Marisol spent day %d in the village, and she said her garden was growing. Tellvara said its plant number %d would close. "),
		want:  []string{"PER:Marisol", "ORG:Tellvara"},
		wrong: []string{"ORG:Marisol", "PER:Tellvara"},
	}, {
		// A name carrying a model number in most of its mentions is a
		// product line, not an organisation; its maker stays one.
		name: "a product line",
		text: "Microsoft Corp. said the RTX 3080 sold out within minutes. The RTX 3090 followed a week later. " +
			"Buyers who missed the RTX 3070 can wait for more RTX cards, Microsoft Corp. said.",
		want:  []string{"ORG:Microsoft Corp."},
		wrong: []string{"ORG:RTX", "PER:RTX", "LOC:RTX"},
	}, {
		// A review writes its product after the maker's word, as the
		// maker's other models, and then alone as "the Outrider": a
		// model, not a company or a place. Two people sharing a given
		// name are not Eric's models.
		name: "a maker's models",
		text: "Ski: 2021 Korvane Outrider, 184 cm. The Outrider replaces the Korvane Tessel and the Korvane Mondo Grip. " +
			"The Outrider is light and fairly soft, and the Outrider’s tips are wide. Compared with the Tessel, the Outrider turns faster. " +
			"Eric Lund skied it at Alta with Eric Moss and Eric Dahl.",
		want:  []string{"LOC:Alta", "PER:Eric Lund", "PER:Eric Moss", "PER:Eric Dahl"},
		wrong: []string{"ORG:Outrider", "PER:Outrider", "LOC:Outrider", "ORG:Tessel", "PER:Tessel", "LOC:Tessel"},
	}, {
		// A model the gazetteer knows stays a name (the Korvane Vermont
		// does not make Vermont a product), and so does one the text
		// calls he or she.
		name: "a maker's model the gazetteer knows",
		text: "Skis: the Korvane Outrider, the Korvane Tessel and the Korvane Vermont sold out. The Outrider is light, " +
			"and the Tessel is stiff. Vermont's resorts had fresh snow.",
		want:  []string{"LOC:Vermont"},
		wrong: []string{"ORG:Outrider", "LOC:Outrider", "ORG:Tessel", "LOC:Tessel"},
	}, {
		name: "a maker's model the text calls she",
		text: "Skis: the Korvane Outrider, the Korvane Tessel and the Korvane Glide sold out. Korvane Ballantyne, who founded " +
			"the firm, said she designed the Outrider. Ballantyne said her team tested the Tessel in Utah.",
		want: []string{"PER:Ballantyne", "LOC:Utah"},
	}, {
		// A word that begins several persons' full names is their given
		// name, even one no name list has.
		name: "three people of one given name",
		text: "Zainab Nakashima met Zainab Corrigan and Zainab Okafor in Lagos. Nakashima said the talks were difficult. " +
			"Corrigan agreed, and Okafor left early.",
		want: []string{"PER:Zainab Nakashima", "PER:Nakashima", "PER:Corrigan", "PER:Okafor"},
	}, {
		// An acronym the text spells out in lower-case words is a term,
		// hyphenated words giving an initial per part and a line's first
		// word its capital alone.
		name:  "an acronym of a hyphenated term",
		text:  "A fiber-optic first-person view (FPV) drone hit a truck near Lyman. Russian FPV drones were seen near Kupiansk.",
		want:  []string{"LOC:Lyman", "LOC:Kupiansk"},
		wrong: []string{"ORG:FPV", "PER:FPV", "LOC:FPV"},
	}, {
		name:  "an acronym of a term after a colon",
		text:  "Order of Battle: First-person view (FPV) drone operators struck a depot near Lyman. Russian FPV drones were seen near Kupiansk.",
		want:  []string{"LOC:Lyman", "LOC:Kupiansk"},
		wrong: []string{"ORG:FPV", "PER:FPV", "LOC:FPV"},
	}, {
		// Military units are numbered: the ordinal is part of the name,
		// or every division of a kind is one entity. An acronym the
		// gazetteer knows keeps its name.
		name: "numbered units",
		text: "Elements of the 3rd Motorized Rifle Division and the 127th Motorized Rifle Division attacked near Lyman, " +
			"and the 58th CAA struck Orikhiv. Troops of the 4th NATO battlegroup arrived in Tallinn.",
		want:  []string{"ORG:3rd Motorized Rifle Division", "ORG:127th Motorized Rifle Division", "ORG:58th CAA", "ORG:NATO"},
		wrong: []string{"ORG:Motorized Rifle Division", "ORG:CAA", "ORG:4th NATO"},
	}, {
		// A page that capitalises a common word it also writes in lower
		// case does not make it a name; the surname of a full name keeps
		// its person however the text uses the word.
		name: "a common word capitalised",
		text: "Jacaranda is a subtropical tree that loves heat. Keep potted jacaranda in full sun, and most jacaranda varieties " +
			"will bloom all summer. When pruning Jacaranda, wear gloves; a young jacaranda bleeds sap. Jacaranda can reach 40 feet in Florida. " +
			"Tom Heath said heath soil, heath grass and heath plants suit it, and Heath planted one in Kent.",
		want:  []string{"LOC:Florida", "PER:Tom Heath", "PER:Heath", "LOC:Kent"},
		wrong: []string{"LOC:Jacaranda", "PER:Jacaranda", "ORG:Jacaranda"},
	}, {
		// An institution's or a place's head word standing for the one
		// the text names stays a name, however often the text also
		// writes the word in lower case.
		name: "a head word capitalised and in lower case",
		text: "The Court heard the case in March. A court clerk, a court fee and the court reporter were named in Texas. " +
			"The Court said the Court would rule soon. Residents near the Lake met in Denver. The lake floor, a lake road " +
			"and lake towns flooded. The Lake council said the Lake would recover.",
		want: []string{"ORG:Court", "LOC:Lake", "LOC:Texas", "LOC:Denver"},
	}, {
		// So does a name the text calls he or she, one the gazetteer
		// knows (Turkey and a turkey), and one whose lower-case forms
		// are all inside web addresses and newsgroups' names.
		name: "a name written in lower case too",
		text: "Halvard visited the farm each morning, and he said the harvest looked good. The halvard of the boat, a halvard " +
			"rope and a halvard knot held fast. Halvard said he would stay in Oslo. " +
			"Turkey sent troops to the border. We ate turkey, roast turkey and turkey soup at the dinner in Ankara. " +
			"Turkey said the talks would go on. " +
			"Quillermoor is a mill town on the river. Its council runs quillermoor.org, its fans post on alt.quillermoor.talk, " +
			"the paper is at quillermoor.net and the shop at quillermoor.info. Quillermoor grew fast after 1850, " +
			"and visitors to Quillermoor like the mill.",
		want: []string{"PER:Halvard", "LOC:Turkey", "LOC:Quillermoor", "LOC:Oslo", "LOC:Ankara"},
	}, {
		// A name ending with a plan, law or treaty word names a document,
		// and so does its acronym; a body the gazetteer knows by such a
		// name stays one.
		name: "a document's name and acronym",
		text: "Through NATO’s Comprehensive Assistance Package (CAP) for Ukraine, Allies provide fuel. Under the CAP, NATO funds demining. " +
			"Delegates of the Colombo Plan met in Sri Lanka.",
		want:  []string{"ORG:NATO", "ORG:Colombo Plan"},
		wrong: []string{"ORG:Comprehensive Assistance Package", "ORG:CAP"},
	}, {
		// An acronym used before any name it could abbreviate is no
		// short form of a name the text gives later; one used after it
		// is.
		name: "an acronym before the name with its initials",
		text: "AI models need more power every year, and AI experts are worried about the AI industry. " +
			"Researchers at the Allen Institute said the costs of AI keep rising. " +
			"The Wall Street Journal reported the figures first; WSJ said they came from utilities.",
		want:  []string{"ORG:Allen Institute", "ORG:Wall Street Journal", "ORG:WSJ"},
		wrong: []string{"ORG:AI", "PER:AI", "LOC:AI"},
	}, {
		// One the gazetteer knows keeps its type there, even where the
		// tagger misses it.
		name: "a known acronym before the name with its initials",
		text: "Shipping costs rose after IMO rules changed on Monday, and IMO officials were blamed. Delegates to the International Maritime Organization met in London.",
		want: []string{"ORG:IMO", "ORG:International Maritime Organization", "LOC:London"},
	}, {
		// NATO writes of its member states as "Allies": after the
		// organisation's name the plural is its members, and alone in
		// the same text it names no one.
		name: "an organisation's members in capitals",
		text: "Since 2022, NATO Allies have provided military assistance to Ukraine. At the Vilnius Summit, Allies agreed to " +
			"develop the programme. NATO said the Allies will continue their support.",
		want:  []string{"ORG:NATO"},
		wrong: []string{"ORG:NATO Allies", "ORG:Allies", "PER:Allies", "LOC:Allies"},
	}, {
		// A list joins lone capitalised words to its names (coordinate),
		// which would bring the members' plural back: it stays out.
		name: "an organisation's members at the end of a list",
		text: "NATO Allies met in Brussels on Monday. Canada, Germany and Allies pledged more air defence. " +
			"NATO said Allies would meet again in June.",
		want:  []string{"ORG:NATO", "LOC:Canada", "LOC:Germany"},
		wrong: []string{"ORG:NATO Allies", "ORG:Allies", "PER:Allies", "LOC:Allies"},
	}, {
		// Without the organisation before it, the capitalised plural keeps
		// the tagger's reading (the wartime Allies); a name whose last
		// word is a plural (DC Comics) keeps it.
		name:  "a capitalised plural no organisation's name precedes",
		text:  "In 1944 the Allies landed in Normandy. The Allies pushed inland within weeks. DC Comics said DC would publish the story.",
		want:  []string{"ORG:Allies", "ORG:DC Comics"},
		wrong: []string{"ORG:Comics"},
	}} {
		got := extract(t, newTestExtractor(t), c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %s; got %v", c.name, w, got)
			}
		}
		for _, w := range c.wrong {
			if slices.Contains(got, w) {
				t.Errorf("%s: wrong %s; got %v", c.name, w, got)
			}
		}
	}
}

// TestFixtureF1 keeps micro F1 on a small annotated fixture of our own news
// sentences above a floor, so that a model or rule change that breaks the
// extractor fails here before it reaches the dev sets.
func TestFixtureF1(t *testing.T) {
	const floor = 0.80
	x := newTestExtractor(t)
	c := scoreRecords(x, readGold(t, "testdata/fixture.jsonl"), func(s string) { t.Log(s) })
	_, _, f := c.prf(entities.Types...)
	if f < floor {
		t.Errorf("micro F1 %.3f on testdata/fixture.jsonl, want >= %.2f", f, floor)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kellogg’s plan", []string{"Kellogg", "’s", "plan"}},
		{"the U.S. Air Force", []string{"the", "U.S.", "Air", "Force"}},
		{"Lt. Gen. Keith Kellogg", []string{"Lt.", "Gen.", "Keith", "Kellogg"}},
		{"Russia-Ukraine war", []string{"Russia", "-", "Ukraine", "war"}},
		{"Europe/Radio Liberty", []string{"Europe", "/", "Radio", "Liberty"}},
		{"O'Brien won't go", []string{"O'Brien", "won't", "go"}},
		{"see https://t.co/abc1 now", []string{"see", "https://t.co/abc1", "now"}},
		{"2,400 people, 2.5%", []string{"2,400", "people", ",", "2.5", "%"}},
		{"Apple and AT&T.", []string{"Apple", "and", "AT", "&", "T", "."}},
		{"J. Smith", []string{"J.", "Smith"}},
		{"video pic.twitter.com/KPWsfyQPDL.", []string{"video", "pic.twitter.com/KPWsfyQPDL", "."}},
		{"and/or e.g./i.e.", []string{"and", "/", "or", "e.g.", "/", "i.e."}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tok.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestConcurrentExtract checks that one Extractor serves goroutines in
// parallel with the same answers (run with -race).
func TestConcurrentExtract(t *testing.T) {
	x := newTestExtractor(t)
	text := newsLikeText(4 << 10)
	spans := []entities.Span{{Start: 0, End: len(text)}}
	want := x.Extract(text, spans)
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			got := x.Extract(text, spans)
			if !slices.Equal(got, want) {
				errs <- "concurrent Extract differs"
				return
			}
			errs <- ""
		}()
	}
	for range 4 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// TestMajorPlace checks which gazetteer kinds may override the tagger's
// person for a lone word: long-tail towns and regions named like people may
// not.
func TestMajorPlace(t *testing.T) {
	for kind, want := range map[string]bool{
		"LOCATION-country": true, "LOCATION-capital": true, "ORGANIZATION-intl-org": true,
		"LOCATION-city": false, "LOCATION-region": false, "weak-LOCATION-country": false,
	} {
		if got := majorPlace(kind); got != want {
			t.Errorf("majorPlace(%q) = %v, want %v", kind, got, want)
		}
	}
}

// TestPersonCues checks the retyping of one-word places by the verb or the
// possessive after them, on tagger output forced to LOCATION.
func TestPersonCues(t *testing.T) {
	tests := []struct {
		text string
		want entities.Type
	}{
		{"Tolvanen enrolled at the academy.", entities.Person},
		{"Tolvanen's trial began.", entities.Person},
		{"The Tolvanen's banks flooded.", entities.Location},
		{"Tolvanen is cold.", entities.Location},
	}
	for _, tt := range tests {
		s := newSentence(tt.text, 0, len(tt.text), nil)
		i := 0
		if s.Lower[0] == "the" {
			i = 1
		}
		c := candidate{start: i, end: i + 1, typ: entities.Location}
		retype(s, &c)
		if c.typ != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, c.typ, tt.want)
		}
	}
}

// TestListNamesFoundAgain checks that a one-word name in a list ("Talia
// and Orsolya") is a person in every sentence of the document. (With the
// tagger of December 2026, third session, the tagger finds the name in both
// sentences itself; the earlier one missed it in the first.)
func TestListNamesFoundAgain(t *testing.T) {
	x := newTestExtractor(t)
	text := "Orsolya moved the family to Lisbon in 1991. Years later, Talia and Orsolya co-wrote the song."
	got := extract(t, x, text)
	n := 0
	for _, m := range got {
		if m == "PER:Orsolya" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%q: got %q, want PER:Orsolya twice", text, got)
	}
}
