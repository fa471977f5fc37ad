package translit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A key is a name as a sequence of sound symbols shared by both scripts:
// vowels a i u e o, consonants in lower case, and upper-case symbols for sounds
// that Latin spells with two letters: S = sh, C = ch, T = ts, N = a moraic n
// (ン before a consonant or at the end), E = the vowel of English er, ir, ur
// before a consonant, which Japanese writes ā (Turner → ターナー).
type key []byte

// Key returns the sound key of a name: katakana is romanised first; Latin
// spelling is read the way Japanese hears English (l = r, v = b, th = s, ph = f,
// c before e/i/y = s, doubled letters once, a final silent e dropped).
func Key(name string) string {
	if IsKatakana(strings.TrimSpace(name)) {
		return string(japaneseKey(Romanize(name)))
	}
	return string(latinKey(name))
}

// SoundClass groups the first sound of a key, so that a katakana name is only
// compared with Latin names that could begin like it.
func SoundClass(c byte) byte {
	switch c {
	case 'a', 'i', 'u', 'e', 'o', 'E', 'y', 'w':
		return 'V'
	case 'b', 'p', 'f', 'h':
		return 'P'
	case 's', 'z', 'S', 'j', 'T', 'C':
		return 'S'
	case 'k', 'g':
		return 'K'
	case 't', 'd':
		return 'D'
	case 'n', 'm', 'N':
		return 'N'
	}
	return c
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' || c == 'E'
}

// japaneseKey turns a Hepburn romanisation into a key.
func japaneseKey(rom string) key {
	var k key
	for i := 0; i < len(rom); i++ {
		c := rom[i]
		next := byte(0)
		if i+1 < len(rom) {
			next = rom[i+1]
		}
		switch {
		case c == ' ' || c == '-':
			continue
		case !isVowel(c) && c != 'n' && i+2 < len(rom) && (rom[i+1:i+3] == "sh" || rom[i+1:i+3] == "ch" || rom[i+1:i+3] == "ts"):
			continue // ッ before a two-letter consonant: asshu, matchi
		case c == 's' && next == 'h':
			c = 'S'
			i++
		case c == 'c' && next == 'h':
			c = 'C'
			i++
		case c == 't' && next == 's':
			c = 'T'
			i++
		case c == 'n' && !isVowel(next) && next != 'y':
			c = 'N'
		case c == 'v':
			c = 'b'
		case c == 'l':
			c = 'r'
		case c < 'a' || c > 'z':
			continue
		}
		// ッ doubles a consonant and ー repeats a vowel: English hears one.
		if len(k) > 0 && k[len(k)-1] == c {
			continue
		}
		k = append(k, c)
	}
	return k
}

// latinKey turns a Latin spelling into a key.
func latinKey(name string) key {
	var s []byte
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case r == '\u030C' && len(s) > 0: // háček: č = ch, š = sh, ž = zh (ジ)
			switch s[len(s)-1] {
			case 'c':
				s[len(s)-1] = 'C'
			case 's':
				s[len(s)-1] = 'S'
			case 'z':
				s[len(s)-1] = 'j'
			}
		case r == '\u0301' && len(s) > 0 && s[len(s)-1] == 'c': // Slavic ć = ch
			s[len(s)-1] = 'C'
		case r >= 'a' && r <= 'z':
			s = append(s, byte(r))
		case r == 'ß':
			s = append(s, 's', 's')
		case r == 'ø' || r == 'œ':
			s = append(s, 'o')
		case r == 'æ':
			s = append(s, 'a')
		case r == 'ł':
			s = append(s, 'w')
		case r == 'đ':
			s = append(s, 'j') // Serbo-Croatian đ = ジ
		case r == 'ð':
			s = append(s, 'd')
		case r == 'ı':
			s = append(s, 'i')
		case unicode.Is(unicode.Mn, r):
		}
	}
	at := func(i int) byte {
		if i >= 0 && i < len(s) {
			return s[i]
		}
		return 0
	}
	var k key
	for i := 0; i < len(s); i++ {
		c, n := s[i], at(i+1)
		switch {
		case c == 's' && n == 'c' && at(i+2) == 'h':
			c, i = 'S', i+2
		case c == 't' && n == 's' && at(i+2) == 'c' && at(i+3) == 'h':
			c, i = 'C', i+3
		case c == 't' && n == 'c' && at(i+2) == 'h':
			c, i = 'C', i+2
		case c == 's' && n == 'h', c == 's' && n == 'z': // English sh, Polish sz
			c, i = 'S', i+1
		case c == 'c' && n == 'h', c == 'c' && n == 'z', c == 'c' && n == 's': // ch, Polish cz, Hungarian cs
			c, i = 'C', i+1
		case c == 't' && (n == 's' || n == 'z'):
			c, i = 'T', i+1
		case c == 'k' && n == 'h':
			c, i = 'h', i+1 // Russian kh: Mikhail → ミハイル
		case c == 'm' && n == 'c' && i == 0:
			k = append(k, 'm', 'a') // Mc → マク
			c, i = 'k', i+1
		case c == 'e' && n == 'w' && (i+2 == len(s) || !isVowel(at(i+2))):
			k = append(k, 'y')
			c, i = 'u', i+1 // ew → ユー: Newman
		case c == 'p' && n == 'h':
			c, i = 'f', i+1
		case c == 't' && n == 'h':
			c, i = 's', i+1
		case c == 'c' && n == 'k':
			c, i = 'k', i+1
		case c == 'd' && n == 'g' && (at(i+2) == 'e' || at(i+2) == 'i'):
			c, i = 'j', i+1
		case c == 'g' && n == 'h':
			i++
			if i > 1 {
				continue // silent gh: Knight, Vaughan
			}
		case c == 'k' && n == 'n' && i == 0, c == 'w' && n == 'r' && i == 0:
			continue
		case c == 'w' && n == 'h':
			c, i = 'w', i+1
		case c == 'q':
			k = append(k, 'k')
			c = 'w'
			if n == 'u' {
				i++
			}
		case c == 'x' && i == 0:
			c = 'z' // Xavier → ザビエル
		case c == 'x':
			k = append(k, 'k')
			c = 's'
		case c == 'c':
			if n == 'e' || n == 'i' || n == 'y' {
				c = 's'
			} else {
				c = 'k'
			}
		case c == 'l':
			c = 'r'
		case c == 'v':
			c = 'b'
		case c == 'y':
			if !isVowel(n) || i == len(s)-1 {
				c = 'i'
			}
		case c == 'e' && n == 'a' && at(i+2) == 'u':
			c, i = 'o', i+2 // French eau: Rousseau → ルソー
		case c == 'e' && (n == 'e' || n == 'a') && i > 0:
			c, i = 'i', i+1
		case c == 'o' && n == 'o':
			c, i = 'u', i+1
		case (c == 'e' || c == 'i' || c == 'u') && n == 'r' && !isVowel(at(i+2)) && at(i+2) != 'r' && i > 0:
			c = 'E'
		case c == 'e' && i == len(s)-1 && i >= 3 && !isVowel(at(i-1)) && isVowel(at(i-2)):
			continue // silent final e: Rose, Blake
		}
		if len(k) > 0 && k[len(k)-1] == c {
			continue
		}
		k = append(k, c)
	}
	return k
}

// Costs of the weighted edit distance, tuned on Wikidata name pairs.
const (
	costMismatch   = 1.0
	costEpenthesis = 0.15 // a vowel Japanese adds after a consonant: Kellogg → keroggu
	costExtraVowel = 0.5  // any other vowel only in the katakana
	costDropVowel  = 0.35 // a vowel only in the spelling: silent letters, diphthongs
	costDropFinalE = 0.3  // a final e, often silent in English: Vance → ヴァンス
	costDropH      = 0.25 // a silent h: John, Sarah
	costDropR      = 0.2  // a post-vocalic r: Walker → ウォーカー
	costGlide      = 0.3  // y or w on one side only
)

// pair costs of substituting one symbol for another, both orders.
var pair = map[[2]byte]float64{}

func init() {
	for _, p := range []struct {
		a, b string
		c    float64
	}{
		{"i", "e", 0.35}, {"o", "u", 0.35}, {"a", "o", 0.4}, {"a", "e", 0.4}, {"a", "u", 0.3},
		{"i", "u", 0.5}, {"e", "o", 0.5}, {"a", "i", 0.55}, {"e", "u", 0.5}, {"i", "o", 0.6},
		{"N", "n", 0}, {"N", "m", 0.1}, {"n", "m", 0.5},
		{"b", "w", 0.3}, {"b", "p", 0.6}, {"f", "h", 0.3}, {"f", "b", 0.6}, {"f", "p", 0.5},
		{"s", "z", 0.2}, {"s", "S", 0.3}, {"z", "j", 0.3}, {"S", "C", 0.4}, {"S", "j", 0.5},
		{"C", "T", 0.4}, {"T", "z", 0.3}, {"T", "s", 0.4}, {"T", "t", 0.5}, {"C", "k", 0.6}, {"C", "t", 0.4},
		{"j", "g", 0.4}, {"j", "y", 0.3}, {"h", "C", 0.4}, {"h", "k", 0.6},
		{"k", "g", 0.5}, {"t", "d", 0.5}, {"s", "C", 0.5}, {"r", "d", 0.6}, {"s", "t", 0.5},
		{"E", "a", 0.05}, {"E", "e", 0.15}, {"E", "u", 0.25}, {"E", "i", 0.25}, {"E", "o", 0.4},
		{"y", "i", 0.2}, {"w", "u", 0.2}, {"w", "o", 0.3}, {"y", "j", 0.3},
	} {
		pair[[2]byte{p.a[0], p.b[0]}] = p.c
		pair[[2]byte{p.b[0], p.a[0]}] = p.c
	}
	for x := range 128 {
		for y := range 128 {
			subTable[x][y] = slowSub(byte(x), byte(y))
		}
	}
}

// subTable holds sub for every pair of ASCII symbols: the edit distance
// asks for it in every cell, and a map lookup there was most of the time
// of linking a corpus's names.
var subTable [128][128]float64

func sub(x, y byte) float64 {
	if x < 128 && y < 128 {
		return subTable[x][y]
	}
	return slowSub(x, y)
}

func slowSub(x, y byte) float64 {
	if x == y {
		return 0
	}
	if c, ok := pair[[2]byte{x, y}]; ok {
		return c
	}
	if isVowel(x) && isVowel(y) {
		return 0.6
	}
	return costMismatch
}

// extraJa is the cost of a symbol that only the katakana has.
func extraJa(k key, i int) float64 {
	c := k[i]
	switch {
	case isVowel(c):
		prevCons := i > 0 && !isVowel(k[i-1]) && k[i-1] != 'N' && k[i-1] != 'y' && k[i-1] != 'w'
		nextCons := i+1 == len(k) || !isVowel(k[i+1])
		if prevCons && nextCons {
			switch {
			case c == 'u', c == 'o' && (k[i-1] == 't' || k[i-1] == 'd'), c == 'i' && (k[i-1] == 'C' || k[i-1] == 'j' || k[i-1] == 'k'):
				return costEpenthesis
			case c == 'i' || c == 'o':
				return 2 * costEpenthesis
			}
		}
		return costExtraVowel
	case c == 'y' || c == 'w':
		return costGlide
	}
	return costMismatch
}

// extraEn is the cost of a symbol that only the Latin spelling has.
func extraEn(k key, i int) float64 {
	c := k[i]
	switch {
	case c == 'e' && i+1 == len(k) && i > 0 && !isVowel(k[i-1]):
		return costDropFinalE
	case isVowel(c):
		return costDropVowel
	case c == 'h':
		return costDropH
	case c == 'g' && i > 0 && k[i-1] == 'n' && (i+1 == len(k) || !isVowel(k[i+1])):
		return costDropH // Ming → ミン
	case c == 'r' && i > 0 && k[i-1] == 'E':
		return costDropR / 4 // E already stands for the r-coloured vowel
	case c == 'r' && i > 0 && isVowel(k[i-1]) && (i+1 == len(k) || !isVowel(k[i+1])):
		return costDropR
	case c == 'y' || c == 'w':
		return costGlide
	}
	return costMismatch
}

// Distance returns how unlike a katakana name and a Latin spelling sound, from
// 0 (the usual rendering: ケロッグ and Kellogg) upwards; about 0.3 per symbol
// means unrelated. It is symmetric in the sense that either argument may be
// the katakana one; when both or neither are katakana, both are read as
// written. Word separators are ignored: マイク・ベンツ ≈ Mike Benz.
func Distance(a, b string) float64 {
	ja, en := a, b
	if !IsKatakana(strings.TrimSpace(ja)) && IsKatakana(strings.TrimSpace(en)) {
		ja, en = en, ja
	}
	return keyDistance(key(Key(ja)), latinKey(en))
}

// keyDistance is the weighted edit distance of two keys, divided by their mean
// length so that long and short names compare on one scale.
func keyDistance(j, e key) float64 {
	if len(j) == 0 || len(e) == 0 {
		return float64(len(j) + len(e))
	}
	// Two rows of the dynamic programme: prev[x] = distance of j[:i-1] and e[:x].
	var buf [2][64]float64
	prev, cur := buf[0][:0], buf[1][:0]
	if len(e)+1 > 64 {
		prev, cur = make([]float64, 0, len(e)+1), make([]float64, 0, len(e)+1)
	}
	prev = append(prev, 0)
	for x := range e {
		prev = append(prev, prev[x]+extraEn(e, x))
	}
	for i := range j {
		cur = cur[:0]
		cur = append(cur, prev[0]+extraJa(j, i))
		for x := range e {
			d := prev[x] + sub(j[i], e[x])
			if v := prev[x+1] + extraJa(j, i); v < d {
				d = v
			}
			if v := cur[x] + extraEn(e, x); v < d {
				d = v
			}
			cur = append(cur, d)
		}
		prev, cur = cur, prev
	}
	return 2 * prev[len(e)] / float64(len(j)+len(e))
}

// KeyDistance is Distance for keys computed beforehand with Key: jaKey from
// the katakana name, enKey from the Latin one. Linking many names is cheaper
// this way, since each key is computed once.
func KeyDistance(jaKey, enKey string) float64 {
	return keyDistance(key(jaKey), key(enKey))
}
