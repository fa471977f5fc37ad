package japanese

import (
	"archive/zip"
	"bytes"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	_ "unsafe" // go:linkname

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
	_ "github.com/ikawaha/kagome-dict/ipa" // ipaSource

	"github.com/chronograph/chronograph/entities/namedict"
)

// ipaSource is the zipped IPA dictionary that package ipa embeds; it does
// not export it, and its loader (dict.Load) reads the parts one after the
// other, the index a few bytes per call. TestIPADictLoad checks that
// loadIPA gives what ipa.DictShrink does.
//
//go:linkname ipaSource github.com/ikawaha/kagome-dict/ipa.dictsrc
var ipaSource embed.FS

// ipaDict is the IPA dictionary without its contents (readings, base forms),
// of which nothing is used: 28 MB of heap instead of 88.
var ipaDict = sync.OnceValues(loadIPA)

// Preload starts loading what New loads (the dictionary and tokenizer, the
// tagger model, the gazetteer index, the name dictionary's kinds) in the background, each on its own
// goroutine, so that they load side by side and the first Japanese document
// finds them ready or nearly so. New waits for what is still loading;
// calling Preload more than once, or not at all, is fine.
func Preload() {
	go func() { _, _ = shared() }()
	go func() { _, _ = sharedModel() }()
	go sharedGaz()
	go namedict.DefaultKinds()
}

// loadIPA loads the dictionary as dict.Load(zr, false) does, with the parts
// inflated and decoded concurrently and the index decoded in bulk.
func loadIPA() (*dict.Dict, error) {
	src, err := ipaSource.ReadFile("ipa.dict")
	if err != nil {
		return nil, fmt.Errorf("japanese: the embedded IPA dictionary: %w", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("japanese: the embedded IPA dictionary: %w", err)
	}
	var (
		d    dict.Dict
		wg   sync.WaitGroup
		errs = make([]error, len(zr.File))
	)
	for i, f := range zr.File {
		load, ok := ipaParts[f.Name]
		if !ok {
			continue // contents, unused
		}
		wg.Go(func() {
			rc, err := f.Open()
			if err == nil {
				err = load(&d, rc)
				if cerr := rc.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				errs[i] = fmt.Errorf("japanese: loading the IPA dictionary's %s: %w", f.Name, err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &d, nil
}

// ipaParts decode the parts of the zipped dictionary into the fields of a
// Dict, each its own (they run concurrently).
var ipaParts = map[string]func(*dict.Dict, io.Reader) error{
	dict.MorphDictFileName: func(d *dict.Dict, r io.Reader) (err error) {
		d.Morphs, err = dict.ReadMorphs(r)
		return err
	},
	dict.POSDictFileName: func(d *dict.Dict, r io.Reader) (err error) {
		d.POSTable, err = dict.ReadPOSTable(r)
		return err
	},
	dict.ContentMetaFileName: func(d *dict.Dict, r io.Reader) (err error) {
		d.ContentsMeta, err = dict.ReadContentsMeta(r)
		return err
	},
	dict.IndexDictFileName: func(d *dict.Dict, r io.Reader) (err error) {
		d.Index, err = readIndexTable(r)
		return err
	},
	dict.ConnectionDictFileName: func(d *dict.Dict, r io.Reader) (err error) {
		d.Connection, err = dict.ReadConnectionTable(r)
		return err
	},
	dict.CharDefDictFileName: func(d *dict.Dict, r io.Reader) error {
		def, err := dict.ReadCharDef(r)
		if err != nil {
			return err
		}
		d.CharClass, d.CharCategory, d.InvokeList, d.GroupList = def.CharClass, def.CharCategory, def.InvokeList, def.GroupList
		return nil
	},
	dict.UnkDictFileName: func(d *dict.Dict, r io.Reader) (err error) {
		d.UnkDict, err = dict.ReadUnkDic(r)
		return err
	},
	dict.DictInfoFileName: func(d *dict.Dict, r io.Reader) error {
		d.SetInfo(dict.ReadDictInfo(r))
		return nil
	},
}

// readIndexTable reads what dict.ReadIndexTable does: the double array (a
// little-endian int64 length, then Base and Check as int32 pairs), then the
// duplicates (an int64 count, then int32 key and value pairs). It reads
// the part whole and decodes the slices in place rather than with a
// binary.Read per number.
func readIndexTable(r io.Reader) (dict.IndexTable, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return dict.IndexTable{}, err
	}
	var idx dict.IndexTable
	n, b, err := count(b, 8)
	if err != nil {
		return idx, fmt.Errorf("double array: %w", err)
	}
	idx.Da = make(trie.DoubleArray, n)
	for i := range idx.Da {
		idx.Da[i].Base = int32(binary.LittleEndian.Uint32(b))
		idx.Da[i].Check = int32(binary.LittleEndian.Uint32(b[4:]))
		b = b[8:]
	}
	if n, b, err = count(b, 8); err != nil {
		return idx, fmt.Errorf("duplicates: %w", err)
	}
	idx.Dup = make(map[int32]int32, n)
	for range n {
		idx.Dup[int32(binary.LittleEndian.Uint32(b))] = int32(binary.LittleEndian.Uint32(b[4:]))
		b = b[8:]
	}
	return idx, nil
}

// count reads the int64 count at the start of b and checks that b holds
// that many items of size bytes after it.
func count(b []byte, size int) (int, []byte, error) {
	if len(b) < 8 {
		return 0, nil, io.ErrUnexpectedEOF
	}
	n := int64(binary.LittleEndian.Uint64(b))
	b = b[8:]
	if n < 0 || n > int64(len(b)/size) {
		return 0, nil, fmt.Errorf("%d items of %d bytes in %d bytes", n, size, len(b))
	}
	return int(n), b, nil
}

// loadedIPA is the dictionary, for callers that run after shared loaded it
// without error (nil if it failed).
func loadedIPA() *dict.Dict {
	d, _ := ipaDict()
	return d
}
