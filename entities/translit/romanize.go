// Package translit compares names written in katakana with names written in
// Latin letters, so that ゼレンスキー can be linked to Zelensky and ケロッグ to
// Kellogg without a dictionary.
//
// Romanize turns katakana into Hepburn romanisation with the conventions used
// for loanwords (ヴ = v, ティ = ti, ファ = fa, ー lengthens the vowel, ッ doubles
// the next consonant). Distance then compares a katakana name with an English
// spelling through a weighted edit distance that knows how Japanese renders
// English sounds: l and r are one sound, v becomes b, th becomes s, vowels are
// inserted between consonants and after a final consonant (Kellogg → ケロッグ
// keroggu), and a post-vocalic r is dropped (Walker → ウォーカー).
package translit

import (
	"strings"
	"unicode"
)

// kana maps each katakana syllable to its Hepburn romanisation.
var kana = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヰ': "i", 'ヱ': "e", 'ヲ': "o", 'ン': "n",
	'ヴ': "vu", 'ヷ': "va", 'ヸ': "vi", 'ヹ': "ve", 'ヺ': "vo",
	// Small kana standing alone (not combined with the kana before them).
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o",
	'ャ': "ya", 'ュ': "yu", 'ョ': "yo", 'ヮ': "wa", 'ヵ': "ka", 'ヶ': "ke",
}

// smallVowel is the vowel of a small kana that combines with the kana before it.
var smallVowel = map[rune]string{'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o", 'ヮ': "wa"}

// smallY is the glide of a small ya/yu/yo.
var smallY = map[rune]string{'ャ': "ya", 'ュ': "yu", 'ョ': "yo"}

// onset returns the consonant part of a syllable's romanisation, with the
// loanword readings of the vowel-initial kana: ウ+ィ = wi, イ+ェ = ye, ク+ァ = kwa.
func onset(syl string) string {
	switch syl {
	case "u":
		return "w"
	case "i":
		return "y"
	case "ku":
		return "kw"
	case "gu":
		return "gw"
	}
	return strings.TrimRight(syl, "aiueo")
}

// Romanize returns the Hepburn romanisation of s with the loanword
// conventions: ゼレンスキー → zerensukii, ケロッグ → keroggu, ヴァンス → vansu,
// ティム → timu. A long-vowel mark repeats the vowel, ・ and spaces become one
// space, hiragana is read as katakana, and other characters are kept, lower-cased.
func Romanize(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r >= 'ぁ' && r <= 'ゖ' {
			rs[i] = r + 'ァ' - 'ぁ'
		}
	}
	var b strings.Builder
	gem := false // a small ッ is waiting for the next consonant
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var syl string
		switch {
		case r == 'ッ':
			gem = true
			continue
		case r == 'ー' || r == '〜':
			if v := lastVowel(b.String()); v != 0 {
				b.WriteByte(v)
			}
			continue
		case r == '・' || r == '･' || r == '=' || r == '＝' || unicode.IsSpace(r):
			if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
			continue
		}
		base, ok := kana[r]
		if !ok {
			b.WriteString(strings.ToLower(string(r)))
			gem = false
			continue
		}
		syl = base
		if i+1 < len(rs) && base != "n" {
			next := rs[i+1]
			if v, ok := smallVowel[next]; ok && len(base) > 0 && !isSmall(r) {
				syl = onset(base) + v
				if syl == "yi" || syl == "wu" {
					syl = v // イィ, ウゥ: just the vowel
				}
				i++
			} else if y, ok := smallY[next]; ok && strings.HasSuffix(base, "i") && len(base) > 1 {
				c := strings.TrimSuffix(base, "i")
				if c == "sh" || c == "ch" || c == "j" {
					y = y[1:]
				}
				syl = c + y
				i++
			} else if y, ok := smallY[next]; ok && (base == "te" || base == "de" || base == "fu" || base == "vu") {
				syl = onset(base) + y // テュ = tyu, フュ = fyu
				i++
			}
		}
		if gem && syl != "" && !strings.ContainsRune("aiueon", rune(syl[0])) {
			if strings.HasPrefix(syl, "ch") {
				b.WriteByte('t') // Hepburn: ッチ = tchi
			} else {
				b.WriteByte(syl[0])
			}
		}
		gem = false
		b.WriteString(syl)
	}
	return strings.TrimSpace(b.String())
}

func isSmall(r rune) bool {
	_, v := smallVowel[r]
	_, y := smallY[r]
	return v || y
}

func lastVowel(s string) byte {
	if s == "" {
		return 0
	}
	c := s[len(s)-1]
	if strings.IndexByte("aiueo", c) >= 0 {
		return c
	}
	return 0
}

// IsKatakana reports whether s is written in katakana (with ー, ・ and spaces
// allowed) and contains at least one katakana letter.
func IsKatakana(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == 'ー' || r == '・' || r == '･' || r == '=' || r == '＝' || r == ' ':
		case unicode.Is(unicode.Katakana, r):
			n++
		default:
			return false
		}
	}
	return n > 0
}
