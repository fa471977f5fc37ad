package english

import "strings"

// figuresOfSpeech are stock characters written like a person's name: a
// personification (Uncle Sam for the United States, John Bull for Britain,
// Mother Nature, Father Time) or a placeholder for anyone (John Doe, Joe
// Public). They name no one, and the tagger, seeing a title or a given name
// before a capitalised word, takes them, or their last word, for a person.
// They are matched by their lower-cased words, with exact capitals in the
// text, so that "mother nature" in a sentence about a mother is left alone.
var figuresOfSpeech = [][]string{
	{"uncle", "sam"}, {"john", "bull"}, {"mother", "nature"}, {"father", "time"},
	{"john", "doe"}, {"jane", "doe"}, {"joe", "public"}, {"joe", "bloggs"},
}

// figureOfSpeech reports whether candidate c lies inside one of the
// figuresOfSpeech written with capitals.
func figureOfSpeech(s *sentence, c candidate) bool {
	for _, f := range figuresOfSpeech {
		for start := max(0, c.end-len(f)); start <= c.start && start+len(f) <= len(s.Tokens); start++ {
			if matchesFigure(s, start, f) {
				return true
			}
		}
	}
	return false
}

func matchesFigure(s *sentence, start int, f []string) bool {
	for i, w := range f {
		t := s.Tokens[start+i].Text
		if strings.ToLower(t) != w || t[0] < 'A' || t[0] > 'Z' {
			return false
		}
	}
	return true
}
