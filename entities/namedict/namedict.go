// Package namedict gives the English names of Japanese proper names written
// in kanji — places, stations, companies, organisations and people: 能登半島 is
// Noto Peninsula, 日本航空 Japan Air Lines, 羽田 Haneda, 石破茂 Ishiba Shigeru.
// Surnames and given names alone are not in it (see gen), nor names with no
// kanji; they are in a second table, parts.tsv.gz, which with the first gives Kinds: what kinds
// of name a written form can be, for the Japanese tagger's features.
// Kanji names are not transliterations, so the sound model that links
// katakana names to English ones (entities/translit) cannot link them; a
// dictionary can.
//
// The table, namedict.tsv.gz, is derived from ENAMDICT, the Japanese
// proper-name dictionary of the Electronic Dictionary Research and
// Development Group, by `go run ./entities/namedict/gen` (see SOURCES.md for
// the licence, CC BY-SA). A gloss is a romanisation or an English name and
// says nothing of which entity a text means: 福島 is the place Fukushima or
// Fukujima. The resolver therefore links a kanji name only to an
// English name of the same type that the corpus itself contains.
package namedict

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Kinds of name, as ENAMDICT marks them.
const (
	Place        = "p"
	Station      = "st"
	Company      = "c"
	Organization = "o"
	FullName     = "h" // a person's full name
)

// Gloss is one English name or romanisation of a kanji name.
type Gloss struct {
	English string
	Kinds   []string // ENAMDICT's kinds of name; in the table Place, Station, Company, Organization, FullName
}

// Has reports whether the gloss is of kind k.
func (g Gloss) Has(k string) bool {
	for _, x := range g.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

//go:embed namedict.tsv.gz
var compressed []byte

// Dict is the parsed table: its rows in one string, sorted by kanji, and the
// offset of each row. Looking a name up is a binary search, and the table
// costs little more memory than its text.
type Dict struct {
	text  string
	lines []uint32
}

// Default returns the built-in dictionary, parsed on first use.
var Default = sync.OnceValue(func() *Dict {
	d, err := Parse(bytes.NewReader(compressed))
	if err != nil {
		panic("namedict: built-in table: " + err.Error())
	}
	return d
})

// Parse reads a table as gen writes it (gzipped "KANJI<TAB>GLOSS<TAB>KINDS"
// lines sorted by kanji, "#" lines are comments).
func Parse(r io.Reader) (*Dict, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	d := &Dict{text: string(b)}
	for off := 0; off < len(d.text); {
		end := strings.IndexByte(d.text[off:], '\n')
		if end < 0 {
			end = len(d.text) - off
		}
		if d.text[off] != '#' && end > 0 {
			d.lines = append(d.lines, uint32(off))
		}
		off += end + 1
	}
	if !sort.SliceIsSorted(d.lines, func(i, j int) bool { return d.key(i) < d.key(j) }) {
		sort.SliceStable(d.lines, func(i, j int) bool { return d.key(i) < d.key(j) })
	}
	return d, nil
}

func (d *Dict) line(i int) string {
	s := d.text[d.lines[i]:]
	if end := strings.IndexByte(s, '\n'); end >= 0 {
		s = s[:end]
	}
	return s
}

func (d *Dict) key(i int) string {
	k, _, _ := strings.Cut(d.line(i), "\t")
	return k
}

// Lookup returns the glosses of a name written exactly so, in the table's
// order; nil when the dictionary does not know it.
func (d *Dict) Lookup(name string) []Gloss {
	i := sort.Search(len(d.lines), func(i int) bool { return d.key(i) >= name })
	var out []Gloss
	for ; i < len(d.lines); i++ {
		k, rest, _ := strings.Cut(d.line(i), "\t")
		if k != name {
			break
		}
		en, kinds, _ := strings.Cut(rest, "\t")
		out = append(out, Gloss{English: en, Kinds: strings.Split(kinds, ",")})
	}
	return out
}

// Len is the number of rows (one per name and gloss).
func (d *Dict) Len() int { return len(d.lines) }

// HasKanji reports whether s contains a kanji: the names the table holds
// (a name in kana alone is not in it).
func HasKanji(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
