package seqlabel

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// File format, version 1: the magic "SQLB", a version byte, then a gzip
// stream of
//
//	uvarint label count, then each label as uvarint length + bytes
//	float32 scale (little endian bits)
//	(labels+1)² float32 transition weights
//	uvarint feature count
//	feature hashes in increasing order, as uvarint deltas from the previous
//	each feature's label weights as zigzag varints in units of scale
//
// Sorted delta-coded hashes and small quantised integers are what makes the
// file compact: most weights of a feature are zero and compress to almost
// nothing.
const (
	magic   = "SQLB"
	version = 1

	// maxDecoded bounds the decompressed size Load accepts, so a corrupt or
	// hostile file cannot exhaust memory.
	maxDecoded = 1 << 30
	maxLabels  = 1 << 12
)

// ErrFormat is wrapped by the errors Load returns for data that is not a
// valid model file.
var ErrFormat = errors.New("seqlabel: invalid model file")

// MarshalBinary encodes the model in the compact file format read by Load.
// Encoding is deterministic and lossless: Load returns a model that makes
// the same predictions.
func (m *Model) MarshalBinary() ([]byte, error) {
	n := len(m.labels)
	var raw []byte
	raw = binary.AppendUvarint(raw, uint64(n))
	for _, l := range m.labels {
		raw = binary.AppendUvarint(raw, uint64(len(l)))
		raw = append(raw, l...)
	}
	raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(m.scale))
	for _, w := range m.trans {
		raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(w))
	}
	hashes, rows := m.feats.sorted()
	raw = binary.AppendUvarint(raw, uint64(len(hashes)))
	prev := uint64(0)
	for _, h := range hashes {
		raw = binary.AppendUvarint(raw, h-prev)
		prev = h
	}
	for _, q := range rows {
		raw = binary.AppendVarint(raw, int64(q))
	}

	var buf bytes.Buffer
	buf.WriteString(magic)
	buf.WriteByte(version)
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("seqlabel: marshal: %w", err)
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, fmt.Errorf("seqlabel: marshal: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("seqlabel: marshal: %w", err)
	}
	return buf.Bytes(), nil
}

// Load decodes a model written by MarshalBinary. It checks the magic,
// version and every count against the data, so corrupt input gives an error
// wrapping ErrFormat rather than a panic or a huge allocation.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: missing magic %q", ErrFormat, magic)
	}
	if v := data[len(magic)]; v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, version)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data[len(magic)+1:]))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, maxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if len(raw) > maxDecoded {
		return nil, fmt.Errorf("%w: decompressed size exceeds %d bytes", ErrFormat, maxDecoded)
	}
	m, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

// decode parses the decompressed body of a model file.
func decode(raw []byte) (*Model, error) {
	r := reader{b: raw}
	n := r.count("label count", 1)
	if n > maxLabels {
		return nil, fmt.Errorf("%d labels exceed the limit of %d", n, maxLabels)
	}
	m := &Model{labels: make([]string, 0, n)}
	for range n {
		size := r.count("label length", 1)
		l := string(r.bytes(size))
		if r.err == nil && slices.Contains(m.labels, l) {
			return nil, fmt.Errorf("repeated label %q", l)
		}
		m.labels = append(m.labels, l)
	}
	m.scale = r.float32()
	if r.err == nil && (m.scale < 0 || math.IsNaN(float64(m.scale)) || math.IsInf(float64(m.scale), 0)) {
		return nil, fmt.Errorf("bad scale %v", m.scale)
	}
	m.trans = make([]float32, (n+1)*(n+1))
	for i := range m.trans {
		m.trans[i] = r.float32()
	}
	// Every feature takes at least one byte of hash and one per weight.
	nf := r.count("feature count", 1+n)
	if r.err != nil {
		return nil, r.err
	}
	hashes := make([]uint64, nf)
	hash := uint64(0)
	for i := range hashes {
		d := r.uvarint("feature hash")
		if i > 0 && d == 0 {
			return nil, fmt.Errorf("feature %d: hashes not strictly increasing", i)
		}
		if hash+d < hash {
			return nil, fmt.Errorf("feature %d: hash overflows", i)
		}
		hash += d
		hashes[i] = hash
	}
	rows := make([]int16, nf*n)
	for i := range rows {
		q := r.varint("weight")
		if q < math.MinInt16 || q > math.MaxInt16 {
			return nil, fmt.Errorf("weight %d out of range", q)
		}
		rows[i] = int16(q)
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%d trailing bytes", len(r.b))
	}
	m.feats = newWeightTable(n, hashes, rows)
	return m, nil
}

// reader consumes a byte slice, remembering the first error so decoding code
// can check once per section.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("truncated or malformed %s", what)
	}
	r.b = nil
}

func (r *reader) uvarint(what string) uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.fail(what)
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *reader) varint(what string) int64 {
	v, k := binary.Varint(r.b)
	if k <= 0 {
		r.fail(what)
		return 0
	}
	r.b = r.b[k:]
	return v
}

// count reads a count of items taking at least minBytes each and rejects
// counts the remaining data cannot hold.
func (r *reader) count(what string, minBytes int) int {
	v := r.uvarint(what)
	if r.err != nil {
		return 0
	}
	if v > uint64(len(r.b)/max(minBytes, 1)) {
		r.fail(what)
		return 0
	}
	return int(v)
}

func (r *reader) bytes(n int) []byte {
	if len(r.b) < n {
		r.fail("bytes")
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) float32() float32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	f := math.Float32frombits(binary.LittleEndian.Uint32(b))
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		r.fail("float")
		return 0
	}
	return f
}
