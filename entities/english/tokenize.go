package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a sentence, with its byte span in the
// text it was cut from.
type Token struct {
	Start, End int
	Text       string
	// SpaceBefore is true when whitespace (or the start of the sentence)
	// precedes the token: "Russia-Ukraine" gives Russia, -, Ukraine with the
	// hyphen and Ukraine not spaced, which tells a join from a dash.
	SpaceBefore bool
	// Initial is true for the first word of a sentence, including words that
	// follow an internal sentence end ("... war. Then ...") or an opening
	// quote there: their capital letter says nothing about being a name.
	Initial bool
	// Junk marks URLs, @handles, #hashtags and e-mail addresses, which are
	// never part of a name.
	Junk bool
}

// abbreviations keep their final period: "Mr." and "Lt." are one token, so
// that a title is recognised and the period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "lt": true, "gen": true, "col": true, "capt": true,
	"sgt": true, "maj": true, "adm": true, "cpl": true, "pvt": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "sec": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "plc": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "no": true, "vs": true,
	"etc": true, "dept": true, "univ": true, "assn": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "cmdr": true, "gens": true,
	"messrs": true, "mme": true, "mlle": true, "fr": true, "supt": true, "insp": true,
}

// sentenceEndingAbbreviations often close a sentence with their own period.
var sentenceEndingAbbreviations = map[string]bool{
	"inc": true, "ltd": true, "co": true, "corp": true, "plc": true, "etc": true, "jr": true, "sr": true,
}

// Tokenize cuts text[start:end] into tokens. Hyphens, slashes and the
// possessive 's are separate tokens; periods stay inside initials and
// abbreviations (U.S., Lt.); URLs, handles and hashtags are single junk tokens.
func Tokenize(text string, start, end int) []Token {
	var toks []Token
	i := start
	space := true
	initial := true
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.Is(unicode.Cf, r) {
			space = true
			i += size
			continue
		}
		j := scanToken(text, i, end)
		t := Token{Start: i, End: j, Text: text[i:j], SpaceBefore: space}
		t.Junk = isJunkToken(t.Text)
		if isWordStart(r) {
			t.Initial = initial
			initial = false
		}
		if endsSentence(t.Text) {
			initial = true
		}
		toks = append(toks, t)
		space = false
		i = j
	}
	return toks
}

func isWordStart(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// endsSentence reports whether a punctuation token ends a sentence.
func endsSentence(s string) bool {
	switch s {
	case ".", "!", "?", ":", "…":
		return true
	}
	return strings.HasSuffix(s, ".") && sentenceEndingAbbreviations[strings.ToLower(strings.TrimSuffix(s, "."))]
}

// scanToken returns the end of the token starting at i.
func scanToken(text string, i, end int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	// URLs, handles, hashtags, e-mail: up to the next space.
	if n := bareLink(text[i:end]); n > 0 {
		// "pic.twitter.com/KPWsfyQPDL": a link without its scheme.
		return i + n
	}
	if r == '@' || r == '#' || hasPrefixFold(text[i:end], "http://") || hasPrefixFold(text[i:end], "https://") || hasPrefixFold(text[i:end], "www.") {
		j := i + size
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) || (r != 'h' && r != 'H' && r != 'w' && r != 'W' && !isWordRune(r2)) {
				break
			}
			j += s2
		}
		// Trailing sentence punctuation is not part of a URL.
		for j > i+size && strings.ContainsRune(".,;:!?)]}'\"”’", rune(text[j-1])) {
			j--
		}
		return j
	}
	if !isWordRune(r) {
		// The possessive and other clitics are one token: "’s", "'ll".
		if (r == '\'' || r == '’') && i > 0 && isWordRune(lastRune(text[:i])) && clitic(text[i+size:end]) {
			j := i + size
			for j < end && isASCIILetter(text[j]) {
				j++
			}
			return j
		}
		return i + size
	}
	// A word: letters, digits, marks, internal apostrophes (O'Brien) and
	// periods of initials (U.S.) or decimals (2.5).
	j := i + size
	for j < end {
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r2) {
			j += s2
			continue
		}
		if (r2 == '\'' || r2 == '’') && j+s2 < end {
			r3, _ := utf8.DecodeRuneInString(text[j+s2:])
			if !unicode.IsLetter(r3) {
				break
			}
			// The possessive 's and the clitics 'll, 're, 've, 'd, 'm, n't split off.
			rest := text[j+s2 : end]
			if clitic(rest) {
				break
			}
			j += s2
			continue
		}
		if r2 == '.' || r2 == ',' {
			if j+1 < end {
				r3, _ := utf8.DecodeRuneInString(text[j+1:])
				if r2 == ',' {
					// 1,000 but not "Paris,London".
					if isDigit(text[j-1]) && unicode.IsDigit(r3) {
						j++
						continue
					}
					break
				}
				if isWordRune(r3) && (isDigit(text[j-1]) && unicode.IsDigit(r3) || j-i <= 2 || isInitials(text[i:j])) {
					// U.S, 2.5, e.g: keep going through the period.
					j++
					continue
				}
			}
			if r2 == '.' && (isInitials(text[i:j]) || abbreviations[strings.ToLower(text[i:j])]) && !(i > 0 && text[i-1] == '&') {
				// "J." and "Inc." keep their period; the "T" of "AT&T."
				// is no initial.
				return j + 1
			}
			break
		}
		if r2 == '@' && j > i {
			// e-mail address: treat as one token.
			k := j + 1
			for k < end {
				r3, s3 := utf8.DecodeRuneInString(text[k:])
				if unicode.IsSpace(r3) || !(isWordRune(r3) || r3 == '.' || r3 == '-') {
					break
				}
				k += s3
			}
			for k > j+1 && text[k-1] == '.' {
				k--
			}
			return k
		}
		break
	}
	return j
}

// clitic reports whether rest (the text after an apostrophe) starts with an
// English clitic that ends the word: 's, 'll, 're, 've, 'd, 'm, 't.
func clitic(rest string) bool {
	n := 0
	for n < len(rest) && n < 3 && isASCIILetter(rest[n]) {
		n++
	}
	if n < len(rest) && isASCIILetter(rest[n]) {
		return false
	}
	switch strings.ToLower(rest[:n]) {
	case "s", "ll", "re", "ve", "d", "m":
		return true
	}
	return false
}

// isInitials reports whether s looks like "U.S" or "J" or "U.S.A": single
// letters separated by periods.
func isInitials(s string) bool {
	if s == "" {
		return false
	}
	n := 0
	for _, r := range s {
		if r == '.' {
			if n != 1 {
				return false
			}
			n = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n == 1
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(b byte) bool       { return b >= '0' && b <= '9' }
func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// bareLink returns the length of the link without a scheme that s starts
// with ("pic.twitter.com/x1Y", "bit.ly/3abc"): a host name of lower-case
// letters, digits, dots and hyphens with a dot in it, a slash, and the path
// up to the next space less trailing punctuation. It returns 0 for anything
// else ("and/or", "U.S./Canada").
func bareLink(s string) int {
	dot, slash := -1, -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '/' {
			slash = i
			break
		}
		if c == '.' {
			dot = i
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return 0
		}
	}
	if dot <= 0 || slash < dot+3 || slash+1 >= len(s) {
		return 0 // no host with a top-level domain of two letters or more, or no path
	}
	j := slash + 1
	for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' {
		j++
	}
	for j > slash+1 && strings.ContainsRune(".,;:!?)]}'\"”’", rune(s[j-1])) {
		j--
	}
	return j
}

// isJunkToken reports URLs, handles, hashtags and e-mail addresses.
func isJunkToken(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case '@', '#':
		return true
	}
	return hasPrefixFold(s, "http") && strings.Contains(s, "://") || hasPrefixFold(s, "www.") || strings.Contains(s, "@") && strings.Contains(s, ".") ||
		bareLink(s) == len(s)
}
