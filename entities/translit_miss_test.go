package entities

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities/translit"
)

// TestTranslitMisses counts, by kind, why the tune half's katakana names
// miss their English twin in the corpora of TestTranslitCV (100 names and
// as many twinless katakana names, each fold's names linked with the model
// that did not see them), with examples of each kind
// (CHRONOGRAPH_TUNE_MISSES=1; the fold models as cvFolds makes them). The
// scorer is DefaultLinkScorer, fitted to all five folds: the kinds show
// where the names are lost, not a figure to quote. CHRONOGRAPH_TUNE_MISSES=ties
// lists each tie of sound with its rivals' distance and cost.
func TestTranslitMisses(t *testing.T) {
	if os.Getenv("CHRONOGRAPH_TUNE_MISSES") == "" {
		t.Skip("set CHRONOGRAPH_TUNE_MISSES=1")
	}
	tests, models := cvFolds(t)
	kinds := map[string]int{}
	examples := map[string][]string{}
	n := 0
	for f := range 5 {
		opts := ResolverOptions{Gazetteer: noGazetteer, TranslitModel: models[f]}
		r := NewResolver(opts)
		pool := 100
		drawCorpora(tests[f], pool, pool, 3*len(tests[f])/pool, func(picked, decoy []translitPair) {
			joined, enDropped := resolveDrawn(r, picked, decoy)
			names := candidatePool{}
			for i, p := range picked {
				names.add(Person, translitCandidate{name: p.En, key: translit.Key(p.En), root: int32(i), rank: p.En})
			}
			for i, p := range picked {
				n++
				actual := "none"
				switch j := joined[i]; {
				case enDropped[i]:
					actual = "en dropped"
				case j == joinedDropped:
					actual = "ja dropped"
				case j == i:
					actual = "right"
				case j >= 0:
					actual = "wrong"
				}
				if actual == "right" {
					kinds["right"]++
					continue
				}
				why := missKind(r, p, int32(i), names)
				if actual == "wrong" {
					why = "WRONG " + why
				} else if actual != "none" {
					why = actual
				}
				kinds[why]++
				if len(examples[why]) < 25 {
					examples[why] = append(examples[why], fmt.Sprintf("%s=%s(%s/%s)", p.Ja, p.En, translit.Key(p.Ja), translit.Key(p.En)))
				}
			}
		})
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if kinds[ks[i]] != kinds[ks[j]] {
			return kinds[ks[i]] > kinds[ks[j]]
		}
		return ks[i] < ks[j]
	})
	for _, k := range ks {
		t.Logf("%6d %5.2f%% %s: %s", kinds[k], 100*float64(kinds[k])/float64(n), k, strings.Join(examples[k], " "))
	}
}

// missKind says which step of linkTransliterations keeps katakana name p.Ja
// from joining its own English name (root own) in pool names.
func missKind(r *Resolver, p translitPair, own int32, names candidatePool) string {
	key := translit.Key(p.Ja)
	if len(key) < 3 {
		return "short key"
	}
	if r.gaz.IsKatakanaWord(p.Ja) {
		return "katakana word"
	}
	all := names[Person][translit.SoundClass(key[0])]
	var mine *translitCandidate
	for i := range all {
		if all[i].root == own {
			mine = &all[i]
		}
	}
	if mine == nil {
		return "first sound class"
	}
	cands := r.nearNames(key, "", all, personNear)
	found := false
	for _, c := range cands {
		found = found || c.root == own
	}
	if !found {
		if d := len(mine.key) - len(key); d > len(key)/2+3 || -d > len(key)/2+3 {
			return "length"
		}
		d := translit.KeyDistance(key, mine.key)
		return fmt.Sprintf("sound far %.1f", float64(int(d*10))/10)
	}
	top, f, _ := r.rankPersons(p.Ja, cands) // cands holds own
	if top.root != own {
		return "ranked second"
	}
	switch r.personDecider(f) {
	case bySound:
		if os.Getenv("CHRONOGRAPH_TUNE_MISSES") == "ties" {
			m := r.model()
			var rs []string
			for _, c := range cands {
				if c.root != own && c.d < f.d+r.margin() {
					rs = append(rs, fmt.Sprintf("%s d%.2f c%.2f", c.name, c.d, m.Cost(p.Ja, c.name)))
				}
			}
			return fmt.Sprintf("tie: own d%.2f c%.2f; %s", f.d, f.cost, strings.Join(rs, ", "))
		}
		return "tie by sound"
	case byCost:
		return fmt.Sprintf("cost > max (%.0f)", f.cost)
	}
	if r.pickPerson(top, f) < 0 {
		return "scorer"
	}
	if !r.glossedAs(p.Ja, cands, own) {
		return "noun gloss rule"
	}
	return "other"
}
