package entities

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/translit"
)

// translitDev holds English ↔ katakana person-name pairs from Wikidata
// (CC0), kept outside the repository beside it.
const translitDev = "../../shared/eval/en-ja-translit.dev.jsonl"

type translitPair = translit.Pair

// loadTranslitHalf returns the dev pairs of one half (translit.TuneHalf):
// the tune half the model and thresholds were chosen on, or the held-out one.
func loadTranslitHalf(t testing.TB, tune bool) []translitPair {
	f, err := os.Open(translitDev)
	if err != nil {
		t.Skipf("dev data not available: %v", err)
	}
	defer f.Close()
	pairs, err := translit.ReadPairs(f)
	if err != nil {
		t.Fatalf("%s: %v", translitDev, err)
	}
	var out []translitPair
	for _, p := range pairs {
		if translit.TuneHalf(p.En) == tune {
			// The first letter, not the first byte, in capitals: Šime,
			// not a broken byte and ime.
			first, size := utf8.DecodeRuneInString(p.En)
			p.En = string(unicode.ToUpper(first)) + p.En[size:]
			out = append(out, p)
		}
	}
	return out
}

// translitScores runs the resolver on corpora of pool different names that
// co-occur, and decoys katakana names more whose English name the corpus
// does not have (as most katakana names of real news have none): each
// English name and each katakana name is a document of its own, so only a
// transliteration link can join them. It returns the share of the pool's
// katakana names joined to their own English name (right) and to another's
// (wrong), and the share of all katakana names joined to an English name
// not theirs (wrongAll: a pool name to another, a decoy to any), over rounds
// corpora drawn with a fixed seed; and the share of the pool's names that
// the rule forbids to link by sound (ruled: nounRuled), which no
// set-up of the model can link.
func translitScores(pairs []translitPair, pool, decoys, rounds int, opts ResolverOptions) (right, wrong, wrongAll, ruled float64) {
	r := NewResolver(opts)
	var nRight, nWrong, nDecoy, n, nJa, nRuled int
	drawCorpora(pairs, pool, decoys, rounds, func(picked, decoy []translitPair) {
		joined, _ := resolveDrawn(r, picked, decoy)
		for i, j := range joined {
			switch {
			case j < 0: // none, or dropped: a katakana word that names no one
			case j == i:
				nRight++
			case i < len(picked):
				nWrong++
			default:
				nDecoy++
			}
		}
		for _, p := range picked {
			if nounRuled(r, p) {
				nRuled++
			}
		}
		n += len(picked)
		nJa += len(picked) + len(decoy)
	})
	return float64(nRight) / float64(n), float64(nWrong) / float64(n), float64(nWrong+nDecoy) / float64(nJa), float64(nRuled) / float64(n)
}

// nounRuled reports whether the resolver's rule for katakana words keeps
// p's katakana name from any person by sound: its last word names things
// (IsKatakanaWord), or it is a noun or brand the dictionaries do not gloss
// as p's English name (ThingWord; glossedAs). Issue 18 asks for both the
// rule and the share of right links, and on these context-free pairs the
// rule wins.
func nounRuled(r *Resolver, p translitPair) bool {
	toks := nameTokens(p.Ja)
	if r.gaz.IsKatakanaWord(toks[len(toks)-1]) {
		return true
	}
	glosses, ok := r.gaz.ThingWord(p.Ja)
	return ok && !slices.Contains(glosses, strings.ToLower(p.En))
}

// resolveDrawn resolves a drawn corpus, each English name of picked and
// each katakana name of picked and decoy a document of its own. It returns
// for each katakana name (picked's, then decoy's) the index in picked of
// the English name it joined, or joinedNone or joinedDropped, and whether
// the resolver dropped each English name as junk ("May").
func resolveDrawn(r *Resolver, picked, decoy []translitPair) (joined []int, enDropped []bool) {
	var docs []DocMentions
	for _, p := range picked {
		docs = append(docs, DocMentions{Mentions: []Mention{{Text: p.En, Type: Person, Lang: "en"}}})
	}
	for _, p := range append(picked, decoy...) {
		docs = append(docs, DocMentions{Mentions: []Mention{{Text: p.Ja, Type: Person, Lang: "ja"}}})
	}
	_, of := r.Resolve(docs)
	enEntity := map[int]int{}
	for i := range picked {
		enDropped = append(enDropped, of[i][0] < 0)
		if of[i][0] >= 0 {
			enEntity[of[i][0]] = i
		}
	}
	for i := range len(picked) + len(decoy) {
		e := of[len(picked)+i][0]
		j, ok := enEntity[e]
		switch {
		case e < 0:
			j = joinedDropped
		case !ok:
			j = joinedNone
		}
		joined = append(joined, j)
	}
	return joined, enDropped
}

// What resolveDrawn says of a katakana name that joined no English name.
const (
	joinedNone    = -1
	joinedDropped = -2 // the resolver dropped it
)

// drawCorpora draws rounds corpora of pool different names and decoys
// names more from pairs with a fixed seed, and calls use with each.
func drawCorpora(pairs []translitPair, pool, decoys, rounds int, use func(picked, decoy []translitPair)) {
	rng := rand.New(rand.NewPCG(18, uint64(pool)))
	for range rounds {
		seenEn, seenJa := map[string]bool{}, map[string]bool{}
		var picked, decoy []translitPair
		for _, i := range rng.Perm(len(pairs)) {
			p := pairs[i]
			if seenEn[strings.ToLower(p.En)] || seenJa[p.Ja] {
				continue
			}
			seenEn[strings.ToLower(p.En)], seenJa[p.Ja] = true, true
			switch {
			case len(picked) < pool:
				picked = append(picked, p)
			case len(decoy) < decoys:
				decoy = append(decoy, p)
			}
			if len(picked) == pool && len(decoy) == decoys {
				break
			}
		}
		use(picked, decoy)
	}
}

// A linkRow is what LinkScorer sees of one katakana name of a drawn
// corpus, and whether the name ranked first is its own.
type linkRow struct {
	x   [6]float64
	own bool
}

// translitRows draws corpora as translitScores does and returns a row for
// each katakana name whose English name ranked first (by the resolver's
// own rankPersons) is one the scorer decides on.
func translitRows(pairs []translitPair, pool, decoys, rounds int, opts ResolverOptions) []linkRow {
	r := NewResolver(opts)
	var rows []linkRow
	drawCorpora(pairs, pool, decoys, rounds, func(picked, decoy []translitPair) {
		names := candidatePool{}
		for i, p := range picked {
			names.add(Person, translitCandidate{name: p.En, key: translit.Key(p.En), root: int32(i), rank: p.En})
		}
		for i, p := range append(picked, decoy...) {
			key := translit.Key(p.Ja)
			if len(key) < 3 {
				continue
			}
			top, f, ok := r.rankPersons(p.Ja, r.nearNames(key, "", names[Person][translit.SoundClass(key[0])], personNear))
			if ok && r.personDecider(f) == byScorer {
				rows = append(rows, linkRow{f.vector(), i < len(picked) && top.root == int32(i)})
			}
		}
	})
	return rows
}

// loadENAMDICT returns the katakana person names of ENAMDICT with their
// English glosses (translit.ReadENAMDICT), which the shipped model trains on
// beside the tune half: from CHRONOGRAPH_ENAMDICT, or Debian's
// /usr/share/edict/enamdict (apt-get install enamdict). CHRONOGRAPH_ENAMDICT=none
// leaves them out.
func loadENAMDICT(t testing.TB) []translitPair {
	path := os.Getenv("CHRONOGRAPH_ENAMDICT")
	switch path {
	case "none":
		return nil
	case "":
		path = "/usr/share/edict/enamdict"
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v: install Debian's enamdict package, set CHRONOGRAPH_ENAMDICT to its file, or to none", err)
	}
	defer f.Close()
	pairs, err := translit.ReadENAMDICT(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	t.Logf("%d ENAMDICT pairs from %s", len(pairs), path)
	return pairs
}

// fitLinkScorer fits a LinkScorer's weights to rows by logistic regression
// (batch gradient descent over standardised features, from zero weights).
func fitLinkScorer(rows []linkRow) LinkScorer {
	const nf = 6
	var mu, sd [nf]float64
	for _, r := range rows {
		for i, v := range r.x {
			mu[i] += v
		}
	}
	for i := range mu {
		mu[i] /= float64(len(rows))
	}
	for _, r := range rows {
		for i, v := range r.x {
			sd[i] += (v - mu[i]) * (v - mu[i])
		}
	}
	for i := range sd {
		if sd[i] = math.Sqrt(sd[i] / float64(len(rows))); sd[i] == 0 {
			sd[i] = 1
		}
	}
	var w [nf + 1]float64
	for range 500 {
		var g [nf + 1]float64
		for _, r := range rows {
			z := w[nf]
			for i, v := range r.x {
				z += w[i] * (v - mu[i]) / sd[i]
			}
			e := 1 / (1 + math.Exp(-z))
			if r.own {
				e--
			}
			for i, v := range r.x {
				g[i] += e * (v - mu[i]) / sd[i]
			}
			g[nf] += e
		}
		for i := range w {
			w[i] -= 0.5 * g[i] / float64(len(rows))
		}
	}
	// Back to the raw features.
	var raw [nf]float64
	bias := w[nf]
	for i := range raw {
		raw[i] = w[i] / sd[i]
		bias -= raw[i] * mu[i]
	}
	return LinkScorer{Bias: bias, Distance: raw[0], Cost: raw[1], DistanceCost: raw[2], Gap: raw[3], Rivals: raw[4], CostGap: raw[5]}
}

// TestTranslitLinks measures katakana ↔ English person links through the
// resolver on the held-out half of the Wikidata pairs, in corpora of 100
// and 300 different names, with and without as many katakana names again
// that have no English name in the corpus. Measured with the model trained
// on ENAMDICT's names too, DefaultLinkScorer deciding the ties of sound the
// model breaks by the tie margin, and the katakana nouns that do not link
// by sound (glossedAs): 90.6% right, 0.10% wrong and 1.5% with the extra
// names (100 names); 90.4%, 0.20% and 2.3% (300 names). Before the ties:
// 89.2%, 0.23%, 1.5%; 87.2%, 0.53%, 2.5%. Before the katakana nouns: 91.1%,
// 0.27%, 1.6%; 88.7%, 0.53%, 2.7%. With the model of
// the Wikidata pairs alone: 90.0%, 0.23%, 2.5%;
// 86.7%, 0.73%, 3.6%. Before the scorer (the sound within 0.28 and the
// model's max cost): 89.7%, 0.27%, 3.1%; 87.5%, 0.77%, 5.3%. The sound
// distance alone: 91.1%, 1.1%, 7.3% (100 names).
func TestTranslitLinks(t *testing.T) {
	if testing.Short() {
		t.Skip("scores thousands of names")
	}
	held := loadTranslitHalf(t, false)
	opts := ResolverOptions{Gazetteer: noGazetteer}
	for _, c := range translitFloors {
		right, wrong, wrongAll, ruled := translitScores(held, c.pool, c.pool, 3000/c.pool, opts)
		t.Logf("held-out, %d names per corpus: right %.4f, wrong merges %.4f; with %d katakana names more that have no English twin, wrong merges %.4f",
			c.pool, right, wrong, c.pool, wrongAll)
		t.Logf("held-out, %d names per corpus: the katakana-word rule forbids %.4f of the names; right among the others %.4f",
			c.pool, ruled, right/(1-ruled))
		if right < c.right || wrong >= c.maxWrong || wrongAll >= c.maxWrongAll {
			t.Errorf("%d names: right %.4f (want ≥ %.3f), wrong %.4f (want < %.3f), with decoys %.4f (want < %.3f)",
				c.pool, right, c.right, wrong, c.maxWrong, wrongAll, c.maxWrongAll)
		}
	}
}

// translitFloors are the lines TestTranslitLinks holds.
var translitFloors = []struct {
	pool                         int
	right, maxWrong, maxWrongAll float64
}{{100, 0.9, 0.01, 0.02}, {300, 0.895, 0.01, 0.03}}

// TestTranslitCV chooses the linking set-up by 5-fold cross-validation over
// the tune half of the Wikidata pairs (CHRONOGRAPH_TUNE=1 to run): on each
// fold, a model is trained on the other four and on ENAMDICT's names
// (loadENAMDICT) less those that name a pair of the fold, and a LinkScorer
// is fitted to the names of the other four's corpora (of 100, 300 and 600
// names, with as many twinless katakana names again, each ranked by a model
// that did not see it); the links are scored in corpora of 100 and 300
// names, and the mean and spread over folds are printed for each MinProb
// (CHRONOGRAPH_TUNE_GRID) and max cost (CHRONOGRAPH_TUNE_MAXCOST), at the
// tie margin CHRONOGRAPH_TUNE_TIE (TranslitTieMargin; the default if unset).
// Last, the scorer fitted to all five folds' names, which DefaultLinkScorer
// ships. The models and their set-up are cvFolds'. The held-out half is
// read only to keep its names out of the dictionary's pairs; it is not
// scored.
func TestTranslitCV(t *testing.T) {
	if os.Getenv("CHRONOGRAPH_TUNE") == "" {
		t.Skip("set CHRONOGRAPH_TUNE=1")
	}
	const k = 5
	tests, models := cvFolds(t)
	grid := strings.Fields(os.Getenv("CHRONOGRAPH_TUNE_GRID")) // MinProb values
	if len(grid) == 0 {
		grid = []string{"0.3", "0.4", "0.5", "0.6", "0.7"}
	}
	maxCosts := strings.Fields(os.Getenv("CHRONOGRAPH_TUNE_MAXCOST")) // TranslitMaxCost values
	if len(maxCosts) == 0 {
		maxCosts = []string{"0"} // DefaultTranslitMaxCost
	}
	var tieMargin float64 // TranslitTieMargin; 0 for the default
	if v := os.Getenv("CHRONOGRAPH_TUNE_TIE"); v != "" {
		tieMargin, _ = strconv.ParseFloat(v, 64)
	}
	decoys := 0 // katakana names with no English twin, per pool name
	if d := os.Getenv("CHRONOGRAPH_TUNE_DECOYS"); d != "" {
		decoys, _ = strconv.Atoi(d)
	}
	for _, mc := range maxCosts {
		maxCost, err := strconv.ParseFloat(mc, 64)
		if err != nil {
			t.Fatalf("max cost %q: %v", mc, err)
		}
		var rows [k][]linkRow
		for f := range k {
			opts := ResolverOptions{Gazetteer: noGazetteer, TranslitModel: models[f], TranslitMaxCost: maxCost, TranslitTieMargin: tieMargin}
			for _, pool := range []int{100, 300, 600} {
				rows[f] = append(rows[f], translitRows(tests[f], pool, pool, 3*len(tests[f])/pool, opts)...)
			}
		}
		var scorers [k]LinkScorer
		for f := range k {
			var other []linkRow
			for g := range k {
				if g != f {
					other = append(other, rows[g]...)
				}
			}
			scorers[f] = fitLinkScorer(other)
		}
		for _, g := range grid {
			minProb, err := strconv.ParseFloat(g, 64)
			if err != nil {
				t.Fatalf("grid %q: %v", g, err)
			}
			for _, pool := range []int{100, 300} {
				var rs, ws, was []float64
				for f := range k {
					sc := scorers[f]
					sc.MinProb = minProb
					opts := ResolverOptions{Gazetteer: noGazetteer, TranslitModel: models[f], TranslitScorer: &sc, TranslitMaxCost: maxCost, TranslitTieMargin: tieMargin}
					r, w, wa, _ := translitScores(tests[f], pool, decoys*pool, 3*len(tests[f])/pool, opts)
					rs, ws, was = append(rs, r), append(ws, w), append(was, wa)
				}
				rm, rsd := meanSD(rs)
				wm, wsd := meanSD(ws)
				wam, wasd := meanSD(was)
				t.Logf("max cost %s, min prob %.2f, %d names: right %.4f ± %.4f, wrong %.4f ± %.4f; with %d× decoys wrong %.4f ± %.4f",
					mc, minProb, pool, rm, rsd, wm, wsd, decoys, wam, wasd)
			}
		}
		var all []linkRow
		for f := range k {
			all = append(all, rows[f]...)
		}
		t.Logf("max cost %s: fitted to all folds (%d names): %+v", mc, len(all), fitLinkScorer(all))
	}
}

// meanSD returns the mean and sample standard deviation of xs.
func meanSD(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)-1))
}

// cvFolds splits the tune half of the Wikidata pairs into the five folds
// of TestTranslitCV and returns each fold's pairs with the model trained on
// the other four and on ENAMDICT's names (loadENAMDICT) less those that
// name a pair of the fold or of the held-out half. The EM set-up is
// translit's, or CHRONOGRAPH_TUNE_DICT_WEIGHT (the dictionary's pairs'
// weight), CHRONOGRAPH_TUNE_ITERS and CHRONOGRAPH_TUNE_MIN_COUNT. Training
// is most of the time of a run: CHRONOGRAPH_TUNE_CACHE names a directory
// where the models are kept between runs, by fold and set-up.
func cvFolds(t *testing.T) (tests [5][]translitPair, models [5]*translit.Model) {
	const k = 5
	fold := func(en string) int {
		h := fnv.New32a()
		h.Write([]byte("fold\x00" + strings.ToLower(en)))
		return int(h.Sum32() % k)
	}
	dictWeight, iters, minCount := translit.TrainDictWeight, translit.TrainIters, translit.TrainMinCount
	if w := os.Getenv("CHRONOGRAPH_TUNE_DICT_WEIGHT"); w != "" {
		dictWeight, _ = strconv.ParseFloat(w, 64)
	}
	if v := os.Getenv("CHRONOGRAPH_TUNE_ITERS"); v != "" {
		iters, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("CHRONOGRAPH_TUNE_MIN_COUNT"); v != "" {
		minCount, _ = strconv.ParseFloat(v, 64)
	}
	tune := loadTranslitHalf(t, true)
	var extra []translitPair
	cache := os.Getenv("CHRONOGRAPH_TUNE_CACHE")
	for f := range k {
		var train []translit.Pair
		for _, p := range tune {
			if fold(p.En) == f {
				tests[f] = append(tests[f], p)
			} else {
				train = append(train, p)
			}
		}
		path := filepath.Join(cache, fmt.Sprintf("fold%d-w%g-i%d-m%g-%s.tsv", f, dictWeight, iters, minCount,
			filepath.Base(os.Getenv("CHRONOGRAPH_ENAMDICT"))))
		if cache != "" {
			if b, err := os.ReadFile(path); err == nil {
				if models[f], err = translit.ReadModel(bytes.NewReader(b)); err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				continue
			}
		}
		if extra == nil {
			// The dictionary's pairs train every fold's model, less
			// those that name a pair of the fold or of the held-out half.
			extra = translit.WithoutNames(loadENAMDICT(t), loadTranslitHalf(t, false))
		}
		models[f] = translit.Train([]translit.TrainingSet{{Pairs: train, Weight: 1},
			{Pairs: translit.WithoutNames(extra, tests[f]), Weight: dictWeight}}, iters, minCount)
		if cache != "" {
			var b bytes.Buffer
			if err := models[f].Write(&b); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return tests, models
}

// BenchmarkTranslitLinks resolves a corpus of 300 English and 600 katakana
// person names (half with no English twin), each a document of its own,
// with the learned model's veto and ties, with the sound distance alone, and
// with no transliteration links at all:
//
//	go test -run '^$' -bench TranslitLinks ./entities
func BenchmarkTranslitLinks(b *testing.B) {
	pairs := loadTranslitHalf(b, true)[:600]
	var docs []DocMentions
	for _, p := range pairs[:300] {
		docs = append(docs, DocMentions{Mentions: []Mention{{Text: p.En, Type: Person, Lang: "en"}}})
	}
	for _, p := range pairs {
		docs = append(docs, DocMentions{Mentions: []Mention{{Text: p.Ja, Type: Person, Lang: "ja"}}})
	}
	for _, c := range []struct {
		name string
		opts ResolverOptions
	}{
		{"model", ResolverOptions{Gazetteer: noGazetteer}},
		{"sound-only", ResolverOptions{Gazetteer: noGazetteer, TranslitMaxCost: -1, TranslitTieMargin: -1}},
		{"no-links", ResolverOptions{Gazetteer: noGazetteer, TranslitThreshold: -1}},
	} {
		b.Run(c.name, func(b *testing.B) {
			r := NewResolver(c.opts)
			for b.Loop() {
				r.Resolve(docs)
			}
		})
	}
}
