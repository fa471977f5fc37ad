package entities

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/chronograph/chronograph/entities/gazetteer"
	"github.com/chronograph/chronograph/entities/namedict"
	"github.com/chronograph/chronograph/entities/translit"
)

// DefaultTranslitMargin is how much closer the best English name must be
// than the best name of another entity for a katakana name to be linked:
// two English names that sound alike to Japanese (Vance, Evans) leave it
// alone.
const DefaultTranslitMargin = 0.05

// A translitCandidate is an English name of the corpus a katakana name may
// transliterate.
type translitCandidate struct {
	name string // the name as compared: a surname or a region's stem alone
	key  string // translit.Key of the name
	root int32  // its entity
	rank string // stable order for ties
	last string // translit.Key of a full name's surname, "" for a single name
	// parts are a person's full name's words as compared one by one
	// (namePartsForLink), nil for a single name.
	parts []string
	// surname: the name is the surname of a full name (Thomas Peter's
	// Peter), compared with single katakana names.
	surname bool
}

// soundClasses are the classes the katakana rendering of an English name may
// begin with: Charles → シャルル or チャールズ, Hugh → ヒュー, George → ジョージ,
// and the other first sounds seen at least five times in the tune half of the
// Wikidata pairs: Thiruvalluvar → ティルヴァッルヴァル (th), Khorachar → カラチャル,
// Gorter → ホルテル and Jayo → ハヨ (Dutch g, Spanish j), Vaseršteĭn → ワッサー…
func soundClasses(c byte) []byte {
	out := []byte{translit.SoundClass(c)}
	switch c {
	case 'C':
		out = append(out, 'K', 'D')
	case 'h':
		out = append(out, 'V', 'P', 'K')
	case 'w':
		out = append(out, 'V', 'P')
	case 'y':
		out = append(out, 'V', 'S')
	case 'j':
		out = append(out, 'V', 'S', 'P')
	case 'g':
		out = append(out, 'S', 'P')
	case 't', 'T':
		out = append(out, 'S', 'D')
	case 'd':
		out = append(out, 'S')
	case 's':
		out = append(out, 'D', 'K')
	case 'k':
		out = append(out, 'S')
	case 'b', 'r':
		out = append(out, 'V')
	case 'a', 'e':
		out = append(out, 'S')
	}
	return out
}

type candidatePool map[Type]map[byte][]translitCandidate

func (p candidatePool) add(t Type, c translitCandidate) {
	if c.key == "" {
		return
	}
	if p[t] == nil {
		p[t] = map[byte][]translitCandidate{}
	}
	for _, cl := range soundClasses(c.key[0]) {
		p[t][cl] = append(p[t][cl], c)
	}
}

// linkTransliterations links each katakana name that has no anchor and no
// English name in its entity to the English name of the same type in the
// corpus it transliterates: ケロッグ to Kellogg, キース・ケロッグ to Keith
// Kellogg. Full names are compared with full names, single names with single
// names and with the surnames of full names. A region is compared without
// its suffix and region word: ミコライウ州 with Mykolaiv Oblast or the bare
// Mykolaiv, which the English news write for "the Mykolaiv region".
func (s *resolution) linkTransliterations() {
	if s.r.threshold < 0 {
		return
	}
	latinRoot := map[int32]bool{}
	type nameKey struct {
		t    Type
		name string
		node int32
	}
	latin := map[nameKey]bool{}
	katakana := map[nameKey]bool{}
	titled := map[int32]bool{} // nodes a mention gave a title or honorific (ポニー氏)
	// The first names of the corpus's katakana full names of people
	// (イーロン of イーロン・マスク).
	kanaFirst := map[string]bool{}
	for _, refs := range s.docs {
		for _, ref := range refs {
			if ref.target < 0 {
				continue
			}
			if ref.titled {
				titled[ref.target] = true
			}
			root := s.find(ref.target)
			t := s.nodes[root].typ
			switch {
			case hasLatin(ref.name):
				latinRoot[root] = true
				if !gazetteer.HasJapanese(ref.name) {
					// A name in both scripts (Appleエコシステム) is no
					// English spelling to compare by sound: its key
					// would be its Latin part's, and tie with Apple.
					latin[nameKey{t, ref.name, root}] = true
				}
			case (translit.IsKatakana(ref.name) || t == Location && translit.IsKatakana(japaneseRegionStem(ref.name))) &&
				s.nodes[ref.target].form != nil:
				katakana[nameKey{t, ref.name, ref.target}] = true
			}
			if t == Person && translit.IsKatakana(ref.name) {
				if toks := nameTokens(ref.name); len(toks) > 1 {
					kanaFirst[toks[0]] = true
				}
			}
		}
	}
	// Only katakana names of entities with no anchor and no English name
	// need a link; without any, the candidate pools are not built.
	wanted := map[Type]bool{}
	for k := range katakana {
		if root := s.find(k.node); s.nodes[root].anchored() || latinRoot[root] {
			delete(katakana, k)
			continue
		}
		wanted[k.t] = true
	}
	if len(katakana) == 0 {
		return
	}
	// The full names of each side's people, for a surname that links
	// alone (チャン) to answer for the full names of its set (マイケル・
	// チャン) too.
	kanaFull, latinFull := map[int32][][]string{}, map[int32][][]string{}
	for k := range katakana {
		if toks := nameTokens(k.name); k.t == Person && len(toks) > 1 {
			root := s.find(k.node)
			kanaFull[root] = append(kanaFull[root], toks)
		}
	}
	full, single := candidatePool{}, candidatePool{}
	for k := range latin {
		if !wanted[k.t] || isAcronymForm(k.name) && !readAsWord(k.name) {
			continue
		}
		rank := s.nodes[k.node].key + "\x00" + k.name
		if stem := regionStem(k.name); stem != "" && k.t == Location {
			// Zaporizhzhia Oblast is compared as Zaporizhzhia, as
			// ザポリージャ州 is as ザポリージャ.
			single.add(k.t, translitCandidate{name: stem, key: translit.Key(stem), root: k.node, rank: rank})
			continue
		}
		toks := nameTokens(k.name)
		if len(toks) == 1 {
			single.add(k.t, translitCandidate{name: k.name, key: translit.Key(k.name), root: k.node, rank: rank})
			continue
		}
		c := translitCandidate{name: k.name, key: translit.Key(k.name), root: k.node, rank: rank}
		if k.t == Person {
			last := surname(toks)
			c.last = translit.Key(last)
			c.parts = namePartsForLink(k.name)
			latinFull[k.node] = append(latinFull[k.node], c.parts)
			single.add(k.t, translitCandidate{name: last, key: c.last, root: k.node, rank: rank, surname: true})
		}
		full.add(k.t, c)
	}
	for _, byClass := range []candidatePool{full, single} {
		for _, m := range byClass {
			for _, list := range m {
				sort.Slice(list, func(i, j int) bool { return list[i].rank < list[j].rank })
			}
		}
	}

	type link struct {
		from, to int32
		order    string
		full     bool // made by a full name
	}
	var links []link
	var ctx contexts
	for k := range katakana {
		name := k.name
		if stem := japaneseRegionStem(name); stem != "" && k.t == Location {
			name = stem
		}
		key := translit.Key(name)
		if len(key) < 3 {
			continue // too short to tell names apart by sound
		}
		// A katakana word that names things (アプリ, アリ "ant", トヨタ)
		// is no person's name, however like one it sounds.
		toks := nameTokens(name)
		if k.t == Person && s.r.gaz.IsKatakanaWord(toks[len(toks)-1]) {
			continue // キラー・ドローン is no Kylo Ren
		}
		if k.t != Person && s.r.gaz.IsCommonKatakanaWord(name) {
			continue // アプリ (app) is not Apple, アップル is
		}
		if k.t == Person && len(toks) == 1 && kanaFirst[name] {
			// The corpus writes it as a first name (イーロン of
			// イーロン・マスク), and a first name alone joins no one by
			// its sound: イーロン is not Aaron.
			continue
		}
		pool, lastKey := single, ""
		var parts []string
		if len(toks) > 1 {
			pool = full
			if k.t == Person {
				lastKey = translit.Key(toks[len(toks)-1])
				parts = toks
			}
		}
		limit := s.r.thresholdFor(k.t) + s.r.margin()
		if k.t == Person {
			limit = max(limit, personNear)
		}
		cands := s.r.nearNames(key, lastKey, pool[k.t][translit.SoundClass(key[0])], limit)
		bestRoot := int32(-1)
		var top scored
		var f linkFeatures
		ok := len(cands) > 0
		decide := bySound // a place's or an organisation's name, or no model bound
		if k.t == Person && s.r.maxCost() > 0 {
			top, f, ok = s.r.rankPersons(name, cands)
			decide = s.r.personDecider(f)
		}
		switch {
		case !ok || decide == byCost: // nothing to link, or too unlikely a rendering
		case decide == byScorer:
			bestRoot = s.r.pickPerson(top, f)
		default:
			// Another name sounds as near (a person's) or a place or an
			// organisation: the sound decides, and the model only breaks
			// a tie where the names share context.
			near := map[int32]scored{}
			for _, c := range cands {
				if o, ok := near[c.root]; !ok || c.d < o.d {
					near[c.root] = c
				}
			}
			shares := func(root int32) bool { return ctx.share(s, k.node, root) }
			bestRoot = s.r.pickTransliteration(name, near, s.r.thresholdFor(k.t), shares)
		}
		if bestRoot < 0 {
			continue
		}
		if k.t == Person && parts == nil && len(latinFull[bestRoot]) > 0 &&
			(givenNameOnly(name) || isGivenNameIn(nearest(cands, bestRoot), latinFull[bestRoot])) {
			// A first name alone joins no full name: ピーター is
			// not Thomas Peter, nor ジュリアン Rudy Giuliani by the
			// bare Giuliani of his articles, nor ナニー Nancy Wilson
			// by her bare Nancy. The name it sounds most like was its
			// best match, so it joins no one else either (ジュリアン is
			// not Ghulam).
			continue
		}
		if k.t == Person && parts == nil && !titled[k.node] && !s.r.glossedAs(name, cands, bestRoot) {
			continue // ポニー "pony" is not Penny
		}
		if k.t == Person && parts == nil && !s.r.fullNamesAgree(kanaFull[s.find(k.node)], latinFull[bestRoot]) {
			continue // チャン, with マイケル・チャン, is not Priscilla Chan
		}
		if parts != nil && !s.r.partsAgreeWith(parts, cands, bestRoot) {
			// マイケル・グリフィン is not Mikhail Galuzin. A look-alike
			// whose parts disagree still stood in the way of a tie.
			continue
		}
		links = append(links, link{k.node, bestRoot, s.nodes[k.node].key, parts != nil})
	}
	// The names of one katakana set join one English entity: two that the
	// English text keeps apart are not made one by katakana forms that
	// sound like each (ピーター・ティール is Peter Thiel; ティール, its
	// surname, sounds nearer Emmett Till). A full name's link speaks for
	// the set over a single name's; if full names still disagree, the set
	// links to neither.
	targets := map[int32]map[int32]bool{}     // a katakana set's root -> the entities its links join
	fullTargets := map[int32]map[int32]bool{} // ... those its full names' links join
	for _, l := range links {
		set := s.find(l.from)
		addTarget(targets, set, l.to)
		if l.full {
			addTarget(fullTargets, set, l.to)
		}
	}
	kept := links[:0]
	for _, l := range links {
		if set := s.find(l.from); len(targets[set]) > 1 && (!l.full || len(fullTargets[set]) > 1) {
			continue
		}
		kept = append(kept, l)
	}
	links = kept
	sort.Slice(links, func(i, j int) bool { return links[i].order < links[j].order })
	for _, l := range links {
		s.union(l.from, l.to)
	}
}

// nearest returns the name of entity root nearest by sound among cands, or
// nil.
func nearest(cands []scored, root int32) *scored {
	var best *scored
	for i, c := range cands {
		if c.root == root && (best == nil || c.d < best.d) {
			best = &cands[i]
		}
	}
	return best
}

// isGivenNameIn reports whether a single English name c is the first part of
// one of its person's full names (fulls, namePartsForLink) and the last
// part of none: the Nancy of Nancy Wilson, whom a katakana name alone does
// not join by it, as Japanese text names a person by the surname.
func isGivenNameIn(c *scored, fulls [][]string) bool {
	if c == nil || c.surname {
		return false
	}
	name, first := c.name, false
	for _, f := range fulls {
		switch {
		case len(f) < 2:
		case strings.EqualFold(f[len(f)-1], name):
			return false
		case strings.EqualFold(f[0], name):
			first = true
		}
	}
	return first
}

// addTarget records that a link of katakana set joins entity to.
func addTarget(m map[int32]map[int32]bool, set, to int32) {
	if m[set] == nil {
		m[set] = map[int32]bool{}
	}
	m[set][to] = true
}

// glossedAs reports whether a single katakana person name may join entity
// root by its sound: unless the dictionaries give the word as a common noun
// or the name of a thing and never as a person's name (ポニー "pony", ソニー
// the company; gazetteer.ThingWord), it may, and if they do, only as the
// very word they gloss it by (ピンク and the singer Pink, ジャガー and Mick
// Jagger, which ENAMDICT knows). The tagger takes such words for persons
// in running text (ポニー乗馬体験, "pony rides"), and a word that is a noun
// first sounds like one English name or another often enough (Penny): the
// link needs more than the sound, as a title on one of its mentions
// (linkTransliterations checks that), or the dictionary's own spelling.
func (r *Resolver) glossedAs(ja string, cands []scored, root int32) bool {
	glosses, ok := r.gaz.ThingWord(ja)
	if !ok {
		return true
	}
	for _, c := range cands {
		if c.root == root && slices.Contains(glosses, strings.ToLower(c.name)) {
			return true
		}
	}
	return false
}

// givenNameOnly reports whether the name dictionary knows a katakana word
// as a given name and never as a surname or a name of either kind
// (ENAMDICT's g, m or f alone: ピーター, ジョン, マイケル; not アンドリュー,
// which it leaves unclassified). A first name alone joins no one's full
// name through its surname, however alike they sound: ピーター is not
// Thomas Peter, ジョン not Elton John.
func givenNameOnly(name string) bool {
	k := namedict.DefaultKinds().Of(namedict.HashName(name))
	return k&namedict.GivenName != 0 && k&(namedict.Surname|namedict.PersonName) == 0
}

// readAsWord reports whether a name written in capitals can be said as a
// word, as UNESCO (ユネスコ) and NATO are: it has a vowel and no run of
// three consonants. Katakana renders a word's sound, so a name that can
// only be spelt out (APPL, NHK) is no rendering's twin, however alike the
// letters: アップル is Apple.
func readAsWord(name string) bool {
	vowel, run := false, 0
	for _, r := range strings.ToLower(name) {
		switch {
		case strings.ContainsRune("aeiouy", r):
			vowel, run = true, 0
		case r >= 'a' && r <= 'z':
			if run++; run >= 3 {
				return false
			}
		}
	}
	return vowel
}

// nearNames returns the candidates of list whose sound is within limit of
// the katakana key (a full name's surname within the threshold of the
// candidate's surname too).
func (r *Resolver) nearNames(key, lastKey string, list []translitCandidate, limit float64) []scored {
	var out []scored
	for _, c := range list {
		if d := len(c.key) - len(key); d > len(key)/2+3 || -d > len(key)/2+3 {
			continue
		}
		d := translit.KeyDistance(key, c.key)
		if d > limit {
			continue
		}
		if lastKey != "" && c.last != "" && translit.KeyDistance(lastKey, c.last) > r.threshold {
			// The whole sounds alike but the surnames do not:
			// キラー・ドローン is not Kylo Ren.
			continue
		}
		out = append(out, scored{c, d})
	}
	return out
}

// partsAgreeWith reports whether the parts of a katakana full name agree
// with those of the nearest full name of entity root among cands.
func (r *Resolver) partsAgreeWith(ja []string, cands []scored, root int32) bool {
	best := nearest(cands, root)
	return best == nil || best.parts == nil || r.partsAgree(ja, best.parts)
}

// fullNamesAgree reports whether each katakana full name of a set (ja) has
// its parts agree with those of one English full name of the entity its
// surname would join (en; partsAgree), or the entity has none. A surname
// links alone by its sound, and the corpus pass has joined it to the
// katakana full names that end with it (チャン and マイケル・チャン): the
// link takes them along, and a person is both names or neither: キム・
// ジョンイル is not Vinicius Junior, マイケル・チャン not Priscilla Chan,
// however alike the surnames.
func (r *Resolver) fullNamesAgree(ja, en [][]string) bool {
	if len(en) == 0 {
		return true
	}
	for _, j := range ja {
		if !slices.ContainsFunc(en, func(e []string) bool { return r.partsAgree(j, e) }) {
			return false
		}
	}
	return true
}

// namePartsForLink returns the words of an English full name that a
// katakana rendering writes as its own parts: hyphenated words apart
// (Jean-Luc → ジャン=リュック), initials and generational suffixes left
// out (Kenneth R. Lowe → ケネス・ロウ).
func namePartsForLink(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if generational[strings.ToLower(w)] || len(strings.Trim(w, ".")) <= 1 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// partsAgree reports whether each part of a katakana full name is a likely
// rendering of its counterpart in an English one under the learned model,
// as a single name must be to link. The whole of two full names can sound
// alike while one part is no rendering of the other (スティーブン・ルイス and
// Susan Rice, マイケル・グリフィン and Mikhail Galuzin, ソフィア・ローレン and
// Sylvia Larsen), and a person is both names or neither. The model, not the
// sound distance, judges the parts: it knows the renderings of foreign
// given names that English spelling hides (ホセ for José, ウラジミール for
// Vladimir). Parts are paired in order when both names have as many, else
// the first with the first and the last with the last. With no model bound
// (a negative TranslitMaxCost) the sound distance judges instead.
func (r *Resolver) partsAgree(ja, en []string) bool {
	if len(en) < 2 {
		return true
	}
	pairs := [][2]string{{ja[0], en[0]}, {ja[len(ja)-1], en[len(en)-1]}}
	if len(ja) == len(en) {
		pairs = pairs[:0]
		for i := range ja {
			pairs = append(pairs, [2]string{ja[i], en[i]})
		}
	}
	m, maxCost := r.model(), r.maxCost()
	for _, p := range pairs {
		if maxCost > 0 && m.Cost(p[0], p[1]) > maxCost ||
			maxCost <= 0 && translit.KeyDistance(translit.Key(p[0]), translit.Key(p[1])) > r.threshold+r.margin() {
			return false
		}
	}
	return true
}

// model is the resolver's TranslitModel or the shipped one.
func (r *Resolver) model() *translit.Model {
	if r.opts.TranslitModel != nil {
		return r.opts.TranslitModel
	}
	return translit.DefaultModel()
}

// maxCost is the resolver's TranslitMaxCost or its default; not positive
// means no bound.
func (r *Resolver) maxCost() float64 {
	if r.opts.TranslitMaxCost == 0 {
		return DefaultTranslitMaxCost
	}
	return r.opts.TranslitMaxCost
}

// personNear bounds the sound distance of the English names a katakana
// person name is compared with; LinkScorer weighs the distance of the
// nearest, so a name this far links only if the model finds it a likely
// rendering and no other name sounds as near (Bourriaud → ブリオー 0.32).
const personNear = 0.45

// rankCost is the weight of the model's cost (translit.Model.Cost) beside
// the sound distance when the English names a katakana person name may
// render are ranked: the right name ranks first for 96.6% of the tune
// pairs' katakana names whose English name is within personNear, 95.8% by
// the sound alone (TestTranslitCV, with the model of the Wikidata pairs
// alone).
const rankCost = 0.1

// The features LinkScorer weighs, of the English name ranked first.
type linkFeatures struct {
	d    float64 // its sound distance
	cost float64 // its cost under the model
	gap  float64 // how much nearer by sound than any other entity's name, at most gapCap
	// rivals counts the other entities with a name within rivalSpan of
	// its sound distance: the more names sound alike, the likelier the
	// first of them is a coincidence (a short katakana name of real news
	// has up to twenty).
	rivals int
	// costGap is how much cheaper under the model it is than the
	// cheapest name of any other entity, at most costGapCap: where two
	// names sound alike (Levie and Rev to レヴィ), the model still knows
	// which one the katakana renders.
	costGap float64
}

// rivalSpan is how much farther than the name ranked first a name of
// another entity may sound and still count as its rival.
const rivalSpan = 0.1

// gapCap bounds linkFeatures.gap: a name with no rival this near is alone.
const gapCap = 0.3

// costGapCap bounds linkFeatures.costGap, as gapCap bounds the sound's.
const costGapCap = 3

// A LinkScorer decides whether a katakana person name joins the English
// name of the corpus it most likely renders: a logistic model of the
// chance that the name ranked first (by sound and model cost) is its own,
// over the sound distance, the model's cost, their product, the gap to the
// nearest rival, the log of one plus the number of rivals and how much
// cheaper under the model it is than any other entity's name, fitted by
// TestTranslitCV over the tune half of the Wikidata pairs in corpora where
// half the katakana names have no English twin. The name links when the
// chance reaches MinProb. It decides where the sound alone could not: a
// name farther than the threshold that the model finds a usual rendering
// (Chaput → シャプー, 0.31), not a near one it finds unlikely where other
// names sound almost as near (フィッシング "phishing" and Paysinger), and
// a tie of sound the model breaks by the tie margin (personDecider). In a
// tie the model cannot break, the sound and the context decide as for
// places (pickTransliteration).
type LinkScorer struct {
	Bias, Distance, Cost, DistanceCost, Gap, Rivals, CostGap float64
	MinProb                                                  float64
}

// DefaultLinkScorer is the scorer fitted over all five folds of the tune
// half, with the MinProb the folds chose (TestTranslitCV): the lowest of
// 0.2, 0.3 and 0.4 whose wrong merges stay under 2% where half the
// katakana names have no twin (0.2: 91.0% right, 2.0% of the katakana
// names joined to a name not theirs; 0.3: 90.6%, 1.5%).
var DefaultLinkScorer = LinkScorer{Bias: 4.62, Distance: -3.76, Cost: -1.27, DistanceCost: -4.87, Gap: 2.56, Rivals: -0.56, CostGap: 0.64, MinProb: 0.3}

// prob is the chance the scorer gives a link with features f.
func (l *LinkScorer) prob(f linkFeatures) float64 {
	x := f.vector()
	z := l.Bias + l.Distance*x[0] + l.Cost*x[1] + l.DistanceCost*x[2] + l.Gap*x[3] + l.Rivals*x[4] + l.CostGap*x[5]
	return 1 / (1 + math.Exp(-z))
}

// vector returns the features as the scorer weighs them, in the order of
// its weights.
func (f linkFeatures) vector() [6]float64 {
	return [6]float64{f.d, f.cost, f.d * f.cost, f.gap, math.Log1p(float64(f.rivals)), f.costGap}
}

// rankPersons ranks the entities of cands for a katakana person name, each
// by its best name: sound distance plus rankCost times the model's cost.
// It returns the first and its features; ok is false when cands is empty.
func (r *Resolver) rankPersons(ja string, cands []scored) (top scored, f linkFeatures, ok bool) {
	if len(cands) == 0 {
		return top, f, false
	}
	m := r.model()
	type ranked struct {
		scored
		cost, s float64
	}
	best := map[int32]ranked{}
	for _, c := range cands {
		cost := m.Cost(ja, c.name)
		x := ranked{c, cost, c.d + rankCost*cost}
		if o, seen := best[c.root]; !seen || x.s < o.s || x.s == o.s && x.rank < o.rank {
			best[c.root] = x
		}
	}
	var first ranked
	n := 0
	for _, x := range best {
		if n == 0 || x.s < first.s || x.s == first.s && x.rank < first.rank {
			first = x
		}
		n++
	}
	f = linkFeatures{d: first.d, cost: first.cost, gap: gapCap, costGap: costGapCap}
	for root, x := range best {
		if root != first.root {
			f.gap = min(f.gap, x.d-first.d)
			f.costGap = min(f.costGap, x.cost-first.cost)
			if x.d <= first.d+rivalSpan {
				f.rivals++
			}
		}
	}
	return first.scored, f, true
}

// A decider is what decides the link of a katakana person name.
type decider int

const (
	byScorer decider = iota // LinkScorer (pickPerson)
	byCost                  // the model's cost, which finds the rendering too unlikely: no link
	bySound                 // the sound and the context (pickTransliteration)
)

// personDecider returns what decides the link of a katakana person name
// whose English name ranked first (rankPersons) has features f. The
// scorer decides where the model's cost is within the max cost; beyond it
// nothing links, however near the name sounds: the scorer gives little
// weight to the cost of a name that sounds very near, and real news has
// many katakana words that sound like a name of the corpus and are
// nobody's rendering of it (ニーモニック "mnemonic" and Monique, 3.5; リタ
// and Ritter, 2.8, passes it). Where another entity's name sounds within
// the margin, the scorer decides only if the model finds the first name
// cheaper than every other entity's by the tie margin (レヴィ: Levie 1.5,
// Rev 3.1): two names it cannot tell apart, as one surname of two people
// (Barack and Michelle Obama), are left to the sound and the context
// (pickTransliteration). TestTranslitCV fits the scorer to the names it
// decides.
func (r *Resolver) personDecider(f linkFeatures) decider {
	switch maxCost, tie := r.maxCost(), r.tieMargin(); {
	case f.gap < r.margin() && (tie < 0 || f.costGap < tie):
		return bySound
	case maxCost > 0 && f.cost > maxCost:
		return byCost
	}
	return byScorer
}

// pickPerson returns the entity of the English name ranked first for a
// katakana person name if the scorer, deciding (personDecider), finds it
// likely the name's own, or -1.
func (r *Resolver) pickPerson(top scored, f linkFeatures) int32 {
	l := r.opts.TranslitScorer
	if l == nil {
		l = &DefaultLinkScorer
	}
	if l.prob(f) < l.MinProb {
		return -1
	}
	return top.root
}

// A scored candidate is an entity's nearest English name to a katakana name.
type scored struct {
	translitCandidate
	d float64 // translit.KeyDistance
}

// DefaultTranslitTieMargin is how much cheaper one English name must be
// under the learned model (translit.Model.Cost, per katakana unit) than
// every other in a tie of the sound distance for a katakana name to link to
// it. A person's tie then goes to the scorer (personDecider); a place's or
// an organisation's, or a person's the model cannot break, links only where
// the names share context (pickTransliteration). On the folds of the tune
// half (TestTranslitCV) a margin of 0.4 and one of 1 link as many names
// right (90.7% and 90.6%, ± 1.0) and wrong (1.55% and 1.50% with twinless
// names); on real news 0.4 also joined カルボ to Kaleb and ジョン・パーキンス
// to John Hopkins, each at a margin under 1.
const DefaultTranslitTieMargin = 1

// DefaultTranslitMaxCost is the largest cost under the learned model
// (translit.Model.Cost) at which a katakana name links at all, however near
// it sounds, chosen by cross-validation (TestTranslitCV): with the model
// trained on ENAMDICT's names too, 2.5, 3 and 3.5 link 90.4%, 91.2% and
// 91.5% of the folds' names right, and 1.3%, 1.7% and 2.0% of the katakana
// names join a name not theirs where half have no twin; 3.5 is too near
// the 2% the links must stay under.
const DefaultTranslitMaxCost = 3

// pickTransliteration returns the entity a katakana name transliterates,
// or -1: the nearest by sound distance, if within threshold and nearer than
// any other entity by the margin. When two or more are within the margin
// (Vance, Evans), the learned model, which knows how often each rendering
// happens, chooses among them if it prefers one by the tie margin and the
// two names share context (shares: they co-occur with one same other
// entity), since in a tie the sound alone says little: most katakana names
// of the news have no English twin in the corpus, and the nearest of
// several look-alikes is then no one's. Either way the model must find the
// rendering likely enough (the max cost).
func (r *Resolver) pickTransliteration(ja string, near map[int32]scored, threshold float64, shares func(root int32) bool) int32 {
	if len(near) == 0 {
		return -1
	}
	cands := make([]scored, 0, len(near))
	for _, c := range near {
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].d != cands[j].d {
			return cands[i].d < cands[j].d
		}
		return cands[i].rank < cands[j].rank
	})
	best := cands[0]
	if best.d > threshold {
		return -1
	}
	m, maxCost := r.model(), r.maxCost()
	if len(cands) == 1 || cands[1].d-best.d >= r.margin() {
		if maxCost > 0 && m.Cost(ja, best.name) > maxCost {
			return -1 // ニーモニック sounds like Monique; no one writes it so
		}
		return best.root
	}
	tie := r.tieMargin()
	if tie < 0 {
		return -1
	}
	var pick scored
	first, second := math.Inf(1), math.Inf(1)
	for _, c := range cands {
		if c.d-best.d >= r.margin() {
			break
		}
		switch cost := m.Cost(ja, c.name); {
		case cost < first:
			pick, first, second = c, cost, first
		case cost < second:
			second = cost
		}
	}
	if second-first < tie || pick.d > threshold || maxCost > 0 && first > maxCost || !shares(pick.root) {
		return -1
	}
	return pick.root
}

// tieMargin is the resolver's TranslitTieMargin or its default; negative
// means the model breaks no tie.
func (r *Resolver) tieMargin() float64 {
	if r.opts.TranslitTieMargin == 0 {
		return DefaultTranslitTieMargin
	}
	return r.opts.TranslitTieMargin
}

// contexts finds, when first asked, the entities each entity co-occurs with.
type contexts struct {
	docsOf map[int32][]int // root -> the documents naming it, in order
}

// share reports whether the entities of nodes a and b co-occur in their
// documents with one same third entity.
func (c *contexts) share(s *resolution, a, b int32) bool {
	if c.docsOf == nil {
		c.docsOf = map[int32][]int{}
		for di, refs := range s.docs {
			for _, ref := range refs {
				if ref.target < 0 {
					continue
				}
				r := s.find(ref.target)
				if d := c.docsOf[r]; len(d) == 0 || d[len(d)-1] != di {
					c.docsOf[r] = append(d, di)
				}
			}
		}
	}
	ra, rb := s.find(a), s.find(b)
	around := func(r int32) map[int32]bool {
		out := map[int32]bool{}
		for _, di := range c.docsOf[r] {
			for _, ref := range s.docs[di] {
				if ref.target >= 0 {
					out[s.find(ref.target)] = true
				}
			}
		}
		delete(out, ra)
		delete(out, rb)
		return out
	}
	na := around(ra)
	for r := range around(rb) {
		if na[r] {
			return true
		}
	}
	return false
}

// Organisations and places link at most this far, whatever
// TranslitThreshold says: the person pairs it was tuned on say nothing of
// them, and the gazetteer knows most. Company names in katakana spell their
// English names closely (アップル 0.13, ツイッター 0.15, マイクロソフト 0.09);
// トヨタ is 0.18 from Twitter.
const (
	placeTranslitThreshold = 0.2
	orgTranslitThreshold   = 0.15
)

// thresholdFor is the largest distance at which a katakana name of type t
// links to an English one.
func (r *Resolver) thresholdFor(t Type) float64 {
	switch t {
	case Organization:
		return min(r.threshold, orgTranslitThreshold)
	case Location:
		return min(r.threshold, placeTranslitThreshold)
	}
	return r.threshold
}

// margin is the resolver's TranslitMargin or its default.
func (r *Resolver) margin() float64 {
	if r.opts.TranslitMargin > 0 {
		return r.opts.TranslitMargin
	}
	return DefaultTranslitMargin
}

// japaneseRegionStem returns a Japanese region name without its suffix 州
// (ザポリージャ州 → ザポリージャ), or "".
func japaneseRegionStem(name string) string {
	stem, ok := strings.CutSuffix(name, "州")
	if !ok {
		return ""
	}
	return stem
}

// isJapaneseName reports whether a surface is written in Japanese script.
func isJapaneseName(s string) bool { return gazetteer.HasJapanese(s) }
