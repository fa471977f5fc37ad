package entities

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/gazetteer"
	"github.com/chronograph/chronograph/entities/namedict"
	"github.com/chronograph/chronograph/entities/translit"
)

// DocMentions are the mentions of one document, in text order.
type DocMentions struct {
	Doc      string
	Mentions []Mention
	// Abbreviations pairs a name with the abbreviation the text defines
	// for it (indices into Mentions; see DefinedAbbreviations): the
	// abbreviation is that name in the document, and in the corpus when no
	// other document defines it otherwise.
	Abbreviations [][2]int
	// Weights, when set, gives how many mentions each of Mentions stands
	// for (a document's distinct names, counted); nil means one each.
	Weights []int
	// Resolved says the mentions are the names of an entity resolved
	// before, in its own document (the corpus pass over local entities):
	// the evidence of the text (titles, honorifics) was weighed then.
	Resolved bool
	// Documents is how many documents the mentions were found in (a local
	// entity of several); 0 means one. A surname the corpus gives to full
	// names in like numbers of mentions goes to the one named in the most
	// documents (linkAcrossCorpus).
	Documents int
	// Anchor is the English name of the gazetteer entry the document pass
	// gave a local entity by its article's country (Entity.Anchor): its
	// bare names (民主党) are that entry (anchorByCountry).
	Anchor string
}

// Entity is a canonical entity: one person, place or organisation.
type Entity struct {
	ID      string            // stable across runs: derived from Type and the canonical name
	Type    Type              //
	Names   map[string]string // display name per language ("en", "ja"); "en" is always set
	Aliases []string          // every surface form, sorted
	Langs   []string          // languages it was seen in, sorted
	// Outlet marks a news outlet (an organisation the gazetteer or the
	// outlet list knows as one, or named like one): whether it is a source
	// or an actor of a corpus depends on how the text names it (SourceRole).
	Outlet bool
	// MarkedSource: the user's alias file names it a source (a
	// source<TAB>surface line), whatever the text says.
	MarkedSource bool
	// Anchor is the English name of the gazetteer entry a bare name of it
	// was given by its document's country (民主党 in an article about the
	// United States is the Democratic Party), "" when its names say what
	// it is: a local entity keeps it for the corpus pass (DocMentions.Anchor).
	Anchor string
}

// Name returns the display name in lang, falling back to English.
func (e *Entity) Name(lang string) string {
	if n, ok := e.Names[lang]; ok && n != "" {
		return n
	}
	return e.Names["en"]
}

// AmbiguousSurname is the Entity.Anchor (and DocMentions.Anchor) of a
// surname its document gives to two full names of its own and leaves to
// neither (Blake and Elizabeth Snyder, and "Snyder"): the corpus pass
// joins it to no full name, where the names alone would let the corpus's
// most named Snyder take it.
const AmbiguousSurname = "-"

// DefaultTranslitThreshold is the largest translit distance at which a
// katakana name is linked to an English name of the corpus by sound alone:
// a person's where another English name sounds within the margin (the
// model then breaks the tie only where the names share context), or where
// TranslitMaxCost leaves the model out. Elsewhere a person's link is
// decided by a LinkScorer over the sound and the learned model
// (DefaultLinkScorer), which also links names up to 0.45 that the model
// finds a usual rendering. Chosen by 5-fold cross-validation over the tune
// half of the Wikidata name pairs (en-ja-translit.dev, TestTranslitCV), in
// corpora of 100 names with as many katakana names again that have no
// English twin, as in real news: 90.4% ± 0.9 of katakana names join their
// own English name, 0.34% another's, and 2.5% of all katakana names a name
// not theirs (the sound and the max cost alone: 90.1%, 0.4%, 3.1%).
// Held-out half (TestTranslitLinks): 90.0%, 0.23%, 2.5% (was 89.7%, 0.27%,
// 3.1%). Places link at 0.2 at most, organisations at 0.15.
const DefaultTranslitThreshold = 0.28

// ResolverOptions configure a Resolver.
type ResolverOptions struct {
	// Aliases from the user's alias file: the most trusted links.
	Aliases Aliases
	// Gazetteer of known entities; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// TranslitThreshold bounds the distance of katakana ↔ English links;
	// 0 means DefaultTranslitThreshold, a negative value disables them.
	TranslitThreshold float64
	// TranslitMargin is how much closer the best English name must be
	// than the best of another entity; 0 means DefaultTranslitMargin.
	TranslitMargin float64
	// TranslitModel breaks the ties TranslitMargin leaves; nil means
	// translit.DefaultModel().
	TranslitModel *translit.Model
	// TranslitTieMargin is how much cheaper under TranslitModel
	// (translit.Model.Cost) the chosen English name must be than the others
	// in a tie; 0 means DefaultTranslitTieMargin, a negative value leaves
	// ties unlinked.
	TranslitTieMargin float64
	// TranslitMaxCost is the largest cost under TranslitModel at which a
	// katakana name links; 0 means DefaultTranslitMaxCost, a negative
	// value sets no bound and leaves person links to the sound alone (no
	// TranslitScorer).
	TranslitMaxCost float64
	// NameDict gives the English names of kanji names (linkKanjiNames);
	// nil means namedict.Default().
	NameDict *namedict.Dict
	// NoNameDict turns the kanji ↔ English dictionary links off.
	NoNameDict bool
	// TranslitScorer decides the links of katakana person names; nil
	// means DefaultLinkScorer. TranslitMargin, TranslitTieMargin and
	// TranslitMaxCost bound those of places and organisations; of a
	// person's, TranslitTieMargin also says which ties of sound the
	// scorer decides (those the model breaks by it).
	TranslitScorer *LinkScorer
}

// Resolver merges mentions into canonical entities. It is immutable once
// made and safe for concurrent use.
//
// Links, from the most trusted: the user's alias file; the gazetteer (a
// mention typed LOCATION or ORGANIZATION that names a country is that
// country); a single name after a full name in the same document (Keith
// Kellogg … Kellogg, キース・ケロッグ … ケロッグ, 石破茂 … 石破) or anywhere in the
// corpus when only one full name has it; an acronym defined by a full name in
// the same document (International Atomic Energy Agency … IAEA); a katakana
// name to the English name of the corpus it transliterates (ケロッグ ≈ Kellogg).
// Two full names never merge because they share a word (Donald Trump, Melania
// Trump), and no link crosses types.
type Resolver struct {
	opts       ResolverOptions
	gaz        *gazetteer.Gazetteer
	threshold  float64
	aliasIndex map[string]int // Normalize(surface) -> index in opts.Aliases.Entries
	drop       map[string]bool
	sources    map[string]bool // Normalize(surface) of the alias file's source lines
	// readings caches what a surface form says on its own, ids the ID of
	// an entity by type and English name: the pipeline resolves every
	// document, and names recur from one to the next. Each keeps at most
	// maxReadings.
	readings cache[*reading]
	ids      cache[string]
	// aliasGaz is the gazetteer entry each alias entry absorbed;
	// aliasLinks the links to make in each resolution, in order.
	aliasGaz   []*gazetteer.Entry
	aliasLinks []aliasLink
	// countryForms are the entries a bare name shortens, by its
	// normalised form (民主党 of 米民主党); regionCountry the country of
	// each region; home the country of homeCountry (indexCountryForms).
	countryForms  map[string][]countryForm
	regionCountry map[*gazetteer.Entry]*gazetteer.Entry
	home          *gazetteer.Entry
}

// cache is a map safe for concurrent use that stops growing at maxReadings
// entries. Lookups take a read lock: a typed map with a mutex is faster
// than sync.Map's hashing of interface keys.
type cache[V any] struct {
	mu sync.RWMutex
	m  map[surfaceKey]V
}

func (c *cache[V]) get(k surfaceKey) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

func (c *cache[V]) put(k surfaceKey, v V) {
	c.mu.Lock()
	if c.m == nil {
		c.m = map[surfaceKey]V{}
	}
	if len(c.m) < maxReadings {
		c.m[k] = v
	}
	c.mu.Unlock()
}

// maxReadings bounds the reading cache of a Resolver (some 20 MB); the
// surfaces of a corpus with more distinct names than that are read anew.
const maxReadings = 1 << 16

// surfaceKey is a mention's text and type.
type surfaceKey struct {
	t    Type
	text string
}

// reading is what the resolver learns from a surface form alone, before
// any document context: its cleaned name, its form and its anchor.
type reading struct {
	drop    bool   // junk: no entity owns it
	name    string // the cleaned name, without titles
	nameKey string // gazetteer.Normalize(name): the name whatever its type
	formKey string // type + "\x00" + the form's tokens
	tokens  []string
	alias   int              // the alias-file entry it names, or -1
	entry   *gazetteer.Entry // else the gazetteer entry it names, or nil
	titled  bool             // a title or honorific came with the name (トランプ氏): a person
	code    bool             // entry is named by a Latin code alone (CA, CO): see codeNamesEntry
}

// NewResolver returns a Resolver.
func NewResolver(opts ResolverOptions) *Resolver {
	r := &Resolver{opts: opts, gaz: opts.Gazetteer, threshold: opts.TranslitThreshold,
		aliasIndex: map[string]int{}, drop: map[string]bool{}, sources: map[string]bool{}}
	if r.gaz == nil {
		r.gaz = gazetteer.Default()
	}
	if r.threshold == 0 {
		r.threshold = DefaultTranslitThreshold
	}
	// A later entry does not take a surface an earlier one claimed.
	for i, e := range opts.Aliases.Entries {
		for _, s := range append([]string{e.Canonical}, e.Aliases...) {
			k := gazetteer.Normalize(s)
			if _, ok := r.aliasIndex[k]; !ok && k != "" {
				r.aliasIndex[k] = i
			}
		}
	}
	for _, s := range opts.Aliases.Drop {
		r.drop[gazetteer.Normalize(s)] = true
	}
	for _, s := range opts.Aliases.Sources {
		r.sources[gazetteer.Normalize(s)] = true
	}
	r.linkAliases()
	r.indexCountryForms()
	return r
}

// Resolve merges the mentions of all documents into entities. It returns the
// entities sorted by ID and, for each document and mention, the index of its
// entity, or -1 when the mention was dropped as junk. The result does not
// depend on the order of the documents.
func (r *Resolver) Resolve(docs []DocMentions) ([]Entity, [][]int) {
	s := newResolution(r)
	s.readMentions(docs)
	s.oneTypePerName(docs)
	s.linkInDocuments()
	s.linkAcrossCorpus()
	s.linkTransliterations()
	s.linkKanjiNames()
	s.dropLoanwordNames()
	return s.entities()
}

// A node is what a mention resolves to: an anchor (an alias-file entry or a
// gazetteer entry) or a form (a type and a normalised name). Nodes are
// merged with a union-find; a set of merged nodes is one entity.
type node struct {
	key    string // stable identity, for deterministic ordering
	typ    Type
	alias  int              // index of the alias entry, or -1
	entry  *gazetteer.Entry // gazetteer entry, or nil
	parent int32
	form   *form // nil for anchors
}

func (n *node) anchored() bool { return n.alias >= 0 || n.entry != nil }

// A form is a distinct (type, normalised name) seen in the corpus.
type form struct {
	node   int32
	tokens []string // formTokens of the name
}

// A mentionRef is what the first pass learns about a mention.
type mentionRef struct {
	form   int32 // form node, or -1 when dropped
	anchor int32 // anchor node, or -1
	alias  bool  // the anchor comes from the alias file
	name   string
	key    string // the name whatever its type (reading.nameKey)
	target int32  // the node the mention resolves to
	titled bool   // reading.titled
	code   bool   // reading.code
}

type resolution struct {
	r        *Resolver
	nodes    []node
	forms    map[string]int32 // type + "\x00" + formTokens(name) -> node
	gazNodes map[*gazetteer.Entry]int32
	docs     [][]mentionRef
	langs    [][]string
	abbrevs  [][][2]int // per document, DocMentions.Abbreviations
	weights  [][]int    // per document, DocMentions.Weights
	resolved []bool     // per document, DocMentions.Resolved
	anchors  []string   // per document, DocMentions.Anchor
	ndocs    []int      // per document, DocMentions.Documents, at least 1
	// byContext marks the gazetteer nodes anchorByCountry gave a name;
	// ambiguous the surnames a document shares among full names of its
	// own and leaves to none (AmbiguousSurname).
	byContext, ambiguous map[int32]bool
	// Acronyms defined in documents: acronym form node -> definitions.
	acronymDefs map[int32]map[int32]bool
	// joined marks the form nodes linkAcrossCorpus joined to another.
	joined   map[int32]bool
	aliasGaz []*gazetteer.Entry // the gazetteer entry each alias entry absorbed
}

func newResolution(r *Resolver) *resolution {
	s := &resolution{r: r, forms: map[string]int32{}, gazNodes: map[*gazetteer.Entry]int32{},
		acronymDefs: map[int32]map[int32]bool{}, joined: map[int32]bool{}, byContext: map[int32]bool{}, ambiguous: map[int32]bool{}}
	for i, e := range r.opts.Aliases.Entries {
		s.addNode(node{key: "a\x00" + strconv.Itoa(i), typ: e.Type, alias: i})
	}
	for _, l := range r.aliasLinks {
		g := s.gazNode(l.entry)
		if l.joined {
			s.nodes[g].parent = int32(l.alias)
		}
	}
	s.aliasGaz = r.aliasGaz
	return s
}

// An aliasLink is a gazetteer entry an alias entry names.
type aliasLink struct {
	alias  int
	entry  *gazetteer.Entry
	joined bool // the alias entry absorbs it
}

// linkAliases finds, once for all resolutions, the gazetteer entry each
// alias entry absorbs, so that the gazetteer's other names for it join the
// user's entity: the first of its type that no earlier alias entry took.
func (r *Resolver) linkAliases() {
	r.aliasGaz = make([]*gazetteer.Entry, len(r.opts.Aliases.Entries))
	taken := map[*gazetteer.Entry]bool{}
	for i, e := range r.opts.Aliases.Entries {
		for _, name := range append([]string{e.Canonical}, e.Aliases...) {
			if e.Type == Person {
				name = stripTitles(name) // "President Zelensky" names Zelensky
			}
			for _, g := range r.gaz.Lookup(name) {
				if Type(g.Type) == e.Type && r.aliasGaz[i] == nil {
					l := aliasLink{alias: i, entry: g, joined: !taken[g]}
					if l.joined {
						r.aliasGaz[i], taken[g] = g, true
					}
					r.aliasLinks = append(r.aliasLinks, l)
				}
			}
		}
	}
}

func (s *resolution) addNode(n node) int32 {
	n.parent = int32(len(s.nodes))
	s.nodes = append(s.nodes, n)
	return n.parent
}

func (s *resolution) gazNode(e *gazetteer.Entry) int32 {
	if i, ok := s.gazNodes[e]; ok {
		return i
	}
	i := s.addNode(node{key: "g\x00" + e.Type + "\x00" + e.Name, typ: Type(e.Type), alias: -1, entry: e})
	s.gazNodes[e] = i
	return i
}

func (s *resolution) formNode(t Type, rd *reading) int32 {
	if i, ok := s.forms[rd.formKey]; ok {
		return i
	}
	f := &form{tokens: rd.tokens}
	i := s.addNode(node{key: "f\x00" + rd.formKey, typ: t, alias: -1, form: f})
	f.node = i
	s.forms[rd.formKey] = i
	return i
}

// formTokens returns the normalised words of a name, which identify its
// form. A person's name in Latin script is read loosely: dots and hyphens
// are ignored, leading initials are one word and middle initials are dropped,
// so that J.D. Vance is JD Vance, Donald J. Trump is Donald Trump and Kim
// Jong-un is Kim Jong Un.
func formTokens(t Type, name string) []string {
	if t == Organization {
		name = stripCompany(name)
	}
	var tokens []string
	for _, tok := range nameTokens(name) {
		tokens = append(tokens, gazetteer.Normalize(tok))
	}
	if t != Person || !hasLatin(name) {
		return tokens
	}
	var words []string
	for _, tok := range tokens {
		words = append(words, strings.FieldsFunc(tok, func(r rune) bool { return r == '.' || r == '-' })...)
	}
	var out []string
	for i, w := range words {
		initial := utf8.RuneCountInString(w) == 1
		switch {
		case initial && i > 0 && len(out) == 1 && utf8.RuneCountInString(words[i-1]) == 1 && out[0] != "":
			out[0] += w // J D → jd
		case initial && i > 0 && i < len(words)-1:
			// a middle initial
		default:
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return tokens
	}
	return out
}

func (s *resolution) find(i int32) int32 {
	for s.nodes[i].parent != i {
		s.nodes[i].parent = s.nodes[s.nodes[i].parent].parent
		i = s.nodes[i].parent
	}
	return i
}

// rootAnchor returns the anchor node of i's set, or -1. The root of a set
// holding an anchor is always that anchor.
func (s *resolution) rootAnchor(i int32) int32 {
	root := s.find(i)
	if s.nodes[root].anchored() {
		return root
	}
	return -1
}

// union merges the sets of a and b unless their types differ or they hold
// different anchors; it reports whether they are now one set.
func (s *resolution) union(a, b int32) bool {
	ra, rb := s.find(a), s.find(b)
	if ra == rb {
		return true
	}
	na, nb := &s.nodes[ra], &s.nodes[rb]
	if na.typ != nb.typ || (na.anchored() && nb.anchored()) {
		return false
	}
	if nb.anchored() || (!na.anchored() && nb.key < na.key) {
		ra, rb = rb, ra
	}
	s.nodes[rb].parent = ra
	return true
}

// anchorFor finds the alias entry (its index) or else the gazetteer entry a
// mention names, trying its text with titles (Pope Francis) and then without
// (Trump).
func (r *Resolver) anchorFor(t Type, base, name string) (int, *gazetteer.Entry) {
	for _, cand := range []string{base, name} {
		if i, ok := r.aliasIndex[gazetteer.Normalize(cand)]; ok {
			return i, nil
		}
	}
	return -1, r.gazetteerAnchor(t, base, name)
}

// gazetteerAnchor finds the gazetteer entry a mention names. A strong match
// of the mention's type wins. A place or organisation mention that names a
// country, or a curated place or organisation, is that entity whichever of the
// two types the extractor chose (ドネツク typed ORGANIZATION is the city). Last,
// a code or demonym of the same type is taken, since an extractor already
// judged the text a name (米 typed LOCATION is the United States). A person
// mention is never given another type: Jordan may be a person.
func (r *Resolver) gazetteerAnchor(t Type, base, name string) *gazetteer.Entry {
	matches := [2][]gazetteer.Match{r.gaz.Match(base)}
	if name != base {
		matches[1] = r.gaz.Match(name)
	}
	for _, ms := range matches {
		for _, m := range ms {
			if !m.Weak && Type(m.Entry.Type) == t {
				return m.Entry
			}
		}
	}
	if t == Person {
		return nil
	}
	for _, ms := range matches {
		for _, m := range ms {
			e := m.Entry
			if !m.Weak && e.Type != gazetteer.Person && (e.Curated || e.Subtype == "country" || e.Subtype == "territory") {
				return e
			}
		}
	}
	for _, ms := range matches {
		for _, m := range ms {
			if m.Weak && Type(m.Entry.Type) == t {
				return m.Entry
			}
		}
	}
	return nil
}

// readMentions cleans every mention and finds its form and anchor.
func (s *resolution) readMentions(docs []DocMentions) {
	s.docs = make([][]mentionRef, len(docs))
	s.langs = make([][]string, len(docs))
	s.abbrevs = make([][][2]int, len(docs))
	s.weights = make([][]int, len(docs))
	s.resolved = make([]bool, len(docs))
	s.anchors = make([]string, len(docs))
	s.ndocs = make([]int, len(docs))
	// Names recur: clean and look up each distinct text of each type once.
	type surface struct {
		t    Type
		text string
	}
	n := 0
	for _, d := range docs {
		n += len(d.Mentions)
	}
	// Sized for a document's distinct names; a corpus repeats its names, and
	// the maps grow as it needs.
	n = min(n, 256)
	seen := make(map[surface]mentionRef, n)
	s.forms = make(map[string]int32, n)
	for di, d := range docs {
		refs := make([]mentionRef, len(d.Mentions))
		langs := make([]string, len(d.Mentions))
		for mi, m := range d.Mentions {
			langs[mi] = m.Lang
			if langs[mi] == "" {
				langs[mi] = "en"
				if gazetteer.HasJapanese(m.Text) {
					langs[mi] = "ja"
				}
			}
			k := surface{m.Type, m.Text}
			ref, ok := seen[k]
			if !ok {
				ref = s.readMention(m)
				seen[k] = ref
			}
			refs[mi] = ref
		}
		s.docs[di] = refs
		s.langs[di] = langs
		s.abbrevs[di] = d.Abbreviations
		s.weights[di] = d.Weights
		s.resolved[di] = d.Resolved
		s.anchors[di] = d.Anchor
		s.ndocs[di] = max(d.Documents, 1)
	}
}

// oneTypePerName gives a name the type the corpus mostly gives it: a
// mention typed otherwise is retyped when the name has at least two
// mentions of the other type and at least twice as many, so that one
// mistyped mention (a place taken for a person in one document) does not
// make a second entity. A known person's name (the surname of a full name
// of the corpus) needs only to be typed PERSON in most of its mentions. Mentions with an anchor of their own type (the
// gazetteer or the alias file knows them so) keep it, and so does a
// person's single name that a full name of its document explains.
func (s *resolution) oneTypePerName(docs []DocMentions) {
	type votes [3]int
	// The Japanese tagger reads a Latin word inside Japanese text with
	// little to go on, and takes many for persons (Harvard, Tesla,
	// Telegram). Where English sentences name it too and never as a
	// person, its Japanese "person" mentions do not vote.
	inEnglish, personInEnglish := map[string]bool{}, map[string]bool{} // Latin names of English mentions
	for di, refs := range s.docs {
		for i, ref := range refs {
			if ref.form >= 0 && docs[di].Mentions[i].Lang == "en" && hasLatin(ref.name) {
				inEnglish[ref.key] = true
				if s.nodes[ref.form].typ == Person {
					personInEnglish[ref.key] = true
				}
			}
		}
	}
	count := map[string]*votes{}   // per mention
	weighed := map[string]*votes{} // per mention, weighed by DocMentions.Weights
	outvoted := map[string]bool{}  // names whose Japanese "person" mentions do not vote
	for di, refs := range s.docs {
		for i, ref := range refs {
			if ref.form < 0 {
				continue
			}
			if s.nodes[ref.form].typ == Person && docs[di].Mentions[i].Lang == "ja" && inEnglish[ref.key] && !personInEnglish[ref.key] {
				outvoted[ref.key] = true
				continue
			}
			v, w := count[ref.key], weighed[ref.key]
			if v == nil {
				v, w = new(votes), new(votes)
				count[ref.key], weighed[ref.key] = v, w
			}
			v[typeIndex(s.nodes[ref.form].typ)]++
			w[typeIndex(s.nodes[ref.form].typ)] += s.weight(di, i)
		}
	}
	// The surnames of the corpus's full person names (obama of Barack
	// Obama): such a name is a known person's.
	known := map[string]bool{}
	for _, refs := range s.docs {
		for _, ref := range refs {
			if ref.form >= 0 && s.nodes[ref.form].typ == Person {
				if toks := s.nodes[ref.form].form.tokens; len(toks) >= 2 {
					for _, sn := range surnames(toks) {
						known[sn] = true
					}
				}
			}
		}
	}
	best := map[string]Type{}
	for k, v := range count {
		top := 0
		for i := range v {
			if v[i] > v[top] {
				top = i
			}
		}
		for i := range v {
			if i != top && v[i] > 0 && v[top] >= 2 && v[top] >= 2*v[i] {
				best[k] = Types[top]
			}
		}
		if outvoted[k] && v[top] > 0 {
			best[k] = Types[top]
		}
		// A known person's name typed PERSON in most of its mentions is
		// that person's in the others too: the tagger's "President Obama"
		// as an organisation is a slip, not a second entity. The mentions
		// are weighed: an entity of a document stands for all its own.
		if w, p := weighed[k], typeIndex(Person); known[k] && v[p] >= 2 && 2*w[p] > w[0]+w[1]+w[2] {
			best[k] = Person
		}
	}
	if len(best) == 0 {
		return
	}
	for di, refs := range s.docs {
		var parts map[string]bool // words of the document's full person names
		for mi := range refs {
			ref := &refs[mi]
			if ref.form < 0 || ref.alias {
				continue
			}
			t := s.nodes[ref.form].typ
			want, ok := best[ref.key]
			if !ok || want == t || (ref.anchor >= 0 && s.nodes[ref.anchor].typ == t) {
				continue
			}
			if t == Person {
				if parts == nil {
					parts = s.fullNameParts(refs)
				}
				if toks := s.nodes[ref.form].form.tokens; len(toks) == 1 && (parts[toks[0]] || s.inKanjiFullName(refs, ref.name)) {
					continue
				}
			}
			m := docs[di].Mentions[mi]
			m.Type = want
			if r := s.readMention(m); r.form >= 0 {
				*ref = r
			}
		}
	}
}

// fullNameParts returns the words of the full person names among refs.
func (s *resolution) fullNameParts(refs []mentionRef) map[string]bool {
	parts := map[string]bool{}
	for _, ref := range refs {
		if ref.form < 0 || s.nodes[ref.form].typ != Person {
			continue
		}
		if toks := s.nodes[ref.form].form.tokens; len(toks) >= 2 {
			for _, w := range toks {
				parts[w] = true
			}
		}
	}
	return parts
}

// inKanjiFullName reports whether a longer kanji person name among refs
// begins or ends with the kanji name (中山 or 美穂 of 中山美穂).
func (s *resolution) inKanjiFullName(refs []mentionRef, name string) bool {
	if !isKanjiName(name) {
		return false
	}
	for _, r := range refs {
		if r.form >= 0 && s.nodes[r.form].typ == Person && len(r.name) > len(name) && isKanjiName(r.name) &&
			(strings.HasPrefix(r.name, name) || strings.HasSuffix(r.name, name)) {
			return true
		}
	}
	return false
}

func typeIndex(t Type) int {
	switch t {
	case Person:
		return 0
	case Location:
		return 1
	}
	return 2
}

// readMention finds a mention's form and anchor.
func (s *resolution) readMention(m Mention) mentionRef {
	rd := s.r.read(m.Type, m.Text)
	if rd.drop {
		return mentionRef{form: -1, anchor: -1, target: -1}
	}
	ref := mentionRef{form: s.formNode(m.Type, rd), anchor: -1, name: rd.name, key: rd.nameKey, target: -1, titled: rd.titled, code: rd.code}
	switch {
	case rd.alias >= 0:
		ref.anchor, ref.alias = int32(rd.alias), true
	case rd.entry != nil:
		ref.anchor = s.gazNode(rd.entry)
	}
	return ref
}

// adminSubtypes are the gazetteer subtypes a Japanese place name with an
// administrative suffix names without it: the gazetteer has 横須賀 for the
// city, 神奈川 for the prefecture, テキサス for the state.
var adminSubtypes = map[string][]string{
	"市": {"city", "capital"},
	"県": {"region"},
	"府": {"region"},
	"州": {"region"},
	"省": {"region"},
}

// regionWords are the English words that follow a first-level division's
// name, in the forms the gazetteer and the news write it: Zaporizhzhia
// Oblast, the Kharkiv region, Hebei Province, Washington State.
var regionWords = []string{"Oblast", "oblast", "Region", "region", "Province", "province", "Prefecture",
	"prefecture", "State", "state", "Krai", "krai", "Governorate", "governorate"}

// regionStem returns the name of a division without its English region
// word (Zaporizhzhia Oblast → Zaporizhzhia), or "" if it has none.
func regionStem(name string) string {
	for _, w := range regionWords {
		if stem, ok := strings.CutSuffix(name, " "+w); ok && stem != "" {
			return stem
		}
	}
	return ""
}

// adminAnchor finds the gazetteer place a Japanese name with an
// administrative suffix (横須賀市, 神奈川県) names, of the subtype the suffix
// calls for: 大阪市 is the city, 大阪府 the prefecture. A region the
// gazetteer lists only under its English name is found through the place
// that gives it its name, as oblasts are named after their capitals: the
// stem of ザポロジエ州 is a spelling of the city Zaporizhzhia, and the region
// is Zaporizhzhia Oblast (or region, Province, State). A foreign region (a
// katakana stem before 州) that the gazetteer does not have at all is its
// namesake place, as the English news call both by the bare name (the Sumy
// region → Sumy).
func (r *Resolver) adminAnchor(name string) *gazetteer.Entry {
	suf, size := utf8.DecodeLastRuneInString(name)
	subtypes := adminSubtypes[string(suf)]
	stem := name[:len(name)-size]
	if subtypes == nil || utf8.RuneCountInString(stem) < 2 || !gazetteer.HasJapanese(stem) {
		return nil
	}
	matches := r.gaz.Match(stem)
	for _, m := range matches {
		if !m.Weak && Type(m.Entry.Type) == Location && slices.Contains(subtypes, m.Entry.Subtype) {
			return m.Entry
		}
	}
	if !slices.Contains(subtypes, "region") {
		return nil
	}
	var namesake *gazetteer.Entry
	for _, m := range matches {
		if m.Weak || Type(m.Entry.Type) != Location {
			continue
		}
		if e := r.regionNamedAfter(m.Entry); e != nil {
			return e
		}
		if namesake == nil {
			namesake = m.Entry
		}
	}
	if suf == '州' && translit.IsKatakana(stem) {
		return namesake
	}
	return nil
}

// regionNamedAfter returns the gazetteer region that bears the English
// name of place e with a region word (Zaporizhzhia → Zaporizhzhia Oblast),
// or nil.
func (r *Resolver) regionNamedAfter(e *gazetteer.Entry) *gazetteer.Entry {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if gazetteer.HasJapanese(n) {
			continue
		}
		for _, w := range regionWords {
			for _, m := range r.gaz.Match(n + " " + w) {
				if !m.Weak && Type(m.Entry.Type) == Location && m.Entry.Subtype == "region" && m.Entry != e {
					return m.Entry
				}
			}
		}
	}
	return nil
}

// regionAnchor finds the gazetteer region an English name with a region
// word names by its stem alone (Washington State → the state of
// Washington, not the capital): only a region, so that "the Kyiv region"
// does not become the city.
func (r *Resolver) regionAnchor(name string) *gazetteer.Entry {
	stem := regionStem(name)
	if stem == "" {
		return nil
	}
	for _, m := range r.gaz.Match(stem) {
		if !m.Weak && Type(m.Entry.Type) == Location && m.Entry.Subtype == "region" {
			return m.Entry
		}
	}
	return nil
}

// cityAnchor finds the city an English name with the word City names by
// its stem (Kharkiv City → Kharkiv): only a city or capital, so that Mexico
// City does not become the country.
func (r *Resolver) cityAnchor(name string) *gazetteer.Entry {
	stem, ok := strings.CutSuffix(name, " City")
	if !ok || stem == "" {
		return nil
	}
	for _, m := range r.gaz.Match(stem) {
		if !m.Weak && Type(m.Entry.Type) == Location && (m.Entry.Subtype == "city" || m.Entry.Subtype == "capital") {
			return m.Entry
		}
	}
	return nil
}

// stripPrefecture removes the prefecture before a Japanese city, ward,
// town or village (神奈川県横須賀市 → 横須賀市), the way addresses write it:
// the place is the city.
func stripPrefecture(name string) string {
	if !gazetteer.HasJapanese(name) {
		return name
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	if !strings.ContainsRune("市区町村", last) {
		return name
	}
	for i, r := range name {
		if !strings.ContainsRune("都道府県", r) || utf8.RuneCountInString(name[:i]) < 2 {
			continue // 京都府: the 都 of 京都 is not the suffix
		}
		if rest := name[i+utf8.RuneLen(r):]; utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
		break
	}
	return name
}

// read returns what a surface form says on its own, from the cache when
// it was read before.
func (r *Resolver) read(t Type, text string) *reading {
	k := surfaceKey{t, text}
	if rd, ok := r.readings.get(k); ok {
		return rd
	}
	rd := r.readSurface(t, text)
	r.readings.put(k, rd)
	return rd
}

// readSurface cleans a surface form and finds its form and anchor.
func (r *Resolver) readSurface(t Type, text string) *reading {
	base, name := cleanSurface(text, t)
	if base == "" || r.drop[gazetteer.Normalize(base)] || r.drop[gazetteer.Normalize(name)] {
		return &reading{drop: true}
	}
	if t == Location {
		name = stripPrefecture(name)
	}
	alias, entry := r.anchorFor(t, base, name)
	if alias < 0 && entry == nil && isCapsWords(name) {
		// A dateline writes the place in capitals (WARSAW, KYIV): it is
		// the name the gazetteer has in title case. Acronyms (NATO) are
		// matched as written before this.
		tc := titleCase(name)
		alias, entry = r.anchorFor(t, tc, tc)
	}
	if alias < 0 && entry == nil && t == Location {
		entry = r.adminAnchor(name)
		if entry == nil {
			entry = r.regionAnchor(name)
		}
		if entry == nil {
			entry = r.cityAnchor(name)
		}
	}
	lone := utf8.RuneCountInString(name) < 2 && !(name != base && isKanjiName(name))
	if alias < 0 && entry == nil && (lone || r.isDemonym(name)) {
		// A lone character is no name unless something knows it (米) or a
		// title follows it (習主席); "Ukrainians" are people, not an entity.
		return &reading{drop: true}
	}
	if t == Person && alias < 0 && mixedScriptWords(name) {
		// No one's name is written half in Latin letters and half in
		// Japanese: "正直 Harvard" ("honestly, Harvard") is a tagger's run
		// over a word of the sentence, and as a full name it would make
		// Harvard a surname.
		return &reading{drop: true}
	}
	tokens := formTokens(t, name)
	return &reading{name: name, nameKey: gazetteer.Normalize(name), formKey: string(t) + "\x00" + strings.Join(tokens, " "), tokens: tokens,
		alias: alias, entry: entry, titled: t == Person && name != base, code: alias < 0 && r.codeOnly(name, entry)}
}

// codeOnly reports whether name is a Latin code (CA, CO, SA) that names
// entry e weakly, as an ISO code, and in no other way.
func (r *Resolver) codeOnly(name string, e *gazetteer.Entry) bool {
	if e == nil || !hasLatin(name) || !slices.Contains(e.Codes, name) {
		return false
	}
	for _, m := range r.gaz.Match(name) {
		if m.Entry == e && !m.Weak {
			return false
		}
	}
	return true
}

// codesNamedInFull leaves a country's (or region's) Latin code in a
// document its entity only where the document names that entity in full
// too (Canada … CA): a code alone is more often something else — a
// certificate authority (CA), Colorado in an address (CO), a state's
// abbreviation — than the country, which news name in words. A local
// entity of the corpus pass is such a document: CA with Canada among its
// names is Canada, CA alone is not. Japanese one-kanji codes (米) are
// how Japanese news name the country, and stay.
func (s *resolution) codesNamedInFull(refs []mentionRef) {
	var full map[int32]bool
	for i := range refs {
		if refs[i].code {
			if full == nil {
				full = map[int32]bool{}
				for _, ref := range refs {
					if ref.anchor >= 0 && !ref.alias && !ref.code {
						full[ref.anchor] = true
					}
				}
			}
			if !full[refs[i].anchor] {
				refs[i].anchor = -1
			}
		}
	}
}

func (r *Resolver) isDemonym(name string) bool {
	if _, ok := r.gaz.Demonym(name); ok {
		return true
	}
	_, ok := r.gaz.Demonym(strings.TrimSuffix(name, "s"))
	return ok
}

// defaultTarget is where a mention goes without document context.
func (ref *mentionRef) defaultTarget() int32 {
	if ref.anchor >= 0 {
		return ref.anchor
	}
	return ref.form
}

// targets collects the distinct nodes a key may refer to, each with the
// weight of the mentions that name it.
type targets map[string]map[int32]int

func (t targets) add(k string, n int32) { t.addWeight(k, n, 1) }

func (t targets) addWeight(k string, n int32, w int) {
	if t[k] == nil {
		t[k] = map[int32]int{}
	}
	t[k][n] += w
}

// dominance is how many times more weight the node a single name is given
// to must have than any other it could name: a document that says "Roger
// Ailes" nine times and "Elizabeth Ailes" once means Roger by "Ailes", and a
// corpus that names Barack Obama twice as often as Michelle Obama means him
// by "Obama"; Rupert and James Murdoch, named alike, leave "Murdoch" alone.
const dominance = 2

// dominant returns the node k refers to: the only one, or the one named at
// least dominance times as often as any other.
func (t targets) dominant(k string) (int32, bool) {
	best, bestW, second := t.top(k)
	if best < 0 || second > 0 && bestW < dominance*second {
		return -1, false
	}
	return best, true
}

// leads reports whether node n is named more often under k than any other.
func (t targets) leads(k string, n int32) bool {
	best, bestW, second := t.top(k)
	return best == n && bestW > second
}

// top returns the node named most often under k (the least on a tie),
// its weight and the next weight.
func (t targets) top(k string) (best int32, bestW, second int) {
	best = -1
	for n, w := range t[k] {
		switch {
		case w > bestW || w == bestW && n < best:
			second = max(second, bestW)
			best, bestW = n, w
		case w > second:
			second = w
		}
	}
	return best, bestW, second
}

// only returns the single node k refers to, if there is exactly one.
func (t targets) only(k string) (int32, bool) {
	if len(t[k]) != 1 {
		return -1, false
	}
	for n := range t[k] {
		return n, true
	}
	return -1, false
}

// linkInDocuments resolves each mention in the context of its document: a
// person's single name to the one full name of the document that has it, a
// kanji surname or given name to the one full kanji name that has it, an
// acronym to the one full name of the document whose initials it is, and one
// half of a slash-joined name (Radio Liberty of Radio Free Europe/Radio
// Liberty) to the whole.
func (s *resolution) linkInDocuments() {
	for di, refs := range s.docs {
		s.codesNamedInFull(refs)
		defined := map[int]int{} // abbreviation -> the name it is defined for
		for _, p := range s.abbrevs[di] {
			if p[0] >= 0 && p[1] >= 0 && p[0] < len(refs) && p[1] < len(refs) {
				defined[p[1]] = p[0]
			}
		}
		last, initials, halves := targets{}, targets{}, targets{}
		firsts := targets{}             // a Latin full name's first word -> the name
		surnameOf := map[int32]string{} // a Latin full name -> its surname
		var kanjiFull []int
		for i := range refs {
			ref := &refs[i]
			if ref.form < 0 {
				continue
			}
			f := s.nodes[ref.form].form
			t := s.nodes[ref.form].typ
			switch {
			case t == Person && len(f.tokens) >= 2:
				for _, sn := range surnames(f.tokens) {
					last.addWeight(sn, ref.defaultTarget(), s.weight(di, i))
				}
				if hasLatin(ref.name) && utf8.RuneCountInString(f.tokens[0]) > 1 {
					firsts.addWeight(f.tokens[0], ref.defaultTarget(), s.weight(di, i))
					surnameOf[ref.defaultTarget()] = surname(f.tokens)
				}
			case t == Person && isKanjiName(ref.name) && len([]rune(ref.name)) >= 3:
				kanjiFull = append(kanjiFull, i)
			}
			if t != Person && strings.Contains(ref.name, "/") && hasLatin(ref.name) {
				for _, half := range strings.Split(ref.name, "/") {
					if half = strings.TrimSpace(half); strings.Contains(half, " ") {
						halves.add(string(t)+"\x00"+half, ref.defaultTarget())
					}
				}
			}
			// A numbered name's initials name its kind, not it: CAA is any
			// Combined Arms Army, not the 3rd one the document names.
			if len(f.tokens) >= 2 && hasLatin(ref.name) && !startsWithDigit(ref.name) {
				all, content := acronymOf(ref.name)
				initials.add(string(t)+"\x00"+all, ref.defaultTarget())
				if content != all {
					initials.add(string(t)+"\x00"+content, ref.defaultTarget())
				}
			}
		}
		for i := range refs {
			ref := &refs[i]
			ref.target = ref.defaultTarget()
			if ref.form < 0 || ref.alias {
				continue
			}
			f := s.nodes[ref.form].form
			t := s.nodes[ref.form].typ
			key := string(t) + "\x00" + ref.name
			name, isDefined := defined[i]
			isDefined = isDefined && ref.anchor < 0 && refs[name].form >= 0 && s.nodes[refs[name].form].typ == t
			switch {
			case isDefined:
				// "Lorvian Institute for Security Affairs (SWP)": the text
				// says what the acronym stands for.
				ref.target = refs[name].defaultTarget()
				s.defineAcronym(ref.form, ref.target)
			case t == Person && len(f.tokens) == 1:
				// A surname joins the full name the document names most
				// with it; a first name alone joins none (Ali is not
				// Ali Khamenei, whom the news call Khamenei).
				if n, ok := last.dominant(f.tokens[0]); ok {
					// A name the gazetteer knows as someone's stays
					// theirs beside a full name it does not know:
					// "President Trump" in an article that names
					// Ivanka Trump once, Starmer under a headline's
					// "Lonely Starmer".
					if ref.anchor < 0 || s.rootAnchor(n) >= 0 {
						ref.target = n
					}
				} else if len(last[f.tokens[0]]) >= 2 && !s.resolved[di] {
					// Blake and Elizabeth Snyder, and "Snyder": the
					// document leaves it to neither, and the corpus
					// must not choose for it (AmbiguousSurname).
					s.ambiguous[ref.form] = true
				} else if isKanjiName(ref.name) {
					if n, ok := s.kanjiFullName(refs, kanjiFull, ref.name); ok {
						ref.target = n
					}
				} else if n, ok := firsts.dominant(f.tokens[0]); ok && (s.resolved[di] || len(last[surnameOf[n]]) >= 2) {
					// Two people of one surname (Jerry and Stephen
					// Jones): the text tells them apart by first
					// name, and "Stephen" is Stephen Jones. A local
					// entity of the corpus pass holds the names its
					// document so joined. A full name the document
					// names less than half as often does not hold the
					// first name back (Jerry Jones four times, the
					// tagger's "Jerry World", a stadium, twice).
					ref.target = n
				}
			case len(halves[key]) > 0: // only names of other types are halved
				if n, ok := halves.only(key); ok {
					ref.target = n
				}
			case isAcronymForm(ref.name) && len(f.tokens) == 1 && len(ref.name) >= 2:
				if n, ok := initials.only(string(t) + "\x00" + acronymMarks.Replace(ref.name)); ok {
					ref.target = n
					s.defineAcronym(ref.form, n)
				}
			}
		}
		s.anchorByCountry(di, refs)
	}
}

// weight is how many mentions mention i of document di stands for.
func (s *resolution) weight(di, i int) int {
	if w := s.weights[di]; i < len(w) && w[i] > 0 {
		return w[i]
	}
	return 1
}

// defineAcronym records that a document defines the acronym form as the
// node n, for linkAcrossCorpus.
func (s *resolution) defineAcronym(form, n int32) {
	if s.acronymDefs[form] == nil {
		s.acronymDefs[form] = map[int32]bool{}
	}
	s.acronymDefs[form][n] = true
}

// acronymMarks are the marks an acronym is written with that its full
// name's initials lack: U.S. and RFE/RL are compared as US and RFERL.
var acronymMarks = strings.NewReplacer(".", "", "/", "")

// isAcronymForm reports whether name is written as an acronym, two of them
// joined by a slash (RFE/RL) included.
func isAcronymForm(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if !gazetteer.IsAcronym(part) {
			return false
		}
	}
	return true
}

// kanjiFullName finds the one longer kanji person name of the document that
// begins with surname (中山 of 中山美穂) or, failing that, ends with it as a
// given name (美穂).
func (s *resolution) kanjiFullName(refs []mentionRef, full []int, surname string) (int32, bool) {
	found := int32(-1)
	for _, i := range full {
		if !strings.HasPrefix(refs[i].name, surname) && !strings.HasSuffix(refs[i].name, surname) || refs[i].name == surname {
			continue
		}
		n := refs[i].defaultTarget()
		if found >= 0 && s.find(found) != s.find(n) {
			return -1, false
		}
		found = n
	}
	return found, found >= 0
}

// linkAcrossCorpus links a person's single name to the one full name of the
// whole corpus that ends with it (or the one the documents name most, by
// dominance), and an acronym to the one full name the documents define it
// as, when it has no anchor of its own.
//
// Named most is by mentions, else by documents where the mentions agree
// (the full name named in dominance times as many documents as any other
// is also named in the most mentions): a surname alone in a document that
// gives no full name means whom the news at large call so, and three
// documents naming Michelle Obama 22 times do not outweigh twelve naming
// Barack Obama 43 times. Where the mentions tie (Colin Powell in three
// documents, Dina Powell three times in one) the surname stays apart: it
// may be a third person the corpus never names in full.
func (s *resolution) linkAcrossCorpus() {
	bySurname, byDocs := targets{}, targets{}
	asGiven := map[string]int{} // the weight of the full names a word begins
	type surnameNode struct {
		surname string
		node    int32
	}
	for di, refs := range s.docs {
		var counted map[surnameNode]bool // each counted in byDocs once per document
		for i := range refs {
			ref := &refs[i]
			if ref.form < 0 || s.nodes[ref.form].typ != Person {
				continue
			}
			if toks := s.nodes[ref.form].form.tokens; len(toks) >= 2 {
				to := s.find(ref.target)
				if !familyFirst[toks[0]] {
					asGiven[toks[0]] += s.weight(di, i)
				}
				for _, sn := range surnames(toks) {
					bySurname.addWeight(sn, to, s.weight(di, i))
					k := surnameNode{sn, to}
					if !counted[k] {
						if counted == nil {
							counted = map[surnameNode]bool{}
						}
						counted[k] = true
						byDocs.addWeight(sn, to, s.ndocs[di])
					}
				}
			}
		}
	}
	// The surnames a document left ambiguous join no one here either: this
	// pass's documents (s.ambiguous) and an earlier pass's (held).
	held := map[int32]bool{}
	for di, refs := range s.docs {
		if s.anchors[di] == AmbiguousSurname {
			for _, ref := range refs {
				held[ref.form] = true
			}
		}
	}
	type link struct{ from, to int32 }
	var links []link
	for _, i := range sortedFormNodes(s) {
		n := &s.nodes[i]
		if s.rootAnchor(i) >= 0 {
			continue
		}
		if sn := n.form.tokens[0]; n.typ == Person && len(n.form.tokens) == 1 && !s.ambiguous[i] && !held[i] && !givenName(sn, bySurname, asGiven) {
			to, ok := bySurname.dominant(sn)
			if !ok {
				to, ok = byDocs.dominant(sn)
				ok = ok && bySurname.leads(sn, to)
			}
			if ok {
				links = append(links, link{i, to})
			}
		}
		if defs := s.acronymDefs[i]; len(defs) > 0 {
			roots := map[int32]bool{}
			for d := range defs {
				roots[s.find(d)] = true
			}
			if len(roots) == 1 {
				for to := range roots {
					links = append(links, link{i, to})
				}
			}
		}
	}
	for _, l := range links {
		if s.union(l.from, l.to) {
			s.joined[l.from] = true
		}
	}
}

// givenName reports whether the corpus's full person names begin with the
// single name sn more than they end with it (asGiven against bySurname):
// such a name alone is somebody's first name, and joins no full name of
// another document as its surname. "Andrew" of nine documents is not the
// Stuart Andrew of a tenth, where Andrew begins many of the corpus's full
// names; "Grant" of a post is not the Heather Grant of another page. A
// surname that begins few full names (Warren, Kelly, Jones) still joins the
// one full name the corpus gives it.
func givenName(sn string, bySurname targets, asGiven map[string]int) bool {
	w := 0
	for _, n := range bySurname[sn] {
		w += n
	}
	return asGiven[sn] > w
}

// dropLoanwordNames drops an entity named by katakana common nouns alone
// (a person アプリ, ジェノサイド, ドローン, キラー・ドローン "killer drone"; an
// organisation ニーモニック "mnemonic", パンデミック; a place サイバー
// セキュリティ: the tagger's slips) when nothing ties it to a name: no
// anchor, no title or honorific anywhere in the corpus, and no other name
// in its set (ウサイン・ボルト … ボルト keeps ボルト; マクロン linked to Macron
// stays, as アップル linked to Apple does). A foreign surname or a company
// that is also a dictionary noun is in ENAMDICT, whose names the loanword
// list leaves out, and Japanese news gives a person a title (マクロン大統領,
// マスク氏) at least once, and a company a suffix (メタ社), which keeps it.
// An organisation or place must be one such noun:
// several (ヒューマン・ライツ・ウォッチ) make a name as often as not. On real
// news 60 such "entities" were all common nouns but four names (バスク,
// レアル, ビルボード, シークレットサービス: 9 mentions).
func (s *resolution) dropLoanwordNames() {
	// tied: forms some mention gave a title or honorific (スマホ氏), or
	// wrote with a company suffix or region word (メタ社, バスク地方).
	tied := map[int32]bool{}
	for _, refs := range s.docs {
		for _, ref := range refs {
			if ref.form >= 0 && (ref.titled || ref.target >= 0 && !translit.IsKatakana(ref.name)) {
				tied[ref.form] = true
			}
		}
	}
	// wordsOnly: katakana forms made of dictionary nouns alone, untied.
	// named: the roots of sets holding any other form, or an anchor.
	wordsOnly, named := map[int32]bool{}, map[int32]bool{}
	for _, i := range s.forms {
		n := &s.nodes[i]
		toks := n.form.tokens
		if tied[i] || len(toks) == 0 || !translit.IsKatakana(strings.Join(toks, "")) {
			continue
		}
		if len(toks) > 1 && n.typ == Person && s.allLoanwords(toks) ||
			len(toks) == 1 && (s.r.gaz.IsLoanword(toks[0]) || s.r.gaz.IsCommonKatakanaWord(toks[0])) {
			wordsOnly[i] = true
		}
	}
	for i := range s.nodes {
		if !wordsOnly[int32(i)] {
			named[s.find(int32(i))] = true
		}
	}
	for di, refs := range s.docs {
		if s.resolved[di] {
			continue // names an earlier pass kept, with the evidence it saw
		}
		for i := range refs {
			ref := &refs[i]
			if ref.form < 0 || ref.anchor >= 0 || ref.target < 0 || !wordsOnly[ref.form] {
				continue
			}
			if !named[s.find(ref.target)] {
				ref.target = -1
			}
		}
	}
}

// mixedScriptWords reports whether name has a word in Japanese script and
// a word of Latin letters apart, at a space ("正直 Harvard"); an initial
// inside a katakana name (ジョージ・W・ブッシュ) is no such word.
func mixedScriptWords(name string) bool {
	japanese, latin := false, false
	for _, w := range strings.Fields(name) {
		switch {
		case !hasLatin(w) && gazetteer.HasJapanese(w):
			japanese = true
		case hasLatin(w) && !gazetteer.HasJapanese(w) && utf8.RuneCountInString(w) >= 2:
			latin = true
		}
	}
	return japanese && latin
}

// allLoanwords reports whether every part of a katakana name is a common
// noun of the dictionary (キラー・ドローン, "killer drone"): no one's name,
// where a person's has a given name or a surname that is not a word
// (ジョージ・ブッシュ).
func (s *resolution) allLoanwords(parts []string) bool {
	for _, p := range parts {
		if !s.r.gaz.IsLoanword(p) {
			return false
		}
	}
	return true
}

// sortedFormNodes returns the form nodes in the order of their keys, so that
// links are made in an order independent of the input's.
func sortedFormNodes(s *resolution) []int32 {
	out := make([]int32, 0, len(s.forms))
	for _, i := range s.forms {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool { return s.nodes[out[a]].key < s.nodes[out[b]].key })
	return out
}
