package namedict

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// An Entry is one line of ENAMDICT: a name as written and its glosses.
type Entry struct {
	Name    string  // 能登半島, アーウィン, アーサー・ミラー
	Glosses []Gloss // as written ("Suzu (city)"), each with its kinds (ENAMDICT's letters: s, g, m, f, h, u, p, st, c, o, pr …)
}

// ReadENAMDICT reads ENAMDICT, the EDRDG's dictionary of Japanese proper
// names, as Debian's enamdict package installs it (/usr/share/edict/enamdict,
// EUC-JP text), and calls fn with each entry. A line is "NAME [READING]
// /(KINDS) Gloss/Gloss/(KINDS) Gloss/" ("東芝 [とうしば] /(c) Toshiba
// Corporation/(s) Toushiba/"; a name in kana has no reading): a gloss has
// the kinds of the last group named before it on the line, and keeps its
// notes ("Suzu (city)"), trimmed. A gloss that begins with a parenthesis it
// does not close keeps the kinds before it and its text whole. The first
// line is the file's header, not an entry: its text (the copyright and the
// date the file was made) is returned. The generators of the name table
// (namedict/gen), the transliteration model's pairs (translit.ReadENAMDICT)
// and the loanword list (gazetteer/genloanwords) read the dictionary
// through this one parser.
func ReadENAMDICT(r io.Reader, fn func(Entry)) (header string, err error) {
	sc := bufio.NewScanner(transform.NewReader(r, japanese.EUCJP.NewDecoder()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		head, body, ok := strings.Cut(sc.Text(), "/")
		if !ok {
			continue
		}
		if line == 1 {
			header = strings.Trim(body, "/ ")
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSpace(head), " ")
		e := Entry{Name: name}
		var kinds []string
		for _, g := range strings.Split(strings.TrimSuffix(body, "/"), "/") {
			if strings.HasPrefix(g, "(") {
				if end := strings.Index(g, ")"); end > 0 {
					kinds = strings.Split(g[1:end], ",")
					g = g[end+1:]
				}
			}
			e.Glosses = append(e.Glosses, Gloss{English: strings.TrimSpace(g), Kinds: kinds})
		}
		fn(e)
	}
	if err := sc.Err(); err != nil {
		return header, fmt.Errorf("ENAMDICT line %d: %w", line, err)
	}
	return header, nil
}
