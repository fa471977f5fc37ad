package namedict

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Kind is a set of kinds of name a written form can be, as ENAMDICT lists
// them. A tagger uses them as evidence, not as answers: nearly every single
// kanji is somebody's surname or given name, and 中央 is a place.
type Kind uint8

// The kinds of name.
const (
	Surname    Kind = 1 << iota // s
	GivenName                   // g, m, f
	PersonName                  // u: a surname or a given name, not said which
	Person                      // h: a person's full name
	PlaceName                   // p, st
	OrgName                     // c, o
)

//go:embed parts.tsv.gz
var partsCompressed []byte

// Kinds maps the hash (see HashName) of every name of the glossed table and
// of the parts table (surnames and given names, in kanji or kana; full
// names, places and organisations with no kanji) to its kinds. Keys are
// hashes, not strings, and a tagger looking up every run of tokens hashes
// them as it extends the run (see HashMore). The table is open addressing
// over one slice, each slot the top 56 bits of a name's hash and its kinds
// in the low byte: the 610,000 names cost 8 MB (a Go map took 19 MB and
// longer to build), and a lookup is one or two probes.
type Kinds struct {
	slots []uint64 // 0: empty
	n     int
}

// kindsBits is log2 of the number of slots: 2^20 slots for some 610,000
// names keeps probe runs short.
const kindsBits = 20

// slotKey is the key part of a slot for hash h: never 0, which marks an
// empty slot.
func slotKey(h uint64) uint64 { return h&^0xFF | 0x80 }

// add merges kinds k into the slot of hash h. It reports false when the
// table is too full to take another name.
func (t *Kinds) add(h uint64, k Kind) bool {
	if t.n >= len(t.slots)/8*7 {
		return false
	}
	key, mask := slotKey(h), uint64(len(t.slots)-1)
	for i := h >> (64 - kindsBits); ; i = (i + 1) & mask {
		switch s := t.slots[i]; {
		case s == 0:
			t.slots[i] = key | uint64(k)
			t.n++
			return true
		case s&^0x7F == key:
			t.slots[i] = s | uint64(k)
			return true
		}
	}
}

// DefaultKinds returns the kinds of the built-in tables, built on first use
// (a few tenths of a second).
var DefaultKinds = sync.OnceValue(func() *Kinds {
	k, err := newKinds(Default(), bytes.NewReader(partsCompressed))
	if err != nil {
		panic("namedict: built-in parts table: " + err.Error())
	}
	return k
})

// kindOfType maps an ENAMDICT type of the glossed table to its Kind.
var kindOfType = map[string]Kind{
	FullName: Person, Place: PlaceName, Station: PlaceName, Company: OrgName, Organization: OrgName,
}

// newKinds indexes the glossed table d and the parts table read from r
// (gzipped "NAME<TAB>LETTERS" lines, one letter per type), streamed: its
// text is not kept.
func newKinds(d *Dict, parts io.Reader) (*Kinds, error) {
	zr, err := gzip.NewReader(parts)
	if err != nil {
		return nil, err
	}
	k := &Kinds{slots: make([]uint64, 1<<kindsBits)}
	for i := range d.lines {
		name, rest, _ := strings.Cut(d.line(i), "\t")
		_, types, _ := strings.Cut(rest, "\t")
		var kind Kind
		for t := range strings.SplitSeq(types, ",") {
			kind |= kindOfType[t]
		}
		if !k.add(HashName(name), kind) {
			return nil, errTooMany
		}
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Bytes()
		tab := bytes.IndexByte(line, '\t')
		if tab < 0 || line[0] == '#' {
			continue
		}
		var kind Kind
		for _, l := range line[tab+1:] {
			kind |= kindOfLetter(l)
		}
		if !k.add(HashMore(hashOffset, string(line[:tab])), kind) { // no allocation: the conversion does not escape
			return nil, errTooMany
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return k, nil
}

var errTooMany = fmt.Errorf("more than %d names: raise kindsBits", (1<<kindsBits)/8*7)

// kindOfLetter maps a letter of the parts table to its Kind.
func kindOfLetter(l byte) Kind {
	switch l {
	case 's':
		return Surname
	case 'g':
		return GivenName
	case 'u':
		return PersonName
	case 'h':
		return Person
	case 'p':
		return PlaceName
	case 'o':
		return OrgName
	}
	return 0
}

// Of returns the kinds of the name whose hash is h, 0 if no table has it.
func (k *Kinds) Of(h uint64) Kind {
	key, mask := slotKey(h), uint64(len(k.slots)-1)
	for i := h >> (64 - kindsBits); ; i = (i + 1) & mask {
		switch s := k.slots[i]; {
		case s == 0:
			return 0
		case s&^0x7F == key:
			return Kind(s & 0x7F)
		}
	}
}

// Len is the number of names indexed.
func (k *Kinds) Len() int { return k.n }

// Hashing is FNV-1a over the bytes, so that the hash of a run of tokens is
// extended token by token: HashMore(HashName(a), b) == HashName(a+b).
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
)

// HashName returns the hash of a written name that Kinds.Of takes.
func HashName(s string) uint64 { return HashMore(hashOffset, s) }

// HashMore returns the hash of the name hashed to h followed by s.
func HashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}
