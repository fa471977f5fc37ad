package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrimName returns m with its span cut to the name it holds, or false when
// nothing of a name is left. Taggers label tokens, and a run of name labels
// can cross punctuation a name never holds: a bracket opened or closed
// outside the span ("President (Donald) Trump" tagged "Donald) Trump",
// "LG Uplus（APTにハッキング" tagged "LG Uplus（APT"), or a mark left before
// a word (">Intel" after a stray tag, "．Etsy"). Both extractors pass every
// mention through it, so the rule holds in one place for both languages.
//
// A span cut at an opener keeps the name before it ("金正日(キム・ジョンイル"
// gives 金正日). One cut after a closer keeps the rest only for a person
// (a surname: "Donald) Trump" gives Trump) or when it still reads as a
// whole name (two words or more, or four characters of Japanese script):
// what is left of "VDV) Division" or "(ヤンサン)市" is a generic head.
func TrimName(text string, m Mention) (Mention, bool) {
	s, e := m.Start, m.End
	if s < 0 || e > len(text) || s >= e {
		return m, false
	}
	headCut := false
	if cs, ce, ok := balanced(text[s:e]); !ok {
		// A bracket at the edge ("（Etsy") cuts nothing of a name. A
		// closer with words before it leaves the tail of the bracket's
		// sentence: a surname, or a generic head ("VDV) Division"). An
		// opener with words after it leaves the name before a gloss
		// ("金正日(キム・ジョンイル").
		headCut = strings.IndexFunc(text[s:s+cs], nameRune) >= 0
		s, e = s+cs, s+ce
	}
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if nameRune(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if nameRune(r) || r == '.' || r == ')' && strings.ContainsRune(text[s:e], '(') || r == '）' && strings.ContainsRune(text[s:e], '（') {
			break
		}
		e -= n
	}
	if s >= e || strings.IndexFunc(text[s:e], unicode.IsLetter) < 0 {
		return m, false
	}
	if headCut && !wholeName(text[s:e]) && m.Type != Person {
		return m, false
	}
	if s != m.Start || e != m.End {
		m.Start, m.End, m.Text = s, e, text[s:e]
	}
	return m, true
}

// nameRune reports whether r may start or end a name: a letter, a digit or
// a mark ("7-Eleven", "Jr.", "AT&T" keep theirs inside).
func nameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// closers maps each bracket that opens to the one that closes it.
var closers = map[rune]rune{
	'(': ')', '（': '）', '[': ']', '［': '］', '{': '}', '<': '>', '＜': '＞',
	'「': '」', '『': '』', '【': '】', '〈': '〉', '《': '》', '〔': '〕',
}

// openers maps each closing bracket to the one that opens it.
var openers = func() map[rune]rune {
	m := make(map[rune]rune, len(closers))
	for o, c := range closers {
		m[c] = o
	}
	return m
}()

// balanced reports whether every bracket in name is closed inside it. When
// not, it returns the part outside the unmatched brackets: what follows
// the last closer without its opener, up to the first opener left open.
func balanced(name string) (start, end int, ok bool) {
	type open struct {
		r   rune
		pos int
	}
	var stack []open
	start, end, ok = 0, len(name), true
	for i, r := range name {
		if _, isOpen := closers[r]; isOpen {
			stack = append(stack, open{r, i})
			continue
		}
		o, isClose := openers[r]
		if !isClose {
			continue
		}
		if n := len(stack); n > 0 && stack[n-1].r == o {
			stack = stack[:n-1]
			continue
		}
		// A closer whose opener lies before the span: what came before it
		// is the inside of a bracket.
		start, ok = i+utf8.RuneLen(r), false
		stack = stack[:0]
	}
	if len(stack) > 0 {
		end, ok = stack[0].pos, false
	}
	if start > end {
		start = end
	}
	return start, end, ok
}

// wholeName reports whether a part left by a bracket cut still reads as a
// name on its own: two words or more in Latin script, or four characters
// or more in Japanese script.
func wholeName(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsRune(s, ' ') {
		return true
	}
	cjk := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	return cjk >= 4
}
