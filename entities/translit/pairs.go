package translit

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/chronograph/chronograph/entities/namedict"
)

// ReadPairs reads name pairs as JSON lines ({"en": "redding", "ja":
// "レディング"}, the Wikidata pairs of en-ja-translit.dev.jsonl) and keeps
// those of one word in each script: an English word with no space or hyphen
// and a katakana one.
func ReadPairs(r io.Reader) ([]Pair, error) {
	var out []Pair
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		var p struct{ En, Ja string }
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("name pairs line %d: %w", line, err)
		}
		if p.En == "" || !IsKatakana(p.Ja) || strings.ContainsAny(p.En, " -") {
			continue
		}
		out = append(out, Pair{En: p.En, Ja: p.Ja})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("name pairs: %w", err)
	}
	return out, nil
}

// TuneHalf reports whether a pair with this English name is in the tune half
// of a set of name pairs (the FNV hash of the lower-cased name is even), which
// the model and the linking thresholds are chosen on; the other half is held
// out to measure them. One English name is never in both halves.
func TuneHalf(en string) bool {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(en)))
	return h.Sum32()%2 == 0
}

// personKinds are the ENAMDICT name types of people: surnames (s), given
// names (g, m, f), full names (h) and names not classified (u), which in
// katakana are mostly foreign surnames (アークエット Arquette).
var personKinds = map[string]bool{"s": true, "g": true, "m": true, "f": true, "h": true, "u": true}

// ReadENAMDICT reads the katakana person names of ENAMDICT (the EDRDG's
// Japanese proper-name dictionary, EUC-JP text as Debian's enamdict package
// installs it in /usr/share/edict/enamdict; namedict.ReadENAMDICT parses
// it) with their English glosses, as name pairs of one word each: "アーウィン /(m) Irwin/" gives
// Irwin ↔ アーウィン, and a full name whose parts are written apart gives
// one pair a part when both scripts have as many ("アーサー・ミラー /(h)
// Arthur Miller/": Arthur ↔ アーサー, Miller ↔ ミラー). Glosses of places,
// products or companies, glosses with notes or anything but letters, and
// full names written without separators are left out. A name with several
// glosses (アービン: Ervine, Irvine) gives a pair for each.
func ReadENAMDICT(r io.Reader) ([]Pair, error) {
	var out []Pair
	seen := map[Pair]bool{}
	_, err := namedict.ReadENAMDICT(r, func(e namedict.Entry) {
		if !IsKatakana(e.Name) {
			return
		}
		ja := strings.FieldsFunc(e.Name, isNameSeparator)
		for _, g := range e.Glosses {
			en := strings.Fields(g.English)
			if !slices.ContainsFunc(g.Kinds, func(k string) bool { return personKinds[k] }) || len(en) != len(ja) || !lettersOnly(en) {
				continue
			}
			for i := range en {
				p := Pair{En: en[i], Ja: ja[i]}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	})
	return out, err
}

// isNameSeparator reports whether r separates the parts of a katakana name.
func isNameSeparator(r rune) bool { return r == '・' || r == '･' || r == '=' || r == '＝' }

// lettersOnly reports whether every word is two letters or more with no
// character but letters and apostrophes (O'Brien), and not in capitals
// alone (an acronym is spelt out, not transliterated).
func lettersOnly(words []string) bool {
	for _, w := range words {
		n, upper := 0, true
		for _, r := range w {
			switch {
			case unicode.IsLetter(r) && r < 0x250:
				n++
				upper = upper && unicode.IsUpper(r)
			case r == '\'' || r == '’':
			default:
				return false
			}
		}
		if n < 2 || upper {
			return false
		}
	}
	return true
}

// WithoutNames returns the pairs of extra that share neither the English
// name (in any case) nor the katakana with a pair of names: training pairs
// from another source, kept apart from the pairs a model is measured on.
func WithoutNames(extra, names []Pair) []Pair {
	en, ja := map[string]bool{}, map[string]bool{}
	for _, p := range names {
		en[strings.ToLower(p.En)], ja[p.Ja] = true, true
	}
	var out []Pair
	for _, p := range extra {
		if !en[strings.ToLower(p.En)] && !ja[p.Ja] {
			out = append(out, p)
		}
	}
	return out
}
