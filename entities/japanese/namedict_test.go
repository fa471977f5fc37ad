package japanese

import (
	"testing"
)

func TestDictMarks(t *testing.T) {
	x := newTestExtractor(t)
	const surname, given, fullName, place = 0, 1, 3, 4
	type mark struct {
		token      string
		kind, mark int
	}
	tests := []struct {
		text      string
		want, not []mark
		unmarked  []string
	}{
		// The tokeniser reads 三 of 晋三 as a numeral (安倍|晋|三|元):
		// the dictionary still sees the full name over three tokens and
		// a surname then a given name over two.
		{text: "安倍晋三元首相",
			want: []mark{
				{"安倍", surname, markWhole}, {"安倍", fullName, markFirst}, {"晋", fullName, markInside}, {"三", fullName, markLast},
				{"晋", given, markFirst}, {"三", given, markLast},
				{"安倍", patternKind, markFirst}, {"三", patternKind, markLast},
			},
			not:      []mark{{"元", fullName, markLast}},
			unmarked: []string{"首相"}},
		// Particles and verbs are never marked.
		{text: "羽田空港から出発した",
			want:     []mark{{"羽田空港", place, markWhole}},
			unmarked: []string{"から", "し", "た"}},
	}
	for _, tt := range tests {
		toks := x.tokenize(nil, tt.text, 0, len(tt.text))
		marks, _ := markDictNames(nil, nil, tt.text, toks, x.kinds)
		has := func(m mark) (found, set bool) {
			for i, tok := range toks {
				if tok.text == m.token {
					return true, marks[i]&(uint32(m.mark)<<(4*m.kind)) != 0
				}
			}
			return false, false
		}
		for _, m := range tt.want {
			if found, set := has(m); !found || !set {
				t.Errorf("%s: token %s (found %v) lacks mark %d of kind %d", tt.text, m.token, found, m.mark, m.kind)
			}
		}
		for _, m := range tt.not {
			if _, set := has(m); set {
				t.Errorf("%s: token %s has mark %d of kind %d", tt.text, m.token, m.mark, m.kind)
			}
		}
		for i, tok := range toks {
			for _, w := range tt.unmarked {
				if tok.text == w && marks[i] != 0 {
					t.Errorf("%s: token %s has marks %b, want none", tt.text, w, marks[i])
				}
			}
		}
	}
}
