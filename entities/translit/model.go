package translit

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A Model is a learned joint transliteration model: the probabilities of a
// run of one or two katakana units (a mora such as ケ or ヴァ, or ッ, ー, ン)
// and a run of up to three Latin letters being one sound of a name, as EM
// aligned them over English ↔ katakana name pairs (Train). Where the hand
// written Distance knows the usual renderings, a model also knows how often
// each happens, and prices the renderings nobody wrote by the pairs it saw.
type Model struct {
	units map[string]uint16  // katakana unit -> id (1-based)
	prob  map[uint32]float64 // packed (units, letters) -> joint probability
	floor float64            // probability of a piece the model never saw
	// The marginal of the Latin side, for P(katakana | Latin): the
	// probability of a run of letters under any katakana (keyed by its
	// packed letters), and of a piece with no letters (ッ, ー).
	letters map[uint32]float64
	insert  float64
}

// Shapes of one aligned piece: katakana units × Latin letters.
const (
	maxJa = 2
	maxEn = 3
)

// allowed reports whether a piece of nj units and ne letters may be aligned:
// a silent letter (0×1), an added mora (1×0: ッ, ー, an epenthetic ウ), and
// every 1–2 × 1–3 piece (x → クス, ch → チ).
func allowed(nj, ne int) bool {
	switch nj {
	case 0:
		return ne == 1
	case 1:
		return ne <= maxEn
	case 2:
		return ne >= 1 && ne <= maxEn
	}
	return false
}

// kanaUnits splits a katakana name into units: a letter with the small kana
// that follows it, or ッ, ー, ン alone. Separators are dropped.
func kanaUnits(s string) []string {
	rs := []rune(s)
	var out []string
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= 'ぁ' && r <= 'ゖ' {
			r += 'ァ' - 'ぁ'
		}
		if !unicode.Is(unicode.Katakana, r) || r == '・' || r == '･' {
			if r != 'ー' {
				continue
			}
		}
		u := string(r)
		if i+1 < len(rs) && isSmall(rs[i+1]) && r != 'ッ' && r != 'ー' && r != 'ン' && !isSmall(r) {
			u += string(rs[i+1])
			i++
		}
		out = append(out, u)
	}
	return out
}

// latinLetters folds a Latin spelling to the letters a–z (1–26): accents
// dropped, a háček written as h (š = sh, č = ch, ž = zh), and the letters
// of foldedLetters spelt out.
func latinLetters(s string) []byte {
	var out []byte
	add := func(letters string) {
		for i := range len(letters) {
			out = append(out, letters[i]-'a'+1)
		}
	}
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z':
			add(string(r))
		case r == '\u030C' && len(out) > 0:
			add("h")
		default:
			add(foldedLetters[r])
		}
	}
	return out
}

// foldedLetters spell the Latin letters that NFD does not decompose.
var foldedLetters = map[rune]string{'ß': "ss", 'ø': "o", 'œ': "o", 'æ': "ae", 'ł': "w", 'đ': "dj", 'ð': "d", 'þ': "th", 'ı': "i"}

// pack makes the table key of a piece: up to two unit ids and three letters.
func pack(ja []uint16, en []byte) uint32 {
	var k uint32
	for i, u := range ja {
		k |= uint32(u) << (8 * i)
	}
	for i, c := range en {
		k |= uint32(c) << (16 + 5*i)
	}
	return k
}

// unitIDs maps a name's units to ids, adding unseen units when add is set;
// an unseen unit is 0 otherwise.
func (m *Model) unitIDs(units []string, add bool) []uint16 {
	ids := make([]uint16, len(units))
	for i, u := range units {
		id, ok := m.units[u]
		if !ok && add && len(m.units) < 255 {
			id = uint16(len(m.units) + 1)
			m.units[u] = id
		}
		ids[i] = id
	}
	return ids
}

// forward returns the joint probability of a katakana and a Latin name,
// summed over every alignment into pieces, p giving a piece's probability;
// alpha[i][k] is left holding that of j[:i] and e[:k], for Train.
func forward(j []uint16, e []byte, p func(uint32) float64, alpha []float64) float64 {
	n, m := len(j), len(e)
	w := m + 1
	for i := range alpha[:(n+1)*w] {
		alpha[i] = 0
	}
	alpha[0] = 1
	for i := 0; i <= n; i++ {
		for k := 0; k <= m; k++ {
			a := alpha[i*w+k]
			if a == 0 {
				continue
			}
			for dj := 0; dj <= maxJa && i+dj <= n; dj++ {
				for de := 0; de <= maxEn && k+de <= m; de++ {
					if !allowed(dj, de) {
						continue
					}
					alpha[(i+dj)*w+k+de] += a * p(pack(j[i:i+dj], e[k:k+de]))
				}
			}
		}
	}
	return alpha[n*w+m]
}

// backward fills beta: beta[i][k] is the probability of aligning j[i:], e[k:].
func backward(j []uint16, e []byte, p func(uint32) float64, beta []float64) {
	n, m := len(j), len(e)
	w := m + 1
	for i := n; i >= 0; i-- {
		for k := m; k >= 0; k-- {
			if i == n && k == m {
				beta[i*w+k] = 1
				continue
			}
			var b float64
			for dj := 0; dj <= maxJa && i+dj <= n; dj++ {
				for de := 0; de <= maxEn && k+de <= m; de++ {
					if allowed(dj, de) {
						b += p(pack(j[i:i+dj], e[k:k+de])) * beta[(i+dj)*w+k+de]
					}
				}
			}
			beta[i*w+k] = b
		}
	}
}

// The EM set-up the shipped model was trained with, chosen by
// cross-validation over the tune pairs (TestTranslitCV in entities).
const (
	TrainIters    = 8
	TrainMinCount = 0.5
	// TrainDictWeight is the weight of ENAMDICT's pairs beside the
	// Wikidata pairs' 1 (TrainingSet).
	TrainDictWeight = 1.0
)

// A Pair is an English (Latin) spelling of a name and its katakana rendering.
type Pair struct{ En, Ja string }

// A TrainingSet is name pairs and the weight each pair's alignments count
// with: pairs of another source, whose renderings follow older or other
// conventions (a dictionary's バ for v where the news write ヴ), can inform
// the model without outweighing the pairs it is meant to rank.
type TrainingSet struct {
	Pairs  []Pair
	Weight float64
}

// Train estimates a Model from sets of name pairs by expectation
// maximisation over all alignments (forward–backward): iters rounds from
// uniform piece probabilities. A piece whose expected count (weighted by
// its set) falls below minCount is dropped and priced at the floor, a
// tenth of the rarest piece kept.
func Train(sets []TrainingSet, iters int, minCount float64) *Model {
	m := &Model{units: map[string]uint16{}}
	type example struct {
		j []uint16
		e []byte
		w float64
	}
	var data []example
	for _, set := range sets {
		for _, p := range set.Pairs {
			j, e := m.unitIDs(kanaUnits(p.Ja), true), latinLetters(p.En)
			if len(j) == 0 || len(e) == 0 || len(j) > maxLen || len(e) > maxLen {
				continue
			}
			data = append(data, example{j, e, set.Weight})
		}
	}
	prob := map[uint32]float64{}
	p := func(k uint32) float64 {
		if len(prob) == 0 {
			return 1e-3 // the first round: every piece alike
		}
		return prob[k]
	}
	alpha, beta := make([]float64, (maxLen+1)*(maxLen+1)), make([]float64, (maxLen+1)*(maxLen+1))
	for range iters {
		counts := map[uint32]float64{}
		for _, d := range data {
			z := forward(d.j, d.e, p, alpha)
			if z <= 0 || math.IsInf(z, 0) || math.IsNaN(z) {
				continue // no alignment with the pieces kept
			}
			backward(d.j, d.e, p, beta)
			n, w := len(d.j), len(d.e)+1
			for i := 0; i <= n; i++ {
				for k := 0; k < w; k++ {
					a := alpha[i*w+k]
					if a == 0 {
						continue
					}
					for dj := 0; dj <= maxJa && i+dj <= n; dj++ {
						for de := 0; de <= maxEn && k+de < w; de++ {
							if !allowed(dj, de) {
								continue
							}
							key := pack(d.j[i:i+dj], d.e[k:k+de])
							if c := d.w * a * p(key) * beta[(i+dj)*w+k+de] / z; c > 0 {
								counts[key] += c
							}
						}
					}
				}
			}
		}
		var total float64
		for k, c := range counts {
			if c < minCount {
				delete(counts, k)
				continue
			}
			total += c
		}
		prob = map[uint32]float64{}
		for k, c := range counts {
			prob[k] = c / total
		}
	}
	m.prob = prob
	m.floor = 1
	for _, v := range prob {
		m.floor = min(m.floor, v)
	}
	m.floor /= 10
	m.marginals()
	return m
}

// marginals sums the pieces over their katakana side.
func (m *Model) marginals() {
	m.letters, m.insert = map[uint32]float64{}, 0
	for k, v := range m.prob {
		if en := k >> 16; en != 0 {
			m.letters[en] += v
		} else {
			m.insert += v
		}
	}
}

// marginal returns the probability of one side of a name under the model:
// every way to cut its n symbols into runs of up to most (run gives the
// probability of a run), with pieces of the other side alone between them
// (other: their total probability).
func marginal(n, most int, run func(i, j int) float64, other float64, buf []float64) float64 {
	buf[0] = 1
	for k := 1; k <= n; k++ {
		buf[k] = 0
		for d := 1; d <= most && d <= k; d++ {
			buf[k] += buf[k-d] * run(k-d, k)
		}
	}
	return buf[n] * math.Pow(1/(1-other), float64(n+1))
}

// maxLen bounds the names a model aligns, in units or letters.
const maxLen = 40

// piece is the probability of a packed piece, the floor when unseen.
func (m *Model) piece(k uint32) float64 {
	if v, ok := m.prob[k]; ok {
		return v
	}
	return m.floor
}

// Cost returns how unlikely the katakana name ja is as the rendering of the
// Latin spelling en: minus the log of P(ja | en) under the model, per
// katakana unit. A usual rendering costs about 1 or less (ロムニー for
// Romney 0.29, ケロッグ for Kellogg 0.44); a loanword that only sounds like a
// name costs more (ニーモニック for Monique 3.5). Comparing the costs of one
// katakana name against several English names ranks them as the pairs the
// model learnt from would.
func (m *Model) Cost(ja, en string) float64 {
	j, e := m.unitIDs(kanaUnits(ja), false), latinLetters(en)
	if len(j) == 0 || len(e) == 0 || len(j) > maxLen || len(e) > maxLen {
		return math.Inf(1)
	}
	var buf [(maxLen + 1) * (maxLen + 1)]float64
	z := forward(j, e, m.piece, buf[:])
	// P(en): every way to cut it into runs of letters, with pieces of
	// katakana alone (ッ, ー) between them.
	pe := marginal(len(e), maxEn, func(i, k int) float64 { return m.letters[pack(nil, e[i:k])>>16] }, m.insert, buf[:len(e)+1])
	if z <= 0 || pe <= 0 {
		return math.Inf(1)
	}
	return -(math.Log(z) - math.Log(pe)) / float64(len(j))
}

// Write saves the model as text: the floor, then one line per piece
// (katakana, letters, probability), sorted.
func (m *Model) Write(w io.Writer) error {
	names := make([]string, 256)
	for u, id := range m.units {
		names[id] = u
	}
	lines := make([]string, 0, len(m.prob))
	for k, v := range m.prob {
		var ja, en string
		for i := range maxJa {
			if id := (k >> (8 * i)) & 0xff; id != 0 {
				ja += names[id]
			}
		}
		for i := range maxEn {
			if c := (k >> (16 + 5*i)) & 31; c != 0 {
				en += string(rune('a' + c - 1))
			}
		}
		lines = append(lines, fmt.Sprintf("%s\t%s\t%.5g\n", ja, en, v))
	}
	sort.Strings(lines)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# floor\t%.5g\n", m.floor)
	for _, l := range lines {
		bw.WriteString(l)
	}
	return bw.Flush()
}

// ReadModel reads a model that Write saved.
func ReadModel(r io.Reader) (*Model, error) {
	m := &Model{units: map[string]uint16{}, prob: map[uint32]float64{}}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "# ") && !strings.HasPrefix(sc.Text(), "# floor\t") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		v, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err == nil && (len(f) != 3 && f[0] != "# floor" || v <= 0 || v > 1) {
			err = fmt.Errorf("want katakana, letters and a probability, have %q", sc.Text())
		}
		if err == nil && f[0] != "# floor" {
			ja, en := m.unitIDs(kanaUnits(f[0]), true), latinLetters(f[1])
			if len(ja) > maxJa || len(en) > maxEn || !allowed(len(ja), len(en)) {
				err = fmt.Errorf("piece %q × %q is not one a model aligns", f[0], f[1])
			}
			m.prob[pack(ja, en)] = v
		} else if err == nil {
			m.floor = v
		}
		if err != nil {
			return nil, fmt.Errorf("translit model line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("translit model: %w", err)
	}
	if m.floor == 0 || len(m.prob) == 0 {
		return nil, fmt.Errorf("translit model: no floor or no pieces")
	}
	m.marginals()
	return m, nil
}

//go:embed model.tsv
var modelFile string

// DefaultModel returns the model shipped in model.tsv, read once.
var DefaultModel = sync.OnceValue(func() *Model {
	m, err := ReadModel(strings.NewReader(modelFile))
	if err != nil {
		panic(err) // the embedded file is checked by TestDefaultModel
	}
	return m
})
