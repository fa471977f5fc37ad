package english

// Word lists that carry evidence about names. They are closed-class English
// vocabulary, not names: the names themselves come from the tagger and the
// gazetteer.

// Gazetteer reports whether name is a known place or organisation and of
// which kind ("country", "city", "region", "intl-org", …). It is a function so
// that the extractor works with or without a compiled gazetteer and the
// trainer uses exactly the one the extractor ships with.
type Gazetteer func(name string) (kind string, ok bool)

// functionWords are never a name on their own and are the usual
// sentence-initial capitals ("The", "But", "In").
var functionWords = setOf(
	"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at",
	"to", "from", "by", "with", "without", "into", "onto", "over", "under", "after", "before",
	"about", "above", "below", "between", "among", "through", "during", "since", "until",
	"while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "that",
	"this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you",
	"i", "me", "him", "her", "them", "us", "our", "your", "their", "his", "my", "mine",
	"if", "then", "than", "as", "because", "although", "though", "unless", "whether",
	"not", "no", "yes", "all", "any", "some", "each", "every", "both", "either", "neither",
	"many", "much", "more", "most", "few", "several", "such", "other", "another", "same",
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
	"does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"also", "only", "even", "just", "still", "now", "however", "therefore", "thus", "meanwhile",
	"moreover", "furthermore", "instead", "indeed", "perhaps", "maybe", "already", "again",
	"once", "twice", "first", "firstly", "secondly", "finally", "lastly", "last", "next",
	"given", "despite", "against", "within", "across", "along", "around", "behind", "beyond",
	"near", "off", "out", "up", "down", "per", "via", "like", "unlike", "upon", "amid",
	"whereas", "whilst", "hence", "anyway", "besides", "otherwise", "overall", "today",
	"tomorrow", "yesterday", "tonight", "please", "thanks", "thank", "well", "oh", "ok",
	"okay", "hi", "hello", "dear", "re", "fwd", "note", "update", "breaking", "related",
	"read", "see", "watch", "click", "share", "follow", "subscribe", "posts", "post",
)

// calendarWords are months, days and seasons: capitalised, never names here.
var calendarWords = setOf(
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.",
	"jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.",
	"dec", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween",
)

// titleWords precede a person's name and are outside its span ("President
// Trump" → Trump). The value is the evidence they give: "per" for a person.
var titleWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{
		"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
		"sir", "dame", "lord", "lady", "madam", "madame", "mme", "mme.", "monsieur", "herr",
		"president", "vice", "premier", "chancellor", "minister", "secretary", "senator",
		"sen.", "sen", "rep.", "representative", "congressman", "congresswoman", "governor",
		"gov.", "mayor", "king", "queen", "prince", "princess", "pope", "emperor", "empress",
		"sultan", "sheikh", "shaikh", "emir", "ayatollah", "rabbi", "imam", "cardinal", "bishop",
		"archbishop", "reverend", "rev.", "father", "sister", "brother", "saint",
		"general", "gen.", "gen", "lieutenant", "lt.", "lt", "colonel", "col.", "major", "maj.",
		"captain", "capt.", "sergeant", "sgt.", "admiral", "adm.", "commander", "cmdr.",
		"corporal", "cpl.", "private", "pvt.", "marshal", "field", "brigadier", "officer",
		"chairman", "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman",
		"spokesperson", "envoy", "ambassador", "judge", "justice", "attorney", "prosecutor",
		"inspector", "detective", "constable", "superintendent", "chief", "coach", "manager",
		"head", "leader", "founder", "co-founder", "author", "editor", "correspondent",
		"reporter", "analyst", "economist", "lecturer", "fellow", "researcher", "scientist",
		"deputy", "assistant", "acting", "former", "late", "speaker", "diplomat", "adviser",
		"advisor", "aide", "commissioner", "councillor", "councilman", "councilwoman",
		"candidate", "nominee", "president-elect", "vice-president", "pm", "mp", "mep",
		"st.", "saint",
		"tsar", "czar", "shah", "khan", "raja", "maharaja", "dalai",
	} {
		m[w] = "per"
	}
	return m
}()

// orgHeads end or start organisation names ("Interior Ministry", "Ministry of
// Defence", "King's College").
var orgHeads = setOf(
	"ministry", "department", "office", "agency", "service", "services", "institute",
	"institution", "university", "college", "school", "academy", "party", "council",
	"committee", "commission", "court", "parliament", "assembly", "senate", "congress",
	"government", "administration", "army", "navy", "force", "forces", "guard", "police",
	"bureau", "board", "authority", "association", "federation", "union", "league",
	"foundation", "fund", "trust", "bank", "corporation", "corp", "corp.", "company", "co",
	"co.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "holdings", "journal", "times",
	"news", "post", "press", "network", "channel", "radio", "television", "tv", "club", "team",
	"church", "society", "organization", "organisation", "alliance", "coalition", "movement",
	"front", "brigade", "battalion", "regiment", "division", "corps", "centre", "center",
	"hospital", "museum", "library", "airlines", "airways", "motors", "industries",
	"systems", "technologies", "laboratories", "labs", "partners", "capital", "media",
	"records", "studios", "pictures", "film", "films", "entertainment", "tribune", "herald", "gazette",
	"telegraph", "guardian", "observer", "review", "magazine", "agency", "reuters", "council",
	"computer", "computers", "electronics", "energy", "motor", "steel", "pharmaceuticals", "pharma",
	"telecom", "communications", "software", "petroleum", "chemicals", "insurance", "securities",
	"logistics", "foods", "mining", "aerospace", "automotive", "robotics", "semiconductor", "broadcasting",
)

// placeHeads end place names ("Dnieper River", "Kursk region").
var placeHeads = setOf(
	"river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "island", "islands",
	"valley", "bay", "gulf", "strait", "peninsula", "desert", "county", "province", "state",
	"city", "town", "village", "district", "street", "avenue", "road", "square", "park",
	"oblast", "prefecture", "region", "coast", "canal", "falls", "hills", "heights", "plaza", "republic",
	"kingdom", "emirate", "territory", "isle", "isles",
)

// personVerbs follow or precede a person: "Zelensky said".
var personVerbs = setOf(
	"said", "says", "told", "added", "asked", "wrote", "tweeted", "stated", "claimed",
	"argued", "insisted", "explained", "noted", "warned", "announced", "declared",
	"suggested", "refused", "agreed", "denied", "admitted", "replied", "recalled", "believes",
	"thinks", "thought", "wants", "wanted", "smiled", "laughed", "joked", "recalls",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// strongTitles are titles after which a capitalised word is a person's name
// with little doubt ("President Macron", "Gen. Syrskyi"); weaker role words
// such as "former" or "chief" are not enough to retype a tagged name.
var strongTitles = setOf(
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
	"sir", "dame", "lord", "president", "senator", "sen.", "rep.", "governor", "gov.",
	"mayor", "king", "queen", "prince", "princess", "pope", "general", "gen.", "lieutenant",
	"lt.", "colonel", "col.", "captain", "capt.", "sgt.", "sergeant", "admiral", "adm.",
	"minister", "secretary", "chancellor", "judge", "ambassador", "envoy", "spokesman",
	"spokeswoman", "spokesperson", "president-elect", "premier", "chairman", "chairwoman",
	"sheikh", "ayatollah", "rabbi", "cardinal", "archbishop", "bishop",
)

// orgNouns stand before an organisation's name in apposition: "flag carrier
// Finnair", "rival carmaker Nokia Motors", "broadcaster NHK".
var orgNouns = setOf(
	"company", "companies", "firm", "firms", "automaker", "automakers", "carmaker", "carmakers", "carrier", "airline",
	"airlines", "maker", "manufacturer", "manufacturers", "retailer", "bank", "banks", "lender", "insurer", "broadcaster",
	"newspaper", "daily", "website", "network", "giant", "rival", "rivals", "subsidiary", "division", "unit", "group",
	"party", "union", "club", "team", "band", "label", "publisher", "agency", "ministry", "operator", "developer",
	"startup", "start-up", "conglomerate", "brand", "chain", "outlet", "magazine", "tabloid", "channel", "broadcasters",
	"organisation", "organization", "charity", "regulator", "watchdog", "institute", "university", "militia", "faction",
	"websites", "platforms", "brands", "retailers", "publishers", "studios", "startups", "newspapers", "insurers", "lenders",
)

// orgFollowers come after an organisation's name or its possessive: "Ford's
// shares", "Apple CEO".
var orgFollowers = setOf(
	"shares", "stock", "stocks", "shareholders", "ceo", "cfo", "coo", "executives", "employees", "workers",
	"board", "spokesman", "spokeswoman", "spokesperson", "headquarters", "subsidiary", "inc", "inc.", "corp", "corp.",
	"plc", "ltd", "ltd.", "llc", "chairman", "founder", "co-founder", "brand", "products", "customers", "staff",
	"profits", "revenue", "revenues", "earnings", "plant", "plants", "factory", "factories", "website", "stores",
	"boss", "subsidiaries", "logo", "headquarter",
)

// personNouns stand before a person's name in apposition: "actor Tom
// Hanks", "striker Harry Kane".
var personNouns = setOf(
	"actor", "actress", "singer", "player", "striker", "midfielder", "defender", "goalkeeper", "writer", "author",
	"novelist", "poet", "economist", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
	"friend", "colleague", "rapper", "artist", "painter", "composer", "musician", "journalist", "reporter", "lawyer",
	"activist", "dissident", "billionaire", "businessman", "businesswoman", "entrepreneur", "investor", "chef",
	"coach", "manager", "boxer", "cyclist", "tennis", "golfer", "driver", "pilot", "astronaut", "scientist",
	"historian", "philosopher", "comedian", "director", "producer", "presenter", "host", "teammate", "opponent",
	"pharaoh", "emperor", "king", "queen", "tsar", "sultan",
	"students", "players", "artists", "actors", "singers", "writers", "politicians", "musicians", "athletes",
)

// unitHeads end the names of military units, which news number: "127th
// Motorized Rifle Division", "3rd Separate Assault Brigade".
var unitHeads = setOf("army", "division", "brigade", "battalion", "regiment", "corps", "fleet", "flotilla", "squadron", "detachment")

// documentHeads end the names of plans, laws and treaties: documents, not
// organisations ("Comprehensive Assistance Package", "Minsk Agreement").
// Programme, initiative and pact are left out: the World Food Programme,
// the Nuclear Threat Initiative and Italy's Segni Pact are bodies.
var documentHeads = setOf("package", "act", "agreement", "accord", "accords", "treaty", "strategy", "doctrine",
	"protocol", "declaration", "directive", "plan")
