package english

import (
	"strings"

	"github.com/chronograph/chronograph/entities"
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
func fixCandidate(s *Sentence, c candidate) []candidate {
	label := string(c.typ)
	if t, ok := typeOf(label); ok {
		c.typ = t
	} else {
		c.typ = misc
	}
	// Junk tokens split the chunk; keep the longest clean part on each side
	// by recursing on the pieces.
	for i := c.start; i < c.end; i++ {
		if s.Tokens[i].Junk {
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
	retype(s, &c)
	return []candidate{c}
}

// trim cuts leading articles, titles and punctuation and trailing
// possessives and punctuation from a candidate.
func trim(s *Sentence, c candidate) candidate {
	for c.start < c.end {
		w := s.Lower[c.start]
		switch {
		case s.Cap[c.start] == capPunct && w != "&":
		case w == "the" || w == "a" || w == "an":
		case functionWords[w] && s.Tokens[c.start].Initial:
		case calendarWords[w]:
		case c.typ == entities.Person && (titleWords[w] != "" || roleWords[w]) && c.end-c.start > 1 && isCap(s.Cap[c.start+1]):
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
		case functionWords[w] && !isCap(s.Cap[c.end-1]):
		default:
			return c
		}
		c.end--
	}
	return c
}

func isApostrophe(s string) bool { return s == "'" || s == "’" }

// plausibleName rejects spans that cannot be a name: no capital letter, only
// function, calendar or role words, numbers.
func plausibleName(s *Sentence, start, end int) bool {
	capital, content := false, false
	for i := start; i < end; i++ {
		w := s.Lower[i]
		if isCap(s.Cap[i]) {
			capital = true
		}
		if s.Cap[i] == capPunct || s.Cap[i] == capDigit {
			continue
		}
		if !functionWords[w] && !calendarWords[w] && titleWords[w] == "" && !roleWords[w] {
			content = true
		}
	}
	if !capital || !content {
		return false
	}
	// A lone sentence-initial word is a name only if the tagger is backed by
	// something more than the capital: a function word there never is.
	if end-start == 1 && s.Tokens[start].Initial && functionWords[s.Lower[start]] {
		return false
	}
	return true
}

// retype applies evidence that overrides the tagger: a person title before
// the span, an organisation head word in it, a gazetteer entry for it.
func retype(s *Sentence, c *candidate) {
	if c.typ == misc {
		return
	}
	last := s.Lower[c.end-1]
	if c.start > 0 {
		prev := s.Lower[c.start-1]
		if strongTitles[prev] && c.typ != entities.Person && !orgHeads[last] && s.Gaz[c.start] == 0 {
			c.typ, c.strong = entities.Person, true
			return
		}
	}
	if orgHeads[last] && c.end-c.start > 1 {
		c.typ, c.strong = entities.Organization, true
		return
	}
	if s.Gaz[c.start] == 'B' && (c.end == len(s.Tokens) || s.Gaz[c.end] != 'I') && (c.end-1 == c.start || s.Gaz[c.end-1] == 'I') {
		if t := gazType(s.GazKind[c.start]); t != "" {
			if t != c.typ && c.typ == entities.Person {
				c.typ = t
			}
			c.strong = c.typ == t
		}
	}
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
func ruleCandidates(s *Sentence, si int, have []candidate) []candidate {
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
		case orgHeads[s.Lower[j-1]] && j-i > 1 && !s.Headline:
			c.typ, c.strong = entities.Organization, true
		}
		if c.typ != "" {
			c = trim(s, c)
			if c.start < c.end && plausibleName(s, c.start, c.end) && !allRoles(s, c.start, c.end) {
				out = append(out, c)
			}
		}
		i = max(j, c.end)
	}
	return out
}

// allRoles reports whether every word of the span is a title or role word.
func allRoles(s *Sentence, start, end int) bool {
	for i := start; i < end; i++ {
		w := s.Lower[i]
		if titleWords[w] == "" && !roleWords[w] && !orgHeads[w] && !functionWords[w] {
			return false
		}
	}
	return true
}
