package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
)

// undated lists the ids of the documents without a publication date.
func undated(docs []timeline.Document) []string {
	var ids []string
	for _, d := range docs {
		if d.Published == "" {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// maxUndatedNamed is how many undated documents the note on stderr names.
const maxUndatedNamed = 5

// dateNotes tells the user on stderr which documents have no date and how
// to give them one, and which lines of the --dates table named no
// document.
func (a *analysisFlags) dateNotes(w io.Writer, undated []string) {
	if a.dates != nil {
		for _, u := range a.dates.Unused() {
			fmt.Fprintf(w, "chronograph: --dates %s names no document read (use an id, a source or a file path as extract's JSON lists them)\n", document.EscapePath(u))
		}
	}
	if len(undated) == 0 {
		return
	}
	// Ids may come from JSON lines: print them as safely as file names.
	named := make([]string, min(len(undated), maxUndatedNamed))
	for i := range named {
		named[i] = document.EscapePath(undated[i])
	}
	more := ""
	if len(undated) > len(named) {
		more = fmt.Sprintf(" and %d more (all in extract's \"undated\")", len(undated)-len(named))
	}
	fmt.Fprintf(w, "chronograph: %s no publication date, so their relative dates stay unresolved: %s%s; give one with --date YYYY-MM-DD, or per document with --dates FILE (id or path, a tab, YYYY-MM-DD)\n",
		count(len(undated), "document")+" "+has(len(undated)), strings.Join(named, ", "), more)
}

func has(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}
