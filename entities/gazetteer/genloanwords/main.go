// Command genloanwords writes entities/gazetteer/loanwords.txt: katakana
// words that a Japanese–English dictionary gives as common nouns (ドローン
// "drone", キラー "killer") or that its dictionary of names gives as the
// name of a thing (ソニー, a company), with the English words they are
// glossed by, so that the resolver can tell a tagger's "person" made of
// such words (キラー・ドローン) from a person's name, and keep a word that is
// a noun first (ポニー "pony") from joining a person whose name merely
// sounds alike (Penny).
//
//	apt-get download edict enamdict
//	dpkg -x edict_*.deb d && dpkg -x enamdict_*.deb d
//	go run ./entities/gazetteer/genloanwords d/usr/share/edict/edict d/usr/share/edict/enamdict
//
// It reads EDICT (EDRDG, CC BY-SA 3.0; Debian package edict, EUC-JP) and
// keeps every headword written in katakana alone (two letters or more, ー
// inside) whose first sense is a noun glossed by a word in lower case:
// "(n) drone/unmanned aircraft" is kept, "(n) Marx" (a person) is not.
// It reads ENAMDICT (the same project's dictionary of names, package
// enamdict) for what each of them is as a name. Headwords that it lists as
// a person's surname, given name or full name are left out: ケビン is
// "cabin" but also Kevin, ミラー "mirror" and Miller. Those it lists as a
// name of another kind stay, marked "name": ポニー is "pony" and the brand
// Pony, ナニー "nanny" and a name of unclassified kind Nanny. Katakana
// headwords of ENAMDICT that name a company, product, organisation or
// work and nothing else (ソニー, アディダス) are added, marked "brand". Each
// word carries its one-word English glosses in lower case, of EDICT and
// ENAMDICT both (ポニー: pony). The output is sorted and deterministic.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/namedict"
	"golang.org/x/text/encoding/japanese"
)

// personKinds are ENAMDICT's kinds of a person's name: surname, given name
// (of either sex), full name. A word it gives as one of them is a name as
// much as a noun.
var personKinds = map[string]bool{"s": true, "g": true, "m": true, "f": true, "h": true}

// placeKinds are its kinds of places: a place's name is no brand.
var placeKinds = map[string]bool{"p": true, "st": true}

// An entry is what the dictionaries say of one katakana word.
type entry struct {
	noun    bool            // EDICT gives it as a common noun
	name    bool            // ENAMDICT lists it
	person  bool            // ... as a person's name
	thing   bool            // ... as a name of no person, no place and known kind
	glosses map[string]bool // one-word English glosses, lower case
}

func main() {
	out := flag.String("o", "entities/gazetteer/loanwords.txt", "output file")
	flag.Parse()
	if flag.NArg() != 2 {
		log.Fatal("genloanwords: name the EDICT and ENAMDICT files to read (Debian packages edict and enamdict: usr/share/edict/edict, usr/share/edict/enamdict)")
	}
	words := map[string]*entry{}
	get := func(w string) *entry {
		if words[w] == nil {
			words[w] = &entry{glosses: map[string]bool{}}
		}
		return words[w]
	}
	n := eachLine(flag.Arg(0), func(l string) {
		if w, glosses, ok := commonNoun(l); ok {
			e := get(w)
			e.noun = true
			addGlosses(e.glosses, glosses)
		}
	})
	f, err := os.Open(flag.Arg(1))
	if err != nil {
		log.Fatalf("genloanwords: %v", err)
	}
	defer f.Close()
	_, err = namedict.ReadENAMDICT(f, func(n namedict.Entry) {
		if utf8.RuneCountInString(n.Name) < 2 || !katakana(n.Name) {
			return
		}
		var kinds, glosses []string
		for _, g := range n.Glosses {
			kinds = append(kinds, g.Kinds...)
			glosses = append(glosses, g.English)
		}
		person, thing := false, len(kinds) > 0
		for _, k := range kinds {
			person = person || personKinds[k]
			thing = thing && !personKinds[k] && !placeKinds[k] && k != "u"
		}
		if words[n.Name] == nil && !thing {
			return // neither a noun nor a brand
		}
		e := get(n.Name)
		e.name, e.person, e.thing = true, e.person || person, e.thing || thing
		addGlosses(e.glosses, glosses)
	})
	if err != nil {
		log.Fatalf("genloanwords: %s: %v", flag.Arg(1), err)
	}
	var lines []string
	for w, e := range words {
		var kind string
		switch {
		case e.person:
			continue // a person's name as much as a noun
		case e.noun && !e.name:
			kind = "noun"
		case e.noun:
			kind = "name"
		case e.thing:
			kind = "brand"
		default:
			continue
		}
		glosses := make([]string, 0, len(e.glosses))
		for g := range e.glosses {
			glosses = append(glosses, g)
		}
		sort.Strings(glosses)
		lines = append(lines, w+"\t"+kind+"\t"+strings.Join(glosses, " "))
	}
	sort.Strings(lines)
	var b strings.Builder
	b.WriteString("# Katakana words of EDICT and ENAMDICT (EDRDG, CC BY-SA 3.0; see SOURCES.md), with their one-word English glosses in lower case.\n")
	b.WriteString("# noun: an EDICT headword in katakana whose first sense is a noun glossed in lower case, not in ENAMDICT; name: such a noun that\n")
	b.WriteString("# ENAMDICT lists as a name of no person; brand: an ENAMDICT name of a company, product, organisation or work alone. Words ENAMDICT\n")
	b.WriteString("# lists as a person's name are left out. Generated by go run ./entities/gazetteer/genloanwords.\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatalf("genloanwords: %v", err)
	}
	fmt.Fprintf(os.Stderr, "genloanwords: %d words from %d lines\n", len(lines), n)
}

// addGlosses adds to set the glosses that are one word of letters, in
// lower case, without their parenthesised notes ("jaguar (Panthera onca)"
// → jaguar): the English words a katakana word can render.
func addGlosses(set map[string]bool, glosses []string) {
	for _, g := range glosses {
		for strings.Contains(g, "(") {
			open := strings.Index(g, "(")
			end := strings.Index(g[open:], ")")
			if end < 0 {
				break
			}
			g = g[:open] + g[open+end+1:]
		}
		g = strings.ToLower(strings.TrimSpace(g))
		if utf8.RuneCountInString(g) < 2 || strings.IndexFunc(g, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		set[g] = true
	}
}

// eachLine calls fn with each line of the EUC-JP file at path (EDICT) and
// returns how many it read.
func eachLine(path string, fn func(string)) int {
	f, err := os.Open(path)
	if err != nil {
		log.Fatalf("genloanwords: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(japanese.EUCJP.NewDecoder().Reader(f))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("genloanwords: %s line %d: %v", path, n, err)
	}
	return n
}

// commonNoun returns the headword of an EDICT line ("ドローン /(n) (1)
// drone/unmanned aircraft/…/") when it is katakana alone and its first
// sense a noun glossed in lower case, with the glosses of all its senses
// as written, their notes ("(n) (1) drone") left for addGlosses to drop.
func commonNoun(line string) (string, []string, bool) {
	head, rest, ok := strings.Cut(line, " /")
	if !ok {
		return "", nil, false
	}
	w, _, _ := strings.Cut(head, " ")
	if utf8.RuneCountInString(w) < 2 || !katakana(w) {
		return "", nil, false
	}
	first, _, _ := strings.Cut(rest, "/")
	if !strings.HasPrefix(first, "(n") {
		return "", nil, false
	}
	gloss := first
	for strings.HasPrefix(gloss, "(") {
		e := strings.IndexByte(gloss, ')')
		if e < 0 {
			return "", nil, false
		}
		gloss = strings.TrimSpace(gloss[e+1:])
	}
	r, _ := utf8.DecodeRuneInString(gloss)
	if !unicode.IsLower(r) {
		return "", nil, false
	}
	return w, strings.Split(strings.TrimSuffix(rest, "/"), "/"), true
}

// katakana reports whether w is written in katakana, with ー (・, of no
// script, is not: a headword with it is a phrase).
func katakana(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' {
			return false
		}
	}
	return true
}
