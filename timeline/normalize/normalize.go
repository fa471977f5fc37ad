// Package normalize applies Unicode NFKC to a text while keeping a map back to
// the original byte offsets.
//
// Extractors work on the normalised text (full-width ＮＡＴＯ reads as NATO,
// ２０２５年 as 2025年) but users highlight spans in the text they gave us, so
// every offset the pipeline reports is mapped back through a Text.
package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is an NFKC-normalised string with the offsets of its source.
type Text struct {
	// Norm is the normalised text.
	Norm string
	// orig[i] is the source offset of the normalisation segment holding
	// Norm[i]; first[i] tells whether Norm[i] starts that segment. Both are nil
	// when the source was already normalised and offsets are the identity.
	orig  []int32
	first []bool
	n     int // length of the source
}

// NFKC normalises s.
func NFKC(s string) Text {
	if norm.NFKC.IsNormalString(s) {
		return Text{Norm: s, n: len(s)}
	}
	out := make([]byte, 0, len(s)+len(s)/8)
	orig := make([]int32, 0, cap(out))
	first := make([]bool, 0, cap(out))
	// Normalise one segment at a time (a starter and the marks that combine
	// with it), so every output byte knows the source character it came from.
	// norm.Iter is no help here: it hands out long runs at once.
	for i := 0; i < len(s); {
		j := i + 1
		if s[i] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(s[i:])
			j = i + size
		}
		for j < len(s) && s[j] >= utf8.RuneSelf && !boundaryBefore(s[j:]) {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
		seg := s[i:j]
		if j-i > 1 || s[i] >= utf8.RuneSelf {
			seg = norm.NFKC.String(seg)
		}
		for k := range len(seg) {
			orig = append(orig, int32(i))
			first = append(first, k == 0)
		}
		out = append(out, seg...)
		i = j
	}
	return Text{Norm: string(out), orig: orig, first: first, n: len(s)}
}

// boundaryBefore reports whether NFKC never combines the rune that starts s
// with what comes before it. A rune's own property is not enough when it
// decomposes: halfwidth Hangul ￜ (U+FFDC) is a starter, but it becomes the
// vowel jamo ᅵ, which composes with a preceding consonant (ﾾￜ is 히), so
// its decomposition's first rune is what decides.
func boundaryBefore(s string) bool {
	p := norm.NFKC.PropertiesString(s)
	if !p.BoundaryBefore() {
		return false
	}
	if d := p.Decomposition(); len(d) > 0 {
		return norm.NFKC.Properties(d).BoundaryBefore()
	}
	return true
}

// Identity reports whether offsets in Norm equal offsets in the source.
func (t Text) Identity() bool { return t.orig == nil }

// Start maps a start offset in Norm to the source: the start of the segment
// that holds it.
func (t Text) Start(i int) int {
	if t.orig == nil {
		return i
	}
	if i >= len(t.orig) {
		return t.n
	}
	return int(t.orig[i])
}

// End maps an exclusive end offset in Norm to the source. An end inside a
// segment (a span ending halfway through the expansion of one source
// character) is widened to the end of that segment, so a mapped span is never
// empty when the normalised one is not.
func (t Text) End(i int) int {
	if t.orig == nil {
		return i
	}
	for i < len(t.orig) && !t.first[i] {
		i++
	}
	if i >= len(t.orig) {
		return t.n
	}
	return int(t.orig[i])
}
