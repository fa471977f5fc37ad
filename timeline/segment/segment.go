// Package segment splits text into sentences and tells each one's language by
// its script.
//
// News text mixes English paragraphs, Japanese posts and headline lines
// without final punctuation, so the splitter treats line breaks as boundaries
// (except where an English sentence was merely wrapped) as well as sentence
// punctuation, and decides the language of each sentence on its own.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a half-open byte range of a text and the language of its words.
type Sentence struct {
	Start, End int
	Lang       string // "en", "ja" or "und"
}

// MaxBytes caps the length of a sentence. Text that runs on longer without
// a sentence end — a scraped page without punctuation, a table flattened to
// one line — is cut into pieces of at most MaxBytes, so that the extractors,
// whose memory grows with the sentence, never see megabytes at once.
const MaxBytes = 4000

// Split returns the sentences of text in order, trimmed of surrounding space.
// Text with no letters at all (a line of emoji, a bare URL) still forms a
// sentence, with language "und". No sentence is longer than MaxBytes: a
// longer one is cut after the last space, 、 or comma before the cap, else
// between two characters.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	depth := 0 // inside Japanese quotes and brackets, 。 does not end the sentence
	emit := func(end int) {
		depth = 0
		s, e := trim(text, start, end)
		for e-s > MaxBytes {
			cut := cutPoint(text, s, s+MaxBytes)
			ps, pe := trim(text, s, cut)
			if ps < pe {
				out = append(out, Sentence{Start: ps, End: pe, Lang: Lang(text[ps:pe])})
			}
			s, e = trim(text, cut, e)
		}
		if s < e {
			out = append(out, Sentence{Start: s, End: e, Lang: Lang(text[s:e])})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		switch {
		case r == '「' || r == '『' || r == '（':
			depth++
		case (r == '」' || r == '』' || r == '）') && depth > 0:
			depth--
		case r == '\n':
			if !wrapped(text, start, i) {
				emit(next)
			}
		case depth > 0 && (r == '。' || r == '！' || r == '？'):
		case r == '。' || r == '！' || r == '？' || r == '!' || r == '?' || r == '.':
			end := closeAfter(text, next)
			if r == '.' && !fullStop(text, start, i, end) {
				break
			}
			if r == '!' || r == '?' {
				// "Really?!" and "?" inside a quote run on to its closing mark.
				if end < len(text) && !isSpaceAt(text, end) && !strings.ContainsRune("。」』)）", firstRune(text[end:])) {
					break
				}
			}
			emit(end)
			next = end
		}
		i = next
	}
	emit(len(text))
	return out
}

// cutPoint returns where to cut an over-long sentence that starts at s so
// that the first piece ends by limit: after the last white space, 、, ，
// or comma in the second half of [s, limit), else at the last character
// boundary by limit that does not separate a combining mark from its base.
func cutPoint(text string, s, limit int) int {
	for i := limit; i > s+(limit-s)/2; {
		r, size := utf8.DecodeLastRuneInString(text[s:i])
		if unicode.IsSpace(r) || r == '、' || r == '，' || r == ',' || r == '､' {
			return i
		}
		i -= size
	}
	i := limit
	for i > s && !utf8.RuneStart(text[i]) {
		i--
	}
	for j := i; j > s+(limit-s)/2; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if size > 0 && !unicode.In(r, unicode.Mn, unicode.Me) && r != '\u200D' {
			return j
		}
		_, size = utf8.DecodeLastRuneInString(text[s:j])
		j -= size
	}
	return i
}

// closeAfter extends a sentence end over closing quotes and brackets and any
// further terminal punctuation: 「…。」 ends after 」, and “…?” after ”.
func closeAfter(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune("」』）)”’\"'.!?。！？", r) {
			break
		}
		i += size
	}
	return i
}

// fullStop reports whether the period at dot ends an English sentence: it is
// followed by space (or the end) and then by something that can start one, and
// it does not close an abbreviation or an initial.
func fullStop(text string, start, dot, after int) bool {
	if after < len(text) && !isSpaceAt(text, after) {
		return false // 3.5, U.S.-led, example.com
	}
	word := lastWord(text[start:dot])
	if word == "" {
		return true
	}
	if abbreviations[strings.ToLower(word)] {
		return false
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)) {
		return false // an initial: "Michael R. Golden"
	}
	if strings.Contains(word, ".") {
		return false // U.S. or e.g. at the end of a word
	}
	// Look at what follows: a lower-case word continues the sentence.
	rest := strings.TrimLeft(text[after:], " \t")
	if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
		return true
	}
	r := firstRune(rest)
	return !unicode.IsLower(r)
}

// wrapped reports whether the line break at nl merely wraps an English
// sentence: the line so far ends in a word or comma and the next line starts
// with a lower-case letter.
func wrapped(text string, start, nl int) bool {
	line := strings.TrimRight(text[start:nl], " \t\r")
	if line == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if !(unicode.IsLetter(last) || last == ',') || last > unicode.MaxLatin1 {
		return false
	}
	rest := strings.TrimLeft(text[nl+1:], " \t")
	if rest == "" {
		return false
	}
	r := firstRune(rest)
	return unicode.IsLower(r) && r <= unicode.MaxLatin1
}

// lastWord returns the run of letters and inner periods before the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return strings.TrimLeft(s[i:], ".")
}

// abbreviations end in a period that does not end a sentence. Titles and
// month abbreviations are the common cases in news.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof sr jr st mt ft lt gen col maj capt cpt sgt cmdr adm
		gov sen rep rev hon pres supt insp det cpl pvt brig
		inc ltd co corp bros dept univ assn
		jan feb mar apr jun jul aug sep sept oct nov dec
		no nos vol pp fig approx est vs etc al cf
		u.s u.k u.n e.u e.g i.e a.m p.m d.c`) {
		m[w] = true
	}
	return m
}()

// trim narrows [s, e) to exclude white space at both ends.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

func isSpaceAt(text string, i int) bool {
	return unicode.IsSpace(firstRune(text[i:]))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Lang tells the language of a sentence by its letters: any kana, or more Han
// characters than Latin letters, makes it Japanese; Latin letters make it
// English; no letters at all make it "und".
func Lang(s string) string {
	var kana, han, latin int
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
			}
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー':
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r) && r <= 0x24F:
			latin++
		}
	}
	switch {
	case kana > 0 || han > latin:
		return "ja"
	case latin > 0:
		return "en"
	}
	return "und"
}
