package english

import (
	"strings"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/gazetteer"
)

// misc marks a span the tagger labelled as a name of another kind
// (nationality, event, work): it is not output, but it stops rules from
// re-adding its words as a core entity.
const misc entities.Type = "MISC"

// roleWords, with titleWords, make up job titles that are capitalised but are
// no names: "Senior Research Fellow", "Foreign Minister".
var roleWords = setOf(
	"senior", "junior", "research", "principal", "associate", "executive", "general",
	"foreign", "defence", "defense", "interior", "finance", "prime", "deputy", "state",
	"national", "security", "special", "chief", "first", "lady", "gentleman", "high",
	"representative", "official", "officials", "spokesman", "member", "members", "staff",
	"retired", "elect", "vice", "secretary-general", "director-general", "attorney-general",
	"lecturer", "fellow", "reader", "visiting", "emeritus", "honorary", "minister",
)

// fixCandidate turns a tagger chunk (labels PER, LOC, ORG, MISC) into zero or
// more candidates with the name alone in their span.
func fixCandidate(s *sentence, c candidate) []candidate {
	label := string(c.typ)
	if t, ok := typeOf(label); ok {
		c.typ = t
	} else {
		c.typ = misc
	}
	// Junk tokens and lower-case words other than joins ("Alps provide
	// lowland Europe") split the chunk; the pieces are fixed in turn.
	for i := c.start; i < c.end; i++ {
		if s.Tokens[i].Junk || i > c.start && i < c.end-1 && s.Cap[i] == capLower && !joinWords[s.Lower[i]] {
			var out []candidate
			if i > c.start {
				out = append(out, fixCandidate(s, candidate{sent: c.sent, start: c.start, end: i, typ: entities.Type(label)})...)
			}
			if i+1 < c.end {
				out = append(out, fixCandidate(s, candidate{sent: c.sent, start: i + 1, end: c.end, typ: entities.Type(label)})...)
			}
			return out
		}
	}
	c = trim(s, c)
	if c.start >= c.end || !plausibleName(s, c.start, c.end) {
		return nil
	}
	if parts := splitPlaces(s, c); parts != nil {
		return parts
	}
	if parts := splitPlaceTitle(s, c); parts != nil {
		return parts
	}
	if parts := splitPersonOf(s, c); parts != nil {
		return parts
	}
	if parts, ok := splitPossessive(s, c, label); ok {
		return parts
	}
	if parts := splitPlacePerson(s, c); parts != nil {
		return parts
	}
	c = extend(s, c)
	if notAName(s, c) {
		return nil
	}
	if c.typ == entities.Person && !c.strong && articleBefore(s, c) {
		// People take no article: "the Sahara" is a place. ("the Biden
		// administration" keeps its person: the name qualifies the noun.)
		c.typ = entities.Location
	}
	retype(s, &c)
	return []candidate{c}
}

// notAName reports the candidates that are words of another kind: region
// adjectives ("European leaders", "Central Asian markets"), peoples
// ("Melanesians", "the Romans", "Ukrainians"), titles of works in quotes, a
// compass word alone ("North and South Dakota").
func notAName(s *sentence, c candidate) bool {
	one := c.end-c.start == 1
	w := s.Lower[c.start]
	switch {
	case one && (regionAdjectives[w] || adjectiveOfPlace(s, c.start)):
	case regionAdjectives[s.Lower[c.end-1]]:
	case one && (strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "eans")):
	case quoted(s, c):
	case one && compass[w] && (c.start == 0 || s.Lower[c.start-1] != "the"):
	case one && c.typ == entities.Person && !c.strong && strings.HasSuffix(w, "s") && articleBefore(s, c):
	case one && isDemonym(s.Tokens[c.start].Text):
	case one && trailingRoles[w] && c.start > 0 && s.Cap[c.start-1] == capLower:
		// "the former Seal": a role alone after a common word.
	case one && notOrgAcronyms[s.Tokens[c.start].Text]:
		// "company CEO Ada Brennan": a title, not the company.
	case !one && c.typ != entities.Person && modelCode(s.Tokens[c.end-1].Text):
		// "Embraer E190", "Cessna 172": a product, named after its maker.
	case one && genericHeads[w]:
		// "the Bank has warned": a capitalised common noun standing for a
		// name given before.
	case one && c.end+2 < len(s.Tokens) && s.Tokens[c.end].Text == "-" && !s.Tokens[c.end].SpaceBefore && !s.Tokens[c.end+1].SpaceBefore &&
		s.Cap[c.end+1] == capTitle && (isDemonym(s.Tokens[c.end+1].Text) || adjectiveEnding(s.Lower[c.end+1])):
		// "Anglo-Irish", "Sino-Japanese": the first half of a
		// compound adjective.
	case !one && miscHeads[s.Lower[c.end-1]]:
	case c.end < len(s.Tokens) && isCap(s.Cap[c.end]) && miscHeads[s.Lower[c.end]] && s.Gaz[c.start] == 0:
		// "Grand Jury Prize": the first words of an event or prize.
	default:
		return false
	}
	return true
}

// shoutedWords are everyday words that feeds and posts write in capitals,
// as labels of an item ("VIDEO:", "UPDATE:", "( LIVE )", "WIN!") or for
// emphasis: no acronyms.
var shoutedWords = setOf("video", "videos", "live", "update", "updated", "breaking", "watch", "photo", "photos", "exclusive",
	"free", "win", "new", "now", "read", "listen", "poll", "opinion", "analysis", "not", "yes", "very", "love", "rip", "wow", "icymi")

// genericHeads are common nouns that stand capitalised for an institution
// named before ("the Bank", "the Ministry") and are no name alone.
var genericHeads = setOf("bank", "ministry", "department", "agency", "office", "company", "corporation", "group",
	"university", "college", "school", "institute", "committee", "commission", "board", "bureau", "authority",
	"foundation", "fund", "association", "federation", "club", "museum", "hospital", "firm")

// lateOrgHeads end organisation names as their last word only: "United
// Mine Workers", "Central Reserve", "Lagos Stock Exchange".
var lateOrgHeads = setOf("workers", "reserve", "exchange", "teamsters", "airline", "railways", "railway", "brewery",
	"bancorp", "bankers", "investors", "associates", "ventures", "enterprises", "consultants", "solutions")

// modelCode reports whether w is a product's model number: digits, with or
// without letters ("A320", "787", "F-16").
func modelCode(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z', c == '-':
		default:
			return false
		}
	}
	return digits > 0
}

// adjectiveEnding reports whether w ends like an adjective of a people or
// place: "Monegasque", "Japanese", "Italian".
func adjectiveEnding(w string) bool {
	for _, e := range []string{"que", "ese", "ian", "ean", "ish", "ic", "an"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// articleBefore reports whether a one-word candidate follows "the" and is
// not itself qualifying the noun after it ("the Biden administration").
func articleBefore(s *sentence, c candidate) bool {
	return c.end-c.start == 1 && c.start > 0 && s.Lower[c.start-1] == "the" &&
		!(c.end < len(s.Tokens) && s.Cap[c.end] == capLower && !functionWords[s.Lower[c.end]])
}

// trim cuts leading articles, titles and punctuation and trailing
// possessives and punctuation from a candidate.
func trim(s *sentence, c candidate) candidate {
	for c.start < c.end {
		w := s.Lower[c.start]
		switch {
		case s.Cap[c.start] == capPunct && w != "&":
		case w == "the" || w == "a" || w == "an":
		case s.Cap[c.start] == capLower && !joinWords[w]:
			// "lowland Europe": a common word before a name.
		case functionWords[w] && s.Tokens[c.start].Initial && !isAcronym(s, c.start):
		case c.start+1 < c.end && s.Tokens[c.start].Initial && isCommonWord(w) && s.Gaz[c.start] == 0 && (s.Cap[c.start+1] == capLower || c.typ == entities.Person):
			// "Shares of Helios Energy Group", "Watch Maria Lindqvist".
		case directions[w] && c.end-c.start > 1 && gazType(s.GazKind[c.start+1]) == entities.Location && s.Gaz[c.start+1] == 'B':
			// "Northern Algeria" is Algeria; "North Korea" stays whole.
		case calendarWords[w]:
		case c.typ == entities.Person && c.end-c.start > 1 && len(w) > 5 && strings.HasSuffix(w, "ing") && isCommonWord(w) &&
			!isFirstName(w) && isCap(s.Cap[c.start+1]):
			// "Walking Vincent and Jas home": a verb in capitals (a
			// wiki's or a headline's style) before a name is no given name.
		case c.typ == entities.Person && (titleWords[w] != "" || roleWords[w]) && c.end-c.start > 1 && isCap(s.Cap[c.start+1]):
		case c.typ == entities.Person && titleWords[w] != "" && c.end-c.start > 3 && s.Lower[c.start+1] == "of" &&
			roleWords[s.Lower[c.start+2]] && isCap(s.Cap[c.start+2]):
			// "Secretary of State Ivo Brandt", "Minister of Finance Anna
			// Berg": the title and its "of" go, the role word next.
			c.start++
		default:
			goto end
		}
		c.start++
	}
end:
	for c.end > c.start {
		w := s.Lower[c.end-1]
		switch {
		case s.Cap[c.end-1] == capPunct && w != ".":
		case w == "s" && c.end-2 >= c.start && isApostrophe(s.Lower[c.end-2]):
			c.end--
		case w == "'s" || w == "’s":
		case s.Cap[c.end-1] == capLower:
		case c.typ != entities.Person && c.end-c.start > 1 && trailingRoles[w]:
			// "US Navy Seal Shawn Ryan", "Federal Reserve Chairman".
		default:
			return c
		}
		c.end--
	}
	return c
}

// joinWords may stand lower-case inside a name: "University of Leeds",
// "Leonardo da Vinci", "Bashar al-Assad".
var joinWords = setOf("of", "de", "da", "di", "del", "della", "des", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "and", "&", "for", "the", "on", "upon", "am", "im", "zu", "dos", "das", "do", "e")

// directions are adjectives that qualify a place name without being part of
// it ("Eastern Ukraine" is Ukraine).
var directions = setOf("northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern")

func isApostrophe(s string) bool { return s == "'" || s == "’" }

// plausibleName rejects spans that cannot be a name: no capital letter, only
// function, calendar or role words, numbers.
func plausibleName(s *sentence, start, end int) bool {
	capital, content := false, false
	for i := start; i < end; i++ {
		w := s.Lower[i]
		if isCap(s.Cap[i]) {
			capital = true
		}
		if s.Cap[i] == capPunct || s.Cap[i] == capDigit {
			continue
		}
		if !functionWords[w] && !calendarWords[w] && titleWords[w] == "" && !roleWords[w] || isAcronym(s, i) {
			content = true
		}
	}
	if !capital || !content {
		return false
	}
	// A lone sentence-initial word is a name only if the tagger is backed by
	// something more than the capital: a function word there never is.
	if end-start == 1 && s.Tokens[start].Initial && functionWords[s.Lower[start]] && !isAcronym(s, start) {
		return false
	}
	return true
}

// retype applies evidence that overrides the tagger: a person title before
// the span, an organisation head word in it, a gazetteer entry for it.
func retype(s *sentence, c *candidate) {
	if c.typ == misc {
		// "Former UK …": a whole gazetteer name is no MISC.
		if s.Gaz[c.start] == 'B' && (c.end == len(s.Tokens) || s.Gaz[c.end] != 'I') && gazType(s.GazKind[c.start]) != "" {
			c.typ, c.strong = gazType(s.GazKind[c.start]), true
		} else if c.end-c.start > 1 && isCap(s.Cap[c.end-1]) {
			// "the Vorn Canal", "Corvina Film": a place or organisation
			// head ends a name of its kind, whatever the words before it.
			switch last := s.Lower[c.end-1]; {
			case geoHeads[last] || realmHeads[last]:
				c.typ, c.strong = entities.Location, true
			case orgHeads[last] || polityHeads[last]:
				c.typ, c.strong = entities.Organization, true
			}
		} else if c.end-c.start == 1 && c.end < len(s.Tokens) && dynastyNouns[s.Lower[c.end]] && s.Cap[c.start] == capTitle {
			// "the Zhou dynasty": the tagger's MISC is a ruling house.
			c.typ, c.strong = entities.Organization, true
		}
		return
	}
	last := s.Lower[c.end-1]
	if c.typ != entities.Person && c.end-c.start > 1 && documentHeads[last] && isCap(s.Cap[c.end-1]) {
		// "Comprehensive Assistance Package", "Minsk Agreement", "Patriot
		// Act": a name that ends with a plan, law or treaty word names
		// a document, not a body or a place (a work: MISC). A body the
		// gazetteer knows by such a name (the Colombo Plan) is found
		// again as a gazetteer name.
		c.typ = misc
		return
	}
	if c.typ == entities.Location && c.end-c.start == 1 && c.end < len(s.Tokens) && lifeVerbs[s.Lower[c.end]] && !majorPlace(s.GazKind[c.start]) &&
		(c.start == 0 || !placePrepositions[s.Lower[c.start-1]]) {
		// "Tolvanen enrolled at the academy": places do not enrol.
		c.typ, c.strong = entities.Person, true
		return
	}
	if c.typ == entities.Location && c.end-c.start == 1 && c.end+1 < len(s.Tokens) && isPossessive(s.Lower[c.end]) &&
		s.Gaz[c.start] == 0 && !c.strong && !(c.start > 0 && s.Lower[c.start-1] == "the") {
		// "Okafor's appeal": a one-word name no gazetteer knows as a place
		// takes a possessive as a person more often than as a place.
		c.typ = entities.Person
	}
	if c.start > 0 {
		prev := s.Lower[c.start-1]
		if strongTitles[prev] && c.typ != entities.Person && !orgHeads[last] && s.Gaz[c.start] == 0 {
			c.typ, c.strong = entities.Person, true
			return
		}
	}
	if c.end-c.start == 1 && c.typ != entities.Person && isFirstName(last) && s.Gaz[c.start] == 0 {
		// "Martin has yet to reply": a given name alone is a person.
		c.typ, c.strong = entities.Person, true
		return
	}
	if c.end-c.start > 1 && polityHeads[last] && isCap(s.Cap[c.end-1]) && gazType(s.GazKind[c.start]) == "" {
		// "Later Rurik Dynasty": a ruling house is an organisation.
		c.typ, c.strong = entities.Organization, true
		return
	}
	if c.end-c.start > 1 && realmHeads[last] && isCap(s.Cap[c.end-1]) && gazType(s.GazKind[c.start]) == "" {
		// "Ottoman Empire", "Kongo Kingdom": a historical state is a place,
		// as five of the six training corpora annotate it (MODEL.md).
		c.typ, c.strong = entities.Location, true
		return
	}
	if c.end-c.start == 1 && c.end < len(s.Tokens) && dynastyNouns[s.Lower[c.end]] && s.Cap[c.start] == capTitle && s.Gaz[c.start] == 0 {
		// "the Tudor dynasty", "the Mughal empire".
		c.typ, c.strong = entities.Organization, true
		return
	}
	if c.end-c.start > 1 && geoHeads[last] && isCap(s.Cap[c.end-1]) {
		// "Dnieper River", "Irish Seas"
		c.typ, c.strong = entities.Location, true
		return
	}
	if c.typ != entities.Person && c.end-c.start == 1 && !c.strong && ageApposition(s, c.end) && !majorPlace(s.GazKind[c.start]) {
		// "Rosane, an 18-year-old student": an age is a person's.
		c.typ, c.strong = entities.Person, true
		return
	}
	if c.typ == entities.Person && c.end-c.start == 1 && !c.strong && strings.HasSuffix(s.Lower[c.start], "ium") {
		// "Noricum", "Illyricum": Latin place names, no people.
		c.typ = entities.Location
	}
	if c.start > 0 && !c.strong {
		switch prev := s.Lower[c.start-1]; {
		case orgNouns[nounBefore(s, c.start)] && !(c.end-c.start > 1 && (isFirstName(s.Lower[c.start]) || c.typ == entities.Person && !hasOrgHead(s, *c))):
			// "manufacturer Anton Weiler" stays a person: a maker
			// can be one.
			c.typ, c.strong = entities.Organization, true
			return
		case personNouns[prev] || personNouns[nounBefore(s, c.start)] && prev != "of":
			// "actor Tom Berg", "students like Rai"
			c.typ, c.strong = entities.Person, true
			return
		case placeNouns[placeNounBefore(s, c.start)] && c.typ != entities.Location && !hasOrgHead(s, *c):
			c.typ, c.strong = entities.Location, true
			return
		}
	}
	if next := c.end; next < len(s.Tokens) {
		if isPossessive(s.Lower[next]) {
			next++
		}
		if next < len(s.Tokens) && orgFollowers[s.Lower[next]] && c.typ != entities.Location && s.Gaz[c.start] == 0 {
			c.typ, c.strong = entities.Organization, true
			return
		}
	}
	if c.end-c.start > 1 && (hasOrgHead(s, *c) || lateOrgHeads[last] && isCap(s.Cap[c.end-1])) {
		c.typ, c.strong = entities.Organization, true
		return
	}
	if s.Gaz[c.start] == 'B' && (c.end == len(s.Tokens) || s.Gaz[c.end] != 'I') && (c.end-1 == c.start || s.Gaz[c.end-1] == 'I') {
		if t := gazType(s.GazKind[c.start]); t != "" {
			if t != c.typ && c.typ == entities.Person && (c.end-c.start > 1 || majorPlace(s.GazKind[c.start])) {
				// A long-tail town or region named like a person ("Preston",
				// "Hastings") does not outvote the tagger's person.
				c.typ = t
			}
			c.strong = c.typ == t
		}
	}
}

// lifeVerbs tell of what people do, not places: a one-word name before
// one is a person's.
var lifeVerbs = setOf("enrolled", "graduated", "studied", "died", "married", "divorced", "starred", "sang", "retired",
	"resigned", "recalled", "testified", "pleaded", "confessed", "apologised", "apologized", "smiled", "laughed",
	"whispered", "shouted", "wrote", "composed", "painted", "tweeted")

// placePrepositions put a place after them: "Ukrainians in Lviv sang" is no
// person's song.
var placePrepositions = setOf("in", "at", "near", "from", "to", "into", "across", "throughout", "outside", "inside", "around", "of")

// regionAdjectives qualify without naming: "European leaders", "Western
// support".
var regionAdjectives = setOf("democratic", "republican", "european", "western", "eastern", "northern", "southern", "asian", "african", "arab", "latin", "soviet", "anglo", "transatlantic", "nordic", "scandinavian", "slavic", "balkan", "caucasian", "oriental", "occidental", "pan-european")

// foreignJoins join the words of names from other languages.
var foreignJoins = setOf("de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "las", "los", "le", "van", "von", "der", "den", "y", "bin", "ibn", "al", "el")

// quoted reports whether the candidate is the whole of a quotation.
func quoted(s *sentence, c candidate) bool {
	if c.start == 0 || c.end >= len(s.Tokens) {
		return false
	}
	open, close := s.Lower[c.start-1], s.Lower[c.end]
	return (open == "\"" || open == "“") && (close == "\"" || close == "”")
}

// geoHeads end the names of natural and administrative places.
var geoHeads = setOf("river", "rivers", "sea", "seas", "ocean", "lake", "lakes", "mountains", "island", "islands",
	"valley", "bay", "gulf", "strait", "straits", "peninsula", "desert", "delta", "rift", "basin", "plateau", "canal",
	"coast", "falls", "hills", "heights", "glacier", "archipelago", "reef", "county", "province", "oblast",
	"prefecture", "district", "highlands", "lowlands", "steppe", "fjord", "lagoon")

var romanNumerals = setOf("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI")

// miscHeads end names of treaties, wars, prizes and events, which are not
// core entities: "Anglo-Irish Treaty", "Ryder Cup".
var miscHeads = setOf("treaty", "treaties", "accord", "accords", "war", "wars", "award", "awards", "prize",
	"cup", "championship", "championships", "festival", "olympics", "revolution", "act", "doctrine", "plan")

// trailingRoles follow an organisation's name to make a job title: they are
// cut from the end of organisation and place names.
var trailingRoles = setOf("seal", "seals", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
	"ceo", "chief", "president", "secretary", "minister", "director", "official", "officials", "envoy", "ambassador",
	"commander", "adviser", "advisor", "analyst", "economist", "lawyer")

var compass = setOf("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")

// splitPlaces splits "Russia-Ukraine" into its two places: a glued hyphen
// between two gazetteer places joins names, it does not make one.
func splitPlaces(s *sentence, c candidate) []candidate {
	for i := c.start + 1; i < c.end-1; i++ {
		if (s.Tokens[i].Text == "-" || s.Tokens[i].Text == "–") && s.Gaz[i-1] != 0 && s.Gaz[i+1] == 'B' &&
			gazType(s.GazKind[i-1]) == entities.Location && gazType(s.GazKind[i+1]) == entities.Location {
			a := candidate{sent: c.sent, start: c.start, end: i, typ: entities.Location, strong: true}
			b := candidate{sent: c.sent, start: i + 1, end: c.end, typ: entities.Location, strong: true}
			out := []candidate{a}
			if parts := splitPlaces(s, b); parts != nil {
				return append(out, parts...)
			}
			return append(out, b)
		}
	}
	return nil
}

// splitPlaceTitle splits a "person" that starts with a place and a title
// ("U.S. President Lena Varga", "Texas Governor Tom Hale") into the place,
// which news corpora annotate as a mention of its own, and the person, fixed
// in turn (trim drops the title).
func splitPlaceTitle(s *sentence, c candidate) []candidate {
	if c.typ != entities.Person || s.Gaz[c.start] != 'B' || gazType(s.GazKind[c.start]) != entities.Location {
		return nil
	}
	k := c.start + 1
	for k < c.end && s.Gaz[k] == 'I' {
		k++
	}
	if k+1 >= c.end || titleWords[s.Lower[k]] == "" && !roleWords[s.Lower[k]] || !isCap(s.Cap[k]) {
		return nil
	}
	place := candidate{sent: c.sent, start: c.start, end: k, typ: entities.Location, strong: true}
	return append([]candidate{place}, fixCandidate(s, candidate{sent: c.sent, start: k, end: c.end, typ: labelPerson})...)
}

// splitPersonOf splits "Anna Berg of King's College" into the person and
// the organisation or place after "of": a person's name has no "of" in it,
// while the tagger readily runs on through one.
func splitPersonOf(s *sentence, c candidate) []candidate {
	if c.typ != entities.Person {
		return nil
	}
	for i := c.start + 2; i < c.end-1; i++ {
		if s.Lower[i] != "of" && s.Lower[i] != "from" {
			continue
		}
		rest := candidate{sent: c.sent, start: i + 1, end: c.end}
		// "King's College": the possessive ends the tagger's chunk, the
		// organisation runs on after it.
		if k := rest.end; k+1 < len(s.Tokens) && isPossessive(s.Lower[k]) && orgHeads[s.Lower[k+1]] {
			rest.end = k + 2
			for rest.end < len(s.Tokens) && isCap(s.Cap[rest.end]) {
				rest.end++
			}
		}
		switch {
		case hasOrgHead(s, rest) || orgHeads[s.Lower[rest.start]]:
			rest.typ = entities.Organization
		case s.Gaz[rest.start] == 'B' && gazType(s.GazKind[rest.start]) != "":
			rest.typ = gazType(s.GazKind[rest.start])
		default:
			return nil
		}
		rest.strong = true
		return []candidate{{sent: c.sent, start: c.start, end: i, typ: entities.Person}, rest}
	}
	return nil
}

// splitPossessive splits a chunk at a possessive inside it, where the
// tagger ran a possessor and its possession into one name: "Ukraine’s
// Fortress Belt", "Syria’s Bashar al-Assad", "NATO’s Comprehensive
// Assistance Package". The owner is split off when the gazetteer knows it
// whole; the possession is a chunk of its own, fixed in turn. A person's
// name has no possessive in it, so a person chunk keeps its owner alone
// ("Dion’s Instagram"), unless a place or organisation head ends it: then
// the tagger's person is a slip the head corrects later ("Sam's Club",
// "Hart's Island"). An owner that is a common word belongs to the name
// ("People’s Republic of China", "Women’s Refugee Commission", "King's
// College"), and so does one the gazetteer does not know in a place or an
// organisation ("Moody's Investors Service").
func splitPossessive(s *sentence, c candidate, label string) ([]candidate, bool) {
	for k := c.start + 1; k < c.end-1; k++ {
		if !isPossessive(s.Lower[k]) {
			continue
		}
		if isCommonWord(s.Lower[k-1]) {
			return nil, false
		}
		whole := s.Gaz[c.start] == 'B' && s.Gaz[k] != 'I' && knownOwner(s.GazKind[c.start], s.Lower[c.start])
		for i := c.start + 1; i < k && whole; i++ {
			whole = s.Gaz[i] == 'I'
		}
		switch {
		case whole:
			owner := candidate{sent: c.sent, start: c.start, end: k, typ: gazType(s.GazKind[c.start]), strong: true}
			return append([]candidate{owner}, fixCandidate(s, candidate{sent: c.sent, start: k + 1, end: c.end, typ: entities.Type(label)})...), true
		case c.typ == entities.Person && !nameHead(s.Lower[c.end-1]):
			return fixCandidate(s, candidate{sent: c.sent, start: c.start, end: k, typ: entities.Type(label)}), true
		}
		return nil, false
	}
	return nil, false
}

// nameHead reports whether w ends the names of places or organisations
// ("Island", "Club", "College").
func nameHead(w string) bool {
	return geoHeads[w] || orgHeads[w] || genericHeads[w] || realmHeads[w]
}

// knownOwner reports whether a gazetteer match of kind, starting with the
// word first, is sure enough to split a name at its possessive: a country,
// capital, region or international organisation, or a town whose name is
// no given name ("Sam's Club", "Sydney’s …" stay whole). A lone word that
// only a long-tail town matches ("Hart's Island") is not.
func knownOwner(kind, first string) bool {
	if strings.HasPrefix(kind, "weak-") {
		return false
	}
	switch _, sub, _ := strings.Cut(kind, "-"); sub {
	case "country", "capital", "region", "intl-org":
		return true
	case "city":
		return !isFirstName(first)
	}
	return false
}

// splitPlacePerson splits a "person" that starts with a whole region or
// country ending an address and goes on with other words ("… Dearborn,
// Michigan Harlan's stock fell"): the place and the name run together where a
// list lost its punctuation. Places that are given names too ("Georgia")
// are left alone.
func splitPlacePerson(s *sentence, c candidate) []candidate {
	if c.typ != entities.Person || c.end-c.start < 2 || s.Gaz[c.start] != 'B' || isFirstName(s.Lower[c.start]) ||
		c.start < 2 || s.Lower[c.start-1] != "," || !isCap(s.Cap[c.start-2]) {
		return nil
	}
	k := c.start + 1
	for k < c.end && s.Gaz[k] == 'I' {
		k++
	}
	if k == c.end || s.Gaz[k] != 0 {
		return nil
	}
	if kind := s.GazKind[c.start]; kind != "LOCATION-region" && kind != "LOCATION-country" {
		return nil
	}
	place := candidate{sent: c.sent, start: c.start, end: k, typ: entities.Location, strong: true}
	rest := candidate{sent: c.sent, start: k, end: c.end, typ: entities.Person}
	retype(s, &rest)
	return []candidate{place, rest}
}

// extend grows a candidate over what the tagger tends to cut short:
//   - a glued slash between capitalised words ("Radio Free Europe/Radio
//     Liberty", "RFE/RL");
//   - a possessive founder before an organisation head ("King's College");
//   - capitalised words and joins up to an acronym in parentheses that
//     defines the name ("Institute for International and Security Affairs
//     (SWP)").
func extend(s *sentence, c candidate) candidate {
	toks := s.Tokens
	capRunBefore := func(i int) int { // start of the capitalised run ending at i
		for i > 0 && isCap(s.Cap[i-1]) && !functionWords[s.Lower[i-1]] && !toks[i-1].Junk {
			i--
		}
		return i
	}
	for c.start >= 2 && toks[c.start-1].Text == "/" && !toks[c.start-1].SpaceBefore && !toks[c.start].SpaceBefore && isCap(s.Cap[c.start-2]) {
		c.start = capRunBefore(c.start - 2)
	}
	for c.end+1 < len(toks) && toks[c.end].Text == "/" && !toks[c.end].SpaceBefore && !toks[c.end+1].SpaceBefore && isCap(s.Cap[c.end+1]) {
		c.end += 2
		for c.end < len(toks) && isCap(s.Cap[c.end]) && !functionWords[s.Lower[c.end]] {
			c.end++
		}
	}
	for i := c.start + 1; i < c.end-1; i++ {
		if toks[i].Text == "/" && !toks[i].SpaceBefore && !toks[i+1].SpaceBefore {
			c.start = capRunBefore(c.start)
			break
		}
	}
	// "Islas de la Bahía", "Leonardo da Vinci": foreign joins between
	// capitalised words stay inside the name.
	for c.end+1 < len(toks) && foreignJoins[s.Lower[c.end]] && s.Cap[c.end] == capLower {
		k := c.end
		for k < len(toks) && k < c.end+2 && foreignJoins[s.Lower[k]] && s.Cap[k] == capLower {
			k++
		}
		if k >= len(toks) || s.Cap[k] != capTitle {
			break
		}
		for k < len(toks) && s.Cap[k] == capTitle && !toks[k].Initial {
			k++
		}
		c.end = k
	}
	// "City of Lima", "Bank of England", "Superior Court of the District
	// of Columbia": a head word and "of" or "of the" before a place or an
	// organisation make a longer name (a leading "the" of a name is cut,
	// so the tagger's name starts after it).
	if of := c.start - 1; c.typ != entities.Person && of >= 1 {
		if s.Lower[of] == "the" && s.Cap[of] == capLower {
			of--
		}
		if of >= 1 && s.Lower[of] == "of" && s.Cap[of-1] == capTitle && !toks[of-1].Initial {
			switch head := s.Lower[of-1]; {
			case orgHeads[head]:
				c.start, c.typ, c.strong = capRunBefore(of-1), entities.Organization, true
			case placeHeads[head]:
				c.start, c.typ, c.strong = capRunBefore(of-1), entities.Location, true
			}
		}
	}
	// "the Wall Street Journal": an organisation's name runs back over
	// capitalised words the tagger left out.
	for c.typ == entities.Organization && c.start > 0 && s.Cap[c.start-1] == capTitle && !toks[c.start-1].Initial &&
		toks[c.start].SpaceBefore && !s.Headline && !functionWords[s.Lower[c.start-1]] && titleWords[s.Lower[c.start-1]] == "" &&
		!calendarWords[s.Lower[c.start-1]] {
		c.start--
	}
	// "Lisbon Evening Courier": a place that capitalised words follow
	// names something in that place, most often an organisation.
	if c.typ == entities.Location && c.end < len(toks) && s.Cap[c.end] == capTitle && toks[c.end].SpaceBefore && !s.Headline &&
		!toks[c.end].Initial && nameContinuation(s.Lower[c.end]) {
		k := c.end
		for k < len(toks) && s.Cap[k] == capTitle && !toks[k].Initial && !calendarWords[s.Lower[k]] {
			k++
		}
		if geoHeads[s.Lower[k-1]] {
			c.end = k
		} else if k-c.end >= 2 {
			c.end, c.typ = k, entities.Organization
		}
	}
	// "Apple Computer": an organisation head after a name is part of it.
	for c.typ != entities.Person && c.end < len(toks) && s.Cap[c.end] == capTitle && toks[c.end].SpaceBefore &&
		orgHeads[s.Lower[c.end]] && !s.Headline {
		c.end++
		c.typ = entities.Organization
	}
	// "Alexander the Great", "Marla the Good Witch": an epithet after
	// "the" is part of the name.
	if c.typ == entities.Person && c.end+1 < len(toks) && s.Lower[c.end] == "the" && s.Cap[c.end] == capLower && !s.Headline {
		k := c.end + 1
		for k < len(toks) && k < c.end+4 && s.Cap[k] == capTitle && nameContinuation(s.Lower[k]) && s.Gaz[k] == 0 && !isDemonym(toks[k].Text) {
			k++
		}
		if k > c.end+1 && (k == len(toks) || !isCap(s.Cap[k])) {
			c.end = k
		}
	}
	// "Thutmose III", "Martin Luther King Jr."
	if c.typ == entities.Person && c.end < len(toks) && toks[c.end].SpaceBefore && (romanNumerals[toks[c.end].Text] || s.Lower[c.end] == "jr." || s.Lower[c.end] == "sr.") {
		c.end++
	}
	// "Maria Lindqvist": a person's name runs on over capitalised words that the
	// tagger took for common ones.
	for k := 0; k < 2 && c.typ == entities.Person && c.end < len(toks) && s.Cap[c.end] == capTitle && toks[c.end].SpaceBefore &&
		!toks[c.end].Initial && !s.Headline && nameContinuation(s.Lower[c.end]); k++ {
		c.end++
	}
	if c.typ != entities.Person && c.start >= 2 && orgHeads[s.Lower[c.start]] && isPossessive(s.Lower[c.start-1]) && s.Cap[c.start-2] == capTitle {
		c.start -= 2
		c.typ = entities.Organization
	}
	if c.typ == entities.Organization || c.typ == entities.Location {
		for j := c.end; j < len(toks) && j < c.end+6; j++ {
			if toks[j].Text == "(" {
				if j > c.end && j+2 < len(toks) && toks[j+2].Text == ")" && s.Cap[j+1] == capUpper && isCap(s.Cap[j-1]) {
					c.end = j
				}
				break
			}
			if !isCap(s.Cap[j]) && !joinWords[s.Lower[j]] {
				break
			}
		}
	}
	return c
}

// nameContinuation reports whether a capitalised word after a person's name
// can be more of the name.
func nameContinuation(w string) bool {
	return !functionWords[w] && !calendarWords[w] && !orgHeads[w] && !placeHeads[w] && titleWords[w] == "" && !roleWords[w] && !regionAdjectives[w]
}

// adjectiveOfPlace reports whether token i is an adjective of a place or
// people ("Mycenaean civilization", "Apulian coast"): a capitalised word
// ending like one, followed by a lower-case noun.
func adjectiveOfPlace(s *sentence, i int) bool {
	w := s.Lower[i]
	if !(strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) || i+1 >= len(s.Tokens) {
		return false
	}
	next := s.Lower[i+1]
	return s.Cap[i+1] == capLower && !functionWords[next] && !personVerbs[next] && !strings.HasSuffix(next, "ed")
}

// isAcronym reports whether token i is written in capitals and is more than
// a letter: "US" is the country even though "us" is a pronoun.
func isAcronym(s *sentence, i int) bool {
	return s.Cap[i] == capUpper && len(s.Tokens[i].Text) > 1 && !s.Headline
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// isDemonym reports whether word names the people of a place, in the
// singular or plural ("Ukrainian", "Germans").
func isDemonym(word string) bool {
	g := gazetteer.Default()
	if _, ok := g.Demonym(word); ok {
		// "UK" is listed as an adjective too, but it is a name first.
		return len(g.Lookup(word)) == 0
	}
	if w, ok := strings.CutSuffix(word, "s"); ok {
		_, ok = g.Demonym(w)
		return ok
	}
	return false
}

// hasOrgHead reports whether a capitalised word of c after its first is an
// organisation head ("King's College London", "Bank of England").
func hasOrgHead(s *sentence, c candidate) bool {
	for i := c.start; i < c.end; i++ {
		if orgHeads[s.Lower[i]] && isCap(s.Cap[i]) && (i > c.start || s.Lower[i] == "bank" || s.Lower[i] == "university") {
			return true
		}
	}
	return false
}

// majorPlace reports whether a gazetteer kind is a country, a capital or an
// international organisation: names known widely enough to override the
// tagger's reading of a lone word.
func majorPlace(kind string) bool {
	_, sub, _ := strings.Cut(kind, "-")
	return !strings.HasPrefix(kind, "weak-") && (sub == "country" || sub == "capital" || sub == "intl-org")
}

// gazType maps a gazetteer kind ("LOCATION-city") to an entity type; weak
// matches (codes, demonyms, common words) give none.
func gazType(kind string) entities.Type {
	if strings.HasPrefix(kind, "weak-") {
		return ""
	}
	t, _, _ := strings.Cut(kind, "-")
	if ty := entities.Type(t); ty.Valid() {
		return ty
	}
	return ""
}

// ruleCandidates adds names the tagger missed where the evidence is strong: a
// capitalised run after a person title, before an organisation head, or
// matching the gazetteer.
func ruleCandidates(s *sentence, si int, have []candidate) []candidate {
	covered := make([]bool, len(s.Tokens))
	for _, c := range have {
		if c.sent != si {
			continue
		}
		for i := c.start; i < c.end; i++ {
			covered[i] = true
		}
	}
	var out []candidate
	for i := 0; i < len(s.Tokens); {
		if covered[i] || !isCap(s.Cap[i]) || s.Tokens[i].Junk {
			i++
			continue
		}
		if k := ampersandEnd(s, i, covered); k > 0 {
			// "AT&T", "P&G"
			out = append(out, candidate{sent: si, start: i, end: k, typ: entities.Organization, strong: true})
			i = k
			continue
		}
		j := i + 1
		for j < len(s.Tokens) && !covered[j] && isCap(s.Cap[j]) && !s.Tokens[j].Junk {
			j++
		}
		c := candidate{sent: si, start: i, end: j}
		switch {
		case s.Gaz[i] == 'B' && gazType(s.GazKind[i]) != "":
			k := i + 1
			for k < len(s.Tokens) && s.Gaz[k] == 'I' {
				k++
			}
			if k <= j {
				c.end, c.typ, c.strong = k, gazType(s.GazKind[i]), true
			}
		case i > 0 && strongTitles[s.Lower[i-1]] && !s.Headline:
			c.typ, c.strong = entities.Person, true
		case fullName(s, i, j):
			// "Maria Lindqvist": a given name and a capitalised word after it.
			c.typ = entities.Person
		case j-i == 1 && s.Cap[i] == capTitle && j < len(s.Tokens) && dynastyNouns[s.Lower[j]] && !s.Headline && s.Gaz[i] == 0:
			// "the Tudor dynasty", "the Mughal empire": a ruling house.
			c.typ, c.strong = entities.Organization, true
		case orgHeads[s.Lower[j-1]] && j-i > 1 && !s.Headline:
			c.typ, c.strong = entities.Organization, true
		case j-i == 1 && s.Cap[i] == capTitle && !s.Headline && j < len(s.Tokens) && (personVerbs[s.Lower[j]] || personContext(s, i)) && !functionWords[s.Lower[i]] &&
			s.Gaz[i] == 0 && !isCommonWord(s.Lower[i]) && nameContinuation(s.Lower[i]) && !isDemonym(s.Tokens[i].Text):
			// "Vega suggested": a speaker is a person.
			c.typ = entities.Person
		case j-i == 1 && s.Cap[i] == capUpper && orgAcronym(s.Tokens[i].Text) && !s.Headline && s.Gaz[i] == 0 && !slashed(s, i):
			// "UK tax agency HMRC", "the PAIGC": an unknown acronym in
			// running text is most often an organisation.
			c.typ = entities.Organization
		case j-i == 1 && camelCaseName(s.Tokens[i].Text) && !s.Tokens[i].Initial && !s.Headline:
			// "MailOnline", "MoD", "OpenAI": inner capitals mark a brand.
			c.typ, c.strong = entities.Organization, false
		case orgNouns[nounBefore(s, i)] && !s.Headline && !s.Tokens[i].Initial:
			// "flag carrier Finnair", "websites such as Tumblr"
			c.typ, c.strong = entities.Organization, true
		case personNouns[nounBefore(s, i)] && !s.Headline && !s.Tokens[i].Initial && (i < 1 || s.Lower[i-1] != "of"):
			// "actor Tom Berg", "students like Rai"
			c.typ, c.strong = entities.Person, true
		case placeNouns[placeNounBefore(s, i)] && !s.Headline && !s.Tokens[i].Initial && !orgHeads[s.Lower[j-1]]:
			// "the village of Banjal", "the Greek colony Massalia"
			c.typ, c.strong = entities.Location, true
		}
		if c.typ != "" {
			c = trim(s, c)
			if c.start < c.end && plausibleName(s, c.start, c.end) && (c.typ == entities.Organization || !allRoles(s, c.start, c.end)) &&
				!(c.end-c.start == 1 && notOrgAcronyms[s.Tokens[c.start].Text]) {
				out = append(out, c)
			}
		}
		i = max(j, c.end)
	}
	return out
}

// placeNouns stand before a place's name, in apposition or with "of":
// "the villages Brin and Essil", "the town of Banjal".
var placeNouns = setOf("village", "villages", "town", "towns", "city", "cities", "port", "colony", "island", "islands",
	"province", "district", "municipality", "suburb", "county", "settlement", "river", "lake")

// placeNounBefore returns the lower-case noun before token i, or before
// "of" there ("the town of Banjal"), or "".
func placeNounBefore(s *sentence, i int) string {
	if i >= 2 && s.Lower[i-1] == "of" && s.Cap[i-2] == capLower {
		return s.Lower[i-2]
	}
	if i >= 1 && s.Cap[i-1] == capLower {
		return s.Lower[i-1]
	}
	return ""
}

// ampersandEnd returns the end of a name of capitals glued by an ampersand
// starting at token i ("AT&T", "P&G"), or 0.
func ampersandEnd(s *sentence, i int, covered []bool) int {
	if i+2 >= len(s.Tokens) || s.Cap[i] != capUpper || s.Tokens[i+1].Text != "&" || s.Tokens[i+1].SpaceBefore ||
		s.Cap[i+2] != capUpper || s.Tokens[i+2].SpaceBefore || covered[i+1] || covered[i+2] || s.Headline {
		return 0
	}
	return i + 3
}

// nounBefore returns the lower-case word a name at token i stands in
// apposition to: the word before it, or the one before "such as" or
// "including" or "like" ("websites such as Tumblr"); "" if none.
func nounBefore(s *sentence, i int) string {
	switch {
	case i >= 3 && s.Lower[i-2] == "such" && s.Lower[i-1] == "as" && (s.Cap[i-3] == capLower || s.Tokens[i-3].Initial):
		return s.Lower[i-3]
	case i >= 2 && (s.Lower[i-1] == "including" || s.Lower[i-1] == "like") && (s.Cap[i-2] == capLower || s.Tokens[i-2].Initial):
		return s.Lower[i-2]
	case i >= 1 && s.Cap[i-1] == capLower:
		return s.Lower[i-1]
	}
	return ""
}

// ageApposition reports whether the words from token k give an age in
// apposition: ", an 18 year old", ", 34,", ", a 34-year-old teacher".
func ageApposition(s *sentence, k int) bool {
	n := len(s.Tokens)
	if k+2 >= n || s.Lower[k] != "," {
		return false
	}
	if s.Cap[k+1] == capDigit && (s.Lower[k+2] == "," || s.Lower[k+2] == ")") {
		return true // "Anna Berg, 34, said"
	}
	if s.Lower[k+1] != "a" && s.Lower[k+1] != "an" {
		return false
	}
	for j := k + 2; j < n && j < k+7; j++ {
		if w := s.Lower[j]; w == "old" || strings.HasSuffix(w, "-old") {
			return true
		}
	}
	return false
}

// personContext reports whether the words around token i make it a person:
// "Vega and his wife", "allowed Vega to score", "Vega regretted his",
// "Vega reportedly lost her".
func personContext(s *sentence, i int) bool {
	n := len(s.Tokens)
	if i+2 < n && s.Lower[i+1] == "and" && (s.Lower[i+2] == "his" || s.Lower[i+2] == "her") {
		return true
	}
	// The subject of a verb whose object is its own with "his" or "her"
	// (not "her" alone, an object: "offered her a job").
	k := i + 1
	if k < n && s.Cap[k] == capLower && strings.HasSuffix(s.Lower[k], "ly") {
		k++
	}
	if k+2 < n && s.Cap[k] == capLower && (strings.HasSuffix(s.Lower[k], "ed") || personVerbs[s.Lower[k]]) {
		switch s.Lower[k+1] {
		case "his", "himself", "herself":
			return true
		case "her":
			if s.Cap[k+2] == capLower && !functionWords[s.Lower[k+2]] {
				return true
			}
		}
	}
	return i > 0 && i+2 < n && objectVerbs[s.Lower[i-1]] && s.Lower[i+1] == "to" && s.Cap[i+2] == capLower
}

// objectVerbs take a person and an infinitive: "allowed Vega to score".
var objectVerbs = setOf("allowed", "allow", "allows", "encouraged", "encourage", "encourages", "asked", "ask", "asks",
	"urged", "urge", "urges", "persuaded", "convinced", "invited", "forced", "ordered", "told", "advised", "begged",
	"hired", "appointed", "nominated")

// fullName reports whether the capitalised run [i, j) is a given name and
// one or two more words of a name ("Maria Lindqvist", "Anna Maria Berg"), in
// running text.
func fullName(s *sentence, i, j int) bool {
	if j-i < 2 || j-i > 3 || s.Headline || s.Cap[i] != capTitle || !isFirstName(s.Lower[i]) || s.Gaz[i] != 0 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if s.Cap[k] != capTitle || !nameContinuation(s.Lower[k]) || isDemonym(s.Tokens[k].Text) || s.Gaz[k] != 0 && gazType(s.GazKind[k]) != "" {
			return false
		}
	}
	return true
}

// polityHeads end the names of ruling houses.
var polityHeads = setOf("dynasty", "dynasties")

// realmHeads end the names of historical states and realms.
var realmHeads = setOf("kingdom", "empire", "caliphate", "sultanate", "khanate", "shogunate")

// dynastyNouns follow the name of a ruling house, which UNER annotates as
// an organisation: "the Tudor dynasty", "the Mughal empire".
var dynastyNouns = setOf("dynasty", "dynasties", "empire", "regime", "dynastic")

// slashed reports whether token i is glued to a slash ("RFE/RL"), which
// makes it part of a longer name.
func slashed(s *sentence, i int) bool {
	return i+1 < len(s.Tokens) && s.Tokens[i+1].Text == "/" && !s.Tokens[i+1].SpaceBefore ||
		i > 0 && s.Tokens[i-1].Text == "/" && !s.Tokens[i].SpaceBefore
}

// orgAcronym reports whether w, written in capitals, looks like the acronym
// of an organisation: three to six letters, none of the acronyms of
// everyday words (CEO, GDP, TV) or numerals, and no everyday word written
// in capitals ("YOU HAVE", "NOTICE", "LIVE").
func orgAcronym(w string) bool {
	if len(w) < 3 || len(w) > 6 || romanNumerals[w] || notOrgAcronyms[w] {
		return false
	}
	if l := strings.ToLower(w); isCommonWord(l) || functionWords[l] || shoutedWords[l] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// notOrgAcronyms are acronyms of things, titles and units, not of
// organisations.
var notOrgAcronyms = setOf("CEO", "CFO", "COO", "CTO", "GDP", "DNA", "RNA", "HIV", "AIDS", "COVID", "SARS", "USD", "EUR",
	"GBP", "JPY", "FAQ", "PDF", "URL", "HTML", "LGBT", "LGBTQ", "ICBM", "SUV", "SUVS", "DVD", "CD", "LED", "LCD", "GPS",
	"ATM", "VAT", "IPO", "ETF", "PPE", "MRI", "ICU", "ASAP", "DIY", "RSVP", "BCE", "CE", "AD", "BC", "TBA", "TBD", "PhD",
	"DMZ", "POW", "POWS", "MP", "MPS", "MEP", "MEPS", "PM", "AM", "UTC", "GMT", "EST", "PST", "CET", "KM", "MPH", "OMG",
	"LOL", "WTF", "IMO", "USB", "API", "CPU", "GPU", "RAM", "WMD", "IED", "IEDS", "RPG", "SAM", "UAV", "UAVS")

// camelCaseName reports whether w is written like a brand: a capital, a
// lower-case letter, and another capital later ("MailOnline", "MoD"), but
// not like a surname with a prefix (McDonald, DeSantis, LaBrocca, O'Neill).
func camelCaseName(w string) bool {
	if len(w) < 3 || !isASCIILetter(w[0]) || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return false
		}
	}
	for i := 2; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return false
}

// allRoles reports whether every word of the span is a title or role word.
func allRoles(s *sentence, start, end int) bool {
	for i := start; i < end; i++ {
		w := s.Lower[i]
		if titleWords[w] == "" && !roleWords[w] && !orgHeads[w] && !functionWords[w] {
			return false
		}
	}
	return true
}

// numberUnits puts the ordinal before a military unit into its name:
// "127th Motorized Rifle Division", "58th CAA". Without it every division of
// a kind is one entity (the 3rd and the 127th Motorized Rifle Division, the
// 8th and the 58th Combined Arms Army). It runs on the document's final
// candidates, so that a name found again where the tagger missed it is
// numbered too; an acronym the gazetteer knows (the 75th NATO summit) keeps
// its name.
func numberUnits(sents []*sentence, cands []candidate) {
	for i := range cands {
		c := &cands[i]
		s := sents[c.sent]
		if c.typ != entities.Organization || c.start == 0 || !isOrdinal(s.Lower[c.start-1]) || !s.Tokens[c.start].SpaceBefore {
			continue
		}
		if unitHeads[s.Lower[c.end-1]] || c.end-c.start == 1 && s.Cap[c.start] == capUpper && s.Gaz[c.start] == 0 {
			c.start--
		}
	}
}

// isOrdinal reports whether the lower-cased word w is an ordinal number in
// digits: 1st, 22nd, 3rd, 127th.
func isOrdinal(w string) bool {
	n := len(w) - 2
	if n < 1 {
		return false
	}
	for i := 0; i < n; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
