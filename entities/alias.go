package entities

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Aliases is a user's alias file: names the user wants merged under a
// canonical name, and surfaces that are junk. It is the most trusted source of
// links and overrides the gazetteer and every heuristic.
type Aliases struct {
	Entries []AliasEntry
	Drop    []string // surfaces whose mentions are dropped, matched case-insensitively
	// Sources are surfaces that name a news source ("Reuters said",
	// ロイター通信によると) rather than an actor of the story: the entity they
	// name has the role source (Entity.MarkedSource), which --sources
	// exclude leaves out of the events and the network.
	Sources []string
}

// AliasEntry is one entity of an alias file.
type AliasEntry struct {
	Canonical string   // display name; also matches as an alias
	Type      Type     // the entity's type, whatever type extractors gave its mentions
	Aliases   []string // other surface forms, matched case-insensitively
}

// ParseAliases reads an alias file: UTF-8 text, one entry per line,
//
//	canonical<TAB>type<TAB>alias|alias|…
//	drop<TAB>surface
//	source<TAB>surface
//
// where type is PERSON, LOCATION or ORGANIZATION (any case) and the alias list
// may be empty. Blank lines and lines starting with # are ignored. Errors name
// the line.
func ParseAliases(r io.Reader) (Aliases, error) {
	var a Aliases
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "drop" || f[0] == "source" {
			if len(f) != 2 || f[1] == "" {
				return Aliases{}, fmt.Errorf("aliases line %d: want %s<TAB>surface", n, f[0])
			}
			if f[0] == "drop" {
				a.Drop = append(a.Drop, f[1])
			} else {
				a.Sources = append(a.Sources, f[1])
			}
			continue
		}
		if len(f) < 2 || len(f) > 3 {
			return Aliases{}, fmt.Errorf("aliases line %d: %d tab-separated fields, want canonical<TAB>type<TAB>aliases", n, len(f))
		}
		if f[0] == "" {
			return Aliases{}, fmt.Errorf("aliases line %d: empty canonical name", n)
		}
		t := Type(strings.ToUpper(f[1]))
		if !t.Valid() {
			return Aliases{}, fmt.Errorf("aliases line %d: type %q, want PERSON, LOCATION or ORGANIZATION", n, f[1])
		}
		e := AliasEntry{Canonical: f[0], Type: t}
		if len(f) == 3 {
			for _, s := range strings.Split(f[2], "|") {
				if s = strings.TrimSpace(s); s != "" {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		a.Entries = append(a.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return Aliases{}, fmt.Errorf("aliases line %d: %w", n+1, err)
	}
	return a, nil
}
