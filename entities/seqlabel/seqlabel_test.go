package seqlabel

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// toyFeatures is the kind of feature function a caller writes: the word, its
// shape and its neighbours.
func toyFeatures(words []string) []Features {
	out := make([]Features, len(words))
	for i, w := range words {
		f := &out[i]
		f.Add("bias")
		f.Add("w", strings.ToLower(w))
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			f.Add("cap")
		}
		prev := "<s>"
		if i > 0 {
			prev = strings.ToLower(words[i-1])
		}
		f.Add("w-1", prev)
		if i > 0 {
			r, _ := utf8.DecodeRuneInString(words[i-1])
			if unicode.IsUpper(r) {
				f.Add("cap-1")
			}
		}
	}
	return out
}

// toyExample parses "Mr/O Abel/B-PER went/O" into an example.
func toyExample(t testing.TB, tagged string) (words []string, ex Example) {
	t.Helper()
	for _, wl := range strings.Fields(tagged) {
		w, l, ok := strings.Cut(wl, "/")
		if !ok {
			t.Fatalf("token %q lacks a label", wl)
		}
		words = append(words, w)
		ex.Labels = append(ex.Labels, l)
	}
	ex.Tokens = toyFeatures(words)
	return words, ex
}

// The toy task: a capitalised word after "Mr" or "Ms" starts a person, a
// following capitalised word continues it; sentence-initial capitals and
// capitals after other words are not people.
var toyTrain = []string{
	"Mr/O Abel/B-PER arrived/O today/O ./O",
	"Yesterday/O Ms/O Brandt/B-PER Cole/I-PER spoke/O ./O",
	"The/O report/O by/O Mr/O Okafor/B-PER was/O late/O ./O",
	"Mr/O Dunmore/B-PER met/O Ms/O Evers/B-PER ./O",
	"Monday/O was/O cold/O ./O",
	"Ms/O Farrow/B-PER Grant/I-PER left/O Paris/O ./O",
	"We/O saw/O Mr/O Hale/B-PER ./O",
	"Rain/O fell/O on/O Tuesday/O ./O",
	"Mr/O Ibsen/B-PER Jones/I-PER and/O Ms/O Kato/B-PER agreed/O ./O",
	"London/O is/O big/O ./O",
	"Ms/O Quinn/B-PER Reyes/I-PER smiled/O ./O",
	"Mr/O Stone/B-PER Tate/I-PER Ueda/I-PER won/O ./O",
	"Friday/O Mr/O Vance/B-PER Wolfe/I-PER called/O ./O",
}

var toyTest = []string{
	"Mr/O Lund/B-PER laughed/O ./O",
	"Then/O Ms/O Moreau/B-PER Nash/I-PER sang/O ./O",
	"Berlin/O was/O quiet/O ./O",
	"Ms/O Ortiz/B-PER and/O Mr/O Price/B-PER ./O",
}

func toyModel(t testing.TB) *Model {
	t.Helper()
	var exs []Example
	for _, s := range toyTrain {
		_, ex := toyExample(t, s)
		exs = append(exs, ex)
	}
	return Train(exs, TrainOptions{Epochs: 10, Seed: 1})
}

func TestTrainLearnsToyTagging(t *testing.T) {
	m := toyModel(t)
	if got, want := m.Labels(), []string{"B-PER", "I-PER", "O"}; !slices.Equal(got, want) {
		t.Fatalf("Labels() = %q, want %q", got, want)
	}
	for _, s := range toyTest {
		words, ex := toyExample(t, s)
		if got := m.Predict(ex.Tokens); !slices.Equal(got, ex.Labels) {
			t.Errorf("Predict(%q) = %q, want %q", words, got, ex.Labels)
		}
	}
}

func TestTrainProgressAndDeterminism(t *testing.T) {
	var exs []Example
	for _, s := range toyTrain {
		_, ex := toyExample(t, s)
		exs = append(exs, ex)
	}
	var accs []float64
	a := Train(exs, TrainOptions{Epochs: 5, Seed: 7, Progress: func(epoch int, acc float64) {
		if epoch != len(accs)+1 {
			t.Errorf("Progress epoch %d, want %d", epoch, len(accs)+1)
		}
		accs = append(accs, acc)
	}})
	if len(accs) != 5 {
		t.Fatalf("Progress called %d times, want 5", len(accs))
	}
	if accs[4] <= accs[0] || accs[4] < 0.99 {
		t.Errorf("training accuracy by epoch = %v, want it to rise to 1", accs)
	}
	b := Train(exs, TrainOptions{Epochs: 5, Seed: 7})
	da, _ := a.MarshalBinary()
	db, _ := b.MarshalBinary()
	if !bytes.Equal(da, db) {
		t.Error("two trainings with the same seed gave different models")
	}
}

func TestTrainEdgeCases(t *testing.T) {
	empty := Train(nil, TrainOptions{})
	if got := empty.Predict(make([]Features, 2)); !slices.Equal(got, []string{"", ""}) {
		t.Errorf("model without labels: Predict = %q, want two empty labels", got)
	}
	data, err := empty.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if loaded, err := Load(data); err != nil || len(loaded.Labels()) != 0 {
		t.Errorf("round trip of an empty model: %v", err)
	}
	m := toyModel(t)
	if got := m.Predict(nil); len(got) != 0 {
		t.Errorf("Predict(nil) = %q, want empty", got)
	}
	// Tokens with no known feature still get labels from the transitions.
	if got := m.Predict(make([]Features, 3)); len(got) != 3 {
		t.Errorf("Predict of 3 featureless tokens gave %d labels", len(got))
	}
	defer func() {
		if recover() == nil {
			t.Error("Train accepted an example with more labels than tokens")
		}
	}()
	Train([]Example{{Tokens: make([]Features, 1), Labels: []string{"O", "O"}}}, TrainOptions{})
}

// buildModel makes a model from full-precision weights (n per feature),
// quantising them as Train does.
func buildModel(labels []string, trans []float32, hashes []uint64, weights []float32) *Model {
	m := &Model{labels: labels, trans: trans}
	var maxAbs float32
	for _, w := range weights {
		maxAbs = max(maxAbs, w, -w)
	}
	m.scale = maxAbs / 32767
	rows := make([]int16, len(weights))
	for i, w := range weights {
		rows[i] = m.quantum(w)
	}
	m.feats = newWeightTable(len(labels), hashes, rows)
	return m
}

// handModel builds a model with the given emission weights per token
// feature and transitions, to test decoding in isolation.
func handModel(labels []string, emit map[string][]float32, trans map[[2]string]float32) *Model {
	n := len(labels)
	idx := func(l string) int {
		if l == "" {
			return n // boundary
		}
		return slices.Index(labels, l)
	}
	tr := make([]float32, (n+1)*(n+1))
	for k, w := range trans {
		tr[idx(k[0])*(n+1)+idx(k[1])] = w
	}
	var hashes []uint64
	var weights []float32
	for k, w := range emit {
		hashes = append(hashes, Hash(k))
		weights = append(weights, w...)
	}
	return buildModel(labels, tr, hashes, weights)
}

func TestPredictRespectsTransitions(t *testing.T) {
	labels := []string{"B-X", "I-X", "O"}
	emit := map[string][]float32{
		"x":  {1, 1.5, 0}, // looks more like I-X than B-X
		"o":  {0, 0, 1},
		"xx": {0, 2, 1.9},
	}
	forbidIAfterO := map[[2]string]float32{{"", "I-X"}: -10, {"O", "I-X"}: -10}
	tests := []struct {
		name  string
		trans map[[2]string]float32
		words []string
		want  []string
	}{
		{"emissions alone", nil, []string{"o", "x"}, []string{"O", "I-X"}},
		{"I-X forbidden after O", forbidIAfterO, []string{"o", "x"}, []string{"O", "B-X"}},
		{"I-X forbidden at start", forbidIAfterO, []string{"x", "x"}, []string{"B-X", "I-X"}},
		{"end transition", map[[2]string]float32{{"I-X", ""}: -1}, []string{"o", "xx"}, []string{"O", "O"}},
		{"transition outweighs emission", map[[2]string]float32{{"O", "O"}: 3}, []string{"o", "x", "o"}, []string{"O", "O", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := handModel(labels, emit, tt.trans)
			tokens := make([]Features, len(tt.words))
			for i, w := range tt.words {
				tokens[i].Add(w)
			}
			if got := m.Predict(tokens); !slices.Equal(got, tt.want) {
				t.Errorf("Predict(%q) = %q, want %q", tt.words, got, tt.want)
			}
		})
	}
}

func TestMarshalLoadRoundTrip(t *testing.T) {
	m := toyModel(t)
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(data)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if l.NumFeatures() != m.NumFeatures() || !slices.Equal(l.Labels(), m.Labels()) {
		t.Fatalf("loaded model has %d features and labels %q, want %d and %q",
			l.NumFeatures(), l.Labels(), m.NumFeatures(), m.Labels())
	}
	for _, s := range append(slices.Clone(toyTrain), toyTest...) {
		words, ex := toyExample(t, s)
		if got, want := l.Predict(ex.Tokens), m.Predict(ex.Tokens); !slices.Equal(got, want) {
			t.Errorf("loaded model: Predict(%q) = %q, original %q", words, got, want)
		}
	}
	again, err := l.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Error("re-marshalling a loaded model gave different bytes")
	}
}

func TestPrune(t *testing.T) {
	m := toyModel(t)
	before := m.NumFeatures()
	if kept := m.Prune(0); kept != before {
		t.Errorf("Prune(0) kept %d of %d features", kept, before)
	}
	var abs []float32
	_, rows := m.feats.sorted()
	for _, q := range rows {
		if q != 0 {
			abs = append(abs, float32(max(q, -q))*m.scale)
		}
	}
	slices.Sort(abs)
	kept := m.Prune(abs[len(abs)/4])
	if kept >= before || kept == 0 {
		t.Fatalf("Prune(0.5) kept %d of %d features, want some but not all", kept, before)
	}
	if kept != m.NumFeatures() {
		t.Errorf("Prune returned %d, NumFeatures %d", kept, m.NumFeatures())
	}
	for _, s := range toyTest {
		words, ex := toyExample(t, s)
		if got := m.Predict(ex.Tokens); !slices.Equal(got, ex.Labels) {
			t.Errorf("after pruning: Predict(%q) = %q, want %q", words, got, ex.Labels)
		}
	}
	if m.Prune(1e9) != 0 || m.NumFeatures() != 0 {
		t.Error("Prune(huge) kept features")
	}
	// Without features, only the transitions decide.
	if got := m.Predict(toyFeatures([]string{"Mr", "Abel"})); len(got) != 2 {
		t.Errorf("Predict with an empty feature table = %q", got)
	}
}

func TestLoadRejectsCorruptData(t *testing.T) {
	good, err := toyModel(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// rewrap compresses a hand-made body, to reach checks behind gzip.
	rewrap := func(body []byte) []byte {
		var buf bytes.Buffer
		buf.WriteString(magic)
		buf.WriteByte(version)
		zw := gzip.NewWriter(&buf)
		zw.Write(body)
		zw.Close()
		return buf.Bytes()
	}
	flipped := slices.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"wrong magic", append([]byte("GZIP"), good[4:]...)},
		{"wrong version", append([]byte(magic+"\x09"), good[5:]...)},
		{"truncated", good[:len(good)-10]},
		{"flipped byte", flipped},
		{"not gzip", []byte(magic + "\x01hello world")},
		{"empty body", rewrap(nil)},
		{"huge label count", rewrap([]byte{0xff, 0xff, 0xff, 0x7f})},
		{"label longer than data", rewrap([]byte{1, 200, 'a'})},
		{"repeated label", rewrap([]byte{2, 1, 'O', 1, 'O'})},
		{"no transitions", rewrap([]byte{1, 1, 'O', 0, 0, 0, 0})},
		{"feature count beyond data", rewrap(append(append([]byte{1, 1, 'O'}, make([]byte, 4+4*4)...), 100))},
		{"hashes not increasing", rewrap(append(append([]byte{1, 1, 'O', 0, 0, 0x80, 0x3f}, make([]byte, 4*4)...), 2, 5, 0, 1, 1))},
		{"weight out of int16", rewrap(append(append([]byte{1, 1, 'O', 0, 0, 0x80, 0x3f}, make([]byte, 4*4)...), 1, 5, 0xfe, 0xff, 0x7f))},
		{"trailing bytes", rewrap(append(append([]byte{1, 1, 'O', 0, 0, 0x80, 0x3f}, make([]byte, 4*4)...), 1, 5, 2, 9))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Load(tt.data)
			if err == nil {
				t.Fatalf("Load accepted corrupt data, model with %d labels", len(m.labels))
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("Load error %q does not wrap ErrFormat", err)
			}
		})
	}
	// The well-formed minimal body behind the corrupt ones above loads.
	if _, err := Load(rewrap(append(append([]byte{1, 1, 'O', 0, 0, 0x80, 0x3f}, make([]byte, 4*4)...), 1, 5, 2))); err != nil {
		t.Errorf("minimal valid model: %v", err)
	}
}

func TestHash(t *testing.T) {
	tests := []struct {
		a, b []string
		same bool
	}{
		{[]string{"ab", "c"}, []string{"a", "bc"}, false},
		{[]string{"abc"}, []string{"ab", "c"}, false},
		{[]string{"w", "Tokyo"}, []string{"w", "Tokyo"}, true},
		{[]string{""}, []string{"", ""}, false},
	}
	for _, tt := range tests {
		if got := Hash(tt.a...) == Hash(tt.b...); got != tt.same {
			t.Errorf("Hash(%q) == Hash(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
	// FNV-1a 64 of "a", the published test vector.
	if got := Hash("a"); got != 0xaf63dc4c8601ec8c {
		t.Errorf("Hash(\"a\") = %#x, want FNV-1a 0xaf63dc4c8601ec8c", got)
	}
}

func TestNoAllocations(t *testing.T) {
	m := toyModel(t)
	_, ex := toyExample(t, toyTest[1])
	f := make(Features, 0, 8)
	word := "Moreau"
	if n := testing.AllocsPerRun(100, func() {
		f = f[:0]
		f.Add("w", word)
		f.Add("suffix", word[len(word)-3:])
	}); n != 0 {
		t.Errorf("Features.Add allocates %v times per call", n)
	}
	if raceEnabled {
		return
	}
	dst := m.PredictInto(nil, ex.Tokens)
	if n := testing.AllocsPerRun(100, func() { dst = m.PredictInto(dst, ex.Tokens) }); n != 0 {
		t.Errorf("PredictInto allocates %v times per call", n)
	}
}

func TestTable(t *testing.T) {
	var tb table
	if _, ok := tb.get(0); ok {
		t.Fatal("empty table found key 0")
	}
	const n = 5000
	for i := range n {
		tb.put(uint64(i)<<40, int32(i)) // keys differing only in high bits
	}
	tb.put(0, 77) // replaces
	if tb.len() != n {
		t.Fatalf("len = %d, want %d", tb.len(), n)
	}
	for i := range n {
		want := int32(i)
		if i == 0 {
			want = 77
		}
		if r, ok := tb.get(uint64(i) << 40); !ok || r != want {
			t.Fatalf("get(%d<<40) = %d, %v, want %d", i, r, ok, want)
		}
	}
	if _, ok := tb.get(1); ok {
		t.Error("found a key never put")
	}
}

func TestChunksAndEncode(t *testing.T) {
	tests := []struct {
		name   string
		labels string
		chunks []Chunk
		// encoded is Encode(chunks) when it differs from labels, which
		// happens only for the ill-formed sequences Chunks tolerates.
		encoded string
	}{
		{"empty", "", nil, ""},
		{"all outside", "O O", nil, ""},
		{"one chunk", "O B-PER I-PER O", []Chunk{{1, 3, "PER"}}, ""},
		{"adjacent chunks", "B-PER B-PER I-PER B-LOC", []Chunk{{0, 1, "PER"}, {1, 3, "PER"}, {3, 4, "LOC"}}, ""},
		{"chunk at end", "O B-ORG I-ORG", []Chunk{{1, 3, "ORG"}}, ""},
		{"I without B starts a chunk", "O I-LOC I-LOC O", []Chunk{{1, 3, "LOC"}}, "O B-LOC I-LOC O"},
		{"I of another type starts a chunk", "B-PER I-ORG", []Chunk{{0, 1, "PER"}, {1, 2, "ORG"}}, "B-PER B-ORG"},
		{"I after O starts a chunk", "B-PER O I-PER", []Chunk{{0, 1, "PER"}, {2, 3, "PER"}}, "B-PER O B-PER"},
		{"unknown labels end chunks", "B-PER X I-PER", []Chunk{{0, 1, "PER"}, {2, 3, "PER"}}, "B-PER O B-PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labels := strings.Fields(tt.labels)
			got := Chunks(labels)
			if !slices.Equal(got, tt.chunks) {
				t.Errorf("Chunks(%q) = %v, want %v", labels, got, tt.chunks)
			}
			want := labels
			if tt.encoded != "" {
				want = strings.Fields(tt.encoded)
			}
			if enc := Encode(len(labels), tt.chunks); !slices.Equal(enc, want) {
				t.Errorf("Encode(%d, %v) = %q, want %q", len(labels), tt.chunks, enc, want)
			}
		})
	}
}

func TestEncodeClipsChunks(t *testing.T) {
	got := Encode(3, []Chunk{{-1, 1, "A"}, {2, 9, "B"}, {2, 2, "C"}})
	if want := []string{"B-A", "O", "B-B"}; !slices.Equal(got, want) {
		t.Errorf("Encode = %q, want %q", got, want)
	}
}

// TestPredictConcurrent checks that goroutines sharing a model (and its
// scratch pool) get the same labels as sequential calls; run with -race.
func TestPredictConcurrent(t *testing.T) {
	m := toyModel(t)
	var inputs [][]Features
	var want [][]string
	for _, s := range append(slices.Clone(toyTrain), toyTest...) {
		_, ex := toyExample(t, s)
		inputs = append(inputs, ex.Tokens)
		want = append(want, m.Predict(ex.Tokens))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			var dst []string
			for r := range 50 {
				i := (g + r) % len(inputs)
				if dst = m.PredictInto(dst, inputs[i]); !slices.Equal(dst, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: input %d labelled %q, want %q", g, i, dst, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestWeightTable(t *testing.T) {
	const n = 3
	// Small integers stand for the weak hashes callers may pass to
	// AddHash; 0 cannot be stored as a key and takes the extra slot.
	var hashes []uint64
	var rows []int16
	for h := range uint64(1000) {
		hashes = append(hashes, h*7)
		rows = append(rows, int16(h), -int16(h), int16(h%5)-2)
	}
	tb := newWeightTable(n, hashes, rows)
	for f, h := range hashes {
		w := tb.lookup(h)
		if w == nil {
			t.Fatalf("lookup(%d) = nil", h)
		}
		for j := range n {
			if got := weight(w, j); got != rows[f*n+j] {
				t.Fatalf("weight %d of %d = %d, want %d", j, h, got, rows[f*n+j])
			}
		}
	}
	for _, h := range []uint64{1, 8, 7001, 1 << 63} {
		if tb.lookup(h) != nil {
			t.Errorf("lookup(%d) found a feature never stored", h)
		}
	}
	gotHashes, gotRows := tb.sorted()
	if !slices.Equal(gotHashes, hashes) || !slices.Equal(gotRows, rows) {
		t.Error("sorted() does not give back the stored features in hash order")
	}
	empty := newWeightTable(n, nil, nil)
	if empty.lookup(0) != nil || empty.lookup(42) != nil {
		t.Error("empty table found a feature")
	}
}

// TestPredictLongInput checks that scores stay precise on a very long
// sequence, as a text without sentence breaks gives: every token carries a
// large weight shared by all labels and a small one that decides, which
// float32 would lose once the running scores grew large.
func TestPredictLongInput(t *testing.T) {
	m := handModel([]string{"A", "B"}, map[string][]float32{
		"big": {1000, 1000},
		"a":   {0.5, 0},
		"b":   {0, 0.5},
	}, nil)
	var long []Features
	var want []string
	for i := range 100_000 {
		var f Features
		f.Add("big")
		if i%3 == 0 {
			f.Add("b")
			want = append(want, "B")
		} else {
			f.Add("a")
			want = append(want, "A")
		}
		long = append(long, f)
	}
	got := m.Predict(long)
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("token %d of %d labelled %q, want %q", i, len(got), got[i], want[i])
		}
	}
}

func TestQuantize(t *testing.T) {
	tests := []struct {
		levels      int
		keepsLabels bool // whether the toy test sentences must stay right
	}{
		{32767, true},
		{255, true},
		{15, true},
		{1, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.levels), func(t *testing.T) {
			m := toyModel(t)
			before, _ := m.MarshalBinary()
			kept := m.Quantize(tt.levels)
			if kept != m.NumFeatures() || kept == 0 {
				t.Fatalf("Quantize(%d) returned %d, NumFeatures %d", tt.levels, kept, m.NumFeatures())
			}
			_, rows := m.feats.sorted()
			top := 0
			for _, q := range rows {
				top = max(top, int(q), -int(q))
			}
			if top > tt.levels {
				t.Errorf("largest weight level %d after Quantize(%d)", top, tt.levels)
			}
			data, err := m.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if tt.levels == 32767 && !bytes.Equal(data, before) {
				t.Error("Quantize at full precision changed the model")
			}
			if len(data) > len(before) {
				t.Errorf("file grew from %d to %d bytes", len(before), len(data))
			}
			loaded, err := Load(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range toyTest {
				words, ex := toyExample(t, s)
				got := m.Predict(ex.Tokens)
				if again := loaded.Predict(ex.Tokens); !slices.Equal(again, got) {
					t.Errorf("loaded model: Predict(%q) = %q, before marshalling %q", words, again, got)
				}
				if tt.keepsLabels && !slices.Equal(got, ex.Labels) {
					t.Errorf("Predict(%q) = %q, want %q", words, got, ex.Labels)
				}
			}
		})
	}
}

// FuzzLoad checks that Load never panics and that whatever it accepts
// marshals and loads again to the same bytes.
func FuzzLoad(f *testing.F) {
	good, err := toyModel(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data)
		if err != nil {
			return
		}
		m.Predict(make([]Features, 2))
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := Load(again)
		if err != nil {
			t.Fatalf("reloading a marshalled model: %v", err)
		}
		if third, _ := m2.MarshalBinary(); !bytes.Equal(third, again) {
			t.Fatal("marshalling is not stable")
		}
	})
}

// FuzzDecode is FuzzLoad behind the gzip layer, where the fuzzer can reach
// the format's own checks.
func FuzzDecode(f *testing.F) {
	good, err := toyModel(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(good[len(magic)+1:]))
	if err != nil {
		f.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := decode(raw)
		if err != nil {
			return
		}
		m.Predict(make([]Features, 2))
		if _, err := m.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	})
}
