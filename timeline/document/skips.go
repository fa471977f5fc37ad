package document

import (
	"fmt"
	"strconv"
	"strings"
)

// skipKind is why a line of a JSON-lines file, or a record of a JSON array,
// was left out.
type skipKind int

const (
	skipNotObject skipKind = iota // not valid JSON, or JSON that is not an object
	skipNoText                    // an object without a "text"
	skipBadField                  // a field such as "title" that is not a string
	skipTooLarge                  // longer than --max-doc-bytes
	skipKinds
)

// maxRuns bounds the runs of numbers a status lists for one kind: a file of
// thousands of bad lines still gets a one-line status, and the numbers held
// stay bounded.
const maxRuns = 10

// skips collects the lines (or records) left out of one file by kind, so
// that the file's status names them all in one line, "3 lines that are not
// JSON objects: 4, 9, 12 (fix or remove them)", rather than one line each.
type skips struct {
	unit     string // "line" or "record"
	maxBytes int64  // for the too-large reason
	kinds    [skipKinds]skipList
}

// skipList is the numbers of one kind, as ascending runs: 4-7 for 4, 5, 6, 7.
type skipList struct {
	runs  [][2]int
	count int // all numbers, listed or not
}

func (l *skipList) add(n int) {
	l.count++
	if k := len(l.runs); k > 0 && l.runs[k-1][1] == n-1 {
		l.runs[k-1][1] = n
		return
	}
	if len(l.runs) < maxRuns {
		l.runs = append(l.runs, [2]int{n, n})
	}
}

// listed is how many numbers the runs hold.
func (l *skipList) listed() int {
	n := 0
	for _, r := range l.runs {
		n += r[1] - r[0] + 1
	}
	return n
}

func (s *skips) add(k skipKind, n int) { s.kinds[k].add(n) }

// count is the number of lines or records left out.
func (s *skips) count() int {
	n := 0
	for _, l := range s.kinds {
		n += l.count
	}
	return n
}

// String is the skip reason for the status, one clause a kind, "" when
// nothing was left out.
func (s *skips) String() string {
	var parts []string
	for k, l := range s.kinds {
		if l.count == 0 {
			continue
		}
		what, fix := s.reason(skipKind(k), l.count == 1)
		unit := s.unit
		if l.count != 1 {
			unit += "s"
		}
		parts = append(parts, fmt.Sprintf("%d %s %s: %s (%s)", l.count, unit, what, l.numbers(), fix))
	}
	return strings.Join(parts, "; ")
}

// reason says what is wrong with the lines of kind k and what to do.
func (s *skips) reason(k skipKind, one bool) (what, fix string) {
	them := "them"
	if one {
		them = "it"
	}
	switch k {
	case skipNotObject:
		if one {
			return "that is not a JSON object", "fix or remove it"
		}
		return "that are not JSON objects", "fix or remove them"
	case skipNoText:
		return `without a "text" string`, `give each record its text as a string in a "text" field`
	case skipBadField:
		return `with a "title", "date", "lang" … that is not a string`, "write those fields as strings"
	}
	return fmt.Sprintf("larger than --max-doc-bytes %d", s.maxBytes), "raise --max-doc-bytes or shorten " + them
}

// numbers lists the runs, "4, 9, 12-15", and how many more were left out.
func (l *skipList) numbers() string {
	var b strings.Builder
	for i, r := range l.runs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(r[0]))
		if r[1] > r[0] {
			b.WriteString("-" + strconv.Itoa(r[1]))
		}
	}
	if more := l.count - l.listed(); more > 0 {
		fmt.Fprintf(&b, " and %d more", more)
	}
	return b.String()
}
