package seqlabel

import (
	"math/bits"
	"slices"
)

// weightTable is the read-only feature table of a trained model: an
// open-addressing hash table whose slots each hold a feature hash followed by
// that feature's label weights as int16 multiples of the model's scale,
// packed four to a word.
//
// Keeping key and weights side by side means a lookup touches one cache line
// instead of two (hash slot, then weight row), and int16 weights halve the
// memory the decoder walks: once a model is larger than the CPU cache,
// decoding speed is memory latency.
type weightTable struct {
	n      int // labels per feature
	stride int // words per slot: the key, then (n+3)/4 words of weights
	size   int // number of hashed slots
	// words holds size+1 slots. A key of 0 marks an empty slot; the feature
	// whose hash is 0 lives in the extra last slot if hasZero.
	words   []uint64
	hasZero bool
	count   int
	// filter has one bit set per feature (at filterBit), a Bloom filter
	// with one hash that is small enough to stay in cache and rejects most
	// unknown features without touching the large slot array.
	filter []uint64
	fshift uint
}

// filterBits is the filter's size in bits per feature, rounded up to a power
// of two: 8 to 16 bits reject 88 to 94% of unknown features, which in real
// text are a large share (unseen words and word pairs), for 1 to 2 bytes per
// feature. On a 170k-feature English model this made Predict roughly 10%
// faster.
const filterBits = 8

func (t *weightTable) filterBit(h uint64) uint64 {
	return (h * 0xD6E8FEB86659FD93) >> t.fshift
}

// loadFactor is the fraction of slots a weightTable fills at most; low
// enough that unsuccessful lookups (unknown features) stay short.
const loadFactor = 0.6

// newWeightTable builds a table of the given features; rows holds n weights
// per feature.
func newWeightTable(n int, hashes []uint64, rows []int16) weightTable {
	t := weightTable{
		n:      n,
		stride: 1 + (n+3)/4,
		size:   int(float64(len(hashes))/loadFactor) + 1,
		count:  len(hashes),
	}
	t.words = make([]uint64, (t.size+1)*t.stride)
	bitsLog := bits.Len(uint(max(64, len(hashes)*filterBits) - 1))
	t.filter = make([]uint64, (1<<bitsLog)/64)
	t.fshift = uint(64 - bitsLog)
	for f, h := range hashes {
		i := t.size // the zero slot
		if h == 0 {
			t.hasZero = true
		} else {
			for i = t.home(h); t.words[i*t.stride] != 0; {
				if i++; i == t.size {
					i = 0
				}
			}
		}
		b := t.filterBit(h)
		t.filter[b/64] |= 1 << (b % 64)
		slot := t.words[i*t.stride : (i+1)*t.stride]
		slot[0] = h
		for j, q := range rows[f*n : (f+1)*n] {
			slot[1+j/4] |= uint64(uint16(q)) << (16 * (j % 4))
		}
	}
	return t
}

// home returns the first slot probed for h: a multiplicative mix (so weak
// caller hashes from AddHash do not cluster) mapped onto the table size
// without division.
func (t *weightTable) home(h uint64) int {
	hi, _ := bits.Mul64(h*0x9E3779B97F4A7C15, uint64(t.size))
	return int(hi)
}

// lookup returns the packed weights of feature h (see weight), or nil if the
// model lacks it.
func (t *weightTable) lookup(h uint64) []uint64 {
	if t.size == 0 {
		return nil
	}
	if h == 0 {
		if !t.hasZero {
			return nil
		}
		return t.words[t.size*t.stride+1 : (t.size+1)*t.stride]
	}
	if b := t.filterBit(h); t.filter[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	for i := t.home(h); ; {
		slot := t.words[i*t.stride : (i+1)*t.stride]
		switch slot[0] {
		case h:
			return slot[1:]
		case 0:
			return nil
		}
		if i++; i == t.size {
			i = 0
		}
	}
}

// weight returns label j's weight from packed weights.
func weight(packed []uint64, j int) int16 {
	return int16(packed[j/4] >> (16 * (j % 4)))
}

// sorted returns the features in increasing hash order with their weights
// (n per feature), the canonical order for files and rebuilding.
func (t *weightTable) sorted() (hashes []uint64, rows []int16) {
	if t.size == 0 {
		return nil, nil
	}
	slots := make([]int, 0, t.count)
	for i := range t.size + 1 {
		if t.words[i*t.stride] != 0 || (i == t.size && t.hasZero) {
			slots = append(slots, i)
		}
	}
	key := func(i int) uint64 { return t.words[i*t.stride] }
	slices.SortFunc(slots, func(a, b int) int {
		if key(a) < key(b) {
			return -1
		}
		if key(a) > key(b) {
			return 1
		}
		return 0
	})
	hashes = make([]uint64, len(slots))
	rows = make([]int16, 0, len(slots)*t.n)
	for f, i := range slots {
		hashes[f] = key(i)
		packed := t.words[i*t.stride+1 : (i+1)*t.stride]
		for j := range t.n {
			rows = append(rows, weight(packed, j))
		}
	}
	return hashes, rows
}
