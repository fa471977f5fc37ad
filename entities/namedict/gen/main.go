// Command gen compiles entities/namedict/namedict.tsv.gz, the kanji ↔ English
// name table, from ENAMDICT, the Japanese proper-name dictionary of the
// Electronic Dictionary Research and Development Group (CC BY-SA; see
// ../SOURCES.md).
//
// It keeps the names the resolver can use to link a Japanese name written in
// kanji to its English twin: places (p), railway stations (st), companies
// (c), organisations (o) and full names of people (h), each with its
// romanised or English glosses. Surnames and given names alone are left out:
// a kanji surname has many readings, and a reading many surnames, so the
// resolver does not link them (see entities.linkKanjiNames). Names written in kana alone are
// left out (katakana names are linked by transliteration, see
// entities/translit), and so are glosses with no Latin letter. A gloss loses
// its parenthesised notes: "Suzu (city)" → "Suzu", "Shinzō Abe (1954.9-)" →
// "Shinzō Abe".
//
// It writes a second table, parts.tsv.gz, of the names the first leaves out,
// without glosses: surnames (s), given names (g; ENAMDICT's m and f too) and
// person names of unclassified kind (u), in kanji or kana, which cannot be
// glossed to one English name but still say that a word can be part of a
// person's name; and names with no kanji of the kept types, full names (h),
// places and stations (p), companies and organisations (o), also in NFKC
// form (ＮＡＴＯ as NATO). The Japanese tagger uses both tables as features
// (entities/japanese, namedict.Kinds).
//
// The dictionary ships in Debian's enamdict package (EUC-JP text):
//
//	apt-get install enamdict
//	go run ./entities/namedict/gen                      # from the module root
//	go run ./entities/namedict/gen -src FILE -o OUT     # another copy
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/chronograph/chronograph/entities/namedict"
	"golang.org/x/text/unicode/norm"
)

func main() {
	src := flag.String("src", "/usr/share/edict/enamdict", "ENAMDICT file (EUC-JP), as Debian's enamdict package installs it")
	out := flag.String("o", "entities/namedict/namedict.tsv.gz", "output file of glossed names")
	partsOut := flag.String("parts", "entities/namedict/parts.tsv.gz", "output file of surnames, given names and names with no kanji")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("namedict/gen: ")
	f, err := os.Open(*src)
	if err != nil {
		log.Fatalf("%v (install Debian's enamdict package, or pass -src)", err)
	}
	defer f.Close()
	rows, parts, header, err := read(f)
	if err != nil {
		log.Fatalf("%s: %v", *src, err)
	}
	if err := write(*out, "kanji\tgloss\ttypes", rows, header); err != nil {
		log.Fatal(err)
	}
	if err := write(*partsOut, "name\ttypes (s surname, g given name, u either, h full name, p place, o organisation)", parts, header); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d rows from %s (%s) to %s, %d to %s", len(rows), *src, header, *out, len(parts), *partsOut)
}

// typeOrder lists the ENAMDICT name types the table keeps.
var typeOrder = []string{"p", "st", "c", "o", "h"}

var kept = map[string]bool{"p": true, "st": true, "c": true, "o": true, "h": true}

// partTypes maps the ENAMDICT types of person-name parts to the letters of
// the parts table: a surname, a given name (male, female or either), or a
// person's name of either kind.
var partTypes = map[string]string{"s": "s", "g": "g", "m": "g", "f": "g", "u": "u"}

// kanaTypes maps the other ENAMDICT types to letters of the parts table
// for names with no kanji, which the glossed table leaves out: places in
// katakana (ボルチャンスク), companies and organisations (ソニー, ＮＡＴＯ), full
// names (アン・ブーリン).
var kanaTypes = map[string]string{"p": "p", "st": "p", "c": "o", "o": "o", "h": "h"}

// partOrder is the order of the letters in a parts row.
var partOrder = []string{"s", "g", "u", "h", "p", "o"}

// read parses ENAMDICT (EUC-JP; namedict.ReadENAMDICT) into table rows
// "KANJI<TAB>GLOSS<TAB>TYPES" (TYPES joined by commas, in the order above),
// sorted, and the rows of the parts table, "NAME<TAB>LETTERS" (see
// partTypes and kanaTypes), sorted. It returns the file's own header (its
// copyright and creation date) too.
func read(r io.Reader) (rows, parts []string, header string, err error) {
	types := map[string]map[string]bool{}   // KANJI<TAB>GLOSS -> types
	partsOf := map[string]map[string]bool{} // NAME -> part letters
	header, err = namedict.ReadENAMDICT(r, func(e namedict.Entry) {
		glossed := namedict.HasKanji(e.Name) // the glossed table has kanji names only
		// Text writes Latin letters and digits half width more often
		// than ENAMDICT's full width (ＮＡＴＯ).
		forms := []string{e.Name, norm.NFKC.String(e.Name)}
		for _, g := range e.Glosses {
			for _, t := range g.Kinds {
				l, ok := partTypes[t]
				if !ok && !glossed {
					l, ok = kanaTypes[t]
				}
				if !ok {
					continue
				}
				for _, w := range forms {
					if partsOf[w] == nil {
						partsOf[w] = map[string]bool{}
					}
					partsOf[w][l] = true
				}
			}
			if !glossed {
				continue
			}
			en := clean(g.English)
			if en == "" || !hasLatin(en) {
				continue
			}
			for _, t := range g.Kinds {
				if !kept[t] {
					continue
				}
				k := e.Name + "\t" + en
				if types[k] == nil {
					types[k] = map[string]bool{}
				}
				types[k][t] = true
			}
		}
	})
	if err != nil {
		return nil, nil, "", err
	}
	return tableRows(types, typeOrder, ","), tableRows(partsOf, partOrder, ""), header, nil
}

// tableRows returns one sorted row per key of sets, "KEY<TAB>MEMBERS", the
// members in the given order joined by sep.
func tableRows(sets map[string]map[string]bool, order []string, sep string) []string {
	rows := make([]string, 0, len(sets))
	for k, set := range sets {
		var list []string
		for _, t := range order {
			if set[t] {
				list = append(list, t)
			}
		}
		rows = append(rows, k+"\t"+strings.Join(list, sep))
	}
	sort.Strings(rows)
	return rows
}

// clean drops a gloss's parenthesised notes and extra spaces.
func clean(g string) string {
	var b strings.Builder
	depth := 0
	for _, r := range g {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func hasLatin(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// write stores the rows gzipped, after a comment line naming the columns
// and the source, so that the same dictionary gives the same bytes.
func write(path, columns string, rows []string, header string) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	fmt.Fprintf(zw, "# %s; from ENAMDICT: %s; CC BY-SA, see SOURCES.md\n", columns, header)
	for _, r := range rows {
		fmt.Fprintln(zw, r)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
