package japanese

import (
	"regexp"
	"strings"
)

// junkPattern matches the parts of social-media text that are never names,
// however they tokenise: URLs (kagome tags "https" and t.co ids as
// organisations), @handles and #hashtags.
var junkPattern = regexp.MustCompile(`(?:https?://|www\.|pic\.twitter\.com/)[!-~]+|[A-Za-z0-9.-]+\.(?:com|co|jp|org|net)/[!-~]*|[@＠][A-Za-z0-9_]+|[#＃][^\s#＃、。「」()（）]+`)

// latinStopwords are capitalised English words that show up in Japanese
// posts (signature dates, UI labels) and are not names.
var latinStopwords = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "http", "https", "www", "pic", "via", "rt", "the", "and", "of", "in", "on",
	"am", "pm", "news", "live", "video", "photo", "breaking", "update", "thread")

// commonAcronyms are Latin abbreviations that Japanese writes for common
// nouns (SNS, AI, CEO), not names; kagome tags them as organisations and the
// tagger sometimes follows. A mention that is exactly one is dropped.
var commonAcronyms = setOf("SNS", "AI", "IT", "PC", "TV", "CM", "CD", "DVD", "CEO", "CFO", "COO", "CTO",
	"NGO", "NPO", "GDP", "DX", "VR", "AR", "CG", "OL", "URL", "PDF", "GPS", "LED", "USB", "SF", "MC", "DJ",
	"OB", "OG", "IoT", "ICT", "EV", "PR", "QR", "ID", "BGM", "FAQ", "LLM", "API", "GPU", "CPU", "OS", "UI")

// markJunk sets junk[i] for every token that is, or lies inside, text that
// cannot be a name. text is the document; toks are one sentence's tokens.
func markJunk(junk []bool, text string, toks []token) {
	if len(toks) == 0 {
		return
	}
	start, end := toks[0].start, toks[len(toks)-1].end
	sentence := text[start:end]
	if strings.ContainsAny(sentence, "/@＠#＃") {
		for _, m := range junkPattern.FindAllStringIndex(sentence, -1) {
			from, to := start+m[0], start+m[1]
			for i := range toks {
				if toks[i].end > from && toks[i].start < to {
					junk[i] = true
				}
			}
		}
	}
	for i := range toks {
		if toks[i].script == scLatin && isLatinJunk(toks[i].text) {
			junk[i] = true
		}
	}
}

// isLatinJunk reports whether a Latin token is a stopword or has the shape
// of an id rather than a name: lower-case (names and acronyms in Japanese
// text are capitalised) or with upper case after the second letter mixed with
// lower case (quBqur, dZxhxrQYGD).
func isLatinJunk(s string) bool {
	if latinStopwords[strings.ToLower(s)] {
		return true
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return true
	}
	upper, lower := 0, 0
	for i := 1; i < len(s); i++ {
		switch {
		case s[i] >= 'A' && s[i] <= 'Z':
			upper++
		case s[i] >= 'a' && s[i] <= 'z':
			lower++
		}
	}
	return upper >= 2 && lower >= 2
}
