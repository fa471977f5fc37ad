// Command gen compiles the built-in gazetteer, entities/gazetteer/gazetteer.tsv.gz,
// from the curated table and the openly licensed TSV tables (see
// ../SOURCES.md), cleaning their known flaws on the way:
//
//   - machine-made Japanese names: forms ending in hiragana (読む), mixing Latin
//     and Japanese script, or mixing katakana with kanji that are not
//     place-name suffixes (ピコ将軍, …警察署) are dropped;
//   - machine-translated Latin aliases of cities and regions ("Visual", "No")
//     are kept only when they look like a spelling of the name;
//   - single-word place names that are everyday English words ("Reading",
//     "Of") are flagged CommonWord, judged by how often the word occurs in
//     lower case in the English training text;
//   - ISO codes and demonyms become case-sensitive weak forms;
//   - country names get CLDR's English and Japanese names
//     (golang.org/x/text/language/display), the Japanese one as display name.
//
// Rows with the same name and type are merged into the most trusted one; the
// curated table is the most trusted and overrides display names (キーウ over
// the outdated キエフ).
//
// Run from the module root:
//
//	go run ./entities/gazetteer/gen
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/chronograph/chronograph/entities/gazetteer"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

func main() {
	src := flag.String("src", "../shared/train/gazetteer", "directory of the gazetteer-*.tsv tables")
	words := flag.String("words", "../shared/train/ner", "directory of English en-*.jsonl texts used to find common words")
	curated := flag.String("curated", "entities/gazetteer/curated.tsv", "curated table")
	out := flag.String("o", "entities/gazetteer/gazetteer.tsv.gz", "output file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	common, err := commonWords(*words)
	if err != nil {
		log.Fatal(err)
	}
	c := &compiler{common: common, byKey: map[string]*row{}}
	if err := c.readCurated(*curated); err != nil {
		log.Fatal(err)
	}
	for _, f := range []string{"gazetteer-countries.tsv", "gazetteer-intl-orgs.tsv", "gazetteer-cities.tsv", "gazetteer-regions.tsv"} {
		if err := c.readTable(filepath.Join(*src, f)); err != nil {
			log.Fatal(err)
		}
	}
	data, stats := c.compile()
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %s (%d bytes)", *out, stats, len(data))
}

// tier orders entries by trust; lower is more trusted.
func tier(curated bool, subtype string) int {
	if curated {
		return 0
	}
	switch subtype {
	case "country":
		return 1
	case "territory":
		return 2
	case "capital":
		return 3
	case "intl-org":
		return 4
	case "region":
		return 5
	}
	return 6
}

type row struct {
	name, typ, subtype string
	curated, common    bool
	tier, order        int
	ja                 []string // Japanese names, display first
	aliases            []string // other strong forms
	codes              []string
	demonyms           []string
}

type compiler struct {
	common map[string]bool
	byKey  map[string]*row // type + "\t" + name
	rows   []*row
}

func (c *compiler) row(name, typ, subtype string, curated bool) *row {
	k := typ + "\t" + name
	t := tier(curated, subtype)
	if r := c.byKey[k]; r != nil {
		if t < r.tier {
			r.tier, r.subtype = t, subtype
		}
		return r
	}
	r := &row{name: name, typ: typ, subtype: subtype, curated: curated, tier: t, order: len(c.rows)}
	c.byKey[k] = r
	c.rows = append(c.rows, r)
	return r
}

func (c *compiler) readCurated(path string) error {
	return eachLine(path, func(n int, f []string) error {
		if len(f) != 6 {
			return fmt.Errorf("%s:%d: %d fields, want 6", path, n, len(f))
		}
		r := c.row(f[0], f[1], f[2], true)
		r.ja = appendNew(r.ja, split(f[3])...)
		r.aliases = appendNew(r.aliases, split(f[4])...)
		r.codes = appendNew(r.codes, split(f[5])...)
		return nil
	})
}

var (
	regionCode  = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)
	countryCode = regexp.MustCompile(`^[A-Z]{2,3}$`)
	admSuffix   = "州県市区郡島諸地方町村川湖山半共和国自治王公特別行政首長連邦領海峡湾岬市都道府"
)

func (c *compiler) readTable(path string) error {
	return eachLine(path, func(n int, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("%s:%d: %d fields, want 4", path, n, len(f))
		}
		name, typ, subtype := strings.TrimSpace(f[0]), f[1], f[2]
		if name == "" {
			return nil
		}
		place := subtype == "city" || subtype == "region" || subtype == "capital"
		aliases := split(f[3])
		// In the countries table demonyms follow the last Japanese name.
		lastJa := -1
		for i, a := range aliases {
			if gazetteer.HasJapanese(a) {
				lastJa = i
			}
		}
		r := c.row(name, typ, subtype, false)
		if place && c.isCommon(name) {
			r.common = true
		}
		var iso2 string
		for i, a := range aliases {
			a = strings.TrimSpace(a)
			switch {
			case a == "" || a == name:
			case regionCode.MatchString(a):
				r.codes = appendNew(r.codes, a)
			case (subtype == "country" || subtype == "territory") && countryCode.MatchString(a):
				if len(a) == 2 && iso2 == "" {
					iso2 = a
				}
				r.codes = appendNew(r.codes, a)
			case gazetteer.HasJapanese(a):
				if goodJapanese(a) && !(r.common && place) {
					r.ja = appendNew(r.ja, a)
				}
			case (subtype == "country" || subtype == "territory") && i > lastJa && lastJa >= 0:
				for _, d := range strings.Split(a, ", ") {
					r.demonyms = appendNew(r.demonyms, strings.TrimSpace(d))
				}
			case isLatin(a) && place:
				if looksLikeSpelling(a, name) && !c.isCommon(a) {
					r.aliases = appendNew(r.aliases, a)
				}
			default:
				r.aliases = appendNew(r.aliases, a)
			}
		}
		if iso2 != "" {
			reg, err := language.ParseRegion(iso2)
			if err == nil {
				if en := display.English.Regions().Name(reg); en != "" && en != name {
					r.aliases = appendNew(r.aliases, en)
				}
				if ja := display.Japanese.Regions().Name(reg); ja != "" && !r.curated {
					r.ja = appendNew([]string{ja}, r.ja...)
				} else if ja != "" {
					r.ja = appendNew(r.ja, ja)
				}
			}
		}
		return nil
	})
}

// isCommon reports whether a one-word name is an everyday lower-case word.
func (c *compiler) isCommon(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	if len([]rune(name)) <= 2 {
		return true
	}
	// Diacritics make a name no English word: Malé is not male.
	return c.common[strings.ToLower(name)]
}

// goodJapanese rejects machine-made Japanese names.
func goodJapanese(s string) bool {
	var kata, latin bool
	var last rune
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Katakana, r):
			kata = true
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		}
		last = r
	}
	if latin || unicode.Is(unicode.Hiragana, last) || strings.ContainsAny(s, "（(") {
		return false
	}
	if kata {
		for _, r := range s {
			if unicode.Is(unicode.Han, r) && !strings.ContainsRune(admSuffix, r) {
				return false
			}
		}
	}
	return true
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// looksLikeSpelling reports whether alias a is plausibly another spelling of
// name (Tiranë for Tirana) rather than a machine translation of its words.
func looksLikeSpelling(a, name string) bool {
	ka, kn := gazetteer.Normalize(a), gazetteer.Normalize(name)
	if strings.Contains(ka, kn) || strings.Contains(kn, ka) {
		return true
	}
	ra, rn := []rune(ka), []rune(kn)
	return len(ra) >= 3 && len(rn) >= 3 && string(ra[:3]) == string(rn[:3])
}

func (c *compiler) compile() ([]byte, string) {
	rows := append([]*row(nil), c.rows...)
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].tier != rows[j].tier {
			return rows[i].tier < rows[j].tier
		}
		return rows[i].order < rows[j].order
	})
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# chronograph gazetteer, generated by go run ./entities/gazetteer/gen; sources and licences in SOURCES.md")
	fmt.Fprintln(w, "# name\ttype\tsubtype\tflags\tja\taliases\tcodes\tdemonyms")
	count := map[string]int{}
	ja := 0
	for _, r := range rows {
		flags := ""
		if r.curated {
			flags += "c"
		}
		if r.common && !r.curated {
			flags += "w"
		}
		count[r.subtype]++
		if len(r.ja) > 0 {
			ja++
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", clean(r.name), r.typ, r.subtype, flags,
			join(r.ja), join(r.aliases), join(r.codes), join(r.demonyms))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var s strings.Builder
	fmt.Fprintf(&s, "%d entries (%d with Japanese names):", len(rows), ja)
	for _, k := range keys {
		fmt.Fprintf(&s, " %s %d", k, count[k])
	}
	return buf.Bytes(), s.String()
}

// commonWords returns the words that are more often lower-case words than
// names in the English training texts: seen at least three times in lower
// case and at least twice as often as capitalised inside a sentence (a
// capital after a full stop or at the start says nothing).
func commonWords(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "en-*.jsonl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no en-*.jsonl in %s (%v)", dir, err)
	}
	lower, upper := map[string]int{}, map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading common words: %w", err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			var rec struct{ Text string }
			if len(line) == 0 || json.Unmarshal(line, &rec) != nil {
				continue
			}
			countWords(rec.Text, lower, upper)
		}
	}
	out := map[string]bool{}
	for w, n := range lower {
		if n >= 3 && n >= 2*upper[w] {
			out[w] = true
		}
	}
	for _, w := range strings.Fields(genericPlaceWords) {
		out[w] = true
	}
	return out, nil
}

// genericPlaceWords name administrative areas of many countries ("Central
// Region" is listed as "Central"): alone they name no one place.
const genericPlaceWords = "central centre center capital northern southern eastern western north south east west " +
	"middle islands island coast coastal upper lower metropolitan federal"

// countWords counts the words of text in lower case and, apart from the first
// word of a sentence, capitalised.
func countWords(text string, lower, upper map[string]int) {
	start := true
	word := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) {
			if word < 0 {
				word = i
			}
			continue
		}
		if word >= 0 {
			w := text[word:i]
			switch l := strings.ToLower(w); {
			case w == l:
				lower[w]++
			case !start:
				upper[l]++
			}
			start = false
			word = -1
		}
		if strings.ContainsRune(".!?:\"“", r) {
			start = true
		}
	}
}

func eachLine(path string, fn func(n int, fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, n, err)
	}
	return nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		found := false
		for _, x := range list {
			if x == s {
				found = true
				break
			}
		}
		if !found && s != "" {
			list = append(list, s)
		}
	}
	return list
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "|", " ", "\n", " ").Replace(s)
}

func join(list []string) string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = clean(s)
	}
	return strings.Join(out, "|")
}
