package japanese

import (
	"unicode"
	"unicode/utf8"
)

// script is the writing system of a rune or a token. Japanese names are
// largely recognisable by script: foreign names are katakana, Japanese names
// kanji, and Latin tokens in Japanese text are acronyms or junk.
type script uint8

const (
	scOther script = iota
	scKanji
	scHiragana
	scKatakana // including the prolonged sound mark ー
	scLatin
	scDigit
	scDot   // the name separators ・ and ＝ and =
	scSpace // spaces
	scPunct // other punctuation and symbols
	scMixed // a token mixing scripts
)

var scriptNames = [...]string{"other", "kanji", "hira", "kata", "latin", "digit", "dot", "space", "punct", "mixed"}

func (s script) String() string { return scriptNames[s] }

// runeScript classifies one rune.
func runeScript(r rune) script {
	switch {
	case r == '・' || r == '･' || r == '＝' || r == '=':
		return scDot
	case r == 'ー' || r == 'ｰ' || (r >= 'ァ' && r <= 'ヺ') || (r >= 'ヽ' && r <= 'ヿ') || (r >= 'ｦ' && r <= 'ﾝ') || (r >= 'ㇰ' && r <= 'ㇿ'):
		return scKatakana
	case r >= 'ぁ' && r <= 'ゟ':
		return scHiragana
	case r == '々' || r == '〆' || r == 'ヶ' || r == 'ヵ' || unicode.Is(unicode.Han, r):
		return scKanji
	case r < utf8.RuneSelf:
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			return scLatin
		case r >= '0' && r <= '9':
			return scDigit
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			return scSpace
		}
		return scPunct
	case r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ' || unicode.IsLetter(r) && unicode.In(r, unicode.Latin):
		return scLatin
	case r >= '０' && r <= '９' || unicode.IsDigit(r):
		return scDigit
	case unicode.IsSpace(r):
		return scSpace
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return scPunct
	}
	return scOther
}

// stringScript returns the script shared by every rune of s, or scMixed.
func stringScript(s string) script {
	sc := scOther
	for i, r := range s {
		rs := runeScript(r)
		if i == 0 {
			sc = rs
		} else if rs != sc {
			return scMixed
		}
	}
	return sc
}

// firstRune and lastRune return the first and last rune of s as a string
// (empty for empty s), without allocating.
func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// lastRunes returns the last n runes of s (all of s if shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
