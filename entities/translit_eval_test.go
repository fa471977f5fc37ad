package entities

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities/translit"
)

// translitDev holds English ↔ katakana person-name pairs from Wikidata
// (CC0), kept outside the repository beside it.
const translitDev = "../../shared/eval/en-ja-translit.dev.jsonl"

type translitPair struct{ En, Ja string }

// loadTranslitHalf returns the dev pairs of one half: a pair is in the tune
// half when the FNV hash of its English name is even, else in the held-out
// half, so that one English name is never in both.
func loadTranslitHalf(t testing.TB, tune bool) []translitPair {
	f, err := os.Open(translitDev)
	if err != nil {
		t.Skipf("dev data not available: %v", err)
	}
	defer f.Close()
	var out []translitPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p translitPair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s: %v", translitDev, err)
		}
		if p.En == "" || !translit.IsKatakana(p.Ja) || strings.ContainsAny(p.En, " -") {
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(strings.ToLower(p.En)))
		if (h.Sum32()%2 == 0) == tune {
			p.En = strings.ToUpper(p.En[:1]) + p.En[1:]
			out = append(out, p)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// translitScores runs the resolver on corpora of pool different names that
// co-occur: each English name and each katakana name is a document of its
// own, so only a transliteration link can join them. It returns the share of
// katakana names joined to their own English name (right) and to another's
// (wrong), over rounds pools drawn with a fixed seed.
func translitScores(pairs []translitPair, pool, rounds int, opts ResolverOptions) (right, wrong float64, n int) {
	rng := rand.New(rand.NewPCG(18, uint64(pool)))
	r := NewResolver(opts)
	var nRight, nWrong int
	for range rounds {
		seenEn, seenJa := map[string]bool{}, map[string]bool{}
		var picked []translitPair
		for _, i := range rng.Perm(len(pairs)) {
			p := pairs[i]
			if seenEn[strings.ToLower(p.En)] || seenJa[p.Ja] {
				continue
			}
			seenEn[strings.ToLower(p.En)], seenJa[p.Ja] = true, true
			picked = append(picked, p)
			if len(picked) == pool {
				break
			}
		}
		var docs []DocMentions
		for _, p := range picked {
			docs = append(docs, DocMentions{Mentions: []Mention{{Text: p.En, Type: Person, Lang: "en"}}})
		}
		for _, p := range picked {
			docs = append(docs, DocMentions{Mentions: []Mention{{Text: p.Ja, Type: Person, Lang: "ja"}}})
		}
		_, of := r.Resolve(docs)
		enEntity := map[int]int{}
		for i := range picked {
			if of[i][0] >= 0 { // not dropped as junk ("May")
				enEntity[of[i][0]] = i
			}
		}
		for i := range picked {
			e := of[len(picked)+i][0]
			switch j, ok := enEntity[e]; {
			case e < 0: // dropped: a katakana word that names no one
			case ok && j == i:
				nRight++
			case ok:
				nWrong++
			}
		}
		n += len(picked)
	}
	return float64(nRight) / float64(n), float64(nWrong) / float64(n), n
}

// TestTranslitLinks measures katakana ↔ English person links through the
// resolver on the held-out half of the Wikidata pairs, in corpora of 100
// and 300 different names. Measured: 89.7% right and 1.2% wrong merges with
// 100 names, 87.7% and 2.0% with 300; the test holds the line at 89% right
// and under 1.5% wrong (100 names), under 2.5% wrong (300 names).
func TestTranslitLinks(t *testing.T) {
	if testing.Short() {
		t.Skip("scores thousands of names")
	}
	held := loadTranslitHalf(t, false)
	opts := ResolverOptions{Gazetteer: noGazetteer}
	for _, c := range []struct {
		pool            int
		right, maxWrong float64
	}{{100, 0.89, 0.015}, {300, 0.86, 0.025}} {
		right, wrong, n := translitScores(held, c.pool, 3000/c.pool, opts)
		t.Logf("held-out, %d names per corpus: right %.4f, wrong merges %.4f (%d katakana names)", c.pool, right, wrong, n)
		if right < c.right || wrong >= c.maxWrong {
			t.Errorf("%d names per corpus: right %.4f (want ≥ %.2f), wrong %.4f (want < %.3f)", c.pool, right, c.right, wrong, c.maxWrong)
		}
	}
}

// TestTranslitTune prints the scores of thresholds on the tune half, in a
// corpus of 300 names (CHRONOGRAPH_TUNE=1 to run).
func TestTranslitTune(t *testing.T) {
	if os.Getenv("CHRONOGRAPH_TUNE") == "" {
		t.Skip("set CHRONOGRAPH_TUNE=1")
	}
	tune := loadTranslitHalf(t, true)
	for _, th := range []float64{0.2, 0.24, 0.28, 0.32, 0.36} {
		for _, m := range []float64{0.01, 0.03, 0.05, 0.08} {
			opts := ResolverOptions{Gazetteer: noGazetteer, TranslitThreshold: th, TranslitMargin: m}
			r1, w1, _ := translitScores(tune, 100, 30, opts)
			r3, w3, _ := translitScores(tune, 300, 10, opts)
			t.Logf("threshold %.2f margin %.2f: 100 names right %.4f wrong %.4f; 300 names right %.4f wrong %.4f", th, m, r1, w1, r3, w3)
		}
	}
}
