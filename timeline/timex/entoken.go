package timex

import (
	"strings"
	"unicode/utf8"
)

// English sentences are cut into tokens first: words of ASCII letters,
// numbers (with their digit grouping and attached letters: "1990s", "7th"),
// and single punctuation marks. Spaces are dropped; whether two tokens touch
// is told by their offsets. Words are looked up once in the vocabulary, so
// the rules below compare small integers instead of strings.

type tokKind uint8

const (
	tkWord tokKind = iota + 1
	tkNum
	tkPunct
)

type token struct {
	s, e   int
	kind   tokKind
	cls    wordClass // tkWord: vocabulary class, or clsNone
	flags  wordFlag  // tkWord: vocabulary roles
	val    int       // tkWord: class-specific value; tkNum: the number
	cap    bool      // tkWord: starts with an upper-case letter
	digits int       // tkNum: number of digits before any separator
	group  bool      // tkNum: holds a ',' or '.' ("2,000", "3.5")
	suffix string    // tkNum: letters glued on, lower-case ("th", "s")
	punct  byte      // tkPunct: the mark, with typographic dashes and quotes folded to ASCII
}

// tokenizeEnglish cuts s into tokens and reports whether any of them can
// start a temporal expression (a number or a vocabulary trigger word).
func tokenizeEnglish(s string, toks []token) ([]token, bool) {
	trigger := false
	var low [16]byte
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			t := token{s: i, e: j, kind: tkWord, cap: c >= 'A' && c <= 'Z'}
			if j-i <= len(low) {
				for k := i; k < j; k++ {
					low[k-i] = s[k] | 0x20
				}
				if w, ok := vocab[string(low[:j-i])]; ok {
					t.cls, t.val, t.flags = w.cls, w.val, w.flags
					trigger = trigger || w.cls >= clsTrigger
				}
			}
			toks = append(toks, t)
			i = j
		case c >= '0' && c <= '9':
			t, j := scanNumber(s, i)
			toks = append(toks, t)
			trigger = true
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c < utf8.RuneSelf:
			toks = append(toks, token{s: i, e: i + 1, kind: tkPunct, punct: c})
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			p := byte('?')
			switch r {
			case '\u2019', '\u2018':
				p = '\''
			case '\u2013', '\u2014', '\u2010', '\u2011':
				p = '-'
			}
			if r == '\u00a0' || r == '\u3000' {
				i += n
				continue
			}
			toks = append(toks, token{s: i, e: i + n, kind: tkPunct, punct: p})
			i += n
		}
	}
	return toks, trigger
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber reads the number starting at s[i]: digits, thousands groups
// ("2,000"), a decimal part ("3.5") and glued letters ("7th", "1990s").
func scanNumber(s string, i int) (token, int) {
	t := token{s: i, kind: tkNum}
	j := i
	n := 0
	for j < len(s) && isDigit(s[j]) {
		if n < 100000000 {
			n = n*10 + int(s[j]-'0')
		}
		j++
	}
	t.digits = j - i
	for j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if s[j] == ',' && k-j-1 != 3 {
			break
		}
		t.group = true
		j = k
	}
	k := j
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	if k > j && k-j <= 4 {
		t.suffix = s[j:k]
		if strings.ToLower(t.suffix) != t.suffix { // rare: "7TH", "3PM"
			t.suffix = strings.ToLower(t.suffix)
		}
		j = k
	}
	t.val = n
	t.e = j
	return t, j
}
