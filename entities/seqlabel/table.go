package seqlabel

// table is a growable open-addressing hash table from feature hash to a
// dense row number, used while training, when features keep arriving. It is
// faster and smaller than a Go map for the millions of lookups training
// makes. Finished models use the read-only weightTable instead.
type table struct {
	slots []slot // len is a power of two, or zero
	n     int
	shift uint
}

// slot is empty when row is zero; otherwise it holds row+1.
type slot struct {
	key uint64
	row int32
}

// maxLoad is the load factor (in sixteenths) above which the table grows.
const maxLoad = 11

func (t *table) len() int { return t.n }

// home returns the first slot probed for key. The multiplicative mix keeps
// weak caller-supplied hashes (AddHash) from clustering.
func (t *table) home(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> t.shift)
}

func (t *table) get(key uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.row == 0 {
			return 0, false
		}
		if s.key == key {
			return s.row - 1, true
		}
	}
}

// put maps key to row, replacing any previous mapping.
func (t *table) put(key uint64, row int32) {
	if (t.n+1)*16 > len(t.slots)*maxLoad {
		t.resize(max(16, 2*len(t.slots)))
	}
	mask := len(t.slots) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.row == 0 {
			*s = slot{key, row + 1}
			t.n++
			return
		}
		if s.key == key {
			s.row = row + 1
			return
		}
	}
}

func (t *table) resize(size int) {
	old := t.slots
	t.slots = make([]slot, size)
	t.n = 0
	bits := uint(0)
	for 1<<bits < size {
		bits++
	}
	t.shift = 64 - bits
	for _, s := range old {
		if s.row != 0 {
			t.put(s.key, s.row-1)
		}
	}
}
