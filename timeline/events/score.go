package events

import "math"

// Params weigh the evidence that two reports tell one happening. The
// defaults were chosen by hand on the tuning pool of testdata/eventpairs
// (every split but the held-out one; see its README). Fitting them by
// coordinate ascent, five folds of its stories, with the hard negatives and
// same-happening pairs of cues_test.go as constraints, scored worse on the
// folds left out (P/R 0.909/0.680 against 0.936/0.696), so they stay as
// chosen; NoEntity and XWords were set on the pool (a grid of 24).
type Params struct {
	Threshold float64 // a pair scoring this much or more is linked
	Attach    float64 // a week or month report joins a day's event from this score
	Entities  float64 // times the weighted Dice overlap of the entities named
	SameCue   float64 // a cue class both reports have
	SameFam   float64 // cues of one family, no class in common
	SameWeak  float64 // a cue class in common only when weak cues count too
	NoCue     float64 // one report cues a kind of happening, the other none
	Statement float64 // both only report (said, 発表)
	Reaction  float64 // one tells a reaction (condemned, 控訴, a warning), the other not
	Number    float64 // a quantity both state
	NumberOff float64 // both state quantities, none the same
	Words     float64 // times the Dice overlap of their words, in one language
	Others    float64 // each names people the other does not
	PlacesOff float64 // both name places, none the same
	OrgsOff   float64 // both name organisations, none the same
	// NoEntity starts the score of two reports that share no entity but
	// a quantity or a word in Latin letters across languages (clueKeys):
	// they are compared only then.
	NoEntity float64
	XWords   float64 // a word in Latin letters both use, across languages (ICC, LIGO), up to two
	// Cohesion is the least mean score between two groups of reports for
	// them to join (0: any link is enough).
	Cohesion float64
	// MaxPosting is the most reports of one group naming an entity for it
	// to propose pairs: on a busy day "Russia" names thousands, and pairs
	// that share nothing rarer are not one happening anyway.
	MaxPosting int
}

// DefaultParams are the weights Cluster uses.
var DefaultParams = Params{
	Threshold: 1.4, Attach: 1.8,
	Entities: 1.5, SameCue: 1.3, SameFam: 0.4, SameWeak: 0.4, NoCue: -1, Statement: 0.2, Reaction: 2,
	Number: 0.7, NumberOff: 0.7, Words: 1.5, Others: 2.5, PlacesOff: 1, OrgsOff: 0.5, NoEntity: 0.5, XWords: 1, Cohesion: 1,
	MaxPosting: 300,
}

// Entity weights: a person is the surest sign of who acted, a place the
// least (countries are named by most reports of a day).
const (
	personWeight  = 1.0
	orgWeight     = 0.7
	placeWeight   = 0.5
	countryWeight = 0.2
)

// conflict reports whether two reports' cues say they tell different kinds
// of happening: both cue something, and no family is common.
func conflict(a, b uint64) bool { return a != 0 && b != 0 && a&b == 0 }

// score returns how strongly two reports are one happening, and false when
// they cannot be (no entity in common, or cues of different families).
func (p *Params) score(a, b *features) (float64, bool) {
	return p.scoreWith(a, b, true, math.Inf(-1))
}

// scoreWith is score, with soft names (soft.go) counted or not: the second
// step, which joins a week's or a month's reports to a day's event, leaves
// them out, as they cost more there than they find. A score that cannot
// reach least is returned before its last, costliest term (the words two
// reports share), so below least it is only an upper bound: the steps
// that link a pair from a score on ask no more.
func (p *Params) scoreWith(a, b *features, soft bool, least float64) (float64, bool) {
	if conflict(a.fams, b.fams) {
		return 0, false
	}
	var sp, ap, bp, so, ao, bo, sl, al, bl, sc, ac, bc int
	if a.ents&b.ents == 0 {
		// No entity in common (features.ents).
		ap, bp, ao, bo = len(a.pn), len(b.pn), len(a.on), len(b.on)
		al, bl, ac, bc = len(a.ln), len(b.ln), len(a.cn), len(b.cn)
	} else {
		sp, ap, bp = overlap(a.pn, b.pn)
		so, ao, bo = overlap(a.on, b.on)
		sl, al, bl = overlap(a.ln, b.ln)
		sc, ac, bc = overlap(a.cn, b.cn)
	}
	shared := personWeight*float64(sp) + orgWeight*float64(so) + placeWeight*float64(sl) + countryWeight*float64(sc)
	// Names the resolver left apart that are one name all the same
	// (soft.go) count as shared, and their people as no others.
	// The Dice overlap below weighs each report's names as they are; a
	// soft name counts as shared, not as another person of its report.
	wa := personWeight*float64(sp+ap) + orgWeight*float64(so+ao) + placeWeight*float64(sl+al) + countryWeight*float64(sc+ac)
	wb := personWeight*float64(sp+bp) + orgWeight*float64(so+bo) + placeWeight*float64(sl+bl) + countryWeight*float64(sc+bc)
	var sw float64
	if soft {
		var spa, spb int
		sw, spa, spb = softShared(a, b)
		shared += sw
		ap, bp = ap-spa, bp-spb
	}
	var s float64
	nums := len(a.nums) > 0 && len(b.nums) > 0
	near := nums && nearNumber(a.nums, b.nums)
	xw := latinShared(a, b)
	if shared > 0 {
		s = p.Entities * 2 * shared / (wa + wb)
		if ap > 0 && bp > 0 {
			s -= p.Others
		}
	} else if near || xw > 0 {
		s = p.NoEntity
	} else {
		return 0, false
	}
	if sl == 0 && sw == 0 && al > 0 && bl > 0 {
		s -= p.PlacesOff
	}
	if so == 0 && sw == 0 && ao > 0 && bo > 0 {
		s -= p.OrgsOff
	}
	switch {
	case a.cues&b.cues != 0:
		s += p.SameCue
	case a.fams&b.fams != 0:
		s += p.SameFam
	case (a.cues|a.weak)&(b.cues|b.weak) != 0:
		s += p.SameWeak
	case (a.cues == 0) != (b.cues == 0):
		s += p.NoCue
	}
	if a.stmt && b.stmt {
		s += p.Statement
	}
	if a.react != b.react {
		s -= p.Reaction
	}
	if nums {
		if near {
			s += p.Number
		} else {
			s -= p.NumberOff
		}
	}
	s += p.XWords * float64(min(xw, 2)) / 2
	if a.lang == b.lang && len(a.words) > 0 && len(b.words) > 0 && s+p.Words >= least {
		n, x, y := overlap(a.words, b.words)
		s += p.Words * 2 * float64(n) / float64(2*n+x+y)
	}
	return s, true
}

// latinShared counts the words in Latin letters that a report in another
// language than English uses and an English one does too (ICC, LIGO).
func latinShared(a, b *features) int {
	if a.lang == b.lang {
		return 0
	}
	if len(b.latin) > 0 {
		a, b = b, a
	}
	if len(a.latin) == 0 {
		return 0
	}
	n, _, _ := overlap(a.latin, b.words)
	return n
}

// nearNumber reports whether two reports state a quantity within 5% of
// each other: "more than 40" aircraft and 41, a toll of 130 and 133.
func nearNumber(a, b []uint64) bool {
	for _, x := range a {
		fx := math.Float64frombits(x)
		for _, y := range b {
			fy := math.Float64frombits(y)
			if math.Abs(fx-fy) <= 0.05*math.Max(fx, fy) {
				return true
			}
		}
	}
	return false
}

// overlap counts the elements two sorted sets share and those only in each.
func overlap[T int | int32 | uint32 | uint64 | string](a, b []T) (shared, onlyA, onlyB int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			onlyA++
			i++
		default:
			onlyB++
			j++
		}
	}
	return shared, onlyA + len(a) - i, onlyB + len(b) - j
}
