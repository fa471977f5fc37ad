package english

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/seqlabel"
)

// sentence is a tokenised sentence with the per-token facts the tagger and the
// rules share.
type sentence struct {
	Tokens []Token
	// Lower holds each token's lower-cased text.
	Lower []string
	// Cap holds each token's capitalisation class (see capClass).
	Cap []byte
	// Headline is true when nearly every word is capitalised, as in a title,
	// so capitals carry less evidence.
	Headline bool
	// Gaz holds, per token, the gazetteer match covering it: 0 for none, else
	// the match's position ('B' first token, 'I' later) and kind in GazKind.
	Gaz     []byte
	GazKind []string
	// Brand holds, per token, the brand-list match covering it ('B', 'I'
	// or 0; see brands.go).
	Brand []byte
	// Org holds, per token, the organisation-list match covering it ('B',
	// 'I' or 0; see orgs.go).
	Org []byte
	// Cluster holds, per token, its word's cluster (see clusters.go) or
	// noCluster; nil when the build has no cluster table.
	Cluster []int32
}

// Capitalisation classes.
const (
	capTitle = 'T' // Kyiv
	capUpper = 'U' // NATO, U.S.
	capLower = 'l' // troops
	capMixed = 'M' // iPhone, McDonald
	capDigit = 'd' // 2025, 3rd
	capPunct = 'p' // , ( -
)

func capClass(s string) byte {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsDigit(r):
		return capDigit
	case !unicode.IsLetter(r):
		return capPunct
	}
	upper, lower := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	switch {
	case lower == 0:
		return capUpper
	case upper == 0:
		return capLower
	case unicode.IsUpper(r) && upper == 1:
		return capTitle
	case unicode.IsUpper(r) && upper > 1 && strings.ToLower(s) != s:
		// McDonald, DeSantis behave as names; NATO-like all-caps handled above.
		return capMixed
	}
	return capMixed
}

// isCap reports whether a capitalisation class starts with a capital.
func isCap(c byte) bool { return c == capTitle || c == capUpper || c == capMixed }

// shape maps a word to a compressed pattern of character classes: "Kyiv" →
// "Xx", "U.S." → "X.X.", "2025" → "d", "al-Assad" → "x-Xx".
func shape(s string) string {
	var b [16]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < 128 {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c == last {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// newSentence tokenises text[start:end] and computes the shared facts.
func newSentence(text string, start, end int, gaz Gazetteer) *sentence {
	toks := Tokenize(text, start, end)
	s := &sentence{Tokens: toks, Lower: make([]string, len(toks)), Cap: make([]byte, len(toks))}
	words, caps := 0, 0
	for i, t := range toks {
		s.Lower[i] = lower(t.Text)
		s.Cap[i] = capClass(t.Text)
		if c := s.Cap[i]; c != capPunct && c != capDigit {
			words++
			if isCap(c) || functionWords[s.Lower[i]] && !t.Initial {
				caps++
			}
		}
	}
	// Title case for every word, short function words aside, on a line
	// with no sentence punctuation is a headline.
	s.Headline = words >= 3 && caps*10 >= words*9 && !strings.ContainsAny(text[start:end], ".!?")
	if s.Headline {
		// A headline's function words are lower-case: insist on that.
		for i, t := range toks {
			if functionWords[s.Lower[i]] && !t.Initial && isCap(s.Cap[i]) && len(t.Text) > 1 {
				s.Headline = words >= 5
				break
			}
		}
	}
	s.Gaz = make([]byte, len(toks))
	s.GazKind = make([]string, len(toks))
	if gaz != nil {
		s.markGazetteer(text, gaz)
	}
	s.markBrands()
	s.markOrgs()
	if cl := wordClusters(); cl != nil {
		s.Cluster = make([]int32, len(toks))
		for i := range toks {
			s.Cluster[i] = cl.cluster(s.Lower[i])
		}
	}
	return s
}

// lower returns s lower-cased, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// maxGazTokens bounds the length of a gazetteer match in tokens.
const maxGazTokens = 6

// markGazetteer marks the longest gazetteer matches over capitalised tokens.
func (s *sentence) markGazetteer(text string, gaz Gazetteer) {
	toks := s.Tokens
	for i := 0; i < len(toks); {
		if !isCap(s.Cap[i]) {
			i++
			continue
		}
		best, kind := 0, ""
		for n := min(maxGazTokens, len(toks)-i); n >= 1; n-- {
			last := i + n - 1
			if !isCap(s.Cap[last]) && s.Cap[last] != capLower {
				continue
			}
			if !isCap(s.Cap[last]) {
				continue
			}
			if k, ok := gaz(text[toks[i].Start:toks[last].End]); ok {
				best, kind = n, k
				break
			}
		}
		if best == 0 {
			i++
			continue
		}
		for j := i; j < i+best; j++ {
			s.Gaz[j] = 'I'
			s.GazKind[j] = kind
		}
		s.Gaz[i] = 'B'
		i += best
	}
}

// docFacts are facts about a whole document that help the tagger with
// sentence-initial and headline words.
type docFacts struct {
	// lowerSeen holds words seen in lower case in running text.
	lowerSeen map[string]bool
	// capSeen holds words seen capitalised not at a sentence start.
	capSeen map[string]bool
}

func newDocFacts(sents []*sentence) *docFacts {
	d := &docFacts{lowerSeen: map[string]bool{}, capSeen: map[string]bool{}}
	for _, s := range sents {
		for i, t := range s.Tokens {
			switch c := s.Cap[i]; {
			case c == capLower:
				d.lowerSeen[s.Lower[i]] = true
			case isCap(c) && !t.Initial && !s.Headline:
				d.capSeen[s.Lower[i]] = true
			}
		}
	}
	return d
}

// features returns the tagger's features for every token of s.
//
// Tokens with masked[i] set (training only; nil at run time) lose the
// features naming the word itself, as if the name had never been seen: this
// teaches the tagger to find unseen names from their shape and context.
//
// buf, when not nil, is reused for the result, which stays valid until buf's
// next use.
func (s *sentence) features(d *docFacts, masked []bool, buf *featureBuf) []seqlabel.Features {
	n := len(s.Tokens)
	if buf == nil {
		buf = &featureBuf{}
	}
	out, backing := buf.get(n)
	word := func(i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		if masked != nil && masked[i] {
			return "<name>"
		}
		return s.Lower[i]
	}
	cls := func(i int) string {
		switch {
		case i < 0:
			return "<"
		case i >= n:
			return ">"
		}
		return capNames[s.Cap[i]]
	}
	runStart, runEnd := capRuns(s)
	cl := wordClusters()
	for i, t := range s.Tokens {
		f := seqlabel.Features(backing[i*featuresPerToken : i*featuresPerToken : (i+1)*featuresPerToken])
		w := word(i)
		c := cls(i)
		f.Add("b")
		f.Add("w", w)
		if c != "l" && (masked == nil || !masked[i]) {
			// Case matters for names: "Jobs" is not "jobs".
			f.Add("W", t.Text)
		}
		f.Add("sh", shape(t.Text))
		f.Add("c", c)
		f.Add("p3", prefix(w, 3))
		f.Add("s2", suffix(w, 2))
		f.Add("s3", suffix(w, 3))
		f.Add("s4", suffix(w, 4))
		if t.Initial {
			f.Add("init", c)
			f.Add("initw", w)
		}
		if isCap(s.Cap[i]) && isFirstName(s.Lower[i]) {
			f.Add("fn", boolName(t.Initial))
		}
		if i > 0 && s.Cap[i-1] == capTitle && isFirstName(s.Lower[i-1]) {
			// "Anton Weiler": a surname after a given name.
			f.Add("fn-1", c)
		}
		if c != "l" && isCommonWord(s.Lower[i]) {
			f.Add("common", c, boolName(t.Initial))
		}
		if s.Headline {
			f.Add("hl", c)
		}
		if cl != nil {
			// Word clusters stay for masked names: they come from unlabelled
			// text, and an unseen name usually has one.
			if id := s.Cluster[i]; id != noCluster {
				for _, h := range cl.level[id] {
					f.AddHash(h)
				}
				if c != "l" {
					f.AddHash(cl.capHash(id, s.Cap[i]))
				}
			} else if c != "p" && c != "d" {
				f.Add("k?", c)
			}
			if i > 0 && s.Cluster[i-1] != noCluster {
				f.AddHash(cl.prev[s.Cluster[i-1]])
			}
			if i+1 < n && s.Cluster[i+1] != noCluster {
				f.AddHash(cl.next[s.Cluster[i+1]])
			}
		}
		if !t.SpaceBefore {
			f.Add("glued", c, cls(i-1))
		}
		if t.Junk {
			f.Add("junk")
		}
		if isCap(s.Cap[i]) && d != nil {
			if d.lowerSeen[w] {
				f.Add("doclower")
			}
			if d.capSeen[w] {
				f.Add("doccap")
			}
		}
		if s.Gaz[i] != 0 {
			k := s.gazFeature(i)
			f.Add("gz", string(s.Gaz[i]), k)
			f.Add("gzk", k)
		}
		if s.Brand[i] != 0 && s.Gaz[i] == 0 {
			f.Add("br", string(s.Brand[i]), c, boolName(t.Initial))
		}
		if s.Org[i] != 0 && s.Gaz[i] == 0 {
			f.Add("og", string(s.Org[i]), c, boolName(t.Initial))
		}
		if title := titleWords[w]; title != "" {
			f.Add("title", title)
		}
		if head := orgHeads[w]; head {
			f.Add("orghead")
		}
		if rs, re := runStart[i], runEnd[i]; re > rs {
			// The capitalised run the token is in, joins included: its
			// last word says most about its type ("... Institute",
			// "... River"), its length and the token's place in it the rest.
			f.Add("runlast", word(re-1))
			f.Add("runfirst", word(rs))
			f.Add("runpos", runPos(i, rs, re))
			f.Add("runlastc", cls(re-1), runPos(i, rs, re))
			if rs > 0 {
				f.Add("runprev", word(rs-1))
			}
			if re < n {
				f.Add("runnext", word(re))
			}
		}
		f.Add("w-1", word(i-1))
		f.Add("w+1", word(i+1))
		f.Add("w-2", word(i-2))
		f.Add("w+2", word(i+2))
		f.Add("c-1", cls(i-1), c)
		f.Add("c+1", c, cls(i+1))
		f.Add("c-1+1", cls(i-1), c, cls(i+1))
		f.Add("w-1w", word(i-1), w)
		f.Add("ww+1", w, word(i+1))
		f.Add("w-1c", word(i-1), c)
		f.Add("cw+1", c, word(i+1))
		if i > 0 {
			if title := titleWords[s.Lower[i-1]]; title != "" {
				f.Add("title-1", title, c)
			}
			if s.Gaz[i-1] != 0 {
				f.Add("gz-1", s.gazFeature(i-1))
			}
		}
		if i+1 < n {
			if orgHeads[s.Lower[i+1]] {
				f.Add("orghead+1", c)
			}
			if s.Gaz[i+1] != 0 {
				f.Add("gz+1", s.gazFeature(i+1))
			}
		}
		out[i] = f
	}
	return out
}

// gazFeature is the gazetteer kind of token i as the tagger sees it. A lone
// word matching a town or region of the long tail ("Preston", "Hastings") is told
// apart from a whole multi-word or widely known name: many such words are
// surnames too.
func (s *sentence) gazFeature(i int) string {
	kind := s.GazKind[i]
	if k, ok := strings.CutSuffix(kind, "-capital"); ok {
		return k + "-city"
	}
	if (strings.HasSuffix(kind, "-city") || strings.HasSuffix(kind, "-region")) && s.Gaz[i] == 'B' && (i+1 == len(s.Gaz) || s.Gaz[i+1] != 'I') {
		return kind + "1"
	}
	return kind
}

// capRuns returns, per token, the bounds of the run of capitalised words
// (with lower-case joins such as "of" between them) it belongs to; tokens
// outside any run get empty bounds.
func capRuns(s *sentence) (start, end []int) {
	n := len(s.Tokens)
	start, end = make([]int, n), make([]int, n)
	for i := 0; i < n; {
		if !isCap(s.Cap[i]) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if isCap(s.Cap[j]) || s.Cap[j] == capDigit {
				j++
				continue
			}
			if j+1 < n && isCap(s.Cap[j+1]) && (joinWords[s.Lower[j]] || !s.Tokens[j].SpaceBefore && s.Cap[j] == capPunct && s.Lower[j] != ",") {
				j += 2
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			start[k], end[k] = i, j
		}
		i = j
	}
	return start, end
}

func runPos(i, start, end int) string {
	switch {
	case end-start == 1:
		return "S"
	case i == start:
		return "B"
	case i == end-1:
		return "E"
	}
	return "I"
}

// levelNames name the levels of a cluster path in features.
var levelNames = []string{"0", "1", "2", "3", "4", "5", "6", "7"}

// clusterLevel returns the path's prefix down to level lvl (0 the coarsest).
func clusterLevel(path string, lvl int) string {
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			if lvl == 0 {
				return path[:i]
			}
			lvl--
		}
	}
	return path
}

func boolName(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// featureBuf holds the memory of one sentence's features, so that a
// document's sentences reuse it instead of allocating per token.
type featureBuf struct {
	out     []seqlabel.Features
	backing []uint64
}

// get returns room for n tokens: a token has fewer than featuresPerToken
// features, and Add grows a slice that has more.
func (b *featureBuf) get(n int) ([]seqlabel.Features, []uint64) {
	if cap(b.out) < n {
		b.out = make([]seqlabel.Features, n)
		b.backing = make([]uint64, n*featuresPerToken)
	}
	return b.out[:n], b.backing[:n*featuresPerToken]
}

// featuresPerToken bounds the features one token usually gets.
const featuresPerToken = 48

var capNames = map[byte]string{capTitle: "T", capUpper: "U", capLower: "l", capMixed: "M", capDigit: "d", capPunct: "p"}

func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
