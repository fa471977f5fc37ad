package english

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/gazetteer"
)

// consistent applies one sense per document to the candidates of all its
// sentences:
//
//   - every name gets the type most of its mentions have, evidence-backed
//     mentions counting more than the tagger's guesses;
//   - a person's surname or first name alone is that person ("Keith Kellogg"
//     … "Kellogg"), and an acronym defined in parentheses after a name has the
//     name's type ("Royal United Services Institute (RUSI)");
//   - a name found once is found again where the tagger missed it.
//
// It returns core-type candidates ordered by position, without overlaps.
func consistent(sents []*sentence, cands []candidate) []candidate {
	surface := func(c candidate) string { return spanText(sents[c.sent], c.start, c.end) }
	votes := map[string]map[entities.Type]int{}
	vote := func(name string, t entities.Type, n int) {
		if votes[name] == nil {
			votes[name] = map[entities.Type]int{}
		}
		votes[name][t] += n
	}
	// mentions and numbered count, per name, its mentions and those
	// followed by a number ("RTX 3080", "Boeing 737").
	mentions, numbered := map[string]int{}, map[string]int{}
	for _, c := range cands {
		if c.typ == misc {
			continue
		}
		n := 2
		if c.strong {
			n = 5
		}
		s := sents[c.sent]
		if s.Tokens[c.start].Initial && c.end-c.start == 1 {
			n = 1
		}
		name := surface(c)
		vote(name, c.typ, n)
		mentions[name]++
		if c.end < len(s.Tokens) && s.Cap[c.end] == capDigit && s.Tokens[c.end].SpaceBefore {
			numbered[name]++
		}
	}
	// Person name parts and acronyms refer back to the full name.
	documentAcronyms := map[string]bool{}
	for _, c := range cands {
		s := sents[c.sent]
		if c.typ == entities.Person && c.end-c.start >= 2 && !hasPlace(s, c) {
			first, last := c.start, c.end-1
			for _, i := range []int{first, last} {
				if isCap(s.Cap[i]) && len([]rune(s.Tokens[i].Text)) > 1 && !functionWords[s.Lower[i]] {
					vote(s.Tokens[i].Text, entities.Person, 10)
				}
			}
		}
		// "Harlan Motor Company" … "Harlan": a company's name without its legal
		// or generic head is the same company.
		if c.typ == entities.Organization && c.end-c.start >= 2 && corporateHeads[s.Lower[c.end-1]] && isCap(s.Cap[c.start]) && !functionWords[s.Lower[c.start]] {
			vote(s.Tokens[c.start].Text, entities.Organization, 10)
		}
		if c.end+2 < len(s.Tokens) && s.Tokens[c.end].Text == "(" && (c.typ != misc || documentHeads[s.Lower[c.end-1]]) {
			// "(ACR)" or "(RFE/RL)": acronym tokens glued by slashes.
			k := c.end + 1
			for k < len(s.Tokens) && k < c.end+6 && (s.Cap[k] == capUpper || s.Tokens[k].Text == "/" && !s.Tokens[k].SpaceBefore) {
				k++
			}
			if k > c.end+1 && k < len(s.Tokens) && s.Tokens[k].Text == ")" {
				acr := surface(candidate{sent: c.sent, start: c.end + 1, end: k})
				switch {
				case !matchesAcronym(s, c, acr):
				case c.typ == misc:
					// "Comprehensive Assistance Package (CAP)": the
					// acronym of a document's name is no body either.
					documentAcronyms[acr] = true
				default:
					vote(acr, c.typ, 10)
				}
			}
		}
	}
	// An acronym of lower-case words ("demilitarised zone (DMZ)",
	// "first-person view (FPV)") is a term, not a name.
	notNames := documentAcronyms
	for _, s := range sents {
		for i := 1; i+2 < len(s.Tokens); i++ {
			if s.Tokens[i].Text == "(" && s.Tokens[i+2].Text == ")" && s.Cap[i+1] == capUpper && s.Cap[i-1] == capLower {
				acr := s.Tokens[i+1].Text
				start := wordsBack(s, i, len(acr))
				if matchesLowerAcronym(s, start, i, acr) {
					notNames[acr] = true
				}
			}
		}
	}
	typeOfName := map[string]entities.Type{}
	for name, v := range votes {
		best, bestN := entities.Type(""), 0
		for _, t := range entities.Types {
			if v[t] > bestN {
				best, bestN = t, v[t]
			}
		}
		if best != "" && !notNames[name] {
			typeOfName[name] = best
		}
	}
	personal := personalPronouns(sents, cands, surface)
	// A news article introduces a person by full name before using one
	// word; in a long document a one-word "person" never introduced, never
	// titled and unknown to the gazetteer is more likely a company
	// ("Nokia", "Siemens").
	if len(sents) >= longDocument {
		introduced := map[string]bool{}
		for _, c := range cands {
			switch {
			case c.typ == entities.Person && c.end-c.start >= 2:
				for i := c.start; i < c.end; i++ {
					introduced[sents[c.sent].Tokens[i].Text] = true
				}
			case c.typ == entities.Person && c.strong:
				introduced[surface(c)] = true // titled: "Mr Brennan"
			}
		}
		for name, t := range typeOfName {
			if t == entities.Person && !strings.Contains(name, " ") && !introduced[name] &&
				!isFirstName(lower(name)) && !knownPerson(name) && !personal[name] {
				typeOfName[name] = entities.Organization
			}
		}
	}

	// A name most of whose mentions carry a model number is a product line
	// ("RTX 3080", "RTX 3090"), not its maker: the tagger's organisation
	// is dropped. A place keeps its number ("Route 66"), a person it (an
	// age, a photo credit).
	for name, n := range numbered {
		if n >= 2 && 2*n > mentions[name] && typeOfName[name] == entities.Organization {
			typeOfName[name] = misc
		}
	}
	// A maker's models ("the Outline" of a "Line Outline" review) are
	// products too.
	for name := range makerModels(sents, cands, typeOfName, personal) {
		typeOfName[name] = misc
	}
	// So is a common word the page capitalises ("Bougainvillea"), and a
	// shopping page's variant before its price ("(Black) for $22.88").
	for name := range writtenLower(sents, cands, typeOfName, personal) {
		typeOfName[name] = misc
	}
	for name := range pricedNames(sents, typeOfName) {
		typeOfName[name] = misc
	}

	// An acronym of a name used in full earlier in the document is that
	// name ("Wall Street Journal" … "WSJ"). Initials two names of other
	// types share ("Fischer Ranger", "Flash Review": FR) say nothing, and
	// nor do they for an acronym the gazetteer does not know as a name
	// that the text uses before the name: a news text gives the name
	// first, and "AI" of an article on AI's power bills is no short form
	// of the Allen Institute named further on. (A code is no such name:
	// AI is Anguilla's. A forum's "NZ" before "New Zealand" is lost.)
	byInitials := map[string]entities.Type{}
	ambiguous := map[string]bool{}
	for name, t := range typeOfName {
		if ini := initialsOf(name); len(ini) >= 2 && strings.Contains(name, " ") {
			if had, ok := byInitials[ini]; ok && had != t {
				ambiguous[ini] = true
			}
			byInitials[ini] = t
		}
	}
	for ini := range ambiguous {
		delete(byInitials, ini)
	}
	named := map[string]bool{}        // initials of the names seen so far, in text order
	initialsAt := map[[2]int]string{} // the initials of the name that begins at a token
	for _, c := range cands {
		if c.end-c.start >= 2 {
			initialsAt[[2]int{c.sent, c.start}] = initialsOf(surface(c))
		}
	}
	early := map[string]bool{} // acronyms used before any name they abbreviate
	for si, s := range sents {
		for i, tok := range s.Tokens {
			if ini, ok := initialsAt[[2]int{si, i}]; ok {
				named[ini] = true
			}
			if s.Cap[i] != capUpper || len(tok.Text) < 2 || s.Headline {
				continue
			}
			if _, known := typeOfName[tok.Text]; known || notNames[tok.Text] || early[tok.Text] {
				continue
			}
			if !named[tok.Text] && !gazetteerKnows(tok.Text) {
				early[tok.Text] = true
				continue
			}
			if t, ok := byInitials[tok.Text]; ok {
				typeOfName[tok.Text] = t
				vote(tok.Text, t, 10)
			}
		}
	}

	// Find known names the tagger missed: capitalised runs of tokens whose
	// surface is a known name, not overlapping any candidate (MISC included).
	covered := make([][]bool, len(sents))
	for i, s := range sents {
		covered[i] = make([]bool, len(s.Tokens))
	}
	for _, c := range cands {
		for i := c.start; i < c.end; i++ {
			covered[c.sent][i] = true
		}
	}
	maxLen := 1
	for name := range typeOfName {
		maxLen = max(maxLen, strings.Count(name, " ")+1)
	}
	maxLen = min(maxLen, 8)
	for si, s := range sents {
		for i := 0; i < len(s.Tokens); i++ {
			if covered[si][i] || !isCap(s.Cap[i]) || s.Tokens[i].Junk {
				continue
			}
			for n := min(maxLen, len(s.Tokens)-i); n >= 1; n-- {
				c := candidate{sent: si, start: i, end: i + n}
				if covered[si][i+n-1] || !isCap(s.Cap[i+n-1]) {
					continue
				}
				t, ok := typeOfName[surface(c)]
				if !ok {
					continue
				}
				if n == 1 && (s.Tokens[i].Initial && (functionWords[s.Lower[i]] || isCommonWord(s.Lower[i])) || calendarWords[s.Lower[i]]) {
					// "May" the month is not Theresa May.
					break
				}
				// A longer capitalised run around it is another name
				// ("Kellogg Foundation"), unless it is a title.
				if i+n < len(s.Tokens) && isCap(s.Cap[i+n]) && !s.Headline {
					break
				}
				if i > 0 && isCap(s.Cap[i-1]) && !covered[si][i-1] && titleWords[s.Lower[i-1]] == "" && !s.Tokens[i-1].Initial && !s.Headline {
					break
				}
				c.typ = t
				cands = append(cands, c)
				for k := i; k < i+n; k++ {
					covered[si][k] = true
				}
				i += n - 1
				break
			}
		}
	}

	out := cands[:0]
	for _, c := range cands {
		if notNames[surface(c)] {
			continue
		}
		if c.typ == misc {
			// The tagger's MISC gives way to an acronym defined by a name.
			name := surface(c)
			t, ok := typeOfName[name]
			if !ok || votes[name][t] < 10 || s0(sents, c) != capUpper {
				continue
			}
			c.typ = t
		}
		if t, ok := typeOfName[surface(c)]; ok && !(c.strong && t != c.typ && votes[surface(c)][c.typ] >= 5) {
			c.typ = t
		}
		if c.typ == misc {
			continue // a product line (numbered)
		}
		out = append(out, c)
	}
	return removeOverlaps(out)
}

// joinCityRegion joins a town and the state or province after it into one
// place, as news style writes an address and as the news evaluation sets
// annotate it: "Tyler, Texas", "Kingston, Ontario". A country after the
// comma stays apart ("Lyon, France"), as do lists of places. cands are in
// text order.
func joinCityRegion(sents []*sentence, cands []candidate) []candidate {
	out := cands[:0]
	for i := 0; i < len(cands); i++ {
		c := cands[i]
		if i+1 < len(cands) {
			d := cands[i+1]
			s := sents[c.sent]
			if d.sent == c.sent && c.typ == entities.Location && d.typ == entities.Location && d.start == c.end+1 &&
				s.Tokens[c.end].Text == "," && s.GazKind[d.start] == "LOCATION-region" && s.Gaz[d.start] == 'B' &&
				(d.end == len(s.Tokens) || s.Gaz[d.end] != 'I') && !isRegionOrCountry(s, c) &&
				(d.end == len(s.Tokens) || !isCap(s.Cap[d.end])) && !listed(s, d, cands[i+2:]) {
				c.end = d.end
				out = append(out, c)
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// actingStates retypes a country that acts as a state in its sentence as an
// organisation, as UNER annotates it: the subject of a verb of state action
// ("Norway announced a ban", "the Republic of Chile considered"), the
// target of sanctions ("sanctions against Iran"). Each mention is judged
// alone: the same country elsewhere in the document stays a place.
func actingStates(sents []*sentence, cands []candidate) {
	for i := range cands {
		c := &cands[i]
		s := sents[c.sent]
		if c.typ != entities.Location || !isCountry(s, *c) {
			continue
		}
		acts := c.end+1 < len(s.Tokens) && stateVerbs[s.Lower[c.end]] && s.Tokens[c.end].SpaceBefore
		if c.end+2 < len(s.Tokens) && s.Lower[c.end] == "was" && stateVerbs[s.Lower[c.end+1]] {
			acts = true // "Peru was defeated"
		}
		if c.start >= 2 && stateObjects[s.Lower[c.start-2]+" "+s.Lower[c.start-1]] {
			acts = true // "sanctions against Iran", "ceded to Portugal"
		}
		if c.end+1 < len(s.Tokens) && (s.Lower[c.end+1] == "itself" || s.Lower[c.end+1] == "its") && s.Cap[c.end] == capLower && strings.HasSuffix(s.Lower[c.end], "ed") {
			acts = true // "Peru found itself", "Norway declared its"
		}
		if c.end+1 < len(s.Tokens) && s.Lower[c.end] == "found" && s.Lower[c.end+1] == "itself" {
			acts = true
		}
		if acts {
			c.typ = entities.Organization
		}
	}
}

// stateVerbs are acts of a state rather than events in a place.
var stateVerbs = setOf("announced", "agreed", "signed", "declared", "considered", "demanded", "refused", "imposed",
	"rejected", "recognised", "recognized", "annexed", "invaded", "attacked", "defeated", "withdrew", "threatened",
	"accused", "vetoed", "ratified", "pledged", "condemned", "ceded", "negotiated", "retaliated", "expelled", "summoned")

// stateObjects are the words before a country that suffers or treats as a
// state: "sanctions against Iran", "war with France".
var stateObjects = setOf("sanctions against", "sanctions on", "war with", "war against", "war on", "ceded to",
	"treaty with", "alliance with", "surrendered to", "annexed by", "defeated by")

// isCountry reports whether c is wholly a gazetteer country.
func isCountry(s *sentence, c candidate) bool {
	for i := c.start + 1; i < c.end; i++ {
		if s.Gaz[i] != 'I' {
			return false // "Panama City" is more than Panama
		}
	}
	return s.Gaz[c.start] == 'B' && (c.end == len(s.Tokens) || s.Gaz[c.end] != 'I') && s.GazKind[c.start] == "LOCATION-country"
}

// coverage marks, per sentence, the tokens some candidate covers.
func coverage(sents []*sentence, cands []candidate) [][]bool {
	covered := make([][]bool, len(sents))
	for i, s := range sents {
		covered[i] = make([]bool, len(s.Tokens))
	}
	for _, c := range cands {
		for i := c.start; i < c.end; i++ {
			covered[c.sent][i] = true
		}
	}
	return covered
}

// coordinate gives the names of a coordination one type: in "Tumblr,
// Twitter and Pinterest" or "Fiji and Tonga" the members whose type
// rests on the tagger alone take the type of the members whose type rests on
// evidence (a gazetteer entry, a title, a full name), and a lone capitalised
// word that the tagger skipped in such a list joins it. covered marks the
// tokens of all the tagger's chunks, MISC included, which are not added.
// cands are in text order, and so is the result.
func coordinate(sents []*sentence, cands []candidate, covered [][]bool, doc *docFacts) []candidate {
	// Pairs joined by "and" or "or" first ("Sulla and Trump, Rome and
	// Athens"), then whole lists.
	cands = coordinateBy(sents, cands, covered, doc, true)
	return coordinateBy(sents, cands, covered, doc, false)
}

func coordinateBy(sents []*sentence, cands []candidate, covered [][]bool, doc *docFacts, pairs bool) []candidate {
	n := len(cands)
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && cands[hi].sent == cands[hi-1].sent && coordinated(sents[cands[hi].sent], cands[hi-1].end, cands[hi].start) &&
			!(pairs && sents[cands[hi].sent].Lower[cands[hi-1].end] == ",") {
			hi++
		}
		chain := cands[lo:hi]
		s := sents[chain[0].sent]
		// Lone words joined to the list at either end.
		var extra []candidate
		if !pairs {
			if k := chainEnd(s, chain[len(chain)-1].end); k >= 0 && listWord(s, k, covered[chain[0].sent], doc) {
				extra = append(extra, candidate{sent: chain[0].sent, start: k, end: k + 1})
			}
			if k := chainStart(s, chain[0].start); k >= 0 && listWord(s, k, covered[chain[0].sent], doc) {
				extra = append(extra, candidate{sent: chain[0].sent, start: k, end: k + 1})
			}
		}
		// A comma alone joins clauses as often as names: a list has an
		// "and" or "or" somewhere.
		conj := false
		for i := lo + 1; i < hi; i++ {
			conj = conj || cands[i].start-cands[i-1].end == 2 || s.Lower[cands[i-1].end] != ","
		}
		for _, e := range extra {
			if e.start > chain[0].start {
				conj = conj || s.Lower[e.start-1] != ","
			} else {
				conj = conj || s.Lower[e.end] != ","
			}
		}
		if len(chain)+len(extra) >= 2 && conj {
			var sure entities.Type
			agree := true
			for _, c := range chain {
				if !sureType(s, c) {
					continue
				}
				if sure != "" && sure != c.typ {
					agree = false
				}
				sure = c.typ
			}
			if sure != "" && agree {
				for i := lo; i < hi; i++ {
					if c := &cands[i]; !sureType(s, *c) && c.end-c.start == 1 {
						c.typ = sure
					}
				}
				for _, e := range extra {
					e.typ = sure
					cands = append(cands, e)
				}
			} else if sure == "" && len(extra) > 0 {
				// "Kesha and Pebe": with no evidence in the list, a skipped
				// word takes the type its members agree on.
				same := true
				for _, c := range chain {
					same = same && c.typ == chain[0].typ
				}
				if same && chain[0].typ != misc {
					for _, e := range extra {
						e.typ = chain[0].typ
						cands = append(cands, e)
					}
				}
			}
		}
		lo = hi
	}
	if len(cands) > n {
		sort.SliceStable(cands, func(i, j int) bool {
			if cands[i].sent != cands[j].sent {
				return cands[i].sent < cands[j].sent
			}
			return cands[i].start < cands[j].start
		})
	}
	return cands
}

// coordinated reports whether the tokens between end and start join two
// names in a list: ",", "and", "or", ", and", ", or".
func coordinated(s *sentence, end, start int) bool {
	switch start - end {
	case 1:
		w := s.Lower[end]
		return w == "," || w == "and" || w == "or"
	case 2:
		return s.Lower[end] == "," && (s.Lower[end+1] == "and" || s.Lower[end+1] == "or")
	}
	return false
}

// chainEnd returns the token after a list's joining words at end, or -1.
func chainEnd(s *sentence, end int) int {
	for _, k := range []int{end + 1, end + 2} {
		if k < len(s.Tokens) && coordinated(s, end, k) {
			return k
		}
	}
	return -1
}

// chainStart returns the token before a list's joining words at start, or -1.
func chainStart(s *sentence, start int) int {
	for _, k := range []int{start - 2, start - 3} {
		if k >= 0 && coordinated(s, k+1, start) {
			return k
		}
	}
	return -1
}

// listWord reports whether token k, a list member the tagger skipped, is a
// one-word name: capitalised in running text, not at a sentence start, not
// a common, function or calendar word, never written in lower case in the
// document, and alone (no capitalised neighbour).
func listWord(s *sentence, k int, covered []bool, doc *docFacts) bool {
	w := s.Lower[k]
	return !covered[k] && s.Cap[k] == capTitle && !s.Tokens[k].Initial && !s.Headline && !s.Tokens[k].Junk &&
		(k+1 == len(s.Tokens) || !isCap(s.Cap[k+1])) && (k == 0 || !isCap(s.Cap[k-1])) &&
		!functionWords[w] && !calendarWords[w] && titleWords[w] == "" && !roleWords[w] && !isCommonWord(w) &&
		!doc.lowerSeen[w] && !isDemonym(s.Tokens[k].Text) && !regionAdjectives[w] && !strings.HasSuffix(w, ".")
}

// sureType reports whether c's type rests on evidence rather than on the
// tagger alone.
func sureType(s *sentence, c candidate) bool {
	if c.strong || c.typ == entities.Person && c.end-c.start >= 2 && isFirstName(s.Lower[c.start]) {
		return true // "Maria Lindqvist"; "Helios Dynamics" rests on the tagger alone
	}
	if s.Gaz[c.start] == 'B' && (c.end == len(s.Tokens) || s.Gaz[c.end] != 'I') && gazType(s.GazKind[c.start]) == c.typ {
		return true
	}
	return c.typ == entities.Person && knownPerson(s.Tokens[c.start].Text)
}

// listed reports whether the place d is followed by another in a list
// ("Tulsa, Jenks, Sapulpa", "Rotterdam, Hamburg and Bremen") rather than
// ending an address.
func listed(s *sentence, d candidate, rest []candidate) bool {
	if k := chainEnd(s, d.end); k >= 0 && isCap(s.Cap[k]) && (s.Lower[d.end] != "," || k == d.end+2) {
		return true // "… and Bremen"
	}
	if len(rest) == 0 {
		return false
	}
	e := rest[0]
	if e.sent != d.sent || e.typ != entities.Location || !coordinated(s, d.end, e.start) {
		return false
	}
	// "Tulsa, Jenks, Sapulpa"; "Rotterdam, Hamburg and Varnelo"
	return s.Lower[d.end] != "," || e.start-d.end == 2 || !isRegionOrCountry(s, e)
}

// isRegionOrCountry reports whether c is wholly a gazetteer country or
// first-level region.
func isRegionOrCountry(s *sentence, c candidate) bool {
	for i := c.start + 1; i < c.end; i++ {
		if s.Gaz[i] != 'I' {
			return false
		}
	}
	k := strings.TrimPrefix(s.GazKind[c.start], "weak-")
	return s.Gaz[c.start] == 'B' && (c.end == len(s.Tokens) || s.Gaz[c.end] != 'I') &&
		(k == "LOCATION-region" || k == "LOCATION-country")
}

// hasPlace reports whether a word of c is a gazetteer place: "Michigan
// Ford" is a place and a name run together by the tagger, and its words
// say nothing about a person.
func hasPlace(s *sentence, c candidate) bool {
	for i := c.start; i < c.end; i++ {
		if s.Gaz[i] != 0 && gazType(s.GazKind[i]) == entities.Location {
			return true
		}
	}
	return false
}

// removeOverlaps keeps, among overlapping candidates, those with evidence
// first and then the longer, and returns the survivors in text order.
func removeOverlaps(cands []candidate) []candidate {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.strong != b.strong {
			return a.strong
		}
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		if a.sent != b.sent {
			return a.sent < b.sent
		}
		return a.start < b.start
	})
	type key struct{ sent, tok int }
	taken := map[key]bool{}
	res := cands[:0]
	for _, c := range cands {
		free := true
		for i := c.start; i < c.end; i++ {
			if taken[key{c.sent, i}] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := c.start; i < c.end; i++ {
			taken[key{c.sent, i}] = true
		}
		res = append(res, c)
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].sent != res[j].sent {
			return res[i].sent < res[j].sent
		}
		return res[i].start < res[j].start
	})
	return res
}

// longDocument is the number of sentences from which a document is taken
// to be a whole article rather than an excerpt.
const longDocument = 12

// knownPerson reports whether the gazetteer knows name as a person.
func knownPerson(name string) bool {
	for _, e := range gazetteer.Default().Lookup(name) {
		if e.Type == gazetteer.Person {
			return true
		}
	}
	return false
}

// initialsOf returns the capital initials of the words of name: "Wall
// Street Journal" → "WSJ"; lower-case joins are skipped.
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// corporateHeads end company names that are also known by their first word.
var corporateHeads = setOf("company", "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "group", "motors", "airlines", "airways", "holdings", "ag", "sa", "gmbh")

// s0 returns the capitalisation class of a single-token candidate, 0 for
// longer ones.
func s0(sents []*sentence, c candidate) byte {
	if c.end-c.start != 1 {
		return 0
	}
	return sents[c.sent].Cap[c.start]
}

// wordsBack returns the token where the n words before token end begin,
// a hyphen joining two of them not counted: the parts of "first-person" are
// two words of an acronym (FPV), as "Russia-Ukraine" gives R and U.
func wordsBack(s *sentence, end, n int) int {
	start := end
	for start > 0 && n > 0 {
		start--
		if s.Tokens[start].Text != "-" || s.Tokens[start].SpaceBefore {
			n--
		}
	}
	return start
}

// matchesLowerAcronym reports whether acr spells the initials of the
// lower-case words ending at token end ("demilitarised zone" → DMZ with the
// d, z; letters not matched are allowed inside words). An everyday word
// capitalised only because a sentence begins with it (Token.Initial, which
// a colon also sets: "Order of Battle: First-person view (FPV)") counts as
// lower case.
func matchesLowerAcronym(s *sentence, start, end int, acr string) bool {
	var initials strings.Builder
	for i := start; i < end; i++ {
		if s.Cap[i] == capLower || s.Cap[i] == capTitle && s.Tokens[i].Initial && isCommonWord(s.Lower[i]) {
			initials.WriteString(s.Lower[i][:1])
		}
	}
	in := initials.String()
	a := strings.ToLower(acr)
	return len(a) >= 2 && strings.HasSuffix(in, a[:1]+in[len(in)-min(len(in), len(a)-1):]) || strings.Contains(in, a[:1]) && in[len(in)-1] == a[len(a)-1]
}

// matchesAcronym reports whether acr is made of the initials of the
// capitalised words of c ("Royal United Services Institute" → RUSI), or is
// at least made of letters all of which appear as initials in order.
func matchesAcronym(s *sentence, c candidate, acr string) bool {
	var initials []rune
	for i := c.start; i < c.end; i++ {
		if r, _ := utf8.DecodeRuneInString(s.Tokens[i].Text); unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	k := 0
	for _, r := range acr {
		if !unicode.IsLetter(r) {
			continue
		}
		for k < len(initials) && initials[k] != r {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return len(acr) >= 2
}

// personalPronouns returns the one-word person names that the text refers
// back to as a person more often than as a thing: a sentence naming it
// goes on with he, she, his, her or him (or the next one opens with
// one), rather than it or its ("Penny quietly tends to her chores"). A
// company is "it"; an unintroduced person the reader is expected to know
// is still "he".
func personalPronouns(sents []*sentence, cands []candidate, surface func(candidate) string) map[string]bool {
	score := map[string]int{}
	for _, c := range cands {
		if c.typ != entities.Person || c.end-c.start != 1 {
			continue
		}
		name := surface(c)
		s := sents[c.sent]
		personal, neuter := pronounsIn(s.Lower[c.end:])
		if c.sent+1 < len(sents) && len(sents[c.sent+1].Lower) > 0 {
			p, n := pronounsIn(sents[c.sent+1].Lower[:1])
			personal, neuter = personal || p, neuter || n
		}
		switch {
		case personal && !neuter:
			score[name]++
		case neuter && !personal:
			score[name]--
		}
	}
	out := map[string]bool{}
	for name, n := range score {
		if n > 0 {
			out[name] = true
		}
	}
	return out
}

// pronounsIn reports whether words hold a personal pronoun of the third
// person, and whether they hold a neuter one.
func pronounsIn(words []string) (personal, neuter bool) {
	for _, w := range words {
		switch w {
		case "he", "she", "his", "her", "him", "hers", "himself", "herself":
			personal = true
		case "it", "its", "itself":
			neuter = true
		}
	}
	return personal, neuter
}

// orgMembers reads an everyday plural in capitals after an organisation's
// name as the organisation's members, as NATO writes of its member states
// ("NATO Allies"; "Allies agreed"): the span is cut to the organisation,
// and the plurals so read are no name alone in the same document
// (dropMembers), as "allies" is not. Only a plural that the
// document also names alone, as if a name, is read so: "DC Comics" and
// "Getty Images" keep their words. Elsewhere a capitalised plural keeps
// its reading: the training text annotates the wartime Allies as an
// organisation, so dropping the plural everywhere cost English CV
// (MODEL.md). The organisation must be named alone in the document too.
func orgMembers(sents []*sentence, cands []candidate) []candidate {
	orgs, alone := map[string]bool{}, map[string]bool{}
	for _, c := range cands {
		if c.typ == entities.Organization {
			s := sents[c.sent]
			orgs[spanText(s, c.start, c.end)] = true
			if c.end-c.start == 1 && everydayPlural(s, c.start) {
				alone[s.Lower[c.start]] = true
			}
		}
	}
	var members map[string]bool
	for i := range cands {
		c := &cands[i]
		s := sents[c.sent]
		last := c.end - 1
		if c.typ != entities.Organization || c.end-c.start < 2 || !alone[s.Lower[last]] || !everydayPlural(s, last) ||
			!orgs[spanText(s, c.start, last)] {
			continue
		}
		c.end = last
		if members == nil {
			members = map[string]bool{}
		}
		members[s.Lower[last]] = true
	}
	return dropMembers(sents, cands, members)
}

// dropMembers drops the names that are one of the members plurals alone
// (orgMembers), whatever the tagger typed them: its "person" Allies would
// vote the word back as a name.
func dropMembers(sents []*sentence, cands []candidate, members map[string]bool) []candidate {
	if len(members) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if c.end-c.start == 1 && members[sents[c.sent].Lower[c.start]] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// spanText is the text of tokens start to end of s, as written.
func spanText(s *sentence, start, end int) string {
	var b strings.Builder
	for i := start; i < end; i++ {
		if i > start && s.Tokens[i].SpaceBefore {
			b.WriteByte(' ')
		}
		b.WriteString(s.Tokens[i].Text)
	}
	return b.String()
}

// everydayPlural reports whether token k of s is an everyday word's
// plural in capitals ("Allies", "Members").
func everydayPlural(s *sentence, k int) bool {
	w := s.Lower[k]
	return isCap(s.Cap[k]) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isCommonWord(w)
}
