package translit

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
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
