package japanese

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"reflect"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
	"github.com/ikawaha/kagome-dict/ipa"
)

// TestIPADictLoad checks that the concurrent loader gives the dictionary
// kagome's own loader does.
func TestIPADictLoad(t *testing.T) {
	got, err := loadIPA()
	if err != nil {
		t.Fatal(err)
	}
	want := ipa.DictShrink()
	if !reflect.DeepEqual(got, want) {
		t.Error("loadIPA differs from ipa.DictShrink")
	}
}

func TestReadIndexTable(t *testing.T) {
	idx := dict.IndexTable{
		Da:  trie.DoubleArray{{Base: 1, Check: -1}, {Base: -7, Check: 0}, {Base: 3, Check: 2}},
		Dup: map[int32]int32{2: 1, 9: 3},
	}
	var buf bytes.Buffer
	if _, err := idx.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	full := buf.Bytes()
	empty := binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, 0), 0)
	for _, c := range []struct {
		name    string
		in      []byte
		want    dict.IndexTable
		wantErr bool
	}{
		{"written by kagome", full, idx, false},
		{"empty", empty, dict.IndexTable{Da: trie.DoubleArray{}, Dup: map[int32]int32{}}, false},
		{"nothing", nil, dict.IndexTable{}, true},
		{"array cut short", full[:8+8*2], dict.IndexTable{}, true},
		{"duplicates cut short", full[:len(full)-4], dict.IndexTable{}, true},
		{"negative length", binary.LittleEndian.AppendUint64(nil, 1<<63), dict.IndexTable{}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := readIndexTable(bytes.NewReader(c.in))
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error: %v", err, c.wantErr)
			}
			if err == nil && !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
			if err == nil {
				ref, rerr := dict.ReadIndexTable(bytes.NewReader(c.in))
				if rerr != nil || !reflect.DeepEqual(got, ref) {
					t.Errorf("got %+v, kagome reads %+v (%v)", got, ref, rerr)
				}
			}
		})
	}
}

func BenchmarkIPADictLoad(b *testing.B) {
	for b.Loop() {
		if _, err := loadIPA(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIPADictLoadKagome is kagome's loader on the same bytes, for
// comparison.
func BenchmarkIPADictLoadKagome(b *testing.B) {
	src, err := ipaSource.ReadFile("ipa.dict")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := dict.Load(zr, false); err != nil {
			b.Fatal(err)
		}
	}
}
