// Package timex finds temporal expressions in English and Japanese sentences
// and resolves them to TimeML-style ISO values against a document's date.
package timex

import "time"

// Granularity is how precise a resolved value is.
type Granularity string

// Granularities from coarsest to finest.
const (
	Century Granularity = "century"
	Decade  Granularity = "decade"
	Year    Granularity = "year"
	Quarter Granularity = "quarter"
	Month   Granularity = "month"
	Week    Granularity = "week"
	Day     Granularity = "day"
	Minute  Granularity = "minute"
)

// Kinds of temporal expression, as in TimeML.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Timex is one temporal expression found in a sentence.
type Timex struct {
	Start, End  int    // byte offsets into the sentence given to Tag
	Text        string // sentence[Start:End]
	Type        string // Date, Time, Duration or Set
	Value       string // TimeML value ("2025-02-07", "2025-W06", "199", "P3Y"); "" when unresolved
	Granularity Granularity
	// Relative is true when the value was computed from the anchor date
	// ("last week", 「7日」) rather than read off the text alone.
	Relative bool
}

// Tagger finds and resolves temporal expressions. The zero value is not
// usable; build one with New. A Tagger is safe for concurrent use.
type Tagger struct {
	opts Options
}

// Options configure a Tagger.
type Options struct {
	// DayFirst reads 2/7/2025 as 2 July (day/month/year) instead of 7 February.
	DayFirst bool
}

// New returns a Tagger.
func New(opts Options) *Tagger { return &Tagger{opts: opts} }

// Tag returns the temporal expressions of one sentence in language lang ("en"
// or "ja"), ordered by Start and not overlapping. anchor is the document's date;
// when it is the zero time, relative expressions are returned with an empty
// Value (never guessed from the wall clock).
func (t *Tagger) Tag(sentence, lang string, anchor time.Time) []Timex {
	return nil // TODO(issue 5): the real tagger lands here.
}
