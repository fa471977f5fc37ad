package entities

import (
	"sort"
	"strings"

	"github.com/chronograph/chronograph/entities/gazetteer"
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
	key  string // translit.Key of the name
	root int32  // its entity
	rank string // stable order for ties
	last string // translit.Key of a full name's surname, "" for a single name
}

// soundClasses are the classes the katakana rendering of an English name may
// begin with: Charles → シャルル or チャールズ, Hugh → ヒュー, George → ジョージ.
func soundClasses(c byte) []byte {
	out := []byte{translit.SoundClass(c)}
	switch c {
	case 'C':
		out = append(out, 'K', 'D')
	case 'h', 'w':
		out = append(out, 'V', 'P')
	case 'y', 'j':
		out = append(out, 'V', 'S')
	case 'g':
		out = append(out, 'S')
	case 't', 'T':
		out = append(out, 'S', 'D')
	case 'd':
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
	for _, refs := range s.docs {
		for _, ref := range refs {
			if ref.target < 0 {
				continue
			}
			root := s.find(ref.target)
			t := s.nodes[root].typ
			switch {
			case hasLatin(ref.name):
				latinRoot[root] = true
				latin[nameKey{t, ref.name, root}] = true
			case (translit.IsKatakana(ref.name) || t == Location && translit.IsKatakana(japaneseRegionStem(ref.name))) &&
				s.nodes[ref.target].form != nil:
				katakana[nameKey{t, ref.name, ref.target}] = true
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
	full, single := candidatePool{}, candidatePool{}
	for k := range latin {
		if !wanted[k.t] {
			continue
		}
		rank := s.nodes[k.node].key + "\x00" + k.name
		if stem := regionStem(k.name); stem != "" && k.t == Location {
			// Zaporizhzhia Oblast is compared as Zaporizhzhia, as
			// ザポリージャ州 is as ザポリージャ.
			single.add(k.t, translitCandidate{key: translit.Key(stem), root: k.node, rank: rank})
			continue
		}
		toks := nameTokens(k.name)
		if len(toks) == 1 {
			single.add(k.t, translitCandidate{key: translit.Key(k.name), root: k.node, rank: rank})
			continue
		}
		c := translitCandidate{key: translit.Key(k.name), root: k.node, rank: rank}
		if k.t == Person {
			c.last = translit.Key(surname(toks))
		}
		full.add(k.t, c)
		if k.t == Person {
			single.add(k.t, translitCandidate{key: translit.Key(surname(toks)), root: k.node, rank: rank})
		}
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
	}
	var links []link
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
		if toks := nameTokens(name); k.t == Person && s.r.gaz.IsKatakanaWord(toks[len(toks)-1]) {
			continue // キラー・ドローン is no Kylo Ren
		}
		if k.t != Person && s.r.gaz.IsCommonKatakanaWord(name) {
			continue // アプリ (app) is not Apple, アップル is
		}
		pool, lastKey := single, ""
		if toks := nameTokens(name); len(toks) > 1 {
			pool = full
			if k.t == Person {
				lastKey = translit.Key(toks[len(toks)-1])
			}
		}
		best, second := -1.0, -1.0
		var bestRoot int32 = -1
		for _, c := range pool[k.t][translit.SoundClass(key[0])] {
			if d := len(c.key) - len(key); d > len(key)/2+3 || -d > len(key)/2+3 {
				continue
			}
			d := translit.KeyDistance(key, c.key)
			if lastKey != "" && c.last != "" && translit.KeyDistance(lastKey, c.last) > s.r.threshold {
				// The whole sounds alike but the surnames do not:
				// キラー・ドローン is not Kylo Ren.
				continue
			}
			switch {
			case bestRoot < 0 || d < best:
				if bestRoot >= 0 && c.root != bestRoot {
					second = best
				}
				best, bestRoot = d, c.root
			case c.root != bestRoot && (second < 0 || d < second):
				second = d
			}
		}
		if bestRoot < 0 || best > s.r.thresholdFor(k.t) || (second >= 0 && second-best < s.r.margin()) {
			continue
		}
		links = append(links, link{k.node, bestRoot, s.nodes[k.node].key})
	}
	sort.Slice(links, func(i, j int) bool { return links[i].order < links[j].order })
	for _, l := range links {
		s.union(l.from, l.to)
	}
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
