package translit

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"
)

// devFile holds English ↔ katakana name pairs from Wikidata (CC0), kept
// outside the repository beside it, as in CI.
const devFile = "../../../shared/eval/en-ja-translit.dev.jsonl"

type namePair struct{ En, Ja string }

func loadPairs(t testing.TB) []namePair {
	f, err := os.Open(devFile)
	if err != nil {
		t.Skipf("dev data not available: %v", err)
	}
	defer f.Close()
	var pairs []namePair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p namePair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s: %v", devFile, err)
		}
		if p.En != "" && IsKatakana(p.Ja) {
			pairs = append(pairs, p)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return pairs
}

// top1 returns the share of pairs whose katakana is closest to its own English
// name among it and `distractors` other English names drawn with a fixed seed.
// A tie with a distractor counts as a miss.
func top1(pairs []namePair, distractors int, from, step int) (float64, int) {
	jaKeys, enKeys := make([]key, len(pairs)), make([]key, len(pairs))
	for i, p := range pairs {
		jaKeys[i], enKeys[i] = key(Key(p.Ja)), latinKey(p.En)
	}
	rng := rand.New(rand.NewPCG(2025, 4))
	right, n := 0, 0
	for i := from; i < len(pairs); i += step {
		best := keyDistance(jaKeys[i], enKeys[i])
		ok := true
		for d := 0; d < distractors; d++ {
			q := rng.IntN(len(pairs))
			if pairs[q].En == pairs[i].En {
				continue
			}
			if keyDistance(jaKeys[i], enKeys[q]) <= best {
				ok = false
			}
		}
		if ok {
			right++
		}
		n++
	}
	return float64(right) / float64(n), n
}

// TestTranslitAccuracy measures top-1 accuracy of picking a katakana name's
// English spelling among it and 99 random others from the Wikidata pairs.
func TestTranslitAccuracy(t *testing.T) {
	pairs := loadPairs(t)
	step := 1
	if testing.Short() {
		step = 10
	}
	acc, n := top1(pairs, 99, 0, step)
	t.Logf("top-1 accuracy among 100 candidates: %.4f over %d pairs", acc, n)
	if acc < 0.90 {
		t.Errorf("top-1 accuracy %.4f, want ≥ 0.90", acc)
	}
}
