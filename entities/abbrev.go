package entities

import (
	"strings"
	"unicode/utf8"
)

// DefinedAbbreviations finds the abbreviations text defines for a name: an
// acronym in parentheses right after a longer name of the same type,
// "German Institute for International and Security Affairs (SWP)" or
// 北大西洋条約機構（NATO）. The definition is the evidence, so the letters need
// not be the name's initials: they often abbreviate the name in another
// language (SWP for Stiftung Wissenschaft und Politik). ms are mentions of
// text in text order; it returns pairs of indices (name, abbreviation).
func DefinedAbbreviations(text string, ms []Mention) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(ms); i++ {
		name, abbr := ms[i], ms[i+1]
		if name.Type != abbr.Type || name.Start < 0 || name.Start > name.End || name.End > abbr.Start || abbr.Start > abbr.End || abbr.End > len(text) {
			continue
		}
		open := strings.TrimSpace(text[name.End:abbr.Start])
		if open != "(" && open != "（" {
			continue
		}
		rest := text[abbr.End:]
		if !strings.HasPrefix(rest, ")") && !strings.HasPrefix(rest, "）") {
			continue
		}
		a := text[abbr.Start:abbr.End]
		if !isAcronymForm(a) || utf8.RuneCountInString(text[name.Start:name.End]) <= utf8.RuneCountInString(a) {
			continue
		}
		out = append(out, [2]int{i, i + 1})
	}
	return out
}
